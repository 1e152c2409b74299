/**
 * A plain VerbHost over core's History for node tests of the verbs: the same contract as EditorState
 * (one intent = one undo step, refusals announced), without Svelte. The scene is rendered on demand.
 */
import {
  History,
  idMaker,
  type Id,
  type IdMaker,
  type KringDocument,
  type Locale,
  type MessageParams,
  type View,
} from '@kring/core';
import type { Scene } from '@kring/scene';
import { IDENTITY, type Viewport } from '../../canvas/viewport.js';
import { translate } from '../../messages.js';
import type { Intent } from '../intents.js';
import { RENDERERS } from './all-renderers.js';
import type { Tool, VerbHost } from '../verbs.js';
import type { EditorMessageKey } from '../../messages.js';

export class TestHost implements VerbHost {
  readonly history: History;
  view: View;
  selection: readonly Id[] = [];
  selectionHeld = false;
  readonly = false;
  tool: Tool = 'pointer';
  viewport: Viewport = IDENTITY;
  size = { width: 800, height: 600 };
  locale: Locale;
  announcements: string[] = [];
  /** How many undo steps the verbs made. */
  steps = 0;
  askErase?: (ids: readonly Id[]) => void;

  constructor(doc: KringDocument, options: { view?: View; locale?: Locale; selection?: Id[] } = {}) {
    this.history = new History(doc);
    this.view = options.view ?? 'genogram';
    this.locale = options.locale ?? 'nl';
    this.selection = options.selection ?? [];
  }

  get doc(): KringDocument {
    return this.history.document;
  }
  get scene(): Scene {
    return RENDERERS[this.view](this.doc, { locale: this.locale });
  }
  get canUndo() {
    return this.history.canUndo;
  }
  get canRedo() {
    return this.history.canRedo;
  }
  get lastAnnouncement(): string | undefined {
    return this.announcements.at(-1);
  }

  t = (key: EditorMessageKey, params?: MessageParams) => translate(this.locale, key, params);
  nameOf = (id: Id) =>
    this.doc.persons.find((p) => p.id === id)?.name ??
    this.doc.organisations.find((o) => o.id === id)?.name ??
    this.doc.households.find((h) => h.id === id)?.label ??
    id;
  announce = (message: string) => void this.announcements.push(message);
  /** A fixed client tag: the ids the verbs make are known in advance (`person-test0-1`). */
  readonly idTag = 'test0';
  newIds = (): IdMaker => idMaker(this.doc, this.idTag);

  run(intent: Intent): boolean {
    if (this.readonly || intent.commands.length === 0) return false;
    const result = this.history.executeAll(intent.commands);
    if (!result.ok) {
      this.announce(
        this.t('ui.announce.refused', { reason: this.t(result.reason.key, result.reason.params) }),
      );
      return false;
    }
    this.steps++;
    if (intent.select) this.select(intent.select);
    return true;
  }
  nudge = (intent: Intent) => (this.moving ? this.#inMove(intent) : this.run(intent));
  moving = false;
  #beforeMove: KringDocument | null = null;
  beginMove = () => {
    if (this.readonly || this.moving || this.selection.length === 0) return false;
    this.history.beginGesture();
    this.#beforeMove = this.doc;
    this.moving = true;
    return true;
  };
  endMove = (keep: boolean) => {
    if (!this.moving) return;
    this.moving = false;
    const changed = this.doc !== this.#beforeMove;
    if (keep) this.history.endGesture();
    else this.history.bail();
    if (keep && changed) this.steps++;
  };
  #inMove(intent: Intent): boolean {
    const result = this.history.executeAll(intent.commands);
    return result.ok;
  }
  select = (ids: readonly Id[]) => void (this.selection = [...ids]);
  undo = () => this.history.undo();
  redo = () => this.history.redo();
  endNudge = () => this.endMove(true);
}

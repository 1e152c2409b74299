/**
 * The editor's state: the document (through core's History), the view, the selection, the viewport and
 * the transient gesture state of the canvas. Immutable immer documents live in `$state.raw` (toolchain
 * pitfall 7); the scene is derived from document + view + locale: synchronously for small maps, off the main
 * thread for large ones (layout-scheduler.ts), each view's renderer loaded on first use (renderers.ts).
 */
import {
  COLLECTIONS,
  documentIndex,
  History,
  idMaker,
  idTagProblem,
  type ChangeInfo,
  type Command,
  type Id,
  type IdMaker,
  type KringDocument,
  type Locale,
  type MessageParams,
  type View,
} from '@kring/core';
import { displayName, type RenderOptions, type Scene } from '@kring/scene';
import { IDENTITY, type Viewport } from '../canvas/viewport.js';
import type { Intent } from './intents.js';
import type { Tool, VerbHost } from './verbs.js';
import { ViewRegistry } from './renderers.js';
import { takeScene } from './drawn-scenes.js';
import { LayoutScheduler, type LayoutJob, type LayoutResult, type Thresholds } from './layout-scheduler.js';
import { createLayoutWorker } from './worker-factory.js';
import { newClientTag } from './new-id.js';
import { translate, type EditorMessageKey, type EditorMessages, type Translate } from '../messages.js';

/** `translate` for a key only known at run time (`t` checks each call's parameters). */
const lookUp = translate as (
  locale: Locale,
  key: string,
  params?: MessageParams,
  overrides?: EditorMessages,
) => string;

/**
 * One step of a change to the document, as an immer patch: `op` (`add`, `replace` or `remove`), the `path`
 * of keys and indices into the document, and the new `value`. Plain data: a host can store, send or replay it.
 */
export type Patch = ChangeInfo['patches'][number];

/** What changed the editor's document: an edit of the user's, an undo or a redo (`ChangeDetail.source`). */
export type ChangeSource = 'user' | 'undo' | 'redo';
export type { Tool } from './verbs.js';

/**
 * Arrow-key moves of one selection form one undo step until the keys rest this long (ms), or something
 * else happens (another edit, undo, a new selection, another view).
 */
export const NUDGE_PAUSE_MS = 700;

/** The detail of the editor's `change` event (`onchange` of the component, `kringchange` of the element). */
export interface ChangeDetail {
  /** The immer patches that turned the previous document into the new one. */
  patches: Patch[];
  /** What made the change. */
  source: ChangeSource;
}

export interface EditorCallbacks {
  onchange?: (doc: KringDocument, detail: ChangeDetail) => void;
  onselectionchange?: (ids: Id[]) => void;
}

/** Where the views' code and the layout worker come from (tests replace them). */
export interface SceneSources {
  views?: ViewRegistry;
  createWorker?: () => Worker | undefined;
  /** When a map is laid out off the main thread (layout-scheduler.ts). */
  thresholds?: Thresholds;
  /** The client tag of new ids (tests: a fixed one); default a random one (new-id.ts). */
  idTag?: string;
}

/** What the canvas shows while a view's first scene is not here yet. */
function emptyScene(view: View): Scene {
  return {
    view,
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    background: [],
    edges: [],
    nodes: [],
    overlay: [],
    legend: [],
    description: '',
  };
}

export class EditorState implements VerbHost {
  doc: KringDocument = $state.raw(null as unknown as KringDocument);
  view: View = $state('genogram');
  locale: Locale = $state('nl');
  messages: EditorMessages = $state.raw({});
  readonly: boolean = $state(false);
  /** Draw, list and announce initials instead of names (the document keeps the names). */
  pseudonymise: boolean = $state(false);
  selection: readonly Id[] = $state.raw([]);
  /**
   * Keyboard selection of several symbols: after Space, moving the focus to another symbol keeps the
   * selection (Space adds or removes the focused one) until it is cleared.
   */
  selectionHeld: boolean = $state(false);
  viewport: Viewport = $state.raw(IDENTITY);
  tool: Tool = $state('pointer');
  /** The canvas size in screen px (for fit and zoom buttons). */
  size = $state.raw({ width: 0, height: 0 });
  /** The latest live-region message. */
  announcement = $state('');
  canUndo = $state(false);
  canRedo = $state(false);
  /** Tap-to-link: the symbol chosen first; the next tap (or click) on another symbol links the two. */
  linkFrom: Id | null = $state(null);
  /** Keyboard move mode: the selection is picked up; arrows move it until it is dropped (one undo step). */
  moving = $state(false);
  /** A delete waiting for the answer whether to erase these ids from every snapshot too (EraseDialog). */
  erasing: readonly Id[] | null = $state.raw(null);

  /** The editor's own client tag: random per editor (or a test's), used while the host gives none. */
  readonly #ownTag: string;
  /** The host's tag (the `idTag` prop), once it gave a valid one. */
  #hostTag: string | undefined = $state(undefined);
  /** How long the last render of `scene` took (ms): the canvas decides from it how to preview a drag. */
  lastRenderMs = 0;
  readonly #views: ViewRegistry;
  readonly #scheduler: LayoutScheduler;
  /** Bumped when a view's module has loaded (the scene derives again). */
  #viewsLoaded = $state(0);
  /** The newest scene laid out off the main thread, with the job it was made for. */
  #offMain: LayoutResult | null = $state.raw(null);
  /** The last scene shown (what stays on screen while the next one is laid out). */
  #lastShown: Scene | null = null;
  /** What the scene is made from now. */
  readonly #job: LayoutJob = $derived({
    doc: this.doc,
    view: this.view,
    options: { locale: this.locale, pseudonymise: this.pseudonymise },
  });
  readonly #drawn: { scene: Scene; current: boolean } = $derived.by(() => {
    const job = this.#job;
    void this.#viewsLoaded;
    const view = this.#views.loaded(job.view);
    // A large map goes to the layout worker at once: the worker has every view's code, so its job need not
    // wait for the view's chunk to load here.
    const offMain = this.#scheduler.offMainThread(job);
    let drawn: { scene: Scene; current: boolean };
    if (this.#offMain?.job === job) {
      // The scene laid out elsewhere for this very job is shown, whatever its time says about the next job's
      // place (laying the same job out again here would cost a whole render and the canvas's full diff).
      drawn = { scene: this.#offMain.scene, current: true };
    } else if (view && !offMain) {
      const start = performance.now();
      // Laid out already (the element's first picture of this very document): not a second time.
      const kept = takeScene(job.doc, job.view, job.options);
      drawn = { scene: kept?.scene ?? view.render(job.doc, job.options), current: true };
      this.lastRenderMs = kept?.ms ?? performance.now() - start;
      this.#scheduler.measured(job.view, this.lastRenderMs);
    } else {
      if (view || offMain) this.#scheduler.want(job);
      if (!view) void this.#views.load(job.view).then(() => this.#viewsLoaded++);
      // Until then: the drawing shown before, when it is of this view; otherwise nothing.
      const last = this.#lastShown;
      drawn = { scene: last?.view === job.view ? last : emptyScene(job.view), current: false };
    }
    this.#lastShown = drawn.scene;
    return drawn;
  });
  readonly scene: Scene = $derived(this.#drawn.scene);
  /**
   * True while the drawing is not yet the current document's in the current view: its code is loading or it
   * is being laid out (the canvas says so; `aria-busy`).
   */
  readonly pending: boolean = $derived(!this.#drawn.current);
  // A fresh, never-mutated set per selection: no SvelteSet needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly selected: ReadonlySet<Id> = $derived(new Set(this.selection));

  readonly history: History;
  #callbacks: EditorCallbacks;
  #batch: Patch[] | null = null;
  #off: () => void;
  /** The open arrow-key gesture: which selection in which view, and the timer that closes it. */
  #nudge: { key: string; timer: ReturnType<typeof setTimeout> | undefined } | null = null;

  constructor(doc: KringDocument, callbacks: EditorCallbacks = {}, sources: SceneSources = {}) {
    this.doc = doc;
    this.history = new History(doc);
    this.#callbacks = callbacks;
    this.#ownTag = sources.idTag ?? newClientTag();
    this.#views = sources.views ?? new ViewRegistry();
    this.#scheduler = new LayoutScheduler(
      this.#views,
      (result) => {
        this.lastRenderMs = result.ms;
        this.#offMain = result;
      },
      sources.createWorker ?? createLayoutWorker,
      sources.thresholds,
    );
    this.#off = this.history.onChange((next, info) => {
      if (info.source !== 'reset') this.#scheduler.noteChange(this.doc, next, info.patches);
      else this.#scheduler.noteReplaced();
      this.doc = next;
      this.#syncFlags();
      if (info.source === 'reset') return;
      if (this.#batch) this.#batch.push(...info.patches);
      else this.#callbacks.onchange?.(next, { patches: info.patches, source: info.source });
    });
  }

  /** Whether the current document's drawing is laid out off the main thread (a large map; layout-scheduler.ts). */
  get drawnOffMainThread(): boolean {
    return this.#scheduler.offMainThread(this.#job);
  }

  askErase(ids: readonly Id[]): void {
    this.erasing = ids;
  }

  /**
   * `doc` drawn synchronously in the current view, language and pseudonymisation (e.g. a working copy during a
   * drag), or with other options (an export). While the view's code is still loading: the current scene.
   */
  render(doc: KringDocument, options: Partial<RenderOptions> = {}): Scene {
    const view = this.#views.loaded(this.view);
    if (!view) return this.scene;
    return view.render(doc, { locale: this.locale, pseudonymise: this.pseudonymise, ...options });
  }

  destroy(): void {
    this.endNudge();
    this.#off();
    this.#scheduler.destroy();
  }

  /** The editor's messages in its locale, with the host's overrides on top; typed parameters per key. */
  t: Translate = ((key: EditorMessageKey, params?: MessageParams): string =>
    lookUp(this.locale, key, params, this.messages)) as Translate;

  /**
   * This editor's part of every id it creates (`<prefix>-<tag>-<n>`, core's idMaker): the host's tag when it
   * gave one (e.g. its CRDT's client id), else random per editor, so two editors of one map never make the
   * same id.
   */
  get idTag(): string {
    return this.#hostTag ?? this.#ownTag;
  }

  /**
   * Takes the host's tag for the ids made from now on (`undefined`: the editor's own again). A value that is
   * not an id tag is not taken: returns why (core's `idTagProblem`), and the tag stays as it was.
   */
  setIdTag(tag: unknown): string | undefined {
    const problem = tag === undefined ? undefined : idTagProblem(tag);
    if (problem === undefined) this.#hostTag = tag as string | undefined;
    return problem;
  }

  newIds(): IdMaker {
    return idMaker(this.doc, this.idTag);
  }

  announce(message: string): void {
    // A repeated message must still be announced: clear first when unchanged.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /** Runs an intent as one undo step. Returns false (and announces why) when core refuses a command. */
  run(intent: Intent): boolean {
    this.endNudge();
    return this.#run(intent);
  }

  /**
   * Runs a keyboard move (an arrow key). Moves of the same selection in the same view join one undo step
   * (a gesture) that ends after NUDGE_PAUSE_MS without a press or release, or on any other edit.
   */
  nudge(intent: Intent): boolean {
    // In move mode every arrow joins the open move until Enter drops it or Escape puts it back.
    if (this.moving) return this.#run(intent);
    const key = `${this.view}\u0000${this.selection.join('\u0000')}`;
    if (this.#nudge?.key !== key) {
      this.endNudge();
      if (this.readonly) return false;
      this.history.beginGesture();
      this.#nudge = { key, timer: undefined };
    }
    this.restartNudgePause();
    return this.#run(intent);
  }

  /** Starts the pause that closes an open arrow-key gesture again (on every press and release). */
  restartNudgePause(): void {
    const nudge = this.#nudge;
    if (!nudge) return;
    clearTimeout(nudge.timer);
    nudge.timer = setTimeout(() => this.endNudge(), NUDGE_PAUSE_MS);
  }

  /**
   * Picks up the selection (keyboard move mode): the arrows' moves gather in one gesture until `endMove`.
   * Returns false when read-only, already moving or nothing is selected.
   */
  beginMove(): boolean {
    if (this.readonly || this.moving || this.selection.length === 0) return false;
    this.endNudge();
    this.history.beginGesture();
    this.moving = true;
    return true;
  }

  /** Ends move mode: `keep` makes the moves one undo step; otherwise the symbols go back (no redo entry). */
  endMove(keep: boolean): void {
    if (!this.moving) return;
    this.moving = false;
    if (keep) this.history.endGesture();
    else this.history.bail();
    this.#syncFlags();
  }

  /** Closes the open arrow-key gesture (if any): its moves become one undo step; a move in progress is dropped. */
  endNudge(): void {
    if (this.moving) this.endMove(true);
    const nudge = this.#nudge;
    if (!nudge) return;
    this.#nudge = null;
    clearTimeout(nudge.timer);
    this.history.endGesture();
    this.#syncFlags();
  }

  #run(intent: Intent): boolean {
    if (this.readonly || intent.commands.length === 0) return false;
    this.#batch = [];
    const result = this.history.executeAll(intent.commands);
    const patches = this.#batch;
    this.#batch = null;
    if (!result.ok) {
      this.announce(
        this.t('ui.announce.refused', { reason: this.t(result.reason.key, result.reason.params) }),
      );
      return false;
    }
    if (patches.length > 0) this.#callbacks.onchange?.(this.doc, { patches, source: 'user' });
    if (intent.select) {
      this.selectionHeld = false;
      this.select(intent.select);
    }
    return true;
  }

  /** One command as its own undo step (what the inspector panels call). */
  execute = (command: Command): boolean => this.run({ commands: [command] });

  undo = (): boolean => {
    this.endNudge();
    if (this.readonly) return false;
    const done = this.history.undo();
    this.announce(this.t(done ? 'ui.announce.undone' : 'ui.announce.nothingToUndo'));
    if (done) this.#dropMissingFromSelection();
    return done;
  };

  redo = (): boolean => {
    this.endNudge();
    if (this.readonly) return false;
    const done = this.history.redo();
    this.announce(this.t(done ? 'ui.announce.redone' : 'ui.announce.nothingToRedo'));
    if (done) this.#dropMissingFromSelection();
    return done;
  };

  /** Replaces the document from outside (controlled prop): history starts again. */
  replace(doc: KringDocument): void {
    if (doc === this.doc) return;
    this.endNudge();
    this.history.reset(doc);
    this.#dropMissingFromSelection();
  }

  select(ids: readonly Id[]): void {
    const next = ids.filter((id, i) => ids.indexOf(id) === i);
    if (next.length === 0) this.selectionHeld = false;
    if (next.length === this.selection.length && next.every((id, i) => id === this.selection[i])) return;
    this.endNudge();
    this.selection = next;
    this.#callbacks.onselectionchange?.([...next]);
  }

  toggle(id: Id): void {
    this.select(this.selected.has(id) ? this.selection.filter((s) => s !== id) : [...this.selection, id]);
  }

  /** The display name of a node id (person, organisation, household; initials when pseudonymised), or the id itself. */
  nameOf(id: Id): string {
    // Looked up in the document's cached index (built once per document): the tray and the outline ask
    // for thousands of names at once, a search through the persons for each would be quadratic.
    const index = documentIndex(this.doc);
    const name =
      index.persons.get(id)?.name ??
      index.organisations.get(id)?.name ??
      this.doc.households.find((h) => h.id === id)?.label;
    if (name === undefined) return id;
    return this.pseudonymise ? displayName(name, true) : name;
  }

  #syncFlags(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
  }

  #dropMissingFromSelection(): void {
    const kept = this.selection.filter((id) => this.#exists(id));
    if (kept.length !== this.selection.length) this.select(kept);
  }

  /** Whether the document still holds `id`: an entity or a relation (a new link is selected to inspect it). */
  #exists(id: Id): boolean {
    return COLLECTIONS.some((name) => (this.doc[name] as readonly { id: Id }[]).some((x) => x.id === id));
  }
}

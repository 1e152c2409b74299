/**
 * Undo and redo over a current document, framework-free. Every successful command becomes an entry of
 * immer patches (to redo) and inverse patches (to undo); undo and redo apply them with `applySharedPatches`
 * (immer's `applyPatches` semantics by structural sharing, without drafts or cloning). A gesture (a
 * drag, a multi-field edit) gathers all its commands into one entry; `bail()` cancels a gesture and leaves
 * no redo entry (tldraw's HistoryManager, with immer patches instead of record diffs).
 *
 * @example
 * const history = new History(doc);
 * const off = history.onChange((doc, { source }) => save(doc, source));
 * history.execute(addPerson({ id: 'p-anna', name: 'Anna', gender: 'woman' }));
 * history.beginGesture();                       // pointer down
 * history.execute(moveNode('genogram', 'p-anna', { x: 10, y: 0 }));
 * history.execute(moveNode('genogram', 'p-anna', { x: 20, y: 0 }));
 * history.endGesture();                         // pointer up: one undo step
 * history.undo();                               // Anna back where she was
 * off();
 */
import { enablePatches, type Patch } from 'immer';
import { applyCommand, type CommandResult } from '../commands/apply-command.js';
import type { Command } from '../commands/command.js';
import type { KringDocument } from '../model/types.js';
import { applySharedPatches } from './apply-shared-patches.js';

enablePatches();

/** One undo step: the patches that redo it and the inverse patches that undo it. */
export interface HistoryEntry {
  /** The immer patches that redo the step, in order. */
  patches: Patch[];
  /** The immer patches that undo the step, in order (the last command's first). */
  inversePatches: Patch[];
}

/** Why the document changed: a user command, an undo (or a bail), a redo, or a reset to a new document. */
export type HistoryChangeSource = 'user' | 'undo' | 'redo' | 'reset';

/** What a {@link ChangeListener} hears with every change of a {@link History}'s document. */
export interface ChangeInfo {
  /**
   * The patches that turned the previous document into this one: what to store in a journal or send to
   * another device. A reset is one `replace` of the root (`path: []`).
   */
  patches: Patch[];
  /** Why the document changed (see {@link HistoryChangeSource}). */
  source: HistoryChangeSource;
}

/**
 * Called after every change of a {@link History}'s document, with the new document and how it changed.
 * Listeners run synchronously, in the order they subscribed.
 */
export type ChangeListener = (doc: KringDocument, info: ChangeInfo) => void;

/** Options of a {@link History}. */
export interface HistoryOptions {
  /** Most undo steps kept; the oldest are dropped beyond it. Default: unlimited. */
  limit?: number;
}

/**
 * Undo and redo over one document: executes commands (each checked by {@link applyCommand}), keeps an undo
 * step per command or per gesture, and tells listeners about every change. The document is immutable: after
 * each change {@link History.document} is a new object sharing what did not change.
 *
 * @example
 * ```ts
 * const history = new History(doc, { limit: 200 });
 * const off = history.onChange((doc, { source }) => save(doc, source));
 * const result = history.execute(addPerson({ id: 'p-anna', name: 'Anna', gender: 'woman' }));
 * if (!result.ok) show(t('nl', result.reason.key, result.reason.params));
 * history.beginGesture(); // pointer down
 * history.execute(moveNode('genogram', 'p-anna', { x: 10, y: 0 }));
 * history.execute(moveNode('genogram', 'p-anna', { x: 20, y: 0 }));
 * history.endGesture(); // pointer up: one undo step
 * history.undo(); // Anna back where she was
 * off();
 * ```
 */
export class History {
  #doc: KringDocument;
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  /** The open gesture's entry; null when no gesture is open. */
  #pending: HistoryEntry | null = null;
  #depth = 0;
  #listeners = new Set<ChangeListener>();
  readonly #limit: number;

  /**
   * @param doc - the document to start from; nothing to undo yet
   * @param options - how many undo steps to keep
   */
  constructor(doc: KringDocument, options: HistoryOptions = {}) {
    this.#doc = doc;
    this.#limit = options.limit ?? Infinity;
  }

  /** The current document (immutable; a new object after every change). */
  get document(): KringDocument {
    return this.#doc;
  }

  /** Whether there is a step to undo (an open gesture with changes counts). */
  get canUndo(): boolean {
    return this.#undo.length > 0 || (this.#pending?.patches.length ?? 0) > 0;
  }

  /** Whether there is a step to redo. */
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Whether a gesture is open. */
  get inGesture(): boolean {
    return this.#depth > 0;
  }

  /**
   * Applies `command` to the current document. On success the change becomes an undo step (or joins the
   * open gesture), the redo stack is cleared and listeners hear `source: 'user'`. On refusal nothing
   * changes and the result carries the reason. `command` is checked at run time by applyCommand, so a
   * malformed one (from a JavaScript host or another device) is refused, never thrown on.
   */
  execute(command: Command): CommandResult {
    const result = applyCommand(this.#doc, command);
    if (!result.ok) return result;
    this.#doc = result.document;
    this.#redo.length = 0;
    if (this.#pending) {
      // A loop and concat, not push(...)/unshift(...): spreading a list of 130,000+ patches into a call
      // overflows the stack.
      for (const patch of result.patches) this.#pending.patches.push(patch);
      this.#pending.inversePatches = result.inversePatches.concat(this.#pending.inversePatches);
    } else {
      this.#push({ patches: result.patches, inversePatches: result.inversePatches });
    }
    this.#emit(result.patches, 'user');
    return result;
  }

  /**
   * Applies several commands as one undo step, all or nothing: if one is refused, the ones before it are
   * rolled back (no redo entry) and its refusal is returned.
   */
  executeAll(commands: readonly Command[]): CommandResult {
    this.beginGesture();
    let last: CommandResult | undefined;
    for (const command of commands) {
      last = this.execute(command);
      if (!last.ok) {
        this.bail();
        return last;
      }
    }
    this.endGesture();
    return last ?? { ok: true, document: this.#doc, patches: [], inversePatches: [] };
  }

  /** Undoes the last step (closing an open gesture first). Returns false when there was nothing to undo. */
  undo(): boolean {
    this.#closeGesture();
    const entry = this.#undo.pop();
    if (!entry) return false;
    this.#doc = applySharedPatches(this.#doc, entry.inversePatches);
    this.#redo.push(entry);
    this.#emit(entry.inversePatches, 'undo');
    return true;
  }

  /** Redoes the last undone step. Returns false when there was nothing to redo. */
  redo(): boolean {
    this.#closeGesture();
    const entry = this.#redo.pop();
    if (!entry) return false;
    this.#doc = applySharedPatches(this.#doc, entry.patches);
    this.#undo.push(entry);
    this.#emit(entry.patches, 'redo');
    return true;
  }

  /**
   * Opens a gesture: the commands executed until the matching `endGesture()` form one undo step. Gestures
   * nest; only the outermost one makes the step.
   */
  beginGesture(): void {
    if (this.#depth === 0) this.#pending = { patches: [], inversePatches: [] };
    this.#depth++;
  }

  /** Closes the gesture opened last; the outermost close stores the step (if anything changed). */
  endGesture(): void {
    if (this.#depth === 0) return;
    this.#depth--;
    if (this.#depth === 0) this.#closeGesture();
  }

  /**
   * Cancels the open gesture: the document returns to where the outermost gesture began, with no undo
   * and no redo entry (listeners hear `source: 'undo'`). Closes every nested gesture.
   */
  bail(): void {
    const pending = this.#pending;
    this.#pending = null;
    this.#depth = 0;
    if (!pending || pending.patches.length === 0) return;
    this.#doc = applySharedPatches(this.#doc, pending.inversePatches);
    this.#emit(pending.inversePatches, 'undo');
  }

  /** Replaces the document and forgets all history (listeners hear `source: 'reset'`). */
  reset(doc: KringDocument): void {
    this.#undo = [];
    this.#redo = [];
    this.#pending = null;
    this.#depth = 0;
    this.#doc = doc;
    this.#emit([{ op: 'replace', path: [], value: doc }], 'reset');
  }

  /** Calls `listener` after every change of the document. Returns the function that unsubscribes. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #closeGesture(): void {
    const pending = this.#pending;
    this.#pending = null;
    this.#depth = 0;
    if (pending && pending.patches.length > 0) this.#push(pending);
  }

  #push(entry: HistoryEntry): void {
    this.#undo.push(entry);
    if (this.#undo.length > this.#limit) this.#undo.splice(0, this.#undo.length - this.#limit);
  }

  #emit(patches: Patch[], source: HistoryChangeSource): void {
    for (const listener of [...this.#listeners]) listener(this.#doc, { patches, source });
  }
}

/**
 * Debounced saving: `schedule(value)` saves `delay` ms after the last change (and at the latest `maxWait`
 * ms after the first unsaved one, so steady editing is saved too); `flush()` saves at once. The page's
 * `pagehide` and `visibilitychange` (to hidden) flush too. Those flushes start an asynchronous IndexedDB
 * write that may not commit before the page is gone: what protects the last edits across an unload is
 * the journal (journal.ts), written synchronously on every change. Failures go to `onError` (shown to the
 * user), never swallowed.
 */
export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>;
  /** Called after each successful save with the saved value. */
  onSaved?: (value: T) => void;
  onError: (error: unknown) => void;
  /** Default 600 ms. */
  delay?: number;
  /** Longest a change waits while changes keep coming. Default 5,000 ms. */
  maxWait?: number;
  /** Where to listen for `pagehide` (default globalThis). */
  windowTarget?: EventTarget;
  /** Where to listen for `visibilitychange`, and whose `visibilityState` to read (default globalThis.document). */
  documentTarget?: EventTarget & { visibilityState: DocumentVisibilityState };
}

export interface Autosaver<T> {
  schedule(value: T): void;
  /** Saves the pending value now, if any; resolves when it is saved (or the save failed). */
  flush(): Promise<void>;
  /** True while a change is waiting or being saved. */
  readonly pending: boolean;
  dispose(): void;
}

const NOTHING = Symbol('nothing');

export function createAutosaver<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const delay = options.delay ?? 600;
  const maxWait = options.maxWait ?? 5000;
  let waiting: T | typeof NOTHING = NOTHING;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsaved change was scheduled. */
  let since: number | undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = 0;

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    since = undefined;
    if (waiting === NOTHING) return running;
    const value = waiting;
    waiting = NOTHING;
    busy++;
    // Saves run one after another, so an older value never overwrites a newer one.
    running = running.then(async () => {
      try {
        await options.save(value);
        options.onSaved?.(value);
      } catch (error) {
        options.onError(error);
      } finally {
        busy--;
      }
    });
    return running;
  };

  const onPageHide = () => void flush();
  const win = options.windowTarget ?? globalThis;
  const doc = options.documentTarget ?? globalThis.document;
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void flush();
  };
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(value: T) {
      waiting = value;
      const now = Date.now();
      since ??= now;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(delay, since + maxWait - now)));
    },
    flush,
    get pending() {
      return waiting !== NOTHING || busy > 0;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      win.removeEventListener('pagehide', onPageHide);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

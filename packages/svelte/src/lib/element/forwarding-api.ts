/**
 * An editor API object that exists before the editor has started and forwards to it from then on (the
 * element's `el.api`, `mount().api` while its locale loads), with a Promise of it. It has exactly the API's
 * methods (a name the API does not have is undefined, as on the editor's own API). Before the start:
 * `select()` and `fit()`, which answer nothing, are remembered and run when the editor starts, before
 * `kringready`; the methods that answer (`getDocument()`, `apply()`, `undo()`, …) need the editor and throw
 * a DOMException named `InvalidStateError` that says what to await.
 */
import type { KringEditorApi } from '../state/api.js';

export interface ForwardingApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
  /**
   * The editor's API now; true when it is a new one (the first, or another after a move). Calls remembered
   * before the start run on the first.
   */
  forwardTo(inner: KringEditorApi): boolean;
}

type Name = keyof KringEditorApi;
/** Each method of the API: whether a call before the start is remembered (it answers nothing). */
const METHODS = {
  undo: false,
  redo: false,
  fit: true,
  select: true,
  exportSvg: false,
  getDocument: false,
  getHighlight: false,
  apply: false,
} as const satisfies Record<Name, boolean>;

/** A forwarding API; `who` and `wait` name the caller and what to await in the error message. */
export function forwardingApi(who: string, wait: string): ForwardingApi {
  let inner: KringEditorApi | undefined;
  let resolve!: (api: KringEditorApi) => void;
  const ready = new Promise<KringEditorApi>((r) => (resolve = r));
  // Remembered before the start: the last call of each such method (a later selection replaces one before).
  const later = new Map<Name, unknown[]>();
  const call = (target: KringEditorApi, name: Name, args: unknown[]): unknown =>
    (target[name] as (...a: unknown[]) => unknown)(...args);
  const api = {} as Record<Name, (...args: unknown[]) => unknown>;
  for (const name of Object.keys(METHODS) as Name[])
    api[name] = (...args: unknown[]): unknown => {
      if (inner) return call(inner, name, args);
      if (METHODS[name]) {
        later.delete(name);
        later.set(name, args);
        return undefined;
      }
      throw new DOMException(
        `${who}: the editor has not started yet (its code or words are loading); await ${wait} before calling api.${name}()`,
        'InvalidStateError',
      );
    };
  Object.freeze(api);
  const forwarding = api as unknown as KringEditorApi;
  return {
    api: forwarding,
    ready,
    forwardTo(next) {
      if (next === inner) return false;
      inner = next;
      // In the order they were last called (a fit after a selection shows the whole drawing).
      for (const [name, args] of later) call(next, name, args);
      later.clear();
      resolve(forwarding);
      return true;
    },
  };
}

/**
 * An editor API object that exists before the editor has started and forwards to it from then on (the
 * element's `el.api`, `mount().api` while its locale loads), with a Promise of it. It has exactly the API's
 * methods (a name the API does not have is undefined, as on the editor's own API). While there is no editor
 * — before the start, and after it is gone (the element left the page, `mount()`'s `destroy()`) —
 * `select()` and `fit()`, which answer nothing, are remembered and run when the (next) editor starts, before
 * `kringready`; the methods that answer need the editor and throw a DOMException named `InvalidStateError`
 * that says why and what to await. The one exception: after an editor is gone, `getDocument()` answers the
 * document it held, with every edit (a host saving after its framework removed the element), until the host
 * gives another one.
 */
import type { KringDocument } from '@kring/core';
import type { KringEditorApi } from '../state/api.js';

export interface ForwardingApi {
  readonly api: KringEditorApi;
  /**
   * Resolves with `api` once the editor has started. After `detach(true)` it is a new Promise,
   * resolved when the next editor starts.
   */
  readonly ready: Promise<KringEditorApi>;
  /**
   * The editor's API now; true when it is a new one (the first, or another after a move). Calls remembered
   * while there was no editor run on it.
   */
  forwardTo(inner: KringEditorApi): boolean;
  /**
   * The editor is going (call it before destroying it): from now on there is none. `again`: another
   * editor may come (`ready` becomes a new Promise for it).
   */
  detach(again: boolean): void;
  /** The host gave another document while there is no editor: `getDocument()` no longer answers the old one. */
  forgetDocument(): void;
}

type Name = keyof KringEditorApi;
/** Each method of the API: whether a call while there is no editor is remembered (it answers nothing). */
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

/**
 * A forwarding API; `who` names the caller in the error messages, `why` says (for the method's name) why
 * there is no editor now and what to await.
 */
export function forwardingApi(who: string, why: (method: string) => string): ForwardingApi {
  let inner: KringEditorApi | undefined;
  let resolve!: (api: KringEditorApi) => void;
  let ready = new Promise<KringEditorApi>((r) => (resolve = r));
  let pending = true;
  // The document the last editor held when it went (getDocument() answers it until the host gives another).
  let last: KringDocument | undefined;
  // Remembered while there is no editor: the last call of each such method (a later selection replaces one before).
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
      if (name === 'getDocument' && last) return last;
      throw new DOMException(`${who}: ${why(name)}`, 'InvalidStateError');
    };
  Object.freeze(api);
  const forwarding = api as unknown as KringEditorApi;
  return {
    api: forwarding,
    get ready() {
      return ready;
    },
    forwardTo(next) {
      if (next === inner) return false;
      inner = next;
      last = undefined;
      // In the order they were last called (a fit after a selection shows the whole drawing).
      for (const [name, args] of later) call(next, name, args);
      later.clear();
      pending = false;
      resolve(forwarding);
      return true;
    },
    detach(again) {
      if (!inner) return;
      last = inner.getDocument();
      inner = undefined;
      if (again && !pending) {
        ready = new Promise<KringEditorApi>((r) => (resolve = r));
        pending = true;
      }
    },
    forgetDocument() {
      last = undefined;
    },
  };
}

/**
 * An editor API object that exists before the editor has started and forwards to it from then on (the
 * element's `el.api`, `mount().api` while its locale loads), with a Promise of it. Calls made before the
 * start throw an error that says what to wait for.
 */
import type { KringEditorApi } from '../state/api.js';

export interface ForwardingApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
  /** The editor's API now; true when it is a new one (the first, or another after a move). */
  forwardTo(inner: KringEditorApi): boolean;
}

/** A forwarding API; `who` and `wait` name the caller and what to await in the error message. */
export function forwardingApi(who: string, wait: string): ForwardingApi {
  let inner: KringEditorApi | undefined;
  let resolve!: (api: KringEditorApi) => void;
  const ready = new Promise<KringEditorApi>((r) => (resolve = r));
  const api = new Proxy({} as KringEditorApi, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]): unknown => {
        if (!inner)
          throw new Error(
            `${who}: the editor has not started yet; await ${wait} before calling api.${name}()`,
          );
        const method = (inner as unknown as Record<string, unknown>)[name];
        if (typeof method !== 'function') throw new TypeError(`${who}: api.${name} is not a function`);
        return (method as (...a: unknown[]) => unknown).apply(inner, args);
      };
    },
  });
  return {
    api,
    ready,
    forwardTo(next) {
      if (next === inner) return false;
      inner = next;
      resolve(api);
      return true;
    },
  };
}

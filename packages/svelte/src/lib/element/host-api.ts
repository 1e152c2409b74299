/**
 * `el.api` and `el.ready` of `<kring-editor>`: a stable API object from the moment the element upgrades,
 * which forwards to the editor once it has started (the editor mounts a microtask after `connectedCallback`),
 * and a Promise of it for host code that runs later than `kringready` (a module script after the element's
 * own, say). Calls made before the editor has started throw an error that says to wait for `el.ready`.
 * After the element is moved (disconnected and connected again) the same object forwards to the new editor.
 */
import type { KringEditorApi } from '../state/api.js';

export interface HostApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
}

/** Installs `api` and `ready` on `element`, fed by the `kringready` events the editor sends. */
export function attachHostApi(element: HTMLElement): HostApi {
  let inner: KringEditorApi | null = null;
  let resolve!: (api: KringEditorApi) => void;
  const ready = new Promise<KringEditorApi>((r) => (resolve = r));
  const api = new Proxy({} as KringEditorApi, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]): unknown => {
        if (!inner)
          throw new Error(
            `<kring-editor>: the editor has not started yet; await el.ready before calling api.${name}()`,
          );
        const method = (inner as unknown as Record<string, unknown>)[name];
        if (typeof method !== 'function')
          throw new TypeError(`<kring-editor>: api.${name} is not a function`);
        return (method as (...a: unknown[]) => unknown).apply(inner, args);
      };
    },
  });
  // Registered in the constructor, so it runs before any listener of the host.
  element.addEventListener('kringready', (event) => {
    const detail = (event as CustomEvent<{ api?: KringEditorApi }>).detail;
    if (!detail?.api || detail.api === api) return;
    inner = detail.api;
    resolve(api);
  });
  for (const [name, value] of Object.entries({ api, ready }))
    Object.defineProperty(element, name, { value, enumerable: true, configurable: false, writable: false });
  return { api, ready };
}

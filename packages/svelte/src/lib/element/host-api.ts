/**
 * `el.api`, `el.ready` and `kringready` of `<kring-editor>`: a stable API object from the moment the element
 * upgrades, which forwards to the editor once it has started, and a Promise of it for host code that runs
 * later than `kringready` (a second module script, a framework's effect). Calls made before the editor has
 * started throw an error that says to wait for `el.ready`. After the element is moved (disconnected and
 * connected again) the same object forwards to the new editor.
 *
 * When `kringready` fires: in the microtask right after `connectedCallback`, the one after the microtask in
 * which Svelte mounts the editor. So a listener added in the same task as the element is connected (or
 * upgraded: the script that imports the element module) hears it, and every later microtask of the host
 * (`await` after `document.body.append(el)`) finds the editor started.
 */
import type { KringEditorApi } from '../state/api.js';

export interface HostApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
  /**
   * Called from `connectedCallback` (after Svelte's own): in the next microtask, asks `started()` for the
   * editor's API and, when it is a new one, forwards `api` to it, resolves `ready` and fires `kringready`.
   */
  connected(started: () => KringEditorApi | undefined): void;
}

/** Installs `api` and `ready` on `element` and returns what starts them. */
export function attachHostApi(element: HTMLElement): HostApi {
  let inner: KringEditorApi | undefined;
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
  for (const [name, value] of Object.entries({ api, ready }))
    Object.defineProperty(element, name, { value, enumerable: true, configurable: false, writable: false });
  return {
    api,
    ready,
    connected(started) {
      queueMicrotask(() => {
        if (!element.isConnected) return;
        const next = started();
        if (!next || next === inner) return;
        inner = next;
        resolve(api);
        element.dispatchEvent(
          new CustomEvent('kringready', { detail: { api }, bubbles: true, composed: true }),
        );
      });
    },
  };
}

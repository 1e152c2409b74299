/**
 * Starts the layout worker (layout-worker.ts) as a module worker from a same-origin file beside this module,
 * or returns undefined where none can be created (no Worker, or a CSP without `worker-src 'self'`: the
 * constructor throws). The script-tag build (dist/kring-editor.js) replaces this module with
 * worker-factory-none.ts: it has no file beside it to start.
 */
export function createLayoutWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./layout-worker.js', import.meta.url), {
      type: 'module',
      name: 'kring-layout',
    });
  } catch {
    return undefined;
  }
}

/**
 * Starts the layout worker (layout-worker.ts) as a module worker from a same-origin file beside this module,
 * or returns undefined where none can be created (no Worker, or a CSP without `worker-src 'self'`: the
 * constructor throws). In the code-split build the file is dist/element/layout-worker.js, in the script-tag
 * build dist/kring-editor/layout-worker.js (the folder of parts); a file that is not served makes the worker
 * report an error, and the layout scheduler lays the view out in slices instead.
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

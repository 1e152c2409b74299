/** worker-factory.ts for builds without a worker file (the script-tag file dist/kring-editor.js): no worker. */
export function createLayoutWorker(): Worker | undefined {
  return undefined;
}

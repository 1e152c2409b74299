/**
 * The GEDCOM import off the page's thread: one request, progress now and then (at most every 50 ms, so the
 * page is not flooded), the result, done. The page ends the worker to cancel: nothing is left running.
 */
import { importGedcom } from '@kring/gedcom';
import type { ImportReply, ImportRequest } from './import-protocol.js';

/** The worker's global scope, as far as this file uses it (the demo's types are the DOM's, not a worker's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
};

const EVERY_MS = 50;

scope.onmessage = ({ data }) => {
  let last = -Infinity;
  const result = importGedcom(data.bytes, {
    ...(data.focus === undefined ? {} : { focus: data.focus }),
    ...(data.generations === undefined ? {} : { generations: data.generations }),
    onProgress(fraction) {
      const now = performance.now();
      if (now - last < EVERY_MS) return;
      last = now;
      scope.postMessage({ type: 'progress', fraction });
    },
  });
  scope.postMessage({ type: 'done', result });
};

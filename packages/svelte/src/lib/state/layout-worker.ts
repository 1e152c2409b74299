/**
 * The editor's layout worker: lays out and builds the scene of large documents off the main thread. It is a
 * module worker, a same-origin file beside the element's entry (dist/element/); worker-factory.ts starts it.
 * Messages: layout-protocol.ts. Every view's renderer is inside (the worker is only loaded for large maps).
 * Each scene goes back as a delta from the scene sent before it (scene-delta.ts), with the culling boxes of
 * the nodes and lines it sends in full (scene-boxes.ts).
 */
import type { KringDocument, View } from '@kring/core';
import type { Renderer, Scene } from '@kring/scene';
import type { FromWorker, ToWorker } from './layout-protocol.js';
import { applySentPatches } from './list-patches.js';
import { boxesOf } from './scene-boxes.js';
import { diffScene, reuseBase } from './scene-delta.js';
import { render as renderEcogram } from './views/ecogram.js';
import { render as renderGenogram } from './views/genogram.js';
import { render as renderSociogram } from './views/sociogram.js';

const RENDERERS: Record<View, Renderer> = {
  genogram: renderGenogram,
  ecogram: renderEcogram,
  sociogram: renderSociogram,
};

let doc: KringDocument | undefined;
/** The scene sent last: the editor holds it too, and the next scene is sent as the change from it. */
let sent: Scene | undefined;
const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'document') doc = message.doc;
  else if (message.type === 'patches') doc = doc && applySentPatches(doc, message.patches);
  else {
    try {
      if (!doc) throw new Error('no document');
      const start = performance.now();
      const scene = RENDERERS[message.view](doc, message.options);
      const ms = performance.now() - start;
      const delta = diffScene(sent, scene);
      // The culling boxes of what is sent in full, measured here (warm) rather than on the main thread.
      const nodeBoxes = boxesOf(delta.nodes);
      const edgeBoxes = boxesOf(delta.edges);
      // Kept as the main thread rebuilds it: the base's objects where they are equal, so the new scene's copies
      // die young and the old ones stay (no whole scene to promote and collect in the old generation per edit).
      sent = sent ? reuseBase(sent, scene, delta) : scene;
      post({ type: 'scene', seq: message.seq, delta: { ...delta, nodeBoxes, edgeBoxes }, ms }, [
        delta.nodeRefs.buffer,
        delta.nodeMoves.buffer,
        delta.edgeRefs.buffer,
        delta.edgeMoves.buffer,
        nodeBoxes.buffer,
        edgeBoxes.buffer,
      ]);
    } catch (error) {
      post({ type: 'failed', seq: message.seq, message: String(error) });
    }
  }
});

/**
 * How the editor gets its scene: a view's code loaded on first use (a quiet pending state until then), large
 * maps laid out in the layout worker (edits sent as patches, stale jobs never started) or, where no worker can
 * be created or it fails, on the main thread in slices. Every path must draw exactly what a synchronous render
 * of the same document draws.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { addPerson, linkParent, removePerson, updatePerson, type KringDocument } from '@kring/core';
import type { Scene } from '@kring/scene';
import { EditorState } from './editor-state.svelte.js';
import {
  BACK_TO_MAIN,
  OFF_MAIN_ENTITIES,
  SYNC_ENTITIES,
  SYNC_MAX_MS,
  type Thresholds,
} from './layout-scheduler.js';
import type { FromWorker, ToWorker } from './layout-protocol.js';
import { applySentPatches } from './list-patches.js';
import { diffScene } from './scene-delta.js';
import { ViewRegistry, VIEW_LOADERS, type ViewModule } from './renderers.js';
import { RENDERERS } from './test-support/all-renderers.js';
import { family } from './test-fixtures.js';
import { createLayoutWorker } from './worker-factory.js';

/** Everything off the main thread, whatever its size. */
const ALWAYS: Thresholds = { syncMaxMs: -1, offMainEntities: -1, syncEntities: -1 };

const editors: EditorState[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

function editorOf(doc: KringDocument, sources: ConstructorParameters<typeof EditorState>[2]) {
  const editor = new EditorState(doc, {}, sources);
  editors.push(editor);
  return editor;
}

/** What a synchronous render of the editor's document draws now. */
const expected = (editor: EditorState) =>
  RENDERERS[editor.view](editor.doc, { locale: editor.locale, pseudonymise: editor.pseudonymise });

async function settled(editor: EditorState) {
  await vi.waitFor(() => expect(editor.pending).toBe(false), { timeout: 10_000, interval: 10 });
}

/** A real layout worker whose posted messages are recorded by type. */
function recordingWorker(posted: string[]) {
  return () => {
    const worker = createLayoutWorker();
    if (!worker) throw new Error('no Worker in this browser');
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: ToWorker) => {
      posted.push(message.type);
      post(message);
    };
    return worker;
  };
}

const child = (n: number) => [
  addPerson({ id: `p-new-${n}`, name: `Nieuw ${n}`, gender: 'woman' }),
  linkParent({ id: `pc-new-${n}`, parent: 'p-anna', child: `p-new-${n}`, kind: 'biological' }),
];

describe('the layout worker', () => {
  test('lays out the map and each edit from patches, drawing what a synchronous render draws', async () => {
    const posted: string[] = [];
    const editor = editorOf(family(), { createWorker: recordingWorker(posted), thresholds: ALWAYS });
    expect(editor.pending).toBe(true);
    expect(editor.scene.nodes).toEqual([]);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));

    expect(editor.run({ commands: child(1) })).toBe(true);
    expect(editor.pending).toBe(true);
    await settled(editor);
    expect(editor.scene.nodes.map((n) => n.id)).toContain('p-new-1');
    expect(editor.scene).toEqual(expected(editor));

    expect(editor.undo()).toBe(true);
    void editor.scene;
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    // The document went over once; the edit and the undo as patches.
    expect(posted).toEqual(['document', 'render', 'patches', 'render', 'patches', 'render']);
  });

  test('a delete (whole collections written anew) and its undo reach the worker as list patches', async () => {
    const posted: ToWorker[] = [];
    const record = () => {
      const worker = createLayoutWorker();
      if (!worker) throw new Error('no Worker in this browser');
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: ToWorker) => {
        posted.push(message);
        post(message);
      };
      return worker;
    };
    const editor = editorOf(family(), { createWorker: record, thresholds: ALWAYS });
    await settled(editor);
    // Anna: her partnership, parent link and tie go with her (those collections are written anew too).
    const leaf = 'p-anna';
    expect(editor.run({ commands: [removePerson(leaf)] })).toBe(true);
    void editor.scene;
    await settled(editor);
    expect(editor.scene.nodes.map((n) => n.id)).not.toContain(leaf);
    expect(editor.scene).toEqual(expected(editor));
    expect(editor.undo()).toBe(true);
    void editor.scene;
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    const ops = posted.flatMap((m) => (m.type === 'patches' ? m.patches.map((p) => p.op) : []));
    expect(ops).toContain('list');
    expect(posted.filter((m) => m.type === 'document')).toHaveLength(1);
  });

  test('sends only what changed: after a new birth year the other symbols and lines keep their objects', async () => {
    const editor = editorOf(family(), { createWorker: createLayoutWorker, thresholds: ALWAYS });
    await settled(editor);
    const before = editor.scene;
    const id = editor.doc.persons[1]!.id;
    expect(editor.run({ commands: [updatePerson(id, { birth: '1931' })] })).toBe(true);
    void editor.scene;
    await settled(editor);
    const after = editor.scene;
    expect(after).toEqual(expected(editor));
    expect(after.nodes.find((n) => n.id === id)).not.toBe(before.nodes.find((n) => n.id === id));
    const kept = after.nodes.filter((n, i) => n === before.nodes[i]);
    expect(kept.length).toBe(after.nodes.length - 1);
    expect(after.edges.every((e, i) => e === before.edges[i])).toBe(true);
  });

  test('drops stale work: of edits made while it lays out, only the newest is laid out', async () => {
    const posted: string[] = [];
    const editor = editorOf(family(), { createWorker: recordingWorker(posted), thresholds: ALWAYS });
    void editor.scene;
    editor.run({ commands: child(1) });
    void editor.scene;
    editor.run({ commands: child(2) });
    void editor.scene;
    await settled(editor);
    expect(posted).toEqual(['document', 'render', 'patches', 'render']);
    expect(editor.scene.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['p-new-1', 'p-new-2']));
    expect(editor.scene).toEqual(expected(editor));
  });

  test('a view switch while it lays out shows nothing of the old view, then the new one', async () => {
    const editor = editorOf(family(), { createWorker: createLayoutWorker, thresholds: ALWAYS });
    await settled(editor);
    editor.view = 'sociogram';
    expect(editor.pending).toBe(true);
    expect(editor.scene.view).toBe('sociogram');
    expect(editor.scene.nodes).toEqual([]);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
  });
});

describe('without a worker: slices on the main thread', () => {
  test('where none can be created, the map and each edit are laid out in slices', async () => {
    const editor = editorOf(family(), { createWorker: () => undefined, thresholds: ALWAYS });
    expect(editor.pending).toBe(true);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    editor.run({ commands: child(1) });
    void editor.scene;
    editor.run({ commands: child(2) });
    expect(editor.pending).toBe(true);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
  });

  test('a worker that fails to start (e.g. refused by a CSP) falls back to slices', async () => {
    const broken = () => new Worker('data:text/javascript,throw new Error("refused")', { type: 'module' });
    const editor = editorOf(family(), { createWorker: broken, thresholds: ALWAYS });
    void editor.scene;
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
  });

  test('small maps still render synchronously (no pending state at all)', () => {
    const editor = editorOf(family(), {
      createWorker: () => undefined,
      thresholds: { syncMaxMs: SYNC_MAX_MS, offMainEntities: OFF_MAIN_ENTITIES, syncEntities: SYNC_ENTITIES },
    });
    expect(editor.pending).toBe(false);
    expect(editor.scene).toEqual(expected(editor));
  });
});

/**
 * A stand-in for the layout worker that lays out on the main thread and reports the render time it is told
 * (`ms`), so that the scheduler's decision can be tested with any time.
 */
function fakeWorker(ms: () => number) {
  return () => {
    let doc: KringDocument | undefined;
    let sent: Scene | undefined;
    const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
    const worker = {
      addEventListener(type: string, listener: (event: MessageEvent<FromWorker>) => void) {
        if (type === 'message') listeners.push(listener);
      },
      postMessage(message: ToWorker) {
        if (message.type === 'document') doc = message.doc;
        else if (message.type === 'patches') doc = applySentPatches(doc!, message.patches);
        else {
          const scene = RENDERERS[message.view](doc!, message.options);
          const answer: FromWorker = {
            type: 'scene',
            seq: message.seq,
            delta: diffScene(sent, scene),
            ms: ms(),
          };
          sent = scene;
          setTimeout(() => {
            for (const listener of listeners) listener(new MessageEvent('message', { data: answer }));
          });
        }
      },
      terminate() {},
    };
    return worker as unknown as Worker;
  };
}

/** The genogram's renders on the main thread, counted. */
function countingViews() {
  const renders = { count: 0 };
  const views = new ViewRegistry({
    ...VIEW_LOADERS,
    genogram: async () => {
      const module = await VIEW_LOADERS.genogram();
      return { ...module, render: (doc, options) => (renders.count++, module.render(doc, options)) };
    },
  });
  return { views, renders };
}

describe('where a map is laid out', () => {
  /** Off the main thread before any measurement (any size), back on it by the render times measured. */
  const MEASURED: Thresholds = { syncMaxMs: SYNC_MAX_MS, offMainEntities: -1, syncEntities: -1 };

  test('the scene laid out off the main thread is shown, not laid out again here, however quick it was', async () => {
    const { views, renders } = countingViews();
    await views.load('genogram');
    const editor = editorOf(family(), { views, createWorker: fakeWorker(() => 1), thresholds: MEASURED });
    expect(editor.pending).toBe(true);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    expect(renders.count).toBe(0);
    // A render of 1 ms off the main thread: the next edit is laid out here, synchronously.
    editor.run({ commands: child(1) });
    expect(editor.pending).toBe(false);
    expect(renders.count).toBe(1);
    expect(editor.scene).toEqual(expected(editor));
  });

  test('a map laid out off the main thread stays there until its render takes at most half the threshold', async () => {
    const { views, renders } = countingViews();
    await views.load('genogram');
    let ms = SYNC_MAX_MS * BACK_TO_MAIN + 1;
    const editor = editorOf(family(), { views, createWorker: fakeWorker(() => ms), thresholds: MEASURED });
    await settled(editor);
    // Under the threshold but over half of it: the next edit still goes off the main thread (and takes half).
    ms = SYNC_MAX_MS * BACK_TO_MAIN;
    editor.run({ commands: child(1) });
    expect(editor.pending).toBe(true);
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    expect(renders.count).toBe(0);
    editor.run({ commands: child(2) });
    expect(editor.pending).toBe(false);
    expect(renders.count).toBe(1);
    expect(editor.scene).toEqual(expected(editor));
  });

  test('a view whose render on the main thread was slow stays off it, however quick the worker, until the document is replaced', async () => {
    const { views, renders } = countingViews();
    await views.load('genogram');
    // Every render here is slow (over 0 ms); the worker's take 0 ms; the first is here.
    const editor = editorOf(family(), {
      views,
      createWorker: fakeWorker(() => 0),
      thresholds: { syncMaxMs: 0, offMainEntities: Infinity, syncEntities: -1 },
    });
    expect(editor.pending).toBe(false);
    expect(renders.count).toBe(1);
    for (const n of [1, 2, 3]) {
      editor.run({ commands: child(n) });
      expect(editor.pending).toBe(true);
      await settled(editor);
      expect(editor.scene).toEqual(expected(editor));
    }
    expect(renders.count).toBe(1);
    // Another document: the worker's last 0 ms brings it back here at once.
    editor.replace(family());
    expect(editor.pending).toBe(false);
    expect(renders.count).toBe(2);
    expect(editor.scene).toEqual(expected(editor));
  });
});

describe('views loaded on first use', () => {
  test('pending with an empty drawing until the view has loaded; the other views are not loaded', async () => {
    let release: (m: ViewModule) => void = () => {};
    const genogram = new Promise<ViewModule>((resolve) => (release = resolve));
    const calls: string[] = [];
    const registry = new ViewRegistry({
      genogram: () => (calls.push('genogram'), genogram),
      ecogram: () => (calls.push('ecogram'), VIEW_LOADERS.ecogram()),
      sociogram: () => (calls.push('sociogram'), VIEW_LOADERS.sociogram()),
    });
    const editor = editorOf(family(), { views: registry });
    expect(editor.pending).toBe(true);
    expect(editor.scene.nodes).toEqual([]);
    expect(editor.render(editor.doc).nodes).toEqual([]);
    release(await VIEW_LOADERS.genogram());
    await settled(editor);
    expect(editor.scene).toEqual(expected(editor));
    expect(calls).toEqual(['genogram']);
  });
});

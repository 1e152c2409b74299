/**
 * The editor at genealogy scale, for editor.bench.ts: `<kring-editor>`'s code-split ES module
 * (packages/svelte/dist/element/, what `@kring/svelte/element` ships, lazily loaded chunks and the layout
 * worker beside it) in headless Chromium, mounted with `mount()` on a 1200 × 800 box, showing the genogram.
 *
 * Documents (all seeded, the same every run):
 * - `500` and `5,000`: `syntheticFamily(n, 42)` from @kring/examples/synthetic (n persons, with their
 *   partnerships and parent links: 1,306 and 13,062 entities);
 * - `20,000 entities`: the largest synthetic family the reader accepts (its limit is 20,000 entities of all
 *   collections together): 7,753 persons, 2,428 partnerships, 9,726 parent links, 89 multiple births,
 *   found at setup;
 * - `royal92`: packages/gedcom/fixtures/public/royal92.ged through @kring/gedcom's `importGedcom`.
 *
 * Actions, each timed from the action to the DOM updated and laid out (the mutation that shows the result,
 * no `aria-busy` left in the editor, then a forced layout; paint excluded):
 * - open: `mount()` on a freshly loaded page (the document already parsed as a JS module, and so is the
 *   editor's chunk, which the code-split build loads after the entry since session 6: the figure stays the
 *   editor's work, not a file's fetch) until the drawing is in the DOM, laid out, a frame has gone by and a
 *   task can run (the page is interactive). Cold: one page load per sample;
 * - add: one person as the child of a person who has children (`api.apply` of person.add + parentChild.add),
 *   until the canvas's name counts one symbol more (the canvas draws only what is in view: the new symbol
 *   may lie outside it);
 * - undo: of that add (`api.undo()`);
 * - delete: one person without children (a leaf of the family, `api.apply` of person.remove, what the
 *   inspector's delete runs; it takes the person's links along), until the canvas's name counts one symbol
 *   less; then undone (not timed);
 * - move: one person (selected, so always drawn) moved by 200 drawing units (`api.apply` of node.move), until
 *   its symbol has moved;
 * - zoom: one wheel step on the canvas, until the drawing's transform changed;
 * - birth: a new birth year of the moved person, an edit that leaves the genogram's layout as it is (what
 *   the layout worker's scene delta sends is that one symbol): until the editor has been busy with it and is
 *   not any more (at the zoom that shows the whole family the changed text is too small to be drawn).
 * Edits run on one page after the open (and after warm-up rounds); the medians are of their rounds.
 *
 * `KRING_BENCH_ELEMENT_DIR` points the bench at another build of dist/element (e.g. a worktree of an older
 * commit, to measure the "before" figures).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/lib/browser.js';
import { serve, type Route, type StaticServer } from '../e2e/lib/server.js';
import { COLLECTIONS, type KringDocument } from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { importGedcom } from '../packages/gedcom/src/index.js';

export const ELEMENT_DIR =
  process.env['KRING_BENCH_ELEMENT_DIR'] ?? path.join(import.meta.dirname, '../packages/svelte/dist/element');
const ROYAL92 = path.join(import.meta.dirname, '../packages/gedcom/fixtures/public/royal92.ged');

export type ScaleDoc = '500' | '5000' | '20000' | 'royal92';
export type Action = 'add' | 'undo' | 'delete' | 'move' | 'zoom' | 'birth';
export const ACTIONS: readonly Action[] = ['add', 'undo', 'delete', 'move', 'zoom', 'birth'];

export type ScaleTimes = Record<'open' | Action, number[]>;

const SEED = 42;
/** The reader's entity limit (core's MAX_ENTITIES). */
const ENTITY_LIMIT = 20_000;

function entities(doc: KringDocument): number {
  return COLLECTIONS.reduce((sum, name) => sum + (doc[name] as readonly unknown[]).length, 0);
}

/** The largest synthetic family within the entity limit (binary search over the person count). */
function familyAtLimit(): KringDocument {
  let lo = 1000;
  let hi = ENTITY_LIMIT;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (entities(syntheticFamily(mid, SEED)) <= ENTITY_LIMIT) lo = mid;
    else hi = mid - 1;
  }
  return syntheticFamily(lo, SEED);
}

export function scaleDocument(which: ScaleDoc): KringDocument {
  if (which === '500') return syntheticFamily(500, SEED);
  if (which === '5000') return syntheticFamily(5000, SEED);
  if (which === '20000') return familyAtLimit();
  const result = importGedcom(new Uint8Array(fs.readFileSync(ROYAL92)), { referenceDate: '2026-01-01' });
  if (!result.ok) throw new Error(`royal92 did not import: ${JSON.stringify(result.problems[0])}`);
  return result.document;
}

/**
 * The persons the edits act on: a parent near the middle of the family, another person to move, and a leaf to
 * delete (a child without children of their own, from the parent links' second half; not the focus person).
 */
function actors(doc: KringDocument): { parent: string; mover: string; leaf: string } {
  const link = doc.parentChild[Math.floor(doc.parentChild.length / 2)]!;
  const mover = doc.persons.find((p, i) => i >= doc.persons.length / 3 && p.id !== link.parent)!;
  const parents = new Set(doc.parentChild.map((l) => l.parent));
  const leaf = doc.parentChild.find(
    (l, i) =>
      i > doc.parentChild.length / 2 &&
      !parents.has(l.child) &&
      ![doc.focus, mover.id, link.parent].includes(l.child),
  );
  if (!leaf) throw new Error('no person without children to delete');
  return { parent: link.parent, mover: mover.id, leaf: leaf.child };
}

const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="margin:0"><div id="box" style="width:1200px;height:800px;position:relative"></div>
<script type="module" src="/scale.js"></script></body></html>`;

const script = `
import { mount } from '/element/index.js';
import '/editor-chunk.js';
import doc, { PARENT, MOVER, LEAF } from '/doc.js';
const box = document.getElementById('box');
const busy = () => box.querySelector('[aria-busy="true"]') !== null;
const nodes = () => box.querySelectorAll('svg.kring-canvas [data-node-id]');
const node = (id) => box.querySelector('svg.kring-canvas [data-node-id="' + id + '"]');
function until(check, what) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const mo = new MutationObserver(() => {
      if (!check()) return;
      mo.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => { mo.disconnect(); reject(new Error('timed out waiting for ' + what)); }, 240000);
    mo.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
// Each timed action is also a user-timing measure (\`kring <action>\`), for traces (bench/editor-trace.ts).
async function timed(name, action, check, what) {
  const t = performance.now();
  action();
  await until(check, what);
  document.body.offsetWidth;
  performance.measure('kring ' + name, { start: t });
  return performance.now() - t;
}
window.__open = async () => {
  const t = performance.now();
  window.__m = mount(box, { initialDocument: doc, view: 'genogram', locale: 'en' });
  await until(() => nodes().length > 0 && !busy(), 'the drawing');
  document.body.offsetWidth;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
};
function centre(id) {
  const el = node(id);
  const r = el.getBoundingClientRect();
  return new DOMPoint(r.x + r.width / 2, r.y + r.height / 2).matrixTransform(el.parentNode.getScreenCTM().inverse());
}
const transformOf = () => {
  const g = box.querySelector('svg.kring-canvas > g');
  return (g.getAttribute('transform') ?? '') + '|' + g.style.transform;
};
window.__round = async (i) => {
  const api = window.__m.api;
  const out = {};
  // The canvas draws only what is in view (culling) plus the selection: the mover is selected so it is drawn,
  // and an add or undo is seen in the canvas's name, which counts the symbols of the scene.
  api.select([MOVER]);
  await new Promise((r) => requestAnimationFrame(r));
  const count = () => box.querySelector('svg.kring-canvas').getAttribute('aria-label');
  const n0 = count();
  const id = 'bench-p-' + i;
  const apply = (commands) => { const r = api.apply(commands); if (!r.ok) throw new Error(r.message); };
  out.add = await timed(
    'add',
    () => apply([
      { type: 'person.add', person: { id, name: 'Bench ' + i, gender: 'woman', birth: '2020' } },
      { type: 'parentChild.add', link: { id: 'bench-pc-' + i, parent: PARENT, child: id, kind: 'biological' } },
    ]),
    () => !busy() && count() !== n0,
    'the new person',
  );
  out.undo = await timed('undo', () => api.undo(), () => !busy() && node(id) === null && count() === n0, 'undo');
  // Delete a person without children (the inspector's delete: person.remove, which takes their links along),
  // then undo that (not timed).
  out.delete = await timed('delete', () => apply({ type: 'person.remove', id: LEAF }), () => !busy() && count() !== n0, 'the deletion');
  api.undo();
  await until(() => !busy() && count() === n0, 'the undone deletion');
  const from = centre(MOVER);
  const x0 = node(MOVER).getBoundingClientRect().x;
  out.move = await timed(
    'move',
    () => apply({ type: 'node.move', view: 'genogram', id: MOVER, position: { x: from.x + (i % 2 ? -200 : 200), y: from.y } }),
    () => !busy() && node(MOVER) !== null && Math.abs(node(MOVER).getBoundingClientRect().x - x0) > 1e-3,
    'the moved person',
  );
  const svg = box.querySelector('svg.kring-canvas');
  const t0 = transformOf();
  out.zoom = await timed(
    'zoom',
    () => svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? 100 : -100, clientX: 600, clientY: 400, bubbles: true, cancelable: true })),
    () => transformOf() !== t0,
    'the zoom',
  );
  // A year the document accepts for this person: one before or at their own birth year, or ~30 years
  // before their death, alternating so that every round changes it (royal92's mover died in 1479).
  const mover = doc.persons.find((p) => p.id === MOVER);
  const own = Number.parseInt(String(mover.birth ?? '').replace(/^~/, ''), 10);
  const died = Number.parseInt(String(mover.death ?? '').replace(/^~/, ''), 10);
  const base = Number.isFinite(own) ? own : Number.isFinite(died) ? died - 30 : 1810;
  const year = String(base - (i % 2 ? 0 : 1));
  const t1 = performance.now();
  apply({ type: 'person.update', id: MOVER, changes: { birth: year } });
  // After Svelte's flush (a microtask): a small map has drawn it; a large one is busy until its new scene is drawn.
  await Promise.resolve();
  await Promise.resolve();
  await until(() => !busy(), 'the new birth year');
  document.body.offsetWidth;
  out.birth = performance.now() - t1;
  return out;
};
`;

function directory(dir: string, prefix: string): Record<string, Route> {
  const routes: Record<string, Route> = {};
  const walk = (at: string): void => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const file = path.join(at, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|mjs)$/.test(entry.name))
        routes[`${prefix}/${path.relative(dir, file).split(path.sep).join('/')}`] = {
          body: fs.readFileSync(file),
          type: 'text/javascript',
        };
    }
  };
  walk(dir);
  return routes;
}

/** A module that imports the editor's chunk (before session 6 the entry imports it statically anyway). */
function editorChunk(dir: string): string {
  const chunks = path.join(dir, 'chunks');
  const name = fs.existsSync(chunks)
    ? fs.readdirSync(chunks).find((n) => /^editor-[\w-]{8}\.js$/.test(n))
    : undefined;
  return name ? `import '/element/chunks/${name}';\n` : '';
}

/** A server of the bench's page for `which` (the document, the element's build, the page's script). */
export async function scaleServer(which: ScaleDoc): Promise<StaticServer> {
  const doc = scaleDocument(which);
  const { parent, mover, leaf } = actors(doc);
  return serve({
    '/': { body: page, type: 'text/html' },
    '/scale.js': { body: script, type: 'text/javascript' },
    '/doc.js': {
      body: `export default ${JSON.stringify(doc)};\nexport const PARENT = ${JSON.stringify(parent)};\nexport const MOVER = ${JSON.stringify(mover)};\nexport const LEAF = ${JSON.stringify(leaf)};`,
      type: 'text/javascript',
    },
    ...directory(ELEMENT_DIR, '/element'),
    '/editor-chunk.js': { body: editorChunk(ELEMENT_DIR), type: 'text/javascript' },
  });
}

/** Opens `which` `opens` times (fresh pages), then runs `warmup` + `rounds` edit rounds on the last page. */
export async function scaleSession(
  which: ScaleDoc,
  { opens, warmup, rounds }: { opens: number; warmup: number; rounds: number },
): Promise<ScaleTimes> {
  const server = await scaleServer(which);
  const browser = await launch({ width: 1200, height: 800 });
  const times: ScaleTimes = { open: [], add: [], undo: [], delete: [], move: [], zoom: [], birth: [] };
  try {
    const p = await browser.context.newPage();
    p.setDefaultTimeout(300_000);
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    for (let i = 0; i < opens; i++) {
      await p.goto(server.origin);
      times.open.push(await p.evaluate(() => (window as unknown as { __open(): Promise<number> }).__open()));
    }
    for (let i = 0; i < warmup + rounds; i++) {
      const r = await p.evaluate(
        (k) => (window as unknown as { __round(i: number): Promise<Record<Action, number>> }).__round(k),
        i,
      );
      if (i >= warmup) for (const a of ACTIONS) times[a].push(r[a]);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

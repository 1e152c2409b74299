/**
 * The incremental canvas (keyed scene diff, level of detail, culling) draws exactly what a canvas drawn afresh
 * from the same document, viewport and selection draws: a property test over random edit sequences (add,
 * move, delete, undo, link, zoom, pan). The markup is compared canonically (attributes sorted, Svelte's
 * comment anchors left out, a moved group's translation folded into the coordinates it moves). Run twice:
 * with the map drawn synchronously, and laid out in the layout worker (whose scenes arrive as deltas from the
 * one before, state/scene-delta.ts: a structural edit sends most symbols and lines as moved, and the canvas
 * moves the elements it drew for them).
 */
import { expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import fc from 'fast-check';
import type { KringDocument } from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import Canvas from './Canvas.svelte';
import { EditorState, type SceneSources } from '../state/editor-state.svelte.js';
import { createLayoutWorker } from '../state/worker-factory.js';
import * as V from '../state/verbs.js';
import { fitBounds, panBy, zoomAt } from './viewport.js';

const WIDTH = 900;
const HEIGHT = 600;

/** How the canvas moves a symbol or line drawn before (the drawing's own pan and zoom also scale). */
const MOVED = /^translate\((\S+) (\S+)\)$/;

/** A coordinate as compared: the same number, however it was reached (an offset added, or drawn there). */
const num = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** Path data with every x and y moved by (dx, dy) (absolute commands, numbers separated by spaces). */
function movePath(d: string, dx: number, dy: number): string {
  const perCommand: Record<string, string> = {
    M: 'xy',
    L: 'xy',
    C: 'xy',
    Q: 'xy',
    H: 'x',
    V: 'y',
    A: '.....xy',
    Z: '',
  };
  let axes = '';
  let k = 0;
  return d.replace(/[A-Za-z]|-?[\d.]+(?:e-?\d+)?/g, (token) => {
    if (perCommand[token] !== undefined) {
      axes = perCommand[token];
      k = 0;
      return token;
    }
    const axis = axes[k++ % axes.length];
    return num(Number(token) + (axis === 'x' ? dx : axis === 'y' ? dy : 0));
  });
}

/**
 * Markup as compared: attributes sorted, Svelte's comment anchors left out, and a `translate(dx dy)` (how the
 * canvas moves what the layout worker's delta moved) folded into the coordinates it moves.
 */
function canonical(node: Node, dx = 0, dy = 0): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const move = MOVED.exec(node.getAttribute('transform') ?? '');
  if (move) {
    dx += Number(move[1]);
    dy += Number(move[2]);
  }
  const value = (name: string, v: string) => {
    if (name === 'x' || name === 'cx') return num(Number(v) + dx);
    if (name === 'y' || name === 'cy') return num(Number(v) + dy);
    if (name === 'd') return movePath(v, dx, dy);
    return v;
  };
  const attrs = [...node.attributes]
    .filter((a) => !(move && a.name === 'transform'))
    .map((a) => `${a.name}="${value(a.name, a.value)}"`)
    .sort()
    .join(' ');
  const children = [...node.childNodes].map((c) => canonical(c, dx, dy)).join('');
  return `<${node.localName} ${attrs}>${children}</${node.localName}>`;
}

async function mountCanvas(editor: EditorState) {
  const target = document.createElement('div');
  target.style.cssText = `position: relative; width: ${WIDTH}px; height: ${HEIGHT}px;`;
  document.body.append(target);
  const screen = await render(Canvas, { target, props: { editor, spaceHeld: false, label: 'drawing' } });
  // The canvas learns its size from a resize observer.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  flushSync();
  return {
    svg: target.querySelector('svg.kring-canvas')!,
    unmount: () => (screen.unmount(), target.remove()),
  };
}

type Step =
  | { type: 'add'; x: number; y: number }
  | { type: 'move'; pick: number; x: number; y: number }
  | { type: 'delete'; pick: number }
  | { type: 'undo' }
  | { type: 'link'; pick: number; other: number }
  | { type: 'zoom'; factor: number; sx: number; sy: number }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'select'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    x: fc.integer({ min: -500, max: 3000 }),
    y: fc.integer({ min: -200, max: 1500 }),
  }),
  fc.record({
    type: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.integer({ min: -500, max: 3000 }),
    y: fc.integer({ min: -200, max: 1500 }),
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('undo' as const) }),
  fc.record({ type: fc.constant('link' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({
    type: fc.constant('zoom' as const),
    factor: fc.constantFrom(0.3, 0.6, 1.6, 3),
    sx: fc.integer({ min: 0, max: WIDTH }),
    sy: fc.integer({ min: 0, max: HEIGHT }),
  }),
  fc.record({
    type: fc.constant('pan' as const),
    dx: fc.integer({ min: -800, max: 800 }),
    dy: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ type: fc.constant('select' as const), pick: fc.nat() }),
);

function run(editor: EditorState, s: Step): void {
  const ids = editor.doc.persons.map((p) => p.id);
  const pick = (n: number) => ids[n % ids.length]!;
  switch (s.type) {
    case 'add':
      V.addEntityVerb.run(editor, 'person', { x: s.x, y: s.y });
      break;
    case 'move':
      V.moveNodes.run(editor, [{ id: pick(s.pick), to: { x: s.x, y: s.y } }]);
      break;
    case 'delete':
      V.select.run(editor, [pick(s.pick)]);
      V.deleteSelection.run(editor);
      break;
    case 'undo':
      V.undo.run(editor);
      break;
    case 'link':
      V.link.run(editor, 'emotional', [pick(s.pick), pick(s.other)]);
      break;
    case 'zoom':
      editor.viewport = zoomAt(editor.viewport, s.factor, s.sx, s.sy);
      break;
    case 'pan':
      editor.viewport = panBy(editor.viewport, s.dx, s.dy);
      break;
    case 'select':
      V.select.run(editor, [pick(s.pick)]);
      break;
  }
}

const MODES: { name: string; sources: SceneSources; runs: number; moves: boolean }[] = [
  { name: 'drawn synchronously', sources: {}, runs: 12, moves: false },
  {
    name: 'laid out in the layout worker',
    sources: {
      createWorker: createLayoutWorker,
      thresholds: { syncMaxMs: -1, offMainEntities: -1, syncEntities: -1 },
    },
    runs: 6,
    // Structural edits move symbols and lines: the delta sends them as moved, drawn by moving their elements.
    moves: true,
  },
];

for (const mode of MODES)
  test(`random edits, zooms and pans (${mode.name}): the incremental canvas draws what a fresh one draws`, async () => {
    const start: KringDocument = syntheticFamily(120, 11);
    const editor = new EditorState(start, {}, mode.sources);
    editor.locale = 'en';
    const settled = async () => {
      void editor.scene;
      await vi.waitFor(() => expect(editor.pending).toBe(false), { timeout: 20_000, interval: 5 });
      flushSync();
    };
    const incremental = await mountCanvas(editor);
    await settled();
    editor.viewport = fitBounds(editor.scene.bounds, WIDTH, HEIGHT);
    flushSync();
    let movedSeen = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          for (const s of steps) {
            run(editor, s);
            flushSync();
            await settled();
            const fresh = new EditorState(editor.doc, {});
            fresh.locale = 'en';
            fresh.selection = editor.selection;
            fresh.viewport = editor.viewport;
            const full = await mountCanvas(fresh);
            movedSeen += [...incremental.svg.querySelectorAll('[transform]')].filter((e) =>
              MOVED.test(e.getAttribute('transform')!),
            ).length;
            try {
              expect(canonical(incremental.svg)).toBe(canonical(full.svg));
            } finally {
              full.unmount();
              fresh.destroy();
            }
          }
        }),
        { numRuns: mode.runs, seed: 20261205 },
      );
      // The moved drawing was compared too (and only where the worker sends moves).
      if (mode.moves) expect(movedSeen).toBeGreaterThan(0);
      else expect(movedSeen).toBe(0);
    } finally {
      incremental.unmount();
      editor.destroy();
    }
  }, 240_000);

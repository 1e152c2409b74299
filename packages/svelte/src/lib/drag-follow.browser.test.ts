/** During a drag the lines follow the dragged symbols: re-rendered live on small maps, moved geometrically on large ones. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { KringDocument, View } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import { followEdges, movePath } from './canvas/drag-preview.js';
import { family, largeNetwork } from './state/test-fixtures.js';

async function setup(doc: KringDocument, view: View) {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1000px; height: 700px;';
  document.body.append(target);
  const changes: KringDocument[] = [];
  await render(KringEditor, {
    target,
    props: {
      initialDocument: doc,
      view,
      locale: 'en',
      panels: false,
      onchange: (d: KringDocument) => changes.push(d),
    },
  });
  return { changes };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

function pointer(type: string, x: number, y: number) {
  document
    .querySelector('svg.kring-canvas')!
    .dispatchEvent(
      new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 3, bubbles: true }),
    );
}

/** The markup of each drawn shape of the lines (a line's shapes sit in the lines' layer without a group). */
function lines(): string[] {
  const group = document.querySelector('svg.kring-canvas > g > g:nth-child(2)')!;
  return [...group.children].map((g) => g.outerHTML);
}

async function dragBy(id: string, dx: number, dy: number, steps = 4) {
  // The symbol's own shape (the group's box also holds its label).
  const r = document.querySelector(`[data-node-id="${id}"] :is(circle, rect, path)`)!.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  pointer('pointerdown', x, y);
  for (let i = 1; i <= steps; i++) {
    pointer('pointermove', x + (dx * i) / steps, y + (dy * i) / steps);
    await frame();
    await frame();
  }
  return () => pointer('pointerup', x + dx, y + dy);
}

test('small map: the lines of the dragged symbol follow during the drag, nothing fades, one change on release', async () => {
  const { changes } = await setup(family(), 'ecogram');
  const before = lines();
  const release = await dragBy('p-cor', 80, 40);
  const during = lines();
  expect(during).toHaveLength(before.length);
  const changed = during.filter((l, i) => l !== before[i]);
  expect(changed.length).toBeGreaterThan(0);
  expect(document.querySelector('.kring-detached')).toBeNull();
  expect(changes).toHaveLength(0);
  release();
  await frame();
  expect(changes).toHaveLength(1);
  // After release the committed drawing shows the lines where the preview had them.
  expect(lines().filter((l, i) => l !== before[i]).length).toBeGreaterThan(0);
});

test('large ecogram (200 alters): only the lines attached to the dragged symbol move, the others stay', async () => {
  await setup(largeNetwork(200), 'ecogram');
  const before = lines();
  const release = await dragBy('a7', 60, 30);
  const during = lines();
  // The attached lines are drawn last during the drag: compare as sets, not by position.
  const was = new Set(before);
  const changed = during.filter((l) => !was.has(l));
  expect(during).toHaveLength(before.length);
  // The dragged alter's tie (its line and marks), nothing else.
  expect(changed.length).toBeGreaterThanOrEqual(1);
  expect(changed.length).toBeLessThanOrEqual(3);
  release();
});

test('movePath moves only the points a function moves, and turns H and V into L', () => {
  const right = (x: number, y: number) => (x > 50 ? { x: x + 10, y: y + 5 } : { x, y });
  expect(movePath('M0 0 L100 0', right)).toBe('M0 0 L110 5');
  expect(movePath('M0 0 H100 V20 Z', right)).toBe('M0 0 L110 5 L110 25 Z');
  expect(movePath('M0 0 Q60 0 100 10', right)).toBe('M0 0 Q70 5 110 15');
  expect(movePath('M0 0 A5 5 0 0 1 100 0', right)).toBe('M0 0 A5 5 0 0 1 110 5');
});

test('followEdges: a line between two dragged symbols moves whole, a line to one moves only at that end', () => {
  const node = (id: string, x: number) => ({
    id,
    kind: 'person' as const,
    x,
    y: 0,
    width: 20,
    height: 20,
    label: id,
    shapes: [],
  });
  const nodes = [node('a', 0), node('b', 200), node('c', 400)];
  const edges = [
    {
      id: 'ab',
      kind: 'tie' as const,
      from: 'a',
      to: 'b',
      shapes: [{ type: 'path' as const, d: 'M20 10 L200 10' }],
    },
    {
      id: 'bc',
      kind: 'tie' as const,
      from: 'b',
      to: 'c',
      shapes: [{ type: 'path' as const, d: 'M220 10 L400 10' }],
    },
    {
      id: 'ac',
      kind: 'tie' as const,
      from: 'a',
      to: 'c',
      shapes: [{ type: 'path' as const, d: 'M20 10 L400 10' }],
    },
  ];
  const moved = followEdges(edges, nodes, new Set(['a', 'b']), 5, 7);
  expect(moved[0]!.shapes[0]).toEqual({ type: 'path', d: 'M25 17 L205 17' });
  expect(moved[1]!.shapes[0]).toEqual({ type: 'path', d: 'M225 17 L400 10' });
  expect(moved[2]!.shapes[0]).toEqual({ type: 'path', d: 'M25 17 L400 10' });
  expect(followEdges(edges, nodes, new Set(['c']), 0, 0)[0]).toBe(edges[0]);
});

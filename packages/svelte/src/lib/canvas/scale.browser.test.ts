/**
 * The canvas at genealogy scale (the synthetic family of @kring/examples): one edit touches only the changed
 * DOM (counted with a MutationObserver), and the figures (elements, ms of one edit to the DOM) are printed,
 * never asserted (budgets live in bench/).
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import {
  addEmotional,
  addPerson,
  moveNode,
  updatePerson,
  type Command,
  type KringDocument,
} from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import { renderGenogram } from '@kring/genogram';
import KringEditor from '../KringEditor.svelte';
import type { KringEditorApi } from '../state/api.js';

async function setup(doc: KringDocument) {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1200px; height: 800px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const t0 = performance.now();
  await render(KringEditor, {
    target,
    props: { initialDocument: doc, locale: 'en', panels: false, onready: (a: KringEditorApi) => (api = a) },
  });
  // The canvas gets its size (a resize observer), then fits the drawing: two frames.
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  flushSync();
  void document.body.offsetWidth;
  const openMs = performance.now() - t0;
  const svg = target.querySelector('svg.kring-canvas')!;
  return { api: api!, svg, openMs, target };
}

interface Touched {
  ms: number;
  added: number;
  removed: number;
  attributes: number;
  text: number;
}

/** Runs one edit and reports how long until the DOM is updated and laid out, and what changed in the SVG. */
function edit(svg: Element, run: () => void): Touched {
  const observer = new MutationObserver(() => {});
  observer.observe(svg, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    attributeOldValue: true,
  });
  const t = performance.now();
  run();
  flushSync();
  void document.body.offsetWidth;
  const ms = performance.now() - t;
  const records = observer.takeRecords();
  observer.disconnect();
  const sample = records
    .filter((r) => r.type === 'attributes')
    .slice(0, 6)
    .map(
      (r) =>
        `${(r.target as Element).tagName}.${r.attributeName}: ${r.oldValue} -> ${(r.target as Element).getAttribute(r.attributeName!)}`,
    );
  console.log(sample.join('\n'));
  const count = (f: (r: MutationRecord) => number) => records.reduce((n, r) => n + f(r), 0);
  return {
    ms: Math.round(ms),
    added: count((r) => r.addedNodes.length),
    removed: count((r) => r.removedNodes.length),
    attributes: count((r) => (r.type === 'attributes' ? 1 : 0)),
    text: count((r) => (r.type === 'characterData' ? 1 : 0)),
  };
}

const apply = (api: KringEditorApi, c: Command) => () => {
  const result = api.apply(c);
  if (!result.ok) throw new Error(result.message);
};

for (const size of [500, 5000]) {
  test(`${size} persons: one edit touches only the changed DOM`, async () => {
    const doc = syntheticFamily(size, 7);
    const { api, svg, openMs } = await setup(doc);
    const elements = svg.querySelectorAll('*').length;
    // The scene alone (layout and shapes, warm): what an edit costs before the canvas draws anything.
    renderGenogram(doc, { locale: 'en' });
    const r0 = performance.now();
    renderGenogram(doc, { locale: 'en' });
    const renderMs = Math.round(performance.now() - r0);
    const [a, b] = [doc.persons[size / 2]!, doc.persons[size / 2 + 1]!];
    const added = edit(svg, apply(api, addPerson({ id: 'new-1', name: 'Nieuw', gender: 'woman' })));
    const moved = edit(svg, apply(api, moveNode('genogram', a.id, { x: -400, y: -400 })));
    const linked = edit(svg, apply(api, addEmotional({ id: 'em-new', a: a.id, b: b.id, kind: 'conflict' })));
    const undone = edit(svg, () => api.undo());
    // A rename of a drawn person (the same letters backwards: the layout keeps its room): only its label and
    // name change, whatever the size of the map.
    const box = svg.getBoundingClientRect();
    for (let i = 0; i < 12 && !svg.querySelector('.kring-node-text'); i++) {
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          clientX: box.left + 600,
          clientY: box.top + 400,
          cancelable: true,
        }),
      );
      flushSync();
    }
    const label = svg.querySelector('.kring-node-text');
    expect(label).not.toBeNull();
    const shown = label!.previousElementSibling!.getAttribute('data-node-id')!;
    const name = api.getDocument().persons.find((p) => p.id === shown)!.name!;
    const renamed = edit(svg, apply(api, updatePerson(shown, { name: [...name].reverse().join('') })));
    const back = edit(svg, () => api.undo());
    expect(renamed.text + renamed.added).toBeGreaterThan(0);
    expect(renamed.added + renamed.removed + renamed.attributes + renamed.text).toBeLessThanOrEqual(8);
    expect(back.added + back.removed + back.attributes + back.text).toBeLessThanOrEqual(8);
    console.log(
      JSON.stringify({
        size,
        openMs: Math.round(openMs),
        renderMs,
        elements,
        added,
        moved,
        linked,
        undone,
        renamed,
      }),
    );
    expect(elements).toBeGreaterThan(0);
  }, 120_000);
}

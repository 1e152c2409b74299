/**
 * Level of detail of a line's texts (detail.ts `readableShapes`): a marriage's "geh. 1947" is drawn while it
 * is at least LABEL_MIN_PX tall on screen, and left out below that with its line still drawn, like the
 * symbols' texts.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import { newDocument } from '@kring/core';
import Canvas from './Canvas.svelte';
import { EditorState } from '../state/editor-state.svelte.js';

test("a marriage's label is drawn when readable, left out when a zoom makes it too small, its line kept", async () => {
  const doc = newDocument({ title: 'Test', referenceDate: '2026-01-01', focus: 'jan' });
  doc.persons.push({ id: 'jan', name: 'Jan', gender: 'man' }, { id: 'els', name: 'Els', gender: 'woman' });
  doc.partnerships.push({
    id: 'm1',
    a: 'jan',
    b: 'els',
    type: 'marriage',
    events: [{ kind: 'married', date: '1947' }],
  });
  const editor = new EditorState(doc, {});
  const target = document.createElement('div');
  target.style.cssText = 'position: relative; width: 800px; height: 600px;';
  document.body.append(target);
  const screen = await render(Canvas, { target, props: { editor, spaceHeld: false, label: 'drawing' } });
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  const marriage = editor.scene.edges.find((e) => e.id === 'm1')!;
  const label = marriage.shapes.find((s) => s.type === 'text')!;
  expect(label.type === 'text' && label.text).toBe('geh. 1947');
  const names = editor.scene.nodes.flatMap((n) => n.shapes).filter((s) => s.type === 'text');
  const smallestName = Math.min(...names.map((s) => (s.type === 'text' ? s.size : Infinity)));
  const size = label.type === 'text' ? label.size : 0;
  // The label is the smallest text here: between its size and the names' there is a zoom that drops it alone.
  expect(size).toBeLessThan(smallestName);
  const texts = () => [...target.querySelectorAll('svg.kring-canvas text')].map((t) => t.textContent);
  const lines = () => target.querySelectorAll('svg.kring-canvas path').length;

  editor.viewport = { x: 0, y: 0, k: 1 };
  flushSync();
  expect(texts()).toContain('geh. 1947');
  const linesDrawn = lines();

  // At this zoom the label is under 6 px and every symbol's text is at least 6 px.
  const k = 6 / smallestName;
  expect(size * k).toBeLessThan(6);
  editor.viewport = { x: 0, y: 0, k };
  flushSync();
  expect(texts()).not.toContain('geh. 1947');
  expect(texts()).toContain('Jan');
  expect(lines()).toBe(linesDrawn);

  editor.viewport = { x: 0, y: 0, k: 1 };
  flushSync();
  expect(texts()).toContain('geh. 1947');
  screen.unmount();
  target.remove();
});

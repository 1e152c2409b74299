/**
 * "Fit" at genealogy scale: a 5,000-person genogram is far wider than the canvas at the ordinary least zoom
 * (MIN_ZOOM). It opens around the focus person at the least readable zoom (names READABLE_PX high, most of
 * the map culled); the Fit button shows it whole, far away as plain marks (far-marks.ts), and zooming out
 * stops at that whole view.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import { syntheticFamily } from '@kring/examples/synthetic';
import { renderGenogram } from '@kring/genogram';
import KringEditor from '../KringEditor.svelte';
import type { KringEditorApi } from '../state/api.js';
import { MIN_ZOOM } from './viewport.js';
import { MARK_MAX_PX } from './far-marks.js';
import { nameSize, READABLE_PX } from '../state/readable-view.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

test(
  'the Fit button shows a 5,000-person genogram whole, and zooming out stops there',
  { timeout: 120_000 },
  async () => {
    const doc = syntheticFamily(5000, 7);
    const target = document.createElement('div');
    target.style.cssText = 'width: 1200px; height: 800px;';
    document.body.append(target);
    let api: KringEditorApi | undefined;
    await render(KringEditor, {
      target,
      props: { initialDocument: doc, locale: 'en', panels: false, onready: (a: KringEditorApi) => (api = a) },
    });
    // The canvas gets its size (a resize observer), then fits the drawing.
    await frames(3);
    flushSync();
    const svg = target.querySelector('svg.kring-canvas')!;
    const group = svg.querySelector(':scope > g[transform]')!;
    const read = () => {
      const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
        group.getAttribute('transform')!,
      )!;
      return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
    };
    const width = svg.getBoundingClientRect().width;
    const scene = renderGenogram(doc, { locale: 'en' });
    const bounds = scene.bounds;
    expect(bounds.width * MIN_ZOOM).toBeGreaterThan(width);
    // Opened around the focus person, names readable.
    const opened = read();
    expect(opened.k * nameSize(scene)!).toBeCloseTo(READABLE_PX);
    const focus = scene.nodes.find((n) => n.id === doc.focus)!;
    const height = svg.getBoundingClientRect().height;
    const at = {
      x: (focus.x + focus.width / 2) * opened.k + opened.x,
      y: (focus.y + focus.height / 2) * opened.k + opened.y,
    };
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(width);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(height);
    expect(svg.querySelector(`[data-node-id="${doc.focus}"] + .kring-node-text text`)).not.toBeNull();

    api!.fit();
    await frames(2);
    flushSync();
    const v = read();
    expect(v.k).toBeLessThan(MIN_ZOOM);
    expect(bounds.x * v.k + v.x).toBeGreaterThanOrEqual(0);
    expect((bounds.x + bounds.width) * v.k + v.x).toBeLessThanOrEqual(width);
    // Zooming out further (the wheel) keeps the whole view's zoom.
    svg.dispatchEvent(
      new WheelEvent('wheel', { deltaY: 100, clientX: 600, clientY: 400, bubbles: true, cancelable: true }),
    );
    flushSync();
    expect(read().k).toBeCloseTo(v.k, 9);

    // Far away (symbols under MARK_MAX_PX): plain marks and lines, one path per style, instead of 5,000
    // symbols; only the Tab stop keeps its own element.
    const drawing = svg.querySelector(':scope > g[transform]')!;
    expect(drawing.querySelectorAll('.kring-far').length).toBeGreaterThan(0);
    expect(drawing.querySelectorAll('.kring-node').length).toBe(1);
    expect(drawing.querySelectorAll('*').length).toBeLessThan(40);
    // A click on a mark selects that person and gives it the keyboard, drawn whole.
    const person = scene.nodes[Math.floor(scene.nodes.length / 2)]!;
    const box = svg.getBoundingClientRect();
    const at2 = {
      clientX: box.left + (person.x + person.width / 2) * v.k + v.x,
      clientY: box.top + (person.y + person.height / 2) * v.k + v.y,
    };
    for (const type of ['pointerdown', 'pointerup'])
      svg.dispatchEvent(new PointerEvent(type, { ...at2, button: 0, pointerId: 5, bubbles: true }));
    flushSync();
    const focused = document.activeElement;
    expect(focused?.getAttribute('data-node-id')).toBe(person.id);
    expect(focused?.getAttribute('aria-pressed')).toBe('true');
    // Zoomed in until symbols are MARK_MAX_PX or larger: every symbol in view is drawn whole again.
    const now = svg.getBoundingClientRect();
    const on = {
      clientX: now.left + (person.x + person.width / 2) * v.k + v.x,
      clientY: now.top + (person.y + person.height / 2) * v.k + v.y,
    };
    for (let i = 0; i < 30 && read().k * 40 < MARK_MAX_PX; i++) {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ...on, bubbles: true, cancelable: true }));
      flushSync();
    }
    expect(drawing.querySelectorAll('.kring-far').length).toBe(0);
    expect(drawing.querySelectorAll('.kring-node').length).toBeGreaterThan(1);
  },
);

/**
 * A tap on a phone leaves the drawing under the finger. In the built demo at 390×844 with a touch screen, a tap
 * on a person in the Noor genogram selects them and shows the context row (their relatives); the canvas keeps
 * its box and the tapped symbol stays where the finger is (it jumped 41–42 px down when the row pushed the
 * canvas down): the row's place is kept on a phone whether or not something is selected. A second tap, where
 * the user saw another person before the first, selects that person. The same in the ecogram (the tie form)
 * and on a touch tablet. At 320×640 the toolbar is two deliberate lines and the tie form fits whole.
 * Screenshots go to test-results/phone/ (not committed) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type Demo, openDemo, openExample, WCAG_AA } from './harness.js';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/phone');

interface Seen {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** The canvas's box and the symbols wholly inside it (not under the toolbar or the tray), by their centres. */
function look(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.kring-editor svg.kring-canvas')!;
    const box = svg.getBoundingClientRect();
    const covers = [
      ...document.querySelectorAll('.kring-editor .kring-tray, .kring-editor .kring-context'),
    ].map((el) => el.getBoundingClientRect());
    const nodes: Seen[] = [];
    for (const n of svg.querySelectorAll<SVGGElement>('.kring-node[data-node-id]')) {
      const r = n.getBoundingClientRect();
      if (
        r.width === 0 ||
        r.top < box.top ||
        r.bottom > box.bottom ||
        r.left < box.left ||
        r.right > box.right
      )
        continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (covers.some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom)) continue;
      nodes.push({ id: n.dataset['nodeId']!, label: n.getAttribute('aria-label') ?? '', x, y });
    }
    return { canvas: { x: box.x, y: box.y, width: box.width, height: box.height }, nodes };
  });
}

const selected = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.kring-editor .kring-node[aria-pressed="true"]')].map(
      (n) => (n as SVGGElement).dataset['nodeId'],
    ),
  );

/** Two animation frames: whatever the selection changes in the layout has been drawn. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );

/**
 * Taps a person, then (where the user saw them before the first tap) another: each tap selects the person
 * under the finger, shows the context row `row`, and moves neither the canvas nor that person by more than a
 * pixel.
 */
async function tapTwice(demo: Demo, shots: string, row: string): Promise<void> {
  const { page } = demo;
  await page.locator('.kring-editor .kring-node[data-node-id]').first().waitFor();
  await settle(page);
  const before = await look(page);
  expect(before.nodes.length).toBeGreaterThan(2);
  await page.screenshot({ path: path.join(SHOTS, `${shots}-before-tap.png`) });

  // The first person, then the one farthest from them (another row of the drawing if there is one).
  const first = before.nodes[0]!;
  const second = before.nodes.reduce((a, b) =>
    Math.hypot(b.x - first.x, b.y - first.y) > Math.hypot(a.x - first.x, a.y - first.y) ? b : a,
  );
  for (const [n, who] of [first, second].entries()) {
    await page.touchscreen.tap(who.x, who.y);
    await expect.poll(() => selected(page)).toEqual([who.id]);
    await page.locator(`.kring-editor ${row}`).waitFor();
    await settle(page);
    const after = await look(page);
    if (n === 0) await page.screenshot({ path: path.join(SHOTS, `${shots}-after-tap.png`) });
    expect(after.canvas).toEqual(before.canvas);
    const now = after.nodes.find((node) => node.id === who.id);
    expect(now, `${who.label} is still in view`).toBeDefined();
    expect(Math.abs(now!.x - who.x), who.label).toBeLessThanOrEqual(1);
    expect(Math.abs(now!.y - who.y), who.label).toBeLessThanOrEqual(1);
  }
  expect(demo.consoleErrors).toEqual([]);
}

async function showView(page: Page, view: string): Promise<void> {
  await page.locator('.kring-editor').getByRole('button', { name: view, exact: true }).tap();
  await page.locator('.kring-editor button[aria-pressed="true"]', { hasText: view }).waitFor();
}

describe('on a 390×844 phone', () => {
  let demo: Demo;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    demo = await openDemo({ viewport: { width: 390, height: 844 }, touch: true });
    await demo.markLoaded();
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('genogram: a tap selects the person under the finger and shows their relatives without moving the drawing; a second tap selects another', async () => {
    await openExample(demo.page, 'Noor');
    // Before any tap the row is there already, saying what it is for.
    await demo.page.getByText('Kies iemand voor meer acties').waitFor();
    expect(await axeViolations(demo.page, { tags: WCAG_AA })).toEqual([]);
    await tapTwice(demo, '390x844-Noor-genogram', '.kring-context[role="group"]');
    expect(await axeViolations(demo.page, { tags: WCAG_AA })).toEqual([]);
  });

  test('ecogram: a tap shows the tie form without moving the drawing', async () => {
    await showView(demo.page, 'ecogram');
    await tapTwice(demo, '390x844-Noor-ecogram', 'form.kring-context');
  });
});

describe('on an 820×1180 touch tablet', () => {
  test('genogram: a tap leaves the drawing under the finger', async () => {
    const demo = await openDemo({ viewport: { width: 820, height: 1180 }, touch: true });
    try {
      await demo.markLoaded();
      await openExample(demo.page, 'Noor');
      await tapTwice(demo, '820x1180-Noor-genogram', '.kring-context[role="group"]');
    } finally {
      await demo.close();
    }
  });
});

describe('at 320×640 (reflow)', () => {
  test('the idle row says its words whole in Dutch and English, and the page does not scroll sideways', async () => {
    const demo = await openDemo({ viewport: { width: 320, height: 640 }, touch: true });
    try {
      await demo.markLoaded();
      const { page } = demo;
      await openExample(page, 'Noor');
      const idle = () =>
        page.evaluate(() => {
          const span = document.querySelector<HTMLElement>('.kring-editor .kring-context-idle-text > span')!;
          return {
            text: span.textContent,
            whole: span.scrollWidth <= span.clientWidth,
            pageScrolls: document.documentElement.scrollWidth > innerWidth,
          };
        });
      expect(await idle()).toEqual({ text: 'Kies iemand voor meer acties', whole: true, pageScrolls: false });
      await page.screenshot({ path: path.join(SHOTS, '320x640-Noor-nl.png') });
      await page.getByRole('button', { name: 'English' }).tap();
      await expect.poll(async () => (await idle()).text).toBe('Select someone for more actions');
      expect(await idle()).toEqual({
        text: 'Select someone for more actions',
        whole: true,
        pageScrolls: false,
      });
      await page.screenshot({ path: path.join(SHOTS, '320x640-Noor-en.png') });
      expect(demo.consoleErrors).toEqual([]);
    } finally {
      await demo.close();
    }
  });

  test('the toolbar is two deliberate lines (the views, then tools and "More"), and the tie form fits whole with a readable list, in Dutch and English', async () => {
    const demo = await openDemo({ viewport: { width: 320, height: 640 }, touch: true });
    try {
      await demo.markLoaded();
      const { page } = demo;
      await openExample(page, 'Noor');
      // The main row's buttons by line (their tops), whether all are inside the row, the smallest target.
      const toolbar = () =>
        page.evaluate(() => {
          const row = document.querySelector('.kring-editor .kring-main-row')!;
          const box = row.getBoundingClientRect();
          const lines = new Map<number, string[]>();
          let inside = true;
          let smallest = Infinity;
          for (const b of row.querySelectorAll('button')) {
            const r = b.getBoundingClientRect();
            if (r.width === 0) continue;
            const top = Math.round(r.top);
            lines.set(top, [...(lines.get(top) ?? []), b.textContent!.trim()]);
            inside &&= r.left >= box.left && r.right <= box.right;
            smallest = Math.min(smallest, r.width, r.height);
          }
          return { lines: [...lines.values()], inside, smallest };
        });
      // The tie form: nothing scrolled out of sight, the list beside (not under) its button.
      const tieForm = () =>
        page.evaluate(() => {
          const form = document.querySelector('.kring-editor form.kring-context')!;
          const list = form.querySelector('select')!.getBoundingClientRect();
          const button = form.querySelector('button')!.getBoundingClientRect();
          return {
            whole: form.scrollWidth <= form.clientWidth,
            apart: list.right <= button.left,
            listWidth: list.width,
          };
        });
      for (const language of ['nl', 'en']) {
        if (language === 'en') await page.getByRole('button', { name: 'English' }).tap();
        await expect.poll(async () => (await toolbar()).lines.length).toBe(2);
        const bar = await toolbar();
        expect(bar.lines[0]).toEqual(['genogram', 'ecogram', 'sociogram']);
        expect(bar.lines[1]!.length, bar.lines[1]!.join(' | ')).toBeGreaterThanOrEqual(2);
        expect(bar.inside).toBe(true);
        expect(bar.smallest).toBeGreaterThanOrEqual(24);
        await showView(page, 'ecogram');
        await settle(page);
        const who = (await look(page)).nodes[0]!;
        await page.touchscreen.tap(who.x, who.y);
        await page.locator('.kring-editor form.kring-context').waitFor();
        await page.screenshot({ path: path.join(SHOTS, `320x640-Noor-ecogram-tie-${language}.png`) });
        const tie = await tieForm();
        expect(tie.whole, language).toBe(true);
        expect(tie.apart, language).toBe(true);
        // At least 5em (70 px at the editor's 14 px): about ten letters of a name.
        expect(tie.listWidth, language).toBeGreaterThanOrEqual(70);
        expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
        await showView(page, 'genogram');
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)).toBe(false);
      expect(demo.consoleErrors).toEqual([]);
    } finally {
      await demo.close();
    }
  });
});

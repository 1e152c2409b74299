/**
 * On a 390×844 phone with a touch screen, a tap on a person in the Noor genogram selects them and the drawing
 * stays where it is under the finger: the same zoom, the symbol at the same spot, though the context row of the
 * selection appears above the drawing and the canvas shrinks by its height.
 */
import { expect, test } from 'vitest';
import { openDemo, openExample } from './harness.js';

test('a tap on a person selects them without zooming or moving the drawing', async () => {
  const demo = await openDemo({ viewport: { width: 390, height: 844 }, touch: true });
  try {
    await demo.markLoaded();
    const { page } = demo;
    await openExample(page, 'Noor');
    const state = () =>
      page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.kring-editor svg.kring-canvas')!;
        const g = svg.querySelector<SVGGElement>(':scope > g')!;
        const ctm = g.getScreenCTM()!;
        const nodes = [...svg.querySelectorAll<SVGGElement>('[data-node-id]')];
        const inView = nodes.find((n) => {
          const r = n.getBoundingClientRect();
          const box = svg.getBoundingClientRect();
          return r.width > 0 && r.top > box.top + 60 && r.bottom < box.bottom - 20 && r.left > 10;
        });
        const r = inView?.getBoundingClientRect();
        return {
          k: Math.hypot(ctm.a, ctm.b),
          origin: { x: ctm.e, y: ctm.f },
          canvasTop: svg.getBoundingClientRect().top,
          id: inView?.getAttribute('data-node-id') ?? '',
          centre: r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: 0, y: 0 },
        };
      });
    const before = await state();
    expect(before.id).not.toBe('');
    await page.touchscreen.tap(before.centre.x, before.centre.y);
    await page.locator(`.kring-editor [data-node-id="${before.id}"][aria-pressed="true"]`).waitFor();
    await page.locator('.kring-editor .kring-context').waitFor();
    await page.waitForTimeout(300);
    const after = await state();
    expect(after.canvasTop).toBeGreaterThan(before.canvasTop);
    expect(after.k).toBeCloseTo(before.k, 6);
    // The drawing's origin on the page did not move, so neither did the tapped symbol.
    expect(Math.abs(after.origin.x - before.origin.x)).toBeLessThan(1);
    expect(Math.abs(after.origin.y - before.origin.y)).toBeLessThan(1);
    expect(demo.consoleErrors).toEqual([]);
  } finally {
    await demo.close();
  }
});

/**
 * Trainer mode on a projector, in the built demo at 1920x1080: for each example case and view, every text
 * of the map as shown (computed font size x the current zoom) at every step is at least 24 px, and the map
 * fills the stage. Screenshots go to test-results/trainer/ (not committed) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDemo, type Demo } from './harness.js';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/trainer');
const CASES = ['Noor', 'Bakker', 'Mila'] as const;
const VIEWS = ['genogram', 'ecogram', 'sociogram'] as const;

interface Measure {
  minLabel: number;
  smallest: string;
  labels: number;
  stageShare: number;
}

/** The smallest text of the trainer's map as shown, and the share of the window the stage gets. */
async function measure(demo: Demo): Promise<Measure> {
  return demo.page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.trainer-map')!;
    const r = svg.getBoundingClientRect();
    let minLabel = Infinity;
    let smallest = '';
    let labels = 0;
    for (const text of svg.querySelectorAll('text')) {
      if ((text.textContent ?? '').trim() === '') continue;
      labels++;
      const ctm = text.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (px < minLabel) [minLabel, smallest] = [px, text.textContent ?? ''];
    }
    return { minLabel, smallest, labels, stageShare: (r.width * r.height) / (innerWidth * innerHeight) };
  });
}

async function openExample(demo: Demo, name: string): Promise<void> {
  const { page } = demo;
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^Voorbeeld openen: .*${name}`) }).click();
  await page.locator('.kring-editor svg.kring-canvas').waitFor();
}

describe('at 1920x1080', () => {
  let demo: Demo;
  const measured: Record<string, Measure[]> = {};
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    demo = await openDemo({ viewport: { width: 1920, height: 1080 } });
    await demo.page.emulateMedia({ reducedMotion: 'reduce' });
    await demo.markLoaded();
    const { page } = demo;
    for (const name of CASES) {
      await openExample(demo, name);
      for (const view of VIEWS) {
        await page.locator('.kring-editor').getByRole('button', { name: view, exact: true }).click();
        await page.getByRole('button', { name: 'Trainersmodus' }).click();
        const counter = page.getByText(/^Stap \d+ van \d+$/);
        await counter.waitFor();
        const total = Number(/van (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
        const list: Measure[] = [];
        for (let i = 1; i <= total; i++) {
          await page.locator('svg.trainer-map').waitFor();
          list.push(await measure(demo));
          if (i === 1 || i === Math.ceil(total / 2) || i === total)
            await page.screenshot({ path: path.join(SHOTS, `1920x1080-${name}-${view}-${i}.png`) });
          if (i < total) await page.keyboard.press('PageDown');
        }
        measured[`${name} ${view}`] = list;
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Trainersmodus' }).waitFor();
      }
    }
    console.log(
      Object.entries(measured)
        .map(([k, list]) => {
          const min = list.reduce((a, b) => (b.minLabel < a.minLabel ? b : a));
          return `${k}: ${list.length} steps, smallest text ${min.minLabel.toFixed(1)} px (${min.smallest}), stage ${Math.round(list[0]!.stageShare * 100)} % of the window`;
        })
        .join('\n'),
    );
  }, 600_000);
  afterAll(async () => {
    await demo?.close();
  });

  test.each(CASES)('%s: every text at every step is at least 24 px in every view', (name) => {
    for (const view of VIEWS)
      for (const [i, m] of measured[`${name} ${view}`]!.entries()) {
        expect(m.labels, `${name} ${view} step ${i + 1}`).toBeGreaterThan(0);
        expect(m.minLabel, `${name} ${view} step ${i + 1}: ${m.smallest}`).toBeGreaterThanOrEqual(24);
      }
  });

  test('the map gets most of the window', () => {
    for (const list of Object.values(measured)) expect(list[0]!.stageShare).toBeGreaterThanOrEqual(0.7);
  });
});

/**
 * Trainer mode on a projector, in the built demo at 1920x1080: for each example case and view, every text
 * of the map as shown (computed font size x the current zoom) at every step is at least 24 px, and the map
 * fills the stage; full screen enlarges the stage. A trainer authors a five-step lesson (a text slide, a
 * hidden step, a note, a highlight), reloads, and presents it with its notes in the speaker window; axe finds
 * nothing in the lesson editor. Screenshots go to test-results/trainer/ (not committed) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type Demo, openDemo, openExample, WCAG_AA } from './harness.js';

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
      await openExample(demo.page, name);
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

describe('a lesson at 1920x1080', () => {
  let demo: Demo;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    demo = await openDemo({ viewport: { width: 1920, height: 1080 } });
    await demo.page.emulateMedia({ reducedMotion: 'reduce' });
    await demo.markLoaded();
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('Play builds the map up by itself at the chosen speed; a step by hand pauses it', async () => {
    const { page } = demo;
    await openExample(demo.page, 'Noor');
    await page.getByRole('button', { name: 'Trainersmodus' }).click();
    const counter = page.getByText(/^Stap \d+ van \d+$/);
    await expect.poll(() => counter.textContent()).toMatch(/^Stap 1 van/);
    await page.getByLabel('Snelheid').selectOption('2');
    const play = page.getByRole('button', { name: 'Afspelen' });
    await play.click();
    await expect.poll(() => counter.textContent(), { timeout: 6000 }).toMatch(/^Stap 3 van/);
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('button', { name: 'Afspelen' }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    const paused = await counter.textContent();
    await page.waitForTimeout(2000);
    expect(await counter.textContent()).toBe(paused);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Trainersmodus' }).waitFor();
  });

  test('full screen gives the stage the whole screen', async () => {
    const { page } = demo;
    await openExample(demo.page, 'Noor');
    await page.getByRole('button', { name: 'Trainersmodus' }).click();
    const stage = page.locator('svg.trainer-map');
    await stage.waitFor();
    const before = (await stage.boundingBox())!;
    await page.getByRole('button', { name: 'Volledig scherm' }).click();
    await page.getByRole('button', { name: 'Volledig scherm verlaten' }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('trainer'))).toBe(true);
    // Headless, the screen is the window: the stage keeps (at least) its size; on a real screen it grows.
    const after = (await stage.boundingBox())!;
    expect(after.width).toBeGreaterThanOrEqual(before.width);
    expect(after.height).toBeGreaterThanOrEqual(before.height);
    expect((after.width * after.height) / (1920 * 1080)).toBeGreaterThan(0.8);
    await page.getByRole('button', { name: 'Volledig scherm verlaten' }).click();
    await page.getByRole('button', { name: 'Volledig scherm', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Trainersmodus' }).waitFor();
  });

  test('a trainer authors a five-step lesson, reloads and presents it', async () => {
    const { page } = demo;
    await page.getByRole('button', { name: 'Trainersmodus' }).click();
    await page.getByRole('button', { name: 'Nieuwe les' }).click();
    const editor = page.getByRole('region', { name: 'Les bewerken' });
    await editor.waitFor();
    // Keep four steps of the map: take the others out of the lesson.
    const remove = (n: number) => editor.getByRole('button', { name: `Stap ${n} uit de les halen` });
    while ((await remove(5).count()) > 0) await remove(5).click();
    expect(await editor.getByRole('listitem').count()).toBe(4);
    // A text slide, moved to the front.
    await editor.getByRole('button', { name: 'Tekstdia toevoegen' }).click();
    await expect.poll(() => editor.getByRole('listitem').count()).toBe(5);
    const slideRow = () => editor.getByRole('listitem').filter({ hasText: 'Tekstdia' });
    let at = await editor
      .getByRole('listitem')
      .evaluateAll((items) => items.findIndex((li) => li.textContent?.includes('Tekstdia')));
    while (at > 0) {
      await editor.getByRole('button', { name: `Stap ${at + 1} omhoog` }).click();
      at--;
    }
    await slideRow().getByLabel('Titel van de dia').fill('Wie helpt Noor?');
    await slideRow().getByLabel('Titel van de dia').press('Tab');
    await slideRow().getByLabel('Tekst van de dia').fill('Kijk naar wie er dichtbij staat.');
    await slideRow().getByLabel('Tekst van de dia').press('Tab');
    // A note on step 2, a highlight on step 3, step 5 skipped.
    const row = (n: number) => editor.getByRole('listitem').nth(n - 1);
    await row(2).getByLabel('Notitie voor de spreker').fill('Vraag: wie kent Noor het langst?');
    await row(2).getByLabel('Notitie voor de spreker').press('Tab');
    await row(3).getByLabel('Markeren').selectOption({ label: 'Noor Verhoeven' });
    await row(5).getByRole('checkbox', { name: 'Overslaan 5' }).check();
    // The title: one edit, one undo step.
    const title = editor.getByLabel('Titel van de les');
    await title.fill('Les over Noor');
    await title.press('Tab');
    await editor.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => title.inputValue()).not.toBe('Les over Noor');
    await editor.getByRole('button', { name: 'Opnieuw doen' }).click();
    await expect.poll(() => title.inputValue()).toBe('Les over Noor');
    await page.screenshot({ path: path.join(SHOTS, 'lesson-editor.png') });
    expect(await axeViolations(demo.page, { tags: WCAG_AA })).toEqual([]);

    // Saved with the map: after a reload the lesson is there.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Trainersmodus' }).waitFor();
    await demo.reload();
    await page.getByRole('button', { name: 'Trainersmodus' }).click();
    await page.getByLabel('Les', { exact: true }).selectOption({ label: 'Les over Noor' });
    const counter = page.getByText(/^Stap \d+ van \d+$/);
    await expect.poll(() => counter.textContent()).toBe('Stap 1 van 4');
    await page.getByRole('heading', { name: 'Wie helpt Noor?' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'lesson-1-slide.png') });

    // The speaker window follows the steps and shows the note; N shows it on this screen too.
    const [speaker] = await Promise.all([
      demo.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Sprekersvenster' }).click(),
    ]);
    await page.bringToFront();
    await page.locator('section.trainer').focus();
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => speaker.locator('body').textContent())
      .toContain('Vraag: wie kent Noor het langst?');
    expect(await speaker.locator('body').textContent()).toContain('Hierna');
    await page.keyboard.press('n');
    await page.getByRole('complementary', { name: 'Notities voor de spreker' }).waitFor();
    expect(await page.getByRole('complementary').textContent()).toContain('wie kent Noor het langst');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByRole('complementary').count()).toBe(0);

    const minima: number[] = [];
    for (let step = 2; step <= 4; step++) {
      await expect.poll(() => counter.textContent()).toBe(`Stap ${step} van 4`);
      minima.push((await measure(demo)).minLabel);
      if (step === 3) {
        // The chosen highlight: the focus outlined.
        expect(await page.locator('svg.trainer-map rect.halo').count()).toBe(1);
        await page.screenshot({ path: path.join(SHOTS, 'lesson-3-highlight.png') });
      }
      if (step < 4) await page.keyboard.press('ArrowRight');
    }
    await page.screenshot({ path: path.join(SHOTS, 'lesson-4-end.png') });
    console.log(`lesson: smallest text per map step ${minima.map((m) => m.toFixed(1)).join(', ')} px`);
    for (const m of minima) expect(m).toBeGreaterThanOrEqual(24);
    await speaker.close();
    expect(demo.consoleErrors).toEqual([]);
  });
});

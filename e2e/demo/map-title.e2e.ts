/**
 * The map's title stays readable on a projector: at 1024x768 (and at the kitchen table's 1280x800), in Dutch
 * and English, the map page's row shows at least ten letters of every example's title, or the whole title
 * when it is shorter; when the row is full its buttons wrap below instead. The title used to shrink to one
 * letter ("M" for "Mila en Daan — opa, de tantes en Jeroen") behind the save state's empty reserved room.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo } from './harness.js';

/** From the start page in either language, opens the example case whose title has `name`. */
async function openCase(page: Page, name: string): Promise<void> {
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: /^(Voorbeeldcasussen|Example cases)$/ }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^(Voorbeeld openen|Open example): .*${name}`) }).click();
  await page.locator('.kring-editor svg.kring-canvas').waitFor();
}

const CASES = ['Noor', 'Bakker', 'Mila'] as const;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;

describe.each(SIZES)('at $width×$height', (size) => {
  test.each(['nl', 'en'] as const)(
    '%s: the title shows ten letters at least, and nothing leaves the row',
    async (language) => {
      const demo = await openDemo({ viewport: size });
      try {
        await demo.markLoaded();
        const { page } = demo;
        for (const name of CASES) {
          await openCase(page, name);
          if (language === 'en' && (await page.locator('.kring-editor[lang="en"]').count()) === 0) {
            await page.getByRole('button', { name: 'English' }).click();
            await page.locator('.kring-editor[lang="en"]').waitFor();
          }
          const shown = await page.evaluate(() => {
            const h1 = document.querySelector<HTMLElement>('.map-page h1')!;
            // How many letters fit in the title's box: its width over the width of one average letter.
            const perLetter = h1.scrollWidth / (h1.textContent ?? '').length;
            return {
              title: h1.textContent ?? '',
              letters: Math.floor(h1.clientWidth / perLetter),
              overflow: document.documentElement.scrollWidth - innerWidth,
            };
          });
          expect(shown.letters, shown.title).toBeGreaterThanOrEqual(Math.min(10, shown.title.length));
          expect(shown.overflow, shown.title).toBeLessThanOrEqual(0);
        }
        expect(demo.consoleErrors).toEqual([]);
      } finally {
        await demo.close();
      }
    },
  );
});

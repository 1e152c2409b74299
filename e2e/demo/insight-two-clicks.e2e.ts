/**
 * "Who could help with practical things if the neighbour drops out?" — answered in two clicks in the demo, on
 * the example "Buren en een zus" (Bakker): the Insight tab, then the neighbour's name under "who gives what".
 * The demo is opened on a desktop screen (1600 px wide), where the side panel starts open. Also golden images
 * of the insight panel and of that "what if" on the map (golden/insight/).
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { compareWithBaseline } from '../../scripts/golden/compare-png.js';
import { demoForFile, openExample } from './harness.js';

const GOLDEN = path.resolve(import.meta.dirname, '../../golden/insight');

const demo = demoForFile({ viewport: { width: 1600, height: 1000 } });

test('two clicks: who could help with practical things if the neighbour drops out', async () => {
  const { page } = demo;
  await page.goto(demo.url);
  await openExample(page, 'Bakker');

  // Click 1: the Insight tab.
  await page.getByRole('tab', { name: 'Inzicht' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Inzicht' });
  // Click 2: the neighbour's name under "who gives what".
  await panel.getByRole('button', { name: 'Als Gerda (buurvrouw) wegvalt' }).click();

  await panel
    .getByRole('heading', { name: 'Als Gerda (buurvrouw) wegvalt: wie kan het overnemen?' })
    .waitFor();
  const practical = panel.locator('.kring-takeover li').filter({ hasText: 'Praktische steun:' });
  await expect
    .poll(async () => (await practical.textContent())?.trim())
    .toMatch(/^Praktische steun: .*Anja Smits/);
  // The drawing's legend says she is greyed out (the genogram, shown first, does not draw neighbours).
  await page
    .getByRole('region', { name: 'Op de kaart' })
    .getByText('iedereen behalve Gerda (buurvrouw)')
    .waitFor();
  expect(demo.consoleErrors).toEqual([]);
});

test('golden images: the insight panel, and the "what if" on the map in each view', async () => {
  const { page } = demo;
  await page.goto(demo.url);
  await openExample(page, 'Bakker');
  await page.getByRole('tab', { name: 'Inzicht' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Inzicht' });
  await panel.getByRole('heading', { name: 'Inzicht', level: 2 }).waitFor();
  const shot = async (name: string, png: Buffer) => {
    const result = compareWithBaseline(png, path.join(GOLDEN, `${name}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  };
  await shot('panel-bakker-huisuitzetting', await panel.screenshot({ animations: 'disabled' }));
  await panel.getByRole('button', { name: 'Als Gerda (buurvrouw) wegvalt' }).click();
  for (const view of ['genogram', 'ecogram', 'sociogram']) {
    await page
      .getByRole('group', { name: 'Weergave' })
      .getByRole('button', { name: view, exact: true })
      .click();
    await page.locator('.kring-map-legend').waitFor();
    // The legend and the tray "Nog niet in deze kaart" each keep their own corner.
    const legend = await page.locator('.kring-map-legend').boundingBox();
    const tray = await page.locator('.kring-tray').boundingBox();
    if (legend && tray)
      expect(
        legend.x + legend.width <= tray.x || tray.x + tray.width <= legend.x,
        `legend ${JSON.stringify(legend)} overlaps the tray ${JSON.stringify(tray)}`,
      ).toBe(true);
    if (view !== 'genogram')
      await expect
        .poll(() => page.locator('.kring-node[data-node-id="p-gerda"]').first().getAttribute('class'))
        .toContain('kring-dimmed');
    // The fit after a switch of view lands in the next frames.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await shot(
      `whatif-gerda-${view}`,
      await page.locator('.kring-stage').screenshot({ animations: 'disabled' }),
    );
  }
});

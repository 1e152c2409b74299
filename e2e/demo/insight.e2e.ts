/**
 * The insight tab in the demo, on the three example cases: it says what `kring insight` says (the same
 * findings, in the same words), the "what if" choice greys the person out on the map, and one click proposes
 * someone as the owner of a plan action.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { insightReport, readDocument } from '../../packages/core/src/index.js';
import { demoForFile } from './harness.js';

const CASES = path.resolve(import.meta.dirname, '../../packages/examples/cases');
const report = (slug: string) => {
  const read = readDocument(fs.readFileSync(path.join(CASES, `${slug}.kring.json`), 'utf8'));
  if (!read.ok) throw new Error(`${slug} does not read`);
  return { document: read.document, report: insightReport(read.document, 'nl') };
};

const demo = demoForFile();

async function openInsight(title: string) {
  const { page } = demo;
  await page.goto(demo.url);
  await page.getByRole('button', { name: `Voorbeeld openen: ${title}` }).click();
  await page.locator('.kring-editor').waitFor();
  // The demo may start with the side panel folded away.
  const show = page.getByRole('button', { name: 'Zijpaneel tonen' });
  if ((await show.count()) > 0) await show.click();
  await page.getByRole('tab', { name: 'Inzicht' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Inzicht' });
  await panel.getByRole('heading', { name: 'Inzicht', level: 2 }).waitFor();
  return panel;
}

test('on each example the panel shows the findings of kring insight, word for word', async () => {
  for (const slug of ['noor-bij-tante', 'bakker-huisuitzetting', 'mila-en-daan']) {
    const { document, report: expected } = report(slug);
    const panel = await openInsight(document.title!);
    const findings = panel.locator('.kring-findings > li');
    await expect.poll(() => findings.allTextContents()).toEqual(expected.findings.map((f) => f.text));
    await panel
      .getByText(
        `${expected.alters} personen en organisaties: ${expected.informal} informeel, ${expected.professional} professioneel`,
      )
      .waitFor();
  }
  expect(demo.consoleErrors).toEqual([]);
  expect(demo.unexpectedRequests).toEqual([]);
});

test('what if: the person is greyed out on the map; who could help proposes an owner in one click', async () => {
  const { page } = demo;
  const panel = await openInsight('Netwerk van Noor');
  const choice = panel.getByLabel('Als iemand wegvalt');
  const first = (await choice.locator('option').nth(1).getAttribute('value'))!;
  const name = (await choice.locator('option').nth(1).textContent())!;
  await choice.selectOption(first);
  await panel.getByText(`Cijfers zonder ${name}`, { exact: false }).waitFor();
  const symbol = page.locator(`.kring-node[data-node-id="${first}"]`);
  await expect.poll(() => symbol.getAttribute('class')).toContain('kring-dimmed');
  await choice.selectOption('');
  await expect.poll(() => symbol.getAttribute('class')).not.toContain('kring-dimmed');

  const propose = panel.getByRole('button', { name: /^Voorstellen als eigenaar: / }).first();
  const label = (await propose.getAttribute('aria-label'))!;
  const [, who, action] = /^Voorstellen als eigenaar: (.+), voor “(.+)”$/.exec(label)!;
  await propose.click();
  await panel.getByText(`${who} is nu eigenaar van “${action}”.`).waitFor();
  // The proposal is an edit like any other: it can be undone.
  expect(await page.getByRole('button', { name: 'Ongedaan maken' }).first().isEnabled()).toBe(true);
  expect(demo.consoleErrors).toEqual([]);
});

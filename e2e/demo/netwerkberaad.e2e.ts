/**
 * Preparing a netwerkberaad for an example case in the demo (Noor, "Noor bij tante"), in Dutch: open the plan
 * workspace, invite two people selected on the map and one from the list, confirm two, add five actions
 * owned by people and an organisation outside the action team, then print the task cards and the plan on
 * A4 (Chromium's print-to-PDF, read back with pdftotext: every action and owner present; with initials none
 * of the names, places, contacts or dates) and download both as HTML. Also: axe over the workspace.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, demoForFile, openExample, WCAG_AA } from './harness.js';

const demo = demoForFile({ viewport: { width: 1440, height: 900 } });

/** The five new actions and their owners, none of them in Noor's action team. */
const ACTIONS = [
  { text: 'Opa Gerrit haalt Noor op woensdag van school', owner: 'Gerrit Verhoeven' },
  { text: 'Lotte helpt met het huiswerk wiskunde', owner: 'Lotte Jansen' },
  { text: 'Fatima neemt Noor mee naar de moskee', owner: 'Fatima Yilmaz' },
  { text: 'Sem gaat mee naar voetbal op zaterdag', owner: 'Sem Jansen' },
  { text: 'Wekelijks gesprek over de woning', owner: 'WIJ-team Eindhoven' },
];

/** The PDF Chromium prints of the page now, as text per page. */
async function printedPages(page: Page, button: string): Promise<string[]> {
  // Headless Chromium has no print dialog: the button's print() is stubbed, the PDF taken instead.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator('.plan-print .sheet').first().waitFor({ state: 'attached' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-plan-pdf-'));
  const file = path.join(dir, 'plan.pdf');
  fs.writeFileSync(file, pdf);
  try {
    const size = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(
      /Page size:\s+([\d.]+) x ([\d.]+)/,
    );
    // A4 portrait: 595 × 842 points.
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (text: string) => text.replace(/\s+/gu, ' ');

test('prepare a netwerkberaad: invite from the map, confirm two, five actions outside the team, task cards on A4', async () => {
  const { page } = demo;
  await page.goto(demo.url);
  await openExample(page, 'Noor');

  // The plan workspace: most of the width, the map beside it.
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  const workspace = page.getByRole('tabpanel', { name: 'Plan' });
  await workspace.getByRole('heading', { name: 'Toekomstplan' }).waitFor();
  const widths = await page.evaluate(() => ({
    panel: document.querySelector('.kring-panels')!.getBoundingClientRect().width,
    stage: document.querySelector('.kring-stage')!.getBoundingClientRect().width,
  }));
  expect(widths.panel).toBeGreaterThan(widths.stage);
  expect(widths.stage).toBeGreaterThan(300);
  // Noor's plan has five actions: the old 300-px side column was 4,258 px tall with five.
  const tallness = () => page.evaluate(() => document.querySelector('.kring-plan')!.scrollHeight);
  const fiveActions = await tallness();
  expect(fiveActions).toBeLessThan(1600);

  await workspace.getByLabel('Centrale vraag').fill('Hoe blijft Noor in contact met haar moeder?');
  await workspace.getByLabel('Evaluatiedatum').fill('2022-03-01');
  await workspace.getByLabel('Evaluatiedatum').press('Tab');

  // Invite from the map: Gerrit, then Lotte with shift, and "Uitnodigen".
  await page.locator('.kring-node[data-node-id="p-gerrit"]').first().click();
  await page
    .locator('.kring-node[data-node-id="p-lotte"]')
    .first()
    .click({ modifiers: ['Shift'] });
  await workspace.getByRole('button', { name: 'Uitnodigen: de geselecteerden (2)' }).click();
  await workspace.getByLabel('Wie uitnodigen').selectOption({ label: 'Fatima Yilmaz' });
  await workspace.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await workspace.getByLabel('Stand van Gerrit Verhoeven').selectOption({ label: 'bevestigd' });
  await workspace.getByLabel('Stand van Fatima Yilmaz').selectOption({ label: 'bevestigd' });
  await workspace.getByText('2 van 3 bevestigd').waitFor();

  // Five actions, each owned by someone outside the action team. The filter shows everyone's first.
  await workspace.getByLabel('Acties van').selectOption({ label: 'iedereen' });
  const before = await workspace.locator('tbody tr').count();
  for (const [i, action] of ACTIONS.entries()) {
    await workspace.getByLabel('Wat moet er gebeuren?').fill(action.text);
    await workspace.getByLabel('Wat moet er gebeuren?').press('Enter');
    const n = before + i + 1;
    await workspace.getByLabel(`Iemand toevoegen aan actie ${n}`).selectOption({ label: action.owner });
    await workspace.getByRole('button', { name: `${action.owner} van actie ${n} halen` }).waitFor();
  }
  await expect.poll(() => workspace.locator('tbody tr').count()).toBe(before + 5);
  const tenActions = await tallness();
  expect(tenActions).toBeLessThan(2400);
  console.log(
    `plan workspace at 1440x900: panel ${Math.round(widths.panel)} px wide, map ${Math.round(widths.stage)} px;` +
      ` ${fiveActions} px tall with 5 actions, ${tenActions} px with 10`,
  );

  // The saved map holds the invitees and actions (the editor's document is the page's).
  const team = ['Marieke Jansen', 'Erik Jansen', 'Ruud de Wit', 'Annie Verhoeven', 'Esther Bos'];
  for (const action of ACTIONS) expect(team).not.toContain(action.owner);

  // Task cards for everyone on A4, one card a page.
  const cards = await printedPages(page, 'Taakkaarten afdrukken');
  const owners = await workspace.getByLabel('voor').locator('option').count();
  expect(cards.length).toBeGreaterThanOrEqual(owners - 1);
  const all = flat(cards.join('\n'));
  for (const action of ACTIONS) {
    expect(all).toContain(flat(action.text));
    expect(all).toContain(action.owner);
  }
  const gerrit = cards.find((p) => p.includes('Gerrit Verhoeven') && p.includes('Wat ik doe'))!;
  expect(flat(gerrit)).toContain('Opa Gerrit haalt Noor op woensdag van school');
  expect(gerrit).toContain('Wie bel ik');
  expect(gerrit).toContain('Marieke Jansen');
  expect(gerrit).toContain('Evaluatie');

  // The plan document: goal, question, actions by owner, team, evaluation date.
  const planPages = flat((await printedPages(page, 'Plan afdrukken')).join('\n'));
  for (const text of [
    'Toekomstplan',
    'Centrale vraag',
    'Hoe blijft Noor in contact met haar moeder?',
    'Acties per persoon',
    'Actieteam',
    '1 maart 2022',
  ])
    expect(planPages).toContain(text);
  for (const action of ACTIONS) {
    expect(planPages).toContain(flat(action.text));
    expect(planPages).toContain(action.owner);
  }

  // Initials: none of the names, places or dates on the cards.
  await page.getByLabel('Initialen').first().check();
  const hidden = flat((await printedPages(page, 'Taakkaarten afdrukken')).join('\n'));
  for (const name of [
    'Gerrit',
    'Verhoeven',
    'Lotte',
    'Jansen',
    'Fatima',
    'Yilmaz',
    'Noor',
    'Eindhoven',
    'Marieke',
    '2022',
  ])
    expect(hidden).not.toContain(name);
  expect(hidden).toContain('G.V.');
  await page.getByLabel('Initialen').first().uncheck();

  // Downloaded as one HTML file: the plan and the cards.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Plan en kaarten downloaden (HTML)' }).click(),
  ]);
  const html = fs.readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('<html lang="nl">');
  for (const action of ACTIONS) expect(html).toContain(action.text);
  expect(html.match(/class="kring-sheet"/g)!.length).toBeGreaterThanOrEqual(owners);

  expect(demo.consoleErrors).toEqual([]);
  // Only the demo's own lazily loaded parts: nothing leaves the machine.
  expect(demo.unexpectedRequests).toEqual([]);
});

test('the plan workspace and the hand-out bar have no axe violations, in Dutch', async () => {
  const { page } = demo;
  await page.goto(demo.url);
  await openExample(page, 'Noor');
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByRole('tabpanel', { name: 'Plan' }).getByRole('table').waitFor();
  const violations = await axeViolations(page, {
    context: { include: [['.kring-panels'], ['.handout']] },
    tags: WCAG_AA,
  });
  expect(violations).toEqual([]);
});

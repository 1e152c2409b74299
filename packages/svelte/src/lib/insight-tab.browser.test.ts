/** The insight panel in the editor: a tab beside the details and the plan, loaded when opened; "what if" greys out. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { axeViolations } from './panels/test-support/axe.js';
import { family } from './state/test-fixtures.js';

/** Tilda's family, where Anna helps with practical things. */
function withSupport(): KringDocument {
  const doc = family();
  return {
    ...doc,
    ties: doc.ties.map((t) =>
      t.id === 't-anna'
        ? { ...t, support: [{ type: 'practical' as const, direction: 'received' as const }] }
        : t,
    ),
  };
}

async function setup(view: 'genogram' | 'ecogram' | 'sociogram' = 'sociogram') {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  const selections: string[][] = [];
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: withSupport(),
      locale: 'en',
      view,
      onchange: (_: KringDocument) => {},
      onselectionchange: (ids: string[]) => selections.push(ids),
    },
  });
  return { screen, selections };
}

const node = (id: string) => document.querySelector<SVGGElement>(`.kring-node[data-node-id="${id}"]`)!;

test('the insight tab shows the network’s figures; a name in a finding selects the person', async () => {
  const { screen, selections } = await setup();
  const tab = screen.getByRole('tab', { name: 'Insight' });
  await tab.click();
  await expect.element(tab).toHaveAttribute('aria-selected', 'true');
  const panel = screen.getByRole('tabpanel', { name: 'Insight' });
  await expect.element(panel.getByRole('heading', { name: 'Insight', level: 2 })).toBeVisible();
  await expect
    .element(panel.getByText('3 people and organisations: 2 informal, 1 professional'))
    .toBeVisible();
  await expect.element(panel.getByText('Nobody outside the family')).toBeVisible();
  const finding = panel
    .getByRole('listitem')
    .filter({ hasText: 'Practical help comes only from mother Anna' });
  await finding.getByRole('button', { name: 'Anna' }).click();
  expect(selections.at(-1)).toEqual(['p-anna']);
});

test('what if: the person is greyed out on the map while the insight tab shows, and back on the details', async () => {
  const { screen } = await setup();
  await screen.getByRole('tab', { name: 'Insight' }).click();
  const choice = screen.getByLabelText('What if someone drops out?');
  await choice.selectOptions('Anna');
  await expect.element(screen.getByText('Figures without Anna', { exact: false })).toBeVisible();
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(true);
  expect(node('p-cor').classList.contains('kring-dimmed')).toBe(false);
  await expect
    .element(screen.getByText('2 people and organisations: 1 informal, 1 professional'))
    .toBeVisible();
  // The keyboard reaches the tabs; leaving the insight tab shows the whole map again.
  (screen.getByRole('tab', { name: 'Insight' }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Home}');
  await expect.element(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(false);
  // End reaches the last tab (snapshots); the insight tab is the one before it.
  await userEvent.keyboard('{End}{ArrowLeft}');
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(true);
});

test('highlight: everyone else is greyed out (not hidden) and a line says what the map shows', async () => {
  const { screen } = await setup('ecogram');
  await screen.getByRole('tab', { name: 'Insight' }).click();
  await screen.getByLabelText('Highlight on the map').selectOptions('professional');
  await expect
    .element(screen.getByText('On the map: professional in full colour (2 of', { exact: false }))
    .toBeVisible();
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(true);
  expect(node('o-school').classList.contains('kring-dimmed')).toBe(false);
  expect(node('p-tilda').classList.contains('kring-dimmed')).toBe(false); // the focus stays
  // Ties of the selected person: offered once one symbol is selected.
  node('p-cor').focus(); // focus selects a symbol
  await expect.element(screen.getByRole('tab', { name: 'Insight' })).toHaveAttribute('aria-selected', 'true');
  await screen.getByLabelText('Highlight on the map').selectOptions('ties of the selected person');
  await expect.poll(() => node('p-cor').classList.contains('kring-dimmed')).toBe(false);
  await expect.poll(() => node('o-school').classList.contains('kring-dimmed')).toBe(true);
  await screen.getByLabelText('Highlight on the map').selectOptions('nothing');
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(false);
});

test('the drawing’s legend says what is highlighted, exportSvg greys out the same, and it clears', async () => {
  let api: KringEditorApi | undefined;
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: withSupport(), locale: 'en', view: 'ecogram', onready: (a) => (api = a) },
  });
  await screen.getByRole('tab', { name: 'Insight' }).click();
  await screen.getByLabelText('Highlight on the map').selectOptions('professional');
  const legend = screen.getByRole('region', { name: 'On the map' });
  await expect.element(legend).toHaveTextContent('In full colour: professional (2 of 5)');
  await expect.element(legend).toHaveTextContent('Greyed out: everyone else (still on the map)');
  // The export shows what the map shows: Anna greyed out, the school not; the legend says why.
  const svg = api!.exportSvg();
  expect(svg).toContain('<g opacity="0.2"><title>Anna</title>');
  expect(svg).not.toContain('<g opacity="0.2"><title>De Regenboog</title>');
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(words).toContain('In full colour: professional (2 of 5)');
  expect(api!.exportSvg({ highlight: undefined })).not.toContain('opacity="0.2"');
  // What if Anna drops out: the take-over list says who else gives practical help.
  await screen.getByLabelText('What if someone drops out?').selectOptions('Anna');
  await expect
    .element(screen.getByRole('heading', { name: 'If Anna drops out, who could take over?' }))
    .toBeVisible();
  await expect
    .element(screen.getByText('Practical help: nobody else gives it or could be asked yet'))
    .toBeVisible();
  await expect.element(legend).toHaveTextContent('professional, everyone but Anna (2 of 5)');
  // The legend on the stage, the take-over list and the inspector's kinship choice: no axe violations.
  expect(await axeViolations(target)).toEqual([]);
  // Clearing from the legend (keyboard reachable) clears both choices.
  await legend.getByRole('button', { name: 'Clear the highlight and the “what if” on the map' }).click();
  await expect.poll(() => node('p-anna').classList.contains('kring-dimmed')).toBe(false);
  await expect.element(screen.getByLabelText('Highlight on the map')).toHaveValue('');
  expect(document.querySelector('.kring-map-legend')).toBeNull();
});

test('the inspector says how a person is related to anyone in the family', async () => {
  const { screen } = await setup('ecogram');
  node('p-cor').focus(); // not family: no kinship section
  await expect.element(screen.getByRole('heading', { name: 'Relations' })).toBeVisible();
  expect(screen.getByLabelText('Family word from').query()).toBeNull();
  node('p-anna').focus();
  const from = screen.getByLabelText('Family word from');
  await expect.element(from).toHaveValue('p-tilda');
  await expect.element(screen.getByText('For Tilda, Anna is a mother')).toBeVisible();
  await from.selectOptions('father Bram');
  await expect.element(screen.getByText('For father Bram, Anna is a partner')).toBeVisible();
  expect(await axeViolations(screen.container)).toEqual([]);
});

import { type Command, type CommandResult, type KringDocument } from '@kring/core';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import PlanPanel from './PlanPanel.svelte';
import { axeViolations } from './test-support/axe.js';
import { family } from './test-support/family.js';
import PanelHarness from './test-support/PanelHarness.svelte';

async function plan(locale: 'nl' | 'en' = 'en', initial = family()) {
  const log: (Command | 'begin' | 'end')[] = [];
  const docs: KringDocument[] = [];
  const screen = await render(PanelHarness, {
    panel: 'plan',
    initial,
    locale,
    log,
    onchange: (d: KringDocument) => docs.push(d),
  });
  return { screen, log, latest: () => docs.at(-1) };
}

test('a document without a plan gets one with the first edit: goal and meeting date', async () => {
  const { screen, log, latest } = await plan();
  await expect.element(screen.getByRole('heading', { name: 'Future plan' })).toBeVisible();
  await screen.getByLabelText('Goal').fill('Cas goes to school every day');
  await userEvent.tab();
  expect(log).toEqual([{ type: 'plan.goal.set', goal: 'Cas goes to school every day' }]);
  await screen.getByLabelText('Date of the network meeting').fill('2022-04-12');
  await userEvent.tab();
  expect(latest()?.plan).toEqual({
    goal: 'Cas goes to school every day',
    meetingDate: '2022-04-12',
    actionTeam: [],
    invitees: [],
    actions: [],
  });
});

test('an invalid meeting date is shown inline and not sent', async () => {
  const { screen, log } = await plan();
  await screen.getByLabelText('Date of the network meeting').fill('2022-02-30');
  await userEvent.tab();
  await expect.element(screen.getByRole('alert')).toHaveTextContent('"2022-02-30" is not a date');
  expect(log).toEqual([]);
});

test('action team: add and remove members; the soft rules are shown as warnings', async () => {
  const { screen, latest } = await plan();
  await screen.getByLabelText('Person to add').selectOptions('Ben');
  await screen.getByRole('button', { name: 'Add to the team' }).click();
  expect(latest()?.plan?.actionTeam).toEqual(['p-ben']);
  await expect.element(screen.getByRole('status')).toHaveTextContent('at least 3 are advised');
  for (const name of ['Dora', 'Eva', 'Fleur', 'Gijs', 'Anna']) {
    await screen.getByLabelText('Person to add').selectOptions(name);
    await screen.getByRole('button', { name: 'Add to the team' }).click();
  }
  await screen.getByLabelText('Person to add').selectOptions('Cas');
  await screen.getByRole('button', { name: 'Add to the team' }).click();
  expect(latest()?.plan?.actionTeam).toHaveLength(7);
  await expect.element(screen.getByRole('status')).toHaveTextContent('at most 6 are advised');
  await screen.getByRole('button', { name: 'Remove: Dora' }).click();
  await expect.element(screen.getByRole('status')).not.toBeInTheDocument();
  expect(latest()?.plan?.actionTeam).not.toContain('p-dora');
});

test('actions: add, then edit text, owners, support, due date and status; remove', async () => {
  const doc = family();
  doc.plan = { goal: 'Rust in huis', actionTeam: ['p-ben', 'p-gijs', 'p-eva'], invitees: [], actions: [] };
  const { screen, log, latest } = await plan('en', doc);
  await screen.getByRole('button', { name: 'Add an action' }).click();
  expect(latest()?.plan?.actions).toEqual([
    { id: 'action-1', text: 'New action', owners: [], status: 'proposed' },
  ]);
  await screen.getByLabelText('What will be done').fill('Gijs brings Cas to football on Saturdays');
  await userEvent.tab();
  await screen.getByRole('checkbox', { name: 'Gijs' }).click();
  await screen.getByLabelText('Kind of support').selectOptions('practical help');
  await screen.getByLabelText('Done by').fill('2022-05');
  await userEvent.tab();
  await screen.getByLabelText('Status').selectOptions('agreed');
  expect(latest()?.plan?.actions[0]).toEqual({
    id: 'action-1',
    text: 'Gijs brings Cas to football on Saturdays',
    owners: ['p-gijs'],
    support: 'practical',
    due: '2022-05',
    status: 'agreed',
  });
  expect(log.filter((c) => typeof c !== 'string' && c.type === 'plan.action.update')).toHaveLength(5);
  await screen.getByRole('button', { name: 'Remove action 1' }).click();
  expect(latest()?.plan?.actions).toEqual([]);
});

test('a refused command shows its reason inline', async () => {
  const refuse = (): CommandResult => ({ ok: false, reason: { key: 'commands.noPlan' } });
  const screen = await render(PlanPanel, { document: family(), locale: 'en', execute: refuse });
  await screen.getByRole('button', { name: 'Add an action' }).click();
  await expect.element(screen.getByRole('alert')).toHaveTextContent('There is no plan yet.');
  await expect
    .element(screen.getByRole('button', { name: 'Add an action' }))
    .toHaveAccessibleDescription(/There is no plan yet/);
});

test('Dutch labels, readonly, keyboard only, and no axe violations', async () => {
  const doc = family();
  doc.plan = {
    goal: 'Rust in huis',
    actionTeam: ['p-ben', 'p-gijs'],
    invitees: [],
    actions: [{ id: 'a1', text: 'Koken op woensdag', owners: ['p-ben'], status: 'in_progress' }],
  };
  const nl = await plan('nl', doc);
  await expect.element(nl.screen.getByRole('heading', { name: 'Toekomstplan' })).toBeVisible();
  await expect.element(nl.screen.getByLabelText('Doel')).toHaveValue('Rust in huis');
  await expect.element(nl.screen.getByRole('group', { name: 'Actieteam' })).toBeVisible();
  expect(await axeViolations(nl.screen.container)).toEqual([]);
  // Keyboard only: the goal is the first field.
  await userEvent.tab();
  await userEvent.keyboard('{Control>}a{/Control}Rust en regelmaat');
  await userEvent.tab();
  expect(nl.log).toEqual([{ type: 'plan.goal.set', goal: 'Rust en regelmaat' }]);
  nl.screen.unmount();
  const ro = await render(PlanPanel, {
    document: doc,
    locale: 'en',
    readonly: true,
    execute: () => ({ ok: false, reason: { key: 'commands.noPlan' } }),
  });
  await expect.element(ro.getByLabelText('Goal')).toBeDisabled();
  await expect.element(ro.getByRole('button', { name: 'Add an action' })).toBeDisabled();
});

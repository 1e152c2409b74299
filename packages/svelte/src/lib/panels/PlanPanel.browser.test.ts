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

test('actions: add, then edit text, owners, support, due date and status in the table; remove', async () => {
  const doc = family();
  doc.plan = { goal: 'Rust in huis', actionTeam: ['p-ben', 'p-gijs', 'p-eva'], invitees: [], actions: [] };
  const { screen, log, latest } = await plan('en', doc);
  await screen.getByLabelText('What needs to be done?').fill('Gijs brings Cas to football');
  await userEvent.keyboard('{Enter}');
  expect(latest()?.plan?.actions).toEqual([
    { id: 'action-1', text: 'Gijs brings Cas to football', owners: [], status: 'proposed' },
  ]);
  await expect.element(screen.getByLabelText('What needs to be done?')).toHaveValue('');
  await screen.getByLabelText('Action 1: what will be done').fill('Gijs brings Cas to football on Saturdays');
  await userEvent.tab();
  // Owners from anyone on the map, the action team or not, and organisations.
  await screen.getByLabelText('Add someone to action 1').selectOptions('Gijs');
  await screen.getByLabelText('Add someone to action 1').selectOptions('De Regenboog');
  await screen.getByLabelText('Kind of support, action 1').selectOptions('practical help');
  await screen.getByLabelText('Done by, action 1').fill('2022-05');
  await userEvent.tab();
  await screen.getByLabelText('Status, action 1').selectOptions('agreed');
  expect(latest()?.plan?.actions[0]).toEqual({
    id: 'action-1',
    text: 'Gijs brings Cas to football on Saturdays',
    owners: ['p-gijs', 'o-school'],
    support: 'practical',
    due: '2022-05',
    status: 'agreed',
  });
  expect(log.filter((c) => typeof c !== 'string' && c.type === 'plan.action.update')).toHaveLength(6);
  await screen.getByRole('button', { name: 'Remove De Regenboog from action 1' }).click();
  expect(latest()?.plan?.actions[0]?.owners).toEqual(['p-gijs']);
  await screen.getByLabelText('Done by, action 1').fill('2022-13');
  await userEvent.tab();
  await expect.element(screen.getByRole('alert')).toHaveTextContent('"2022-13" is not a date');
  expect(latest()?.plan?.actions[0]?.due).toBe('2022-05');
  await screen.getByRole('button', { name: 'Remove action 1' }).click();
  expect(latest()?.plan?.actions).toEqual([]);
});

test('the actions table sorts by column and filters by owner, status and due date', async () => {
  const doc = family();
  doc.plan = {
    goal: 'Rust in huis',
    actionTeam: ['p-ben', 'p-gijs', 'p-eva'],
    invitees: [],
    actions: [
      { id: 'a1', text: 'Koken', owners: ['p-ben'], status: 'done', due: '2022-06' },
      { id: 'a2', text: 'Boodschappen', owners: ['p-gijs', 'o-school'], status: 'proposed', due: '2022-04' },
      { id: 'a3', text: 'Afwassen', owners: [], status: 'agreed' },
    ],
  };
  const { screen } = await plan('en', doc);
  const texts = () =>
    [...screen.container.querySelectorAll<HTMLTextAreaElement>('tbody tr td:nth-child(2) textarea')].map(
      (i) => i.value,
    );
  expect(texts()).toEqual(['Koken', 'Boodschappen', 'Afwassen']);
  await screen.getByRole('button', { name: 'What will be done' }).click();
  expect(texts()).toEqual(['Afwassen', 'Boodschappen', 'Koken']);
  await expect
    .element(screen.getByRole('columnheader', { name: 'What will be done' }))
    .toHaveAttribute('aria-sort', 'ascending');
  await screen.getByRole('button', { name: 'What will be done' }).click();
  expect(texts()).toEqual(['Koken', 'Boodschappen', 'Afwassen']);
  await screen.getByRole('button', { name: 'Done by' }).click();
  expect(texts()).toEqual(['Boodschappen', 'Koken', 'Afwassen']);
  await screen.getByRole('button', { name: 'Status' }).click();
  expect(texts()).toEqual(['Boodschappen', 'Afwassen', 'Koken']);
  await screen.getByLabelText('Actions of').selectOptions('De Regenboog');
  expect(texts()).toEqual(['Boodschappen']);
  await expect.element(screen.getByText('1 of 3 actions shown')).toBeVisible();
  await screen.getByLabelText('Actions of').selectOptions('nobody yet');
  expect(texts()).toEqual(['Afwassen']);
  await screen.getByLabelText('Actions of').selectOptions('everyone');
  await screen.getByLabelText('With status').selectOptions('done');
  expect(texts()).toEqual(['Koken']);
  await screen.getByLabelText('With status').selectOptions('any status');
  await screen.getByLabelText('Done by at the latest').fill('2022-05');
  await userEvent.tab();
  expect(texts()).toEqual(['Boodschappen']);
  // A new action while filtered on someone goes to them.
  await screen.getByLabelText('Done by at the latest').fill('');
  await userEvent.tab();
  await screen.getByLabelText('Actions of').selectOptions('Ben');
  await screen.getByLabelText('What needs to be done?').fill('Strijken');
  await screen.getByRole('button', { name: 'Add an action' }).click();
  // Still sorted by status: the new, proposed one before the done one.
  expect(texts()).toEqual(['Strijken', 'Koken']);
});

test('invitees: from the map selection, from the list and from insight; status and removal', async () => {
  const doc = family();
  doc.plan = {
    goal: 'Rust in huis',
    actionTeam: [],
    invitees: [],
    actions: [{ id: 'a1', text: 'Praten', owners: [], status: 'proposed', support: 'emotional' }],
  };
  const log: (Command | 'begin' | 'end')[] = [];
  const docs: KringDocument[] = [];
  const screen = await render(PanelHarness, {
    panel: 'plan',
    initial: doc,
    selection: ['p-ben', 'o-school', 'u-anna-ben'],
    locale: 'en',
    log,
    onchange: (d: KringDocument) => docs.push(d),
  });
  await expect.element(screen.getByText(/No one invited yet/)).toBeVisible();
  await screen.getByRole('button', { name: 'Invite the selected (2)' }).click();
  expect(docs.at(-1)?.plan?.invitees).toEqual([
    { id: 'p-ben', status: 'invited' },
    { id: 'o-school', status: 'invited' },
  ]);
  await expect.element(screen.getByRole('button', { name: 'Invite the selected (0)' })).toBeDisabled();
  // Insight proposes Gijs, who gives emotional support, for the action that needs it.
  await screen.getByRole('button', { name: 'Invite Gijs', exact: true }).click();
  await expect
    .element(screen.getByRole('button', { name: 'Invite Gijs', exact: true }))
    .not.toBeInTheDocument();
  await screen.getByLabelText('Who to invite').selectOptions('Eva');
  await screen.getByRole('button', { name: 'Invite', exact: true }).click();
  await screen.getByLabelText('Status of Ben').selectOptions('confirmed');
  await screen.getByLabelText('Status of Gijs').selectOptions('declined');
  await expect.element(screen.getByText('1 of 4 confirmed')).toBeVisible();
  await screen.getByRole('button', { name: 'Do not invite De Regenboog' }).click();
  expect(docs.at(-1)?.plan?.invitees).toEqual([
    { id: 'p-ben', status: 'confirmed' },
    { id: 'p-gijs', status: 'declined' },
    { id: 'p-eva', status: 'invited' },
  ]);
});

test('a refused command shows its reason inline', async () => {
  const refuse = (): CommandResult => ({ ok: false, reason: { key: 'commands.noPlan' } });
  const screen = await render(PlanPanel, { document: family(), locale: 'en', execute: refuse });
  await screen.getByLabelText('What needs to be done?').fill('Koken');
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
    invitees: [{ id: 'p-gijs', status: 'confirmed' }],
    question: 'Hoe krijgt Cas rust?',
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

test('keyboard only: type an action and Enter, pick an owner with the arrow keys, sort with Enter', async () => {
  const doc = family();
  doc.plan = { goal: 'Rust in huis', actionTeam: [], invitees: [], actions: [] };
  const { screen, latest } = await plan('en', doc);
  (screen.getByLabelText('What needs to be done?').element() as HTMLElement).focus();
  await userEvent.keyboard('Cas walks the dog{Enter}');
  expect(latest()?.plan?.actions).toEqual([
    { id: 'action-1', text: 'Cas walks the dog', owners: [], status: 'proposed' },
  ]);
  (screen.getByLabelText('Add someone to action 1').element() as HTMLElement).focus();
  await userEvent.keyboard('{ArrowDown}');
  expect(latest()?.plan?.actions[0]?.owners).toEqual(['p-anna']);
  // The owner's chip comes right before the select.
  await userEvent.tab({ shift: true });
  expect(document.activeElement).toBe(
    screen.getByRole('button', { name: 'Remove Anna from action 1' }).element(),
  );
  await userEvent.keyboard('{Enter}');
  expect(latest()?.plan?.actions[0]?.owners).toEqual([]);
  (screen.getByRole('button', { name: 'Status' }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect
    .element(screen.getByRole('columnheader', { name: 'Status' }))
    .toHaveAttribute('aria-sort', 'ascending');
});

import {
  applyCommand,
  type Command,
  type KringDocument,
  type PlanAction,
  type SupportItem,
  type Tie,
} from '@kring/core';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { axeViolations } from '../test-support/axe.js';
import InsightPanel from './InsightPanel.svelte';

const got = (type: SupportItem['type']): SupportItem => ({ type, direction: 'received' });
const gave = (type: SupportItem['type']): SupportItem => ({ type, direction: 'given' });

/** Sam (focus) with a neighbour who helps, an aunt, a friend who could help, and the youth care team. */
function network(): KringDocument {
  const ties: Tie[] = [
    { id: 't1', from: 'sam', to: 'buur', ring: 1, sector: 'neighbours', support: [got('practical')] },
    {
      id: 't2',
      from: 'sam',
      to: 'tante',
      ring: 2,
      sector: 'family',
      strength: 3,
      support: [got('emotional'), gave('companionship')],
    },
    {
      id: 't3',
      from: 'sam',
      to: 'vriend',
      ring: 2,
      sector: 'friends',
      support: [{ type: 'practical', direction: 'received', potential: true }],
    },
    { id: 't4', from: 'team', to: 'sam', ring: 3 },
    { id: 't5', from: 'buur', to: 'vriend' },
  ];
  const actions: PlanAction[] = [
    { id: 'a1', text: 'Boodschappen doen', owners: [], support: 'practical', status: 'proposed' },
  ];
  return {
    format: 'kring',
    version: 2,
    focus: 'sam',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    persons: [
      { id: 'sam', name: 'Sam', gender: 'man' },
      { id: 'buur', name: 'Buurvrouw Els', gender: 'woman' },
      { id: 'tante', name: 'Tante Marieke', gender: 'woman' },
      { id: 'vriend', name: 'Youssef', gender: 'man' },
    ],
    organisations: [{ id: 'team', name: 'Jeugdteam', category: 'youth_care' }],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties,
    plan: { goal: 'Sam redt het thuis', actionTeam: [], invitees: [], actions },
    snapshots: [],
    layouts: {},
  };
}

async function panel(locale: 'nl' | 'en' = 'en', doc = network()) {
  const commands: Command[] = [];
  const selected: string[][] = [];
  let current = doc;
  const screen = await render(InsightPanel, {
    document: doc,
    locale,
    execute: (command: Command) => {
      commands.push(command);
      const result = applyCommand(current, command);
      if (result.ok) current = result.document;
      return result;
    },
    onselect: (ids: string[]) => selected.push(ids),
  });
  return { screen, commands, selected };
}

test('findings are sentences whose names select the person; the figures are tables with captions', async () => {
  const { screen, selected } = await panel();
  await expect.element(screen.getByRole('heading', { name: 'Insight', level: 2 })).toBeVisible();
  const finding = screen.getByRole('listitem').filter({ hasText: 'Practical help comes only from' });
  await expect.element(finding).toHaveTextContent('Practical help comes only from Buurvrouw Els');
  await finding.getByRole('button', { name: 'Buurvrouw Els' }).click();
  expect(selected).toEqual([['buur']]);

  const size = screen.getByRole('table', { name: 'People and organisations per ring and sector' });
  await expect.element(size.getByRole('row', { name: /neighbours/ })).toHaveTextContent('neighbours10001');
  await expect
    .element(screen.getByText('4 people and organisations: 3 informal, 1 professional'))
    .toBeVisible();
  const support = screen.getByRole('table', {
    name: 'Who gives, receives or could give each kind of support',
  });
  await expect
    .element(support.getByRole('row', { name: /practical help/ }))
    .toHaveTextContent('practical helpBuurvrouw ElsnobodyYoussef');
  await expect.element(screen.getByText('1 of 4 both give and receive: Tante Marieke')).toBeVisible();
  await expect.element(screen.getByText('Buurvrouw Els – Youssef')).toBeVisible();
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('what if: the figures without the person, and what nobody is left for', async () => {
  const { screen } = await panel();
  await screen.getByLabelText('What if someone drops out?').selectOptions('Buurvrouw Els');
  const status = screen.getByRole('status').first();
  await expect.element(status).toHaveTextContent('Figures without Buurvrouw Els');
  await expect
    .element(status)
    .toHaveTextContent('Without Buurvrouw Els, nobody is left for: practical help.');
  await expect
    .element(screen.getByText('Nobody for practical help yet; could be asked: Youssef'))
    .toBeVisible();
  await expect
    .element(screen.getByText('3 people and organisations: 2 informal, 1 professional'))
    .toBeVisible();
  // Who alone carries a kind of support: one click is the same choice.
  await screen.getByLabelText('What if someone drops out?').selectOptions('nobody');
  await screen.getByRole('button', { name: 'What if Tante Marieke drops out' }).click();
  await expect.element(status).toHaveTextContent('nobody is left for: emotional support.');
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('who could help: ordered by ring and strength; one click proposes a person as owner', async () => {
  const { screen, commands } = await panel();
  const list = screen.getByRole('heading', { name: 'Boodschappen doen (practical help)' });
  await expect.element(list).toBeVisible();
  // The candidates of the action (the list of who gives what says "could be asked" too).
  const items = screen.getByRole('listitem').filter({ hasText: /\((gives this now|could be asked), Ring/ });
  await expect.element(items.nth(0)).toHaveTextContent('Buurvrouw Els (gives this now, Ring 1)');
  await expect.element(items.nth(1)).toHaveTextContent('Youssef (could be asked, Ring 2)');
  await screen.getByRole('button', { name: 'Propose as owner: Youssef, for “Boodschappen doen”' }).click();
  expect(commands).toEqual([{ type: 'plan.action.update', id: 'a1', changes: { owners: ['vriend'] } }]);
  await expect.element(screen.getByText('Youssef is now an owner of “Boodschappen doen”.')).toBeVisible();
});

test('an organisation can be proposed as owner too (format version 2)', async () => {
  const doc = network();
  doc.ties = doc.ties.map((t) =>
    t.id === 't4' ? { ...t, support: [{ type: 'practical', direction: 'received', potential: true }] } : t,
  );
  const { screen, commands } = await panel('en', doc);
  await screen.getByRole('button', { name: 'Propose as owner: Jeugdteam, for “Boodschappen doen”' }).click();
  expect(commands).toEqual([{ type: 'plan.action.update', id: 'a1', changes: { owners: ['team'] } }]);
});

test('speaks Dutch, and an empty network says so', async () => {
  const { screen } = await panel('nl');
  await expect.element(screen.getByRole('heading', { name: 'Inzicht', level: 2 })).toBeVisible();
  await expect.element(screen.getByText('Praktische steun komt alleen van', { exact: false })).toBeVisible();
  const empty = await panel('nl', { ...network(), ties: [] });
  await expect.element(empty.screen.getByText('Nog geen netwerk', { exact: false })).toBeVisible();
});

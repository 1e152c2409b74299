import type { Command, KringDocument } from '@kring/core';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { axeViolations } from '../panels/test-support/axe.js';
import { family } from '../panels/test-support/family.js';
import PanelHarness from '../panels/test-support/PanelHarness.svelte';

type Log = (Command | 'begin' | 'end')[];

async function inspect(selection: string[], locale: 'nl' | 'en' = 'en', readonly = false) {
  const log: Log = [];
  const docs: KringDocument[] = [];
  const screen = await render(PanelHarness, {
    panel: 'inspector',
    initial: family(),
    selection,
    locale,
    readonly,
    log,
    onchange: (d: KringDocument) => docs.push(d),
  });
  return { screen, log, docs, latest: () => docs.at(-1) };
}

describe('Inspector', () => {
  test('a person: contact details are one command each; blank fields are left out', async () => {
    const { screen, log, latest } = await inspect(['p-gijs']);
    await expect.element(screen.getByRole('group', { name: 'Contact details' })).toBeVisible();
    await screen.getByLabelText('Phone').fill('06 1234 5678');
    await userEvent.tab();
    await screen.getByLabelText('How and when to reach').fill('after 5 pm');
    await userEvent.tab();
    expect(latest()?.persons.find((p) => p.id === 'p-gijs')?.contact).toEqual({
      phone: '06 1234 5678',
      note: 'after 5 pm',
    });
    await screen.getByLabelText('Phone').fill('');
    await userEvent.tab();
    await screen.getByLabelText('How and when to reach').fill('');
    await userEvent.tab();
    expect(latest()?.persons.find((p) => p.id === 'p-gijs')).not.toHaveProperty('contact');
    expect(log.map((c) => (typeof c === 'string' ? c : c.type))).toEqual(Array(4).fill('person.contact.set'));
  });

  test('nothing selected: edits the document title, reference date, focus and options', async () => {
    const { screen, log, latest } = await inspect([]);
    await expect.element(screen.getByRole('heading', { name: 'Map' })).toBeVisible();
    await expect.element(screen.getByLabelText('Title')).toHaveValue('Netwerk van Anna');
    await expect.element(screen.getByLabelText('Reference date')).toHaveValue('2022-03-01');
    await expect.element(screen.getByRole('combobox', { name: 'Focus person' })).toHaveValue('Anna');
    await screen.getByLabelText('Rings of the network circle').selectOptions('4 rings');
    expect(log).toEqual([{ type: 'options.set', changes: { rings: 4 } }]);
    expect(latest()?.options.rings).toBe(4);
    await screen.getByLabelText('Sectors of the network circle').selectOptions('Lensink network circle');
    expect(latest()?.options.sectors).toBe('lensink');
  });

  test('a person: every field shown; a text field commits once, on leaving it, not per key', async () => {
    const { screen, log, latest } = await inspect(['p-anna']);
    await expect.element(screen.getByRole('heading', { name: 'Person: Anna' })).toBeVisible();
    for (const label of [
      'Gender',
      'Sex assigned at birth',
      'Born',
      'Died',
      'Alive or deceased',
      'Birth',
      'This is a pet',
      'Occupation',
      'Where they live',
      'Notes',
    ])
      await expect.element(screen.getByLabelText(label, { exact: true })).toBeInTheDocument();
    const name = screen.getByLabelText('Name', { exact: true });
    await userEvent.type(name, ' Smit');
    expect(log).toEqual([]);
    await userEvent.tab();
    expect(log).toEqual([{ type: 'person.update', id: 'p-anna', changes: { name: 'Anna Smit' } }]);
    expect(latest()?.persons[0]?.name).toBe('Anna Smit');
    await expect.element(screen.getByRole('heading', { name: 'Person: Anna Smit' })).toBeVisible();
  });

  test('a bad partial date is shown inline and never sent', async () => {
    const { screen, log } = await inspect(['p-anna']);
    const born = screen.getByLabelText('Born');
    await born.fill('1950-13');
    await userEvent.tab();
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('"1950-13" is not a date');
    await expect.element(born).toHaveAttribute('aria-invalid', 'true');
    await expect.element(born).toHaveAccessibleDescription(/is not a date/);
    expect(log).toEqual([]);
    await born.fill('~1950');
    await userEvent.tab();
    expect(log).toEqual([{ type: 'person.update', id: 'p-anna', changes: { birth: '~1950' } }]);
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });

  test('a refused command shows its reason beside the field, and the document is unchanged', async () => {
    const { screen, log, docs } = await inspect(['p-anna']);
    const died = screen.getByLabelText('Died');
    await died.fill('1970');
    await userEvent.tab();
    expect(log).toHaveLength(1);
    expect(docs).toEqual([]);
    await expect.element(screen.getByRole('alert')).toHaveTextContent('is before the date of birth');
    await expect.element(died).toHaveAccessibleDescription(/is before the date of birth/);
  });

  test('deleting the focus person is refused with the reason shown', async () => {
    const { screen, docs } = await inspect(['p-anna']);
    await screen.getByRole('button', { name: 'Delete' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('is the focus person');
    expect(docs).toEqual([]);
  });

  test('conditions: add one, then edit its description', async () => {
    const { screen, latest } = await inspect(['p-ben']);
    await screen.getByRole('button', { name: 'Add a condition' }).click();
    expect(latest()?.persons[1]?.conditions).toEqual([{ key: 'condition-1', label: 'New condition' }]);
    await screen.getByLabelText('Description').fill('Diabetes');
    await userEvent.tab();
    expect(latest()?.persons[1]?.conditions).toEqual([{ key: 'condition-1', label: 'Diabetes' }]);
    await screen.getByRole('button', { name: 'Remove condition "Diabetes"' }).click();
    expect(latest()?.persons[1]?.conditions).toBeUndefined();
  });

  test('a person lists their relations; choosing one selects it', async () => {
    const { screen } = await inspect(['p-ben']);
    await expect.element(screen.getByRole('heading', { name: 'Relations' })).toBeVisible();
    await screen.getByRole('button', { name: 'Anna (marriage)' }).first().click();
    await expect.element(screen.getByTestId('selection')).toHaveTextContent('u-anna-ben');
    await expect.element(screen.getByRole('heading', { name: 'Relationship: Anna and Ben' })).toBeVisible();
  });

  test('an organisation: name, kind, notes', async () => {
    const { screen, latest } = await inspect(['o-school']);
    await expect.element(screen.getByLabelText('Name')).toHaveValue('De Regenboog');
    await screen.getByLabelText('Kind of organisation').selectOptions('childcare');
    expect(latest()?.organisations[0]?.category).toBe('childcare');
  });

  test('a partnership: type, consanguinity, events added, moved, edited and removed', async () => {
    const { screen, log, latest } = await inspect(['u-anna-ben']);
    await screen.getByLabelText('Kind of relationship').selectOptions('living together');
    await screen.getByLabelText('Partners are related by blood').click();
    await screen.getByLabelText('New event').selectOptions('separated');
    await screen.getByRole('button', { name: 'Add event' }).click();
    expect(latest()?.partnerships[0]?.events.map((e) => e.kind)).toEqual(['started', 'married', 'separated']);
    await screen.getByLabelText('When').nth(2).fill('2020');
    await userEvent.tab();
    expect(latest()?.partnerships[0]?.events[2]).toEqual({ kind: 'separated', date: '2020' });
    // Moving "separated" before "married" is refused (dated events must stay in order): reason shown.
    await screen.getByRole('button', { name: /^Move up:? ?Event 3/ }).click();
    await expect.element(screen.getByRole('alert')).toBeVisible();
    await screen.getByRole('button', { name: /^Remove:? ?Event 3/ }).click();
    expect(latest()?.partnerships[0]).toMatchObject({ type: 'cohabitation', consanguineous: true });
    expect(latest()?.partnerships[0]?.events).toHaveLength(2);
    expect(log.map((c) => (typeof c === 'string' ? c : c.type))).toEqual([
      'partnership.update',
      'partnership.update',
      'partnership.event.add',
      'partnership.event.update',
      'partnership.event.move',
      'partnership.event.remove',
    ]);
  });

  test('a parent-child link: kind, couple and dates', async () => {
    const { screen, latest } = await inspect(['l-ben-eva']);
    await expect
      .element(screen.getByRole('heading', { name: 'Parent and child: Ben and Eva' }))
      .toBeVisible();
    await screen.getByLabelText('Kind of parenthood').selectOptions('step');
    await screen.getByLabelText('Child of the couple').selectOptions('with Anna (marriage)');
    await screen.getByLabelText('From').fill('2004');
    await userEvent.tab();
    expect(latest()?.parentChild[3]).toMatchObject({ kind: 'step', partnership: 'u-anna-ben', from: '2004' });
  });

  test('an emotional line: kind, direction worded with the names, notes', async () => {
    const { screen, latest } = await inspect(['e-anna-ben']);
    await screen.getByLabelText('Direction').selectOptions('from Ben to Anna');
    await screen.getByLabelText('Kind of relationship').selectOptions('focused on');
    expect(latest()?.emotional[0]).toMatchObject({ kind: 'focused_on', direction: 'b_to_a' });
  });

  test('a tie: every field; ring and sector limited to the document options; support items', async () => {
    const { screen, latest } = await inspect(['t-anna-gijs']);
    const ring = screen.getByLabelText('Ring');
    // Strong tie in ring 1: the ring is the one proposed from its strength ("automatic: ring 1").
    await expect.element(ring).toHaveValue('');
    expect((ring.element() as HTMLSelectElement).options[0]!.text).toBe('automatic: ring 1 (very close)');
    expect([...(ring.element() as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '',
      '1',
      '2',
      '3',
    ]);
    const sector = screen.getByLabelText('Sector');
    expect([...(sector.element() as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '',
      'family',
      'friends',
      'neighbours',
      'work_school',
      'professionals',
    ]);
    await screen.getByLabelText('Strength').selectOptions('moderate');
    await screen.getByLabelText('Stress').selectOptions('some stress');
    await screen.getByLabelText('Flow of energy and help').selectOptions('goes both ways');
    await screen.getByLabelText('How often in contact').selectOptions('weekly');
    await screen.getByLabelText('Known for').selectOptions('more than five years');
    await screen.getByLabelText('Critical of the client').selectOptions('sometimes');
    await ring.selectOptions('2: close');
    await sector.selectOptions('neighbours');
    await screen.getByRole('button', { name: 'Add support' }).click();
    await screen.getByLabelText('Kind of support').nth(2).selectOptions('care');
    await screen.getByLabelText('Possible, not yet given').first().click();
    expect(latest()?.ties[0]).toMatchObject({
      strength: 2,
      stress: 'some',
      flow: 'both',
      frequency: 'weekly',
      knownFor: 'gt_5y',
      critical: 'sometimes',
      ring: 2,
      sector: 'neighbours',
      support: [
        { type: 'emotional', direction: 'received', potential: true },
        { type: 'practical', direction: 'given', potential: true },
        { type: 'care', direction: 'received' },
      ],
    });
  });

  test('a household: label, current, members toggled one command each', async () => {
    const { screen, log, latest } = await inspect(['h-home']);
    await screen.getByRole('checkbox', { name: 'Eva' }).click();
    await screen.getByRole('checkbox', { name: 'Cas' }).click();
    await screen.getByLabelText('They live together now').click();
    expect(latest()?.households[0]).toEqual({
      id: 'h-home',
      members: ['p-anna', 'p-ben', 'p-eva'],
      label: 'Thuis',
    });
    expect(log.map((c) => (typeof c === 'string' ? c : c.type))).toEqual([
      'household.member.add',
      'household.member.remove',
      'household.update',
    ]);
  });

  test('a multiple birth: zygosity', async () => {
    const { screen, latest } = await inspect(['m-twins']);
    await screen.getByLabelText('Identical or fraternal').selectOptions('identical');
    expect(latest()?.multipleBirths[0]?.zygosity).toBe('monozygotic');
  });

  test('several selected: count, names, and one delete gesture', async () => {
    const { screen, log, latest } = await inspect(['p-gijs', 't-anna-gijs', 'o-school']);
    await expect.element(screen.getByRole('heading', { name: '3 items selected' })).toBeVisible();
    await screen.getByRole('button', { name: 'Delete 3 items' }).click();
    // The tie went with Gijs, so only two removals are sent, inside one gesture.
    expect(log).toEqual([
      'begin',
      { type: 'person.remove', id: 'p-gijs' },
      { type: 'organisation.remove', id: 'o-school' },
      'end',
    ]);
    expect(latest()?.ties).toEqual([]);
  });

  test('keyboard only: tab to a field, type, Enter commits; tab to a relation and press Enter', async () => {
    const { screen, log } = await inspect(['p-cas']);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Name', { exact: true }).element());
    await userEvent.keyboard('{Control>}a{/Control}Casper{Enter}');
    expect(log).toEqual([{ type: 'person.update', id: 'p-cas', changes: { name: 'Casper' } }]);
    const relation = screen.getByRole('button', { name: 'Anna (biological)' });
    for (let i = 0; i < 60 && document.activeElement !== relation.element(); i++) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByTestId('selection')).toHaveTextContent('l-anna-cas');
  });

  test('Dutch and English labels', async () => {
    const nl = await inspect(['p-anna'], 'nl');
    await expect.element(nl.screen.getByRole('heading', { name: 'Persoon: Anna' })).toBeVisible();
    await expect.element(nl.screen.getByLabelText('Naam', { exact: true })).toBeVisible();
    await expect.element(nl.screen.getByLabelText('Geboren')).toBeVisible();
    await expect.element(nl.screen.getByLabelText('Woonplaats')).toBeVisible();
    nl.screen.unmount();
    const en = await inspect(['p-anna'], 'en');
    await expect.element(en.screen.getByLabelText('Where they live')).toBeVisible();
    await expect.element(en.screen.getByText('Woonplaats')).not.toBeInTheDocument();
  });

  test('readonly: values shown, nothing editable, relations still selectable', async () => {
    const { screen } = await inspect(['p-ben'], 'en', true);
    await expect.element(screen.getByLabelText('Name', { exact: true })).toBeDisabled();
    await expect.element(screen.getByLabelText('Gender')).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: 'Anna (marriage)' }).first()).toBeEnabled();
  });

  test('no axe violations for each kind of selection', async () => {
    for (const selection of [
      [],
      ['p-anna'],
      ['o-school'],
      ['u-anna-ben'],
      ['l-ben-eva'],
      ['e-anna-ben'],
      ['t-anna-gijs'],
      ['h-home'],
      ['m-twins'],
      ['p-gijs', 'o-school'],
    ]) {
      const { screen } = await inspect(selection, 'nl');
      expect(await axeViolations(screen.container), selection.join(',')).toEqual([]);
      screen.unmount();
    }
  });
});

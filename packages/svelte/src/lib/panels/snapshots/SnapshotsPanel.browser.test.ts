import { addPerson, addTie, applyCommand, newDocument, type Command, type KringDocument } from '@kring/core';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { RENDERERS } from '../../state/test-support/all-renderers.js';
import { axeViolations } from '../test-support/axe.js';
import SnapshotsPanel from './SnapshotsPanel.svelte';

/** Sam with a neighbour (ring 2). */
function network(): KringDocument {
  let doc = newDocument({ focus: 'sam', title: 'Sam' });
  doc = { ...doc, persons: [{ id: 'sam', name: 'Sam', gender: 'man' }] };
  for (const command of [
    addPerson({ id: 'els', name: 'Buurvrouw Els', gender: 'woman' }),
    addTie({ id: 't1', from: 'sam', to: 'els', ring: 2 }),
  ]) {
    const result = applyCommand(doc, command);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    doc = result.document;
  }
  return doc;
}

async function panel(locale: 'nl' | 'en' = 'en', doc = network()) {
  const commands: Command[] = [];
  let current = doc;
  const renderScene = (d: KringDocument) => RENDERERS.sociogram(d, { locale });
  const props = () => ({
    document: current,
    locale,
    execute,
    render: renderScene,
    scene: renderScene(current),
  });
  function execute(command: Command) {
    commands.push(command);
    const result = applyCommand(current, command);
    if (result.ok) current = result.document;
    return result;
  }
  const screen = await render(SnapshotsPanel, props());
  /** Applies `command` as an edit elsewhere in the editor would, and shows the panel the new document. */
  const edit = async (command?: Command) => {
    if (command) execute(command);
    await screen.rerender(props());
  };
  return { screen, commands, edit, now: () => current };
}

test('take a snapshot, edit the map, and compare the snapshot with now in practice words', async () => {
  const { screen, commands, edit } = await panel();
  await expect.element(screen.getByRole('heading', { name: 'Snapshots', level: 2 })).toBeVisible();
  await expect.element(screen.getByText('No snapshots yet.')).toBeVisible();
  await screen.getByLabelText('Name').fill('Intake');
  await screen.getByLabelText('Date').fill('2026-01-15');
  await screen.getByRole('button', { name: 'Take a snapshot' }).click();
  expect(commands).toEqual([
    { type: 'snapshot.take', snapshot: { id: 's-1', label: 'Intake', date: '2026-01-15' } },
  ]);
  await edit();
  await expect.element(screen.getByText('Intake (2026-01-15)').first()).toBeVisible();

  await edit(addPerson({ id: 'ans', name: 'Ans', gender: 'woman' }));
  await edit(addTie({ id: 't2', from: 'sam', to: 'ans', ring: 1 }));
  await edit(addTie({ id: 't1b', from: 'els', to: 'sam', ring: 1 }));
  await expect.element(screen.getByLabelText('From')).toHaveValue('s-1');
  await expect.element(screen.getByLabelText('To')).toHaveValue('now');
  await expect.element(screen.getByText('1 new person: Ans')).toBeVisible();
  await expect.element(screen.getByText('Buurvrouw Els from ring 2 to 1')).toBeVisible();
  await expect.element(screen.getByText(/outlined in green is new/)).toBeVisible();
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('change a snapshot’s name and date, refuse a bad date, and delete it', async () => {
  const { screen, commands, edit } = await panel();
  await screen.getByRole('button', { name: 'Take a snapshot' }).click();
  await edit();
  expect(commands[0]).toMatchObject({ type: 'snapshot.take', snapshot: { label: 'Snapshot 1' } });

  await screen.getByRole('button', { name: 'Edit Snapshot 1' }).click();
  const form = screen.getByRole('listitem');
  await form.getByLabelText('Name').fill('Na netwerkberaad');
  await form.getByLabelText('Date').fill('15-03-2026');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.element(form.getByRole('alert')).toHaveTextContent('"15-03-2026" is not a date.');
  await form.getByLabelText('Date').fill('2026-03');
  await form.getByRole('button', { name: 'Save' }).click();
  expect(commands[1]).toEqual({
    type: 'snapshot.update',
    id: 's-1',
    changes: { label: 'Na netwerkberaad', date: '2026-03' },
  });
  await edit();
  await expect.element(screen.getByText('Na netwerkberaad (2026-03)').first()).toBeVisible();
  expect(await axeViolations(screen.container)).toEqual([]);

  await screen.getByRole('button', { name: 'Delete Na netwerkberaad' }).click();
  expect(commands[2]).toEqual({ type: 'snapshot.remove', id: 's-1' });
  await edit();
  await expect.element(screen.getByText('No snapshots yet.')).toBeVisible();
});

test('in Dutch, named apart from the device’s earlier versions; two snapshots compare without the map', async () => {
  const { screen, edit } = await panel('nl');
  await expect.element(screen.getByRole('heading', { name: 'Momentopnamen', level: 2 })).toBeVisible();
  await expect.element(screen.getByText(/los van de eerdere versies/)).toBeVisible();
  await screen.getByLabelText('Naam').fill('T0');
  await screen.getByRole('button', { name: 'Momentopname maken' }).click();
  await edit(addPerson({ id: 'ans', name: 'Ans', gender: 'woman' }));
  await edit(addTie({ id: 't2', from: 'sam', to: 'ans', ring: 1 }));
  await screen.getByLabelText('Naam').fill('T1');
  await screen.getByRole('button', { name: 'Momentopname maken' }).click();
  await edit();
  await screen.getByLabelText('Naar').selectOptions('s-2');
  await expect.element(screen.getByText('1 nieuwe persoon: Ans')).toBeVisible();
  await expect.element(screen.getByText(/Kies "nu" bij Naar/)).toBeVisible();
  expect(await axeViolations(screen.container)).toEqual([]);
});

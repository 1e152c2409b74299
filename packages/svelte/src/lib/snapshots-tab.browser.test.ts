/** The snapshots tab in the editor: take T0, edit the map, compare with now; the map draws what changed. */
import { addPerson, addTie, linkParent, removePerson, updateTie, type KringDocument } from '@kring/core';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { axeViolations } from './panels/test-support/axe.js';
import { family } from './state/test-fixtures.js';

async function setup(view: 'genogram' | 'ecogram' | 'sociogram') {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      view,
      onchange: (_: KringDocument) => {},
      onready: (a: KringEditorApi) => (api = a),
    },
  });
  return { screen, api: () => api! };
}

const marks = () => document.querySelector('.kring-comparison');

for (const view of ['genogram', 'ecogram', 'sociogram'] as const)
  test(`${view}: who joined is outlined green, who left dashed grey, who moved rings gets an arrow`, async () => {
    const { screen, api } = await setup(view);
    const tab = screen.getByRole('tab', { name: 'Snapshots' });
    await tab.click();
    const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
    await panel.getByLabelText('Name').fill('T0');
    await panel.getByRole('button', { name: 'Take a snapshot' }).click();
    await expect.element(panel.getByText(/^T0 \(/).first()).toBeVisible();
    expect(marks()).toBeNull();

    for (const command of [
      addPerson({ id: 'p-dewi', name: 'Dewi', gender: 'woman' }),
      linkParent({ id: 'pc-dewi', parent: 'p-anna', child: 'p-dewi', kind: 'biological' }),
      addTie({ id: 't-dewi', from: 'p-tilda', to: 'p-dewi', ring: 1 }),
      removePerson('p-cor'),
      updateTie('t-school', { ring: 1 }),
    ])
      expect(api().apply(command)).toMatchObject({ ok: true });

    await expect.element(panel.getByText('1 new person: Dewi')).toBeVisible();
    await expect.element(panel.getByText('1 person no longer in the network: Cor')).toBeVisible();
    await expect.element(panel.getByText('De Regenboog from ring 3 to 1')).toBeVisible();
    await expect.poll(() => marks()?.querySelectorAll('rect').length).toBeGreaterThanOrEqual(1);
    const drawn = marks()!;
    // Dewi (a new sister, so in every view) is outlined in the positive colour; where Cor stood is dashed
    // (the genogram leaves out who is known through a tie only); an arrow where the symbol moved rings.
    expect(drawn.querySelector('rect:not([stroke-dasharray])')).not.toBeNull();
    if (view !== 'genogram') {
      expect(drawn.querySelector('rect[stroke-dasharray]')).not.toBeNull();
      expect(drawn.textContent).toContain('Cor');
    }
    if (view === 'sociogram') expect(drawn.querySelectorAll('path').length).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(screen.container)).toEqual([]);

    // Back to the details: the map shows no comparison.
    await screen.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(() => marks()).toBeNull();
  });

const stage = () => document.querySelector('.kring-snapshot-stage');

for (const view of ['genogram', 'ecogram', 'sociogram'] as const)
  test(`${view}: two snapshots compared draw the later one with the overlay; replay steps through T0, T1, now`, async () => {
    const { screen, api } = await setup(view);
    await screen.getByRole('tab', { name: 'Snapshots' }).click();
    const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
    await panel.getByLabelText('Name').fill('T0');
    await panel.getByLabelText('Date').fill('2026-01-10');
    await panel.getByRole('button', { name: 'Take a snapshot' }).click();
    for (const command of [
      addPerson({ id: 'p-dewi', name: 'Dewi', gender: 'woman' }),
      linkParent({ id: 'pc-dewi', parent: 'p-anna', child: 'p-dewi', kind: 'biological' }),
      addTie({ id: 't-dewi', from: 'p-tilda', to: 'p-dewi', ring: 1 }),
      updateTie('t-school', { ring: 1 }),
    ])
      expect(api().apply(command)).toMatchObject({ ok: true });
    await panel.getByLabelText('Name').fill('T1');
    await panel.getByLabelText('Date').fill('2026-03-01');
    await panel.getByRole('button', { name: 'Take a snapshot' }).click();
    expect(api().apply(removePerson('p-cor'))).toMatchObject({ ok: true });

    // T0 → T1: T1 is drawn over the canvas (not editable), Dewi outlined green.
    await panel.getByLabelText('To').selectOptions('T1 (2026-03-01)');
    await expect.element(panel.getByText('1 new person: Dewi')).toBeVisible();
    await expect
      .poll(() => stage()?.querySelector('figcaption')?.textContent)
      .toBe('T1 (2026-03-01), compared with T0 (2026-01-10) (not editable)');
    const drawn = stage()!.querySelector('.kring-comparison')!;
    expect(drawn.querySelector('rect:not([stroke-dasharray])')).not.toBeNull();
    expect(stage()!.querySelector('[data-id="p-dewi"]')).not.toBeNull();
    // Cor is still in T1 (the genogram leaves out who is known through a tie only); the live map behind
    // (inert) no longer has him.
    if (view !== 'genogram') expect(stage()!.querySelector('[data-id="p-cor"]')).not.toBeNull();
    expect(document.querySelector('.kring-stage')!.hasAttribute('inert')).toBe(true);
    if (view === 'sociogram') expect(drawn.querySelectorAll('path').length).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(screen.container)).toEqual([]);

    // Replay: step forward through T0, T1 and now, announced, then back to the live map.
    const controls = panel.getByRole('group', { name: 'Replay controls' });
    await controls.getByRole('button', { name: 'Step forward' }).click();
    await expect.element(panel.getByText('Step 1 of 3: T0 (2026-01-10)')).toBeVisible();
    await expect.element(panel.getByText('The starting point.')).toBeVisible();
    // Dewi fades out (she was not there yet at T0).
    await expect.poll(() => stage()!.querySelector('[data-id="p-dewi"]')).toBeNull();
    await controls.getByRole('button', { name: 'Step forward' }).click();
    await expect.element(panel.getByText('Step 2 of 3: T1 (2026-03-01)')).toBeVisible();
    expect(stage()!.querySelector('[data-id="p-dewi"]')).not.toBeNull();
    // The arrow keys step too.
    (controls.getByRole('button', { name: 'Step forward' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(panel.getByText('Step 3 of 3: now (the map as it is)')).toBeVisible();
    await expect.element(panel.getByText('1 person no longer in the network: Cor')).toBeVisible();
    await expect.poll(() => stage()!.querySelector('[data-id="p-cor"]')).toBeNull();
    if (view !== 'genogram')
      expect(stage()!.querySelector('.kring-comparison rect[stroke-dasharray]')).not.toBeNull();
    await expect.element(controls.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    expect(await axeViolations(screen.container)).toEqual([]);
    await controls.getByRole('button', { name: 'Back to the map now' }).click();
    // Still comparing T0 with T1: that comparison is drawn again; choosing now brings the live map back.
    await expect.poll(() => stage()?.querySelector('figcaption')?.textContent).toContain('compared with T0');
    await panel.getByLabelText('To').selectOptions('now (the map as it is)');
    await expect.poll(() => stage()).toBeNull();
    expect(document.querySelector('.kring-stage')!.hasAttribute('inert')).toBe(false);
  });

test('replay plays by itself and pauses; play again at the end starts at the first step', async () => {
  const { screen } = await setup('sociogram');
  await screen.getByRole('tab', { name: 'Snapshots' }).click();
  const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
  await panel.getByLabelText('Name').fill('T0');
  await panel.getByRole('button', { name: 'Take a snapshot' }).click();
  const controls = panel.getByRole('group', { name: 'Replay controls' });
  await controls.getByLabelText('Speed').selectOptions('2×');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect.element(panel.getByText(/^Step 1 of 2/)).toBeVisible();
  await expect
    .element(controls.getByRole('button', { name: 'Pause' }))
    .toHaveAttribute('aria-pressed', 'true');
  // At 2× a step takes 1.5 s; the player stops at the last step by itself.
  await expect.element(panel.getByText(/^Step 2 of 2/), { timeout: 5000 }).toBeVisible();
  await expect
    .element(controls.getByRole('button', { name: 'Play' }))
    .toHaveAttribute('aria-pressed', 'false');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect.element(panel.getByText(/^Step 1 of 2/)).toBeVisible();
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect.element(controls.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('deleting someone who is in a snapshot asks whether to erase them from every snapshot too', async () => {
  const { screen, api } = await setup('ecogram');
  await screen.getByRole('tab', { name: 'Snapshots' }).click();
  const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
  await panel.getByLabelText('Name').fill('T0');
  await panel.getByRole('button', { name: 'Take a snapshot' }).click();
  await expect.poll(() => api().getDocument().snapshots.length).toBe(1);
  const inSnapshot = () =>
    api()
      .getDocument()
      .snapshots[0]!.state.persons.some((p) => p.id === 'p-cor');
  const onMap = () =>
    api()
      .getDocument()
      .persons.some((p) => p.id === 'p-cor');

  const toolbarDelete = () =>
    screen.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: 'Delete' });
  // Cancel: nothing happens.
  api().select(['p-cor']);
  await toolbarDelete().click();
  const dialog = screen.getByRole('dialog', { name: 'Also erase from the snapshots?' });
  await expect.element(dialog).toBeVisible();
  await expect.element(dialog.getByText(/Cor also appears in the snapshots/)).toBeVisible();
  expect(await axeViolations(document.body)).toEqual([]);
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
  expect(onMap()).toBe(true);

  // Erase too: one undo step takes back both.
  await toolbarDelete().click();
  await screen.getByRole('button', { name: 'Delete and erase from every snapshot' }).click();
  await expect.poll(onMap).toBe(false);
  expect(inSnapshot()).toBe(false);
  api().undo();
  expect(onMap()).toBe(true);
  expect(inSnapshot()).toBe(true);

  // Only from the map now, from the details' Delete: the snapshot keeps Cor.
  api().select(['p-cor']);
  await screen.getByRole('tab', { name: 'Details' }).click();
  await screen.getByRole('tabpanel', { name: 'Details' }).getByRole('button', { name: 'Delete' }).click();
  await screen.getByRole('button', { name: 'Delete from the map now only' }).click();
  await expect.poll(onMap).toBe(false);
  expect(inSnapshot()).toBe(true);
});

test('with initials, snapshots compared and replayed show initials, never names', async () => {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      view: 'sociogram',
      pseudonymise: true,
      onready: (a: KringEditorApi) => (api = a),
    },
  });
  await screen.getByRole('tab', { name: 'Snapshots' }).click();
  const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
  await panel.getByLabelText('Name').fill('Intake Cor');
  await panel.getByRole('button', { name: 'Take a snapshot' }).click();
  expect(api!.apply(removePerson('p-cor'))).toMatchObject({ ok: true });
  await expect.element(panel.getByText('1 person no longer in the network: C.')).toBeVisible();
  await panel
    .getByRole('group', { name: 'Replay controls' })
    .getByRole('button', { name: 'Step forward' })
    .click();
  await expect.element(panel.getByText(/^Step 1 of 2: Intake C\. \(/)).toBeVisible();
  await expect.poll(() => stage()?.textContent ?? '').toContain('C.');
  expect(stage()!.textContent).not.toContain('Cor');
  expect(target.querySelector('.kring-panels')!.textContent).not.toContain('Cor');
});

test('replaying, another view draws the step in that view', async () => {
  const { screen } = await setup('sociogram');
  await screen.getByRole('tab', { name: 'Snapshots' }).click();
  const panel = screen.getByRole('tabpanel', { name: 'Snapshots' });
  await panel.getByLabelText('Name').fill('T0');
  await panel.getByRole('button', { name: 'Take a snapshot' }).click();
  await panel
    .getByRole('group', { name: 'Replay controls' })
    .getByRole('button', { name: 'Step forward' })
    .click();
  await expect.element(panel.getByText(/^Step 1 of 2/)).toBeVisible();
  await expect.poll(() => stage()?.querySelector('svg')?.getAttribute('aria-label')).toMatch(/sociogram/i);
  await screen.getByRole('button', { name: 'genogram', exact: true }).click();
  await expect.poll(() => stage()?.querySelector('svg')?.getAttribute('aria-label')).toMatch(/genogram/i);
});

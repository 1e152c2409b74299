/** The snapshots tab in the editor: take T0, edit the map, compare with now; the map draws what changed. */
import { addPerson, addTie, linkParent, removePerson, updateTie, type KringDocument } from '@kring/core';
import { expect, test } from 'vitest';
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

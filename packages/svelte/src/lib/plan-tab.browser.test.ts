/** The future plan in the editor's side panel: a tab beside the details, reachable by keyboard, in nl and en. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument, Locale } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { family } from './state/test-fixtures.js';

async function setup(locale: Locale = 'en', props: Record<string, unknown> = {}) {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  const docs: KringDocument[] = [];
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale,
      onchange: (doc: KringDocument) => docs.push(doc),
      onready: (a: KringEditorApi) => (api = a),
      ...props,
    },
  });
  return { screen, latest: () => docs.at(-1), api: () => api! };
}

test('the plan tab shows the plan panel; an edit there is an undoable change of the document', async () => {
  const { screen, latest, api } = await setup();
  const planTab = screen.getByRole('tab', { name: 'Plan' });
  await expect.element(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await planTab.click();
  await expect.element(planTab).toHaveAttribute('aria-selected', 'true');
  await expect.element(screen.getByRole('heading', { name: 'Future plan' })).toBeVisible();
  await screen.getByLabelText('Goal').fill('Tilda goes to school every day');
  await userEvent.tab();
  expect(latest()?.plan?.goal).toBe('Tilda goes to school every day');
  expect(api().undo()).toBe(true);
  expect(latest()?.plan ?? null).toBeNull();
});

test('keyboard: Tab reaches the selected tab, arrows switch tabs, Enter on a symbol returns to the details', async () => {
  const { screen } = await setup();
  const details = screen.getByRole('tab', { name: 'Details' });
  (details.element() as HTMLElement).focus();
  await userEvent.keyboard('{ArrowRight}');
  const planTab = screen.getByRole('tab', { name: 'Plan' });
  await expect.element(planTab).toHaveAttribute('aria-selected', 'true');
  expect(document.activeElement).toBe(planTab.element());
  await expect.element(screen.getByRole('tabpanel', { name: 'Plan' })).toBeVisible();
  await userEvent.keyboard('{ArrowLeft}');
  await expect.element(details).toHaveAttribute('aria-selected', 'true');
  await userEvent.keyboard('{ArrowRight}');
  document.querySelector<SVGGElement>('[data-node-id="p-anna"]')!.focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(details).toHaveAttribute('aria-selected', 'true');
  expect(document.querySelector('.kring-inspector')!.contains(document.activeElement)).toBe(true);
});

test('in Dutch the tabs and the plan read in Dutch; read-only shows the plan without fields to edit', async () => {
  const { screen } = await setup('nl', { readonly: true });
  await screen.getByRole('tab', { name: 'Plan' }).click();
  await expect.element(screen.getByRole('heading', { name: 'Toekomstplan' })).toBeVisible();
  await expect.element(screen.getByRole('tab', { name: 'Details' })).toBeVisible();
  await expect.element(screen.getByRole('tablist', { name: 'Zijpanelen' })).toBeVisible();
  await expect.element(screen.getByLabelText('Doel')).toBeDisabled();
});

test('the plan tab widens the panel into the plan workspace; the map keeps owners in colour, a click shows their actions', async () => {
  const doc = family();
  doc.plan = {
    goal: 'Tilda goes to school',
    actionTeam: [],
    invitees: [],
    actions: [
      { id: 'a1', text: 'Bring Tilda to school', owners: ['p-bram'], status: 'agreed' },
      { id: 'a2', text: 'Talk to the teacher', owners: ['o-school', 'p-anna'], status: 'proposed' },
    ],
  };
  const { screen, api } = await setup('en', { initialDocument: doc });
  const panel = document.querySelector<HTMLElement>('.kring-panels')!;
  const narrow = panel.getBoundingClientRect().width;
  await screen.getByRole('tab', { name: 'Plan' }).click();
  await expect.element(screen.getByRole('table', { name: 'Actions' })).toBeVisible();
  expect(panel.getBoundingClientRect().width).toBeGreaterThan(Math.max(narrow, 600));
  const dimmed = (id: string) =>
    document.querySelector(`.kring-node[data-node-id="${id}"]`)!.classList.contains('kring-dimmed');
  const drawn = [...document.querySelectorAll('.kring-node')].map((n) => n.getAttribute('data-node-id')!);
  expect(drawn).toEqual(expect.arrayContaining(['p-bram', 'p-anna', 'p-tilda']));
  for (const id of drawn)
    expect([id, dimmed(id)]).toEqual([id, !['p-bram', 'p-anna', 'o-school'].includes(id)]);
  // Selecting Bram on the map (a click selects; the API does the same) shows his actions, only him in colour.
  api().select(['p-bram']);
  await expect.element(screen.getByLabelText('Actions of')).toHaveDisplayValue('Bram');
  await expect.element(screen.getByLabelText('Action 1: what will be done')).toBeVisible();
  await expect.element(screen.getByLabelText('Action 2: what will be done')).not.toBeInTheDocument();
  expect(dimmed('p-anna')).toBe(true);
  expect(dimmed('p-bram')).toBe(false);
  // Back to the details: nobody greyed out.
  await screen.getByRole('tab', { name: 'Details' }).click();
  expect(dimmed('p-anna')).toBe(false);
});

/** The layout's progress indicator: nothing during a short wait, then a labelled progress bar in a status. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import LayoutStatus from './LayoutStatus.svelte';

test('shows a labelled progress bar only after a wait, and removes it when done', async () => {
  const screen = await render(LayoutStatus, { pending: true, label: 'Laying out the map…' });
  expect(document.querySelector('[role="progressbar"]')).toBeNull();
  await expect.element(page.getByRole('progressbar', { name: 'Laying out the map…' })).toBeVisible();
  await expect.element(page.getByRole('status')).toHaveTextContent('Laying out the map…');
  await screen.rerender({ pending: false, label: 'Laying out the map…' });
  await expect.poll(() => document.querySelector('[role="status"]')).toBeNull();
});

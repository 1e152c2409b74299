import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LiveRegion from './LiveRegion.svelte';

test('announces its message in a polite status region', async () => {
  const screen = await render(LiveRegion, { message: 'Persoon toegevoegd: Tilda' });
  const region = screen.getByRole('status');
  await expect.element(region).toHaveTextContent('Persoon toegevoegd: Tilda');
  await expect.element(region).toHaveAttribute('aria-live', 'polite');
  await screen.rerender({ message: 'Person removed' });
  await expect.element(region).toHaveTextContent('Person removed');
});

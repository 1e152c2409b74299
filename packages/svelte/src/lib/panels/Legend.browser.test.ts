import type { LegendEntry } from '@kring/scene';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Legend from './Legend.svelte';
import { axeViolations } from './test-support/axe.js';

const entries: LegendEntry[] = [
  { key: 'person.woman', label: 'vrouw', sample: [{ type: 'circle', cx: 20, cy: 10, r: 8 }] },
  {
    key: 'partnership.divorced',
    label: 'gescheiden',
    sample: [
      { type: 'path', d: 'M 2 10 L 38 10' },
      { type: 'path', d: 'M 17 4 L 21 16 M 20 4 L 24 16', strokeWidth: 1.5 },
    ],
  },
  {
    key: 'condition:diabetes',
    label: 'Diabetes <type 2> & "meer"',
    sample: [{ type: 'rect', x: 12, y: 2, width: 16, height: 16, fill: 'fill1' }],
  },
  { key: 'support.letters', label: 'steun', sample: [{ type: 'text', x: 20, y: 10, text: 'E P', size: 9 }] },
];

test('draws every entry as a list item: a decorative sample and its label', async () => {
  const screen = await render(Legend, { entries, locale: 'nl' });
  await expect.element(screen.getByRole('heading', { name: 'Legenda' })).toBeVisible();
  const items = screen.getByRole('listitem').all();
  expect(items).toHaveLength(4);
  await expect.element(items[2]!).toHaveTextContent('Diabetes <type 2> & "meer"');
  const svgs = screen.container.querySelectorAll('svg');
  expect(svgs).toHaveLength(4);
  for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).toBe('true');
  expect(svgs[0]!.querySelector('circle')?.getAttribute('r')).toBe('8');
  expect(svgs[2]!.querySelector('rect')?.getAttribute('fill')).toBe('var(--kring-fill1, #e3ae39)');
  expect(svgs[3]!.querySelector('text')?.textContent).toBe('E P');
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('English heading, a host title, and an empty legend', async () => {
  const screen = await render(Legend, { entries: [], locale: 'en' });
  await expect.element(screen.getByRole('heading', { name: 'Legend' })).toBeVisible();
  await expect.element(screen.getByText('Nothing drawn yet.')).toBeVisible();
  await screen.rerender({ entries, locale: 'en', title: 'Symbols used' });
  await expect.element(screen.getByRole('heading', { name: 'Symbols used' })).toBeVisible();
});

test('a path with anything but numbers and path commands is not drawn', async () => {
  const screen = await render(Legend, {
    entries: [
      { key: 'x', label: 'x', sample: [{ type: 'path', d: 'M 0 0 L 10 10 url(javascript:alert(1))' }] },
    ],
    locale: 'en',
  });
  expect(screen.container.querySelectorAll('path')).toHaveLength(0);
});

import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { syntheticFamily } from '@kring/examples/synthetic';
import { expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Outline from './Outline.svelte';
import { OPEN_ITEMS } from './outline/outline-open.js';
import { axeViolations } from './test-support/axe.js';
import { family } from './test-support/family.js';

test('the focus, family by generation with relation words, households, network, organisations, lines', async () => {
  const screen = await render(Outline, {
    document: family(),
    locale: 'en',
    selection: [],
    onselect: () => {},
  });
  for (const name of [
    'Outline',
    'Focus person',
    'Family',
    "Parents' generation",
    'Own generation',
    "Children's generation",
    'Households',
    'Thuis (now)',
    'Network',
    'friends',
    'Ring 1: very close',
    'professionals, organisations',
    'Organisations',
    'Emotional lines',
  ])
    await expect.element(screen.getByRole('heading', { name, exact: true })).toBeVisible();
  const text = screen.container.textContent ?? '';
  expect(text).toContain('Anna — 41 years');
  expect(text).toContain('Dora — mother, died 2019');
  expect(text).toContain('Ben — partner, 44 years');
  expect(text).toContain('Cas — son, 11 years');
  expect(text).toContain('Ilse — foster child, 10 years');
  expect(text).toContain('Jan — foster son');
  expect(text).toContain(
    'tie, strong, no stress — emotional support (received); practical help (given, possible)',
  );
  expect(text).toContain('conflictual between Anna and Ben');
  expect(text).toContain('De Regenboog — school');
});

test('relation words in Dutch: moeder, halfzus; the neutral word when gender is unknown', async () => {
  const doc = family();
  const screen = await render(Outline, { document: doc, locale: 'nl', selection: [], onselect: () => {} });
  const text = screen.container.textContent ?? '';
  expect(text).toContain('Dora — moeder, overleden 2019');
  expect(text).toContain('Ilse — pleegkind, 10 jaar');
  expect(text).toContain('Jan — pleegzoon');
  await expect.element(screen.getByRole('heading', { name: 'Generatie van de ouders' })).toBeVisible();
  screen.unmount();
  // From Cas's point of view, Eva (Ben's daughter with Fleur) is a half-sister.
  const fromCas: KringDocument = { ...doc, focus: 'p-cas' };
  const cas = await render(Outline, { document: fromCas, locale: 'nl', selection: [], onselect: () => {} });
  const casText = cas.container.textContent ?? '';
  expect(casText).toContain('Eva — halfzus');
  expect(casText).toContain('Anna — moeder');
  expect(casText).toContain('Dora — oma');
  expect(casText).toContain('Fleur');
});

test('every item is a button that selects it; the selection is marked', async () => {
  const onselect = vi.fn();
  const screen = await render(Outline, { document: family(), locale: 'en', selection: ['p-gijs'], onselect });
  // Keyboard only: tab to the first button (the focus person) and press Enter.
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  expect(onselect).toHaveBeenLastCalledWith(['p-anna']);
  await expect.element(screen.getByRole('button', { name: 'Gijs' })).toHaveAttribute('aria-current', 'true');
  await screen.getByRole('button', { name: 'conflictual between Anna and Ben' }).click();
  expect(onselect).toHaveBeenLastCalledWith(['e-anna-ben']);
  await screen.getByRole('button', { name: 'tie, strong, no stress' }).click();
  expect(onselect).toHaveBeenLastCalledWith(['t-anna-gijs']);
});

test('the example cases outline without axe violations', async () => {
  for (const example of EXAMPLES) {
    const read = readDocument(example.document);
    if (!read.ok) throw new Error(`${example.slug} does not read`);
    const screen = await render(Outline, {
      document: read.document,
      locale: 'nl',
      selection: [],
      onselect: () => {},
    });
    await expect.element(screen.getByRole('heading', { name: 'Netwerk', exact: true })).toBeVisible();
    const violations = await axeViolations(screen.container);
    expect(violations, `${example.slug}: ${violations.join('\n')}`).toEqual([]);
    screen.unmount();
  }
});

test('a large map: generations are disclosures, those nearest the focus open; Enter opens one', async () => {
  const doc = syntheticFamily(600, 3);
  const screen = await render(Outline, { document: doc, locale: 'en', selection: [], onselect: () => {} });
  const disclosures = [...screen.container.querySelectorAll<HTMLButtonElement>('h4 > button[aria-expanded]')];
  expect(disclosures.length).toBeGreaterThan(3);
  const open = disclosures.filter((b) => b.getAttribute('aria-expanded') === 'true');
  expect(open.length).toBeGreaterThan(0);
  expect(open.length).toBeLessThan(disclosures.length);
  // The own generation is open; a closed one says how many it holds and lists no one until opened.
  expect(open.map((b) => b.textContent)).toContainEqual(expect.stringMatching(/Own generation \(\d+\)$/));
  const closed = disclosures.find((b) => b.getAttribute('aria-expanded') === 'false')!;
  const list = document.getElementById(closed.getAttribute('aria-controls')!)!;
  expect(list.hidden).toBe(true);
  expect(list.children).toHaveLength(0);
  const count = Number(/\((\d+)\)$/.exec(closed.textContent!)![1]);
  expect(screen.container.querySelectorAll('li').length).toBeLessThanOrEqual(OPEN_ITEMS + 20);
  closed.focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(closed).toHaveAttribute('aria-expanded', 'true');
  expect(list.hidden).toBe(false);
  expect(list.querySelectorAll(':scope > li > button')).toHaveLength(count);
  await userEvent.keyboard('{Enter}');
  await expect.element(closed).toHaveAttribute('aria-expanded', 'false');
  expect(list.children).toHaveLength(0);
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('a large map: a person selected on the drawing opens their group, marked; the groups opened stay open', async () => {
  const doc = syntheticFamily(600, 3);
  const screen = await render(Outline, { document: doc, locale: 'en', selection: [], onselect: () => {} });
  const disclosures = () => [
    ...screen.container.querySelectorAll<HTMLButtonElement>('h4 > button[aria-expanded]'),
  ];
  const openKeys = () =>
    disclosures()
      .filter((b) => b.getAttribute('aria-expanded') === 'true')
      .map((b) => b.getAttribute('aria-controls'));
  const before = openKeys();
  const closed = disclosures().find((b) => b.getAttribute('aria-expanded') === 'false')!;
  // Whom the closed group holds: open it to read a name, close it again.
  closed.click();
  await expect.element(closed).toHaveAttribute('aria-expanded', 'true');
  const list = document.getElementById(closed.getAttribute('aria-controls')!)!;
  const name = list.querySelector('li > button')!.textContent!;
  const person = doc.persons.find((p) => name.startsWith(p.name ?? '\u0000'))!;
  expect(person).toBeDefined();
  closed.click();
  await expect.element(closed).toHaveAttribute('aria-expanded', 'false');
  expect(list.children).toHaveLength(0);

  await screen.rerender({ selection: [person.id] });
  await expect.element(closed).toHaveAttribute('aria-expanded', 'true');
  expect(list.hidden).toBe(false);
  const current = [...screen.container.querySelectorAll('button[aria-current="true"]')];
  expect(current.some((b) => list.contains(b))).toBe(true);
  expect(openKeys()).toEqual(expect.arrayContaining(before));
  // A group the user closes with the selection in it stays closed until something else is selected.
  closed.click();
  await expect.element(closed).toHaveAttribute('aria-expanded', 'false');
  await screen.rerender({ selection: [person.id] });
  await expect.element(closed).toHaveAttribute('aria-expanded', 'false');
  expect(await axeViolations(screen.container)).toEqual([]);
});

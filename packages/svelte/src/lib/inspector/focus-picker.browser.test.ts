import type { Command, KringDocument } from '@kring/core';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { axeViolations } from '../panels/test-support/axe.js';
import { family } from '../panels/test-support/family.js';
import PanelHarness from '../panels/test-support/PanelHarness.svelte';
import { largeFamily } from '../state/test-fixtures.js';

async function inspect(initial: KringDocument, locale: 'nl' | 'en' = 'en') {
  const log: (Command | 'begin' | 'end')[] = [];
  const screen = await render(PanelHarness, { panel: 'inspector', initial, locale, log });
  const box = screen.getByRole('combobox', { name: locale === 'en' ? 'Focus person' : 'Hoofdpersoon' });
  return { screen, log, box, input: box.element() as HTMLInputElement };
}

const optionTexts = (container: Element) =>
  [...container.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim());

describe('the focus person picker', () => {
  test('a small family: a click lists everyone (with their years), a click on a name sets the focus', async () => {
    const { screen, log, box, input } = await inspect(family());
    await expect.element(box).toHaveValue('Anna');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    await box.click();
    await expect.element(box).toHaveAttribute('aria-expanded', 'true');
    const names = optionTexts(screen.container);
    expect(names[0]).toBe('Anna 1980–');
    expect(names).toContain('Dora 1950–2019');
    expect(names).toContain('Gijs');
    expect(screen.container.textContent).not.toContain('type to narrow');
    await screen.getByRole('option', { name: 'Ben 1978–' }).click();
    expect(log).toEqual([{ type: 'focus.set', id: 'p-ben' }]);
    await expect.element(box).toHaveValue('Ben');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(input);
  });

  test('a chevron at the end of the field shows that it opens a list; a click on it opens and closes the list, the keyboard stays in the field', async () => {
    const { screen, box, input } = await inspect(family(), 'nl');
    const toggle = screen.getByRole('button', { name: 'Hoofdpersoon' });
    const button = toggle.element() as HTMLButtonElement;
    // The APG's open button: not a tab stop (the field's arrows open the list), tells whether it is open.
    expect(button.tabIndex).toBe(-1);
    expect(button.getAttribute('aria-controls')).toBe(input.getAttribute('aria-controls'));
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    // Inside the field's right end, at least 24 px to hit.
    const field = input.getBoundingClientRect();
    const chevron = button.getBoundingClientRect();
    expect(chevron.right).toBeLessThanOrEqual(field.right);
    expect(chevron.left).toBeGreaterThan(field.left + field.width / 2);
    expect(Math.min(chevron.width, chevron.height)).toBeGreaterThanOrEqual(24);
    await toggle.click();
    await expect.element(box).toHaveAttribute('aria-expanded', 'true');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(input);
    expect(optionTexts(screen.container)[0]).toBe('Anna 1980–');
    await toggle.click();
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(input);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('keyboard: type to filter, arrows move the active option, Enter chooses, Escape puts the name back', async () => {
    const { screen, log, box, input } = await inspect(family());
    input.focus();
    await userEvent.keyboard('ja');
    await expect.element(box).toHaveAttribute('aria-expanded', 'true');
    expect(optionTexts(screen.container)).toEqual(['Jan 2012–']);
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'found' }))
      .toHaveTextContent('1 found');
    const active = () =>
      document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(active()).toBe('Jan 2012–');
    await userEvent.keyboard('{Escape}');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    await expect.element(box).toHaveValue('Anna');
    expect(log).toEqual([]);

    await userEvent.keyboard('{ArrowDown}');
    await expect.element(box).toHaveAttribute('aria-expanded', 'true');
    expect(active()).toBe('Anna 1980–');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe(optionTexts(screen.container)[2]);
    await userEvent.keyboard('{ArrowUp}');
    const chosen = optionTexts(screen.container)[1]!;
    expect(active()).toBe(chosen);
    await userEvent.keyboard('{Enter}');
    expect(log).toHaveLength(1);
    await expect.element(box).toHaveValue(chosen.replace(/ [\d–~]+$/, ''));

    input.select();
    await userEvent.keyboard('zzz');
    await expect.element(screen.getByRole('status').filter({ hasText: 'No one' })).toBeInTheDocument();
    expect(screen.container.querySelector('.kring-picker .kring-hint')?.textContent?.trim()).toBe(
      'No one by that name',
    );
    expect(optionTexts(screen.container)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(log).toHaveLength(1);
    await userEvent.tab();
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    await expect.element(box).not.toHaveValue('zzz');
  });

  test('3,010 persons: 50 options drawn and "N more — type to narrow"; typing narrows, in Dutch too', async () => {
    const doc = largeFamily(3010);
    const { screen, log, box, input } = await inspect(doc, 'nl');
    await expect.element(box).toHaveValue('Persoon 3010');
    await box.click();
    expect(screen.container.querySelectorAll('[role="option"]')).toHaveLength(50);
    await expect.element(screen.getByText('nog 2960 — typ verder om te verfijnen')).toBeVisible();
    input.select();
    await userEvent.keyboard('persoon 12');
    // "Persoon 12", 120–129, 1200–1299: 111 match.
    expect(screen.container.querySelectorAll('[role="option"]')).toHaveLength(50);
    await expect.element(screen.getByText('nog 61 — typ verder om te verfijnen')).toBeVisible();
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'gevonden' }))
      .toHaveTextContent('111 gevonden');
    await userEvent.keyboard('34');
    expect(optionTexts(screen.container)).toEqual(['Persoon 1234']);
    await userEvent.keyboard('{Enter}');
    expect(log).toEqual([{ type: 'focus.set', id: 'p1233' }]);
    await expect.element(box).toHaveValue('Persoon 1234');
  });

  test('no axe violations, closed and open', async () => {
    const { screen, box } = await inspect(family());
    expect(await axeViolations(screen.container)).toEqual([]);
    await box.click();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

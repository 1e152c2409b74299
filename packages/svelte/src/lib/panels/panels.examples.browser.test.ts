/**
 * The panels with the three example cases, at laptop size: no axe violations on the whole sidebar, every
 * case's focus person inspected, and a screenshot per case (in __screenshots__, for looking at, not committed).
 */
import { readDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { renderGenogram } from '@kring/genogram';
import { renderSociogram } from '@kring/sociogram';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { axeViolations } from './test-support/axe.js';
import PanelsShowcase from './test-support/PanelsShowcase.svelte';

for (const example of EXAMPLES) {
  test(`${example.slug}: all panels, accessible and legible`, async () => {
    await page.viewport(1280, 900);
    const read = readDocument(example.document);
    if (!read.ok) throw new Error(`${example.slug} does not read`);
    const doc = read.document;
    const legend = [
      ...renderGenogram(doc, { locale: 'nl' }).legend,
      ...renderSociogram(doc, { locale: 'nl' }).legend,
    ];
    expect(legend.length).toBeGreaterThan(0);
    const screen = await render(PanelsShowcase, {
      initial: doc,
      legend,
      selection: [doc.focus],
      locale: 'nl',
    });
    const focus = doc.persons.find((p) => p.id === doc.focus)!;
    await expect.element(screen.getByRole('heading', { name: `Persoon: ${focus.name}` })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Toekomstplan' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Legenda' }).getByRole('listitem').all()).toHaveLength(
      legend.length,
    );
    const violations = await axeViolations(screen.container);
    expect(violations, violations.join('\n')).toEqual([]);
    // Screenshots of the whole sidebar, a screenful at a time.
    const height = screen.container.getBoundingClientRect().height;
    for (let y = 0, n = 1; y < height; y += 850, n++) {
      window.scrollTo(0, y);
      await page.screenshot({ path: `__screenshots__/examples/${example.slug}-${n}.png` });
    }
  });
}

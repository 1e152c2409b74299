import { checkInvariants, readDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { expect, test } from 'vitest';
import { partialDocument } from './partial-document.js';
import { shownAfter, trainerSteps } from './steps.js';

const examples = EXAMPLES.map((e) => {
  const read = readDocument(e.document);
  if (!read.ok) throw new Error(`${e.slug} does not read`);
  return { slug: e.slug, doc: read.document };
});

test('every step of every example is a valid document on its own', () => {
  for (const { slug, doc } of examples) {
    const steps = trainerSteps(doc);
    for (let i = 0; i < steps.length; i++) {
      const partial = partialDocument(doc, shownAfter(steps, i), { withPlan: steps[i]?.kind === 'plan' });
      const errors = checkInvariants(partial).filter((p) => p.severity === 'error');
      expect(errors, `${slug} step ${i + 1}`).toEqual([]);
    }
  }
});

test('the first step holds the focus alone; the last holds everything', () => {
  const { doc } = examples[0]!;
  const steps = trainerSteps(doc);
  const first = partialDocument(doc, shownAfter(steps, 0));
  expect(first.persons.map((p) => p.id)).toEqual([doc.focus]);
  expect(first.ties).toEqual([]);
  expect(first.plan).toBeNull();
  const last = partialDocument(doc, shownAfter(steps, steps.length - 1), { withPlan: true });
  expect(last.persons).toEqual(doc.persons);
  expect(last.ties).toEqual(doc.ties);
  expect(last.plan).toEqual(doc.plan);
});

test('pins place the shown people where the whole map has them', () => {
  const { doc } = examples[0]!;
  const shown = new Set([doc.focus]);
  const partial = partialDocument(doc, shown, {
    view: 'genogram',
    pins: { [doc.focus]: { x: 10, y: 20 }, other: { x: 1, y: 1 } },
  });
  expect(partial.layouts.genogram?.positions).toEqual({ [doc.focus]: { x: 10, y: 20 } });
  expect(doc.layouts.genogram?.positions?.[doc.focus]).toBeUndefined();
});

import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { expect, test } from 'vitest';
import { sceneOf } from '../render/map-svg.js';
import { lessonItems, newLessonSteps, readLesson, slideText } from './lesson.js';
import { sequence, shownAfter } from './steps.js';
import { forView, visibleIds } from './view-steps.js';

const read = readDocument(EXAMPLES[0]!.document);
if (!read.ok) throw new Error('does not read');
const doc: KringDocument = read.document;
const visible = visibleIds(sceneOf(doc, 'genogram', 'nl', false)!);

test('a new lesson holds the steps that change the picture; presenting it shows the whole map at the end', () => {
  const steps = newLessonSteps(doc, 'genogram', visible);
  expect(steps.length).toBe(15);
  const lesson = readLesson({ id: 'l', title: 'Les', view: 'genogram', steps });
  const items = lessonItems(doc, lesson, 'genogram');
  const presented = forView(
    sequence(
      doc,
      items.map((i) => i.item),
    ),
    visible,
  );
  expect(presented.map((s) => s.key)).toEqual(steps.map((s) => (s.kind === 'map' ? s.ref : '')));
  const everything = forView(
    sequence(
      doc,
      lessonItems(doc, readLesson({ id: 'x', title: 'x', steps: [] }), 'genogram').map((i) => i.item),
    ),
    visible,
  );
  expect(everything).toEqual([]);
  expect(shownAfter(presented, presented.length - 1).size).toBeGreaterThan(0);
});

test('order, slides, hidden and removed steps, notes and highlights as authored', () => {
  const steps = newLessonSteps(doc, 'genogram', visible).slice(0, 4);
  const lesson = readLesson({
    id: 'l',
    title: 'Les',
    steps: [
      { kind: 'text', id: 's1', title: 'Welkom', text: 'Over Noor Verhoeven' },
      steps[0],
      { ...steps[2], note: 'Vraag de groep' },
      { ...steps[1], hidden: true },
      { ...steps[3], highlight: [doc.focus] },
      { kind: 'unknown-from-a-newer-kring' },
    ],
  });
  expect(lesson.steps).toHaveLength(5);
  expect(lesson.at).toEqual([0, 1, 2, 3, 4]);
  const presented = forView(
    sequence(
      doc,
      lessonItems(doc, lesson, 'genogram').map((i) => i.item),
    ),
    visible,
  );
  expect(presented.map((s) => s.key).slice(0, 4)).toEqual([
    'text:s1',
    (steps[0] as { ref: string }).ref,
    (steps[2] as { ref: string }).ref,
    (steps[3] as { ref: string }).ref,
  ]);
  expect(presented[2]!.note).toBe('Vraag de groep');
  expect(presented[3]!.highlight).toEqual([doc.focus]);
  // The hidden step and every step the lesson does not list come along: the last step shows the whole map.
  expect(presented).toHaveLength(4);
  const all = forView(
    sequence(
      doc,
      lessonItems(
        doc,
        readLesson({ id: 'a', title: 'a', steps: newLessonSteps(doc, 'genogram', visible) }),
        'genogram',
      ).map((i) => i.item),
    ),
    visible,
  );
  expect(shownAfter(presented, 3)).toEqual(shownAfter(all, all.length - 1));
});

test('slides show initials for names when the lesson is presented with initials', () => {
  expect(slideText(doc, 'Over Noor Verhoeven en Marieke', true)).toBe('Over N.V. en M.');
  expect(slideText(doc, 'Over Noor', false)).toBe('Over Noor');
});

import { describe, expect, it } from 'vitest';
import { History } from '../history/history.js';
import { readDocument } from '../read/read-document.js';
import { writeDocument } from '../write/write-document.js';
import { applyCommand } from './apply-command.js';
import {
  addLesson,
  addLessonStep,
  moveLessonStep,
  removeLesson,
  removeLessonStep,
  updateLesson,
  updateLessonStep,
  type TrainerLesson,
} from './lessons.js';
import { validFamily } from './test-support/valid-family.js';

const lesson: TrainerLesson = {
  id: 'les-1',
  title: 'Netwerk van Noah',
  view: 'sociogram',
  steps: [
    { kind: 'map', ref: 'node:noah' },
    { kind: 'map', ref: 'tie:t1', note: 'Vraag: wie belt wie?' },
    { kind: 'map', ref: 'plan', highlight: ['mum'] },
  ],
};

describe('lesson commands', () => {
  it('author a lesson step by step, each edit one undo step, and the file keeps it', () => {
    const history = new History(validFamily());
    const run = (command: Parameters<History['execute']>[0]) => {
      const result = history.execute(command);
      if (!result.ok) throw new Error(JSON.stringify(result.reason));
    };
    run(addLesson(lesson));
    run(addLessonStep('les-1', { kind: 'text', id: 'intro', title: 'Welkom', text: 'Vandaag: Noah.' }, 0));
    run(moveLessonStep('les-1', 2, 3));
    run(updateLessonStep('les-1', 1, { kind: 'map', ref: 'node:noah', hidden: true }));
    run(updateLesson('les-1', { title: 'Les over Noah', initials: true }));
    const steps = () => history.document.lessons![0]!['steps'];
    expect(steps()).toEqual([
      { kind: 'text', id: 'intro', title: 'Welkom', text: 'Vandaag: Noah.' },
      { kind: 'map', ref: 'node:noah', hidden: true },
      { kind: 'map', ref: 'plan', highlight: ['mum'] },
      { kind: 'map', ref: 'tie:t1', note: 'Vraag: wie belt wie?' },
    ]);
    expect(history.document.lessons![0]!.title).toBe('Les over Noah');

    const read = readDocument(writeDocument(history.document));
    if (!read.ok) throw new Error('does not read');
    expect(read.document.lessons).toEqual(history.document.lessons);

    history.undo();
    expect(history.document.lessons![0]!.title).toBe('Netwerk van Noah');
    history.undo();
    expect((steps() as { hidden?: boolean }[])[1]!.hidden).toBeUndefined();
    run(removeLessonStep('les-1', 0));
    expect(steps()).toHaveLength(3);
    run(removeLesson('les-1'));
    expect(history.document.lessons).toEqual([]);
  });

  it('keeps what a newer Kring wrote in a lesson', () => {
    const doc = { ...validFamily(), lessons: [{ id: 'x', title: 'Oud', steps: [], future: { a: 1 } }] };
    const result = applyCommand(doc, updateLesson('x', { view: 'genogram' }));
    expect(result.ok && result.document.lessons).toEqual([
      { id: 'x', title: 'Oud', steps: [], future: { a: 1 }, view: 'genogram' },
    ]);
  });

  it('refuses what does not fit, with a reason', () => {
    const doc = applyCommand(validFamily(), addLesson(lesson));
    if (!doc.ok) throw new Error('not added');
    const d = doc.document;
    const refused = (command: Parameters<typeof applyCommand>[1]) => {
      const result = applyCommand(d, command);
      return result.ok ? 'applied' : result.reason.key;
    };
    expect(refused(addLesson(lesson))).toBe('commands.duplicateId');
    expect(refused(updateLesson('nope', { title: 'x' }))).toBe('commands.notFound');
    expect(refused(moveLessonStep('les-1', 0, 3))).toBe('commands.badIndex');
    expect(refused(removeLessonStep('les-1', -1))).toBe('commands.badIndex');
    expect(refused(addLessonStep('les-1', { kind: 'map', ref: 'plan' }, 9))).toBe('commands.badIndex');
    const slide = { kind: 'text' as const, id: 's', text: 'a' };
    const withSlide = applyCommand(d, addLessonStep('les-1', slide));
    if (!withSlide.ok) throw new Error('slide not added');
    expect(applyCommand(withSlide.document, addLessonStep('les-1', slide)).ok).toBe(false);
    // Malformed steps are refused by the payload check, not by a TypeError.
    expect(refused({ type: 'lesson.step.add', lesson: 'les-1', step: { kind: 'slide' } } as never)).toBe(
      'commands.wrongValue',
    );
    expect(
      refused({
        type: 'lesson.step.add',
        lesson: 'les-1',
        step: { kind: 'map', ref: 'plan', extra: 1 },
      } as never),
    ).toBe('commands.unexpectedField');
    expect(refused(updateLesson('les-1', { view: 'map' as never }))).toBe('commands.wrongValue');
    expect(refused(addLessonStep('les-1', { kind: 'map' } as never))).toBe('commands.missingValue');
    expect(refused(addLessonStep('les-1', { kind: 'text', id: 'z', text: 'a', ref: 'plan' } as never))).toBe(
      'commands.unexpectedField',
    );
  });
});

/**
 * A lesson command against the current document from a few numbers (random-command.ts's contract): most are
 * valid, some refer to a lesson or step that is not there, on purpose.
 */
import { VIEWS } from '../../model/enums.js';
import type { KringDocument } from '../../model/types.js';
import type { Command } from '../command.js';
import * as c from '../lessons.js';

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

export function randomLessonCommand(doc: KringDocument, a: number, b: number, n: number): Command {
  const lesson = pick(doc.lessons ?? [], a);
  const id = lesson?.id ?? `l${n}`;
  const count = Array.isArray(lesson?.['steps']) ? (lesson['steps'] as unknown[]).length : 0;
  const person = pick(doc.persons, b)?.id ?? doc.focus;
  const mapStep: c.LessonStep = {
    kind: 'map',
    ref: n % 3 === 0 ? 'plan' : `node:${person}`,
    ...(b % 2 ? { note: `Vraag de groep ${n}` } : {}),
    ...(b % 3 === 0 ? { highlight: [person] } : {}),
    ...(n % 4 === 0 ? { hidden: true } : {}),
  };
  const slide: c.LessonStep = {
    kind: 'text',
    id: `t${n % 7}`,
    text: `Dia ${n}`,
    ...(b % 2 ? { title: 'Titel' } : {}),
  };
  const add = () => c.addLesson({ id: `l${n}`, title: `Les ${n}`, view: pick(VIEWS, b)!, steps: [mapStep] });
  if (!lesson && n % 5 !== 0) return add();
  switch (n % 8) {
    case 0:
      return add();
    case 1:
      return c.updateLesson(
        id,
        b % 2 ? { title: `Les ${b}`, initials: n % 3 === 0 } : { view: null, initials: null },
      );
    case 2:
      return b % 3 === 0 ? c.removeLesson(id) : c.addLessonStep(id, mapStep, 0);
    case 3:
      return c.addLessonStep(id, b % 2 ? slide : mapStep, b % 3 === 0 ? b % (count + 1) : undefined);
    case 4:
      return c.updateLessonStep(id, b % Math.max(1, count), b % 2 ? slide : mapStep);
    case 5:
      return c.moveLessonStep(id, a % Math.max(1, count), b % Math.max(1, count));
    case 6:
      return c.removeLessonStep(id, b % Math.max(1, count));
    default:
      return c.addLessonStep(id, mapStep);
  }
}

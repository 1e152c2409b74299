/**
 * Commands on trainer lessons (format version 2, `lessons`): a lesson is a trainer's authored walk through the
 * map, presented in trainer mode. Its steps refer to the steps trainer mode derives from the map (`map`
 * steps, by a stable reference: `node:<id>` for a person or organisation, `tie:<id>` for a tie, `plan`) or
 * are text slides of their own (`text`); each may be skipped, carry a speaker note, and a `map` step may
 * choose what to highlight. See docs/format.md, "Lesson".
 *
 * A lesson's steps are addressed by index, as a partnership's events are. A lesson read from a file may hold
 * keys this version does not know: updates keep them.
 */
import * as v from 'valibot';
import { VIEWS, type View } from '../model/enums.js';
import type { Id, KringDocument, Lesson } from '../model/types.js';
import { personSchema } from '../read/schema-v1.js';
import { indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';

/** A step of the map as trainer mode derives it, referred to by `ref`. */
export interface LessonMapStep {
  kind: 'map';
  /** `node:<id>` (a person or organisation), `tie:<id>` or `plan`. */
  ref: string;
  /** Skipped when presenting; what it adds appears with the next step shown. */
  hidden?: boolean;
  /** Speaker note: shown to the trainer only. */
  note?: string;
  /** What to highlight (ids of persons, organisations and relations) instead of what the step adds. */
  highlight?: Id[];
}

/** A slide of text between the steps of the map. */
export interface LessonTextStep {
  kind: 'text';
  /** Unique among the lesson's text slides. */
  id: Id;
  title?: string;
  text: string;
  hidden?: boolean;
  note?: string;
}

export type LessonStep = LessonMapStep | LessonTextStep;

/** A lesson as trainer mode writes it. */
export interface TrainerLesson extends Lesson {
  /** The view it is presented in. */
  view?: View;
  /** Presented with initials instead of names. */
  initials?: boolean;
  steps: LessonStep[];
}

export interface AddLesson {
  type: 'lesson.add';
  lesson: TrainerLesson;
}
/** Title, view and initials of a lesson; `null` clears the view or the initials. */
export interface UpdateLesson {
  type: 'lesson.update';
  id: Id;
  changes: Changes<Pick<TrainerLesson, 'title' | 'view' | 'initials'>>;
}
export interface RemoveLesson {
  type: 'lesson.remove';
  id: Id;
}
/** Inserts a step at `index` (default: at the end). */
export interface AddLessonStep {
  type: 'lesson.step.add';
  lesson: Id;
  step: LessonStep;
  index?: number;
}
/** Replaces the step at `index` (its note, its highlight, whether it is skipped, a slide's text). */
export interface UpdateLessonStep {
  type: 'lesson.step.update';
  lesson: Id;
  index: number;
  step: LessonStep;
}
export interface MoveLessonStep {
  type: 'lesson.step.move';
  lesson: Id;
  from: number;
  to: number;
}
export interface RemoveLessonStep {
  type: 'lesson.step.remove';
  lesson: Id;
  index: number;
}
export type LessonCommand =
  | AddLesson
  | UpdateLesson
  | RemoveLesson
  | AddLessonStep
  | UpdateLessonStep
  | MoveLessonStep
  | RemoveLessonStep;

export const addLesson = (lesson: TrainerLesson): AddLesson => ({ type: 'lesson.add', lesson });
export const updateLesson = (id: Id, changes: UpdateLesson['changes']): UpdateLesson => ({
  type: 'lesson.update',
  id,
  changes,
});
export const removeLesson = (id: Id): RemoveLesson => ({ type: 'lesson.remove', id });
export const addLessonStep = (lesson: Id, step: LessonStep, index?: number): AddLessonStep =>
  index === undefined
    ? { type: 'lesson.step.add', lesson, step }
    : { type: 'lesson.step.add', lesson, step, index };
export const updateLessonStep = (lesson: Id, index: number, step: LessonStep): UpdateLessonStep => ({
  type: 'lesson.step.update',
  lesson,
  index,
  step,
});
export const moveLessonStep = (lesson: Id, from: number, to: number): MoveLessonStep => ({
  type: 'lesson.step.move',
  lesson,
  from,
  to,
});
export const removeLessonStep = (lesson: Id, index: number): RemoveLessonStep => ({
  type: 'lesson.step.remove',
  lesson,
  index,
});

// Payload schemas (check-command.ts runs them before a handler): the reader's id and text schemas.
const id = personSchema.entries.id;
const text = personSchema.entries.name;
const index = v.pipe(v.number(), v.integer());
/**
 * A step: one object schema for both kinds (the compiled fast check knows no unions); the handlers check
 * that a `map` step has a `ref` and no slide fields, and a `text` step an `id` and a `text` and no map fields.
 */
const step = v.strictObject({
  kind: v.picklist(['map', 'text']),
  ref: v.optional(id),
  id: v.optional(id),
  title: v.optional(text),
  text: v.optional(text),
  hidden: v.optional(v.boolean()),
  note: v.optional(text),
  highlight: v.optional(v.array(id)),
});
const lesson = v.strictObject({
  id,
  title: text,
  view: v.optional(v.picklist(VIEWS)),
  initials: v.optional(v.boolean()),
  steps: v.array(step),
});

/** The fields of each lesson command besides `type` (spread into command-schemas.ts). */
export const LESSON_COMMAND_SCHEMAS: { readonly [K in LessonCommand['type']]: v.GenericSchema } = {
  'lesson.add': v.object({ lesson }),
  'lesson.update': v.object({
    id,
    changes: v.strictObject({
      title: v.optional(text),
      view: v.optional(v.nullable(v.picklist(VIEWS))),
      initials: v.optional(v.nullable(v.boolean())),
    }),
  }),
  'lesson.remove': v.object({ id }),
  'lesson.step.add': v.object({ lesson: id, step, index: v.optional(index) }),
  'lesson.step.update': v.object({ lesson: id, index, step }),
  'lesson.step.move': v.object({ lesson: id, from: index, to: index }),
  'lesson.step.remove': v.object({ lesson: id, index }),
};

/** A step whose fields belong to its kind, or the refusal. */
function checkStep(step: LessonStep) {
  const s = step as unknown as Record<string, unknown>;
  const needs = step.kind === 'map' ? ['ref'] : ['id', 'text'];
  const foreign = step.kind === 'map' ? ['id', 'title', 'text'] : ['ref', 'highlight'];
  if (needs.some((key) => s[key] === undefined)) return refuse('commands.missingValue');
  if (foreign.some((key) => s[key] !== undefined)) return refuse('commands.unexpectedField');
  return undefined;
}

/** The steps of a stored lesson (a lesson from a file may lack them or hold something else). */
function stepsOf(lesson: Lesson): unknown[] {
  const steps = lesson['steps'];
  return Array.isArray(steps) ? steps : [];
}

/** A step's text slide id, when it is one. */
function slideId(step: unknown): string | undefined {
  if (typeof step !== 'object' || step === null) return undefined;
  const s = step as Record<string, unknown>;
  return s['kind'] === 'text' && typeof s['id'] === 'string' ? s['id'] : undefined;
}

/** Refuses a text slide whose id another slide of the lesson has (`except`: the index being replaced). */
function checkSlideId(steps: readonly unknown[], next: LessonStep, except?: number) {
  const shape = checkStep(next);
  if (shape) return shape;
  if (next.kind !== 'text') return undefined;
  const taken = steps.some((s, i) => i !== except && slideId(s) === next.id);
  return taken ? refuse('commands.duplicateId', { id: next.id }) : undefined;
}

function lessonAt(doc: KringDocument, id: Id): number {
  return indexById(doc.lessons ?? [], id);
}

export const lessonHandlers: Handlers<LessonCommand> = {
  'lesson.add': (doc, { lesson }) => {
    if (lessonAt(doc, lesson.id) >= 0) return refuse('commands.duplicateId', { id: lesson.id });
    for (const s of lesson.steps) {
      const shape = checkStep(s);
      if (shape) return shape;
    }
    const ids = lesson.steps.map(slideId).filter((s) => s !== undefined);
    const twice = ids.find((s, i) => ids.indexOf(s) !== i);
    if (twice !== undefined) return refuse('commands.duplicateId', { id: twice });
    return (draft) => {
      (draft.lessons ??= []).push(lesson);
    };
  },
  'lesson.update': (doc, { id, changes }) => {
    const at = lessonAt(doc, id);
    if (at < 0) return refuse('commands.notFound');
    const next = withChanges(doc.lessons![at]! as TrainerLesson, changes);
    return (draft) => {
      draft.lessons![at] = next;
    };
  },
  'lesson.remove': (doc, { id }) => {
    const at = lessonAt(doc, id);
    if (at < 0) return refuse('commands.notFound');
    return (draft) => {
      draft.lessons!.splice(at, 1);
    };
  },
  'lesson.step.add': (doc, { lesson, step, index }) => {
    const at = lessonAt(doc, lesson);
    if (at < 0) return refuse('commands.notFound');
    const steps = stepsOf(doc.lessons![at]!);
    if (index !== undefined && (index < 0 || index > steps.length))
      return refuse('commands.badIndex', { index });
    const problem = checkSlideId(steps, step);
    if (problem) return problem;
    const next = [...steps];
    next.splice(index ?? steps.length, 0, step);
    return (draft) => {
      draft.lessons![at]!['steps'] = next;
    };
  },
  'lesson.step.update': (doc, { lesson, index, step }) => {
    const at = lessonAt(doc, lesson);
    if (at < 0) return refuse('commands.notFound');
    const steps = stepsOf(doc.lessons![at]!);
    if (index < 0 || index >= steps.length) return refuse('commands.badIndex', { index });
    const problem = checkSlideId(steps, step, index);
    if (problem) return problem;
    const next = [...steps];
    next[index] = step;
    return (draft) => {
      draft.lessons![at]!['steps'] = next;
    };
  },
  'lesson.step.move': (doc, { lesson, from, to }) => {
    const at = lessonAt(doc, lesson);
    if (at < 0) return refuse('commands.notFound');
    const steps = stepsOf(doc.lessons![at]!);
    for (const i of [from, to])
      if (i < 0 || i >= steps.length) return refuse('commands.badIndex', { index: i });
    const next = [...steps];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    return (draft) => {
      draft.lessons![at]!['steps'] = next;
    };
  },
  'lesson.step.remove': (doc, { lesson, index }) => {
    const at = lessonAt(doc, lesson);
    if (at < 0) return refuse('commands.notFound');
    const steps = stepsOf(doc.lessons![at]!);
    if (index < 0 || index >= steps.length) return refuse('commands.badIndex', { index });
    const next = steps.filter((_, i) => i !== index);
    return (draft) => {
      draft.lessons![at]!['steps'] = next;
    };
  },
};

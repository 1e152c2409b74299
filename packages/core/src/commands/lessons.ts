/**
 * Commands on trainer lessons (format version 2, `lessons`): a lesson is a trainer's authored walk through
 * the map, presented in trainer mode. Its steps refer to the steps trainer mode derives from the map (`map`
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

/**
 * A step of the map as trainer mode derives it (a person, organisation or tie appearing, or the plan),
 * referred to by `ref`.
 */
export interface LessonMapStep {
  /** Discriminant of the {@link LessonStep} union: a step of the map. */
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
  /** Discriminant of the {@link LessonStep} union: a text slide. */
  kind: 'text';
  /** Unique among the lesson's text slides. */
  id: Id;
  /** The slide's heading, if any. */
  title?: string;
  /** What the slide says, plain text. */
  text: string;
  /** Skipped when presenting. */
  hidden?: boolean;
  /** Speaker note: shown to the trainer only. */
  note?: string;
}

/** One step of a trainer lesson: a step of the map or a text slide. */
export type LessonStep = LessonMapStep | LessonTextStep;

/** A lesson as trainer mode writes it. */
export interface TrainerLesson extends Lesson {
  /** The view it is presented in. */
  view?: View;
  /** Presented with initials instead of names. */
  initials?: boolean;
  /** The steps in the order they are presented. */
  steps: LessonStep[];
}

/**
 * Adds a trainer lesson (appended to `lessons`, which is created when missing). Refused with
 * `commands.duplicateId` when a lesson has its id already (lesson ids are unique among the lessons) or two of
 * its text slides share an id, with `commands.missingValue` when a `map` step lacks its `ref` or a `text`
 * step its `id` or `text`, and with `commands.unexpectedField` when a step holds a field of the other kind.
 */
export interface AddLesson {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.add';
  /** The new lesson, with its steps. */
  lesson: TrainerLesson;
}
/**
 * Title, view and initials of a lesson; `null` clears the view or the initials. Refused with
 * `commands.notFound` for an unknown lesson.
 */
export interface UpdateLesson {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.update';
  /** The lesson to change. */
  id: Id;
  /** The fields to set (see {@link Changes}); the steps change through the step commands. */
  changes: Changes<Pick<TrainerLesson, 'title' | 'view' | 'initials'>>;
}
/** Removes a lesson with its steps. Refused with `commands.notFound` for an unknown lesson. */
export interface RemoveLesson {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.remove';
  /** The lesson to remove. */
  id: Id;
}
/**
 * Inserts a step at `index` (default: at the end). Refused with `commands.notFound` for an unknown lesson,
 * `commands.badIndex` for an index outside `0..steps.length`, `commands.duplicateId` for a text slide whose
 * id another slide has, and the step-shape refusals of {@link AddLesson}.
 */
export interface AddLessonStep {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.step.add';
  /** The lesson the step goes into. */
  lesson: Id;
  /** The new step. */
  step: LessonStep;
  /** Its 0-based position; the steps from there on move one place back. Default: at the end. */
  index?: number;
}
/**
 * Replaces the step at `index` (its note, its highlight, whether it is skipped, a slide's text). Refused as
 * {@link AddLessonStep} is, for an index outside the steps.
 */
export interface UpdateLessonStep {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.step.update';
  /** The lesson the step is in. */
  lesson: Id;
  /** The 0-based position of the step to replace. */
  index: number;
  /** The new step. */
  step: LessonStep;
}
/**
 * Moves the step at `from` so that it ends up at index `to`. Refused with `commands.notFound` for an unknown
 * lesson and `commands.badIndex` when either index is outside the steps.
 */
export interface MoveLessonStep {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.step.move';
  /** The lesson the step is in. */
  lesson: Id;
  /** The 0-based position of the step to move. */
  from: number;
  /** The 0-based position it has after the move. */
  to: number;
}
/**
 * Removes the step at `index`. Refused with `commands.notFound` for an unknown lesson and `commands.badIndex`
 * for an index outside the steps.
 */
export interface RemoveLessonStep {
  /** Discriminant of the {@link Command} union. */
  type: 'lesson.step.remove';
  /** The lesson the step is in. */
  lesson: Id;
  /** The 0-based position of the step to remove. */
  index: number;
}
/** The commands on trainer lessons and their steps. */
export type LessonCommand =
  | AddLesson
  | UpdateLesson
  | RemoveLesson
  | AddLessonStep
  | UpdateLessonStep
  | MoveLessonStep
  | RemoveLessonStep;

/** The command that adds `lesson` (see {@link AddLesson}). */
export const addLesson = (lesson: TrainerLesson): AddLesson => ({ type: 'lesson.add', lesson });
/** The command that changes the title, view or initials of lesson `id`. */
export const updateLesson = (id: Id, changes: UpdateLesson['changes']): UpdateLesson => ({
  type: 'lesson.update',
  id,
  changes,
});
/** The command that removes lesson `id`. */
export const removeLesson = (id: Id): RemoveLesson => ({ type: 'lesson.remove', id });
/**
 * The command that inserts `step` into `lesson` at `index`.
 *
 * @param lesson - the lesson's id
 * @param step - the step to insert
 * @param index - its 0-based position; left out, the step is appended
 */
export const addLessonStep = (lesson: Id, step: LessonStep, index?: number): AddLessonStep =>
  index === undefined
    ? { type: 'lesson.step.add', lesson, step }
    : { type: 'lesson.step.add', lesson, step, index };
/** The command that replaces the step at `index` of `lesson` with `step`. */
export const updateLessonStep = (lesson: Id, index: number, step: LessonStep): UpdateLessonStep => ({
  type: 'lesson.step.update',
  lesson,
  index,
  step,
});
/** The command that moves the step at `from` of `lesson` to index `to`. */
export const moveLessonStep = (lesson: Id, from: number, to: number): MoveLessonStep => ({
  type: 'lesson.step.move',
  lesson,
  from,
  to,
});
/** The command that removes the step at `index` of `lesson`. */
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
 * A step: one object schema for both kinds (the compiled fast check knows no unions); the handlers check that
 * a `map` step has a `ref` and no slide fields, and a `text` step an `id` and a `text` and no map fields.
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

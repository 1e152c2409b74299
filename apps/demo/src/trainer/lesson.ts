/**
 * Lessons in trainer mode (docs/format.md, "Lesson"): reading a stored lesson tolerantly, turning it into the
 * items trainer mode sequences, and the steps of a new lesson.
 */
import {
  VIEWS,
  type Id,
  type KringDocument,
  type Lesson,
  type LessonStep,
  type TrainerLesson,
  type View,
} from '@kring/core';
import { nameReplacer } from '@kring/scene';
import { candidates, sequence, type Candidate, type StepItem } from './steps.js';
import { forView } from './view-steps.js';

const isText = (value: unknown): value is string => typeof value === 'string';

/** One stored step as trainer mode knows it, or undefined for something it does not know. */
function readStep(raw: unknown): LessonStep | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Record<string, unknown>;
  const extras = {
    ...(s['hidden'] === true ? { hidden: true } : {}),
    ...(isText(s['note']) ? { note: s['note'] } : {}),
  };
  if (s['kind'] === 'map' && isText(s['ref'])) {
    const highlight = Array.isArray(s['highlight']) ? s['highlight'].filter(isText) : undefined;
    return { kind: 'map', ref: s['ref'], ...extras, ...(highlight ? { highlight } : {}) };
  }
  if (s['kind'] === 'text' && isText(s['id']) && isText(s['text']))
    return {
      kind: 'text',
      id: s['id'],
      text: s['text'],
      ...(isText(s['title']) ? { title: s['title'] } : {}),
      ...extras,
    };
  return undefined;
}

/**
 * A stored lesson as trainer mode presents it. Steps it does not know are left out here (and kept in the
 * document); `at` maps each step back to its index in the stored list, for the lesson commands.
 */
export function readLesson(lesson: Lesson): TrainerLesson & { at: number[] } {
  const raw = Array.isArray(lesson['steps']) ? (lesson['steps'] as unknown[]) : [];
  const steps: LessonStep[] = [];
  const at: number[] = [];
  raw.forEach((r, i) => {
    const step = readStep(r);
    if (step) {
      steps.push(step);
      at.push(i);
    }
  });
  const view = VIEWS.find((v) => v === lesson['view']);
  return {
    id: lesson.id,
    title: lesson.title,
    ...(view ? { view } : {}),
    ...(lesson['initials'] === true ? { initials: true } : {}),
    steps,
    at,
  };
}

/** A lesson step's extras as a step item carries them. */
function extrasOf(step: LessonStep) {
  return {
    ...(step.hidden ? { hidden: true } : {}),
    ...(step.note !== undefined ? { note: step.note } : {}),
    ...(step.kind === 'map' && step.highlight ? { highlight: step.highlight } : {}),
  };
}

export interface LessonItem {
  item: StepItem;
  /** Index of the lesson's step (in `readLesson`'s steps), or undefined for a step the lesson does not list. */
  step?: number;
}

/**
 * The items of a lesson in its order: its map steps (those whose `ref` is still in the map) and text slides.
 * The map's steps the lesson does not list (removed from it, or people added after it was written) are
 * passed over like hidden steps, at their place in trainer mode's own order (after their nearest listed
 * predecessor): what they add appears with the next step shown, so the end still shows the whole map.
 */
export function lessonItems(doc: KringDocument, lesson: TrainerLesson, view: View): LessonItem[] {
  const all = candidates(doc, view);
  const byKey = new Map(all.map((c) => [c.key, c]));
  const listed = new Set(lesson.steps.flatMap((s) => (s.kind === 'map' && byKey.has(s.ref) ? [s.ref] : [])));
  const after = new Map<string, Candidate[]>();
  const first: Candidate[] = [];
  let anchor: string | undefined;
  for (const c of all) {
    if (listed.has(c.key)) anchor = c.key;
    else if (anchor === undefined) first.push(c);
    else after.set(anchor, [...(after.get(anchor) ?? []), c]);
  }
  const out: LessonItem[] = first.map((c) => ({ item: { ...c, hidden: true } }));
  const used = new Set<string>();
  lesson.steps.forEach((step, index) => {
    if (step.kind === 'text') {
      out.push({
        item: {
          key: `text:${step.id}`,
          kind: 'text',
          slide: { text: step.text, ...(step.title !== undefined ? { title: step.title } : {}) },
          ...extrasOf(step),
        },
        step: index,
      });
      return;
    }
    const c = byKey.get(step.ref);
    if (!c || used.has(step.ref)) return;
    used.add(step.ref);
    out.push({ item: { ...c, ...extrasOf(step) }, step: index });
    for (const extra of after.get(step.ref) ?? []) out.push({ item: { ...extra, hidden: true } });
  });
  return out;
}

/** The steps of a new lesson: trainer mode's own steps for the view, those that change its picture. */
export function newLessonSteps(doc: KringDocument, view: View, visible: ReadonlySet<Id>): LessonStep[] {
  return forView(sequence(doc, candidates(doc, view)), visible).map((s): LessonStep => ({
    kind: 'map',
    ref: s.key,
  }));
}

/** A slide's text as projected: with initials, names of the map's persons become initials. */
export function slideText(doc: KringDocument, text: string, initials: boolean): string {
  return initials ? nameReplacer(doc.persons)(text) : text;
}

/**
 * Pseudonymised output and initials mode (docs/format.md, docs/privacy.md), one implementation for every view,
 * the editor's panels and the exports:
 *
 * - names of persons become initials (`displayName`), also inside goal and action texts: every name and name part
 *   of at least 3 letters of a person in the document (`initialsInText`);
 * - the title, notes, places, household labels and occupations are left out, and so are calendar years and
 *   dates (the renderers draw no years; ages stay);
 * - with `hideHealth`, condition labels become neutral ("kenmerk 1", "trait 1", …).
 *
 * Renderers draw from `documentForRender(document, options)`, so what is left out cannot be drawn by accident,
 * and mark their scene with `markPrivacy`; the SVG writer then refuses to embed the document (embed-guard.ts).
 */
import { t, type KringDocument, type Locale, type Person } from '@kring/core';
import { displayName } from './display-name.js';
import type { RenderOptions } from './options.js';
import type { Scene } from './types.js';

/**
 * Little words inside names ("de", "van der", "ten", "el") that name nobody: they are not replaced in free
 * text, where they are ordinary words ("de moeder van Noor").
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'het',
  'des',
  'del',
  'della',
  'dos',
  'das',
  'uit',
  'bin',
  'ibn',
  'bint',
]);

/** The part of a name outside brackets ("Joke (buurvrouw)" → "Joke"): brackets describe, they do not name. */
function bareName(name: string): string {
  return name
    .replace(/\([^)]*\)?|\[[^\]]*\]?/gu, ' ')
    .trim()
    .replace(/\s+/gu, ' ');
}

/**
 * The words of a person's name that identify them in free text: every word outside brackets with at least 3
 * letters, except particles such as "van" and "der". Hyphenated parts count as one word and by their halves.
 */
export function namePartsOf(name: string): string[] {
  const parts = new Set<string>();
  for (const word of bareName(name).split(' ')) {
    const pieces = [word, ...word.split(/[-‐]/u)];
    for (const piece of pieces) {
      const clean = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const letters = clean.match(/\p{L}/gu)?.length ?? 0;
      if (letters >= 3 && !PARTICLES.has(clean.toLowerCase())) parts.add(clean);
    }
  }
  return [...parts];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keyOf = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ');

/** A replacer of the names of `persons` in free text; build it once per document, use it for every text. */
export function nameReplacer(persons: readonly Pick<Person, 'name'>[]): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const person of persons) {
    const bare = bareName(person.name);
    if (bare === '') continue;
    // The whole name first ("Noor Verhoeven" → "N.V."), then each part on its own ("Verhoeven" → "V.").
    if (bare.includes(' ')) replacements.set(keyOf(bare), displayName(bare, true));
    for (const part of namePartsOf(person.name))
      if (!replacements.has(keyOf(part))) replacements.set(keyOf(part), `${[...part][0]!.toUpperCase()}.`);
  }
  if (replacements.size === 0) return (text) => text;
  const terms = [...replacements.keys()]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, (match) => replacements.get(keyOf(match)) ?? match);
}

/** `text` with every name and name part (≥ 3 letters) of a person in `persons` replaced by initials. */
export function initialsInText(text: string, persons: readonly Pick<Person, 'name'>[]): string {
  return nameReplacer(persons)(text);
}

/** The neutral label of the n-th condition (1-based) when health data is hidden: "kenmerk 1", "trait 1". */
export function neutralConditionLabel(locale: Locale, n: number): string {
  return t(locale, 'render.healthHidden.condition', { n });
}

function withoutKeys<T extends object>(value: T, keys: readonly string[]): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as T;
}

/**
 * The document a renderer draws from under the privacy options: unchanged without them; with `pseudonymise`,
 * without title, notes, places, household labels, occupations and the dates nothing is computed from (birth and
 * death stay, for ages; the renderers draw no years), condition labels and plan texts with names as initials;
 * with `hideHealth`, condition labels neutral in order of first appearance. Names stay: the renderers draw
 * them through `displayName`. Ids, relations and layouts are untouched, so the layout is the same.
 */
export function documentForRender(document: KringDocument, options: RenderOptions): KringDocument {
  const pseudonymise = options.pseudonymise === true;
  const hideHealth = options.hideHealth === true;
  if (!pseudonymise && !hideHealth) return document;
  const names = pseudonymise ? nameReplacer(document.persons) : (text: string) => text;
  const neutral = new Map<string, string>();
  const conditionLabel = (key: string, label: string) => {
    if (!hideHealth) return names(label);
    let shown = neutral.get(key);
    if (shown === undefined) {
      shown = neutralConditionLabel(options.locale, neutral.size + 1);
      neutral.set(key, shown);
    }
    return shown;
  };
  const persons = document.persons.map((person) => {
    const kept = pseudonymise
      ? withoutKeys(person, ['notes', 'occupation', 'location', 'contact'])
      : { ...person };
    if (person.conditions)
      kept.conditions = person.conditions.map((c) => {
        const condition = { ...c, label: conditionLabel(c.key, c.label) };
        if (hideHealth || pseudonymise) delete condition.since;
        return condition;
      });
    return kept;
  });
  if (!pseudonymise) return { ...document, persons };
  // The plan keeps its people and statuses; texts get initials, agreements and every date are left out.
  const plan: KringDocument['plan'] = document.plan
    ? {
        goal: names(document.plan.goal),
        ...(document.plan.question !== undefined ? { question: names(document.plan.question) } : {}),
        actionTeam: document.plan.actionTeam,
        invitees: document.plan.invitees ?? [],
        actions: document.plan.actions.map((a) => ({ ...withoutKeys(a, ['due']), text: names(a.text) })),
      }
    : null;
  return {
    ...withoutKeys(document, ['title']),
    persons,
    organisations: document.organisations.map((o) => withoutKeys(o, ['notes'])),
    households: document.households.map((h) => withoutKeys(h, ['label'])),
    emotional: document.emotional.map((e) => withoutKeys(e, ['notes'])),
    ties: document.ties.map((tie) => withoutKeys(tie, ['notes'])),
    plan,
    // Snapshots and lessons are not drawn; a pseudonymised copy holds none of their names or dates.
    snapshots: [],
    lessons: [],
  };
}

/**
 * The document for text written beside a drawing (an export's insight block, a highlight's legend line) under
 * the privacy options: `documentForRender`, and with `pseudonymise` the names of persons and organisations as
 * initials too, as the drawing shows them.
 */
export function documentForText(document: KringDocument, options: RenderOptions): KringDocument {
  const reduced = documentForRender(document, options);
  if (options.pseudonymise !== true) return reduced;
  return {
    ...reduced,
    persons: reduced.persons.map((p) => ({ ...p, name: displayName(p.name, true) })),
    organisations: reduced.organisations.map((o) => ({ ...o, name: displayName(o.name, true) })),
  };
}

/** Marks a scene with the privacy options it was drawn under; every renderer returns its scene through this. */
export function markPrivacy(scene: Scene, options: RenderOptions): Scene {
  if (options.pseudonymise === true) scene.pseudonymised = true;
  if (options.hideHealth === true) scene.healthHidden = true;
  return scene;
}

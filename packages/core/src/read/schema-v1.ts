/**
 * Structural validators of the format (docs/format.md), built with valibot: `documentSchema` for the current
 * version 2, `documentSchemaV1` for the input of the 1 → 2 migration. The entity schemas are shared: the
 * version-2 fields are optional, so a version-1 entity passes them too.
 * `looseObject` keeps unknown keys (they are written back on save, never trusted). Missing collections and
 * options take their defaults here. Cross-entity rules (references, cycles, dates in order…) are not
 * structural: they live in ./invariants.
 */
import * as v from 'valibot';
import {
  ACTION_STATUSES,
  BIRTH_STATUSES,
  CRITICAL_LEVELS,
  DEATH_MARKS,
  EMOTIONAL_DIRECTIONS,
  EMOTIONAL_KINDS,
  FLOWS,
  FREQUENCIES,
  GENDERS,
  INVITEE_STATUSES,
  KNOWN_FOR,
  LIFE_STATUSES,
  PARENT_CHILD_KINDS,
  PARTNERSHIP_EVENT_KINDS,
  PARTNERSHIP_TYPES,
  RING_COUNTS,
  SECTOR_PRESET_NAMES,
  SEX_AT_BIRTH,
  STRESS_LEVELS,
  SUPPORT_DIRECTIONS,
  SUPPORT_TYPES,
  SYMBOL_SETS,
  SYSTEM_CATEGORIES,
  TIE_STRENGTHS,
  ZYGOSITIES,
} from '../model/enums.js';
import { isPartialDate } from '../model/partial-date.js';
import { DEFAULT_OPTIONS } from '../model/types.js';
import { capped } from './bounded-issues.js';

/** Check messages are catalogue keys; issues-to-problems.ts turns them into Problems. */
const id = v.pipe(v.string(), v.minLength(1));
const text = v.string();
const date = v.pipe(
  v.string(),
  v.check((s: string) => isPartialDate(s), 'read.badDate'),
);
/** Lists wrap their entry schema in `capped`: a list of a million bad entries is validated in bounded memory. */
const ids = v.array(capped(id));
const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(capped(item)), () => []);

export const conditionSchema = v.looseObject({
  key: id,
  label: text,
  since: v.optional(date),
  inRecovery: v.optional(v.boolean()),
});

export const personSchema = v.looseObject({
  id,
  name: text,
  gender: v.picklist(GENDERS),
  sexAtBirth: v.optional(v.picklist(SEX_AT_BIRTH)),
  birth: v.optional(date),
  death: v.optional(date),
  lifeStatus: v.optional(v.picklist(LIFE_STATUSES)),
  birthStatus: v.optional(v.picklist(BIRTH_STATUSES)),
  gestationWeeks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(45))),
  pet: v.optional(v.boolean()),
  occupation: v.optional(text),
  location: v.optional(text),
  notes: v.optional(text),
  conditions: v.optional(v.array(capped(conditionSchema))),
  contact: v.optional(
    v.looseObject({ phone: v.optional(text), email: v.optional(text), note: v.optional(text) }),
  ),
});

export const organisationSchema = v.looseObject({
  id,
  name: text,
  category: v.picklist(SYSTEM_CATEGORIES),
  notes: v.optional(text),
});

export const partnershipEventSchema = v.looseObject({
  kind: v.picklist(PARTNERSHIP_EVENT_KINDS),
  date: v.optional(date),
});

export const partnershipSchema = v.looseObject({
  id,
  a: id,
  b: id,
  type: v.picklist(PARTNERSHIP_TYPES),
  events: list(partnershipEventSchema),
  consanguineous: v.optional(v.boolean()),
});

export const parentChildSchema = v.looseObject({
  id,
  parent: id,
  child: id,
  kind: v.picklist(PARENT_CHILD_KINDS),
  partnership: v.optional(id),
  from: v.optional(date),
  to: v.optional(date),
});

export const multipleBirthSchema = v.looseObject({
  id,
  members: ids,
  zygosity: v.picklist(ZYGOSITIES),
});

export const householdSchema = v.looseObject({
  id,
  members: ids,
  current: v.optional(v.boolean()),
  label: v.optional(text),
});

export const emotionalSchema = v.looseObject({
  id,
  a: id,
  b: id,
  kind: v.picklist(EMOTIONAL_KINDS),
  direction: v.optional(v.picklist(EMOTIONAL_DIRECTIONS)),
  notes: v.optional(text),
});

export const supportItemSchema = v.looseObject({
  type: v.picklist(SUPPORT_TYPES),
  direction: v.picklist(SUPPORT_DIRECTIONS),
  potential: v.optional(v.boolean()),
});

export const tieSchema = v.looseObject({
  id,
  from: id,
  to: id,
  sector: v.optional(text),
  ring: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  strength: v.optional(v.picklist(TIE_STRENGTHS)),
  stress: v.optional(v.picklist(STRESS_LEVELS)),
  flow: v.optional(v.picklist(FLOWS)),
  support: v.optional(v.array(capped(supportItemSchema))),
  frequency: v.optional(v.picklist(FREQUENCIES)),
  knownFor: v.optional(v.picklist(KNOWN_FOR)),
  critical: v.optional(v.picklist(CRITICAL_LEVELS)),
  notes: v.optional(text),
});

export const planActionSchema = v.looseObject({
  id,
  text,
  owners: v.optional(ids, () => []),
  support: v.optional(v.picklist(SUPPORT_TYPES)),
  due: v.optional(date),
  status: v.picklist(ACTION_STATUSES),
});

export const inviteeSchema = v.looseObject({
  id,
  status: v.picklist(INVITEE_STATUSES),
});

export const planSchema = v.looseObject({
  goal: text,
  question: v.optional(text),
  meetingDate: v.optional(date),
  evaluationDate: v.optional(date),
  actionTeam: v.optional(ids, () => []),
  invitees: list(inviteeSchema),
  actions: list(planActionSchema),
  agreements: v.optional(text),
});

export const optionsSchema = v.looseObject({
  symbols: v.optional(v.picklist(SYMBOL_SETS), DEFAULT_OPTIONS.symbols),
  deathMark: v.optional(v.picklist(DEATH_MARKS), DEFAULT_OPTIONS.deathMark),
  rings: v.optional(v.picklist(RING_COUNTS), DEFAULT_OPTIONS.rings),
  sectors: v.optional(v.picklist(SECTOR_PRESET_NAMES), DEFAULT_OPTIONS.sectors),
});

const finite = v.pipe(v.number(), v.finite());
export const pointSchema = v.looseObject({ x: finite, y: finite });

export const viewLayoutSchema = v.looseObject({
  positions: v.optional(v.record(v.string(), capped(pointSchema))),
});

export const layoutsSchema = v.looseObject({
  genogram: v.optional(viewLayoutSchema),
  ecogram: v.optional(viewLayoutSchema),
  sociogram: v.optional(viewLayoutSchema),
});

/** The network at one moment: the collections and the plan, with the same defaults as the live document. */
export const networkStateSchema = v.looseObject({
  persons: list(personSchema),
  organisations: list(organisationSchema),
  partnerships: list(partnershipSchema),
  parentChild: list(parentChildSchema),
  multipleBirths: list(multipleBirthSchema),
  households: list(householdSchema),
  emotional: list(emotionalSchema),
  ties: list(tieSchema),
  plan: v.optional(v.nullable(planSchema), null),
});

export const snapshotSchema = v.looseObject({
  id,
  label: text,
  date,
  state: networkStateSchema,
});

/** A trainer lesson: its id and title are checked, the rest is kept as read (docs/format.md, Lessons). */
export const lessonSchema = v.looseObject({ id, title: text });

/** Version 1, for the input of the 1 → 2 migration. */
export const documentSchemaV1 = v.looseObject({
  format: v.literal('kring'),
  version: v.literal(1),
  title: v.optional(text),
  referenceDate: v.optional(date),
  focus: id,
  options: v.optional(optionsSchema, () => ({ ...DEFAULT_OPTIONS })),
  persons: v.array(capped(personSchema)),
  organisations: list(organisationSchema),
  partnerships: list(partnershipSchema),
  parentChild: list(parentChildSchema),
  multipleBirths: list(multipleBirthSchema),
  households: list(householdSchema),
  emotional: list(emotionalSchema),
  ties: list(tieSchema),
  plan: v.optional(v.nullable(planSchema), null),
  layouts: v.optional(layoutsSchema, () => ({})),
});

/** The current version, 2: version 1 plus snapshots, lessons, and the plan and contact fields. */
export const documentSchema = v.looseObject({
  ...documentSchemaV1.entries,
  version: v.literal(2),
  snapshots: list(snapshotSchema),
  lessons: v.optional(v.array(capped(lessonSchema))),
});

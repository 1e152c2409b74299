/**
 * The shape of format version 0: the draft format of the 2025 pilot prototype (docs/format.md §Version 0).
 * People and one mixed list of relations; sex as M/F; dates as `{ year, month?, day?, approx? }` objects.
 */
import * as v from 'valibot';
import { capped } from '../../read/bounded-issues.js';

const id = v.pipe(v.string(), v.minLength(1));
const draftDate = v.looseObject({
  year: v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999)),
  month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
  approx: v.optional(v.boolean()),
});
export type DraftDate = v.InferOutput<typeof draftDate>;

const person = v.looseObject({
  id,
  name: v.string(),
  sex: v.optional(v.picklist(['M', 'F'])),
  born: v.optional(draftDate),
  died: v.optional(draftDate),
  notes: v.optional(v.string()),
});

export const DRAFT_SERVICE_KINDS = [
  'school',
  'gp',
  'youth_care',
  'district_team',
  'debt_help',
  'other',
] as const;
const service = v.looseObject({ id, name: v.string(), kind: v.picklist(DRAFT_SERVICE_KINDS) });

export const DRAFT_QUALITIES = ['close', 'distant', 'conflict', 'cutoff'] as const;
export const DRAFT_HELP = ['E', 'P', 'G', 'A'] as const;

const relation = v.variant('kind', [
  v.looseObject({
    kind: v.literal('partner'),
    id,
    a: id,
    b: id,
    married: v.optional(v.boolean()),
    since: v.optional(draftDate),
    until: v.optional(draftDate),
  }),
  v.looseObject({ kind: v.literal('parent'), id, parent: id, child: id, adopted: v.optional(v.boolean()) }),
  v.looseObject({ kind: v.literal('emotion'), id, a: id, b: id, quality: v.picklist(DRAFT_QUALITIES) }),
  v.looseObject({
    kind: v.literal('contact'),
    id,
    a: id,
    b: id,
    closeness: v.picklist([1, 2, 3]),
    help: v.optional(v.array(capped(v.picklist(DRAFT_HELP)))),
  }),
]);

export const documentSchemaV0 = v.looseObject({
  format: v.literal('kring'),
  version: v.literal(0),
  title: v.optional(v.string()),
  client: id,
  people: v.array(capped(person)),
  services: v.optional(v.array(capped(service)), () => []),
  relations: v.optional(v.array(capped(relation)), () => []),
});
export type DraftDocument = v.InferOutput<typeof documentSchemaV0>;

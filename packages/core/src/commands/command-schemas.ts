/**
 * The payload of every command type as a valibot schema, built from the reader's entity schemas
 * (read/schema-v1.ts), so that a command can only put into a document what the reader accepts from a file.
 * Differences from the reader, on purpose:
 * - an entity a command adds must be complete: lists the reader defaults (`events`, `owners`) are required;
 * - `changes` of an update hold only the entity's own fields (never its id, never a key the format does
 *   not know), a required field can be set but not cleared, an optional one cleared with `null`;
 * - the envelope (`type` and its fields) is checked, keys the command type does not have are ignored.
 * Cross-entity rules (references, cycles, dates in order…) stay with the handlers, as before.
 */
import * as v from 'valibot';
import { VIEWS } from '../model/enums.js';
import {
  emotionalSchema,
  householdSchema,
  inviteeSchema,
  multipleBirthSchema,
  optionsSchema,
  organisationSchema,
  parentChildSchema,
  partnershipEventSchema,
  partnershipSchema,
  personSchema,
  planActionSchema,
  pointSchema,
  supportItemSchema,
  tieSchema,
} from '../read/schema-v1.js';
import type { CommandType } from './command.js';
import { LESSON_COMMAND_SCHEMAS } from './lessons.js';

type Entries = Record<string, v.GenericSchema>;
type OptionalEntry = v.OptionalSchema<v.GenericSchema, unknown>;

/** The reader's id and partial-date schemas, taken from its entity schemas so that they cannot drift. */
const id = personSchema.entries.id;
const date = personSchema.entries.birth.wrapped;
const ids = v.array(id);
const text = personSchema.entries.name;
const index = v.pipe(v.number(), v.integer());
const contact = personSchema.entries.contact.wrapped;

const isOptional = (schema: v.GenericSchema): schema is OptionalEntry => schema.type === 'optional';

/**
 * The schema of `Changes<T>` for an entity schema: every field but `fixed` may be given; a field that is
 * optional in the document (an `optional` without a default) may also be `null`, which clears it.
 */
function changesOf(entries: Entries, fixed: readonly string[]): v.GenericSchema {
  const fields: Entries = {};
  for (const [key, schema] of Object.entries(entries)) {
    if (fixed.includes(key)) continue;
    if (isOptional(schema))
      fields[key] =
        schema.default === undefined ? v.optional(v.nullable(schema.wrapped)) : v.optional(schema.wrapped);
    else fields[key] = v.optional(schema);
  }
  return v.strictObject(fields);
}

/** An entity schema whose defaulted lists (`events`, `owners`) are required, as their types say. */
function complete(entries: Entries, required: Entries): v.GenericSchema {
  return v.looseObject({ ...entries, ...required });
}

const partnership = complete(partnershipSchema.entries, { events: v.array(partnershipEventSchema) });
const planAction = complete(planActionSchema.entries, { owners: ids });

/** `Partial<Options>`: each option may be given, none cleared, nothing else. */
const optionChanges = v.strictObject(
  Object.fromEntries(
    Object.entries(optionsSchema.entries as Entries).map(([key, schema]) => [
      key,
      v.optional(isOptional(schema) ? schema.wrapped : schema),
    ]),
  ),
);

/** The usual three commands of an entity collection: add (whole), update (changes), remove (by id). */
function entityCommands<A extends string, U extends string, R extends string>(
  names: [add: A, update: U, remove: R],
  field: string,
  entity: v.GenericSchema,
  changes: v.GenericSchema,
): Record<A | U | R, v.GenericSchema> {
  const [add, update, remove] = names;
  return {
    [add]: v.object({ [field]: entity }),
    [update]: v.object({ id, changes }),
    [remove]: v.object({ id }),
  } as unknown as Record<A | U | R, v.GenericSchema>;
}

/**
 * The fields of each command type besides `type`. Adding a command type without a schema fails to compile.
 */
export const COMMAND_SCHEMAS: { readonly [K in CommandType]: v.GenericSchema } = {
  ...entityCommands(
    ['person.add', 'person.update', 'person.remove'],
    'person',
    personSchema,
    changesOf(personSchema.entries, ['id']),
  ),
  'person.contact.set': v.object({ person: id, contact: v.nullable(contact) }),
  ...entityCommands(
    ['organisation.add', 'organisation.update', 'organisation.remove'],
    'organisation',
    organisationSchema,
    changesOf(organisationSchema.entries, ['id']),
  ),
  ...entityCommands(
    ['partnership.add', 'partnership.update', 'partnership.remove'],
    'partnership',
    partnership,
    changesOf(partnershipSchema.entries, ['id', 'a', 'b', 'events']),
  ),
  'partnership.event.add': v.object({
    partnership: id,
    event: partnershipEventSchema,
    index: v.optional(index),
  }),
  'partnership.event.update': v.object({ partnership: id, index, event: partnershipEventSchema }),
  'partnership.event.remove': v.object({ partnership: id, index }),
  'partnership.event.move': v.object({ partnership: id, from: index, to: index }),
  ...entityCommands(
    ['parentChild.add', 'parentChild.update', 'parentChild.remove'],
    'link',
    parentChildSchema,
    changesOf(parentChildSchema.entries, ['id']),
  ),
  ...entityCommands(
    ['multipleBirth.add', 'multipleBirth.update', 'multipleBirth.remove'],
    'multipleBirth',
    multipleBirthSchema,
    changesOf(multipleBirthSchema.entries, ['id']),
  ),
  ...entityCommands(
    ['household.add', 'household.update', 'household.remove'],
    'household',
    householdSchema,
    changesOf(householdSchema.entries, ['id']),
  ),
  'household.member.add': v.object({ household: id, person: id }),
  'household.member.remove': v.object({ household: id, person: id }),
  ...entityCommands(
    ['emotional.add', 'emotional.update', 'emotional.remove'],
    'emotional',
    emotionalSchema,
    changesOf(emotionalSchema.entries, ['id']),
  ),
  ...entityCommands(
    ['tie.add', 'tie.update', 'tie.remove'],
    'tie',
    tieSchema,
    changesOf(tieSchema.entries, ['id']),
  ),
  'tie.support.add': v.object({ tie: id, item: supportItemSchema }),
  'tie.support.update': v.object({ tie: id, index, item: supportItemSchema }),
  'tie.support.remove': v.object({ tie: id, index }),
  'plan.goal.set': v.object({ goal: text }),
  'plan.goal.clear': v.object({}),
  'plan.meetingDate.set': v.object({ date: v.nullable(date) }),
  'plan.question.set': v.object({ question: v.nullable(text) }),
  'plan.evaluationDate.set': v.object({ date: v.nullable(date) }),
  'plan.agreements.set': v.object({ agreements: v.nullable(text) }),
  'plan.invitee.add': v.object({ invitee: inviteeSchema }),
  'plan.invitee.remove': v.object({ id }),
  'plan.invitee.status.set': v.object({ id, status: inviteeSchema.entries.status }),
  'plan.team.add': v.object({ person: id }),
  'plan.team.remove': v.object({ person: id }),
  ...entityCommands(
    ['plan.action.add', 'plan.action.update', 'plan.action.remove'],
    'action',
    planAction,
    changesOf(planActionSchema.entries, ['id']),
  ),
  'plan.remove': v.object({}),
  'options.set': v.object({ changes: optionChanges }),
  'title.set': v.object({ title: v.nullable(text) }),
  'referenceDate.set': v.object({ date: v.nullable(date) }),
  'focus.set': v.object({ id }),
  'node.move': v.object({ view: v.picklist(VIEWS), id, position: pointSchema }),
  'node.unpin': v.object({ view: v.picklist(VIEWS), id }),
  ...LESSON_COMMAND_SCHEMAS,
  'snapshot.take': v.object({ snapshot: v.strictObject({ id, label: text, date }) }),
  'snapshot.update': v.object({
    id,
    changes: v.strictObject({ label: v.optional(text), date: v.optional(date) }),
  }),
  'snapshot.remove': v.object({ id }),
  'snapshot.erase': v.object({ id }),
};

/**
 * Every command type (`'person.add'`, `'tie.update'`, …): the values of `Command['type']` at run time, for a
 * host that checks or routes commands it receives before applying them. {@link applyCommand} refuses any
 * other type with `commands.unknownCommand`.
 */
export const COMMAND_TYPES = Object.keys(COMMAND_SCHEMAS) as CommandType[];

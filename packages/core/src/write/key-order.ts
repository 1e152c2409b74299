/**
 * The fixed key order of written documents: docs/format.md order, field lists as format.md gives them.
 * A shape names the known keys of an object in order, and the shapes of nested values. Keys not listed
 * (unknown keys kept from a newer writer) follow the known ones, sorted by code unit.
 */
import { COLLECTIONS } from '../model/types.js';

export interface Shape {
  keys: readonly string[];
  /** Shapes of known keys whose values are objects (`object`), lists of objects (`list`) or id-keyed maps. */
  nested?: Readonly<Record<string, { object: Shape } | { list: Shape } | { map: Shape }>>;
}

const CONDITION: Shape = { keys: ['key', 'label', 'since', 'inRecovery'] };
const CONTACT: Shape = { keys: ['phone', 'email', 'note'] };
const PERSON: Shape = {
  keys: [
    'id',
    'name',
    'gender',
    'sexAtBirth',
    'birth',
    'death',
    'lifeStatus',
    'birthStatus',
    'gestationWeeks',
    'pet',
    'occupation',
    'location',
    'notes',
    'conditions',
    'contact',
  ],
  nested: { conditions: { list: CONDITION }, contact: { object: CONTACT } },
};
const ORGANISATION: Shape = { keys: ['id', 'name', 'category', 'notes'] };
const EVENT: Shape = { keys: ['kind', 'date'] };
const PARTNERSHIP: Shape = {
  keys: ['id', 'a', 'b', 'type', 'events', 'consanguineous'],
  nested: { events: { list: EVENT } },
};
const PARENT_CHILD: Shape = { keys: ['id', 'parent', 'child', 'kind', 'partnership', 'from', 'to'] };
const MULTIPLE_BIRTH: Shape = { keys: ['id', 'members', 'zygosity'] };
const HOUSEHOLD: Shape = { keys: ['id', 'members', 'current', 'label'] };
const EMOTIONAL: Shape = { keys: ['id', 'a', 'b', 'kind', 'direction', 'notes'] };
const SUPPORT: Shape = { keys: ['type', 'direction', 'potential'] };
const TIE: Shape = {
  keys: [
    'id',
    'from',
    'to',
    'sector',
    'ring',
    'strength',
    'stress',
    'flow',
    'support',
    'frequency',
    'knownFor',
    'critical',
    'notes',
  ],
  nested: { support: { list: SUPPORT } },
};
const ACTION: Shape = { keys: ['id', 'text', 'owners', 'support', 'due', 'status'] };
const INVITEE: Shape = { keys: ['id', 'status'] };
const PLAN: Shape = {
  keys: [
    'goal',
    'question',
    'meetingDate',
    'evaluationDate',
    'actionTeam',
    'invitees',
    'actions',
    'agreements',
  ],
  nested: { invitees: { list: INVITEE }, actions: { list: ACTION } },
};
const OPTIONS: Shape = { keys: ['symbols', 'deathMark', 'rings', 'sectors'] };
const POINT: Shape = { keys: ['x', 'y'] };
/** Positions are keyed by id: no known keys, so they are written sorted by id. */
const VIEW_LAYOUT: Shape = { keys: ['positions'], nested: { positions: { map: POINT } } };
const LAYOUTS: Shape = {
  keys: ['genogram', 'ecogram', 'sociogram'],
  nested: {
    genogram: { object: VIEW_LAYOUT },
    ecogram: { object: VIEW_LAYOUT },
    sociogram: { object: VIEW_LAYOUT },
  },
};

/** The collections and the plan, in document order: the live document's and each snapshot's. */
const NETWORK_KEYS = [...COLLECTIONS, 'plan'] as const;
const NETWORK_NESTED = {
  persons: { list: PERSON },
  organisations: { list: ORGANISATION },
  partnerships: { list: PARTNERSHIP },
  parentChild: { list: PARENT_CHILD },
  multipleBirths: { list: MULTIPLE_BIRTH },
  households: { list: HOUSEHOLD },
  emotional: { list: EMOTIONAL },
  ties: { list: TIE },
  plan: { object: PLAN },
} as const;
const SNAPSHOT: Shape = {
  keys: ['id', 'label', 'date', 'state'],
  nested: { state: { object: { keys: NETWORK_KEYS, nested: NETWORK_NESTED } } },
};
const LESSON: Shape = { keys: ['id', 'title'] };

/** The key order of a whole document, nested down to every entity, as `writeDocument` writes it. */
export const DOCUMENT_SHAPE: Shape = {
  keys: [
    'format',
    'version',
    'title',
    'referenceDate',
    'focus',
    'options',
    'persons',
    'organisations',
    'partnerships',
    'parentChild',
    'multipleBirths',
    'households',
    'emotional',
    'ties',
    'plan',
    'snapshots',
    'lessons',
    'layouts',
  ],
  nested: {
    options: { object: OPTIONS },
    ...NETWORK_NESTED,
    snapshots: { list: SNAPSHOT },
    lessons: { list: LESSON },
    layouts: { object: LAYOUTS },
  },
};

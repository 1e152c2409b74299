import type { KringDocument, Person } from '../../model/types.js';
import { formatPath, type JsonPath } from '../problem.js';
import type { ProblemSink } from '../problem-collector.js';
import { FORBIDDEN_KEYS } from '../limits.js';
import { error } from '../problems.js';

export type EntityKind =
  | 'person'
  | 'organisation'
  | 'partnership'
  | 'parentChild'
  | 'multipleBirth'
  | 'household'
  | 'emotional'
  | 'tie'
  | 'action';

export interface IndexedEntity {
  kind: EntityKind;
  /** Path of the entity (not of its id). */
  path: JsonPath;
}

/** Lookups over a typed document, built with Map (never plain objects keyed by user ids). */
export interface EntityIndex {
  /** The first entity with each id. */
  entities: Map<string, IndexedEntity>;
  persons: Map<string, Person>;
}

const COLLECTION_KINDS = [
  ['persons', 'person'],
  ['organisations', 'organisation'],
  ['partnerships', 'partnership'],
  ['parentChild', 'parentChild'],
  ['multipleBirths', 'multipleBirth'],
  ['households', 'household'],
  ['emotional', 'emotional'],
  ['ties', 'tie'],
] as const;

/**
 * Indexes every id of the document: one id space for entities, relations and plan actions. Duplicate and
 * forbidden ids go to `problems`.
 */
export function indexEntities(doc: KringDocument, problems: ProblemSink): EntityIndex {
  const entities = new Map<string, IndexedEntity>();
  const persons = new Map<string, Person>();
  const add = (id: string, kind: EntityKind, path: JsonPath): void => {
    if (FORBIDDEN_KEYS.has(id)) {
      problems.push(error([...path, 'id'], 'read.forbiddenId', { id }));
      return;
    }
    const first = entities.get(id);
    if (first) {
      problems.push(error([...path, 'id'], 'read.duplicateId', { id, first: formatPath(first.path) }));
      return;
    }
    entities.set(id, { kind, path });
  };
  for (const [name, kind] of COLLECTION_KINDS) {
    const list: readonly { id: string }[] = doc[name];
    for (let i = 0; i < list.length; i++) add(list[i]!.id, kind, [name, i]);
  }
  for (const person of doc.persons) if (!persons.has(person.id)) persons.set(person.id, person);
  const actions = doc.plan?.actions ?? [];
  for (let i = 0; i < actions.length; i++) add(actions[i]!.id, 'action', ['plan', 'actions', i]);
  return { entities, persons };
}

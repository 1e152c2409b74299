import { COLLECTIONS, type CollectionName } from './types.js';

/** The name of a relation collection: an entity collection other than persons and organisations. */
export type RelationCollection = Exclude<CollectionName, 'persons' | 'organisations'>;

/** The names of a document's relation collections (the entity collections after persons and organisations). */
export const RELATION_COLLECTIONS: readonly RelationCollection[] = COLLECTIONS.filter(
  (name): name is RelationCollection => name !== 'persons' && name !== 'organisations',
);

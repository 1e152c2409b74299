/** The names of a document's relation collections (the entity collections after persons and organisations). */
export const RELATION_COLLECTIONS = [
  'partnerships',
  'parentChild',
  'multipleBirths',
  'households',
  'emotional',
  'ties',
] as const;

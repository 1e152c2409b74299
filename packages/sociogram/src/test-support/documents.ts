import { newDocument, type KringDocument, type Person, type Tie } from '@kring/core';

/** A small document: the focus plus the given persons, organisations and ties. */
export function documentWith(
  parts: Partial<KringDocument> & { persons?: Person[]; ties?: Tie[] },
): KringDocument {
  return newDocument({
    ...parts,
    focus: 'f',
    persons: [{ id: 'f', name: 'Noor', gender: 'woman' }, ...(parts.persons ?? [])],
  });
}

import type { KringDocument, Person, Tie } from '@kring/core';

/** A small document: the focus plus the given persons, organisations and ties. */
export function documentWith(
  parts: Partial<KringDocument> & { persons?: Person[]; ties?: Tie[] },
): KringDocument {
  return {
    format: 'kring',
    version: 1,
    focus: 'f',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    plan: null,
    layouts: {},
    ...parts,
    persons: [{ id: 'f', name: 'Noor', gender: 'woman' }, ...(parts.persons ?? [])],
    ties: parts.ties ?? [],
  };
}

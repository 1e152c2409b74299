import type { KringDocument } from '../../model/types.js';
import { familyDocument } from '../../queries/test-support/family.js';

/** The family of queries/test-support/family.ts made fully valid (its tie t8 there is broken on purpose). */
export function validFamily(): KringDocument {
  const doc = familyDocument();
  return { ...doc, ties: doc.ties.map((t) => (t.id === 't8' ? { id: 't8', from: 'noah', to: 'mum' } : t)) };
}

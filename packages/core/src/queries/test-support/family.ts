/**
 * A small hand-made family for exact query tests.
 *
 *   gp1 ═ gp2            ex ═ dad ═ mum          nm
 *         │                 │   │ (step)  │         │
 *        dad              lisa  sophia tom sam    noah
 *                               ═ noah            (fk: foster child of mum)
 *                                 │
 *                                baby
 * Households: h-now (current: sophia, noah, baby), h-old (past: sophia, dad, mum).
 */
import { DEFAULT_OPTIONS, type KringDocument, type Person } from '../../model/types.js';

const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id,
  gender: 'unknown',
  ...extra,
});

/** A valid document with only the focus person (id `focus`); `extra` replaces top-level fields. */
export function emptyDocument(extra: Partial<KringDocument> = {}): KringDocument {
  return {
    format: 'kring',
    version: 2,
    focus: 'focus',
    options: { ...DEFAULT_OPTIONS },
    persons: [person('focus')],
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [],
    plan: null,
    snapshots: [],
    layouts: {},
    ...extra,
  };
}

/** The family drawn at the top of this module, with `sophia` as the focus. */
export function familyDocument(): KringDocument {
  return emptyDocument({
    focus: 'sophia',
    persons: [
      'gp1',
      'gp2',
      'dad',
      'mum',
      'ex',
      'sophia',
      'tom',
      'lisa',
      'sam',
      'fk',
      'noah',
      'nm',
      'baby',
      'fr',
    ].map((id) => person(id)),
    organisations: [
      { id: 'school', name: 'School', category: 'school' },
      { id: 'gpo', name: 'Huisarts', category: 'health_care' },
    ],
    partnerships: [
      { id: 'pg', a: 'gp1', b: 'gp2', type: 'marriage', events: [] },
      { id: 'pe', a: 'ex', b: 'dad', type: 'cohabitation', events: [] },
      { id: 'pm', a: 'dad', b: 'mum', type: 'marriage', events: [{ kind: 'married', date: '2000' }] },
      { id: 'pn', a: 'sophia', b: 'noah', type: 'lat', events: [] },
    ],
    parentChild: [
      { id: 'l1', parent: 'gp1', child: 'dad', kind: 'biological', partnership: 'pg' },
      { id: 'l2', parent: 'gp2', child: 'dad', kind: 'biological', partnership: 'pg' },
      { id: 'l3', parent: 'dad', child: 'sophia', kind: 'biological', partnership: 'pm' },
      { id: 'l4', parent: 'mum', child: 'sophia', kind: 'biological', partnership: 'pm' },
      { id: 'l5', parent: 'dad', child: 'tom', kind: 'biological', partnership: 'pm' },
      { id: 'l6', parent: 'mum', child: 'tom', kind: 'adoptive', partnership: 'pm' },
      { id: 'l7', parent: 'dad', child: 'lisa', kind: 'biological', partnership: 'pe' },
      { id: 'l8', parent: 'ex', child: 'lisa', kind: 'biological', partnership: 'pe' },
      { id: 'l9', parent: 'mum', child: 'sam', kind: 'biological' },
      { id: 'l10', parent: 'dad', child: 'sam', kind: 'step' },
      { id: 'l11', parent: 'mum', child: 'fk', kind: 'foster' },
      { id: 'l12', parent: 'nm', child: 'noah', kind: 'biological' },
      { id: 'l13', parent: 'sophia', child: 'baby', kind: 'biological', partnership: 'pn' },
      { id: 'l14', parent: 'noah', child: 'baby', kind: 'biological', partnership: 'pn' },
    ],
    households: [
      { id: 'h-old', members: ['sophia', 'dad', 'mum'] },
      { id: 'h-now', members: ['sophia', 'noah', 'baby'], current: true },
    ],
    ties: [
      { id: 't1', from: 'sophia', to: 'fr', sector: 'friends', ring: 1 },
      { id: 't2', from: 'sophia', to: 'mum', ring: 2 },
      { id: 't3', from: 'school', to: 'sophia', ring: 3 },
      { id: 't4', from: 'noah', to: 'gpo' },
      { id: 't5', from: 'noah', to: 'sophia', ring: 1 },
      { id: 't6', from: 'fr', to: 'gpo' },
      { id: 't7', from: 'noah', to: 'baby' },
      { id: 't8', from: 'noah', to: 'mum', ring: 9, sector: 'nonsense' },
      { id: 't9', from: 'sophia', to: 'fk' },
    ],
  });
}

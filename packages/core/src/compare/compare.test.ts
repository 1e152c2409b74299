import { describe, expect, it } from 'vitest';
import type { KringDocument, Person, Tie } from '../model/types.js';
import { emptyDocument } from '../queries/test-support/family.js';
import { compareNetworks, hasDifferences } from './compare-networks.js';
import { comparisonReport, describeComparison } from './describe-comparison.js';
import { findSnapshot, stateAt } from './find-snapshot.js';

const person = (id: string, name: string): Person => ({ id, name, gender: 'woman' });
const practical = [{ type: 'practical' as const, direction: 'received' as const }];

/**
 * T0: Sam (the focus) lives with Kim. Gerda is tied to both (ring 2 with Sam, ring 1 with Kim) and helps
 * in practice; the neighbour has no ring; the Wijkteam knows only Kim; Jeugdzorg works with Sam.
 */
function intake(): KringDocument {
  return emptyDocument({
    focus: 'f',
    persons: [person('f', 'Sam'), person('k', 'Kim'), person('g', 'Gerda'), person('n', 'Buurvrouw')],
    organisations: [
      { id: 'o', name: 'Wijkteam', category: 'social_services' },
      { id: 'j', name: 'Jeugdzorg', category: 'youth_care' },
    ],
    households: [{ id: 'h', members: ['f', 'k'], current: true }],
    ties: [
      { id: 't-fg', from: 'f', to: 'g', ring: 2, strength: 2, support: practical },
      { id: 't-kg', from: 'k', to: 'g', ring: 1 },
      { id: 't-fn', from: 'f', to: 'n' },
      { id: 't-ko', from: 'k', to: 'o', ring: 3 },
      { id: 't-fj', from: 'j', to: 'f', ring: 1 },
    ],
  });
}

const withTies = (doc: KringDocument, change: (ties: Tie[]) => Tie[]): KringDocument => ({
  ...doc,
  ties: change(doc.ties),
});
const setTie = (id: string, changes: Partial<Tie>) => (ties: Tie[]) =>
  ties.map((t) => (t.id === id ? { ...t, ...changes } : t));

/** T1: Gerda moved closer, the neighbour got a ring, Kim moved out, three new people help in practice. */
function evaluation(): KringDocument {
  const t0 = intake();
  return {
    ...t0,
    persons: [...t0.persons, person('c', 'Cor'), person('a', 'Ans'), person('b', 'Bram')],
    households: [{ id: 'h', members: ['f', 'k'] }],
    ties: [
      ...setTie('t-fn', { ring: 3 })(setTie('t-fg', { ring: 1, strength: 3 })(t0.ties)),
      ...['c', 'a', 'b'].map((id) => ({ id: `t-f${id}`, from: 'f', to: id, ring: 2, support: practical })),
    ],
  };
}

describe('compareNetworks', () => {
  it('an alter tied to two home members takes its ring from the tie with the focus', () => {
    const t0 = intake();
    // Kim's tie with Gerda moves to ring 3: Gerda's ring is still that of her tie with Sam.
    expect(compareNetworks(t0, withTies(t0, setTie('t-kg', { ring: 3 }))).ringChanged).toEqual([]);
    // Without the tie with Sam, the tie with Kim (a home member) gives the ring; Gerda stays in the network.
    const withoutFocusTie = compareNetworks(
      t0,
      withTies(t0, (ties) => ties.filter((t) => t.id !== 't-fg')),
    );
    expect(withoutFocusTie.ringChanged).toEqual([{ id: 'g', from: 2, to: 1 }]);
    expect(withoutFocusTie.added).toEqual([]);
    expect(withoutFocusTie.removed).toEqual([]);
  });

  it('counts an unset ring as a value: set, cleared, or unset on both sides', () => {
    const t0 = intake();
    const set = withTies(t0, setTie('t-fn', { ring: 3 }));
    expect(compareNetworks(t0, set).ringChanged).toEqual([{ id: 'n', from: null, to: 3 }]);
    expect(compareNetworks(set, t0).ringChanged).toEqual([{ id: 'n', from: 3, to: null }]);
    const unsetBoth = withTies(t0, setTie('t-fn', { strength: 1 }));
    expect(compareNetworks(t0, unsetBoth).ringChanged).toEqual([]);
    // A ring outside 1..rings counts as unset (format.md).
    const outside = withTies(t0, setTie('t-fn', { ring: 7 }));
    expect(compareNetworks(t0, outside).ringChanged).toEqual([]);
  });

  it('an organisation whose only home tie was with someone who moved out leaves the network', () => {
    const t0 = intake();
    const movedOut = { ...t0, households: [{ id: 'h', members: ['f', 'k'] }] };
    const comparison = compareNetworks(t0, movedOut);
    // The Wijkteam is still in the map, but no longer tied to anyone at home.
    expect(movedOut.organisations.map((o) => o.id)).toContain('o');
    expect(comparison.removed).toEqual(['o']);
    expect(comparison.added).toEqual([]);
    // Gerda stays (her tie with Sam), and her ring is that tie's.
    expect(comparison.ringChanged).toEqual([]);
  });

  it('lists who joined, who left and who moved, each sorted by id whatever the document order', () => {
    const t1 = evaluation();
    const comparison = compareNetworks(intake(), t1);
    expect(comparison.added).toEqual(['a', 'b', 'c']);
    expect(comparison.removed).toEqual(['o']);
    expect(comparison.ringChanged).toEqual([
      { id: 'g', from: 2, to: 1 },
      { id: 'n', from: null, to: 3 },
    ]);
    expect(comparison.strengthChanged).toEqual([{ id: 'g', from: 2, to: 3 }]);
    const shuffled = { ...t1, ties: [...t1.ties].reverse(), persons: [...t1.persons].reverse() };
    const again = compareNetworks(intake(), shuffled);
    expect(again.added).toEqual(comparison.added);
    expect(again.ringChanged).toEqual(comparison.ringChanged);
  });

  it('compares the insight figures and each alter’s support', () => {
    const { figures, supportChanged } = compareNetworks(intake(), evaluation());
    expect(figures.alters).toEqual({ from: 4, to: 6 });
    expect(figures.professional).toEqual({ from: 2, to: 1 });
    expect(figures.professionalShare).toEqual({ from: 50, to: 17 });
    expect(figures.support.practical.received).toEqual({ from: 1, to: 4 });
    expect(figures.support.emotional.received).toEqual({ from: 0, to: 0 });
    // Support of alters in both states only: Gerda still helps, so no change is listed.
    expect(supportChanged).toEqual([]);
    const lost = compareNetworks(intake(), withTies(intake(), setTie('t-fg', { support: [] })));
    expect(lost.supportChanged).toEqual([
      { id: 'g', type: 'practical', side: 'received', from: true, to: false },
    ]);
  });

  it('finds no difference between a map and itself', () => {
    const t0 = intake();
    const comparison = compareNetworks(t0, t0);
    expect(hasDifferences(comparison)).toBe(false);
    expect(describeComparison(comparison, t0, t0, 'nl')).toEqual([]);
    expect(hasDifferences(compareNetworks(t0, evaluation()))).toBe(true);
  });
});

describe('describeComparison', () => {
  it('says what changed in practice words, in Dutch', () => {
    const t0 = intake();
    const t1 = evaluation();
    const lines = describeComparison(compareNetworks(t0, t1), t0, t1, 'nl');
    expect(lines.map((l) => l.text)).toEqual([
      'Netwerk: 4 → 6 mensen en organisaties',
      '3 nieuwe mensen: Ans, Bram en Cor',
      '1 organisatie niet meer in het netwerk: Wijkteam',
      'Gerda van ring 2 naar 1',
      'Buurvrouw nu in ring 3 (eerder zonder ring)',
      'Gerda: band van gemiddeld naar sterk',
      'Praktische steun nu van 4 mensen in plaats van 1',
      'Aandeel professionals 50 % → 17 %',
    ]);
    expect(lines[1]).toMatchObject({ code: 'added', people: ['a', 'b', 'c'] });
    expect(lines[6]).toMatchObject({ code: 'supportReceived', supportType: 'practical', people: [] });
  });

  it('and in English', () => {
    const t0 = intake();
    const t1 = evaluation();
    const texts = describeComparison(compareNetworks(t1, t0), t1, t0, 'en').map((l) => l.text);
    expect(texts).toEqual([
      'Network: 6 → 4 people and organisations',
      '1 new organisation: Wijkteam',
      '3 people no longer in the network: Ans, Bram, and Cor',
      'Gerda from ring 1 to 2',
      'Buurvrouw no longer in a ring (was ring 3)',
      'Gerda: tie from strong to moderate',
      'Practical help now from 1 person instead of 4',
      'Share of professionals 17% → 50%',
    ]);
  });

  it('names at most ten alters in one line and counts the rest', () => {
    const t0 = intake();
    const many = Array.from({ length: 13 }, (_, i) => person(`x${String(i).padStart(2, '0')}`, `P${i}`));
    const t1 = {
      ...t0,
      persons: [...t0.persons, ...many],
      ties: [...t0.ties, ...many.map((p) => ({ id: `t-${p.id}`, from: 'f', to: p.id }))],
    };
    const [, added] = describeComparison(compareNetworks(t0, t1), t0, t1, 'nl');
    expect(added!.text).toBe('13 nieuwe mensen: P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 … en nog 3');
    expect(added!.people).toHaveLength(13);
  });

  it('the JSON report holds the lists, the figures and the lines', () => {
    const t0 = intake();
    const t1 = evaluation();
    const report = comparisonReport(compareNetworks(t0, t1), t0, t1, 'en');
    expect(Object.keys(report)).toEqual([
      'added',
      'removed',
      'ringChanged',
      'strengthChanged',
      'supportChanged',
      'figures',
      'changes',
    ]);
    expect(JSON.parse(JSON.stringify(report))).toMatchObject({
      added: ['a', 'b', 'c'],
      removed: ['o'],
      ringChanged: [
        { id: 'g', from: 2, to: 1 },
        { id: 'n', from: null, to: 3 },
      ],
    });
  });
});

describe('states of a map', () => {
  const doc: KringDocument = {
    ...evaluation(),
    snapshots: [
      { id: 's1', label: 'Intake', date: '2026-01', state: { ...intake(), plan: null } },
      { id: 's2', label: 'Evaluatie', date: '2026-06', state: { ...evaluation(), plan: null } },
      { id: 's3', label: 'Evaluatie', date: '2026-07', state: { ...evaluation(), plan: null } },
    ],
  };

  it('finds a snapshot by id, else by a label only one snapshot has', () => {
    expect(findSnapshot(doc, 's2')).toMatchObject({ ok: true, snapshot: { id: 's2' } });
    expect(findSnapshot(doc, 'Intake')).toMatchObject({ ok: true, snapshot: { id: 's1' } });
    expect(findSnapshot(doc, 'Evaluatie')).toEqual({ ok: false, reason: 'ambiguous', ids: ['s2', 's3'] });
    expect(findSnapshot(doc, 'T9')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('reads a snapshot with the document’s focus and options, and `now` as the live map', () => {
    const then = stateAt(doc, 'Intake');
    if (!then.ok) throw new Error('not found');
    expect(then.document.persons.map((p) => p.id)).toEqual(['f', 'k', 'g', 'n']);
    expect(then.document.focus).toBe('f');
    const now = stateAt(doc, 'now');
    expect(now).toMatchObject({ ok: true, snapshot: null, document: doc });
    if (!now.ok) return;
    expect(compareNetworks(then.document, now.document).added).toEqual(['a', 'b', 'c']);
  });
});

/**
 * Property: the figures and findings of a network do not depend on its ids or on the order of its ties.
 * Generated networks give every alter one sector on all its home ties (as a worker records it), so that
 * no choice between equally near ties with different sectors depends on the order (see alters-of-focus.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPES } from '../model/enums.js';
import type { Id, KringDocument, SupportItem, Tie } from '../model/types.js';
import { emptyDocument } from '../queries/test-support/family.js';
import { findingsOf } from './findings.js';
import { fragility } from './fragility.js';
import { insightReport } from './report.js';

const SECTORS = [undefined, 'family', 'friends', 'neighbours', 'work_school', 'professionals'] as const;

const supportItem: fc.Arbitrary<SupportItem> = fc.record(
  {
    type: fc.constantFrom(...SUPPORT_TYPES),
    direction: fc.constantFrom('received' as const, 'given' as const),
    potential: fc.constant(true as const),
  },
  { requiredKeys: ['type', 'direction'] },
);

const network = fc.record({
  persons: fc.integer({ min: 2, max: 9 }),
  organisations: fc.integer({ min: 0, max: 3 }),
  /** Which persons (other than the focus, person 0) live at home. */
  home: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  sectors: fc.array(fc.constantFrom(...SECTORS), { minLength: 12, maxLength: 12 }),
  ties: fc.array(
    fc.record({
      a: fc.nat(11),
      b: fc.nat(11),
      ring: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      support: fc.array(supportItem, { maxLength: 3 }),
    }),
    { maxLength: 24 },
  ),
  plan: fc.array(fc.array(fc.nat(8), { maxLength: 2 }), { maxLength: 6 }),
});
type Network = typeof network extends fc.Arbitrary<infer T> ? T : never;

function build(n: Network): KringDocument {
  const persons = Array.from({ length: n.persons }, (_, i) => `p${i}`);
  const organisations = Array.from({ length: n.organisations }, (_, i) => `o${i}`);
  const entities = [...persons, ...organisations];
  const home = new Set(['p0', ...persons.filter((_, i) => i > 0 && n.home[i] === true)]);
  const ties: Tie[] = [];
  n.ties.forEach((t, i) => {
    const from = entities[t.a % entities.length]!;
    const to = entities[t.b % entities.length]!;
    // No self-ties; no ties between two home members other than the focus (see the file comment).
    if (from === to || (home.has(from) && home.has(to) && from !== 'p0' && to !== 'p0')) return;
    const alter = from === 'p0' ? to : to === 'p0' ? from : home.has(from) ? to : from;
    const sector = n.sectors[entities.indexOf(alter)];
    ties.push({
      id: `t${i}`,
      from,
      to,
      ...(t.ring !== undefined ? { ring: t.ring } : {}),
      ...(sector !== undefined ? { sector } : {}),
      ...(t.support.length > 0 ? { support: t.support } : {}),
    });
  });
  return emptyDocument({
    focus: 'p0',
    persons: persons.map((id) => ({ id, name: `Name ${id}`, gender: 'unknown' })),
    organisations: organisations.map((id) => ({ id, name: `Org ${id}`, category: 'youth_care' })),
    households: [{ id: 'h', members: [...home], current: true }],
    ties,
    plan:
      n.plan.length === 0
        ? null
        : {
            goal: '',
            actionTeam: [],
            invitees: [],
            actions: n.plan.map((owners, i) => ({
              id: `a${i}`,
              text: '',
              owners: [...new Set(owners.map((o) => persons[o % persons.length]!))],
              status: 'agreed',
            })),
          },
  });
}

/** Every id renamed (persons, organisations, relations) and the ties in another order. */
function renamed(doc: KringDocument, seed: number): { doc: KringDocument; back: Map<Id, Id> } {
  const to = new Map<Id, Id>();
  const back = new Map<Id, Id>();
  const ids = [...doc.persons, ...doc.organisations, ...doc.ties, ...doc.households].map((e) => e.id);
  ids.forEach((id, i) => {
    const fresh = `x-${(i * 7919 + seed) % 100003}-${ids.length - i}`;
    to.set(id, fresh);
    back.set(fresh, id);
  });
  const r = (id: Id) => to.get(id) ?? id;
  const shuffled = doc.ties
    .map((t, i) => ({ t, key: (i * 2654435761 + seed) % 1009 }))
    .sort((a, b) => a.key - b.key)
    .map(({ t }) => ({ ...t, id: r(t.id), from: r(t.from), to: r(t.to) }));
  return {
    back,
    doc: {
      ...doc,
      focus: r(doc.focus),
      persons: doc.persons.map((p) => ({ ...p, id: r(p.id) })),
      organisations: doc.organisations.map((o) => ({ ...o, id: r(o.id) })),
      households: doc.households.map((h) => ({ ...h, id: r(h.id), members: h.members.map(r) })),
      ties: shuffled,
      plan: doc.plan && {
        ...doc.plan,
        actions: doc.plan.actions.map((a) => ({ ...a, owners: a.owners.map(r) })),
      },
    },
  };
}

describe('insight figures', () => {
  it('do not depend on ids or on the order of ties', () => {
    fc.assert(
      fc.property(network, fc.nat(100000), (n, seed) => {
        const doc = build(n);
        const { doc: other, back } = renamed(doc, seed);
        const unname = (ids: readonly Id[]) => ids.map((id) => back.get(id) ?? id).sort();
        const { findings, ...figures } = insightReport(doc, 'en');
        const { findings: otherFindings, ...otherFigures } = insightReport(other, 'en');
        expect(otherFigures).toEqual(figures);
        expect(otherFindings.map((f) => f.code)).toEqual(findings.map((f) => f.code));
        expect(findingsOf(other).map((f) => [f.code, f.supportType, unname(f.people)])).toEqual(
          findingsOf(doc).map((f) => [f.code, f.supportType, [...f.people].sort()]),
        );
        const lost = (d: KringDocument, map: (id: Id) => Id) =>
          fragility(d)
            .map((f) => `${map(f.id)}:${f.lost.join(',')}`)
            .sort();
        expect(lost(other, (id) => back.get(id) ?? id)).toEqual(lost(doc, (id) => id));
      }),
      { numRuns: 150 },
    );
  });

  it('add up: informal + professional = alters = the sum over rings = the sum over sectors', () => {
    fc.assert(
      fc.property(network, (n) => {
        const report = insightReport(build(n), 'nl');
        const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
        expect(report.informal + report.professional).toBe(report.alters);
        expect(sum(report.byRing)).toBe(report.alters);
        expect(sum(report.bySector)).toBe(report.alters);
        expect(report.reciprocal).toBeLessThanOrEqual(report.alters);
        for (const cell of Object.values(report.support))
          for (const v of Object.values(cell)) expect(v).toBeLessThanOrEqual(report.alters);
      }),
      { numRuns: 100 },
    );
  });
});

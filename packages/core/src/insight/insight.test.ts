import { describe, expect, it } from 'vitest';
import type { KringDocument, Person, PlanAction, SupportItem, Tie } from '../model/types.js';
import { emptyDocument } from '../queries/test-support/family.js';
import { findingsOf } from './findings.js';
import { dimmedIds, highlightedIds } from './highlight.js';
import { fragility, supportLostWithout, withoutPeople } from './fragility.js';
import { networkInsight } from './network-insight.js';
import { describeFinding, insightReport } from './report.js';
import { whoCouldHelp, whoCouldBeAsked, whoCouldTakeOver } from './who-could-help.js';

const person = (id: string, name = id): Person => ({ id, name, gender: 'unknown' });
const got = (type: SupportItem['type']): SupportItem => ({ type, direction: 'received' });
const gave = (type: SupportItem['type']): SupportItem => ({ type, direction: 'given' });
const could = (type: SupportItem['type'], direction: SupportItem['direction'] = 'received'): SupportItem => ({
  type,
  direction,
  potential: true,
});
let tieNo = 0;
const tie = (from: string, to: string, extra: Partial<Tie> = {}): Tie => ({
  id: `t${++tieNo}`,
  from,
  to,
  ...extra,
});

/**
 * f (focus) lives with h (household member); p lived with f once (past household). Alters: a, b, c and the
 * organisation o; x and y are known only to a and each other.
 */
function base(ties: Tie[], extra: Partial<KringDocument> = {}): KringDocument {
  return emptyDocument({
    focus: 'f',
    persons: ['f', 'h', 'p', 'a', 'b', 'c', 'x', 'y'].map((id) => person(id, id.toUpperCase())),
    organisations: [{ id: 'o', name: 'Wijkteam', category: 'social_services' }],
    households: [
      { id: 'h-now', members: ['f', 'h'], current: true },
      { id: 'h-old', members: ['f', 'p'] },
    ],
    ties,
    ...extra,
  });
}

describe('networkInsight: the figures', () => {
  it('counts a household member with a tie as an alter, and one without a tie not', () => {
    const doc = base([tie('f', 'h', { ring: 1, sector: 'family' })]);
    const n = networkInsight(doc);
    expect(n.alters.map((a) => a.id)).toEqual(['h']);
    expect([n.informal, n.professional, n.byRing['1'], n.bySector['family']]).toEqual([
      ['h'],
      [],
      ['h'],
      ['h'],
    ]);
    expect(networkInsight(base([])).alters).toEqual([]);
  });

  it('counts an alter tied to two home members once; its ring is that of its tie with the focus', () => {
    const doc = base([
      tie('h', 'a', { ring: 1, sector: 'neighbours', support: [gave('emotional')] }),
      tie('a', 'f', { ring: 2, sector: 'friends', support: [got('practical'), got('practical')] }),
    ]);
    const n = networkInsight(doc);
    expect(n.alters.map((a) => a.id)).toEqual(['a']);
    expect(n.byRing).toEqual({ '1': [], '2': ['a'], '3': [], none: [] });
    expect(n.bySector['friends']).toEqual(['a']);
    expect(n.support.practical).toEqual({ received: ['a'], given: [], potential: [], couldGive: [] });
    expect(n.support.emotional.given).toEqual(['a']);
    expect(n.reciprocal).toEqual(['a']);
    // Items are counted one by one (the one-sided finding); alters once per cell.
    expect(n.items).toEqual({ received: 2, given: 1 });
  });

  it('a member of a past household is not at home: its ties to alters do not make alters', () => {
    const n = networkInsight(base([tie('p', 'a', { ring: 1 })]));
    expect(n.alters).toEqual([]);
    expect(n.knowEachOther.map((t) => [t.from, t.to])).toEqual([['p', 'a']]);
  });

  it('potential support counts as potential only, in either direction, and never as reciprocal', () => {
    const doc = base([
      tie('f', 'a', { support: [could('financial'), could('care', 'given')] }),
      tie('f', 'b', { support: [got('financial'), could('financial')] }),
    ]);
    const n = networkInsight(doc);
    expect(n.support.financial).toEqual({
      received: ['b'],
      given: [],
      potential: ['a', 'b'],
      couldGive: ['a', 'b'],
    });
    expect(n.support.care).toEqual({ received: [], given: [], potential: ['a'], couldGive: [] });
    expect(n.reciprocal).toEqual([]);
    expect(n.items).toEqual({ received: 1, given: 0 });
  });

  it('an organisation is professional, in the preset’s professional sector when its tie has none', () => {
    const doc = base([tie('o', 'f', { ring: 3 }), tie('f', 'a', { sector: 'professionals' }), tie('f', 'b')]);
    const n = networkInsight(doc);
    expect([n.professional, n.informal]).toEqual([['o', 'a'], ['b']]);
    expect(n.bySector).toEqual({
      family: [],
      friends: [],
      neighbours: [],
      work_school: [],
      professionals: ['o', 'a'],
      none: ['b'],
    });
    expect(n.byRing).toEqual({ '1': [], '2': [], '3': ['o'], none: ['a', 'b'] });
    const tw = networkInsight({ ...doc, options: { ...doc.options, sectors: 'tracy_whittaker', rings: 4 } });
    expect(tw.bySector['agencies']).toEqual(['o']);
    expect(tw.professional).toEqual(['o']); // `professionals` is no Tracy & Whittaker sector: a's is none
    expect(Object.keys(tw.byRing)).toEqual(['1', '2', '3', '4', 'none']);
  });

  it('know each other: ties with neither end at home, whoever is at their ends', () => {
    const doc = base([tie('f', 'a'), tie('h', 'b'), tie('a', 'b'), tie('a', 'x'), tie('x', 'y')]);
    const n = networkInsight(doc);
    expect(n.alters.map((a) => a.id)).toEqual(['a', 'b']);
    expect(n.knowEachOther.map((t) => `${t.from}-${t.to}`)).toEqual(['a-b', 'a-x', 'x-y']);
  });

  it('the report holds exactly the keys of the contract, every ring, every sector of the preset and none', () => {
    const doc = base([tie('f', 'a', { ring: 1, support: [got('care')] })]);
    const report = insightReport(doc, 'en');
    expect(Object.keys(report)).toEqual([
      'alters',
      'informal',
      'professional',
      'reciprocal',
      'knowEachOther',
      'byRing',
      'bySector',
      'support',
      'findings',
    ]);
    expect(report.byRing).toEqual({ '1': 1, '2': 0, '3': 0, none: 0 });
    expect(Object.keys(report.bySector)).toEqual([
      'family',
      'friends',
      'neighbours',
      'work_school',
      'professionals',
      'none',
    ]);
    expect(Object.keys(report.support)).toEqual([
      'emotional',
      'practical',
      'informational',
      'companionship',
      'care',
      'financial',
      'appraisal',
    ]);
    expect(report.support.care).toEqual({ received: 1, given: 0, potential: 0 });
  });
});

const action = (id: string, owners: string[], extra: Partial<PlanAction> = {}): PlanAction => ({
  id,
  text: `action ${id}`,
  owners,
  status: 'agreed',
  ...extra,
});
const withPlan = (doc: KringDocument, actions: PlanAction[]): KringDocument => ({
  ...doc,
  plan: { goal: 'g', actionTeam: [], invitees: [], actions },
});
const codes = (doc: KringDocument) => findingsOf(doc).map((f) => f.code);

describe('findings and their thresholds', () => {
  it('overloaded: at least 3 actions and more than half of them', () => {
    const doc = base([tie('f', 'a', { support: [got('care')] })]);
    const five = withPlan(doc, [
      action('1', ['a']),
      action('2', ['a', 'b']),
      action('3', ['a', 'a']),
      action('4', ['b']),
      action('5', ['c']),
    ]);
    expect(findingsOf(five)[0]).toEqual({
      code: 'overloaded',
      people: ['a'],
      counts: { count: 3, total: 5 },
    });
    expect(describeFinding(five, findingsOf(five)[0]!, 'nl')).toBe('A draagt 3 van de 5 acties');
    const six = withPlan(doc, [...five.plan!.actions, action('6', ['c'])]);
    expect(codes(six)).not.toContain('overloaded'); // 3 of 6 is not more than half
    const three = withPlan(doc, [action('1', ['a']), action('2', ['a']), action('3', ['b'])]);
    expect(codes(three)).not.toContain('overloaded'); // 2 is fewer than 3
  });

  it('one-sided: received items at least 3 times the given ones, with at least 3 received', () => {
    const items = (r: number, g: number) =>
      base([
        tie('f', 'a', {
          support: [
            ...Array.from({ length: r }, () => got('care')),
            ...Array.from({ length: g }, () => gave('care')),
          ],
        }),
      ]);
    expect(findingsOf(items(3, 1)).find((f) => f.code === 'oneSided')).toEqual({
      code: 'oneSided',
      people: [],
      counts: { received: 3, given: 1 },
    });
    expect(codes(items(3, 0))).toContain('oneSided');
    expect(codes(items(5, 2))).not.toContain('oneSided');
    expect(codes(items(2, 0))).not.toContain('oneSided');
    expect(describeFinding(items(3, 1), findingsOf(items(3, 1)).at(-1)!, 'en')).toBe(
      'Support goes mostly one way: 3 received, 1 given',
    );
  });

  it('no source and single source, per support type; who could be asked is named', () => {
    const doc = base([
      tie('f', 'a', { support: [got('practical'), got('emotional')] }),
      tie('f', 'b', { support: [got('emotional'), could('financial')] }),
      tie('f', 'c', { support: [could('financial', 'given')] }),
    ]);
    const findings = findingsOf(doc);
    const noSource = findings.filter((f) => f.code === 'noSource');
    expect(noSource.map((f) => [f.supportType, f.people])).toEqual([
      ['informational', []],
      ['companionship', []],
      ['care', []],
      ['financial', ['b']],
      ['appraisal', []],
    ]);
    expect(findings.filter((f) => f.code === 'singleSource')).toEqual([
      { code: 'singleSource', people: ['a'], supportType: 'practical' },
    ]);
    const text = (f: (typeof findings)[number], locale: 'nl' | 'en') => describeFinding(doc, f, locale);
    expect(text(noSource[4]!, 'nl')).toBe('Niemand voor waardering, feedback');
    expect(text(noSource[3]!, 'nl')).toBe('Nog niemand voor financiële steun; te vragen: B');
    expect(
      text(
        findings.find((f) => f.code === 'singleSource')!,
        'nl',
      ),
    ).toBe('Praktische steun komt alleen van A');
    expect(
      text(
        findings.find((f) => f.code === 'singleSource')!,
        'en',
      ),
    ).toBe('Practical help comes only from A');
  });

  it('names family with their word to the client, and starts a sentence with a capital', () => {
    const a: Person = { id: 'a', name: 'Marieke', gender: 'woman' };
    const doc = withPlan(
      {
        ...base([tie('f', 'a', { support: [got('practical')] }), tie('f', 'b', { support: [got('care')] })]),
        parentChild: [{ id: 'l1', parent: 'a', child: 'f', kind: 'guardian' }],
      },
      ['1', '2', '3'].map((id) => action(id, ['a'])),
    );
    doc.persons = doc.persons.map((p) => (p.id === 'a' ? a : p));
    const found = findingsOf(doc);
    const single = found.find((f) => f.code === 'singleSource' && f.people[0] === 'a')!;
    expect(describeFinding(doc, single, 'nl')).toBe('Praktische steun komt alleen van voogd Marieke');
    expect(describeFinding(doc, single, 'en')).toBe('Practical help comes only from guardian Marieke');
    const overloaded = found.find((f) => f.code === 'overloaded')!;
    expect(describeFinding(doc, overloaded, 'nl')).toBe('Voogd Marieke draagt 3 van de 3 acties');
  });

  it('no source is not reported while no actual received support is recorded at all', () => {
    const onlyPotential = base([tie('f', 'a', { support: [could('care')] })]);
    expect(codes(onlyPotential)).toEqual([]);
    expect(codes(base([tie('f', 'a')]))).toEqual(['noSupportRecorded']);
    expect(codes(base([]))).toEqual([]);
  });

  it('only professionals in the inner ring: ring 1 not empty and all of it professional', () => {
    const doc = base([
      tie('f', 'o', { ring: 1 }),
      tie('f', 'a', { ring: 1, sector: 'professionals' }),
      tie('f', 'b', { ring: 2 }),
    ]);
    const finding = findingsOf(doc).find((f) => f.code === 'onlyProfessionalsInner');
    expect(finding?.people).toEqual(['o', 'a']);
    expect(describeFinding(doc, finding!, 'nl')).toBe(
      'Alleen professionals in de binnenste ring: Wijkteam en A',
    );
    expect(codes(base([tie('f', 'o', { ring: 1 }), tie('f', 'b', { ring: 1 })]))).not.toContain(
      'onlyProfessionalsInner',
    );
    expect(codes(base([tie('f', 'o', { ring: 2 })]))).not.toContain('onlyProfessionalsInner');
  });

  it('nobody outside the family: every informal alter in the family (or household) sector', () => {
    const family = base([tie('f', 'a', { sector: 'family' }), tie('f', 'o')]);
    expect(codes(family)).toContain('onlyFamily');
    expect(codes(base([tie('f', 'a', { sector: 'family' }), tie('f', 'b')]))).not.toContain('onlyFamily');
    expect(codes(base([tie('f', 'o')]))).not.toContain('onlyFamily'); // nobody informal at all
    const tw = base([tie('f', 'h'), tie('f', 'a', { sector: 'other_family' })], {
      options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'tracy_whittaker' },
    });
    expect(codes(tw)).toContain('onlyFamily'); // h: household (derived), a: other_family
  });
});

describe('fragility and who could help', () => {
  const doc = withPlan(
    base([
      tie('f', 'h', { ring: 1, support: [got('care')] }),
      tie('h', 'a', { ring: 2, support: [got('practical')] }),
      tie('f', 'b', { ring: 2, strength: 3, support: [could('practical')] }),
      tie('f', 'c', { ring: 2, strength: 1, support: [got('practical'), got('emotional')] }),
      tie('f', 'x', { support: [could('practical')] }),
      tie('f', 'o', { ring: 1, support: [could('financial')] }),
    ]),
    [
      action('1', ['c'], { support: 'practical' }),
      action('2', [], { support: 'practical' }),
      action('3', ['a']),
      action('4', ['a']),
    ],
  );

  it('without someone: their ties, household places and actions go; the focus never goes', () => {
    const without = withoutPeople(doc, ['h', 'f']);
    expect(networkInsight(without).alters.map((a) => a.id)).toEqual(['b', 'c', 'x', 'o']); // a only via h
    expect(without.households[0]!.members).toEqual(['f']);
    expect(withoutPeople(doc, ['f'])).toBe(doc);
    expect(withoutPeople(doc, ['c']).plan!.actions[0]!.owners).toEqual([]);
  });

  it('lists per alter the support types nobody would be left for', () => {
    expect(fragility(doc)).toEqual([
      { id: 'h', lost: ['care'] },
      { id: 'c', lost: ['emotional'] },
    ]);
    expect(supportLostWithout(doc, ['a', 'c'])).toEqual(['emotional', 'practical']);
  });

  it('orders candidates by ring, then strength, then who gives before who could; skips owners and the overloaded', () => {
    const overloaded = withPlan(doc, [...doc.plan!.actions, action('5', ['a'])]); // a: 3 of 5
    const help = whoCouldHelp(overloaded);
    expect(help.map((h) => h.action)).toEqual(['1', '2']);
    expect(help[0]!.candidates.map((c) => [c.id, c.source])).toEqual([
      ['b', 'could'],
      ['x', 'could'],
    ]);
    expect(help[1]!.candidates.map((c) => [c.id, c.source, c.ring, c.strength])).toEqual([
      ['b', 'could', 2, 3],
      ['c', 'gives', 2, 1],
      ['x', 'could', null, 0],
    ]);
    expect(whoCouldHelp(doc)[1]!.candidates.map((c) => c.id)).toEqual(['b', 'c', 'a', 'x']);
    const ask = whoCouldBeAsked(doc);
    expect(ask.map((a) => [a.supportType, a.candidates.map((c) => c.id)])).toEqual([
      ['informational', []],
      ['companionship', []],
      ['financial', ['o']],
      ['appraisal', []],
    ]);
  });

  it('if someone drops out: per type they give, who else gives it or could be asked, organisations too', () => {
    const view = (id: string) =>
      whoCouldTakeOver(doc, id).map((t) => [t.supportType, t.source, t.lost, t.candidates.map((c) => c.id)]);
    // c gives practical help and emotional support; without c, b could, a gives (via h) and x could.
    expect(view('c')).toEqual([
      ['emotional', 'gives', true, []],
      ['practical', 'gives', false, ['b', 'a', 'x']],
    ]);
    // The organisation could give financial support: nobody else could.
    expect(view('o')).toEqual([['financial', 'could', false, []]]);
    expect(view('f')).toEqual([]);
    expect(view('y')).toEqual([]);
    // An organisation is a candidate like a person.
    const withOrg = base([
      tie('f', 'a', { support: [got('care')] }),
      tie('f', 'o', { support: [got('care')] }),
    ]);
    expect(whoCouldTakeOver(withOrg, 'a')[0]!.candidates.map((c) => [c.id, c.kind])).toEqual([
      ['o', 'organisation'],
    ]);
  });
});

describe('highlight', () => {
  const doc = withPlan(
    base(
      [
        tie('f', 'a', { ring: 1, sector: 'family', support: [got('care')] }),
        tie('h', 'b', { ring: 2, sector: 'friends', support: [could('care', 'given')] }),
        tie('f', 'o', { ring: 3 }),
        tie('a', 'x'),
      ],
      {
        parentChild: [
          { id: 'l1', parent: 'p', child: 'f', kind: 'biological' },
          { id: 'l2', parent: 'f', child: 'c', kind: 'adoptive' },
          { id: 'l3', parent: 'y', child: 'p', kind: 'biological' },
        ],
      },
    ),
    [action('1', ['c']), action('2', ['b', 'c'])],
  );
  const sorted = (s: Set<string>) => [...s].sort();

  it('keeps the matching alters and the focus in full colour, and dims everyone else', () => {
    expect(sorted(highlightedIds(doc, { kind: 'support', type: 'care' }))).toEqual(['a', 'b', 'f']);
    expect(sorted(highlightedIds(doc, { kind: 'sector', sector: 'professionals' }))).toEqual(['f', 'o']);
    expect(sorted(highlightedIds(doc, { kind: 'ring', ring: '2' }))).toEqual(['b', 'f']);
    expect(sorted(highlightedIds(doc, { kind: 'informal' }))).toEqual(['a', 'b', 'f']);
    expect(sorted(highlightedIds(doc, { kind: 'professional' }))).toEqual(['f', 'o']);
    expect(sorted(highlightedIds(doc, { kind: 'actionTeam' }))).toEqual(['b', 'c', 'f']);
    expect(sorted(highlightedIds(doc, { kind: 'ties', id: 'a' }))).toEqual(['a', 'f', 'x']);
    expect(sorted(highlightedIds(doc, { kind: 'lineage', id: 'f' }))).toEqual(['c', 'f', 'p', 'y']);
    expect(sorted(dimmedIds(doc, { kind: 'professional' }))).toEqual(['a', 'b', 'c', 'h', 'p', 'x', 'y']);
  });
});

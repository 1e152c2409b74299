import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, type Problem } from './problem.js';
import { readDocument } from './read-document.js';
import { MAX_DOCUMENT_BYTES, MAX_ENTITIES } from './limits.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const where = (problems: readonly Problem[]): string[] =>
  problems.map((p) => `${p.severity} ${formatPath(p.path)} ${p.message.key}`);

const minimal = () => ({
  format: 'kring',
  version: 2,
  focus: 'p-a',
  persons: [
    { id: 'p-a', name: 'Anna', gender: 'woman', birth: '1990' },
    { id: 'p-b', name: 'Bram', gender: 'man', birth: '1960' },
  ],
});

describe('readDocument: valid documents', () => {
  it('reads the minimal document and fills every default', () => {
    const result = readDocument(fixture('valid/minimal.kring.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.options).toEqual({
      symbols: 'mcgoldrick',
      deathMark: 'x',
      rings: 3,
      sectors: 'default',
    });
    for (const name of [
      'organisations',
      'partnerships',
      'parentChild',
      'multipleBirths',
      'households',
      'emotional',
      'ties',
    ] as const)
      expect(result.document[name]).toEqual([]);
    expect(result.document.plan).toBeNull();
    expect(result.document.layouts).toEqual({});
    expect(result.warnings).toEqual([]);
    expect(result.migratedFrom).toBeUndefined();
  });

  it('reads the Sophia network (every relation kind, ties with support, a plan) without warnings', () => {
    const result = readDocument(fixture('valid/sophia.kring.json'));
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.document.persons).toHaveLength(17);
    expect(new Set(result.document.parentChild.map((l) => l.kind))).toEqual(
      new Set(['biological', 'adoptive', 'foster', 'step', 'guardian']),
    );
    expect(result.document.plan?.actionTeam).toHaveLength(5);
  });

  it('merges partial options with the defaults', () => {
    const result = readDocument({ ...minimal(), options: { rings: 4 } });
    expect(result.ok && result.document.options).toEqual({
      symbols: 'mcgoldrick',
      deathMark: 'x',
      rings: 4,
      sectors: 'default',
    });
  });

  it('keeps unknown keys at every level', () => {
    const input = {
      ...minimal(),
      caseSystem: { ref: 'X-1' },
      options: { rings: 3, theme: 'dark' },
      persons: [{ id: 'p-a', name: 'Anna', gender: 'woman', bsnHash: 'abc' }],
      layouts: { genogram: { positions: {}, zoom: 2 }, timeline: { on: true } },
    };
    const result = readDocument(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.document as unknown as Record<string, unknown>;
    expect(doc['caseSystem']).toEqual({ ref: 'X-1' });
    expect(result.document.options).toMatchObject({ theme: 'dark' });
    expect(result.document.persons[0]).toMatchObject({ bsnHash: 'abc' });
    expect(result.document.layouts).toEqual({ genogram: { positions: {}, zoom: 2 }, timeline: { on: true } });
  });

  it('never modifies its input', () => {
    const input = { ...minimal(), layouts: { genogram: { positions: { 'p-gone': { x: 1, y: 2 } } } } };
    const before = structuredClone(input);
    const result = readDocument(input);
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
  });

  it('drops layout positions of ids that do not exist, with a warning', () => {
    const result = readDocument({
      ...minimal(),
      layouts: { sociogram: { positions: { 'p-a': { x: 0, y: 0 }, 'p-gone': { x: 1, y: 2 } } } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layouts.sociogram?.positions).toEqual({ 'p-a': { x: 0, y: 0 } });
    expect(where(result.warnings)).toEqual([
      'warning layouts.sociogram.positions.p-gone read.warn.layoutPositionDropped',
    ]);
  });

  it('reports the soft rules as warnings, not refusals', () => {
    const doc = {
      ...minimal(),
      persons: [
        { id: 'p-a', name: 'Anna', gender: 'woman', birth: '1990' },
        { id: 'p-b', name: 'Bram', gender: 'man', birth: '1982' },
        { id: 'p-w', name: 'Wijkteam', gender: 'unknown' },
      ],
      parentChild: [{ id: 'pc', parent: 'p-b', child: 'p-a', kind: 'biological' }],
      households: [
        { id: 'h1', members: ['p-a'], current: true },
        { id: 'h2', members: ['p-a', 'p-b'], current: true },
      ],
      ties: [{ id: 't', from: 'p-a', to: 'p-w', sector: 'professionals' }],
      plan: { goal: 'x', actionTeam: ['p-a', 'p-w'], invitees: [], actions: [] },
    };
    const result = readDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(where(result.warnings)).toEqual([
      'warning parentChild[0] read.warn.parentTooYoung',
      'warning households[1].members[0] read.warn.twoCurrentHouseholds',
      'warning plan.actionTeam read.warn.actionTeamSmall',
      'warning plan.actionTeam read.warn.actionTeamOnlyProfessionals',
    ]);
    expect(readDocument(doc, { skipSoftRules: true })).toMatchObject({ ok: true, warnings: [] });
  });
});

/** One fixture per broken rule, with the path and message the reader must give. */
const INVALID: [file: string, reason: string, path: string, key: string][] = [
  ['focus-not-live-birth', 'invalid', 'focus', 'read.focusNotLiveBirth'],
  ['focus-missing', 'invalid', 'focus', 'read.focusMissing'],
  ['ref-missing', 'invalid', 'partnerships[0].b', 'read.refMissing'],
  ['ref-wrong-kind', 'invalid', 'parentChild[0].parent', 'read.refNotPerson'],
  ['self-link', 'invalid', 'emotional[0].b', 'read.selfLink'],
  ['duplicate-id', 'invalid', 'persons[2].id', 'read.duplicateId'],
  ['three-biological-parents', 'invalid', 'parentChild[2].child', 'read.tooManyBiologicalParents'],
  ['parent-cycle', 'invalid', 'parentChild[2].parent', 'read.parentCycle'],
  ['divorce-without-marriage', 'invalid', 'partnerships[0].events[1].kind', 'read.eventNeedsMarriage'],
  ['separated-without-start', 'invalid', 'partnerships[0].events[0].kind', 'read.eventNeedsStart'],
  ['events-out-of-order', 'invalid', 'partnerships[0].events[1].date', 'read.eventsOutOfOrder'],
  ['death-before-birth', 'invalid', 'persons[1].death', 'read.deathBeforeBirth'],
  ['not-live-birth-parent', 'invalid', 'parentChild[0].parent', 'read.notLiveBirthParent'],
  ['not-live-birth-household', 'invalid', 'households[0].members[1]', 'read.notLiveBirthHousehold'],
  ['ring-out-of-range', 'invalid', 'ties[0].ring', 'read.ringOutOfRange'],
  ['sector-not-in-preset', 'invalid', 'ties[0].sector', 'read.sectorNotInPreset'],
  ['direction-required', 'invalid', 'emotional[0].direction', 'read.directionRequired'],
  ['multiple-birth-not-person', 'invalid', 'multipleBirths[0].members[1]', 'read.refNotPerson'],
  ['action-team-not-person', 'invalid', 'plan.actionTeam[0]', 'read.refMissing'],
  ['wrong-gender', 'invalid', 'persons[0].gender', 'read.notOneOf'],
  ['bad-date', 'invalid', 'persons[0].birth', 'read.badDate'],
  ['forbidden-id', 'invalid', 'organisations[0].id', 'read.forbiddenId'],
  ['forbidden-key', 'unsafe', 'persons[0].__proto__', 'read.forbiddenKey'],
  ['too-new', 'tooNew', 'version', 'read.tooNew'],
  ['not-kring', 'notKring', 'format', 'read.notKring'],
  ['syntax-error', 'syntax', '(document)', 'read.syntax'],
];

describe('readDocument: invalid fixtures', () => {
  it.each(INVALID)('%s is refused (%s) at %s with %s', (file, reason, path, key) => {
    const result = readDocument(fixture(`invalid/${file}.kring.json`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(where(result.problems)).toContain(`error ${path} ${key}`);
  });
});

describe('readDocument: hostile and odd input', () => {
  it('lists every structural problem, not only the first', () => {
    const result = readDocument({
      format: 'kring',
      version: 2,
      persons: [{ id: '', gender: 'f', birth: '1990-13', gestationWeeks: 2.5 }, 'x'],
      ties: {},
      plan: 3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.problems)).toEqual([
      'error focus read.missingKey',
      'error persons[0].id read.emptyString',
      'error persons[0].name read.missingKey',
      'error persons[0].gender read.notOneOf',
      'error persons[0].birth read.badDate',
      'error persons[0].gestationWeeks read.expectedInteger',
      'error persons[1] read.expectedObject',
      'error ties read.expectedArray',
      'error plan read.expectedObjectOrNull',
    ]);
    const gender = result.problems[3]!.message.params;
    expect(gender).toEqual({ value: 'f', allowed: 'man, woman, non_binary, other, unknown' });
  });

  it('gives a line and column for JSON syntax errors', () => {
    const result = readDocument('{\n  "format": "kring",\n  "version": 1,,\n}');
    expect(result).toMatchObject({ ok: false, reason: 'syntax' });
    if (result.ok) return;
    expect(result.problems[0]!.message).toEqual({ key: 'read.syntax', params: { line: 3, column: 16 } });
    expect(readDocument('{"format": ')).toMatchObject({ ok: false, reason: 'syntax' });
  });

  it('refuses text over 20 MB before parsing it', () => {
    const text = `{"format":"kring","pad":"${'x'.repeat(MAX_DOCUMENT_BYTES)}"}`;
    const result = readDocument(text);
    expect(result).toMatchObject({ ok: false, reason: 'tooLarge' });
    // Multi-byte characters count as bytes: 7 million of "€" (3 bytes each) is 21 MB in UTF-8.
    expect(readDocument(`"${'€'.repeat(7_000_000)}"`)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('refuses more than 20,000 entities before validating them', () => {
    const persons = Array.from({ length: MAX_ENTITIES + 1 }, () => 0);
    const result = readDocument({ format: 'kring', version: 1, focus: 'x', persons });
    expect(result).toMatchObject({ ok: false, reason: 'tooLarge' });
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
  });

  it('refuses a newer version without reading the rest, and non-integer versions', () => {
    expect(readDocument({ format: 'kring', version: 7, persons: 'anything' })).toMatchObject({
      ok: false,
      reason: 'tooNew',
    });
    expect(readDocument({ ...minimal(), version: 1.5 })).toMatchObject({ ok: false, reason: 'notKring' });
    expect(readDocument({ ...minimal(), version: '1' })).toMatchObject({ ok: false, reason: 'notKring' });
    expect(readDocument({ ...minimal(), version: -1 })).toMatchObject({ ok: false, reason: 'tooOld' });
  });

  it('refuses prototype-polluting keys anywhere, and never pollutes', () => {
    const text =
      '{"format":"kring","version":1,"focus":"p-a","persons":[{"id":"p-a","name":"A","gender":"man"}],"layouts":{"genogram":{"positions":{"constructor":{"x":1,"y":1}}}},"x":{"y":{"__proto__":{"polluted":1}}}}';
    const result = readDocument(text);
    expect(result).toMatchObject({ ok: false, reason: 'unsafe' });
    if (result.ok) return;
    expect(where(result.problems)).toEqual([
      'error layouts.genogram.positions.constructor read.forbiddenKey',
      'error x.y.__proto__ read.forbiddenKey',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses values that are not JSON, cycles and deep nesting without crashing', () => {
    const cyclic: Record<string, unknown> = { ...minimal() };
    cyclic['self'] = cyclic;
    expect(readDocument(cyclic)).toMatchObject({ ok: false, reason: 'unsafe' });
    expect(readDocument({ ...minimal(), extra: () => 1 })).toMatchObject({ ok: false, reason: 'unsafe' });
    expect(readDocument({ ...minimal(), extra: new Date(0) })).toMatchObject({ ok: false, reason: 'unsafe' });
    expect(readDocument({ ...minimal(), extra: Number.NaN })).toMatchObject({ ok: false, reason: 'unsafe' });
    const deep = `{"format":"kring","version":1,"focus":"p","persons":[],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(readDocument(deep)).toMatchObject({ ok: false, reason: 'unsafe' });
  });

  it('refuses, without throwing, a JavaScript value that throws while it is read', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const getter = Object.defineProperty({ ...minimal() }, 'persons', { get: boom, enumerable: true });
    const trap = new Proxy(minimal(), { get: boom, ownKeys: boom });
    const revoked = Proxy.revocable(minimal(), {});
    revoked.revoke();
    for (const input of [getter, trap, revoked.proxy])
      expect(readDocument(input)).toEqual({
        ok: false,
        reason: 'unsafe',
        problems: [{ severity: 'error', path: [], message: { key: 'read.unreadable' } }],
      });
    // A Proxy that only forwards is read like its target.
    expect(readDocument(new Proxy(minimal(), {}))).toMatchObject({ ok: true });
  });

  it('refuses input that is not an object', () => {
    for (const input of [null, 3, [], 'null', '"text"', undefined])
      expect(readDocument(input)).toMatchObject({ ok: false, reason: 'notKring' });
  });
});

describe('readDocument: format version 2', () => {
  const refused = (doc: unknown): readonly Problem[] => {
    const result = readDocument(doc);
    if (result.ok) throw new Error('expected a refusal');
    return result.problems.filter((p) => p.severity === 'error');
  };
  const v2 = () => ({
    format: 'kring',
    version: 2,
    focus: 'p-a',
    persons: [
      {
        id: 'p-a',
        name: 'Anna',
        gender: 'woman',
        birth: '1990',
        contact: { phone: '06-1', email: 'a@x.nl' },
      },
      { id: 'p-b', name: 'Bram', gender: 'man', birth: '1960' },
    ],
    organisations: [{ id: 'o-w', name: 'Wijkteam', category: 'social_services' }],
    plan: {
      goal: 'Anna woont veilig',
      question: 'Wie helpt Anna na school?',
      evaluationDate: '2026-03',
      actionTeam: ['p-b'],
      invitees: [
        { id: 'p-b', status: 'confirmed' },
        { id: 'o-w', status: 'invited' },
      ],
      actions: [{ id: 'a1', text: 'Huiswerk', owners: ['p-b', 'o-w'], status: 'agreed' }],
      agreements: 'We bellen elke maandag.',
    },
    snapshots: [
      {
        id: 's1',
        label: 'Intake',
        date: '2025-09-01',
        state: { persons: [{ id: 'p-a', name: 'Anna', gender: 'woman', birth: '1990' }] },
      },
    ],
    lessons: [{ id: 'l1', title: 'Netwerk van Anna', steps: [{ text: 'Begin' }] }],
  });

  it('reads plan invitees, organisations as owners, contacts, snapshots and lessons, with defaults inside snapshots', () => {
    const result = readDocument(v2());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.document;
    expect(doc.plan?.invitees).toEqual([
      { id: 'p-b', status: 'confirmed' },
      { id: 'o-w', status: 'invited' },
    ]);
    expect(doc.persons[0]?.contact).toEqual({ phone: '06-1', email: 'a@x.nl' });
    expect(doc.snapshots[0]?.state).toMatchObject({ organisations: [], ties: [], plan: null });
    expect(doc.lessons?.[0]).toEqual({ id: 'l1', title: 'Netwerk van Anna', steps: [{ text: 'Begin' }] });
  });

  it('fills a missing snapshots list and plan invitees', () => {
    const { snapshots: _s, ...doc } = v2();
    const { invitees: _i, ...plan } = doc.plan;
    const result = readDocument({ ...doc, plan });
    expect(result.ok && result.document.snapshots).toEqual([]);
    expect(result.ok && result.document.plan?.invitees).toEqual([]);
  });

  it('refuses invitees and owners that are no person or organisation, and a bad invitee status', () => {
    const doc = v2();
    doc.plan.invitees.push({ id: 'a1', status: 'confirmed' }, { id: 'ghost', status: 'invited' });
    doc.plan.actions[0]!.owners.push('o-w');
    expect(where(refused(doc))).toEqual([
      'error plan.actions[0].owners[2] read.duplicateMember',
      'error plan.invitees[2] read.refNotPersonOrOrganisation',
      'error plan.invitees[3] read.refMissing',
    ]);
    const bad = v2();
    (bad.plan.invitees[0] as { status: string }).status = 'maybe';
    expect(where(refused(bad))).toEqual(['error plan.invitees[0].status read.notOneOf']);
  });

  it('checks every invariant inside each snapshot, in its own id space, and refuses repeated snapshot ids', () => {
    const doc = v2();
    doc.snapshots.push({
      id: 's1',
      label: 'Na netwerkberaad',
      date: '2026-01-10',
      state: {
        persons: [
          { id: 'p-a', name: 'Anna', gender: 'woman', birth: '1990' },
          { id: 'p-a', name: 'Anna again', gender: 'woman', birth: '1990' },
        ],
      },
    });
    (doc.snapshots[0]!.state as Record<string, unknown>)['ties'] = [{ id: 't', from: 'p-a', to: 'p-x' }];
    expect(where(refused(doc))).toEqual([
      'error snapshots[0].state.ties[0].to read.refMissing',
      'error snapshots[1].id read.duplicateSnapshotId',
      'error snapshots[1].state.persons[1].id read.duplicateId',
    ]);
  });

  it('refuses a snapshot without the focus, and one over the entity limit on its own', () => {
    const doc = v2();
    doc.snapshots[0]!.state.persons = [{ id: 'p-b', name: 'Bram', gender: 'man', birth: '1960' }];
    expect(where(refused(doc))).toEqual(['error snapshots[0].state.focus read.focusMissing']);
    const big = v2();
    big.snapshots[0]!.state.persons = Array.from({ length: 20_001 }, (_, i) => ({
      id: `p${i}`,
      name: 'X',
      gender: 'woman',
      birth: '1990',
    }));
    expect(readDocument(big)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../read/read-document.js';
import { formatPath } from '../read/problem.js';
import { writeDocument } from '../write/write-document.js';
import { migrateToCurrent } from './migrate-document.js';
import { validateMigrationSequence, type Migration } from './migration.js';
import { MIGRATIONS } from './migrations.js';
import { draftDateToPartial } from './v0/migrate-v0-to-v1.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

// tldraw style: every registered migration must be exercised by some test below.
const spies = MIGRATIONS.map((step) => vi.spyOn(step, 'migrate'));
afterAll(() => {
  MIGRATIONS.forEach((step, i) =>
    expect(spies[i], `migration ${step.name} was never run`).toHaveBeenCalled(),
  );
});

describe('the migration sequence', () => {
  const step = (from: number, to = from + 1): Migration => ({
    from,
    to,
    name: `s${from}`,
    notes: { nl: '', en: '' },
    noteKey: 'read.migration.v0_to_v1',
    validateInput: () => [],
    migrate: (raw) => raw,
  });
  it('accepts steps that go up by one to the current version', () => {
    expect(() => validateMigrationSequence([step(0), step(1), step(2)], 3)).not.toThrow();
    expect(() => validateMigrationSequence(MIGRATIONS, 2)).not.toThrow();
  });
  it('refuses gaps, skips, duplicates and a wrong end', () => {
    expect(() => validateMigrationSequence([step(0), step(2)], 3)).toThrow(/expected 1 to 2/);
    expect(() => validateMigrationSequence([step(0, 2)], 2)).toThrow();
    expect(() => validateMigrationSequence([step(0), step(0)], 1)).toThrow();
    expect(() => validateMigrationSequence([step(0)], 2)).toThrow(/current version is 2/);
  });
});

describe('v0 → v1 (split-draft-relations)', () => {
  it('turns draft dates into partial dates', () => {
    expect(draftDateToPartial({ year: 1950 })).toBe('1950');
    expect(draftDateToPartial({ year: 1950, month: 3, approx: true })).toBe('~1950-03');
    expect(draftDateToPartial({ year: 2012, month: 9, day: 4 })).toBe('2012-09-04');
    expect(draftDateToPartial({ year: 2012, day: 4 })).toBe('2012');
  });

  it('migrates the Bakker draft through version 1 to the expected current document', () => {
    const result = readDocument(fixture('v0/bakker-draft.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.warnings.map((w) => w.message.key)).toEqual([
      'read.warn.migrated',
      'read.migration.v0_to_v1',
      'read.migration.v1_to_v2',
    ]);
    expect(writeDocument(result.document)).toBe(fixture('v0/bakker-draft.expected.kring.json'));
  });

  it('maps every draft relation kind', () => {
    const result = readDocument(fixture('v0/bakker-draft.json'));
    if (!result.ok) throw new Error('not ok');
    const doc = result.document;
    expect(doc.focus).toBe('jasper');
    expect(doc.persons.find((p) => p.id === 'jasper')).toMatchObject({ gender: 'man', birth: '2012-09-04' });
    expect(doc.persons.find((p) => p.id === 'yara')).toMatchObject({
      gender: 'unknown',
      school: 'De Klimop',
    });
    expect(doc.partnerships.find((p) => p.id === 'r2')?.events).toEqual([
      { kind: 'married', date: '1975' },
      { kind: 'widowed', date: '2021-05' },
    ]);
    expect(doc.parentChild.find((l) => l.id === 'r7')?.kind).toBe('adoptive');
    expect(doc.emotional.map((e) => e.kind)).toEqual(['conflict', 'close']);
    expect(doc.ties.find((t) => t.id === 'r10')).toMatchObject({
      ring: 1,
      support: [
        { type: 'emotional', direction: 'received' },
        { type: 'companionship', direction: 'received' },
      ],
    });
    expect(doc.ties.find((t) => t.id === 'r13')).toMatchObject({ ring: 3, worker: 'Fatima' });
    expect(doc.organisations.map((o) => o.category)).toEqual(['school', 'social_services', 'health_care']);
    expect((doc as unknown as Record<string, unknown>)['createdWith']).toBe('kring-prototype 0.3');
  });

  it('says "your file is invalid" for a broken draft, with draft paths', () => {
    const result = readDocument(fixture('v0/broken-draft.json'));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok) return;
    expect(result.problems.map((p) => `${formatPath(p.path)} ${p.message.key}`)).toEqual([
      'people[0].sex read.notOneOf',
      'people[0].born.month read.tooBig',
      'relations[0].kind read.notOneOf',
    ]);
  });

  it('says "our migration failed" when a step throws', () => {
    const throwing: Migration = {
      ...MIGRATIONS[0]!,
      migrate: () => {
        throw new Error('bug');
      },
    };
    const raw = JSON.parse(fixture('v0/bakker-draft.json')) as Record<string, unknown>;
    expect(migrateToCurrent(raw, 0, [throwing])).toMatchObject({ ok: false, reason: 'migrationFailed' });
  });

  it('reports a migrated document that breaks the structure as migrationFailed, not invalid', () => {
    const step = MIGRATIONS[0]!;
    const original = step.migrate;
    spies[0]!.mockImplementationOnce((raw) => ({ ...original.call(step, raw), persons: 'oops' }));
    const result = readDocument(fixture('v0/bakker-draft.json'));
    expect(result).toMatchObject({ ok: false, reason: 'migrationFailed' });
    if (result.ok) return;
    expect(result.problems[0]!.message.key).toBe('read.migrationFailed');
  });
});

describe('v1 → v2 (add-plan-invitees-and-snapshots)', () => {
  it('reads a version 1 file as version 2: empty snapshots, a plan with no invitees, nothing else changed', () => {
    const v1 = JSON.parse(fixture('v1/sophia.v1.kring.json')) as Record<string, unknown>;
    const result = readDocument(fixture('v1/sophia.v1.kring.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.warnings.map((w) => w.message.key)).toEqual([
      'read.warn.migrated',
      'read.migration.v1_to_v2',
    ]);
    expect(result.document.version).toBe(2);
    expect(result.document.snapshots).toEqual([]);
    expect(result.document.plan?.invitees).toEqual([]);
    expect(writeDocument(result.document)).toBe(fixture('valid/sophia.kring.json'));
    const { version: _v, ...rest } = v1;
    for (const [key, value] of Object.entries(rest))
      if (key !== 'plan') expect(result.document[key as keyof typeof result.document]).toEqual(value);
  });

  it('keeps unknown keys, leaves its input alone, and is refused by an older reader as too new', () => {
    const v1 = {
      ...(JSON.parse(fixture('v1/sophia.v1.kring.json')) as Record<string, unknown>),
      extra: { a: 1 },
    };
    const copy = structuredClone(v1);
    const out = MIGRATIONS[1]!.migrate(v1);
    expect(v1).toEqual(copy);
    expect(out['extra']).toEqual({ a: 1 });
    expect(readDocument({ ...v1, version: 3 })).toMatchObject({ ok: false, reason: 'tooNew' });
  });

  it('says "your file is invalid" for a broken version 1 file, with its paths', () => {
    const v1 = JSON.parse(fixture('v1/sophia.v1.kring.json')) as Record<string, unknown>;
    const result = readDocument({ ...v1, persons: [{ id: 'x', name: 'X', gender: 'alien' }] });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { memoryIO } from '../test-support/memory-io.js';

const person = (id: string, name: string) => ({ id, name, gender: 'woman' });
const practical = [{ type: 'practical', direction: 'received' }];

/** Intake: Sam lives with Kim; Gerda (ring 2, tied to both), a neighbour without a ring, a Wijkteam via Kim. */
const state0 = {
  persons: [person('f', 'Sam'), person('k', 'Kim'), person('g', 'Gerda'), person('n', 'Buurvrouw')],
  organisations: [{ id: 'o', name: 'Wijkteam', category: 'social_services' }],
  households: [{ id: 'h', members: ['f', 'k'], current: true }],
  ties: [
    { id: 't-fg', from: 'f', to: 'g', ring: 2, support: practical },
    { id: 't-kg', from: 'k', to: 'g', ring: 1 },
    { id: 't-fn', from: 'f', to: 'n' },
    { id: 't-ko', from: 'k', to: 'o', ring: 3 },
  ],
  plan: null,
};

/** Evaluation: Gerda in ring 1, the neighbour in ring 3, Kim moved out, Bram and Ans help in practice. */
const state1 = {
  ...state0,
  persons: [...state0.persons, person('b', 'Bram'), person('a', 'Ans')],
  households: [{ id: 'h', members: ['f', 'k'] }],
  ties: [
    { id: 't-fg', from: 'f', to: 'g', ring: 1, support: practical },
    { id: 't-kg', from: 'k', to: 'g', ring: 1 },
    { id: 't-fn', from: 'f', to: 'n', ring: 3 },
    { id: 't-ko', from: 'k', to: 'o', ring: 3 },
    { id: 't-fb', from: 'f', to: 'b', ring: 2, support: practical },
    { id: 't-fa', from: 'f', to: 'a', ring: 2, support: practical },
  ],
};

const documentOf = (state: object, extra: object = {}) =>
  JSON.stringify({
    format: 'kring',
    version: 2,
    focus: 'f',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    ...state,
    ...extra,
  });

const withSnapshots = documentOf(state1, {
  snapshots: [
    { id: 's0', label: 'Intake', date: '2026-01-15', state: state0 },
    { id: 's1', label: 'Evaluatie', date: '2026-06', state: state1 },
    { id: 's2', label: 'Evaluatie', date: '2026-07', state: state1 },
  ],
});

const FILES = {
  'intake.kring.json': documentOf(state0),
  'evaluatie.kring.json': documentOf(state1),
  'kaart.kring.json': withSnapshots,
  'kapot.kring.json': '{ "format": "kring", "version": 2, "focus": "f", "persons": [] }',
};

describe('kring diff', () => {
  it('--json for two files prints exactly one object: the alters that joined, left and moved, sorted by id', () => {
    const io = memoryIO(FILES);
    expect(run(['diff', 'intake.kring.json', 'evaluatie.kring.json', '--json'], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(io.stdout) as Record<string, unknown>;
    expect(report['added']).toEqual(['a', 'b']);
    expect(report['removed']).toEqual(['o']);
    expect(report['ringChanged']).toEqual([
      { id: 'g', from: 2, to: 1 },
      { id: 'n', from: null, to: 3 },
    ]);
    expect(report['figures']).toMatchObject({
      alters: { from: 3, to: 4 },
      professionalShare: { from: 33, to: 0 },
      support: { practical: { received: { from: 1, to: 3 } } },
    });
    expect(report['from']).toEqual({ file: 'intake.kring.json', snapshot: null });
    expect(report['to']).toEqual({ file: 'evaluatie.kring.json', snapshot: null });
  });

  it('prints the changes in practice words, Dutch by default, English on request', () => {
    const io = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 'Intake', '--to', 'now'], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout).toBe(
      [
        'Van Intake (2026-01-15) naar nu:',
        '  Netwerk: 3 → 4 mensen en organisaties',
        '  2 nieuwe mensen: Ans en Bram',
        '  1 organisatie niet meer in het netwerk: Wijkteam',
        '  Gerda van ring 2 naar 1',
        '  Buurvrouw nu in ring 3 (eerder zonder ring)',
        '  Praktische steun nu van 3 mensen in plaats van 1',
        '  Aandeel professionals 33 % → 0 %',
        '',
      ].join('\n'),
    );
    const en = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 's0', '--to', 's1', '--locale', 'en'], en)).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('From Intake (2026-01-15) to Evaluatie (2026-06):');
    expect(en.stdout).toContain('  2 new people: Ans and Bram\n');
  });

  it('exits 0 when nothing changed, and says so', () => {
    const io = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 's1', '--to', 'now'], io)).toBe(0);
    expect(io.stdout).toBe('Van Evaluatie (2026-06) naar nu:\n  Geen veranderingen in het netwerk.\n');
    const json = memoryIO(FILES);
    expect(run(['diff', 'evaluatie.kring.json', 'evaluatie.kring.json', '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ added: [], removed: [], ringChanged: [], changes: [] });
  });

  it('--json with snapshots names them by id', () => {
    const io = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 'Intake', '--to', 's2', '--json'], io)).toBe(0);
    const report = JSON.parse(io.stdout) as Record<string, unknown>;
    expect(report['from']).toEqual({ file: 'kaart.kring.json', snapshot: 's0' });
    expect(report['to']).toEqual({ file: 'kaart.kring.json', snapshot: 's2' });
    expect(report['added']).toEqual(['a', 'b']);
  });

  it('exits 2 with a message for a label two snapshots share, or one no snapshot has', () => {
    const io = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 'Intake', '--to', 'Evaluatie'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe(
      'Meer dan één momentopname in kaart.kring.json heet "Evaluatie": kies er één met het id (s1, s2).\n',
    );
    const missing = memoryIO(FILES);
    expect(run(['diff', 'kaart.kring.json', '--from', 'T9', '--to', 'now', '--locale', 'en'], missing)).toBe(
      2,
    );
    expect(missing.stderr).toBe(
      'There is no snapshot "T9" in kaart.kring.json. Snapshots: s0 "Intake", s1 "Evaluatie", s2 "Evaluatie".\n',
    );
    const none = memoryIO(FILES);
    expect(run(['diff', 'intake.kring.json', '--from', 'Intake', '--to', 'now'], none)).toBe(2);
    expect(none.stderr).toContain('geen momentopnamen');
  });

  it('exits 2 with the usage for a wrong command line', () => {
    for (const argv of [
      ['diff'],
      ['diff', 'intake.kring.json'],
      ['diff', 'a', 'b', 'c'],
      ['diff', 'kaart.kring.json', '--from', 's0'],
      ['diff', 'intake.kring.json', 'evaluatie.kring.json', '--from', 's0', '--to', 's1'],
      ['diff', 'intake.kring.json', 'evaluatie.kring.json', '--wat'],
      ['diff', 'intake.kring.json', 'evaluatie.kring.json', '--locale', 'de'],
    ]) {
      const io = memoryIO(FILES);
      expect(run(argv, io), argv.join(' ')).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr).not.toBe('');
    }
    const io = memoryIO(FILES);
    run(['diff', 'intake.kring.json'], io);
    expect(io.stderr).toContain('Gebruik: kring diff <a> <b>');
  });

  it('exits 1 for a file that is missing or not a valid map, and prints nothing on stdout', () => {
    for (const argv of [
      ['diff', 'intake.kring.json', 'weg.kring.json'],
      ['diff', 'kapot.kring.json', 'intake.kring.json', '--json'],
      ['diff', 'weg.kring.json', '--from', 's0', '--to', 'now'],
    ]) {
      const io = memoryIO(FILES);
      expect(run(argv, io), argv.join(' ')).toBe(1);
      expect(io.stdout).toBe('');
      expect(io.stderr).not.toBe('');
    }
  });

  it('is listed by kring --help', () => {
    const io = memoryIO({});
    run(['--help'], io);
    expect(io.stdout + io.stderr).toContain('kring diff <a> <b>');
  });
});

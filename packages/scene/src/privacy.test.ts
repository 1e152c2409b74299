import type { KringDocument } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { documentForRender, initialsInText, markPrivacy, namePartsOf } from './privacy.js';
import { SvgExportError, sceneToSvg } from './svg/scene-to-svg.js';
import { embedRefusal } from './svg/embed-guard.js';
import type { Scene } from './types.js';

const persons = [
  { name: 'Noor Verhoeven' },
  { name: 'Marieke Jansen' },
  { name: 'Ruud de Wit' },
  { name: 'Joke (buurvrouw)' },
  { name: 'Tilda van der Berg-Ozturk' },
  { name: 'Zoë' },
];

describe('namePartsOf', () => {
  it('takes words of at least 3 letters outside brackets, not particles, and both halves of a double name', () => {
    expect(namePartsOf('Tilda van der Berg-Ozturk')).toEqual(['Tilda', 'Berg-Ozturk', 'Berg', 'Ozturk']);
    expect(namePartsOf('Joke (buurvrouw)')).toEqual(['Joke']);
    expect(namePartsOf('Ruud de Wit')).toEqual(['Ruud', 'Wit']);
    expect(namePartsOf('Bo')).toEqual([]);
  });
});

describe('initialsInText', () => {
  it.each([
    ['Noor woont bij tante Marieke.', 'N. woont bij tante M..'],
    ['Noor Verhoeven en marieke jansen bellen.', 'N.V. en M.J. bellen.'],
    ['De moeder van Noor; Wit en de witte auto.', 'De moeder van N.; W. en de witte auto.'],
    ['Met Tilda van der Berg-Ozturk en Ozturk.', 'Met T.v.d.B. en O..'],
    ['Zoë en Zoëtje', 'Z. en Zoëtje'],
    ['Joke en de buurvrouw', 'J. en de buurvrouw'],
  ])('%s → %s', (text, expected) => {
    expect(initialsInText(text, persons)).toBe(expected);
  });
});

function doc(): KringDocument {
  return {
    format: 'kring',
    version: 2,
    title: 'Netwerk van Noor',
    referenceDate: '2022-03-01',
    focus: 'p-noor',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    persons: [
      {
        id: 'p-noor',
        name: 'Noor Verhoeven',
        gender: 'woman',
        birth: '2009-05-14',
        location: 'Tilburg',
        occupation: 'scholier',
        notes: 'Woont bij Marieke',
        conditions: [{ key: 'astma', label: 'astma van Noor', since: '2015' }],
      },
      {
        id: 'p-marieke',
        name: 'Marieke Jansen',
        gender: 'woman',
        conditions: [
          { key: 'migraine', label: 'migraine' },
          { key: 'astma', label: 'astma' },
        ],
      },
    ],
    organisations: [{ id: 'o-1', name: 'WIJ Tilburg', category: 'school', notes: 'Mevr. Jansen' }],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [{ id: 'h-1', members: ['p-noor', 'p-marieke'], current: true, label: 'Tilburg' }],
    emotional: [],
    ties: [{ id: 't-1', from: 'p-noor', to: 'o-1', notes: 'elke dinsdag' }],
    plan: {
      goal: 'Noor woont veilig bij Marieke.',
      meetingDate: '2021-11-20',
      actionTeam: ['p-marieke'],
      invitees: [],
      actions: [
        { id: 'a-1', text: 'Marieke belt school', owners: ['p-marieke'], due: '2022-03', status: 'agreed' },
      ],
    },
    snapshots: [],
    layouts: { genogram: { positions: { 'p-noor': { x: 1, y: 2 } } } },
  };
}

describe('documentForRender', () => {
  it('is the document itself without privacy options', () => {
    const d = doc();
    expect(documentForRender(d, { locale: 'nl' })).toBe(d);
  });

  it('leaves out title, notes, places, labels, occupations and dates nothing is computed from', () => {
    const d = doc();
    const before = JSON.stringify(d);
    const shown = documentForRender(d, { locale: 'nl', pseudonymise: true });
    expect(JSON.stringify(d)).toBe(before);
    expect(shown.title).toBeUndefined();
    expect(shown.referenceDate).toBe('2022-03-01');
    expect(shown.persons[0]).toEqual({
      id: 'p-noor',
      name: 'Noor Verhoeven',
      gender: 'woman',
      birth: '2009-05-14',
      conditions: [{ key: 'astma', label: 'astma van N.' }],
    });
    expect(shown.organisations[0]).toEqual({ id: 'o-1', name: 'WIJ Tilburg', category: 'school' });
    expect(shown.households[0]).toEqual({ id: 'h-1', members: ['p-noor', 'p-marieke'], current: true });
    expect(shown.ties[0]).toEqual({ id: 't-1', from: 'p-noor', to: 'o-1' });
    expect(shown.plan).toEqual({
      goal: 'N. woont veilig bij M..',
      actionTeam: ['p-marieke'],
      invitees: [],
      actions: [{ id: 'a-1', text: 'M. belt school', owners: ['p-marieke'], status: 'agreed' }],
    });
    expect(shown.layouts).toBe(d.layouts);
  });

  it('with hideHealth, condition labels become neutral per key, in order of first appearance', () => {
    const shown = documentForRender(doc(), { locale: 'nl', hideHealth: true });
    expect(shown.persons.map((p) => p.conditions?.map((c) => c.label))).toEqual([
      ['kenmerk 1'],
      ['kenmerk 2', 'kenmerk 1'],
    ]);
    expect(shown.persons[0]!.notes).toBe('Woont bij Marieke');
    expect(
      documentForRender(doc(), { locale: 'en', hideHealth: true }).persons[1]!.conditions![0]!.label,
    ).toBe('trait 2');
  });
});

describe('the embed guard', () => {
  const scene = (): Scene => ({
    view: 'genogram',
    bounds: { x: 0, y: 0, width: 10, height: 10 },
    background: [],
    edges: [],
    nodes: [],
    overlay: [],
    legend: [],
    description: '',
  });

  it('refuses a document in a pseudonymised or health-hiding scene, by flag or by option', () => {
    expect(embedRefusal({})).toBeUndefined();
    expect(embedRefusal({}, markPrivacy(scene(), { locale: 'nl', hideHealth: true }))).toEqual({
      key: 'render.svg.embedHealthHidden',
    });
    for (const options of [{ hideHealth: true }, { pseudonymise: true }])
      expect(() => sceneToSvg(scene(), { locale: 'nl', ...options, embedDocument: doc() })).toThrow(
        SvgExportError,
      );
    expect(() =>
      sceneToSvg(markPrivacy(scene(), { locale: 'nl', hideHealth: true }), {
        locale: 'nl',
        embedDocument: doc(),
      }),
    ).toThrow(SvgExportError);
  });

  it('a pseudonymised export shows neither the title nor the reference date', () => {
    const svg = sceneToSvg(scene(), {
      locale: 'nl',
      pseudonymise: true,
      documentTitle: 'Netwerk van Noor',
      referenceDate: '2022-03-01',
    });
    expect(svg).not.toContain('Noor');
    expect(svg).not.toContain('2022');
    expect(svg).toContain('namen afgekort tot initialen');
  });

  it('refuses to embed a document that would make the SVG larger than the reader reads', () => {
    const big = doc();
    big.persons[0]!.notes = 'x'.repeat(21 * 1024 * 1024);
    try {
      sceneToSvg(scene(), { locale: 'en', embedDocument: big });
      expect.unreachable();
    } catch (error) {
      expect((error as SvgExportError).detail.key).toBe('render.svg.embedTooLarge');
    }
  });
});

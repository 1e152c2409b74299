/** Small hand-made documents for the genogram's tests and for looking at the picture. */
import {
  newDocument,
  type KringDocument,
  type ParentChild,
  type Partnership,
  type Person,
} from '@kring/core';

export function emptyDocument(focus: string): KringDocument {
  return newDocument({ title: 'Test', referenceDate: '2026-01-01', focus });
}

export const person = (
  id: string,
  gender: Person['gender'],
  birth?: string,
  extra: Partial<Person> = {},
): Person => ({
  id,
  name: extra.name ?? id,
  gender,
  ...(birth ? { birth } : {}),
  ...extra,
});

export const married = (
  id: string,
  a: string,
  b: string,
  year = '1990',
  more: Partnership['events'] = [],
): Partnership => ({
  id,
  a,
  b,
  type: 'marriage',
  events: [{ kind: 'married', date: year }, ...more],
});

/** Both parents' links of a child under a partnership. */
export function childOf(
  p: Partnership,
  child: string,
  kind: ParentChild['kind'] = 'biological',
): ParentChild[] {
  return [
    { id: `${p.id}-${child}-a`, parent: p.a, child, kind, partnership: p.id },
    { id: `${p.id}-${child}-b`, parent: p.b, child, kind, partnership: p.id },
  ];
}

/** A couple with two children: Jan (1960) and Els (1962); children Ana (1992) and Bas (1990), listed young first. */
export function coupleWithTwoChildren(): KringDocument {
  const doc = emptyDocument('ana');
  const m = married('m1', 'jan', 'els', '1989');
  doc.persons.push(
    person('jan', 'man', '1960', { name: 'Jan' }),
    person('els', 'woman', '1962', { name: 'Els' }),
    person('ana', 'woman', '1992', { name: 'Ana' }),
    person('bas', 'man', '1990', { name: 'Bas' }),
  );
  doc.partnerships.push(m);
  doc.parentChild.push(...childOf(m, 'ana'), ...childOf(m, 'bas'));
  return doc;
}

/** Three generations with most of the notation: the picture to look at. */
export function showcase(): KringDocument {
  const doc = emptyDocument('sanne');
  doc.title = 'Familie de Vries';
  const P = (id: string, g: Person['gender'], birth?: string, extra: Partial<Person> = {}) =>
    doc.persons.push(person(id, g, birth, extra));
  P('opa', 'man', '1931', { name: 'Hendrik de Vries', death: '2004', occupation: 'schipper' });
  P('oma', 'woman', '1934', {
    name: 'Grietje de Vries-Bakker',
    death: '2019',
    conditions: [{ key: 'dementia', label: 'dementie' }],
  });
  P('gpa2', 'man', '1938', { name: 'Ahmed El Amrani', location: 'Tanger' });
  P('gma2', 'woman', '1940', { name: 'Fatima El Amrani' });
  P('vader', 'man', '1960', {
    name: 'Peter de Vries',
    occupation: 'buschauffeur',
    conditions: [{ key: 'alcohol', label: 'alcoholprobleem' }],
  });
  P('moeder', 'woman', '1963', {
    name: 'Samira El Amrani',
    conditions: [{ key: 'depression', label: 'depressie', inRecovery: true }],
  });
  P('tante', 'woman', '1958', { name: 'Anja de Vries' });
  P('oom', 'non_binary', '1966', { name: 'Kim de Vries' });
  P('oom2', 'man', '1968', { name: 'Youssef El Amrani' });
  P('stief', 'man', '1961', { name: 'Marco Janssen' });
  P('sanne', 'woman', '2008', { name: 'Sanne de Vries' });
  P('tim', 'man', '2010', { name: 'Tim de Vries' });
  P('lotte', 'woman', '2010', { name: 'Lotte de Vries' });
  P('mis', 'unknown', '2005', { birthStatus: 'miscarriage', name: '' });
  P('noah', 'man', '2016', { name: 'Noah Janssen' });
  P('pleeg', 'unknown', '2012', { name: 'Robin' });
  P('hond', 'unknown', '2018', { name: 'Bobby', pet: true });
  const m1 = married('m-opa', 'opa', 'oma', '1956');
  const m2 = married('m-gp2', 'gpa2', 'gma2', '1959');
  const m3 = married('m-ouders', 'vader', 'moeder', '2004', [
    { kind: 'separated', date: '2013' },
    { kind: 'divorced', date: '2015' },
  ]);
  const m4: Partnership = {
    id: 'm-stief',
    a: 'moeder',
    b: 'stief',
    type: 'cohabitation',
    events: [{ kind: 'cohabiting', date: '2015' }],
  };
  doc.partnerships.push(m1, m2, m3, m4);
  doc.parentChild.push(
    ...childOf(m1, 'tante'),
    ...childOf(m1, 'vader'),
    ...childOf(m1, 'oom'),
    ...childOf(m2, 'moeder'),
    ...childOf(m2, 'oom2'),
    ...childOf(m3, 'mis'),
    ...childOf(m3, 'sanne'),
    ...childOf(m3, 'tim'),
    ...childOf(m3, 'lotte'),
    ...childOf(m4, 'noah'),
    ...childOf(m4, 'pleeg', 'foster'),
  );
  doc.multipleBirths.push({ id: 'tw', members: ['tim', 'lotte'], zygosity: 'dizygotic' });
  doc.households.push({
    id: 'h1',
    members: ['moeder', 'stief', 'sanne', 'tim', 'lotte', 'noah', 'pleeg', 'hond'],
    current: true,
    label: 'Huishouden',
  });
  doc.emotional.push(
    { id: 'e1', a: 'vader', b: 'moeder', kind: 'hostile' },
    { id: 'e2', a: 'sanne', b: 'oma', kind: 'close' },
    { id: 'e3', a: 'vader', b: 'sanne', kind: 'cutoff' },
    { id: 'e4', a: 'moeder', b: 'sanne', kind: 'focused_on', direction: 'a_to_b' },
  );
  return doc;
}

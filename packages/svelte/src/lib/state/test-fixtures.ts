/** Small documents for the editor's tests (fictional people). */
import { DEFAULT_OPTIONS, type KringDocument } from '@kring/core';

export function family(): KringDocument {
  return {
    format: 'kring',
    version: 2,
    title: 'Familie De Vries',
    focus: 'p-tilda',
    options: { ...DEFAULT_OPTIONS },
    persons: [
      { id: 'p-tilda', name: 'Tilda', gender: 'woman', birth: '2010' },
      { id: 'p-anna', name: 'Anna', gender: 'woman', birth: '1980' },
      { id: 'p-bram', name: 'Bram', gender: 'man', birth: '1978' },
      { id: 'p-cor', name: 'Cor', gender: 'man', birth: '1950' },
    ],
    organisations: [{ id: 'o-school', name: 'De Regenboog', category: 'school' }],
    partnerships: [{ id: 'pt-ab', a: 'p-anna', b: 'p-bram', type: 'marriage', events: [] }],
    parentChild: [
      { id: 'pc-1', parent: 'p-anna', child: 'p-tilda', kind: 'biological', partnership: 'pt-ab' },
      { id: 'pc-2', parent: 'p-bram', child: 'p-tilda', kind: 'biological', partnership: 'pt-ab' },
    ],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [
      { id: 't-anna', from: 'p-tilda', to: 'p-anna', ring: 1, sector: 'family' },
      { id: 't-cor', from: 'p-tilda', to: 'p-cor', ring: 2, sector: 'family' },
      { id: 't-school', from: 'p-tilda', to: 'o-school', ring: 3, sector: 'professionals' },
    ],
    plan: null,
    snapshots: [],
    layouts: {},
  };
}

/** A genogram of `n` persons: couples with children over several generations, for the drag benchmark. */
export function largeFamily(n: number): KringDocument {
  const doc = family();
  doc.persons = [];
  doc.partnerships = [];
  doc.parentChild = [];
  doc.ties = [];
  doc.organisations = [];
  let id = 0;
  const person = (gender: 'man' | 'woman') => {
    const p = { id: `p${id++}`, name: `Persoon ${id}`, gender };
    doc.persons.push(p);
    return p.id;
  };
  let couples: [string, string][] = [[person('man'), person('woman')]];
  while (doc.persons.length < n) {
    const next: [string, string][] = [];
    for (const [a, b] of couples) {
      const pid = `pt${doc.partnerships.length}`;
      doc.partnerships.push({ id: pid, a, b, type: 'marriage', events: [] });
      for (let c = 0; c < 2 && doc.persons.length < n; c++) {
        const child = person(c === 0 ? 'man' : 'woman');
        doc.parentChild.push({
          id: `pc${doc.parentChild.length}a`,
          parent: a,
          child,
          kind: 'biological',
          partnership: pid,
        });
        doc.parentChild.push({
          id: `pc${doc.parentChild.length}b`,
          parent: b,
          child,
          kind: 'biological',
          partnership: pid,
        });
        if (doc.persons.length < n) next.push([child, person(c === 0 ? 'woman' : 'man')]);
      }
      if (doc.persons.length >= n) break;
    }
    couples = next;
  }
  doc.focus = doc.persons[doc.persons.length - 1]!.id;
  return doc;
}

/** A sociogram of `n` alters tied to the focus, spread over rings and sectors. */
export function largeNetwork(n: number): KringDocument {
  const doc = family();
  doc.persons = [{ id: 'focus', name: 'Focus', gender: 'woman' }];
  doc.focus = 'focus';
  doc.partnerships = [];
  doc.parentChild = [];
  doc.organisations = [];
  doc.ties = [];
  const sectors = ['family', 'friends', 'neighbours', 'work_school', 'professionals'];
  for (let i = 0; i < n; i++) {
    doc.persons.push({ id: `a${i}`, name: `Alter ${i + 1}`, gender: i % 2 ? 'man' : 'woman' });
    doc.ties.push({ id: `t${i}`, from: 'focus', to: `a${i}`, ring: (i % 3) + 1, sector: sectors[i % 5]! });
  }
  return doc;
}

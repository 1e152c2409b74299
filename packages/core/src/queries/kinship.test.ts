import { describe, expect, it } from 'vitest';
import type { Gender } from '../model/enums.js';
import type { KringDocument, ParentChild, Partnership, Person } from '../model/types.js';
import { kinNamed, kinshipOf, kinshipSentence, kinshipWord, kinshipWords } from './kinship.js';
import { emptyDocument } from './test-support/family.js';

const person = (id: string, gender: Gender, name = id): Person => ({ id, name, gender });
let linkNo = 0;
const link = (parent: string, child: string, kind: ParentChild['kind'] = 'biological'): ParentChild => ({
  id: `l${++linkNo}`,
  parent,
  child,
  kind,
});
const married = (id: string, a: string, b: string, ended = false): Partnership => ({
  id,
  a,
  b,
  type: 'marriage',
  events: ended ? [{ kind: 'married' }, { kind: 'divorced' }] : [{ kind: 'married' }],
});

/**
 * Grandparents opa + oma have two daughters: mama (mother of the focus noor and of her brother tim) and
 * marieke (the aunt, who is also noor's guardian; her son yusuf). Papa had earlier a son, halfbroer, with
 * someone else. Tim is married to tessa; noor has an ex, ruud, and a current partner, sam, whose mother is
 * schoonma and whose sister is zus. Yara is a foster daughter of noor. An organisation is nobody's kin.
 */
function family(): KringDocument {
  return emptyDocument({
    focus: 'noor',
    persons: [
      person('noor', 'woman', 'Noor'),
      person('mama', 'woman', 'Yasmina'),
      person('papa', 'man', 'Ruben'),
      person('tim', 'man', 'Tim'),
      person('halfbroer', 'man', 'Jesse'),
      person('opa', 'man', 'Gerrit'),
      person('oma', 'woman', 'Annie'),
      person('marieke', 'woman', 'Marieke'),
      person('yusuf', 'man', 'Yusuf'),
      person('tessa', 'woman', 'Tessa'),
      person('ruud', 'man', 'Ruud'),
      person('sam', 'non_binary', 'Sam'),
      person('schoonma', 'woman', 'Ans'),
      person('zus', 'woman', 'Els'),
      person('yara', 'woman', 'Yara'),
      person('kleinkind', 'unknown', ''),
      person('buur', 'woman', 'Joke'),
    ],
    organisations: [{ id: 'o', name: 'Wijkteam', category: 'social_services' }],
    partnerships: [
      married('u1', 'papa', 'mama'),
      married('u2', 'tim', 'tessa'),
      married('u3', 'noor', 'ruud', true),
      married('u4', 'sam', 'noor'),
    ],
    parentChild: [
      link('opa', 'mama'),
      link('oma', 'mama'),
      link('opa', 'marieke'),
      link('oma', 'marieke'),
      link('mama', 'noor'),
      link('papa', 'noor'),
      link('mama', 'tim'),
      link('papa', 'tim'),
      link('papa', 'halfbroer'),
      link('marieke', 'yusuf'),
      link('marieke', 'noor', 'guardian'),
      link('schoonma', 'sam'),
      link('schoonma', 'zus'),
      link('noor', 'yara', 'foster'),
      link('yara', 'kleinkind'),
    ],
  });
}

describe('kinshipOf / kinshipWords', () => {
  const doc = family();

  it('names every relative of the focus, closest relation first', () => {
    expect(Object.fromEntries(kinshipWords(doc, 'nl'))).toEqual({
      mama: 'moeder',
      papa: 'vader',
      marieke: 'voogd', // a guardian who is also an aunt: the closer relation wins
      yara: 'pleegdochter',
      ruud: 'ex-partner',
      sam: 'partner',
      tim: 'broer',
      halfbroer: 'halfbroer',
      opa: 'opa',
      oma: 'oma',
      kleinkind: 'kleinkind',
      yusuf: 'neef', // the son of her aunt: a cousin, 'neef' in Dutch
      schoonma: 'schoonmoeder',
      zus: 'schoonzus',
      tessa: 'schoonzus',
    });
    expect(kinshipWords(doc, 'en').get('yara')).toBe('foster daughter');
    expect(kinshipWords(doc, 'en').get('zus')).toBe('sister-in-law');
    expect(kinshipWords(doc, 'en').get('yusuf')).toBe('cousin');
  });

  it('answers relative to anyone, not only the focus', () => {
    // For Marieke: her son, her nieces and nephews, her parents.
    expect(kinshipWord(doc, 'yusuf', 'nl', 'marieke')).toBe('zoon');
    expect(kinshipWord(doc, 'noor', 'nl', 'marieke')).toBe('pupil');
    expect(kinshipWord(doc, 'tim', 'nl', 'marieke')).toBe('neef');
    expect(kinshipWord(doc, 'tim', 'en', 'marieke')).toBe('nephew');
    expect(kinshipWord(doc, 'opa', 'en', 'marieke')).toBe('father');
    // For Yusuf: Tim is a cousin (the child of his mother's sister), Yasmina an aunt.
    expect(kinshipWord(doc, 'tim', 'nl', 'yusuf')).toBe('neef');
    expect(kinshipWord(doc, 'tim', 'en', 'yusuf')).toBe('cousin');
    expect(kinshipWord(doc, 'mama', 'nl', 'yusuf')).toBe('tante');
    // For Tim: his wife's parents-in-law are his parents; Tessa is Yasmina's daughter-in-law.
    expect(kinshipWord(doc, 'tessa', 'en', 'mama')).toBe('daughter-in-law');
  });

  it('has no word for people who are not family, organisations, or the person themselves', () => {
    expect(kinshipOf(doc, 'noor').has('buur')).toBe(false);
    expect(kinshipOf(doc, 'noor').has('o')).toBe(false);
    expect(kinshipOf(doc, 'noor').has('noor')).toBe(false);
    expect(kinshipWord(doc, 'buur', 'nl')).toBeUndefined();
    // An ended partnership makes no in-laws.
    expect(kinshipOf(doc, 'ruud').size).toBe(1);
  });

  it('uses the neutral word for another or unknown gender', () => {
    expect(kinshipWord(doc, 'sam', 'nl', 'schoonma')).toBe('kind');
    expect(kinshipWord(doc, 'kleinkind', 'en', 'yara')).toBe('child');
  });
});

describe('kinNamed / kinshipSentence', () => {
  const doc = family();

  it('puts the word to the focus before the name, and leaves others alone', () => {
    expect(kinNamed(doc, 'tim', 'nl')).toBe('broer Tim');
    expect(kinNamed(doc, 'buur', 'nl')).toBe('Joke');
    expect(kinNamed(doc, 'noor', 'en')).toBe('Noor');
    expect(kinNamed(doc, 'o', 'en')).toBe('Wijkteam');
    expect(kinNamed(doc, 'kleinkind', 'en')).toBe('grandchild (no name)');
  });

  it('says how someone is related to anyone, in both languages', () => {
    expect(kinshipSentence(doc, 'yusuf', 'mama', 'nl')).toBe('Voor moeder Yasmina is Yusuf een neef');
    expect(kinshipSentence(doc, 'yusuf', 'mama', 'en')).toBe('For mother Yasmina, Yusuf is a nephew');
    expect(kinshipSentence(doc, 'marieke', 'tim', 'en')).toBe('For brother Tim, Marieke is an aunt');
    expect(kinshipSentence(doc, 'buur', 'tim', 'nl')).toBe('Geen familiewoord voor Joke vanuit broer Tim');
  });
});

/**
 * The vocabularies GEDCOM and Kring share: sex ↔ gender, pedigree ↔ parent-child kind, family events ↔
 * partnership events. Import and export read from these tables so that they stay each other's inverse.
 */
import type { Gender, ParentChildKind, PartnershipEventKind } from '@kring/core';

/** `SEX` → gender. 7.0's `X` ("does not fit the typical definition of only male or only female") → other. */
export function genderOfSex(value: string): Gender {
  switch (value.trim().toUpperCase().charAt(0)) {
    case 'M':
      return 'man';
    case 'F':
      return 'woman';
    case 'X':
      return 'other';
    default:
      return 'unknown';
  }
}

/**
 * A pedigree value (`PEDI` under FAMC, or `_FREL`/`_MREL` under CHIL as Family Tree Maker and others write)
 * → a parent-child kind; `known` false for values that say nothing Kring can draw (unknown, private,
 * sealing, other), which are read as biological with a note.
 */
export function kindOfPedigree(value: string): { kind: ParentChildKind; known: boolean } {
  const v = value.trim().toLowerCase();
  if (v === 'birth' || v === 'natural' || v === 'biological') return { kind: 'biological', known: true };
  if (v === 'adopted' || v === 'adoptive' || v === 'adoption') return { kind: 'adoptive', known: true };
  if (v === 'foster') return { kind: 'foster', known: true };
  if (v === 'step' || v === 'stepchild') return { kind: 'step', known: true };
  if (v === 'guardian' || v === 'legal guardian' || v === 'guardianship')
    return { kind: 'guardian', known: true };
  if (v === 'donor') return { kind: 'donor', known: true };
  return { kind: 'biological', known: false };
}

/** Kind → the `_FREL`/`_MREL` value written on export (read back by kindOfPedigree). */
export const PEDIGREE_WORD: Readonly<Record<ParentChildKind, string>> = {
  biological: 'Natural',
  adoptive: 'Adopted',
  foster: 'Foster',
  step: 'Step',
  guardian: 'Guardian',
  donor: 'Donor',
};

/** Kind → `PEDI` when GEDCOM has a word for it. */
export const PEDI_VALUE: Readonly<Partial<Record<ParentChildKind, string>>> = {
  biological: 'BIRTH',
  adoptive: 'ADOPTED',
  foster: 'FOSTER',
};

/** Family event tags → partnership event kinds. `DIVF` (divorce filed) is the nearest to separated. */
export const FAMILY_EVENT_TAGS: Readonly<Record<string, PartnershipEventKind>> = {
  ENGA: 'engaged',
  MARR: 'married',
  DIVF: 'separated',
  DIV: 'divorced',
  ANUL: 'annulled',
};

/** Event kinds GEDCOM has no tag for: written as `EVEN` with this `TYPE`, read back by the same word. */
export const EVENT_TYPE_WORDS: Readonly<Partial<Record<PartnershipEventKind, string>>> = {
  started: 'Started',
  cohabiting: 'Cohabiting',
  separated: 'Separated',
  reconciled: 'Reconciled',
  ended: 'Ended',
  widowed: 'Widowed',
};

/** Partnership event kind → tag on export (the rest go as `EVEN` + `TYPE`). */
export const EVENT_TAG_OF: Readonly<Partial<Record<PartnershipEventKind, string>>> = {
  engaged: 'ENGA',
  married: 'MARR',
  divorced: 'DIV',
  annulled: 'ANUL',
};

export function eventKindOfType(type: string): PartnershipEventKind | undefined {
  const t = type.trim().toLowerCase();
  for (const [kind, word] of Object.entries(EVENT_TYPE_WORDS))
    if (word!.toLowerCase() === t) return kind as PartnershipEventKind;
  return undefined;
}

/** Order of kinds within a partnership, for events without a date. */
export const EVENT_RANK: Readonly<Record<PartnershipEventKind, number>> = {
  started: 0,
  engaged: 0,
  cohabiting: 1,
  married: 2,
  separated: 3,
  reconciled: 4,
  divorced: 5,
  annulled: 5,
  ended: 6,
  widowed: 6,
};

/** ASSO relation words that mark a multiple birth, and the zygosity they say. */
export const TWIN_WORD = /twin|triplet|quadruplet|multiple birth|tweeling|drieling|meerling/i;
export function zygosityOfWord(text: string): 'monozygotic' | 'dizygotic' | 'unknown' {
  if (/identical|monozyg|eeneiig|één-eiig/i.test(text)) return 'monozygotic';
  if (/fraternal|dizyg|twee-eiig|tweeeiig/i.test(text)) return 'dizygotic';
  return 'unknown';
}

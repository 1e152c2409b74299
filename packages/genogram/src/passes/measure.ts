/**
 * Pass 3 — measure. Each person's symbol size and label lines (name wrapped to two lines, then one smaller
 * line for occupation and location), so placement can keep labels apart. Text widths come from the scene's
 * DOM-free estimate, which errs on the wide side.
 */
import { isLiveBirth } from '@kring/core';
import { displayName, textWidth, wrapText } from '@kring/scene';
import type { Family } from '../model/family.js';
import {
  DETAIL_SIZE,
  MIN_HALF_SLOT,
  NAME_MAX_WIDTH,
  NAME_SIZE,
  PET_SYMBOL,
  SMALL_SYMBOL,
  SYMBOL,
} from '../model/metrics.js';

export interface PersonMeasure {
  /** Symbol width = height. */
  size: number;
  nameLines: string[];
  detail: string | undefined;
  /** Half the width the person needs in its row (symbol, years, labels). */
  half: number;
}

const given = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** Occupation and location on one line (most persons have neither: then no array is made). */
function detailLine(occupation: string | undefined, location: string | undefined): string | undefined {
  if (!given(occupation) && !given(location)) return undefined;
  const text =
    given(occupation) && given(location)
      ? `${occupation}, ${location}`
      : given(occupation)
        ? occupation
        : location!;
  return wrapText(text, DETAIL_SIZE, NAME_MAX_WIDTH, 1)[0];
}

export function measurePersons(family: Family, pseudonymise: boolean): PersonMeasure[] {
  const nsgc = family.document.options.symbols === 'nsgc';
  return family.persons.map((person) => {
    const live = isLiveBirth(person);
    const full = live || person.birthStatus === 'pregnancy' || (nsgc && person.birthStatus === 'stillbirth');
    const size = person.pet ? PET_SYMBOL : full ? SYMBOL : SMALL_SYMBOL;
    const name = person.name.trim() === '' && !live ? '' : displayName(person.name, pseudonymise);
    const nameLines = name === '' ? [] : wrapText(name, NAME_SIZE, NAME_MAX_WIDTH, 2);
    const detail = pseudonymise ? undefined : detailLine(person.occupation, person.location);
    let width = size;
    for (let i = 0; i < nameLines.length; i++) width = Math.max(width, textWidth(nameLines[i]!, NAME_SIZE));
    if (detail) width = Math.max(width, textWidth(detail, DETAIL_SIZE));
    return { size, nameLines, detail, half: Math.max(MIN_HALF_SLOT, width / 2 + 4) };
  });
}

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

/** Whitespace other than single spaces between words (wrapText normalises it). */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/u;

/**
 * The lines of a person's name and the widest line's width: a name that fits on one line is measured once
 * (wrapText would measure it, then the widths loop again: the first layout of a process runs this in V8's
 * interpreter, character by character). The same lines and width as wrapText and textWidth give: with single
 * spaces only, every prefix of a name that fits fits too, so wrapText keeps it whole.
 */
function nameLinesOf(name: string): { lines: string[]; width: number } {
  const whole = UNEVEN_SPACE.test(name) ? Infinity : textWidth(name, NAME_SIZE);
  if (whole <= NAME_MAX_WIDTH) return { lines: [name], width: whole };
  const lines = wrapText(name, NAME_SIZE, NAME_MAX_WIDTH, 2);
  let width = 0;
  for (let i = 0; i < lines.length; i++) width = Math.max(width, textWidth(lines[i]!, NAME_SIZE));
  return { lines, width };
}

export function measurePersons(family: Family, pseudonymise: boolean): PersonMeasure[] {
  const nsgc = family.document.options.symbols === 'nsgc';
  const persons = family.persons;
  const measures = new Array<PersonMeasure>(persons.length);
  for (let i = 0; i < persons.length; i++) {
    const person = persons[i]!;
    const live = isLiveBirth(person);
    const full = live || person.birthStatus === 'pregnancy' || (nsgc && person.birthStatus === 'stillbirth');
    const size = person.pet ? PET_SYMBOL : full ? SYMBOL : SMALL_SYMBOL;
    const name = person.name.trim() === '' && !live ? '' : displayName(person.name, pseudonymise);
    const detail = pseudonymise ? undefined : detailLine(person.occupation, person.location);
    let width = size;
    let nameLines: string[] = [];
    if (name !== '') {
      const measured = nameLinesOf(name);
      nameLines = measured.lines;
      width = Math.max(width, measured.width);
    }
    if (detail) width = Math.max(width, textWidth(detail, DETAIL_SIZE));
    measures[i] = { size, nameLines, detail, half: Math.max(MIN_HALF_SLOT, width / 2 + 4) };
  }
  return measures;
}

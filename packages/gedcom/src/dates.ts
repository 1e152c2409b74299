/**
 * GEDCOM dates ↔ Kring's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally `~`).
 *
 * Import: an exact date keeps its precision (`2 OCT 1822` → `1822-10-02`, `DEC 1859` → `1859-12`); `ABT`, `EST`
 * and `CAL` keep it too, marked about (`ABT MAR 1850` → `~1850-03`); what Kring cannot say — before, after,
 * between, from/to, dual years (`1699/00`), interpreted dates, the Julian calendar — becomes about the year
 * (`BEF 1828` → `~1828`, `BET 1850 AND 1860` → `~1855`, `1699/00` → `~1700`). Phrases, B.C. and other calendars
 * have no partial date. The caller keeps the original text of everything that is not exact in the report.
 * Export writes the reverse (`~1850-03` → `ABT MAR 1850`), so Kring → GEDCOM → Kring keeps every date.
 */
import { parsePartialDate, type PartialDateString } from '@kring/core';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export type DateImport =
  | { ok: true; date: PartialDateString; exact: boolean }
  | { ok: false; reason: 'phrase' | 'calendar' | 'unreadable' };

interface Simple {
  year: number;
  month?: number;
  day?: number;
  dual: boolean;
}

const SIMPLE = /^(?:(\d{1,2}) )?(?:([A-Z]{3}) )?(\d{1,4})(?:\/(\d{1,4}))?$/;

function simple(text: string): Simple | 'bc' | undefined {
  if (/\b(?:B\.?C\.?|BCE)$/.test(text)) return 'bc';
  const m = SIMPLE.exec(text);
  if (!m) return undefined;
  const year = Number(m[3]);
  const result: Simple = { year, dual: m[4] !== undefined };
  if (m[4] !== undefined) {
    // 1699/00: the year began in March; by today's reckoning it is 1700.
    const tail = m[4].length >= String(year).length ? m[4] : String(year).slice(0, -m[4].length) + m[4];
    const next = Number(tail);
    result.year = next > year && next - year < 10 ? next : year + 1;
  }
  if (m[2] !== undefined) {
    const month = MONTHS.indexOf(m[2]);
    if (month < 0) return undefined;
    result.month = month + 1;
  } else if (m[1] !== undefined) return undefined;
  if (m[1] !== undefined) result.day = Number(m[1]);
  return result;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format(s: Simple, approximate: boolean, yearOnly: boolean): PartialDateString | undefined {
  if (s.year < 1 || s.year > 9999) return undefined;
  let text = `${approximate ? '~' : ''}${pad(s.year, 4)}`;
  if (!yearOnly && s.month !== undefined) {
    text += `-${pad(s.month, 2)}`;
    if (s.day !== undefined) text += `-${pad(s.day, 2)}`;
  }
  if (parsePartialDate(text)) return text;
  // 30 FEB and the like: keep what is right.
  return format({ year: s.year, dual: s.dual }, approximate, true);
}

/** Maps a GEDCOM date value; never throws. */
export function importDate(value: string): DateImport {
  let text = value.trim().replace(/\s+/g, ' ').toUpperCase();
  if (text === '') return { ok: false, reason: 'unreadable' };
  // Calendars: 5.5 escapes (@#DJULIAN@) and 7.0 names (JULIAN); only Gregorian and Julian have years we share.
  let julian = false;
  const calendar = /^(?:@#D([A-Z ]+)@|(GREGORIAN|JULIAN|HEBREW|FRENCH_R|_[A-Z0-9_]+)) ?/.exec(text);
  if (calendar) {
    const name = (calendar[1] ?? calendar[2]!).trim();
    if (name !== 'GREGORIAN' && name !== 'JULIAN') return { ok: false, reason: 'calendar' };
    julian = name === 'JULIAN';
    text = text.slice(calendar[0].length);
  }
  if (/(?:^| )(?:HEBREW|FRENCH_R|_[A-Z0-9_]+|@#D)/.test(text)) return { ok: false, reason: 'calendar' };
  if (text.startsWith('(')) return { ok: false, reason: 'phrase' };
  let interpreted = false;
  if (text.startsWith('INT ')) {
    interpreted = true;
    text = text.slice(4).replace(/ ?\(.*\)?$/, '');
  }
  const two = /^(?:BET|FROM) (.+?) (?:AND|TO) (.+)$/.exec(text);
  if (two) {
    const a = simple(two[1]!);
    const b = simple(two[2]!);
    if (a === 'bc' || b === 'bc') return { ok: false, reason: 'calendar' };
    if (!a || !b) return { ok: false, reason: 'unreadable' };
    const date = format({ year: Math.floor((a.year + b.year) / 2), dual: false }, true, true);
    return date ? { ok: true, date, exact: false } : { ok: false, reason: 'unreadable' };
  }
  const qualified = /^(ABT|EST|CAL|BEF|AFT|FROM|TO|BET|ABOUT|CIRCA|C\.?) (.+)$/.exec(text);
  const s = simple(qualified ? qualified[2]! : text);
  if (s === 'bc') return { ok: false, reason: 'calendar' };
  if (!s) return { ok: false, reason: 'unreadable' };
  const keepsPrecision = !qualified || /^(?:ABT|EST|CAL|ABOUT|CIRCA|C\.?)$/.test(qualified[1]!);
  const yearOnly = !keepsPrecision || s.dual || julian || interpreted;
  const approximate = qualified !== null || s.dual || julian || interpreted;
  const date = format(s, approximate, yearOnly);
  if (!date) return { ok: false, reason: 'unreadable' };
  const full = `${pad(s.year, 4)}${s.month === undefined ? '' : `-${pad(s.month, 2)}`}${s.day === undefined ? '' : `-${pad(s.day, 2)}`}`;
  return { ok: true, date, exact: !approximate && date === full };
}

/** Kring's partial date → a GEDCOM date value (`~1850-03` → `ABT MAR 1850`); undefined for a bad date. */
export function exportDate(date: PartialDateString): string | undefined {
  const d = parsePartialDate(date);
  if (!d) return undefined;
  let text = String(d.year);
  if (d.month !== undefined) text = `${MONTHS[d.month - 1]} ${text}`;
  if (d.day !== undefined) text = `${d.day} ${text}`;
  return d.approximate ? `ABT ${text}` : text;
}

/**
 * A partial date parsed into its parts (see {@link parsePartialDate}). As text (see
 * {@link PartialDateString}): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed by `~` ("about").
 * Nothing else is a date. Comparison works on the precision both dates share, so `1950` is neither
 * before nor after `1950-06-01`.
 */
export interface PartialDate {
  /** The year, four digits (0000–9999). */
  year: number;
  /** The month, 1–12; missing for a year-only date. */
  month?: number;
  /**
   * The day of the month, 1–31 and valid for the month (29 February only in a leap year); missing when not
   * given.
   */
  day?: number;
  /** `true` when the text started with `~` ("about", e.g. `~1950`). */
  approximate: boolean;
}

const PATTERN = /^(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parsed dates by text. Documents repeat few distinct dates many times (the reader checks every date, the
 * soft rules and layouts compare them again), so parsing each text once saves most of the regex work.
 * Bounded: emptied when full. Values are frozen, since callers share them.
 */
const parsed = new Map<string, Readonly<PartialDate> | null>();
const PARSED_MAX = 4096;

/**
 * Parses a partial date string; returns undefined for anything that is not one (including `2023-02-30`,
 * surrounding spaces or a time). The result is shared between calls with the same text and frozen: copy it
 * before changing it. Cheap on repeated texts (a bounded cache of 4,096 texts).
 *
 * @example
 * ```ts
 * parsePartialDate('~1950-06'); // { year: 1950, month: 6, approximate: true }
 * parsePartialDate('2023-02-30'); // undefined
 * ```
 */
export function parsePartialDate(text: string): Readonly<PartialDate> | undefined {
  let date = parsed.get(text);
  if (date === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    const fresh = parseUncached(text);
    date = fresh ? Object.freeze(fresh) : null;
    parsed.set(text, date);
  }
  return date ?? undefined;
}

function parseUncached(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[2]);
  const date: PartialDate = { year, approximate: m[1] === '~' };
  if (m[3] !== undefined) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return undefined;
    date.month = month;
    if (m[4] !== undefined) {
      const day = Number(m[4]);
      const max = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
      if (day < 1 || day > max) return undefined;
      date.day = day;
    }
  }
  return date;
}

/** Whether `text` is a partial date string (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally with `~`). */
export function isPartialDate(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== undefined;
}

/**
 * Compares two partial dates on the precision they share: -1 if a is before b, 1 if after, 0 if they
 * cannot be told apart. Unparseable input compares as 0 (the reader reports it separately).
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) return 0;
  if (x.year !== y.year) return x.year < y.year ? -1 : 1;
  if (x.month === undefined || y.month === undefined) return 0;
  if (x.month !== y.month) return x.month < y.month ? -1 : 1;
  if (x.day === undefined || y.day === undefined) return 0;
  if (x.day !== y.day) return x.day < y.day ? -1 : 1;
  return 0;
}

/**
 * The year of a partial date (`'~1950-06'` gives 1950), or undefined when `text` is missing or not a date.
 */
export function yearOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parsePartialDate(text)?.year;
}

/**
 * Whole years between `birth` and `at` (both partial dates), e.g. a person's age at the document's
 * `referenceDate` or at death. When a month or day is missing on either side the birthday counts as passed,
 * so a year-only birth gives `at.year - birth.year`. Undefined when either date is missing or not a date, or
 * when `at` is before `birth`.
 */
export function ageAt(birth: string | undefined, at: string | undefined): number | undefined {
  if (birth === undefined || at === undefined) return undefined;
  const b = parsePartialDate(birth);
  const a = parsePartialDate(at);
  if (!b || !a) return undefined;
  let age = a.year - b.year;
  if (b.month !== undefined && a.month !== undefined) {
    if (
      a.month < b.month ||
      (a.month === b.month && b.day !== undefined && a.day !== undefined && a.day < b.day)
    )
      age -= 1;
  }
  return age < 0 ? undefined : age;
}

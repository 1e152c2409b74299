/**
 * What a couple line says and shows: the start label (`m. 1990`, `LT 1995`), the end label (`s. 1995`,
 * `d. 1997`, `rec. 1998`…) and the number of oblique slashes across the line (1 separated or ended,
 * 2 divorced or annulled, 0 again after a reconciliation or remarriage).
 */
import { t, yearOf } from '@kring/core';
import type { Locale, MessageKey, Partnership, PartnershipEventKind } from '@kring/core';

export interface UnionMarks {
  text: string;
  slashes: 0 | 1 | 2;
  /** The last event that ended (or restored) the union, for the legend. */
  endKind: PartnershipEventKind | undefined;
}

const START_EVENTS = new Set<PartnershipEventKind>(['started', 'engaged', 'cohabiting', 'married']);
const END_EVENTS = new Set<PartnershipEventKind>([
  'separated',
  'divorced',
  'reconciled',
  'annulled',
  'ended',
  'widowed',
]);

function withYear(
  locale: Locale,
  key: MessageKey,
  date: string | undefined,
  years: boolean,
  known: Map<string, string> | undefined,
): string {
  const year = years ? yearOf(date) : undefined;
  const text = year === undefined ? '' : String(year);
  const cacheKey = `${key} ${text}`;
  const seen = known?.get(cacheKey);
  if (seen !== undefined) return seen;
  const label = t(locale, key, { year: text }).trim();
  known?.set(cacheKey, label);
  return label;
}

/**
 * `years` false (pseudonymised output): the labels name the kind of union and its end without a year.
 * `known` keeps the labels made so far for one locale (a layout's many couples share few kind-and-year
 * labels, and filling a message is costly the first time the code runs).
 */
export function unionMarks(
  partnership: Partnership | undefined,
  locale: Locale,
  years = true,
  known?: Map<string, string>,
): UnionMarks {
  if (!partnership) return { text: '', slashes: 0, endKind: undefined };
  const legal = partnership.type === 'marriage' || partnership.type === 'registered_partnership';
  const events = partnership.events;
  // Index loops, no closures: the first layout of a process runs this in V8's interpreter (issue 16).
  let married: (typeof events)[number] | undefined;
  let started: (typeof events)[number] | undefined;
  let slashes: 0 | 1 | 2 = 0;
  let end: (typeof events)[number] | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (married === undefined && e.kind === 'married') married = e;
    if (started === undefined && START_EVENTS.has(e.kind)) started = e;
    if (e.kind === 'separated' || e.kind === 'ended') slashes = 1;
    else if (e.kind === 'divorced' || e.kind === 'annulled') slashes = 2;
    else if (e.kind === 'reconciled' || (e.kind === 'married' && slashes === 2)) slashes = 0;
    if (END_EVENTS.has(e.kind)) end = e;
  }
  const start = (legal ? married : undefined) ?? started;
  let text = '';
  if (start) text = withYear(locale, `render.genogram.union.${partnership.type}`, start.date, years, known);
  if (end) {
    const label = withYear(locale, `render.genogram.event.${end.kind}` as MessageKey, end.date, years, known);
    text = start ? `${text} · ${label}` : label;
  }
  return { text, slashes, endKind: end?.kind };
}

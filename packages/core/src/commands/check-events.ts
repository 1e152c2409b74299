/**
 * The order rules of partnership events (format.md invariant 4, docs/notation-spec.md §4.4 rules 5–6), the same as
 * the reader's: `separated` and `reconciled` need an earlier start (`started`, `engaged`, `cohabiting` or
 * `married`), `divorced`/`annulled` an earlier `married`, `reconciled` an earlier `separated`; each dated
 * event is not before the previous dated one.
 */
import type { Message } from '../i18n/translate.js';
import { comparePartialDates } from '../model/partial-date.js';
import type { PartnershipEvent } from '../model/types.js';
import { checkDate } from './lookup.js';
import { refuse } from './refusal.js';

/** `couple` names the partnership in a refusal ("Fatima & Karim"). */
export function checkEvents(events: readonly PartnershipEvent[], couple: string): Message | undefined {
  let started = false;
  let married = false;
  let separated = false;
  let previous: string | undefined;
  for (const event of events) {
    const badDate = checkDate(event.date);
    if (badDate) return badDate;
    switch (event.kind) {
      case 'started':
      case 'engaged':
      case 'cohabiting':
        started = true;
        break;
      case 'married':
        started = married = true;
        break;
      case 'separated':
        if (!started) return refuse('commands.eventNeedsStart', { kind: event.kind, couple });
        separated = true;
        break;
      case 'reconciled':
        if (!started) return refuse('commands.eventNeedsStart', { kind: event.kind, couple });
        if (!separated) return refuse('commands.reconcileNeedsSeparation', { couple });
        separated = false;
        break;
      case 'divorced':
      case 'annulled':
        if (!married) return refuse('commands.eventNeedsMarriage', { kind: event.kind, couple });
        break;
      default:
        break;
    }
    if (event.date !== undefined) {
      if (previous !== undefined && comparePartialDates(event.date, previous) < 0)
        return refuse('commands.eventsOutOfOrder', { date: event.date, previous, couple });
      previous = event.date;
    }
  }
  return undefined;
}

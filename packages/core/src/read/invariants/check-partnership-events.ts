import { comparePartialDates } from '../../model/partial-date.js';
import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/**
 * Invariant 4 (with docs/notation-spec.md §4.4 rules 5–6): `separated` and `reconciled` need an earlier start
 * (started, engaged, cohabiting or married), `divorced`/`annulled` need an earlier `married`,
 * `reconciled` needs an earlier `separated`, and dated events are in time order.
 */
export function checkPartnershipEvents(doc: KringDocument, problems: ProblemSink): void {
  doc.partnerships.forEach((partnership, p) => {
    let started = false;
    let married = false;
    let separated = false;
    let previous: string | undefined;
    partnership.events.forEach((event, i) => {
      const path = ['partnerships', p, 'events', i];
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
          if (!started) problems.push(error([...path, 'kind'], 'read.eventNeedsStart', { kind: event.kind }));
          separated = true;
          break;
        case 'reconciled':
          if (!started) problems.push(error([...path, 'kind'], 'read.eventNeedsStart', { kind: event.kind }));
          else if (!separated) problems.push(error([...path, 'kind'], 'read.reconcileNeedsSeparation'));
          separated = false;
          break;
        case 'divorced':
        case 'annulled':
          if (!married)
            problems.push(error([...path, 'kind'], 'read.eventNeedsMarriage', { kind: event.kind }));
          break;
        default:
          break;
      }
      if (event.date !== undefined) {
        if (previous !== undefined && comparePartialDates(event.date, previous) < 0)
          problems.push(error([...path, 'date'], 'read.eventsOutOfOrder', { date: event.date, previous }));
        previous = event.date;
      }
    });
  });
}

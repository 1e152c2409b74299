import { describe, expect, it } from 'vitest';
import { History } from '../history/history.js';
import { t } from '../i18n/translate.js';
import type { KringDocument, PartnershipEvent } from '../model/types.js';
import { checkInvariants } from '../read/invariants/check-invariants.js';
import { familyDocument } from '../queries/test-support/family.js';
import { marriageInsertIndex, setPartnershipEvent, withMarriageBeforeEndings } from './partnership-events.js';

const ev = (...kinds: PartnershipEvent['kind'][]): PartnershipEvent[] => kinds.map((kind) => ({ kind }));
const kinds = (events: readonly PartnershipEvent[]) => events.map((e) => e.kind);

/** The family with the parents' partnership `pm` given these events. */
function withEvents(events: PartnershipEvent[]): KringDocument {
  const doc = familyDocument();
  return {
    ...doc,
    ties: doc.ties.filter((x) => x.id !== 't8'),
    partnerships: doc.partnerships.map((p) => (p.id === 'pm' ? { ...p, events } : p)),
  };
}

const errors = (doc: KringDocument) => checkInvariants(doc).filter((p) => p.severity === 'error');

describe('marriageInsertIndex', () => {
  it('needs no marriage for events that end none, or after a marriage', () => {
    expect(marriageInsertIndex(ev('separated'), 0)).toBeUndefined();
    expect(marriageInsertIndex(ev('married', 'divorced'), 1)).toBeUndefined();
  });
  it('puts the marriage after the last beginning before the ending, else first', () => {
    expect(marriageInsertIndex(ev('divorced'), 0)).toBe(0);
    expect(marriageInsertIndex(ev('started', 'cohabiting', 'separated', 'annulled'), 3)).toBe(2);
  });
});

describe('withMarriageBeforeEndings (for importers)', () => {
  it('inserts one undated marriage and reports it', () => {
    const { events, insertedMarriage } = withMarriageBeforeEndings([
      { kind: 'started', date: '2001' },
      { kind: 'divorced', date: '2019' },
    ]);
    expect(insertedMarriage).toBe(true);
    expect(events).toEqual([
      { kind: 'started', date: '2001' },
      { kind: 'married' },
      { kind: 'divorced', date: '2019' },
    ]);
  });
  it('returns the same list when nothing is missing', () => {
    const list = ev('married', 'divorced');
    expect(withMarriageBeforeEndings(list)).toEqual({ events: list, insertedMarriage: false });
  });
});

describe('setPartnershipEvent', () => {
  it('divorced on a partnership without marriage: married inserted before it, one undo step, a notice', () => {
    const doc = withEvents([]);
    const history = new History(doc);
    const edit = setPartnershipEvent(doc, 'pm', 0, { kind: 'divorced', date: '2019' }, 'insert');
    expect(edit.commands).toHaveLength(2);
    expect(history.executeAll(edit.commands).ok).toBe(true);
    const after = history.document.partnerships.find((p) => p.id === 'pm')!;
    expect(after.events).toEqual([{ kind: 'married' }, { kind: 'divorced', date: '2019' }]);
    expect(errors(history.document)).toEqual([]);
    expect(t('nl', edit.notice!.key, edit.notice!.params)).toContain('"gescheiden"');
    expect(t('nl', edit.notice!.key, edit.notice!.params)).not.toContain('divorced');
    history.undo();
    expect(history.document).toEqual(doc);
  });

  it('changing an event to annulled inserts the marriage after the beginnings', () => {
    const doc = withEvents(ev('started', 'separated'));
    const edit = setPartnershipEvent(doc, 'pm', 1, { kind: 'annulled' });
    const history = new History(doc);
    expect(history.executeAll(edit.commands).ok).toBe(true);
    expect(kinds(history.document.partnerships.find((p) => p.id === 'pm')!.events)).toEqual([
      'started',
      'married',
      'annulled',
    ]);
  });

  it('is the plain command when a marriage exists or the event ends none', () => {
    const married = withEvents(ev('married'));
    expect(setPartnershipEvent(married, 'pm', 1, { kind: 'divorced' }, 'insert')).toEqual({
      commands: [{ type: 'partnership.event.add', partnership: 'pm', event: { kind: 'divorced' }, index: 1 }],
    });
    expect(setPartnershipEvent(married, 'pm', 0, { kind: 'started' }).notice).toBeUndefined();
  });

  it('leaves unknown partnerships and bad indexes to core to refuse', () => {
    const doc = withEvents([]);
    expect(setPartnershipEvent(doc, 'nope', 0, { kind: 'divorced' }).commands).toHaveLength(1);
    expect(setPartnershipEvent(doc, 'pm', 5, { kind: 'divorced' }).commands).toHaveLength(1);
  });
});

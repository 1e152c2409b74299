/**
 * Edits of partnership events that keep the invariants (format.md, "Edits that keep invariants"): choosing
 * `divorced` or `annulled` on a partnership without an earlier `married` inserts an undated `married` event
 * before it, in the same step, and says so. One helper for every producer of events: the editor's
 * inspector and link actions (as plain-data commands, one undo step) and importers that build whole event
 * lists (GEDCOM), so they agree on where the marriage goes.
 */
import { addPartnershipEvent, updatePartnershipEvent } from '../commands/partnerships.js';
import type { Command } from '../commands/command.js';
import type { Message } from '../i18n/translate.js';
import type { PartnershipEventKind } from '../model/enums.js';
import type { Id, KringDocument, PartnershipEvent } from '../model/types.js';

/** Event kinds that need an earlier `married` (format.md invariant 4). */
export const ENDINGS_OF_MARRIAGE: ReadonlySet<PartnershipEventKind> = new Set(['divorced', 'annulled']);

/** Kinds that begin a partnership without marrying: an inserted marriage goes after the last of them. */
const BEGINNINGS: ReadonlySet<PartnershipEventKind> = new Set(['started', 'engaged', 'cohabiting']);

/**
 * Where an undated `married` must go so that the event at `index` of `events` (a `divorced` or
 * `annulled`) follows a marriage: right after the last beginning (started, engaged, cohabiting) before it,
 * else first. Undefined when no marriage is needed (one precedes it, or the event ends no marriage).
 */
export function marriageInsertIndex(events: readonly PartnershipEvent[], index: number): number | undefined {
  const event = events[index];
  if (!event || !ENDINGS_OF_MARRIAGE.has(event.kind)) return undefined;
  let at = 0;
  for (let i = 0; i < index; i++) {
    const kind = events[i]!.kind;
    if (kind === 'married') return undefined;
    if (BEGINNINGS.has(kind)) at = i + 1;
  }
  return at;
}

/**
 * `events` with an undated `married` inserted before every `divorced`/`annulled` that has no earlier
 * marriage (at most one is ever needed: after it every later ending has one). For importers that build a
 * whole list; returns the same array when nothing was missing.
 */
export function withMarriageBeforeEndings(events: readonly PartnershipEvent[]): {
  events: readonly PartnershipEvent[];
  insertedMarriage: boolean;
} {
  for (let i = 0; i < events.length; i++) {
    const at = marriageInsertIndex(events, i);
    if (at === undefined) continue;
    const next = [...events];
    next.splice(at, 0, { kind: 'married' });
    return { events: next, insertedMarriage: true };
  }
  return { events, insertedMarriage: false };
}

/** The commands of one event edit, and the notice to show when a marriage was inserted for it. */
export interface EventEdit {
  /** The commands to run as one step (one undo step, e.g. with `History.executeAll`): one or two. */
  commands: Command[];
  /** Set when an undated `married` was inserted: "Also added: married (no date)…", to announce. */
  notice?: Message;
}

function notice(kind: PartnershipEventKind): Message {
  return { key: 'edits.marriageInserted', params: { kind } };
}

/**
 * Sets the event at `index` of partnership `partnershipId` to `event` (`mode: 'update'`), or inserts
 * `event` at `index` (`mode: 'insert'`; `index` = the number of events appends). When the result would
 * be a `divorced`/`annulled` without an earlier `married`, the commands first insert an undated
 * `married` before it (see marriageInsertIndex) — run them as one step. An unknown partnership or a bad
 * index gives the plain command, so core refuses it with its usual reason.
 */
export function setPartnershipEvent(
  doc: KringDocument,
  partnershipId: Id,
  index: number,
  event: PartnershipEvent,
  mode: 'update' | 'insert' = 'update',
): EventEdit {
  const plain =
    mode === 'update'
      ? updatePartnershipEvent(partnershipId, index, event)
      : addPartnershipEvent(partnershipId, event, index);
  const partnership = doc.partnerships.find((p) => p.id === partnershipId);
  const limit = partnership ? partnership.events.length + (mode === 'insert' ? 1 : 0) : 0;
  if (!partnership || !Number.isInteger(index) || index < 0 || index >= limit) return { commands: [plain] };
  const after = [...partnership.events];
  if (mode === 'update') after[index] = event;
  else after.splice(index, 0, event);
  const at = marriageInsertIndex(after, index);
  if (at === undefined) return { commands: [plain] };
  const shifted = index + 1;
  return {
    commands: [
      addPartnershipEvent(partnershipId, { kind: 'married' }, at),
      mode === 'update'
        ? updatePartnershipEvent(partnershipId, shifted, event)
        : addPartnershipEvent(partnershipId, event, shifted),
    ],
    notice: notice(event.kind),
  };
}

/**
 * The write-ahead journal of one map: the editor's changes (immer patches, as plain JSON) since the last
 * save that IndexedDB has committed, kept in `localStorage`. `localStorage.setItem` is synchronous, so an
 * edit is on disk the moment the editor reports it, even if the page is reloaded, closed or killed right
 * after; IndexedDB writes are asynchronous and may not commit before an unload.
 *
 * Every change gets a sequence number (`seq`), counted per map across sessions; the saved map in IndexedDB
 * records the `seq` it contains. On load, the entries after that `seq` are replayed on the saved document;
 * once IndexedDB holds a newer save, the entries up to its `seq` are dropped.
 *
 * The journal holds changes, not documents, and is capped at `MAX_JOURNAL_CHARS` per map (localStorage
 * has about 5 M characters per site). A change that does not fit (or that the browser refuses to store)
 * is not journalled: the journal then records the gap (`gap`), and the caller must save to IndexedDB at
 * once and warn before unload until that save lands.
 */
import type { ChangeInfo } from '@kring/core';

export type Patch = ChangeInfo['patches'][number];

/** Most characters one map's journal may take in localStorage (a fifth of the usual 5 M quota). */
export const MAX_JOURNAL_CHARS = 1_000_000;

const PREFIX = 'kring.demo.journal.';

export interface JournalEntry {
  /** The change's sequence number: the entry turns document `seq - 1` into document `seq`. */
  seq: number;
  patches: Patch[];
}

/** Changes that could not be journalled: `from` … `to` (sequence numbers, inclusive). */
export interface JournalGap {
  from: number;
  to: number;
}

export interface JournalContents {
  entries: JournalEntry[];
  gap?: JournalGap;
}

interface Stored {
  v: 1;
  entries: JournalEntry[];
  gap?: JournalGap;
}

function isPatch(value: unknown): value is Patch {
  if (!value || typeof value !== 'object') return false;
  const p = value as { op?: unknown; path?: unknown };
  return (
    (p.op === 'add' || p.op === 'remove' || p.op === 'replace') &&
    Array.isArray(p.path) &&
    p.path.every((k) => typeof k === 'string' || typeof k === 'number')
  );
}

function isEntry(value: unknown): value is JournalEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as { seq?: unknown; patches?: unknown };
  return Number.isSafeInteger(e.seq) && Array.isArray(e.patches) && e.patches.every(isPatch);
}

function isGap(value: unknown): value is JournalGap {
  if (!value || typeof value !== 'object') return false;
  const g = value as { from?: unknown; to?: unknown };
  return Number.isSafeInteger(g.from) && Number.isSafeInteger(g.to);
}

/** Reads a stored journal; anything that does not look like one reads as empty. */
function parse(text: string | null): JournalContents {
  if (text === null) return { entries: [] };
  try {
    const raw = JSON.parse(text) as Partial<Stored> | null;
    if (!raw || raw.v !== 1 || !Array.isArray(raw.entries) || !raw.entries.every(isEntry))
      return { entries: [] };
    return isGap(raw.gap) ? { entries: raw.entries, gap: raw.gap } : { entries: raw.entries };
  } catch {
    return { entries: [] };
  }
}

export type AppendResult = 'journalled' | 'not-journalled';

export class Journal {
  readonly key: string;
  /** Each entry's JSON text, so an append does not stringify the earlier entries again. */
  #texts: string[] = [];
  #entries: JournalEntry[] = [];
  #gap: JournalGap | undefined;
  #chars = 0;

  constructor(
    readonly mapId: string,
    private readonly storage: Storage | undefined = globalThis.localStorage,
    private readonly maxChars: number = MAX_JOURNAL_CHARS,
  ) {
    this.key = PREFIX + mapId;
    const { entries, gap } = this.read();
    this.#entries = entries;
    this.#texts = entries.map((e) => JSON.stringify(e));
    this.#chars = this.#texts.reduce((n, t) => n + t.length + 1, 0);
    this.#gap = gap;
  }

  /** What is stored now (read afresh: another tab may have written it). */
  read(): JournalContents {
    try {
      return parse(this.storage?.getItem(this.key) ?? null);
    } catch {
      return { entries: [] };
    }
  }

  get entries(): readonly JournalEntry[] {
    return this.#entries;
  }

  get gap(): JournalGap | undefined {
    return this.#gap;
  }

  /** Whether a change may be journalled: not while a gap is open (its entries would not replay). */
  get open(): boolean {
    return this.#gap === undefined;
  }

  /**
   * Journals change `seq`. Returns `not-journalled` when the journal has a gap, when the change would take
   * it past its size limit, or when the browser refuses to store it; the gap then records `seq`.
   */
  append(seq: number, patches: Patch[]): AppendResult {
    if (this.#gap) {
      this.#gap = { from: this.#gap.from, to: seq };
      this.#write();
      return 'not-journalled';
    }
    const text = JSON.stringify({ seq, patches });
    if (this.#chars + text.length + 1 <= this.maxChars) {
      this.#texts.push(text);
      this.#entries.push({ seq, patches });
      this.#chars += text.length + 1;
      if (this.#write()) return 'journalled';
      this.#texts.pop();
      this.#entries.pop();
      this.#chars -= text.length + 1;
    }
    this.#gap = { from: seq, to: seq };
    this.#write();
    return 'not-journalled';
  }

  /**
   * IndexedDB has committed the map at `seq`: drops the entries up to it, and closes the gap when the
   * save covers it. Returns whether the journal is open again.
   */
  saved(seq: number): boolean {
    const keep = this.#entries.findIndex((e) => e.seq > seq);
    const from = keep < 0 ? this.#entries.length : keep;
    if (from > 0) {
      this.#entries = this.#entries.slice(from);
      const dropped = this.#texts.splice(0, from);
      this.#chars -= dropped.reduce((n, t) => n + t.length + 1, 0);
    }
    if (this.#gap && seq >= this.#gap.to) this.#gap = undefined;
    this.#write();
    return this.open;
  }

  /** Forgets everything (after a replay that could not be used, or when the map is replaced). */
  clear(): void {
    this.#entries = [];
    this.#texts = [];
    this.#chars = 0;
    this.#gap = undefined;
    this.#write();
  }

  /** Writes the journal (or removes the key when it is empty); false when the browser refused. */
  #write(): boolean {
    if (!this.storage) return false;
    try {
      if (this.#entries.length === 0 && !this.#gap) {
        this.storage.removeItem(this.key);
        return true;
      }
      const gap = this.#gap ? `,"gap":${JSON.stringify(this.#gap)}` : '';
      this.storage.setItem(this.key, `{"v":1,"entries":[${this.#texts.join(',')}]${gap}}`);
      return true;
    } catch {
      return false;
    }
  }
}

/** Removes the journal of a map that is gone (deleted for good). */
export function dropJournal(mapId: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(PREFIX + mapId);
  } catch {
    // nothing to clean up where storage is refused
  }
}

/** What replaying a journal on a saved document gives. */
export type Replay<T> =
  | { kind: 'nothing'; document: T; seq: number }
  | { kind: 'replayed'; document: T; seq: number; count: number }
  /** The journal does not continue the saved map (a gap, or entries that do not apply): nothing used. */
  | { kind: 'unusable'; document: T; seq: number };

/**
 * Replays the entries after `savedSeq` on `saved` with `apply`. They must follow on without a hole
 * (`savedSeq + 1`, `savedSeq + 2`, …). `gapLost` is true when the journal has a gap that the save does not
 * cover: changes after the replayed ones were made but are in neither place.
 */
export function replayJournal<T>(
  saved: T,
  savedSeq: number,
  contents: JournalContents,
  apply: (doc: T, patches: Patch[]) => T,
): Replay<T> & { gapLost: boolean } {
  const gapLost = contents.gap !== undefined && contents.gap.to > savedSeq;
  const todo = contents.entries.filter((e) => e.seq > savedSeq);
  if (todo.length === 0) return { kind: 'nothing', document: saved, seq: savedSeq, gapLost };
  let doc = saved;
  let seq = savedSeq;
  try {
    for (const entry of todo) {
      if (entry.seq !== seq + 1) return { kind: 'unusable', document: saved, seq: savedSeq, gapLost };
      doc = apply(doc, entry.patches);
      seq = entry.seq;
    }
  } catch {
    return { kind: 'unusable', document: saved, seq: savedSeq, gapLost };
  }
  return { kind: 'replayed', document: doc, seq, count: todo.length, gapLost };
}

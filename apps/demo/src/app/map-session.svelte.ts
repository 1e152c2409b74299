/**
 * One open map on the map page: loading it (the saved map in IndexedDB plus the journal's changes since),
 * saving every change so that no edit is lost, one writer per map across tabs, and the version history.
 *
 * How an edit is kept:
 * 1. the editor reports it (`change`) with its immer patches;
 * 2. the patches go into the map's journal in localStorage at once, synchronously (journal.ts), so a
 *    reload, a closed tab or a killed browser right after the edit still has it;
 * 3. the autosaver writes the document to IndexedDB 600 ms after the last change (at the latest 5 s after
 *    the first), and once that write has committed, the journal drops the entries it contains.
 * On load the journal's entries after the saved map's `seq` are replayed, and the result saved.
 *
 * A change the journal cannot take (too big, or localStorage full) is saved to IndexedDB at once, and the
 * page warns before unload until that save has landed; after a failed save, too (the only times the page
 * asks before closing).
 */
import { applySharedPatches, readDocument, type KringDocument } from '@kring/core';
import { tr } from '../i18n/i18n.svelte.js';
import { createAutosaver, type Autosaver } from '../storage/autosave.js';
import { Journal, replayJournal, type Patch } from '../storage/journal.js';
import { MapLock, type LockRole, type RoleReason } from '../storage/map-lock.js';
import type { VersionSummary } from '../storage/map-record.js';
import { app } from './app-state.svelte.js';
import type { DemoProblem } from '../i18n/messages.js';

/** Autosaves within this time of the newest version's start update that version instead of adding one. */
export const VERSION_SPAN_MS = 60_000;

interface Pending {
  doc: KringDocument;
  seq: number;
}

export class MapSession {
  doc: KringDocument | undefined = $state.raw();
  loadProblems: DemoProblem[] | undefined = $state();
  notFound = $state(false);
  role: LockRole = $state('pending');
  /** Why this tab is read-only: the map is open elsewhere, or another tab took it over. */
  readOnlyReason: 'other-tab' | 'taken-over' | undefined = $state();
  saveState: 'saved' | 'saving' | 'failed' | undefined = $state();
  /** The last save failed (until one succeeds). */
  saveFailed = $state(false);
  /** A change could not be journalled: it is safe only once the running save has landed. */
  unprotected = $state(false);
  /** Changes made before the last unload that could not be brought back. */
  lostChanges = $state(false);
  /** Whether the page should ask before it is closed (a failed save, or an unjournalled change). */
  readonly guard = $derived(this.saveFailed || this.unprotected);

  readonly id: string;
  #seq = 0;
  #savedSeq = 0;
  #createdAt: number | undefined;
  #journal: Journal;
  /** The journal's replayed entries (or gap) still need a save before they can go. */
  #needsSettling = false;
  #versionStartedAt: number | undefined;
  #loading: Promise<void> | undefined;
  #autosaver: Autosaver<Pending>;
  #lock: MapLock;
  #disposed = false;

  constructor(id: string) {
    this.id = id;
    this.#journal = new Journal(id);
    this.#autosaver = createAutosaver<Pending>({
      save: (p) => this.#save(p),
      onError: (error) => {
        this.saveState = 'failed';
        this.saveFailed = true;
        app.storageError = error;
      },
    });
    this.#lock = new MapLock({
      mapId: id,
      onrole: (role, reason) => this.#onRole(role, reason),
      beforeHandOver: () => this.flush(),
      onremotesave: () => void this.#load(),
    });
  }

  /** Loads the map and asks for the writer's lock. */
  open(): void {
    this.#loading = this.#load();
    this.#lock.start();
  }

  get readonly(): boolean {
    return this.role !== 'writer';
  }

  /** The editor's change: journal it at once, save it soon. */
  change(doc: KringDocument, patches: Patch[]): void {
    if (this.role !== 'writer') return;
    this.doc = doc;
    this.#seq++;
    this.saveState = 'saving';
    this.#autosaver.schedule({ doc, seq: this.#seq });
    if (this.#journal.append(this.#seq, patches) === 'not-journalled') {
      this.unprotected = true;
      void this.#autosaver.flush();
    }
  }

  /** Saves what is pending now; resolves when it is in IndexedDB (or the save failed). */
  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Another tab is the writer: ask it to hand over. */
  takeOver(): Promise<void> {
    return this.#lock.takeOver();
  }

  /** Makes an earlier version the current map: a new save (the version before it stays in the history). */
  async restoreVersion(version: VersionSummary): Promise<boolean> {
    if (this.role !== 'writer') return false;
    await this.flush();
    const stored = await app.version(this.id, version.startedAt);
    const read = stored ? readDocument(stored.text) : undefined;
    if (!read?.ok) return false;
    const seq = this.#seq + 1;
    try {
      const saved = await app.save(this.id, read.document, {
        seq,
        version: 'new',
        createdAt: this.#createdAt,
      });
      this.#versionStartedAt = saved.version;
    } catch (error) {
      app.storageError = error;
      return false;
    }
    this.#seq = seq;
    this.#savedSeq = seq;
    this.#journal.saved(seq);
    this.#lock.announceSave();
    this.doc = read.document;
    this.saveState = 'saved';
    this.saveFailed = false;
    return true;
  }

  /** Leaving the page: save what is pending, then give up the lock. */
  async close(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    await this.flush().finally(() => {
      this.#autosaver.dispose();
      this.#lock.dispose();
    });
  }

  async #load(): Promise<void> {
    const stored = await app.load(this.id);
    if (this.#disposed) return;
    if (!stored) {
      this.notFound = true;
      return;
    }
    const read = readDocument(stored.text);
    if (!read.ok) {
      this.loadProblems = read.problems;
      return;
    }
    this.#createdAt = stored.createdAt;
    const savedSeq = stored.seq ?? 0;
    // Read afresh: the journal may have been written by another tab (the writer before this one).
    this.#journal = new Journal(this.id);
    const contents = this.#journal.read();
    const replay = replayJournal(read.document, savedSeq, contents, (doc, patches) =>
      applySharedPatches(doc, patches),
    );
    let doc = read.document;
    let usable = false;
    if (replay.kind === 'replayed') {
      const again = readDocument(replay.document);
      if (again.ok) [doc, usable] = [again.document, true];
    }
    this.lostChanges = replay.gapLost || (replay.kind !== 'nothing' && !usable);
    const highest = Math.max(
      savedSeq,
      usable ? replay.seq : savedSeq,
      contents.gap?.to ?? 0,
      contents.entries.at(-1)?.seq ?? 0,
    );
    this.#savedSeq = savedSeq;
    this.#seq = highest;
    this.#needsSettling = highest > savedSeq || contents.entries.length > 0 || contents.gap !== undefined;
    this.doc = doc;
    if (usable) app.announce(tr('demo.storage.journalRestored'));
    this.#settle();
  }

  /** As the writer, after a load with journal entries: save the result so the journal can be cleared. */
  #settle(): void {
    if (!this.#needsSettling || this.role !== 'writer' || !this.doc) return;
    this.#needsSettling = false;
    this.saveState = 'saving';
    this.#autosaver.schedule({ doc: this.doc, seq: this.#seq });
    void this.#autosaver.flush();
  }

  async #save(pending: Pending): Promise<void> {
    const now = Date.now();
    const version =
      this.#versionStartedAt !== undefined && now - this.#versionStartedAt < VERSION_SPAN_MS
        ? 'update'
        : 'new';
    const saved = await app.save(this.id, pending.doc, {
      seq: pending.seq,
      version,
      createdAt: this.#createdAt,
    });
    this.#createdAt ??= saved.map.createdAt;
    this.saveFailed = false;
    if (version === 'new') this.#versionStartedAt = saved.version;
    this.#savedSeq = Math.max(this.#savedSeq, pending.seq);
    this.#journal.saved(pending.seq);
    this.#lock.announceSave();
    if (pending.seq === this.#seq) {
      this.saveState = 'saved';
      this.unprotected = false;
    }
  }

  #onRole(role: LockRole, reason: RoleReason): void {
    const wasReader = this.role === 'reader';
    this.role = role;
    if (role === 'reader') {
      this.readOnlyReason = reason === 'taken-over' ? 'taken-over' : 'other-tab';
      return;
    }
    this.readOnlyReason = undefined;
    if (role !== 'writer') return;
    if (wasReader) {
      // Another tab wrote the map until now: show what it saved (and journalled), then edit.
      this.#loading = this.#load();
      void this.#loading.then(() => app.announce(tr('demo.lock.tookOver')));
    } else {
      void this.#loading?.then(() => this.#settle());
    }
  }
}

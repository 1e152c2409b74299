/**
 * The demo's state across pages: the user's maps on this device (IndexedDB through MapStore), the trash,
 * the last opened map, each map's version history, whether the browser keeps the storage persistently,
 * status messages for the live region and the undo toast. When IndexedDB is not available the maps live
 * in memory for this page, and the user is told so.
 */
import { writeDocument, type KringDocument } from '@kring/core';
import { titleOf } from '../files/new-document.js';
import { i18n, tr } from '../i18n/i18n.svelte.js';
import { dropJournal } from '../storage/journal.js';
import {
  summaryOf,
  type DeletedMap,
  type MapSummary,
  type MapVersion,
  type StoredMap,
  type VersionSummary,
} from '../storage/map-record.js';
import { MapStore, type VersionMode } from '../storage/map-store.js';
import { requestPersistence, type Persistence } from '../storage/persistence.js';
import { sessionId } from '../storage/session-id.js';
import { storageMessage } from './storage-message.js';
import type { DemoProblem } from '../i18n/messages.js';

export interface Toast {
  message: string;
  actionLabel?: string;
  action?: () => void;
}

const UNDO_MS = 10_000;

class AppState {
  maps: MapSummary[] = $state([]);
  trash: DeletedMap[] = $state([]);
  lastOpened: MapSummary | undefined = $state();
  /** The current storage problem, shown in a banner until the next successful save. */
  storageError: unknown = $state();
  /** Polite status text for the live region. */
  status = $state('');
  toast: Toast | undefined = $state();
  ready = $state(false);
  /** Remarks about the file just opened, shown once on the map page. */
  mapNotice: { heading: string; problems: DemoProblem[] } | undefined = $state();
  /** Whether the browser promised to keep the maps (`navigator.storage.persist()`). */
  persistence: Persistence | undefined = $state();

  private store: MapStore | undefined;
  /** Saves still running: the list of maps waits for them, so it never shows a map's older state. */
  private saving = new Set<Promise<unknown>>();
  private memory = new Map<string, StoredMap>();
  private readonly session = sessionId();
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  get storageText(): string | undefined {
    return this.storageError === undefined ? undefined : storageMessage(this.storageError, i18n.locale);
  }

  async init(): Promise<void> {
    try {
      this.store = await MapStore.open();
      for (const id of await this.store.emptyTrashOfOtherSessions(this.session)) dropJournal(id);
    } catch (error) {
      this.store = undefined;
      this.storageError = error;
    }
    await this.refresh();
    this.ready = true;
    if (this.maps.length > 0) void this.askPersistence();
  }

  /** Asks the browser to keep the maps even when the disk runs low (once there is something to keep). */
  async askPersistence(): Promise<void> {
    if (!this.store || this.persistence === 'granted') return;
    this.persistence = await requestPersistence();
  }

  async refresh(): Promise<void> {
    await Promise.allSettled([...this.saving]);
    if (!this.store) {
      this.maps = [...this.memory.values()].map(summaryOf).sort((a, b) => b.updatedAt - a.updatedAt);
      return;
    }
    try {
      this.maps = await this.store.list();
      this.trash = await this.store.listDeleted();
      const last = await this.store.getLastOpened();
      this.lastOpened = this.maps.find((m) => m.id === last);
    } catch (error) {
      this.storageError = error;
    }
  }

  announce(message: string): void {
    // Re-announce the same text: clear first, set on the next frame.
    this.status = '';
    requestAnimationFrame(() => (this.status = message));
  }

  showToast(toast: Toast, ms = UNDO_MS): void {
    if (this.toastTimer !== undefined) clearTimeout(this.toastTimer);
    this.toast = toast;
    this.toastTimer = setTimeout(() => (this.toast = undefined), ms);
  }

  dismissToast(): void {
    if (this.toastTimer !== undefined) clearTimeout(this.toastTimer);
    this.toast = undefined;
  }

  /**
   * Saves a document under `id` (new or existing) as containing change `seq` (see journal.ts), entering
   * the version history as `version` says. Resolves with the saved map and its version's key time.
   * Throws a StorageError; the caller shows it.
   */
  save(
    id: string,
    doc: KringDocument,
    options: { seq?: number; version?: VersionMode; createdAt?: number } = {},
  ): Promise<{ map: StoredMap; version: number | undefined }> {
    const now = Date.now();
    const map: StoredMap = {
      id,
      title: titleOf(doc),
      text: writeDocument(doc),
      createdAt: options.createdAt ?? this.memory.get(id)?.createdAt ?? now,
      updatedAt: now,
      seq: options.seq ?? 0,
    };
    this.memory.set(id, map);
    const store = this.store;
    if (!store) return Promise.resolve({ map, version: undefined });
    const saving = store.save(map, options.version ?? 'none').then((version) => {
      this.storageError = undefined;
      return { map, version };
    });
    this.saving.add(saving);
    const done = () => void this.saving.delete(saving);
    saving.then(done, done);
    return saving;
  }

  /** A map's version history (newest first); empty when storage is unavailable. */
  async versions(id: string): Promise<VersionSummary[]> {
    if (!this.store) return [];
    return this.store.listVersions(id);
  }

  async version(id: string, startedAt: number): Promise<MapVersion | undefined> {
    return this.store?.getVersion(id, startedAt);
  }

  /** Every map with its text (for a backup). */
  async allMaps(): Promise<StoredMap[]> {
    if (!this.store) return [...this.memory.values()];
    return this.store.listFull();
  }

  /** Stores maps read from a backup as they are (ids included). */
  async addMaps(maps: StoredMap[]): Promise<void> {
    for (const map of maps) {
      this.memory.set(map.id, map);
      if (this.store) await this.store.save(map, 'new');
    }
    await this.refresh();
  }

  /** Creates a new map from a document; resolves with its id even when it could only be kept in memory. */
  async create(doc: KringDocument): Promise<string> {
    const id = crypto.randomUUID();
    try {
      await this.save(id, doc, { version: 'new' });
    } catch (error) {
      this.storageError = error;
    }
    await this.refresh();
    void this.askPersistence();
    return id;
  }

  async load(id: string): Promise<StoredMap | undefined> {
    if (this.store) {
      try {
        const map = await this.store.get(id);
        if (map) {
          await this.store.setLastOpened(id);
          return map;
        }
      } catch (error) {
        this.storageError = error;
      }
    }
    return this.memory.get(id);
  }

  /** Deletes after the user confirmed; offers Undo in a toast for 10 s, and keeps it in "recently deleted". */
  async remove(id: string): Promise<void> {
    this.memory.delete(id);
    if (!this.store) {
      await this.refresh();
      return;
    }
    try {
      const deleted = await this.store.remove(id, this.session);
      await this.refresh();
      const message = tr('demo.delete.done', { title: deleted.title });
      this.announce(message);
      this.showToast({ message, actionLabel: tr('demo.delete.undo'), action: () => void this.restore(id) });
    } catch (error) {
      this.storageError = error;
    }
  }

  async restore(id: string): Promise<void> {
    if (!this.store) return;
    try {
      const map = await this.store.restore(id);
      this.dismissToast();
      await this.refresh();
      this.announce(tr('demo.delete.restored', { title: map.title }));
    } catch (error) {
      this.storageError = error;
    }
  }
}

export const app = new AppState();

/**
 * The user's maps on this device, in IndexedDB: save, list, get, delete into a trash (restorable until
 * the next session), the id of the last opened map, and each map's automatic version history (the last
 * VERSION_LIMIT autosaves, see `save`). Framework-free; every failure is a StorageError.
 */
import { transactionDone, requestResult } from './idb-request.js';
import {
  summaryOf,
  type DeletedMap,
  type MapSummary,
  type MapVersion,
  type StoredMap,
  type VersionSummary,
} from './map-record.js';
import { openDatabase } from './open-database.js';
import { StorageError, toStorageError } from './storage-error.js';

type StoreName = 'maps' | 'trash' | 'meta' | 'versions';
const LAST_OPENED = 'lastOpened';

/** How many versions of a map the history keeps; the oldest go first. */
export const VERSION_LIMIT = 20;

/** How an autosave enters the version history: as a new version, updating the newest, or not at all. */
export type VersionMode = 'new' | 'update' | 'none';

const versionsOf = (mapId: string) => IDBKeyRange.bound([mapId, -Infinity], [mapId, Infinity]);

const byNewest = (a: { updatedAt: number }, b: { updatedAt: number }) => b.updatedAt - a.updatedAt;

export class MapStore {
  private constructor(private readonly db: IDBDatabase) {}

  /** Opens the store; rejects with a StorageError (`unavailable` in private mode or when blocked). */
  static async open(name?: string, factory?: IDBFactory): Promise<MapStore> {
    return new MapStore(await openDatabase(name, factory));
  }

  /** Uses a database opened elsewhere (it must have the stores openDatabase creates). */
  static fromDatabase(db: IDBDatabase): MapStore {
    return new MapStore(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Runs `work` in one transaction and resolves with its result once the transaction has committed, so a
   * write that fails late (quota) rejects instead of looking saved.
   */
  private async run<T>(
    stores: StoreName[],
    mode: IDBTransactionMode,
    work: (get: (name: StoreName) => IDBObjectStore) => Promise<T> | T,
  ): Promise<T> {
    let tx: IDBTransaction;
    try {
      tx = this.db.transaction(stores, mode);
    } catch (error) {
      throw toStorageError(error);
    }
    const done = transactionDone(tx);
    try {
      const result = await work((name) => tx.objectStore(name));
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await done.catch(() => undefined);
      throw toStorageError(error);
    }
  }

  /**
   * Saves (creates or replaces) a map, and in the same transaction its version: `new` starts a version
   * (dropping the oldest beyond VERSION_LIMIT), `update` overwrites the newest one (or starts one when
   * there is none). Resolves with the version's key time (`startedAt`), or undefined for `none`.
   */
  save(map: StoredMap, version: VersionMode = 'none'): Promise<number | undefined> {
    if (version === 'none')
      return this.run(['maps'], 'readwrite', (get) => {
        get('maps').put(map);
        return undefined;
      });
    return this.run(['maps', 'versions'], 'readwrite', async (get) => {
      get('maps').put(map);
      const versions = get('versions');
      const keys = (await requestResult(versions.getAllKeys(versionsOf(map.id)))) as [string, number][];
      const newest = keys.at(-1)?.[1];
      const startedAt =
        version === 'update' && newest !== undefined ? newest : Math.max(map.updatedAt, (newest ?? 0) + 1);
      const entry: MapVersion = {
        mapId: map.id,
        startedAt,
        savedAt: map.updatedAt,
        title: map.title,
        text: map.text,
        seq: map.seq ?? 0,
      };
      versions.put(entry);
      const count = keys.length + (startedAt === newest ? 0 : 1);
      for (const key of keys.slice(0, Math.max(0, count - VERSION_LIMIT))) versions.delete(key);
      return startedAt;
    });
  }

  /** A map's versions, newest first, without their text. */
  async listVersions(mapId: string): Promise<VersionSummary[]> {
    const all = await this.run(['versions'], 'readonly', (get) =>
      requestResult(get('versions').getAll(versionsOf(mapId)) as IDBRequest<MapVersion[]>),
    );
    return all.reverse().map(({ text: _text, ...summary }) => summary);
  }

  getVersion(mapId: string, startedAt: number): Promise<MapVersion | undefined> {
    return this.run(['versions'], 'readonly', (get) =>
      requestResult(get('versions').get([mapId, startedAt]) as IDBRequest<MapVersion | undefined>),
    );
  }

  /** Every map with its text, newest change first (for a backup). */
  async listFull(): Promise<StoredMap[]> {
    const all = await this.run(['maps'], 'readonly', (get) =>
      requestResult(get('maps').getAll() as IDBRequest<StoredMap[]>),
    );
    return all.sort(byNewest);
  }

  get(id: string): Promise<StoredMap | undefined> {
    return this.run(['maps'], 'readonly', (get) =>
      requestResult(get('maps').get(id) as IDBRequest<StoredMap | undefined>),
    );
  }

  /** Every map, newest change first, without the document text. */
  async list(): Promise<MapSummary[]> {
    const all = await this.run(['maps'], 'readonly', (get) =>
      requestResult(get('maps').getAll() as IDBRequest<StoredMap[]>),
    );
    return all.map(summaryOf).sort(byNewest);
  }

  /** Moves a map to the trash; returns what was deleted. Rejects when there is no such map. */
  remove(id: string, session: string, now: number = Date.now()): Promise<DeletedMap> {
    return this.run(['maps', 'trash', 'meta'], 'readwrite', async (get) => {
      const map = await requestResult(get('maps').get(id) as IDBRequest<StoredMap | undefined>);
      if (!map) throw new StorageError('failed', `No map with id ${id}.`);
      const deleted: DeletedMap = { ...map, deletedAt: now, session };
      get('trash').put(deleted);
      get('maps').delete(id);
      const last = await requestResult(
        get('meta').get(LAST_OPENED) as IDBRequest<{ value: string } | undefined>,
      );
      if (last?.value === id) get('meta').delete(LAST_OPENED);
      return deleted;
    });
  }

  /** Brings a deleted map back from the trash. Rejects when it is no longer there. */
  restore(id: string): Promise<StoredMap> {
    return this.run(['maps', 'trash'], 'readwrite', async (get) => {
      const deleted = await requestResult(get('trash').get(id) as IDBRequest<DeletedMap | undefined>);
      if (!deleted) throw new StorageError('failed', `No deleted map with id ${id}.`);
      const { deletedAt: _deletedAt, session: _session, ...map } = deleted;
      get('maps').put(map);
      get('trash').delete(id);
      return map;
    });
  }

  /** The trash, most recently deleted first. */
  async listDeleted(): Promise<DeletedMap[]> {
    const all = await this.run(['trash'], 'readonly', (get) =>
      requestResult(get('trash').getAll() as IDBRequest<DeletedMap[]>),
    );
    return all.sort((a, b) => b.deletedAt - a.deletedAt);
  }

  /**
   * Empties the trash of everything deleted by other sessions, with those maps' versions; returns the ids
   * of the maps removed for good.
   */
  emptyTrashOfOtherSessions(session: string): Promise<string[]> {
    return this.run(['trash', 'versions'], 'readwrite', async (get) => {
      const all = await requestResult(get('trash').getAll() as IDBRequest<DeletedMap[]>);
      const old = all.filter((d) => d.session !== session);
      for (const d of old) {
        get('trash').delete(d.id);
        get('versions').delete(versionsOf(d.id));
      }
      return old.map((d) => d.id);
    });
  }

  setLastOpened(id: string | undefined): Promise<void> {
    return this.run(['meta'], 'readwrite', (get) => {
      if (id === undefined) get('meta').delete(LAST_OPENED);
      else get('meta').put({ key: LAST_OPENED, value: id });
    });
  }

  /** The last opened map's id, if that map still exists. */
  getLastOpened(): Promise<string | undefined> {
    return this.run(['meta', 'maps'], 'readonly', async (get) => {
      const last = await requestResult(
        get('meta').get(LAST_OPENED) as IDBRequest<{ value: string } | undefined>,
      );
      if (!last) return undefined;
      const count = await requestResult(get('maps').count(last.value));
      return count > 0 ? last.value : undefined;
    });
  }
}

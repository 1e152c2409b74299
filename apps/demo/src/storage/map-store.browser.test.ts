import { afterEach, describe, expect, test } from 'vitest';
import type { StoredMap } from './map-record.js';
import { MapStore, VERSION_LIMIT } from './map-store.js';
import { openDatabase } from './open-database.js';
import { StorageError } from './storage-error.js';

const opened: MapStore[] = [];
async function freshStore(): Promise<MapStore> {
  const store = await MapStore.open(`kring-test-${crypto.randomUUID()}`);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const map = (id: string, updatedAt: number, title = `Kaart ${id}`): StoredMap => ({
  id,
  title,
  text: `{"format":"kring","title":${JSON.stringify(title)}}`,
  createdAt: 1,
  updatedAt,
});

describe('MapStore', () => {
  test('saves a map and gets it back unchanged', async () => {
    const store = await freshStore();
    await store.save(map('a', 10));
    expect(await store.get('a')).toEqual(map('a', 10));
    expect(await store.get('missing')).toBeUndefined();
  });

  test('lists maps newest change first, without their text', async () => {
    const store = await freshStore();
    await store.save(map('old', 10));
    await store.save(map('new', 30));
    await store.save(map('mid', 20));
    const list = await store.list();
    expect(list.map((m) => m.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).not.toHaveProperty('text');
  });

  test('a later save replaces the earlier one', async () => {
    const store = await freshStore();
    await store.save(map('a', 10, 'Eerst'));
    await store.save(map('a', 11, 'Daarna'));
    expect((await store.list()).map((m) => m.title)).toEqual(['Daarna']);
  });

  test('survives closing and reopening the database (a reload)', async () => {
    const name = `kring-test-${crypto.randomUUID()}`;
    const first = await MapStore.open(name);
    await first.save(map('a', 10));
    await first.setLastOpened('a');
    first.close();
    const second = await MapStore.open(name);
    opened.push(second);
    expect((await second.get('a'))?.title).toBe('Kaart a');
    expect(await second.getLastOpened()).toBe('a');
  });

  test('delete moves a map to the trash, and undo brings it back', async () => {
    const store = await freshStore();
    await store.save(map('a', 10));
    await store.setLastOpened('a');
    const deleted = await store.remove('a', 'session-1', 500);
    expect(deleted).toMatchObject({ id: 'a', deletedAt: 500, session: 'session-1' });
    expect(await store.list()).toEqual([]);
    expect(await store.getLastOpened()).toBeUndefined();
    expect((await store.listDeleted()).map((d) => d.id)).toEqual(['a']);

    const restored = await store.restore('a');
    expect(restored).toEqual(map('a', 10));
    expect(await store.get('a')).toEqual(map('a', 10));
    expect(await store.listDeleted()).toEqual([]);
  });

  test('the next session empties the trash; the same session keeps it', async () => {
    const store = await freshStore();
    await store.save(map('a', 10));
    await store.save(map('b', 10));
    await store.remove('a', 'session-1');
    await store.remove('b', 'session-2');
    expect(await store.emptyTrashOfOtherSessions('session-2')).toEqual(['a']);
    expect((await store.listDeleted()).map((d) => d.id)).toEqual(['b']);
    await expect(store.restore('a')).rejects.toBeInstanceOf(StorageError);
  });

  test("keeps the map's seq and a version history of at most VERSION_LIMIT entries", async () => {
    const store = await freshStore();
    const at = (n: number): StoredMap => ({ ...map('a', 1000 + n), text: `v${n}`, seq: n });
    expect(await store.save(at(1), 'new')).toBe(1001);
    // 'update' overwrites the newest version instead of adding one
    expect(await store.save(at(2), 'update')).toBe(1001);
    expect((await store.listVersions('a')).map((v) => [v.seq, v.savedAt])).toEqual([[2, 1002]]);
    for (let n = 3; n < 3 + VERSION_LIMIT + 2; n++) await store.save(at(n), 'new');
    const versions = await store.listVersions('a');
    expect(versions).toHaveLength(VERSION_LIMIT);
    expect(versions[0]).toMatchObject({ mapId: 'a', seq: 3 + VERSION_LIMIT + 1, title: 'Kaart a' });
    expect(versions[0]).not.toHaveProperty('text');
    expect((await store.getVersion('a', versions[0]!.startedAt))?.text).toBe(`v${3 + VERSION_LIMIT + 1}`);
    expect((await store.get('a'))?.seq).toBe(3 + VERSION_LIMIT + 1);
    // a plain save leaves the history alone; emptying the trash for good drops it
    await store.save(at(99));
    expect(await store.listVersions('a')).toHaveLength(VERSION_LIMIT);
    await store.remove('a', 'old-session');
    await store.emptyTrashOfOtherSessions('new-session');
    expect(await store.listVersions('a')).toEqual([]);
  });

  test('deleting a map that is not there is an error', async () => {
    const store = await freshStore();
    await expect(store.remove('nope', 's')).rejects.toMatchObject({ kind: 'failed' });
  });

  test('a full quota is reported as a quota error, not swallowed', async () => {
    // Chromium's quota override (CDP) does not reach the test iframe's in-memory profile, so the quota
    // error is raised where IndexedDB raises it: by the store's put.
    const db = await openDatabase(`kring-test-${crypto.randomUUID()}`);
    const full = new Proxy(db, {
      get(target, key) {
        if (key !== 'transaction') {
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return (...args: Parameters<IDBDatabase['transaction']>) => {
          const tx = target.transaction(...args);
          const objectStore = tx.objectStore.bind(tx);
          tx.objectStore = (name: string) => {
            const store = objectStore(name);
            store.put = () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            };
            return store;
          };
          return tx;
        };
      },
    });
    const store = MapStore.fromDatabase(full);
    opened.push(store);
    const error = await store.save(map('big', 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await MapStore.fromDatabase(db).get('big')).toBeUndefined();
  });

  test('IndexedDB refused (private mode) is reported as unavailable', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(MapStore.open('x', refusing)).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

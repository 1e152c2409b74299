// Two "tabs" in one page: each MapLock has its own BroadcastChannel object (messages reach the other
// objects of the same name) and its own lock requests, as two tabs would.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MapLock, type LockRole, type MapLockOptions, type RoleReason } from './map-lock.js';

const made: MapLock[] = [];
afterEach(() => {
  for (const lock of made.splice(0)) lock.dispose();
});

function tab(mapId: string, options: Partial<MapLockOptions> = {}) {
  const roles: [LockRole, RoleReason][] = [];
  const events = { handOvers: 0, remoteSaves: 0 };
  const lock = new MapLock({
    mapId,
    waitMs: 150,
    takeOverTimeoutMs: 400,
    onrole: (role, reason) => roles.push([role, reason]),
    beforeHandOver: async () => {
      events.handOvers++;
    },
    onremotesave: () => events.remoteSaves++,
    ...options,
  });
  made.push(lock);
  return { lock, roles, events };
}

const newMap = () => `map-${crypto.randomUUID()}`;

describe('MapLock', () => {
  test('the first tab writes; a second tab on the same map reads; another map is free', async () => {
    const id = newMap();
    const a = tab(id);
    a.lock.start();
    await vi.waitFor(() => expect(a.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    expect(a.roles).toEqual([['writer', 'opened']]);
    expect(b.roles).toEqual([['reader', 'opened']]);
    const c = tab(newMap());
    c.lock.start();
    await vi.waitFor(() => expect(c.lock.role).toBe('writer'));
  });

  test('taking over: the writer saves and turns reader, the reader becomes the writer', async () => {
    const id = newMap();
    const a = tab(id);
    a.lock.start();
    await vi.waitFor(() => expect(a.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    await b.lock.takeOver();
    expect(b.lock.role).toBe('writer');
    expect(a.lock.role).toBe('reader');
    expect(a.events.handOvers).toBe(1);
    expect(a.roles.at(-1)).toEqual(['reader', 'taken-over']);
    expect(b.roles.at(-1)).toEqual(['writer', 'acquired']);
    // …and back again.
    await a.lock.takeOver();
    expect([a.lock.role, b.lock.role]).toEqual(['writer', 'reader']);
    expect(b.events.handOvers).toBe(1);
  });

  test('when the writer closes, the waiting reader becomes the writer', async () => {
    const id = newMap();
    const a = tab(id);
    a.lock.start();
    await vi.waitFor(() => expect(a.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    a.lock.dispose();
    await vi.waitFor(() => expect(b.lock.role).toBe('writer'));
    expect(b.roles.at(-1)).toEqual(['writer', 'acquired']);
  });

  test('a writer that reloads (leaves and opens the map again at once) stays the writer', async () => {
    const id = newMap();
    const a = tab(id);
    a.lock.start();
    await vi.waitFor(() => expect(a.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    a.lock.dispose();
    const reloaded = tab(id);
    reloaded.lock.start();
    await vi.waitFor(() => expect(reloaded.lock.role).toBe('writer'));
    // Past the moment the reader tries for the lock after `leaving` (waitMs + 500 ms).
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect([reloaded.lock.role, b.lock.role]).toEqual(['writer', 'reader']);
  });

  test('readers hear that the writer saved', async () => {
    const id = newMap();
    const a = tab(id);
    a.lock.start();
    await vi.waitFor(() => expect(a.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    a.lock.announceSave();
    await vi.waitFor(() => expect(b.events.remoteSaves).toBe(1));
    expect(a.events.remoteSaves).toBe(0);
  });

  test('a writer that does not answer loses the lock after the timeout', async () => {
    const id = newMap();
    const silent = tab(id, { channel: undefined });
    silent.lock.start();
    await vi.waitFor(() => expect(silent.lock.role).toBe('writer'));
    const b = tab(id);
    b.lock.start();
    await vi.waitFor(() => expect(b.lock.role).toBe('reader'));
    await b.lock.takeOver();
    expect(b.lock.role).toBe('writer');
    await vi.waitFor(() => expect(silent.lock.role).toBe('reader'));
    expect(silent.events.handOvers).toBe(0);
  });

  test('without Web Locks every tab writes', () => {
    const a = tab(newMap(), { locks: undefined, channel: undefined });
    a.lock.start();
    expect(a.lock.role).toBe('writer');
  });
});

/**
 * "Export all maps": one JSON file with every map on this device, which the start page can restore again
 * (on this or another device). The file:
 *
 *     { "format": "kring-demo-backup", "version": 1, "exportedAt": "2026-…Z",
 *       "maps": [{ "id", "title", "createdAt", "updatedAt", "document": { …a .kring.json document… } }] }
 *
 * Restoring reads every document with core's reader (a document it refuses is skipped and counted), keeps
 * a map that is already here with the same content, and adds a map whose id is taken by different content
 * under a new id: a restore never overwrites a map.
 */
import { readDocument, writeDocument } from '@kring/core';
import { titleOf } from '../files/new-document.js';
import type { StoredMap } from './map-record.js';

export const BACKUP_FORMAT = 'kring-demo-backup';
/** Largest backup file the demo reads (bytes); each document inside also has the reader's own limit. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export interface BackupMap {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  document: unknown;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  maps: BackupMap[];
}

export function writeBackup(maps: readonly StoredMap[], now: Date = new Date()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    maps: maps.map((m) => ({
      id: m.id,
      title: m.title,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      document: JSON.parse(m.text) as unknown,
    })),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export type ReadBackupResult =
  { ok: true; maps: StoredMap[]; unreadable: number } | { ok: false; reason: 'notBackup' | 'tooLarge' };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a backup file's text; each map comes back as it would be stored (text from the core writer). */
export function readBackup(text: string): ReadBackupResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, reason: 'notBackup' };
  }
  const backup = raw as Partial<Backup> | null;
  if (!backup || backup.format !== BACKUP_FORMAT || !Array.isArray(backup.maps))
    return { ok: false, reason: 'notBackup' };
  const maps: StoredMap[] = [];
  let unreadable = 0;
  for (const entry of backup.maps as unknown[]) {
    const m = (entry ?? {}) as Partial<BackupMap>;
    const read = readDocument(m.document);
    if (!read.ok) {
      unreadable++;
      continue;
    }
    const now = Date.now();
    maps.push({
      id: typeof m.id === 'string' && /^[A-Za-z0-9-]{1,64}$/u.test(m.id) ? m.id : crypto.randomUUID(),
      title: titleOf(read.document),
      text: writeDocument(read.document),
      createdAt: isFiniteNumber(m.createdAt) ? m.createdAt : now,
      updatedAt: isFiniteNumber(m.updatedAt) ? m.updatedAt : now,
    });
  }
  return { ok: true, maps, unreadable };
}

/**
 * Which of a backup's maps to add: those not here yet (same id, same text: already here), with a new id
 * where the id is taken by other content.
 */
export function planRestore(
  maps: readonly StoredMap[],
  existing: ReadonlyMap<string, string>,
): { add: StoredMap[]; present: number } {
  const add: StoredMap[] = [];
  const taken = new Map(existing);
  let present = 0;
  for (const map of maps) {
    const here = taken.get(map.id);
    if (here === map.text) {
      present++;
      continue;
    }
    const added = here === undefined ? map : { ...map, id: crypto.randomUUID() };
    taken.set(added.id, added.text);
    add.push(added);
  }
  return { add, present };
}

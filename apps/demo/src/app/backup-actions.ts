/** "Export all maps" and "Restore a backup" on the start page (the file format: storage/backup.ts). */
import { downloadText } from '../files/download.js';
import { tr } from '../i18n/i18n.svelte.js';
import { MAX_BACKUP_BYTES, planRestore, readBackup, writeBackup } from '../storage/backup.js';
import { app } from './app-state.svelte.js';

/** Downloads every map on this device as one backup file. */
export async function exportAllMaps(now: Date = new Date()): Promise<void> {
  try {
    const maps = await app.allMaps();
    const name = `kring-${tr('demo.backup.fileName')}-${now.toISOString().slice(0, 10)}.json`;
    downloadText(writeBackup(maps, now), name, 'application/json');
    app.announce(tr('demo.backup.exported', { file: name, count: maps.length }));
  } catch (error) {
    app.storageError = error;
  }
}

/** Restores a backup file; returns the messages to show (the first says what happened). */
export async function restoreBackup(file: File): Promise<string[]> {
  if (file.size > MAX_BACKUP_BYTES) return [tr('demo.backup.tooLarge', { file: file.name })];
  let read;
  try {
    read = readBackup(await file.text());
  } catch {
    return [tr('demo.backup.notBackup', { file: file.name })];
  }
  if (!read.ok)
    return [
      read.reason === 'tooLarge'
        ? tr('demo.backup.tooLarge', { file: file.name })
        : tr('demo.backup.notBackup', { file: file.name }),
    ];
  try {
    const existing = new Map((await app.allMaps()).map((m) => [m.id, m.text]));
    const { add, present } = planRestore(read.maps, existing);
    await app.addMaps(add);
    const messages = [tr('demo.backup.restored', { added: add.length, present })];
    if (read.unreadable > 0) messages.push(tr('demo.backup.unreadable', { count: read.unreadable }));
    app.announce(messages.join(' '));
    return messages;
  } catch (error) {
    app.storageError = error;
    return [];
  }
}

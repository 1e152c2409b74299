/** Starting a map: new, from an example, or from a file. Each ends on the map page. */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { newDocument } from '../files/new-document.js';
import { readKringFile } from '../files/read-file.js';
import { i18n, tr } from '../i18n/i18n.svelte.js';
import { app } from './app-state.svelte.js';
import { router } from './route.svelte.js';
import type { DemoProblem } from '../i18n/messages.js';

/** What the start page shows after a file could not be opened (or opened with remarks). */
export interface FileNotice {
  heading: string;
  intro?: string;
  problems: DemoProblem[];
}

export async function startNewMap(clientName: string): Promise<void> {
  const id = await app.create(newDocument(clientName, i18n.locale));
  router.go({ name: 'map', id });
}

export async function openExample(slug: string): Promise<void> {
  const example = EXAMPLES.find((e) => e.slug === slug);
  if (!example) return;
  const read = readDocument(example.document);
  if (!read.ok) throw new Error(`Example ${slug} does not read`);
  const id = await app.create(read.document);
  router.go({ name: 'map', id });
}

/** Opens a picked or dropped file; returns the problems to show when it could not be opened. */
export async function openFile(file: File): Promise<FileNotice | undefined> {
  let opened;
  try {
    opened = await readKringFile(file);
  } catch (error) {
    return {
      heading: tr('demo.file.problemsHeading', { file: file.name }),
      problems: [
        {
          severity: 'error',
          path: [],
          message: { key: 'demo.file.readFailed', params: { detail: String(error) } },
        },
      ],
    };
  }
  if (!opened.ok) {
    app.announce(tr('demo.file.problemsHeading', { file: opened.name }));
    return {
      heading: tr('demo.file.problemsHeading', { file: opened.name }),
      intro: tr('demo.file.problemsIntro'),
      problems: opened.problems,
    };
  }
  const id = await app.create(opened.document);
  app.announce(tr('demo.file.opened', { file: opened.name }));
  const remarks: DemoProblem[] = [...opened.warnings];
  if (opened.migratedFrom !== undefined)
    remarks.unshift({
      severity: 'warning',
      path: ['version'],
      message: { key: 'demo.file.migrated', params: { version: opened.migratedFrom } },
    });
  if (remarks.length > 0)
    app.mapNotice = { heading: tr('demo.file.warningsHeading', { file: opened.name }), problems: remarks };
  router.go({ name: 'map', id });
  return undefined;
}

/** A GEDCOM file, by its name or by its first line (`0 HEAD`, after a byte-order mark or in UTF-16). */
export function isGedcom(name: string, bytes: Uint8Array): boolean {
  if (/\.ged$/i.test(name)) return true;
  let start = '';
  for (const b of bytes.subarray(0, 16)) if (b !== 0 && b < 0x80) start += String.fromCharCode(b);
  return /^\s*0 HEAD/.test(start);
}

/** A contact list (CSV, TSV or plain text of names), by its name or its type. */
export function isContactList(name: string, type: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name) || /^text\/(csv|tab-separated-values|plain)$/.test(type);
}

/** Opens a map imported from another format (GEDCOM, a contact list) as a new map of this device. */
export async function openImported(document: KringDocument, fileName: string): Promise<void> {
  const id = await app.create(document);
  app.announce(tr('demo.file.opened', { file: fileName }));
  router.go({ name: 'map', id });
}

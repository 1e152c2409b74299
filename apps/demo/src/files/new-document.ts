/** A fresh document for a new map: just the focus person (the client), titled after them. */
import { newDocument as createDocument, type KringDocument, type Locale } from '@kring/core';
import { t } from '../i18n/messages.js';

export function newDocument(clientName: string, locale: Locale, id = 'p-focus'): KringDocument {
  const name = clientName.trim();
  return createDocument({
    title: t(locale, 'demo.start.new.title', { name }),
    focus: id,
    persons: [{ id, name, gender: 'unknown' }],
  });
}

/** What the list of maps shows for a document: its title, else the focus person's name. */
export function titleOf(doc: KringDocument): string {
  const title = doc.title?.trim();
  if (title) return title;
  return doc.persons.find((p) => p.id === doc.focus)?.name.trim() || '—';
}

/**
 * A fresh document for a new map: just the focus person (the client), titled after them, with today as its
 * reference date (the format's default: the day the map was made), so ages are counted from today.
 */
import { newDocument as createDocument, type KringDocument, type Locale } from '@kring/core';
import { t } from '../i18n/messages.js';

/** A date as the format writes it (YYYY-MM-DD), in the local calendar. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function newDocument(
  clientName: string,
  locale: Locale,
  id = 'p-focus',
  today: Date = new Date(),
): KringDocument {
  const name = clientName.trim();
  return createDocument({
    title: t(locale, 'demo.start.new.title', { name }),
    referenceDate: isoDay(today),
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

/**
 * The documents the editor stories show, by key (a story's `document` arg names one, so the controls panel
 * offers a choice instead of a JSON blob). Each is read through the real reader, like a file would be.
 */
import { readDocument, type KringDocument, type Locale } from '@kring/core';
import { translate as t } from '../lib/messages.js';
import { EXAMPLES } from '@kring/examples';
import hostileText from '../../../core/fixtures/valid/hostile-text.kring.json?raw';
import { generateDocument } from '../../../core/src/test-support/generate-document.js';
import { emptyDocument } from '../lib/state/empty-document.js';

export const STORY_DOCUMENT_KEYS = [
  ...EXAMPLES.map((e) => e.slug),
  'empty',
  'large',
  'hostile-text',
] as const;
export type StoryDocumentKey = (typeof STORY_DOCUMENT_KEYS)[number];

function read(input: unknown): KringDocument {
  const result = readDocument(input);
  if (!result.ok) throw new Error(`A story document does not read: ${result.reason}`);
  return result.document;
}

const cache = new Map<string, KringDocument>();

/** The document for `key` (one object per key, so switching stories back and forth keeps it). */
export function storyDocument(key: string, locale: Locale = 'nl'): KringDocument {
  const cacheKey = key === 'empty' ? `empty:${locale}` : key;
  let doc = cache.get(cacheKey);
  if (!doc) {
    const example = EXAMPLES.find((e) => e.slug === key);
    if (example) doc = read(example.document);
    else if (key === 'empty') doc = emptyDocument(t(locale, 'ui.new.person'));
    else if (key === 'large') doc = read(generateDocument({ persons: 1000, seed: 7 }));
    else if (key === 'hostile-text') doc = read(hostileText);
    else throw new Error(`No story document "${key}"`);
    cache.set(cacheKey, doc);
  }
  return doc;
}

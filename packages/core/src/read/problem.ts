import type { Message } from '../i18n/translate.js';

/** A JSON path into the input: object keys and array indices, e.g. `['persons', 3, 'gender']`. */
export type JsonPath = (string | number)[];

/**
 * One thing wrong (severity `error`: the document is refused) or worth knowing (`warning`: a soft rule of
 * format.md, or a lossless repair the reader made) about a document. Messages are catalogue keys so that the
 * CLI and the editor can show them in Dutch or English.
 */
export interface Problem {
  severity: 'error' | 'warning';
  path: JsonPath;
  message: Message;
}

/** Formats a path the way people read it: `persons[3].gender`; the root is `(document)`. */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

import type { Message } from '../i18n/translate.js';

/** A JSON path into the input: object keys and array indices, e.g. `['persons', 3, 'gender']`. */
export type JsonPath = (string | number)[];

/**
 * One thing wrong (severity `error`: the document is refused) or worth knowing (`warning`: a soft rule of
 * format.md, or a lossless repair the reader made) about a document. Messages are catalogue keys so that the
 * CLI and the editor can show them in Dutch or English.
 */
export interface Problem {
  /** `error`: the document is refused; `warning`: shown to the user, the document is still read. */
  severity: 'error' | 'warning';
  /**
   * Where in the input: object keys and array indices from the root (`[]` for the whole document); format it
   * with {@link formatPath}. For the invariants of a migrated document, a path into the migrated document.
   */
  path: JsonPath;
  /** What is wrong, as a catalogue key with parameters: translate it with `t(locale, key, params)`. */
  message: Message;
}

/** Formats a path the way people read it: `persons[3].gender`; the root is `(document)`. */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

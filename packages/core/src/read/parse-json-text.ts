import { MAX_DOCUMENT_BYTES } from './limits.js';
import type { Problem } from './problem.js';
import { error } from './problems.js';

/** The parsed value of a JSON text, or why it could not be parsed (with line and column for `syntax`). */
export type ParsedText =
  { ok: true; value: unknown } | { ok: false; reason: 'tooLarge' | 'syntax'; problem: Problem };

/**
 * The UTF-8 byte length of a string, counted without allocating (no TextEncoder in core's lib): the measure
 * of the 20 MiB document limit. A lone surrogate counts as 3 bytes (the replacement character it is encoded
 * as).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text after checking its size. The size is checked first so that a huge text is refused
 * without freezing on `JSON.parse`. Syntax errors carry a line and column when the engine reports a position.
 */
export function parseJsonText(text: string): ParsedText {
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: count exactly only when it matters.
  const size =
    text.length > MAX_DOCUMENT_BYTES
      ? text.length
      : text.length * 3 > MAX_DOCUMENT_BYTES
        ? utf8Length(text)
        : 0;
  if (size > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      reason: 'tooLarge',
      problem: error([], 'read.tooLarge', { size, limit: MAX_DOCUMENT_BYTES }),
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    const position = /position (\d+)/.exec(detail);
    let offset = position ? Number(position[1]) : undefined;
    // "Unexpected end of JSON input" carries no position: the problem is at the end.
    if (offset === undefined && /end of (JSON )?input/i.test(detail)) offset = text.length;
    const problem =
      offset === undefined
        ? error([], 'read.syntaxNoPosition')
        : error([], 'read.syntax', lineAndColumn(text, offset));
    return { ok: false, reason: 'syntax', problem };
  }
}

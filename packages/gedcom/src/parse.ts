/**
 * GEDCOM text → a tree of records. A hand-written tokenizer: one pass over the lines, one regular expression
 * per line, no recursion. The published parsers were measured on the sample files: `read-gedcom` reads them all
 * but is about ten times slower than this loop (0.4–1.2 s for royal92, 1.4–1.7 s for pres2020, which alone
 * would break the 1 s import + layout + drawing budget), `parse-gedcom` pulls command-line packages in as
 * run-time dependencies, and `gedcom` knows no encodings.
 *
 * Accepts every line end (CR, LF, CRLF), leading white space before the level (GEDCOM 5.5), blank lines, CONC and
 * CONT (joined into their parent's value), `@@` escapes (7.0: a leading `@@`; 5.5.x: every `@@`), and `@VOID@`
 * pointers. Refuses, with the line number: text with control characters (a binary file), a line that is not
 * `level [@xref@] TAG [value]`, a level that jumps by more than one, a first line that is not `0 HEAD`, and a
 * file that ends without `0 TRLR` (cut off).
 */
import type { InteropMessage } from './messages.js';

/** One line of a GEDCOM file with the lines below it (a record, or a part of one). */
export interface GedcomNode {
  level: number;
  tag: string;
  /** The record's cross-reference identifier without the `@`s (level 0 only). */
  xref?: string;
  /** The line value with CONT/CONC joined and escapes undone; '' when none. */
  value: string;
  /** The value is a pointer: the identifier without the `@`s, or null for `@VOID@`. */
  pointer?: string | null;
  line: number;
  children: GedcomNode[];
}

/** A GEDCOM file as records (level-0 lines with what is below them). */
export interface GedcomTree {
  /** The level-0 records in file order (HEAD, INDI, FAM, …, TRLR). */
  records: GedcomNode[];
  /** `HEAD.GEDC.VERS`, when given. */
  version?: string;
}

/** Why a GEDCOM file could not be read. */
export interface GedcomProblem {
  /** 1-based line number, when the problem has one. */
  line?: number;
  /** What is wrong, as a catalogue message (`interop.gedcom.*`). */
  message: InteropMessage;
}

/** The parsed file, or the problems that stop it from being read. */
export type ParseResult = { ok: true; tree: GedcomTree } | { ok: false; problems: GedcomProblem[] };

const LINE = /^[ \t]*(\d{1,2})[ \t]+(?:@([^@\s][^@]*)@[ \t]+)?([A-Za-z0-9_]+)(?: (.*))?$/;
const POINTER = /^@([^@#\s][^@]*)@$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Lines longer than this are no GEDCOM (7.0 has no limit, but no real value comes near it). */
const MAX_LINE = 1_000_000;
/** At most this many problems are listed. */
const MAX_PROBLEMS = 20;

function problem(
  line: number | undefined,
  key: InteropMessage['key'],
  params?: InteropMessage['params'],
): GedcomProblem {
  const message: InteropMessage = params ? { key, params } : { key };
  return line === undefined ? { message } : { line, message };
}

/** How often (in lines) `parseGedcom` reports its progress. */
const PROGRESS_EVERY = 4096;

/**
 * Parses decoded GEDCOM text; never throws. `onProgress` (for a progress bar) is called every few thousand
 * lines with the fraction of lines read.
 */
export function parseGedcom(text: string, onProgress?: (fraction: number) => void): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  // A final line end leaves one empty string behind.
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const problems: GedcomProblem[] = [];
  const records: GedcomNode[] = [];
  const stack: GedcomNode[] = [];
  let v7 = false;
  let sawTrailer = false;
  let previousLevel = -1;

  for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i / lines.length);
    if (raw.length > MAX_LINE || CONTROL.test(raw)) {
      problems.push(problem(lineNo, 'interop.gedcom.binary'));
      break;
    }
    if (raw.trim() === '') continue;
    const m = LINE.exec(raw);
    if (!m && records.length === 0) {
      problems.push(problem(lineNo, 'interop.gedcom.noHeader'));
      break;
    }
    if (!m) {
      problems.push(problem(lineNo, 'interop.gedcom.badLine', { text: raw.slice(0, 40) }));
      continue;
    }
    const level = Number(m[1]);
    const tag = m[3]!.toUpperCase();
    let value = m[4] ?? '';
    if (records.length === 0 && stack.length === 0 && (level !== 0 || tag !== 'HEAD')) {
      problems.push(problem(lineNo, 'interop.gedcom.noHeader'));
      break;
    }
    if (sawTrailer) {
      problems.push(problem(lineNo, 'interop.gedcom.afterTrailer'));
      break;
    }
    if (level > previousLevel + 1) {
      problems.push(problem(lineNo, 'interop.gedcom.badLevel', { level, previous: previousLevel }));
      continue;
    }
    if (level > 0 && m[2] !== undefined) {
      problems.push(problem(lineNo, 'interop.gedcom.xrefNotRecord'));
      continue;
    }
    previousLevel = level;
    while (stack.length > level) stack.pop();
    if (tag === 'CONT' || tag === 'CONC') {
      const parent = stack[stack.length - 1];
      if (!parent || level === 0) {
        problems.push(problem(lineNo, 'interop.gedcom.badLine', { text: raw.slice(0, 40) }));
        continue;
      }
      value = unescape(value, v7);
      parent.value += tag === 'CONT' ? `\n${value}` : value;
      // A CONT line has no children of its own: keep the level where its parent is.
      previousLevel = level - 1;
      continue;
    }
    const node: GedcomNode = { level, tag, value: '', line: lineNo, children: [] };
    if (m[2] !== undefined) node.xref = m[2];
    const pointer = POINTER.exec(value);
    if (pointer) {
      node.pointer = pointer[1] === 'VOID' ? null : pointer[1]!;
    } else node.value = unescape(value, v7);
    if (level === 0) {
      records.push(node);
      if (tag === 'TRLR') sawTrailer = true;
    } else stack[stack.length - 1]!.children.push(node);
    stack.push(node);
    // The version decides how `@@` is read; it comes early in the header.
    if (level === 2 && tag === 'VERS' && stack[1]?.tag === 'GEDC' && stack[0]?.tag === 'HEAD')
      v7 = /^7\./.test(node.value.trim());
  }
  if (problems.length === 0 && records.length === 0)
    problems.push(problem(undefined, 'interop.gedcom.empty'));
  if (problems.length === 0 && !sawTrailer)
    problems.push(problem(lines.length, 'interop.gedcom.truncated', { line: lines.length }));
  if (problems.length > 0) return { ok: false, problems };
  const head = records[0]!;
  const version = head.children
    .find((c) => c.tag === 'GEDC')
    ?.children.find((c) => c.tag === 'VERS')
    ?.value.trim();
  return { ok: true, tree: version ? { records, version } : { records } };
}

/** Undoes `@@`: in 7.0 only at the start of a value, in 5.5.x everywhere. */
function unescape(value: string, v7: boolean): string {
  if (!value.includes('@@')) return value;
  if (v7) return value.startsWith('@@') ? value.slice(1) : value;
  return value.replace(/@@/g, '@');
}

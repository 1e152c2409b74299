/**
 * Text tables as spreadsheets and case systems write them (CSV, TSV), for the contact list import
 * (docs/interop.md, "Contact lists"): the bytes decoded (UTF-8 with or without a byte-order mark, UTF-16 with
 * one — Excel's "Unicode text" —, else Windows-1252 as Excel writes "CSV" on Windows), the delimiter found
 * (comma, semicolon — Dutch Excel —, tab, or none: one name per line) and the records read as RFC 4180 says:
 * quoted fields with `""` for a quote, delimiters and line ends inside quotes, CRLF, LF or CR between
 * records. Lenient where spreadsheets are sloppy: a quote inside an unquoted field is a letter, text after a
 * closing quote is kept, a quote left open runs to the end of the text (with a note).
 */
import { decodeWindows1252 } from '../windows-1252.js';

/** How a contact list file's bytes were decoded: found from its byte-order mark, else UTF-8, else Windows-1252. */
export type ContactListEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The delimiters the import knows; `line` is no delimiter: every line is one field. */
export type Delimiter = ',' | ';' | '\t' | 'line';

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoderClass(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A text file's bytes → its text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, bytes that
 * are valid UTF-8 are UTF-8 and anything else is Windows-1252 (what Excel writes as "CSV" on Windows).
 * Never throws.
 */
export function decodeContactText(bytes: Uint8Array): { text: string; encoding: ContactListEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith('utf-16le', bytes, false)!, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith('utf-16be', bytes, false)!, encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(bom ? bytes.subarray(3) : bytes), encoding: 'windows-1252' };
}

/** One record of a table: its fields and the line of the text it starts on (1-based). */
export interface TextRecord {
  /** The line of the text the record starts on (1-based; a quoted line end makes a record span lines). */
  line: number;
  /** The fields, unquoted, in column order; a record may have fewer fields than the table has columns. */
  fields: string[];
}

/** The records of a text table. */
export interface DelimitedResult {
  /** Every record, blank ones included, in text order. */
  records: TextRecord[];
  /** The line a quoted field was opened on and never closed (it ran to the end of the text). */
  unclosedQuote?: number;
}

/**
 * Reads `text` as records of fields split by `delimiter` (RFC 4180, leniently). A leading byte-order mark is
 * skipped. Reading stops after `maxRecords` records (the caller refuses larger lists); empty records (a
 * blank line) are kept as one empty field, so line numbers stay true.
 */
export function parseDelimited(text: string, delimiter: Delimiter, maxRecords = Infinity): DelimitedResult {
  const records: TextRecord[] = [];
  const sep = delimiter === 'line' ? undefined : delimiter;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let unclosedQuote: number | undefined;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n && records.length < maxRecords) {
    const c = text[i]!;
    if (c === '"' && field === '' && sep !== undefined) {
      // A quoted field: up to the closing quote, `""` being one quote.
      const opened = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\r' || q === '\n') {
          if (q === '\r' && text[i + 1] === '\n') {
            field += '\r\n';
            i += 2;
          } else {
            field += q;
            i++;
          }
          line++;
          continue;
        }
        field += q;
        i++;
      }
      if (!closed) unclosedQuote ??= opened;
      // Text after the closing quote and before the delimiter is kept (`"a"b` → `ab`), as spreadsheets do.
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  // The last record, unless the text ended with a line end (or the cap was reached).
  if (records.length < maxRecords && (field !== '' || fields.length > 0)) endRecord();
  return unclosedQuote === undefined ? { records } : { records, unclosedQuote };
}

/**
 * Whether a record holds nothing but white space and delimiters (a spreadsheet's empty row, `;;;`, read
 * with any delimiter).
 */
export function isBlankRecord(record: TextRecord): boolean {
  return record.fields.every((f) => /^[\s,;]*$/.test(f));
}

/**
 * The delimiter of a table: the one that splits the first records (up to 50 that are not blank) into the
 * same number of fields, two or more, most often; ties go to tab, then semicolon, then comma (a Dutch name
 * list may hold commas: "Jansen, Piet"). `line` when none splits the records consistently.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let best: Delimiter = 'line';
  let bestScore = 0;
  for (const delimiter of ['\t', ';', ','] as const) {
    const records = parseDelimited(sample, delimiter, 200)
      .records.filter((r) => !isBlankRecord(r))
      .slice(0, 50);
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [fieldCount, times] of counts)
      if (times > modeCount || (times === modeCount && fieldCount > mode)) {
        mode = fieldCount;
        modeCount = times;
      }
    if (mode < 2) continue;
    // Records with the usual number of fields, or one more or less (an empty last column left off).
    const consistent = records.filter((r) => Math.abs(r.fields.length - mode) <= 1).length;
    const score = consistent / records.length;
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return bestScore >= 0.6 ? best : 'line';
}

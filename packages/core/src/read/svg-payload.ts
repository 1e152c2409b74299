/**
 * Reading the document that an exported SVG may carry (docs/svg-export.md, "Opening an export again"). The SVG
 * writer (`@kring/scene`) puts it into `<metadata>`, XML-escaped, between comment markers with a payload
 * version, only when the user asked for it:
 *
 *   <metadata><!-- kring-payload-start --><!-- kring-payload-version:1 -->{…json…}<!-- kring-payload-end --></metadata>
 *
 * The markers are defined here, once, for both the writer and the reader. The whole SVG is held to the
 * reader's size limit before anything is searched or unescaped.
 */
import type { Message } from '../i18n/translate.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { utf8Length } from './parse-json-text.js';
import type { Problem } from './problem.js';
import { error } from './problems.js';
import type { ReadFailureReason } from './read-result.js';

/**
 * The version of the way a document is embedded in an SVG (not the document's format version): 1. A payload
 * of another version is refused.
 */
export const PAYLOAD_VERSION = 1;
/** The XML comment that opens the embedded document inside the SVG's `metadata` element. */
export const PAYLOAD_START = '<!-- kring-payload-start -->';
/** The XML comment that closes the embedded document. */
export const PAYLOAD_END = '<!-- kring-payload-end -->';
/**
 * The XML comment that follows {@link PAYLOAD_START} and gives the payload version, e.g.
 * `<!-- kring-payload-version:1 -->`; the XML-escaped JSON text of the document follows it.
 */
export const payloadVersionMarker = (version: number): string => `<!-- kring-payload-version:${version} -->`;
const VERSION = /^<!-- kring-payload-version:(\d+) -->/;

/** Text that is XML rather than JSON: its first character other than white space is `<`. */
export function looksLikeXml(text: string): boolean {
  return /^[\s\uFEFF]*</.test(text.slice(0, 1024));
}

/** UTF-8 size of a text, counted exactly only when it could matter for the limit. */
function sizeOf(text: string): number {
  if (text.length > MAX_DOCUMENT_BYTES) return text.length;
  return text.length * 3 > MAX_DOCUMENT_BYTES ? utf8Length(text) : 0;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * What {@link readSvgPayload} gives: the JSON text of the embedded document, `json: undefined` when the SVG
 * holds none, or why it cannot be read (with a {@link ReadFailureReason} and a problem for the user).
 */
export type SvgPayload =
  | { ok: true; json: string }
  | { ok: true; json: undefined }
  | { ok: false; reason: ReadFailureReason; problem: Problem };

/**
 * The JSON text of the document embedded in an SVG (`json` undefined when it holds none), or why it cannot be
 * read: the SVG is larger than the reader's limit (`read.tooLarge`, checked first) or its payload has a version
 * this Kring does not know (`read.svgPayloadVersion`). Pass the JSON to `readDocument`: the SVG may have been
 * edited by hand, so it is checked like any file. Never throws.
 */
export function readSvgPayload(svgText: string): SvgPayload {
  const size = sizeOf(svgText);
  if (size > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      reason: 'tooLarge',
      problem: error([], 'read.tooLarge', { size, limit: MAX_DOCUMENT_BYTES }),
    };
  const start = svgText.indexOf(PAYLOAD_START);
  if (start < 0) return { ok: true, json: undefined };
  const end = svgText.indexOf(PAYLOAD_END, start + PAYLOAD_START.length);
  if (end < 0) return { ok: true, json: undefined };
  const payload = svgText.slice(start + PAYLOAD_START.length, end);
  const version = VERSION.exec(payload);
  if (!version) return { ok: true, json: undefined };
  const found = Number(version[1]);
  if (found !== PAYLOAD_VERSION)
    return {
      ok: false,
      reason: found > PAYLOAD_VERSION ? 'tooNew' : 'tooOld',
      problem: error([], 'read.svgPayloadVersion', { version: found, current: PAYLOAD_VERSION }),
    };
  return { ok: true, json: unescapeXml(payload.slice(version[0].length)) };
}

/** An embedded document that cannot be read: too large, or a payload version this Kring does not know. */
export class EmbeddedPayloadError extends Error {
  /**
   * The catalogue message that says why (`read.tooLarge` or `read.svgPayloadVersion`), to show to the user.
   */
  readonly detail: Message;
  /** @param detail - The catalogue message that says why. */
  constructor(detail: Message) {
    super(`${detail.key} ${JSON.stringify(detail.params ?? {})}`);
    this.detail = detail;
    this.name = 'EmbeddedPayloadError';
  }
}

/**
 * As readSvgPayload, for callers that want the JSON text or nothing: undefined when the SVG holds no
 * document; throws EmbeddedPayloadError (with a catalogue message) when it is too large or of an unknown
 * payload version.
 */
export function extractDocumentFromSvg(svgText: string): string | undefined {
  const payload = readSvgPayload(svgText);
  if (!payload.ok) throw new EmbeddedPayloadError(payload.problem.message);
  return payload.json;
}

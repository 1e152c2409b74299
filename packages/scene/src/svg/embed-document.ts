/**
 * The document inside an exported SVG, so the file can be opened in Kring again: JSON, XML-escaped, in
 * `<metadata>` between comment markers with a payload version (after Excalidraw's export). The markers
 * cannot occur anywhere else in the file: every user string is escaped, so `<!--` never appears in it.
 *
 *   <metadata><!-- kring-payload-start --><!-- kring-payload-version:1 -->{…json…}<!-- kring-payload-end --></metadata>
 */
import type { KringDocument } from '@kring/core';
import { escapeXml } from './escape-xml.js';

export const PAYLOAD_VERSION = 1;
const START = '<!-- kring-payload-start -->';
const END = '<!-- kring-payload-end -->';
const VERSION = /^<!-- kring-payload-version:(\d+) -->/;

/**
 * JSON without raw U+FFFE/U+FFFF (XML forbids them and escaping would drop them): they become `\ufffe` escapes,
 * which JSON.parse turns back into the same characters. Lone surrogates and controls are already escaped by
 * JSON.stringify.
 */
function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

/** The `<metadata>` element holding `document`. */
export function documentMetadata(document: KringDocument): string {
  return `<metadata>${START}<!-- kring-payload-version:${PAYLOAD_VERSION} -->${escapeXml(xmlSafeJson(document))}${END}</metadata>`;
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

export class EmbeddedPayloadError extends Error {
  constructor(readonly payloadVersion: number) {
    super(
      `The SVG holds a Kring payload of version ${payloadVersion}; this Kring reads version ${PAYLOAD_VERSION}.`,
    );
    this.name = 'EmbeddedPayloadError';
  }
}

/**
 * The JSON text of the document embedded in an exported SVG, or undefined when the SVG holds none.
 * Pass the result to the core reader (`readDocument`), which validates it like any file: the SVG may have been
 * edited by hand. Throws EmbeddedPayloadError for a payload version this Kring does not know.
 */
export function extractDocumentFromSvg(svgText: string): string | undefined {
  const start = svgText.indexOf(START);
  if (start < 0) return undefined;
  const end = svgText.indexOf(END, start + START.length);
  if (end < 0) return undefined;
  let payload = svgText.slice(start + START.length, end);
  const version = VERSION.exec(payload);
  if (!version) return undefined;
  if (Number(version[1]) !== PAYLOAD_VERSION) throw new EmbeddedPayloadError(Number(version[1]));
  payload = payload.slice(version[0].length);
  return unescapeXml(payload);
}

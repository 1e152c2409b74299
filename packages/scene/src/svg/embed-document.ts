/**
 * The document inside an exported SVG, so the file can be opened in Kring again — only when the user asks for
 * it (`embedDocument`): JSON, XML-escaped, in `<metadata>` between comment markers with a payload version
 * (after Excalidraw's export). The markers and the reader live in core (read/svg-payload.ts). They cannot occur
 * anywhere else in the file: every user string is escaped, so `<!--` never appears in it.
 *
 *   <metadata><!-- kring-payload-start --><!-- kring-payload-version:1 -->{…json…}<!-- kring-payload-end --></metadata>
 */
import {
  PAYLOAD_END,
  PAYLOAD_START,
  PAYLOAD_VERSION,
  payloadVersionMarker,
  type KringDocument,
} from '@kring/core';
import { escapeXml } from './escape-xml.js';

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
  return `<metadata>${PAYLOAD_START}${payloadVersionMarker(PAYLOAD_VERSION)}${escapeXml(xmlSafeJson(document))}${PAYLOAD_END}</metadata>`;
}

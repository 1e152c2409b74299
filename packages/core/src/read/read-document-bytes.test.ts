import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput, encodingOf, skipByteOrderMark } from './decode-input.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { readDocumentBytes, readDocumentText } from './read-document-bytes.js';
import {
  extractDocumentFromSvg,
  EmbeddedPayloadError,
  PAYLOAD_END,
  PAYLOAD_START,
  payloadVersionMarker,
  readSvgPayload,
} from './svg-payload.js';

const SOPHIA = readFileSync(new URL('../../fixtures/valid/sophia.kring.json', import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM8 = [0xef, 0xbb, 0xbf];

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return bytes;
}

/** An SVG the way the writer of @kring/scene embeds a document (XML-escaped JSON between the markers). */
function svgWith(json: string, version = 1): string {
  const escaped = json
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><title>x</title><metadata>${PAYLOAD_START}${payloadVersionMarker(version)}${escaped}${PAYLOAD_END}</metadata><rect/></svg>\n`;
}

describe('decodeInput', () => {
  it('skips a UTF-8 byte-order mark', () => {
    const decoded = decodeInput(new Uint8Array([...BOM8, ...utf8('{"a":"é"}')]));
    expect(decoded).toEqual({ ok: true, text: '{"a":"é"}', encoding: 'utf-8' });
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s with a byte-order mark', (endian) => {
    const text = '{"naam":"Zoë 👩‍👧"}';
    expect(encodingOf(utf16(text, endian))).toBe(`utf-16${endian}`);
    expect(decodeInput(utf16(text, endian))).toEqual({ ok: true, text, encoding: `utf-16${endian}` });
  });

  it('refuses bytes that are not UTF-8 instead of replacing letters', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x4a, 0x6f, 0x73, 0xe9, 0x22, 0x7d]); // {"José"} in Latin-1
    const decoded = decodeInput(latin1);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem.message.key).toBe('read.encoding');
    const broken16 = new Uint8Array([0xff, 0xfe, 0x00, 0xd8]); // a lone high surrogate
    expect(
      !decodeInput(broken16).ok &&
        (decodeInput(broken16) as { problem: { message: { key: string } } }).problem.message.key,
    ).toBe('read.encodingUtf16');
  });

  it('skipByteOrderMark drops only a leading U+FEFF', () => {
    expect(skipByteOrderMark('\uFEFF{}')).toBe('{}');
    expect(skipByteOrderMark('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}');
  });
});

describe('readDocumentBytes', () => {
  const sophia = readDocumentText(SOPHIA);

  it.each([
    ['plain UTF-8', utf8(SOPHIA)],
    ['UTF-8 with a byte-order mark', new Uint8Array([...BOM8, ...utf8(SOPHIA)])],
    ['UTF-16 LE with a byte-order mark', utf16(SOPHIA, 'le')],
    ['UTF-16 BE with a byte-order mark', utf16(SOPHIA, 'be')],
    ['an SVG with the document inside', utf8(svgWith(SOPHIA))],
    ['a UTF-16 SVG with the document inside', utf16(svgWith(SOPHIA), 'le')],
  ])('reads %s as the same document', (_what, bytes) => {
    const result = readDocumentBytes(bytes);
    expect(result.ok).toBe(true);
    expect(result).toEqual(sophia);
  });

  it('reads a text with a leading U+FEFF (decoded elsewhere) too', () => {
    expect(readDocumentText(`\uFEFF${SOPHIA}`)).toEqual(sophia);
  });

  it('refuses a file over the limit before decoding it', () => {
    const result = readDocumentBytes(new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      reason: 'tooLarge',
      problems: [
        {
          severity: 'error',
          path: [],
          message: {
            key: 'read.tooLarge',
            params: { size: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES },
          },
        },
      ],
    });
  });

  it('says an SVG holds no map when it was exported without one', () => {
    const result = readDocumentBytes(utf8('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('notKring');
    expect(!result.ok && result.problems.map((p) => p.message.key)).toEqual(['read.svgWithoutDocument']);
  });

  it('checks the embedded document like any file (an SVG may be edited by hand)', () => {
    const result = readDocumentBytes(utf8(svgWith('{"format":"kring","version":1,"persons":[]}')));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('invalid');
  });

  it('refuses an encoding error clearly', () => {
    const result = readDocumentBytes(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(!result.ok && result.problems.map((p) => p.message.key)).toEqual(['read.encoding']);
  });
});

describe('readSvgPayload and extractDocumentFromSvg', () => {
  it('refuses an SVG larger than the reader limit before searching or unescaping it', () => {
    // 21 MiB of escaped payload: unescaping and parsing it is what took seconds and gigabytes.
    const huge = `<svg>${PAYLOAD_START}${payloadVersionMarker(1)}${'&amp;'.repeat((21 * 1024 * 1024) / 5)}${PAYLOAD_END}</svg>`;
    const payload = readSvgPayload(huge);
    expect(payload.ok).toBe(false);
    expect(!payload.ok && payload.reason).toBe('tooLarge');
    expect(!payload.ok && payload.problem.message.key).toBe('read.tooLarge');
    expect(() => extractDocumentFromSvg(huge)).toThrow(EmbeddedPayloadError);
    expect(readDocumentText(huge)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('counts the limit in UTF-8 bytes', () => {
    // 7 million three-byte letters: 7 M UTF-16 units, 21 M UTF-8 bytes.
    const wide = `<svg>${PAYLOAD_START}${payloadVersionMarker(1)}"${'€'.repeat(7_000_000)}"${PAYLOAD_END}</svg>`;
    expect(wide.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(readSvgPayload(wide)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('refuses a payload version it does not know, with the version in the message', () => {
    expect(readSvgPayload(svgWith(SOPHIA, 7))).toMatchObject({
      ok: false,
      reason: 'tooNew',
      problem: { message: { key: 'read.svgPayloadVersion', params: { version: 7, current: 1 } } },
    });
  });

  it('finds nothing in an SVG without markers', () => {
    expect(readSvgPayload('<svg/>')).toEqual({ ok: true, json: undefined });
    expect(extractDocumentFromSvg('<svg/>')).toBeUndefined();
  });
});

/**
 * English messages of reading a file's bytes and of writing a document (keys `read.encoding*`,
 * `read.svgWithoutDocument`, `read.write.*`): what the demo and the CLI say when a file cannot be opened or
 * a map cannot be saved. A part of its own so that the editor's element, which neither reads files nor
 * writes documents, leaves these words out (packages/svelte/build/element-build.ts). Placeholders are `{name}`.
 */
export const filesEn = {
  // Input decoding and SVG exports (read/decode-input.ts, read/read-document-bytes.ts).
  'read.encoding':
    'The file is not UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte-order mark) and open it again.',
  'read.encodingUtf16': 'The file starts as UTF-16 text but is not valid UTF-16.',
  'read.svgWithoutDocument':
    'This picture holds no Kring map. An SVG can be opened in Kring only when it was exported with "Open this map in Kring again later".',
  // The writer refuses what the reader would refuse (write/write-document.ts).
  'read.write.tooLarge':
    'This map is too large to save: even without spaces it takes {size} bytes, and Kring reads at most 20 MiB (20,971,520 bytes). Remove people, notes or snapshots and save again.',
  'read.write.tooManyEntities':
    'This map holds too many entries to save ({count}; Kring reads at most {limit}).',
  'read.write.notJson':
    'This map cannot be saved: it holds a value JSON cannot store at {path} (a function, NaN, infinity, a date or the like).',
  'read.write.forbiddenKey': 'This map cannot be saved: the key "{key}" at {path} is not allowed.',
  'read.write.tooDeep': 'This map cannot be saved: it is nested more than {limit} levels deep.',
} as const;

/**
 * docs/notation.md and docs/notation/*.svg are generated (pnpm docs:notation); this keeps them from drifting
 * from the renderers and the notation samples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { NOTATION_SAMPLES } from '../../packages/examples/src/index.js';
import { notationDocs, notationMarkdown, sampleSvg } from './render-notation.js';

const docs = path.join(import.meta.dirname, '..', '..', 'docs');

test('the committed notation docs equal a fresh generation (run `pnpm docs:notation` if not)', async () => {
  const expected = await notationDocs();
  const stale: string[] = [];
  for (const [name, text] of expected) {
    const file = path.join(docs, name);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(name);
  }
  const extra = fs
    .readdirSync(path.join(docs, 'notation'))
    .map((f) => `notation/${f}`)
    .filter((f) => !expected.has(f));
  expect({ stale, extra }).toEqual({ stale: [], extra: [] });
});

test('every sample has a picture that draws something, and a table row', () => {
  const md = notationMarkdown();
  for (const sample of NOTATION_SAMPLES) {
    const svg = sampleSvg(sample);
    expect(svg, sample.slug).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg, sample.slug).toMatch(/<(path|circle|rect)\b/);
    expect(md, sample.slug).toContain(`(notation/${sample.slug}.svg)`);
  }
  expect(md).toContain('| ![woman](notation/genogram-gender-woman.svg) | vrouw | woman |');
});

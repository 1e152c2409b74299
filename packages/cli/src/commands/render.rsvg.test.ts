/**
 * Every export (fixtures including the hostile-text one, and the demo cases; all three views; plain,
 * pseudonymised, embedded) is well-formed XML for a strict parser. And a second SVG renderer: every golden export (fixtures and demo cases, all three views) also renders in
 * librsvg (`rsvg-convert`, installed by scripts/toolchain.sh) without an error, at the same size, and looks like
 * Chromium's rendering of the same file (the committed golden PNG) within a tolerance (4 % of pixels; measured 0.01–1.6 %) that allows for the two
 * engines' different text anti-aliasing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parseStrictXml } from '../../../scene/src/test-support/parse-xml.js';
import { GOLDEN_CASES, renderSvg, VIEW_BASELINES } from '../test-support/golden-cases.js';

describe('exports render in librsvg too', { timeout: 120_000 }, () => {
  it.each(GOLDEN_CASES)('%s as %s', (name, view, file) => {
    const svg = renderSvg([file, '--view', view, '--fit', 'a4']);
    // Well-formed XML for a strict parser, in every variant a user can export.
    parseStrictXml(svg);
    parseStrictXml(renderSvg([file, '--view', view, '--pseudonymise', '--locale', 'en']));
    parseStrictXml(renderSvg([file, '--view', view, '--embed', '--fit', 'a3']));
    const png = execFileSync('rsvg-convert', ['--format', 'png', '--background-color', 'white'], {
      input: svg,
      maxBuffer: 64 * 1024 * 1024,
    });
    const rsvg = PNG.sync.read(png);
    const chromium = PNG.sync.read(fs.readFileSync(path.join(VIEW_BASELINES, `${name}-${view}.png`)));
    expect([rsvg.width, rsvg.height]).toEqual([chromium.width, chromium.height]);
    const diff = pixelmatch(rsvg.data, chromium.data, undefined, rsvg.width, rsvg.height, { threshold: 0.3 });
    expect(diff / (rsvg.width * rsvg.height)).toBeLessThan(0.04);
  });
});

/**
 * Golden images: compares a rendered PNG with its committed baseline (pixelmatch) and fails on a visual
 * regression. `UPDATE_GOLDEN=1` writes the rendering as the new baseline instead. On a mismatch the rendering
 * and a diff image land in test-results/golden/ for review.
 */
import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour threshold (0–1) and the share of pixels allowed to differ (anti-aliasing noise). */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.002;

const RESULTS = path.resolve(import.meta.dirname, '../../test-results/golden');

export interface GoldenResult {
  /** 'updated' when UPDATE_GOLDEN wrote the baseline, 'missing' when there is none yet. */
  status: 'match' | 'mismatch' | 'updated' | 'missing';
  message: string;
  diffPixels: number;
}

/** Compares `actual` with the baseline; `update` (default: `UPDATE_GOLDEN=1`) writes it as the baseline instead. */
export function compareWithBaseline(
  actual: Buffer,
  baselineFile: string,
  update = process.env.UPDATE_GOLDEN === '1',
): GoldenResult {
  const name = path.basename(baselineFile, '.png');
  if (update) {
    fs.mkdirSync(path.dirname(baselineFile), { recursive: true });
    fs.writeFileSync(baselineFile, actual);
    return { status: 'updated', message: `wrote ${baselineFile}`, diffPixels: 0 };
  }
  if (!fs.existsSync(baselineFile)) {
    return {
      status: 'missing',
      message: `no baseline ${baselineFile}: run with UPDATE_GOLDEN=1 and review the PNG`,
      diffPixels: 0,
    };
  }
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(fs.readFileSync(baselineFile));
  const keep = () => fs.mkdirSync(RESULTS, { recursive: true });
  if (a.width !== b.width || a.height !== b.height) {
    keep();
    fs.writeFileSync(path.join(RESULTS, `${name}.actual.png`), actual);
    return {
      status: 'mismatch',
      message: `${name}: size ${a.width}×${a.height}, baseline ${b.width}×${b.height}`,
      diffPixels: Math.max(a.width * a.height, b.width * b.height),
    };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  if (diffPixels > MAX_DIFF_RATIO * a.width * a.height) {
    keep();
    fs.writeFileSync(path.join(RESULTS, `${name}.actual.png`), actual);
    fs.writeFileSync(path.join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff));
    return {
      status: 'mismatch',
      message: `${name}: ${diffPixels} pixels differ (allowed ${Math.floor(MAX_DIFF_RATIO * a.width * a.height)}); see test-results/golden/`,
      diffPixels,
    };
  }
  return { status: 'match', message: `${name}: ${diffPixels} pixels differ`, diffPixels };
}

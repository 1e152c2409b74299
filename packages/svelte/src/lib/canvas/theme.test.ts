/**
 * Host theming: the editor (and the element's first picture) never sets a themable custom property itself
 * — set on its root, it would hide the host's `kring-editor { --kring-accent: … }` — and reads each one with
 * its default, the same default everywhere. The defaults meet WCAG 2.2 AA where the editor pairs them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '@kring/scene';
import { CHROME_DEFAULTS } from './color.js';

const LIB = path.join(import.meta.dirname, '..');
const DEFAULTS: Record<string, string> = { ...PALETTE, ...CHROME_DEFAULTS };

/** The editor's sources (components and modules, not tests). */
function sources(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.(svelte|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('host theming', () => {
  const files = sources();

  it('reads the sources', () => {
    expect(files.some((f) => f.endsWith('KringEditor.svelte'))).toBe(true);
    expect(files.some((f) => f.endsWith('shell-style.ts'))).toBe(true);
  });

  it('sets no themable custom property (the host sets them)', () => {
    const set = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/--kring-([a-z0-9-]+)\s*:/g)].map(
        (m) => `${path.relative(LIB, file)}: --kring-${m[1]}`,
      ),
    );
    expect(set).toEqual([]);
  });

  it('reads each themable property with its default', () => {
    const wrong: string[] = [];
    let reads = 0;
    for (const file of files)
      for (const m of fs
        .readFileSync(file, 'utf8')
        .matchAll(/var\(--kring-([a-z0-9-]+)(?:,\s*([^)]*\)?))?\)/g)) {
        reads++;
        const [, name, fallback] = m;
        if (!(name! in DEFAULTS) || fallback !== DEFAULTS[name!])
          wrong.push(
            `${path.relative(LIB, file)}: ${m[0]} (default ${DEFAULTS[name!] ?? 'none: not themable'})`,
          );
      }
    expect(reads).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('meets WCAG 2.2 AA with the defaults', () => {
    const { ink, muted, paper, accent } = PALETTE;
    const bg = CHROME_DEFAULTS['ui-bg'];
    // Text (1.4.3, 4.5:1): ink and muted on paper and on the toolbar; a pressed button's paper on accent.
    for (const [text, on] of [
      [ink, paper],
      [ink, bg],
      [muted, paper],
      [muted, bg],
      [paper, accent],
      [accent, paper],
    ])
      expect(contrast(text!, on!), `${text} on ${on}`).toBeGreaterThanOrEqual(4.5);
    // The focus ring (accent; 1.4.11 and 2.4.13, 3:1) on paper and on the toolbar.
    expect(contrast(accent, paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(accent, bg)).toBeGreaterThanOrEqual(3);
  });
});

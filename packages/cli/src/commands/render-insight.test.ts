/**
 * `kring render --insight` and `--highlight`: the exported insight block says what `kring insight` says, word
 * for word, on the three example cases; a highlight greys out exactly core's dimmed people.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimmedIds, parseHighlight, readDocument, type KringDocument } from '@kring/core';
import { run } from '../run.js';
import { memoryIO } from '../test-support/memory-io.js';

const CASES = new URL('../../../examples/cases/', import.meta.url);
const SLUGS = ['noor-bij-tante', 'bakker-huisuitzetting', 'mila-en-daan'];
const file = (slug: string) => `${slug}.kring.json`;
const text = (slug: string) => readFileSync(new URL(file(slug), CASES), 'utf8');

function kring(args: string[]) {
  const io = memoryIO(Object.fromEntries(SLUGS.map((slug) => [file(slug), text(slug)])));
  const code = run(args, io);
  return { code, ...io };
}

/** The text of every `<text>` element, in order, joined by spaces (wrapped lines read as one). */
const svgText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'))
    .join(' ');

const documentOf = (slug: string): KringDocument => {
  const read = readDocument(text(slug));
  if (!read.ok) throw new Error(slug);
  return read.document;
};

describe('kring render --insight', () => {
  it.each(SLUGS)('%s: the block holds the figures and findings of kring insight', (slug) => {
    for (const locale of ['nl', 'en']) {
      const insight = kring(['insight', file(slug), '--locale', locale]);
      const report = JSON.parse(kring(['insight', file(slug), '--json', '--locale', locale]).stdout) as {
        findings: { text: string }[];
      };
      const svg = kring(['render', file(slug), '--view', 'sociogram', '--insight', '--locale', locale]);
      expect(svg.code).toBe(0);
      const drawn = svgText(svg.stdout);
      // The first three lines of `kring insight` (size, give and receive, who knows whom).
      for (const line of insight.stdout.split('\n').slice(0, 3)) expect(drawn).toContain(line);
      expect(report.findings.length).toBeGreaterThan(0);
      for (const finding of report.findings) expect(drawn).toContain(`• ${finding.text}`);
    }
  });

  it('with --pseudonymise, the block names people by their initials', () => {
    const svg = kring(['render', file('noor-bij-tante'), '--view', 'ecogram', '--insight', '--pseudonymise']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('voogd M.J.');
    expect(svg.stdout).not.toContain('Marieke');
  });
});

describe('kring render --highlight', () => {
  it('greys out exactly the people core dims, and says so in the legend', () => {
    const doc = documentOf('noor-bij-tante');
    const svg = kring([
      'render',
      file('noor-bij-tante'),
      '--view',
      'ecogram',
      '--highlight',
      'support:practical',
    ]);
    expect(svg.code).toBe(0);
    const dimmed = dimmedIds(doc, parseHighlight('support:practical')!);
    const greyNodes = [...svg.stdout.matchAll(/<g opacity="0.2"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    const names = (ids: Iterable<string>) =>
      [...ids].map((id) => [...doc.persons, ...doc.organisations].find((e) => e.id === id)!.name).sort();
    // Every dimmed person drawn in the ecogram (the drawn ones) is grey, and nobody else.
    const drawnGrey = names(dimmed).filter((n) => svg.stdout.includes(`<title>${n}</title>`));
    expect(greyNodes.sort()).toEqual(drawnGrey);
    const total = doc.persons.length + doc.organisations.length;
    expect(svgText(svg.stdout)).toContain(`In kleur: praktische steun (${total - dimmed.size} van ${total})`);
  });

  it('refuses a choice it does not know, as wrong usage', () => {
    const out = kring(['render', file('noor-bij-tante'), '--view', 'ecogram', '--highlight', 'colour:red']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('Onbekende markering "colour:red"');
  });
});

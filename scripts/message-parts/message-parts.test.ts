/**
 * The catalogue is registered part by part (packages/core/src/i18n/message-parts.ts): `t()` knows only the
 * always-known parts plus what a consumer registered, and returns the bare key for anything else. This scans
 * each consumer's sources for message keys (string literals, and the fixed prefix of template-literal keys)
 * and checks that the parts it registers hold every one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  checksMessages,
  commandsMessages,
  compareMessages,
  demoMessages,
  en,
  enumsMessages,
  inspectorMessages,
  insightMessages,
  interopMessages,
  readMessages,
  renderMessages,
  reportMessages,
  uiMessages,
  warningsMessages,
  type MessagePart,
} from '../../packages/core/src/index.js';

const root = path.join(import.meta.dirname, '..', '..');
const ALWAYS = [enumsMessages, commandsMessages, renderMessages];

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f))
    .map((f) => path.join(root, dir, f));
}

/** Keys used in `files` that the parts do not hold, as `file: key` lines (prefixes end in `.`). */
function missingKeys(dirs: string[], parts: MessagePart[], except: string[] = []): string[] {
  const known = new Set(parts.flatMap((p) => Object.keys(p.en)));
  const all = Object.keys(en);
  const missing: string[] = [];
  const skipped = except.map((dir) => path.join(root, dir) + path.sep);
  for (const file of dirs.flatMap(sourcesUnder).filter((f) => !skipped.some((dir) => f.startsWith(dir)))) {
    const text = fs.readFileSync(file, 'utf8');
    const where = path.relative(root, file);
    for (const [, key] of text.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)['"`]/g)) {
      if (key && key in en && !known.has(key)) missing.push(`${where}: ${key}`);
    }
    for (const [, prefix] of text.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)*\.)\$\{/g)) {
      const matching = all.filter((k) => prefix && k.startsWith(prefix));
      if (matching.some((k) => !known.has(k))) missing.push(`${where}: ${prefix}`);
    }
  }
  return missing;
}

const EDITOR = [...ALWAYS, uiMessages, inspectorMessages, warningsMessages, compareMessages];
/**
 * The insight panel, which the editor loads only when its tab is opened, translates through core's
 * `insightT()`, which registers the insight part on its first call; so the insight part is not the editor's.
 */
const INSIGHT_PANEL = 'packages/svelte/src/lib/panels/insight';

test('the editor registers every part it shows', () => {
  expect(missingKeys(['packages/svelte/src'], EDITOR, [INSIGHT_PANEL])).toEqual([]);
});

test('the lazily loaded insight panel shows the editor parts and the insight part, which insightT registers', () => {
  expect(missingKeys([INSIGHT_PANEL], [...EDITOR, insightMessages])).toEqual([]);
  const panel = fs.readFileSync(path.join(root, INSIGHT_PANEL, 'InsightPanel.svelte'), 'utf8');
  expect(panel).toMatch(/\binsightT\(/);
});

test('the CLI registers every part it shows', () => {
  expect(
    missingKeys(
      ['packages/cli/src'],
      [
        ...ALWAYS,
        readMessages,
        checksMessages,
        warningsMessages,
        insightMessages,
        interopMessages,
        reportMessages,
        compareMessages,
      ],
    ),
  ).toEqual([]);
});

test('the case-file report registers the report part and uses only it, insight and the always-known parts', () => {
  expect(missingKeys(['packages/report/src'], [...ALWAYS, reportMessages, insightMessages])).toEqual([]);
  expect(fs.readFileSync(path.join(root, 'packages/report/src/report.ts'), 'utf8')).toMatch(
    /registerMessages\(reportMessages\)/,
  );
});

test('GEDCOM import and export and the research exports report only interop keys', () => {
  expect(missingKeys(['packages/gedcom/src'], [...ALWAYS, interopMessages])).toEqual([]);
});

test('the demo registers every part it shows outside the editor', () => {
  expect(
    missingKeys(
      ['apps/demo/src'],
      [
        ...ALWAYS,
        demoMessages,
        readMessages,
        checksMessages,
        warningsMessages,
        interopMessages,
        reportMessages,
      ],
    ),
  ).toEqual([]);
});

test('the renderers, the scene and the examples need only the always-known parts', () => {
  const dirs = ['scene', 'genogram', 'ecogram', 'sociogram', 'examples'].map((p) => `packages/${p}/src`);
  expect(missingKeys(dirs, ALWAYS)).toEqual([]);
});

test('checkInvariants reports only keys of the checks and warnings parts', () => {
  expect(missingKeys(['packages/core/src/read/invariants'], [checksMessages, warningsMessages])).toEqual([]);
});

test('the network soft rules, which the editor runs for the plan, report only keys of the warnings part', () => {
  const file = 'packages/core/src/read/invariants/soft-network.ts';
  const keys = [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/'(read\.[\w.]+)'/g)].map(
    (m) => m[1],
  );
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.filter((k) => !(k! in warningsMessages.en))).toEqual([]);
});

test('a key outside the registered parts is found (the scan sees keys at all)', () => {
  expect(missingKeys(['packages/svelte/src'], ALWAYS).length).toBeGreaterThan(50);
});

/**
 * There is no message registry: each consumer translates through its own translator, made of the parts it
 * shows (core's `t()`, the editor's `translate`, the insight panel's, the CLI's, the report's, gedcom's, the
 * demo's). This scans each consumer's sources for message keys (string literals, and the fixed prefix of
 * template-literal keys) and checks that the translator it uses knows every one of them: a key missing from
 * its parts would be shown to the user as the bare key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { t as cliT } from '../../packages/cli/src/messages.js';
import {
  checksMessages,
  compareMessages,
  en as coreEn,
  insightMessages,
  kinshipMessages,
  t as coreT,
  warningsMessages,
  type Locale,
} from '../../packages/core/src/index.js';
import { interopMessages, translate as gedcomT } from '../../packages/gedcom/src/messages.js';
import { reportMessages, translate as reportT } from '../../packages/report/src/messages.js';
import { linkMessages, translate as editorT, uiMessages } from '../../packages/svelte/src/lib/messages.js';
import { inspectorMessages } from '../../packages/svelte/src/lib/i18n/inspector.js';
import { translatePanel } from '../../packages/svelte/src/lib/panels/controls/translator.js';
import { translateInsight } from '../../packages/svelte/src/lib/panels/insight/insight-translator.js';
import { demoMessages, t as demoT } from '../../apps/demo/src/i18n/messages.js';

const root = path.join(import.meta.dirname, '..', '..');
/** Every key of every catalogue in the repository. */
const ALL = Object.keys({
  ...coreEn,
  ...uiMessages.en,
  ...linkMessages.en,
  ...inspectorMessages.en,
  ...interopMessages.en,
  ...reportMessages.en,
  ...demoMessages.en,
});
const allKeys = new Set(ALL);

type Lookup = (locale: Locale, key: string) => string;
const knows = (translate: unknown) => (key: string) => (translate as Lookup)('en', key) !== key;

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f))
    .map((f) => path.join(root, dir, f));
}

/** Keys used in `dirs` that `known` does not know, as `file: key` lines (prefixes end in `.`). */
function missingKeys(dirs: string[], known: (key: string) => boolean, except: string[] = []): string[] {
  const missing: string[] = [];
  const skipped = except.map((dir) => path.join(root, dir) + path.sep);
  for (const file of dirs.flatMap(sourcesUnder).filter((f) => !skipped.some((dir) => f.startsWith(dir)))) {
    const text = fs.readFileSync(file, 'utf8');
    const where = path.relative(root, file);
    for (const [, key] of text.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)['"`]/g)) {
      if (key && allKeys.has(key) && !known(key)) missing.push(`${where}: ${key}`);
    }
    for (const [, prefix] of text.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)*\.)\$\{/g)) {
      const matching = ALL.filter((k) => prefix && k.startsWith(prefix));
      if (matching.some((k) => !known(k))) missing.push(`${where}: ${prefix}`);
    }
  }
  return missing;
}

/** The insight panel, which the editor loads only when its tab is opened, has its own translator. */
const INSIGHT_PANEL = 'packages/svelte/src/lib/panels/insight';
/** The side panels (loaded on demand) translate with translatePanel, which adds their words. */
const PANELS = ['packages/svelte/src/lib/panels', 'packages/svelte/src/lib/inspector'];

test("the editor's first-load translator knows every key the editor shows outside the side panels", () => {
  expect(
    missingKeys(['packages/svelte/src'], knows(editorT), [
      ...PANELS,
      'packages/svelte/src/stories',
      'packages/svelte/src/lib/i18n',
    ]),
  ).toEqual([]);
});

test("the side panels' translator knows every key the panels show; their words are not in the first load", () => {
  expect(missingKeys(PANELS, knows(translatePanel), [INSIGHT_PANEL])).toEqual([]);
  const panelWords = Object.keys({ ...inspectorMessages.en, ...compareMessages.en });
  expect(panelWords.length).toBeGreaterThan(100);
  expect(panelWords.filter(knows(editorT))).toEqual([]);
});

test("the insight words are not in the editor's first-load translator, only in the insight panel's", () => {
  expect(knows(editorT)('insight.panel.title')).toBe(false);
  expect(missingKeys([INSIGHT_PANEL], knows(translateInsight))).toEqual([]);
  const panel = fs.readFileSync(path.join(root, INSIGHT_PANEL, 'InsightPanel.svelte'), 'utf8');
  expect(panel).toMatch(/\binsightTranslator\(/);
});

test("the CLI's translator knows every key the CLI prints", () => {
  expect(missingKeys(['packages/cli/src'], knows(cliT))).toEqual([]);
});

test("the case-file report's translator knows every key of the report", () => {
  expect(missingKeys(['packages/report/src'], knows(reportT))).toEqual([]);
});

test("gedcom's translator knows every key of GEDCOM import and export and the research exports", () => {
  expect(missingKeys(['packages/gedcom/src'], knows(gedcomT))).toEqual([]);
});

test("the demo's translator knows every key the demo shows outside the editor", () => {
  expect(missingKeys(['apps/demo/src'], knows(demoT))).toEqual([]);
});

test("the renderers, the scene and the examples need only core's t()", () => {
  const dirs = ['scene', 'genogram', 'ecogram', 'sociogram', 'examples'].map((p) => `packages/${p}/src`);
  expect(missingKeys(dirs, knows(coreT))).toEqual([]);
});

test("core's t() knows neither insight's, kinship's nor another package's words", () => {
  for (const part of [
    insightMessages,
    kinshipMessages,
    uiMessages,
    linkMessages,
    interopMessages,
    reportMessages,
    demoMessages,
  ])
    expect(Object.keys(part.en).filter(knows(coreT))).toEqual([]);
});

test('checkInvariants reports only keys of the checks and warnings parts', () => {
  const inParts = (key: string) => key in checksMessages.en || key in warningsMessages.en;
  expect(missingKeys(['packages/core/src/read/invariants'], inParts)).toEqual([]);
});

test('the network soft rules, which the editor runs for the plan, report only keys of the warnings part', () => {
  const file = 'packages/core/src/read/invariants/soft-network.ts';
  const keys = [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/'(read\.[\w.]+)'/g)].map(
    (m) => m[1],
  );
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.filter((k) => !(k! in warningsMessages.en))).toEqual([]);
});

test('a key outside a translator is found (the scan sees keys at all)', () => {
  expect(missingKeys(['packages/svelte/src'], knows(coreT)).length).toBeGreaterThan(50);
});

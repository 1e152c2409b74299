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
import { cliMessages, t as cliT } from '../../packages/cli/src/messages.js';
import {
  checksMessages,
  compareMessages,
  en as coreEn,
  insightMessages,
  kinshipMessages,
  planMessages,
  t as coreT,
  warningsMessages,
  type Locale,
} from '../../packages/core/src/index.js';
import { interopMessages, translate as gedcomT } from '../../packages/gedcom/src/messages.js';
import { reportMessages, translate as reportT } from '../../packages/report/src/messages.js';
import { translatePlan } from '../../packages/scene/src/plan-document/plan-translator.js';
import { linkMessages, translate as editorT, uiMessages } from '../../packages/svelte/src/lib/messages.js';
import { inspectorMessages } from '../../packages/svelte/src/lib/i18n/inspector.js';
import { translatePanel } from '../../packages/svelte/src/lib/panels/controls/translator.js';
import { translateInsight } from '../../packages/svelte/src/lib/panels/insight/insight-translator.js';
import { demoMessages, t as demoT } from '../../apps/demo/src/i18n/messages.js';
import { ENUM_PREFIXES } from '../../packages/core/src/i18n/fill-placeholders.js';

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
  ...cliMessages.en,
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

/** The plan document (print view, HTML export, PDF) translates with translatePlan, which adds its words. */
const PLAN_DOCUMENT = 'packages/scene/src/plan-document';

test("the renderers, the scene and the examples need only core's t()", () => {
  const dirs = ['scene', 'genogram', 'ecogram', 'sociogram', 'examples'].map((p) => `packages/${p}/src`);
  expect(missingKeys(dirs, knows(coreT), [PLAN_DOCUMENT])).toEqual([]);
});

test("the plan document's translator knows every key of the plan document; core's t() and the editor's do not", () => {
  expect(missingKeys([PLAN_DOCUMENT], knows(translatePlan))).toEqual([]);
  const planWords = Object.keys(planMessages.en);
  expect(planWords.length).toBeGreaterThan(20);
  expect(planWords.filter(knows(editorT))).toEqual([]);
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
    cliMessages,
    planMessages,
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

/** Every source file of the repository that may show a message: not a test, a story or a table of messages. */
function showingSources(): string[] {
  return ['packages', 'apps']
    .flatMap((top) =>
      fs
        .readdirSync(path.join(root, top), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${top}/${d.name}/src`),
    )
    .filter((dir) => fs.existsSync(path.join(root, dir)))
    .flatMap(sourcesUnder)
    .filter((f) => !/\.(en|nl)\.ts$/.test(f) && !/\.stories\.(ts|svelte)$/.test(f));
}

/**
 * The keys of `keys` that no source shows. A key is shown when it is written out; built from a fixed
 * prefix (`sector.${key}`); or an enumeration's label, `<enumeration>.<value>` (`enumOptions(tr,
 * 'frequency', …)`, fill-placeholders.ts' ENUM_PREFIXES and its parameter table, `{ option: 'edits.option' }`).
 */
function unshownKeys(keys: readonly string[]): string[] {
  const text = showingSources()
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const literals = new Set([...text.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)*)['"`]/g)].map((m) => m[1]));
  const prefixes = [...text.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)*\.)\$\{/g)].map((m) => m[1]!);
  const enumerations = new Set([
    ...ENUM_PREFIXES,
    ...[...text.matchAll(/enumOptions\([^,]+,\s*'(\w+)'/g)].map((m) => m[1]),
    ...[...text.matchAll(/:\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'\s*}/g)].map((m) => m[1]),
  ]);
  const shown = (key: string) =>
    literals.has(key) ||
    prefixes.some((p) => key.startsWith(p)) ||
    enumerations.has(key.slice(0, key.lastIndexOf('.')));
  return keys.filter((key) => !shown(key));
}

test('every key of every catalogue is shown somewhere: no table carries words nobody uses', () => {
  expect(ALL.length).toBeGreaterThan(900);
  expect(unshownKeys(ALL)).toEqual([]);
});

test('a key that no source shows is found; one written out, built or an enumeration label is not', () => {
  expect(
    unshownKeys(['ui.nobody.shows.this', 'ui.toolbar.undo', 'sector.family', 'frequency.daily']),
  ).toEqual(['ui.nobody.shows.this']);
});

// Lint rules that keep the architecture honest (see docs/architecture.md):
// - the framework-free packages (core, scene, the three renderers, gedcom, report, cli) import no Svelte, touch no DOM;
// - core imports no renderer (nor gedcom, report or the CLI); renderers do not import each other; scene and the
//   renderers import neither gedcom nor report, gedcom does not import report, and nothing imports the CLI;
// - nothing anywhere talks to the network (Kring makes no requests: privacy): no fetch & co., and in the
//   framework-free packages and the CLI no Node network module either;
// - user text never reaches the DOM unescaped ({@html} is banned).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const networkGlobals = [
  { name: 'fetch', message: 'Kring makes no network requests.' },
  { name: 'XMLHttpRequest', message: 'Kring makes no network requests.' },
  { name: 'WebSocket', message: 'Kring makes no network requests.' },
  { name: 'EventSource', message: 'Kring makes no network requests.' },
];
const domGlobals = [
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
].map((name) => ({ name, message: 'The framework-free packages know nothing of the DOM.' }));
const networkImports = [
  {
    group: [
      'node:http',
      'node:https',
      'node:http2',
      'node:net',
      'node:tls',
      'node:dgram',
      'node:dns',
    ].flatMap((name) => [name, name.slice('node:'.length)]),
    message: 'Kring makes no network requests.',
  },
];
const svelteImports = [
  {
    group: ['svelte', 'svelte/*', '@kring/svelte', '@kring/svelte/*', 'd3-selection'],
    message: 'Framework-free packages must not import Svelte or DOM libraries.',
  },
];
const frameworkFree = (extra = []) => ({
  'no-restricted-globals': ['error', ...networkGlobals, ...domGlobals],
  'no-restricted-imports': ['error', { patterns: [...svelteImports, ...networkImports, ...extra] }],
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Layouts and models are deterministic: use a seeded generator.',
    },
  ],
});
const renderers = ['@kring/genogram', '@kring/ecogram', '@kring/sociogram', '@kring/cli'];
/** The packages built on the renderers' level: interop (gedcom) and the case-file PDF (report). */
const interopAndReport = ['@kring/gedcom', '@kring/gedcom/*', '@kring/report', '@kring/report/*'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-element/**',
      'storybook-static/**',
      'test-results/**',
      '**/.svelte-kit/**',
      '.bench-out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', ...networkGlobals],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: frameworkFree([
      {
        group: ['@kring/scene', '@kring/scene/*', ...renderers, ...interopAndReport],
        message: 'core is the bottom layer: it imports no renderer, gedcom, report or CLI.',
      },
    ]),
  },
  {
    files: ['packages/scene/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: frameworkFree([
      { group: renderers, message: 'scene is shared by the renderers and imports none of them.' },
      { group: interopAndReport, message: 'scene is below gedcom and report: it imports neither.' },
      { group: ['d3-force'], message: 'scene must stay free of the force layout.' },
    ]),
  },
  ...['genogram', 'ecogram', 'sociogram'].map((view) => ({
    files: [`packages/${view}/src/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: frameworkFree([
      {
        group: renderers.filter((r) => r !== `@kring/${view}`),
        message: 'Renderers are independent: one view never imports another.',
      },
      { group: interopAndReport, message: 'The renderers are below gedcom and report: they import neither.' },
      ...(view === 'sociogram'
        ? []
        : [{ group: ['d3-force'], message: 'Only the sociogram uses d3-force.' }]),
    ]),
  })),
  {
    files: ['packages/gedcom/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: frameworkFree([
      { group: renderers, message: 'Interop reads and writes documents: it imports no renderer.' },
      { group: ['@kring/report', '@kring/report/*'], message: 'Interop does not import the report.' },
      { group: ['d3-force'], message: 'Only the sociogram uses d3-force.' },
    ]),
  },
  {
    // The case-file report draws the renderers' scenes into a PDF: framework-free, used by the CLI and the demo.
    files: ['packages/report/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: frameworkFree([
      { group: ['@kring/cli'], message: 'The report is shared by the CLI and the demo: it imports neither.' },
      { group: ['@kring/gedcom', '@kring/gedcom/*'], message: 'The report does not import interop.' },
      { group: ['d3-force'], message: 'Only the sociogram uses d3-force.' },
    ]),
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...svelteImports, ...networkImports] }] },
  },
  {
    files: ['**/*.test.ts', 'bench/**', 'e2e/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-properties': 'off' },
  },
);

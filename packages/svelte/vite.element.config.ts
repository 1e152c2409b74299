// Builds `<kring-editor>` and `mount()` for script-tag users: dist/kring-editor.js, one ES module with Svelte,
// immer and every Kring package inside — the editor, the three views' renderers, the words of both languages
// and the format's migrations — so that a page loads this one file before `kringready`, which the element
// dispatches in the microtask after it is connected. The editor's parts that show later (the side panel's
// tabs, the context menu, the keyboard help, the erase dialog: SCRIPT_TAG_LAZY) are files in
// dist/kring-editor/ beside it, loaded when first shown, so the file does not grow with them. Its gzip size
// is printed against its budget (toolchain pitfalls 13–15). The code-split module behind
// `@kring/svelte/element` is built by vite.element-esm.config.ts. Run: `pnpm build:element` at the root.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import {
  elementSvelte,
  entryNeeds,
  keylessDutchTables,
  SCRIPT_TAG_LAZY,
  sharedConfig,
  scriptTagBudget,
  staticDynamicImports,
  twoPassConfig,
} from './build/element-build.js';
import { unshownWords } from './build/unshown-words.js';

/** The folder of the parts, beside the file (its own: the build empties it). */
const PARTS = 'kring-editor';

// Two passes: the first, in memory, finds the small chunks the entry would import (entryNeeds() in
// build/element-build.ts); the second, real pass puts their modules into the entry.
export default defineConfig(
  twoPassConfig(
    path.join(import.meta.dirname, 'vite.element.config.ts'),
    'KRING_SCRIPT_TAG_PROBE',
    entryNeeds,
    (entry) => config(entry === undefined, entry),
  ),
);

/** Empties the folder of parts before the real pass writes it: parts of an earlier build (other hashes) would be served. */
function emptyParts(): Plugin {
  let outDir = '';
  return {
    name: 'kring:empty-script-tag-parts',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      fs.rmSync(path.join(outDir, PARTS), { recursive: true, force: true });
    },
  };
}

function config(probe: boolean, entry: Set<string> | undefined): UserConfig {
  return {
    ...sharedConfig,
    root: import.meta.dirname,
    // Files refer to each other relative to the module (import.meta.url): the worker is found beside it.
    base: './',
    plugins: [
      unshownWords(),
      keylessDutchTables(),
      elementSvelte(),
      staticDynamicImports(SCRIPT_TAG_LAZY),
      ...(probe ? [] : [emptyParts(), scriptTagBudget()]),
    ],
    // The layout worker (src/lib/state/layout-worker.ts) is a module worker in the folder of parts, found
    // relative to the file (import.meta.url): large maps are laid out off the main thread, as with
    // `@kring/svelte/element`; where it cannot start (a CSP without it, the folder not served) in slices.
    worker: {
      format: 'es',
      plugins: () => [unshownWords()],
      rolldownOptions: {
        output: { entryFileNames: `${PARTS}/layout-worker.js`, minify: true, comments: false },
      },
    },
    build: {
      ...sharedConfig.build,
      outDir: 'dist',
      rolldownOptions: {
        // The entry may export more than `mount` and friends: the parts import what they share with it from it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // No comments: the `@__PURE__` marks are for a bundler, and nothing bundles this file again
          // (1,285 of them: 1.2 kB gzip).
          minify: true,
          comments: false,
          chunkFileNames: `${PARTS}/[name]-[hash].js`,
          codeSplitting: entry
            ? { groups: [{ name: 'kring-editor', test: (id: string) => entry.has(id) }] }
            : true,
        },
      },
      lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'kring-editor.js' },
    },
  };
}

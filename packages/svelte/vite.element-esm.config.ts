// Builds the ES module behind `@kring/svelte/element` (dist/element/index.js): `<kring-editor>` and `mount()`
// with Svelte and every dependency inside, split into chunks so that what the editor loads lazily (other
// views, panels, insight, …) stays out of the first load. Prints the first load against its budget.
// Run: `pnpm build:element` at the root (it builds this and the single file).
import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import {
  editorNeeds,
  elementSvelte,
  esmBudget,
  importsWithTheirChunks,
  lazyMigrations,
  localeTables,
  sharedConfig,
  twoPassConfig,
} from './build/element-build.js';
import { unshownWords } from './build/unshown-words.js';

/**
 * What the views' renderers share beyond the entry: the names they draw (@kring/scene's display name and
 * privacy) and the network's queries (core's alters of the focus and their sectors, which the ecogram, the
 * sociogram and the editor use). Each is a small chunk of its own: in the genogram's chunk or the editor's,
 * an ecogram's or sociogram's first picture would wait for those (85 kB gzip).
 */
const VIEW_LABELS = /[\\/]packages[\\/]scene[\\/]src[\\/](?:privacy|display-name)\.ts$/;
const NETWORK_QUERIES =
  /[\\/]packages[\\/]core[\\/]src[\\/]queries[\\/](?:alters-of-focus|document-index|effective-sector|focus-household|kin-of-focus|index-part)\.ts$/;

// Two passes: the first, in memory, finds the editor's modules (editorNeeds() in build/element-build.ts); the
// second, real pass puts them into one `editor` chunk.
export default defineConfig(
  twoPassConfig(
    path.join(import.meta.dirname, 'vite.element-esm.config.ts'),
    'KRING_EDITOR_PROBE',
    editorNeeds,
    (editor) => config(editor === undefined, editor),
  ),
);

function config(probe: boolean, editor: Set<string> | undefined): UserConfig {
  return {
    ...sharedConfig,
    root: import.meta.dirname,
    // Files refer to each other relative to the module (import.meta.url): the worker is found beside the entry.
    base: './',
    plugins: [
      unshownWords(),
      localeTables(),
      lazyMigrations(),
      elementSvelte(),
      ...(probe ? [] : [importsWithTheirChunks(), esmBudget()]),
    ],
    // The editor (Svelte and everything it draws with) is a chunk loaded after the first picture.
    resolve: {
      alias: [
        {
          find: /^(.*)\/editor-loader\.js$/,
          replacement: path.join(import.meta.dirname, 'src/lib/element/editor-loader-lazy.ts'),
        },
      ],
    },
    // The layout worker (src/lib/state/layout-worker.ts) is a module worker: an ES module file beside the entry.
    worker: {
      format: 'es',
      plugins: () => [unshownWords()],
      rolldownOptions: { output: { entryFileNames: 'layout-worker.js', minify: true } },
    },
    build: {
      ...sharedConfig.build,
      outDir: 'dist/element',
      // Only this build writes here: chunks of an earlier build (other hashes) would be counted and served.
      emptyOutDir: true,
      sourcemap: true,
      rolldownOptions: {
        // The entry file holds the element's code itself (the `first` group below) and also exports what
        // the other chunks import from it; with 'strict' it would be a file that only re-exports a chunk:
        // one round trip more before anything runs. A page that imports index.js imports it by the URL the
        // chunks import it by (`../index.js`: no query string, not renamed), or the module runs twice.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // The chunks are bundled already: the `@__PURE__` marks would only cost bytes.
          comments: false,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The first picture in two files instead of many small shared chunks (each its own request, each
          // gzipped alone): what the entry imports statically (the element, the reader, the SVG writer; the
          // group's chunk is index.js itself) and the genogram (the first view's renderer). The editor
          // (editor-module.ts: Svelte and all it draws with, loaded after the first picture) is the automatic
          // chunk of its dynamic import, with the few small chunks it shares with the lazily loaded parts; a
          // group of everything it reaches would also take in what only those parts use (core's barrel
          // reaches every module).
          codeSplitting: {
            groups: [
              { name: 'first', tags: ['$initial'], priority: 3 },
              { name: 'view-labels', test: VIEW_LABELS, priority: 3 },
              { name: 'network-queries', test: NETWORK_QUERIES, priority: 3 },
              {
                name: 'genogram',
                test: /[\\/]packages[\\/]genogram[\\/]src[\\/]|[\\/]state[\\/]views[\\/]genogram/,
                priority: 2,
              },
              ...(editor ? [{ name: 'editor', test: (id: string) => editor.has(id), priority: 1 }] : []),
            ],
          },
        },
      },
      lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'index.js' },
    },
  };
}

// Builds `<kring-editor>` and `mount()` as ONE self-contained ES module, dist/kring-editor.js, with Svelte,
// immer and every Kring package inside, for script-tag users (toolchain pitfalls 13–15). Its gzip size is
// printed against its budget. The code-split module behind `@kring/svelte/element` is built by
// vite.element-esm.config.ts. Run: `pnpm build:element` at the root.
import { defineConfig } from 'vite';
import {
  elementSvelte,
  keylessDutchTables,
  sharedConfig,
  singleFileBudget,
  staticDynamicImports,
} from './build/element-build.js';
import { unshownWords } from './build/unshown-words.js';

export default defineConfig({
  ...sharedConfig,
  root: import.meta.dirname,
  plugins: [
    unshownWords(),
    keylessDutchTables(),
    elementSvelte(),
    staticDynamicImports(),
    singleFileBudget(),
  ],
  // One file has no worker file beside it: large maps are laid out on the main thread in slices.
  resolve: { alias: [{ find: /^\.\/worker-factory\.js$/, replacement: './worker-factory-none.js' }] },
  build: {
    ...sharedConfig.build,
    outDir: 'dist',
    // The editor loads some parts with a dynamic import; staticDynamicImports() makes them static here, and
    // codeSplitting: false keeps anything left in the one file. No comments: the `@__PURE__` marks are for
    // a bundler, and nothing bundles this file again (1,285 of them: 1.2 kB gzip).
    rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'kring-editor.js' },
  },
});

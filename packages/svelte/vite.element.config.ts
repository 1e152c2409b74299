// Builds `<kring-editor>` and `mount()` as ONE self-contained ES module, dist/kring-editor.js, with Svelte,
// immer and every Kring package inside (toolchain pitfalls 13–15). Run: `pnpm build:element` at the root.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: import.meta.dirname,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    svelte({
      configFile: false,
      emitCss: false,
      // Only the wrapper is a custom element; compiling every component as one would add a custom-element
      // class and prop accessors to each. The others inject their CSS where they render: the shadow root.
      dynamicCompileOptions: ({ filename }) =>
        filename.endsWith('/KringEditorElement.svelte') ? { customElement: true } : undefined,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    // The editor loads its insight panel with a dynamic import (a chunk of its own in the demo); the element
    // stays one file, so that import is inlined here.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'kring-editor.js' },
  },
});

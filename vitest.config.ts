import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath as executablePath } from './scripts/chromium.js';

// Each browser project needs its own object (one shared object fails at start-up).
const browser = () => ({
  enabled: true,
  headless: true,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
});

// The browser tests drive a complete editor right after render(): its lazily loaded parts load first.
const PRELOAD_PARTS = fileURLToPath(
  new URL('./packages/svelte/src/lib/test-support/preload-parts.ts', import.meta.url),
);
// … and its views' code, with every map laid out synchronously (see the file).
const PRELOAD_VIEWS = fileURLToPath(
  new URL('./packages/svelte/src/lib/state/test-support/preload-views.ts', import.meta.url),
);

// One project per kind of test environment.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Property tests lay out hundreds of generated families: generous on a loaded 2-core machine.
          testTimeout: 60_000,
          include: [
            'packages/{core,scene,genogram,ecogram,sociogram,gedcom,report,examples,cli}/src/**/*.test.ts',
            // The editor's framework-free parts (verbs, gesture reducer): plain TypeScript, no Svelte.
            'packages/svelte/src/lib/{state,interaction,canvas,panels}/**/*.test.ts',
            // The element builds' plugins (plain Node).
            'packages/svelte/build/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
        },
      },
      {
        root: 'packages/svelte',
        // CSS in JS, as in the element's builds: each component injects its CSS into the root it renders in,
        // so `<kring-editor>` is styled inside its shadow root (with emitted CSS the styles went to the
        // document head, the element's editor ran unstyled and its canvas grew 4 px a frame: a
        // ResizeObserver loop, kring-editor-element.browser.test.ts).
        plugins: [svelte({ emitCss: false })],
        test: {
          name: 'svelte-browser',
          include: ['src/**/*.browser.test.ts'],
          setupFiles: [PRELOAD_PARTS, PRELOAD_VIEWS],
          browser: browser(),
        },
      },
      {
        root: 'apps/demo',
        plugins: [svelte()],
        test: {
          name: 'demo-browser',
          include: ['src/**/*.browser.test.ts'],
          setupFiles: [PRELOAD_PARTS, PRELOAD_VIEWS],
          browser: browser(),
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';

/** Chromium flags for a closed network (shared/toolchain.md pitfall 21): no DNS lookups, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Each browser project needs its own object (one shared object fails at start-up).
const browser = () => ({
  enabled: true,
  headless: true,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
});

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
            'packages/{core,scene,genogram,ecogram,sociogram,examples,cli}/src/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        root: 'packages/svelte',
        plugins: [svelte()],
        test: { name: 'svelte-browser', include: ['src/**/*.browser.test.ts'], browser: browser() },
      },
      {
        root: 'apps/demo',
        plugins: [svelte()],
        test: { name: 'demo-browser', include: ['src/**/*.browser.test.ts'], browser: browser() },
      },
    ],
  },
});

// End-to-end tests over the built output (run after scripts/build.sh): Node environment, playwright-core
// driving Debian's Chromium (scripts/chromium.ts), pages served from an in-process server on 127.0.0.1:0, so
// no background server is left to kill; TypeScript under this config is typechecked and counted like the rest.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // A whole browser session per test on a 2-core machine: one retry absorbs a load spike (as Playwright's
    // own CI default does); a test that fails twice fails the run.
    retry: 1,
    fileParallelism: false,
  },
});

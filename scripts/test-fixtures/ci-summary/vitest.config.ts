// Test files that pass, fail and fail to load, for scripts/ci-summary.test.ts (not part of the real suite).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['*.check.ts'], environment: 'node' } });

// Angular, compiled ahead of time by @analogjs/vite-plugin-angular (Angular's own compiler and linker,
// through @angular/build): no JIT compiler in the page, which would need 'unsafe-eval'.
import angular from '@analogjs/vite-plugin-angular';
import { defineConfig } from 'vite';
import { hostConfig } from '../host-kit/vite.js';

export default defineConfig(
  hostConfig(angular({ tsconfig: `${import.meta.dirname}/tsconfig.json`, jit: false })),
);

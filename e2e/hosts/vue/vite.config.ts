// Vue 3: single-file components compiled at build time (no runtime template compiler, which needs
// 'unsafe-eval'); <kring-editor> is a custom element, not a Vue component.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { hostConfig } from '../host-kit/vite.js';

export default defineConfig(
  hostConfig([vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'kring-editor' } } })]),
);

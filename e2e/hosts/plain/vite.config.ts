// Plain HTML: Vite only bundles the module scripts.
import { defineConfig } from 'vite';
import { hostConfig } from '../shared/vite.js';

export default defineConfig(hostConfig());

// Plain HTML: Vite only bundles the module scripts.
import { defineConfig } from 'vite';
import { hostConfig } from '../host-kit/vite.js';

export default defineConfig(hostConfig());

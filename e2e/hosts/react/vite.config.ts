// React 19: Vite compiles the JSX itself (no React plugin needed for a production build).
import { defineConfig } from 'vite';
import { hostConfig } from '../host-kit/vite.js';

export default defineConfig({ ...hostConfig(), oxc: { jsx: { runtime: 'automatic' } } });

import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The built demo's Content Security Policy (docs/privacy.md: nothing leaves the machine). Scripts, styles and
 * workers only from the page's own origin (the GEDCOM import runs in a same-origin module worker); images
 * from the page, data: (the map pictures) and blob: (SVG → PNG); no connections, no frames, no forms sent
 * anywhere. Inline styles stay allowed: Svelte sets style attributes. Only in the build: Vite's dev server
 * needs its own web socket and inline scripts.
 */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kring-demo-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: DEMO_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [svelte(), contentSecurityPolicy()],
  // The GEDCOM import worker is a module worker (new Worker(…, { type: 'module' })).
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true },
});

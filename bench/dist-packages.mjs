/**
 * `node --import ./bench/dist-packages.mjs …`: resolves every `@kring/<name>` import to the built
 * `packages/<name>/dist/index.js`, as the published packages resolve (their packed manifests point at dist/;
 * inside the workspace the manifests point at the TypeScript sources). Needs `pnpm build:packages` first.
 */
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    const packages = ${JSON.stringify(new URL('../packages/', import.meta.url).href)};
    export async function resolve(specifier, context, next) {
      const m = /^@kring\\/([a-z-]+)$/.exec(specifier);
      return m ? { url: packages + m[1] + '/dist/index.js', shortCircuit: true } : next(specifier, context);
    }`)}`,
);

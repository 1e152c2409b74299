/**
 * What the two builds of `<kring-editor>` share (vite.element.config.ts: the single file for script tags;
 * vite.element-esm.config.ts: the code-split ES module behind `@kring/svelte/element`), and the bundle
 * budget both print.
 */
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin, UserConfig } from 'vite';

/** gzip budgets in bytes (issue 11): the ESM entry plus the first view's chunks, and the single file. */
export const BUDGETS = { esmFirstView: 80_000, singleFile: 150_000 } as const;

/**
 * Whether a budget over its limit fails the build (`KRING_BUDGET=strict`) or is printed as OVER. Printed by
 * default: the first load of the ES module is still over its budget (the editor loads most of its parts
 * eagerly) and the single file is within 1 % of its own, so failing would stop every other change.
 */
const ENFORCED = process.env.KRING_BUDGET === 'strict';

const gzipBytes = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The Svelte plugin: only the wrapper is a custom element (toolchain pitfall 13), CSS stays in JS. */
export function elementSvelte(): Plugin[] {
  return svelte({
    configFile: false,
    emitCss: false,
    // Only the wrapper is a custom element; compiling every component as one would add a custom-element
    // class and prop accessors to each. The others inject their CSS where they render: the shadow root.
    dynamicCompileOptions: ({ filename }) =>
      filename.endsWith('/KringEditorElement.svelte') ? { customElement: true } : undefined,
  });
}

export const sharedConfig: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Build from the workspace's sources (no package has to be built first).
  build: { minify: true, reportCompressedSize: false, emptyOutDir: false },
};

/**
 * For the single file: turns each `import('./x')` of Kring's own sources into an already resolved promise
 * of a static import. Rolldown's own way to inline dynamic imports (`codeSplitting: false`) wraps every
 * module in a lazy initialiser, which cost about 40 kB gzip.
 */
export function staticDynamicImports(): Plugin {
  return {
    name: 'kring:static-dynamic-imports',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/packages\/[^/]+\/src\//.test(id)) return null;
      let n = 0;
      const hoisted: string[] = [];
      const out = code.replace(
        /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g,
        (_whole, quote: string, spec: string) => {
          const name = `__kringStatic${n++}`;
          hoisted.push(`import * as ${name} from ${quote}${spec}${quote};`);
          return `Promise.resolve(${name})`;
        },
      );
      return n === 0 ? null : { code: `${hoisted.join('\n')}\n${out}`, map: null };
    },
  };
}

/** Prints the single file's gzip size against its budget (and fails the build over it). */
export function singleFileBudget(): Plugin {
  return {
    name: 'kring:single-file-budget',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const size = gzipBytes(file.code);
        report(`dist/${file.fileName} (script tag, one file)`, size, BUDGETS.singleFile, ENFORCED, (m) =>
          this.error(m),
        );
      }
    },
  };
}

/**
 * Prints what a page that imports `@kring/svelte/element` loads before it shows the first view (the entry,
 * its static imports, and the chunks the genogram needs, with their static imports) against the budget,
 * and the lazily loaded rest.
 */
export function esmBudget(firstView = '/packages/genogram/src/'): Plugin {
  return {
    name: 'kring:esm-budget',
    generateBundle(_options, bundle) {
      const chunks = new Map<
        string,
        { code: string; imports: string[]; dynamicImports: string[]; modules: string[] }
      >();
      let entry: string | undefined;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        chunks.set(file.fileName, {
          code: file.code,
          imports: file.imports,
          dynamicImports: file.dynamicImports,
          modules: Object.keys(file.modules),
        });
        if (file.isEntry) entry = file.fileName;
      }
      if (!entry) return;
      const loaded = new Set<string>();
      const load = (name: string): void => {
        if (loaded.has(name)) return;
        loaded.add(name);
        for (const next of chunks.get(name)?.imports ?? []) load(next);
      };
      load(entry);
      // The first view's renderer, when it is a lazy chunk: load it and its static imports too.
      for (const [name, chunk] of chunks) if (chunk.modules.some((id) => id.includes(firstView))) load(name);
      let first = 0;
      let lazy = 0;
      for (const [name, chunk] of chunks) {
        if (loaded.has(name)) first += gzipBytes(chunk.code);
        else lazy += gzipBytes(chunk.code);
      }
      report(
        `@kring/svelte/element + first view (${loaded.size} of ${chunks.size} chunks)`,
        first,
        BUDGETS.esmFirstView,
        ENFORCED,
        (m) => this.error(m),
      );
      console.log(`  lazily loaded chunks: ${kB(lazy)} gzip`);
    },
  };
}

function report(
  what: string,
  bytes: number,
  budget: number,
  enforced: boolean,
  fail: (message: string) => void,
): void {
  const within = bytes <= budget;
  console.log(`${within ? 'ok  ' : 'OVER'} ${what}: ${kB(bytes)} gzip (budget ${kB(budget)})`);
  if (!within && enforced) fail(`${what} is ${kB(bytes)} gzip, over its budget of ${kB(budget)}`);
}

/**
 * What the two builds of `<kring-editor>` share (vite.element.config.ts: the single file for script tags;
 * vite.element-esm.config.ts: the code-split ES module behind `@kring/svelte/element`), and the bundle
 * budget both print.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, parseSync, type Plugin, type Rollup, type UserConfig, type UserConfigFnPromise } from 'vite';

/**
 * gzip budgets in bytes (issue 11): the ESM entry plus the chunks of the first view it shows (its first
 * picture, esmBudget()), and the script-tag file dist/kring-editor.js (all a page loads before `kringready`;
 * scriptTagBudget()).
 */
export const BUDGETS = { esmFirstView: 80_000, scriptTag: 150_000 } as const;

/**
 * Ceilings in bytes gzip that the build never lets a bundle pass: the size as measured when the ceiling was
 * last lowered, plus about 2 % (a small feature's room). A change that grows a bundle past its ceiling fails
 * `pnpm build:packages` (and so CI): make room first (a lazy chunk, a part's words into its chunk), or raise
 * the ceiling in the same commit, saying why (never above the budget, where there is one). Lower it
 * whenever a bundle shrinks. `esmInteractive` (everything loaded before `kringready` in the code-split
 * build) has no budget of its own: its ceiling keeps the editor's chunk from growing unseen.
 */
// singleFile 190 → 195 kB in session 5: main's features had brought it to 189.8 kB, and the element's
// per-locale and migrations loading (which the single file carries but does not use: it holds both
// locales and the migrations) added 0.9.
// esmFirstView 121.5 → 123.5 and singleFile 195 → 197 kB in session 5: the genogram's x placement by blocks
// (a structural edit moves only its family's block, issue 16) adds about 3.5 kB gzip (first view 123.1,
// single file 196.8); the least-squares placement stays for maps with pinned persons.
// esmFirstView 123.5 → 56.5 kB in session 6: the view-first element (its first picture is drawn without
// Svelte: 54.6 kB nl, 54.2 en; the editor's chunk comes after it) and the drawing's words apart from the
// editor's; esmInteractive 126.5 kB is new (123.0 nl, 122.1 en).
// singleFile 197 → 193.3 kB in session 6: no comments, tight CSS, the CLI's and the plan document's words out
// of the editor's parts and unused keys gone, keyless Dutch tables (196.7 → 190.4 with the session's other
// changes; the sociogram's copy of d3-force's simulation, −1.8, was reverted).
// singleFile 193.3 → 192 kB in session 7: the words the element never shows (core's files part, the insight
// report's text headings) left out (188.7 → 188.1).
// singleFile (now scriptTag) 192 → 146.5 kB in session 8: the script-tag file holds the editor, the three views and both
// languages; the parts shown later (the side panel's tabs, help, menu, erase dialog) are files in
// dist/kring-editor/ beside it (191.6 → 143.8). Every ceiling is now under its budget.
export const CEILINGS = { esmFirstView: 56_500, esmInteractive: 126_500, scriptTag: 146_500 } as const;

const gzipBytes = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The Svelte plugin, CSS in JS: the components inject their CSS where they render, the element's shadow
 * root. `<kring-editor>` itself is a plain custom element (src/lib/element/kring-editor-element.ts).
 */
export function elementSvelte(): Plugin[] {
  return svelte({
    configFile: false,
    emitCss: false,
    // The CSS goes into the bundle as a string (Svelte prints each rule's body tight but keeps comments and
    // the space between rules): without comments and with each run of white space as one space.
    preprocess: [{ name: 'kring:css-comments', style: ({ content }) => ({ code: tightCss(content) }) }],
  });
}

/** CSS without its comments, each run of white space one space (none of Kring's CSS strings holds either). */
const tightCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const sharedConfig: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Build from the workspace's sources (no package has to be built first).
  build: { minify: true, reportCompressedSize: false, emptyOutDir: false },
};

/**
 * The editor's parts that the script-tag file loads from its folder beside it (`kring-editor/`) when they
 * are first shown: every Svelte component the editor imports with `import(…)` — the side panel's Details
 * tab (inspector, legend, outline), the plan, insight and snapshots tabs, insight's map legend, the snapshot
 * stage, the context menu, the keyboard help, the erase dialog — except the panel that says a document
 * could not be read (DocumentError.svelte), which must show even when that folder is missing. New parts of
 * that kind are lazy there by default, so the file does not grow with them.
 */
export const SCRIPT_TAG_LAZY = (spec: string): boolean =>
  spec.endsWith('.svelte') && !spec.endsWith('/DocumentError.svelte');

/**
 * For the script-tag file: turns each `import('./x')` of Kring's own sources for which `lazy(spec)` is not
 * true into an already resolved promise of a static import, so that the views' renderers, the locales'
 * words and the migrations are in the file and the editor starts in the microtask after the element is
 * connected. Rolldown's own way to inline dynamic imports (`codeSplitting: false`) wraps every module in a
 * lazy initialiser, which cost about 40 kB gzip.
 */
export function staticDynamicImports(lazy: (spec: string) => boolean = () => false): Plugin {
  return {
    name: 'kring:static-dynamic-imports',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/packages\/[^/]+\/src\//.test(id)) return null;
      let n = 0;
      const hoisted: string[] = [];
      const out = code.replace(
        /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g,
        (whole, quote: string, spec: string) => {
          if (lazy(spec)) return whole;
          const name = `__kringStatic${n++}`;
          hoisted.push(`import * as ${name} from ${quote}${spec}${quote};`);
          return `Promise.resolve(${name})`;
        },
      );
      return n === 0 ? null : { code: `${hoisted.join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * The first load's message tables (core's base parts, the editor's `ui.*` and links' words): their files,
 * by part name (`read`, `ui`, …) and locale.
 */
const FIRST_LOAD_TABLE =
  /[\\/]packages[\\/](?:core[\\/]src[\\/]i18n[\\/]parts[\\/](enums|read|checks|warnings|commands|edits|render)|svelte[\\/]src[\\/]lib[\\/]i18n[\\/](ui|link))\.(nl|en)\.ts$/;
/**
 * The chunk modules of each locale's tables: the first picture's words (src/lib/element/locale-nl-first.ts,
 * locale-en-first.ts: the parts in PICTURE_PARTS) and the editor's other words (locale-nl.ts, locale-en.ts).
 */
const LOCALE_CHUNK = /[\\/]src[\\/]lib[\\/]element[\\/]locale-(nl|en)(-first)?\.ts$/;
/** The parts whose words a drawing holds (the renderers' labels and descriptions). */
const PICTURE_PARTS: ReadonlySet<string> = new Set(['enums', 'render']);
const REAL = '?kring-table';

/**
 * For the code-split build: one locale's words per page instead of both (−7 kB gzip of the first load),
 * and of those only the words a drawing holds before the first picture. Each first-load table module
 * becomes a stand-in whose export is an empty object from src/lib/element/locale-tables.ts (`liveTable`);
 * the real tables of a locale go into that locale's two chunks (locale-nl-first.ts with the PICTURE_PARTS,
 * locale-nl.ts with the rest; en the same), written here, which `loadPictureWords()` and `loadLocale()`
 * load and copy into the stand-ins.
 * The translators read their parts at each call, so they find the words once they are there; the element
 * and `mount()` start the editor when its locale is ready (locale-tables.ts).
 */
export function localeTables(): Plugin {
  const root = path.resolve(import.meta.dirname, '../../..');
  const files = [
    ...['enums', 'read', 'checks', 'warnings', 'commands', 'edits', 'render'].map(
      (part) => [part, `packages/core/src/i18n/parts/${part}`] as const,
    ),
    ...['ui', 'link'].map((part) => [part, `packages/svelte/src/lib/i18n/${part}`] as const),
  ];
  const store = path.join(root, 'packages/svelte/src/lib/element/locale-tables.ts');
  /** The name of a table module's one export (`export const readNl = {…}`). */
  const exportOf = (file: string): string => {
    const name = /^export const (\w+)/m.exec(fs.readFileSync(file, 'utf8'))?.[1];
    if (!name) throw new Error(`localeTables(): no \`export const\` in ${file}`);
    return name;
  };
  return {
    name: 'kring:locale-tables',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(REAL)) return null;
      const resolved = await this.resolve(source.slice(0, -REAL.length), importer, options);
      return resolved && { ...resolved, id: resolved.id + REAL };
    },
    load(id) {
      if (id.endsWith(REAL)) {
        const file = id.slice(0, -REAL.length);
        return { code: fs.readFileSync(file, 'utf8'), moduleType: 'ts' };
      }
      const chunk = LOCALE_CHUNK.exec(id);
      if (chunk) {
        const locale = chunk[1]!;
        const picture = chunk[2] !== undefined;
        const parts = files.filter(([part]) => PICTURE_PARTS.has(part) === picture);
        const lines = parts.map(([part, file], i) => {
          const full = path.join(root, `${file}.${locale}.ts`);
          return `import { ${exportOf(full)} as t${i} } from ${JSON.stringify(full + REAL)}; // ${part}`;
        });
        const entries = parts.map(([part], i) => `${JSON.stringify(part)}: t${i}`).join(', ');
        return `${lines.join('\n')}\nexport const tables = { ${entries} };\n`;
      }
      const table = FIRST_LOAD_TABLE.exec(id);
      if (!table) return null;
      const [, corePart, editorPart, locale] = table;
      return (
        `import { liveTable } from ${JSON.stringify(store)};\n` +
        `export const ${exportOf(id)} = liveTable(${JSON.stringify(locale)}, ${JSON.stringify(corePart ?? editorPart)});\n`
      );
    },
  };
}

const EDITOR_MODULE = '/src/lib/element/editor-module.ts';

/** A bundle's chunks as a graph of static imports: what a first load fetches follows from it. */
interface ChunkGraph {
  chunks: Map<string, { code: string; imports: string[]; modules: string[]; entry: boolean }>;
  /** `names` and every chunk they import statically. */
  closure(names: Iterable<string>): Set<string>;
  /** The chunks holding a module whose id contains `part`. */
  holding(part: string): string[];
}

function chunkGraph(bundle: Rollup.OutputBundle): ChunkGraph {
  const chunks: ChunkGraph['chunks'] = new Map();
  for (const file of Object.values(bundle))
    if (file.type === 'chunk')
      chunks.set(file.fileName, {
        code: file.code,
        imports: file.imports,
        modules: Object.keys(file.modules),
        entry: file.isEntry,
      });
  const closure = (names: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    const visit = (name: string): void => {
      if (out.has(name)) return;
      out.add(name);
      for (const next of chunks.get(name)?.imports ?? []) visit(next);
    };
    for (const name of names) visit(name);
    return out;
  };
  const holding = (part: string): string[] =>
    [...chunks].filter(([, c]) => c.modules.some((id) => id.includes(part))).map(([name]) => name);
  return { chunks, closure, holding };
}

/**
 * A build config in two passes: `configure(undefined)` is the probe pass, built in memory with `probe(found)`
 * (a plugin that collects module ids from the chunks rolldown made) added; `configure(found)` is the real
 * pass, which groups those modules into a chunk of its choice. `probeVariable` marks the probe pass in the
 * environment while it runs (the config file is evaluated again for it).
 */
export function twoPassConfig(
  configFile: string,
  probeVariable: string,
  probe: (found: Set<string>) => Plugin,
  configure: (found: Set<string> | undefined) => UserConfig,
): UserConfigFnPromise {
  return async () => {
    if (process.env[probeVariable] === '1') return configure(undefined);
    const found = new Set<string>();
    process.env[probeVariable] = '1';
    try {
      await build({ configFile, logLevel: 'silent', plugins: [probe(found)], build: { write: false } });
    } finally {
      delete process.env[probeVariable];
    }
    return configure(found);
  };
}

/**
 * For the probe pass of the code-split build (vite.element-esm.config.ts): the modules of the editor's
 * automatic chunk and of the chunks it imports statically, beyond those of the first picture (the entry's
 * and the genogram's) — what the editor needs — found in the chunks rolldown made (so a module that only
 * the lazily loaded parts use is not among them, whatever core's barrel reaches). The real pass groups them
 * into one `editor` chunk: no second round trip for the small chunks the editor shares with those parts.
 */
export function editorNeeds(found: Set<string>): Plugin {
  return {
    name: 'kring:editor-needs',
    generateBundle(_options, bundle) {
      const { chunks, closure, holding } = chunkGraph(bundle);
      const picture = closure([
        ...[...chunks].filter(([, c]) => c.entry).map(([n]) => n),
        ...holding('/packages/genogram/src/'),
      ]);
      for (const name of closure(holding(EDITOR_MODULE)))
        if (!picture.has(name)) for (const id of chunks.get(name)!.modules) found.add(id);
      if (found.size === 0) this.error('editorNeeds(): no editor chunk found');
    },
  };
}

/** A dynamic import of a chunk of the bundle in minified output: `import("./x.js")` (any quotes). */
const CHUNK_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`\n]+?\.js)\1\)/g;
/** The function each chunk gets for its rewritten imports (a declaration: hoisted, callable anywhere). */
const LOAD = '__kringLoad';

/**
 * For the code-split build: each `import()` of a chunk also asks, at the same moment, for the chunks that
 * chunk imports statically and the importer has not loaded (rolldown's runtime helpers, the names the
 * views draw, the network's queries, …), so they load beside it instead of a round trip after it (~180 ms
 * on a slow line each; the first picture's renderer, every other view, the editor). What a browser does for
 * `<link rel="modulepreload">` of an app's chunks, done with `import()`, which bundlers that build a page
 * from `@kring/svelte/element` understand (a preload link to a file's URL they would not). A chunk in an
 * import cycle with the one asked for is left to its importer (its modules would run first otherwise).
 *
 * The site keeps its length: `import("./editor-….js")` becomes `__kringLoad(0)` padded with spaces, and
 * `function __kringLoad(i){…}` on a line of its own at the end holds the imports, so the source map's
 * columns stay right. The budget's figures do not change (they count each chunk's static imports already).
 */
export function importsWithTheirChunks(): Plugin {
  return {
    name: 'kring:imports-with-their-chunks',
    generateBundle(_options, bundle) {
      const { chunks, closure } = chunkGraph(bundle);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const dir = path.posix.dirname(file.fileName);
        const relative = (name: string): string => {
          const from = path.posix.relative(dir, name);
          return from.startsWith('.') ? from : `./${from}`;
        };
        const loaded = closure([file.fileName]);
        const loads: string[] = [];
        const code = file.code.replace(CHUNK_IMPORT, (site: string, _quote: string, spec: string) => {
          const target = path.posix.join(dir, spec);
          if (!chunks.has(target)) return site;
          const along = [...closure([target])].filter(
            (name) => name !== target && !loaded.has(name) && !closure([name]).has(target),
          );
          const call = `${LOAD}(${loads.length})`;
          if (along.length === 0 || call.length > site.length) return site;
          const asks = along.map((name) => `import(${JSON.stringify(relative(name))}).catch(f)`);
          for (const name of along) if (!file.dynamicImports.includes(name)) file.dynamicImports.push(name);
          loads.push(`case ${loads.length}:return(${[...asks, site].join(',')});`);
          return call.padEnd(site.length, ' ');
        });
        if (loads.length === 0) continue;
        if (new RegExp(`\\b${LOAD}\\b`).test(file.code))
          this.error(`importsWithTheirChunks(): ${file.fileName} already names ${LOAD}`);
        // A chunk that fails to load fails its importer's import too (which the caller hears): `f` keeps
        // it from showing twice, as an unhandled rejection.
        const load = `function ${LOAD}(i){let f=()=>{};switch(i){${loads.join('')}}}`;
        // Before the source map's comment (a line of its own at the end), on a line of its own.
        const comment = code.lastIndexOf('\n//# sourceMappingURL=');
        file.code =
          comment < 0 ? `${code}\n${load}` : `${code.slice(0, comment)}\n${load}${code.slice(comment)}`;
      }
    },
  };
}

const MIGRATIONS_MODULE = /[\\/]packages[\\/]core[\\/]src[\\/]migrate[\\/]migrations\.ts$/;
const MIGRATIONS_CHUNK = /[\\/]src[\\/]lib[\\/]element[\\/]migrations-chunk\.ts$/;

/**
 * For the code-split build: the format's migrations only for a document that needs them (−1.7 kB gzip of
 * the first load). Core's migrations module becomes a stand-in whose list comes empty from
 * src/lib/element/migrations-loader.ts (`liveMigrations`); the real module goes into the chunk of
 * migrations-chunk.ts, which `loadMigrations()` loads when the element or `mount()` is given a document of
 * an older version. Uses the `?kring-table` modules of {@link localeTables} (listed before it).
 */
export function lazyMigrations(): Plugin {
  const root = path.resolve(import.meta.dirname, '../../..');
  const loader = path.join(root, 'packages/svelte/src/lib/element/migrations-loader.ts');
  const real = path.join(root, 'packages/core/src/migrate/migrations.ts');
  const oldest = path.join(root, 'packages/core/src/migrate/oldest-version.ts');
  return {
    name: 'kring:lazy-migrations',
    enforce: 'pre',
    load(id) {
      if (MIGRATIONS_CHUNK.test(id)) return `export { MIGRATIONS } from ${JSON.stringify(real + REAL)};\n`;
      if (!MIGRATIONS_MODULE.test(id)) return null;
      return (
        `import { liveMigrations } from ${JSON.stringify(loader)};\n` +
        `export const MIGRATIONS = liveMigrations();\n` +
        `export { OLDEST_VERSION } from ${JSON.stringify(oldest)};\n`
      );
    },
  };
}

/** A Dutch message table of a package (`export const readNl = { … }`, in `read.nl.ts`). */
const DUTCH_TABLE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.nl\.ts$/;
const ZIP = '\0kring:zip-table';

type Node = { type: string; [key: string]: unknown };

/** The text of a string literal, a template without placeholders or a `+` of those; undefined otherwise. */
function textOf(node: Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  const quasis = node.type === 'TemplateLiteral' ? (node.quasis as Node[]) : [];
  if (quasis.length === 1) return (quasis[0]!.value as { cooked?: string }).cooked;
  if (node.type !== 'BinaryExpression' || node.operator !== '+') return undefined;
  const [left, right] = [textOf(node.left as Node), textOf(node.right as Node)];
  return left === undefined || right === undefined ? undefined : left + right;
}

/** The one exported table of a TypeScript module: its name and its entries in source order. */
function tableOf(file: string): [string, [string, string][]] {
  const fail = (why: string): never => {
    throw new Error(`keylessDutchTables(): ${file}: ${why}`);
  };
  const { program } = parseSync(file, fs.readFileSync(file, 'utf8'), { lang: 'ts' });
  const exported = (program.body as unknown as Node[]).filter((n) => n.type === 'ExportNamedDeclaration');
  const declaration = exported.length === 1 ? (exported[0]!.declaration as Node | null) : null;
  const declarator = (declaration?.declarations as Node[] | undefined)?.[0];
  let init = declarator?.init as Node | undefined;
  if (init?.type === 'TSAsExpression') init = init.expression as Node;
  if (!declarator || init?.type !== 'ObjectExpression') return fail('not one `export const x = { … }`');
  const entries = (init.properties as Node[]).map((property): [string, string] => {
    const key = property.key as Node;
    const text = textOf(property.value as Node);
    if (property.type !== 'Property' || property.computed || typeof key.value !== 'string')
      return fail('an entry that is not `key: text`');
    if (typeof text !== 'string') return fail(`${key.value}: not a string`);
    return [key.value, text];
  });
  return [(declarator.id as Node).name as string, entries];
}

/**
 * A Dutch table's texts in the order of its English twin's keys (`read.nl.ts` → `read.en.ts`), with both
 * tables' export names; undefined when the file has no English twin. Throws when the twins' keys differ.
 */
export function dutchInEnglishOrder(
  dutchFile: string,
): { name: string; english: string; englishFile: string; texts: string[] } | undefined {
  const englishFile = dutchFile.replace(/\.nl\.ts$/, '.en.ts');
  if (!fs.existsSync(englishFile)) return undefined;
  const [name, nl] = tableOf(dutchFile);
  const [english, en] = tableOf(englishFile);
  const texts = new Map(nl);
  if (texts.size !== nl.length || nl.length !== en.length || en.some(([key]) => !texts.has(key)))
    throw new Error(`keylessDutchTables(): ${dutchFile} does not have exactly the keys of its English twin`);
  return { name, english, englishFile, texts: en.map(([key]) => texts.get(key)!) };
}

/**
 * For the single file, which holds both locales: each Dutch table without its keys, which are the English
 * twin's (−2.6 kB gzip). `readNl = { 'read.tooLarge': '…', … }` becomes `zipTable(readEn, ['…', …])`: the
 * texts in the order of the English keys, put back under those keys when the module runs. The twins have
 * the same keys (the Dutch table's type demands every English key and allows no other); a table this does
 * not understand fails the build.
 */
export function keylessDutchTables(): Plugin {
  return {
    name: 'kring:keyless-dutch-tables',
    enforce: 'pre',
    resolveId: (source) => (source === ZIP ? ZIP : null),
    load(id) {
      if (id === ZIP)
        return [
          'export function zipTable(en, texts) {',
          '  const table = {};',
          '  let i = 0;',
          '  for (const key in en) table[key] = texts[i++];',
          '  return table;',
          '}',
        ].join('\n');
      const table = DUTCH_TABLE.test(id) ? dutchInEnglishOrder(id) : undefined;
      if (!table) return null;
      return [
        `import { zipTable } from ${JSON.stringify(ZIP)};`,
        `import { ${table.english} } from ${JSON.stringify(table.englishFile)};`,
        `export const ${table.name} = zipTable(${table.english}, ${JSON.stringify(table.texts)});`,
      ].join('\n');
    },
  };
}

/**
 * For the probe pass of the script-tag build (vite.element.config.ts): the modules of the small chunks that
 * rolldown splits off for what the entry shares with its lazily loaded parts (core's enumerations, the
 * defaults, …) and the entry imports statically. The real pass groups them into the entry, so that the file
 * is all a page loads before `kringready`, in one request.
 */
export function entryNeeds(found: Set<string>): Plugin {
  return {
    name: 'kring:entry-needs',
    generateBundle(_options, bundle) {
      const { chunks, closure } = chunkGraph(bundle);
      const entries = [...chunks].filter(([, c]) => c.entry).map(([name]) => name);
      if (entries.length !== 1) this.error(`entryNeeds(): ${entries.length} entry chunks`);
      for (const name of closure(entries)) for (const id of chunks.get(name)!.modules) found.add(id);
    },
  };
}

/**
 * Prints the script-tag file's gzip size against its budget (and fails the build over its ceiling): the
 * entry with every chunk it imports statically (none, when entryNeeds() did its work: then the file alone),
 * what a page loads before `kringready`; then its lazily loaded parts.
 */
export function scriptTagBudget(): Plugin {
  return {
    name: 'kring:single-file-budget',
    generateBundle(_options, bundle) {
      const { chunks, closure } = chunkGraph(bundle);
      const entry = [...chunks].find(([, c]) => c.entry)?.[0];
      if (!entry) return;
      const loaded = closure([entry]);
      let size = 0;
      for (const name of loaded) size += gzipBytes(chunks.get(name)!.code);
      const what =
        loaded.size === 1
          ? `dist/${entry} (script tag: the editor, every view, both languages; one file)`
          : `dist/${entry} with the ${loaded.size - 1} chunks it imports (script tag)`;
      report(what, size, BUDGETS.scriptTag, CEILINGS.scriptTag, (m) => this.error(m));
      const parts = [...chunks.keys()].filter((name) => !loaded.has(name));
      let lazy = 0;
      for (const name of parts) lazy += gzipBytes(chunks.get(name)!.code);
      console.log(
        `  its parts loaded when first shown (${parts.length} files in dist/kring-editor/): ${kB(lazy)} gzip`,
      );
    },
  };
}

/** The views a page may open on besides the genogram (the default, whose figures come first). */
const OTHER_VIEWS = ['ecogram', 'sociogram'] as const;

/**
 * Prints the two figures of a page that imports `@kring/svelte/element`: the **first picture** (the entry,
 * its static imports, the first view's renderer — the genogram — with its static imports, and the words of
 * one locale the picture needs), against the budget; and the **interactive editor** (all that plus the
 * editor's chunk with its static imports and the rest of the locale's words: what is loaded before
 * `kringready`). Each figure for nl and en. Then the first picture of a page that opens on the ecogram or
 * the sociogram, against the same budget and ceiling, and the lazily loaded rest.
 */

export function esmBudget(firstView = '/packages/genogram/src/'): Plugin {
  return {
    name: 'kring:esm-budget',
    generateBundle(_options, bundle) {
      const { chunks, closure, holding } = chunkGraph(bundle);
      const entry = [...chunks].find(([, c]) => c.entry)?.[0];
      if (!entry) return;
      const gzipOf = (names: Iterable<string>): number => {
        let sum = 0;
        for (const name of names) sum += gzipBytes(chunks.get(name)!.code);
        return sum;
      };
      const short = (names: Iterable<string>): string =>
        [...names]
          .map((n) => n.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, ''))
          .sort()
          .join(', ');
      const picture = closure([entry, ...holding(firstView)]);
      const editor = closure([...picture, ...holding(EDITOR_MODULE)]);
      let largest = 0;
      for (const locale of ['nl', 'en']) {
        const firstWords = holding(`/element/locale-${locale}-first.ts`);
        const words = holding(`/element/locale-${locale}.ts`);
        const first = closure([...picture, ...firstWords]);
        const interactive = closure([...editor, ...firstWords, ...words]);
        largest = Math.max(largest, gzipOf(interactive));
        report(
          `@kring/svelte/element, first picture, ${locale} (${first.size} of ${chunks.size} chunks: ${short(first)})`,
          gzipOf(first),
          BUDGETS.esmFirstView,
          CEILINGS.esmFirstView,
          (m) => this.error(m),
        );
        const added = [...interactive].filter((n) => !first.has(n));
        report(
          `@kring/svelte/element, interactive editor (all before kringready), ${locale} (+ ${short(added)})`,
          gzipOf(interactive),
          undefined,
          CEILINGS.esmInteractive,
          (m) => this.error(m),
        );
      }
      // A page that opens on another view: its first picture is the entry, that view's chunk with what it
      // imports, and the drawing's words (the same budget and ceiling: no view's picture may wait for the
      // editor's chunk or another view's).
      for (const view of OTHER_VIEWS) {
        const shown = closure([entry, ...holding(`/state/views/${view}.ts`)]);
        const sizes = ['nl', 'en'].map((locale) =>
          gzipOf(closure([...shown, ...holding(`/element/locale-${locale}-first.ts`)])),
        );
        report(
          `@kring/svelte/element, first picture of the ${view}, nl (en ${kB(sizes[1]!)}; the entry, ${short([...shown].filter((n) => n !== entry))}, the words)`,
          sizes[0]!,
          BUDGETS.esmFirstView,
          CEILINGS.esmFirstView,
          (m) => this.error(m),
        );
      }
      const all = gzipOf(chunks.keys());
      console.log(`  lazily loaded chunks: ${kB(all - largest)} gzip`);
    },
  };
}

/** Prints a bundle's size against its budget (if it has one) and ceiling; fails over either. */
function report(
  what: string,
  bytes: number,
  budget: number | undefined,
  ceiling: number,
  fail: (message: string) => void,
): void {
  const limit = Math.min(ceiling, budget ?? ceiling);
  const within = budget === undefined || bytes <= budget;
  const of = budget === undefined ? `ceiling ${kB(ceiling)}` : `budget ${kB(budget)}, ceiling ${kB(ceiling)}`;
  console.log(`${within ? 'ok  ' : 'OVER'} ${what}: ${kB(bytes)} gzip (${of})`);
  if (bytes > limit)
    fail(
      `${what} is ${kB(bytes)} gzip, over its ${limit === budget ? 'budget' : 'ceiling'} of ${kB(limit)} ` +
        '(build/element-build.ts: CEILINGS)',
    );
}

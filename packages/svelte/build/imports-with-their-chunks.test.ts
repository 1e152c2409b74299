import type { Rollup } from 'vite';
import { expect, test } from 'vitest';
import { importsWithTheirChunks } from './element-build.js';

type Chunk = Pick<
  Rollup.OutputChunk,
  'type' | 'fileName' | 'code' | 'imports' | 'dynamicImports' | 'isEntry'
> & {
  modules: Record<string, unknown>;
};

const chunk = (fileName: string, code: string, imports: string[] = [], isEntry = false): Chunk => ({
  type: 'chunk',
  fileName,
  code,
  imports,
  dynamicImports: [],
  isEntry,
  modules: {},
});

/** Runs the plugin's generateBundle on `chunks`; returns them by file name. */
function run(...chunks: Chunk[]): Record<string, Chunk> {
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  const plugin = importsWithTheirChunks();
  const hook = plugin.generateBundle as (
    this: { error(message: string): never },
    options: unknown,
    bundle: unknown,
  ) => void;
  hook.call(
    {
      error: (message: string) => {
        throw new Error(message);
      },
    },
    {},
    bundle,
  );
  return bundle;
}

const MAP = '\n//# sourceMappingURL=index.js.map';

test('an import() of a chunk also asks for the chunks it imports that the importer has not; the site keeps its place and length', () => {
  const site = 'import(`./chunks/view-AAAAAAAA.js`)';
  const before = `let a=1;function v(){return ${site}.then(e=>e.t)}export{v};`;
  const out = run(
    chunk('index.js', before + MAP, [], true),
    chunk(
      'chunks/view-AAAAAAAA.js',
      'import"./runtime-BBBBBBBB.js";import"./shared-CCCCCCCC.js";import"../index.js";',
      ['chunks/runtime-BBBBBBBB.js', 'chunks/shared-CCCCCCCC.js', 'index.js'],
    ),
    chunk('chunks/runtime-BBBBBBBB.js', ''),
    chunk('chunks/shared-CCCCCCCC.js', 'import"../index.js";', ['index.js']),
  );
  const [line, load, comment] = out['index.js']!.code.split('\n');
  // Same length up to and after the site: the source map's columns hold.
  expect(line!.length).toBe(before.length);
  expect(line!.indexOf('.then(e=>e.t)')).toBe(before.indexOf('.then(e=>e.t)'));
  expect(line).toContain('__kringLoad(0)');
  expect(line).not.toContain('import(');
  // The chunks it imports first (not the entry, which is loaded), then the chunk itself, its value.
  expect(load).toBe(
    'function __kringLoad(i){let f=()=>{};switch(i){case 0:return(' +
      'import("./chunks/runtime-BBBBBBBB.js").catch(f),import("./chunks/shared-CCCCCCCC.js").catch(f),' +
      `${site});}}`,
  );
  expect(comment).toBe('//# sourceMappingURL=index.js.map');
  expect(out['index.js']!.dynamicImports).toEqual([
    'chunks/runtime-BBBBBBBB.js',
    'chunks/shared-CCCCCCCC.js',
  ]);
});

test('a chunk with nothing to bring along, one in a cycle with the one asked for, and other imports are left as they are', () => {
  const code =
    'function a(){return import("./b-BBBBBBBB.js")}function c(){return import("./c-CCCCCCCC.js")}' +
    'function d(){return import("./not-in-the-bundle.js")}';
  const out = run(
    chunk('chunks/a-AAAAAAAA.js', code),
    chunk('chunks/b-BBBBBBBB.js', ''),
    // c imports d, d imports c back: d is c's, not to be run before it.
    chunk('chunks/c-CCCCCCCC.js', 'import"./d-DDDDDDDD.js";', ['chunks/d-DDDDDDDD.js']),
    chunk('chunks/d-DDDDDDDD.js', 'import"./c-CCCCCCCC.js";', ['chunks/c-CCCCCCCC.js']),
  );
  expect(out['chunks/a-AAAAAAAA.js']!.code).toBe(code);
});

test('a chunk that already names the loader fails the build', () => {
  expect(() =>
    run(
      chunk('index.js', 'var __kringLoad;function v(){return import(`./chunks/view-AAAAAAAA.js`)}', [], true),
      chunk('chunks/view-AAAAAAAA.js', 'import"./r-BBBBBBBB.js";', ['chunks/r-BBBBBBBB.js']),
      chunk('chunks/r-BBBBBBBB.js', ''),
    ),
  ).toThrow(/already names __kringLoad/);
});

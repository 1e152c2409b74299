/**
 * Proves the renderers are separate: a bundle of only the genogram renderer contains no d3-force (nor the
 * other views), while a bundle of the sociogram renderer does contain it — so the check can fail.
 */
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { treeshake: true },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

const packages = path.resolve(import.meta.dirname, '../..');
// Markers that appear in d3-force's own source whatever the minifier does to names.
const D3_FORCE = /forceSimulation|forceCollide|d3-force|alphaDecay/;

describe('renderer bundles', { timeout: 120_000 }, () => {
  it('a genogram-only bundle carries no d3-force and no other renderer', async () => {
    const code = await bundle(path.join(packages, 'genogram/src/index.ts'));
    expect(code).toContain('renderGenogram');
    expect(code).not.toMatch(D3_FORCE);
    expect(code).not.toMatch(/renderSociogram|renderEcogram/);
  });

  it('a sociogram bundle does carry d3-force (the check above can fail)', async () => {
    const code = await bundle(path.join(packages, 'sociogram/src/index.ts'));
    expect(code).toMatch(D3_FORCE);
  });
});

/**
 * The CI summary names every failure, including test files that never loaded: runs vitest on a folder of files
 * that pass, fail, fail to load and fail while being collected, then the summary on vitest's JSON report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = 'scripts/test-fixtures/ci-summary';
const out = mkdtempSync(join(tmpdir(), 'kring-ci-summary-'));

function summary(...reports: string[]): { status: number | null; text: string } {
  const r = spawnSync(process.execPath, ['scripts/ci-summary.mjs', ...reports], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, text: r.stdout + r.stderr };
}

describe('scripts/ci-summary.mjs', () => {
  const report = join(out, 'fixtures.json');
  beforeAll(() => {
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    spawnSync(process.execPath, [vitest, 'run', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: join(root, fixtures),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
  });

  it('names a test file that did not load, and one that failed while being collected', () => {
    const { status, text } = summary(report);
    expect(text).toContain(`FAILED (did not load): ${fixtures}/broken-import.check.ts`);
    expect(text).toContain(`FAILED (did not load): ${fixtures}/broken-hook.check.ts`);
    expect(status).toBe(1);
  });

  it('names a failed test and counts everything in the closing line', () => {
    const { text } = summary(report);
    expect(text).toContain(`FAILED: ${fixtures}/failing.check.ts › compares`);
    expect(text.trim().split('\n').at(-1)).toBe('total: 1 passed, 3 failed, 0 skipped');
  });

  it('counts a missing report and an all-green run correctly', () => {
    const green = join(out, 'green.json');
    writeFileSync(
      green,
      JSON.stringify({
        success: true,
        testResults: [
          {
            name: join(root, 'x.test.ts'),
            status: 'passed',
            assertionResults: [{ title: 'a', status: 'passed' }],
          },
        ],
      }),
    );
    expect(summary(green)).toEqual({
      status: 0,
      text: expect.stringContaining('total: 1 passed, 0 failed, 0 skipped'),
    });
    const missing = summary(green, join(out, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.text).toContain(`FAILED (report): ${join(out, 'nope.json')}`);
    expect(missing.text).toContain('total: 1 passed, 1 failed, 0 skipped');
  });

  it('counts skipped and todo tests as skipped, from the report alone (no skipped test in the repository)', () => {
    const report = join(out, 'skipped.json');
    const results = ['passed', 'skipped', 'pending', 'todo'].map((status, i) => ({ title: `t${i}`, status }));
    writeFileSync(
      report,
      JSON.stringify({
        success: true,
        testResults: [{ name: join(root, 'y.test.ts'), status: 'passed', assertionResults: results }],
      }),
    );
    expect(summary(report).text).toContain('total: 1 passed, 0 failed, 3 skipped');
  });
});

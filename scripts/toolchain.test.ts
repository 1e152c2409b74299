/**
 * scripts/toolchain.sh installs pnpm and Chromium only on machines that lack them, so those branches would
 * first run on a fresh CI machine. Its --dry-run prints the commands instead; here it runs with a fake `pnpm`,
 * `rsvg-convert`, `pdftotext` and `id` first on the PATH and KRING_CHROMIUM pointing at a browser that is or is not there.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./toolchain.sh', import.meta.url));

interface Machine {
  pnpm?: string;
  chromium: boolean;
  rsvg?: boolean;
  poppler?: boolean;
  uid?: number;
  env?: Record<string, string>;
}

function dryRun(machine: Machine, ...args: string[]): { status: number | null; lines: string[] } {
  const bin = mkdtempSync(join(tmpdir(), 'kring-toolchain-'));
  const tool = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  tool('pnpm', machine.pnpm ? `echo ${machine.pnpm}` : 'exit 127');
  // The PATH holds only these stubs, so a tool left out here is missing on this "machine".
  if (machine.rsvg !== false) tool('rsvg-convert', 'exit 0');
  if (machine.poppler !== false) tool('pdftotext', 'exit 0');
  tool('id', `echo ${machine.uid ?? 0}`);
  for (const name of ['bash', 'dirname', 'env']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    tool(name, `exec ${found} "$@"`);
  }
  const browser = join(bin, 'chromium');
  if (machine.chromium) tool('chromium', 'exit 0');
  const r = spawnSync(join(bin, 'bash'), [script, '--dry-run', ...args], {
    encoding: 'utf8',
    env: { PATH: bin, KRING_CHROMIUM: browser, ...machine.env },
  });
  return { status: r.status, lines: (r.stdout + r.stderr).trim().split('\n').filter(Boolean) };
}

describe('scripts/toolchain.sh --dry-run', () => {
  it('installs only the packages on a machine that has everything', () => {
    expect(dryRun({ pnpm: '12.21.0', chromium: true })).toEqual({
      status: 0,
      lines: ['would run: pnpm install'],
    });
  });

  it('installs pnpm when it is missing or another version', () => {
    for (const pnpm of [undefined, '9.15.0']) {
      const { status, lines } = dryRun({ pnpm, chromium: true });
      expect(status).toBe(0);
      expect(lines[0]).toBe(
        'would run: npm install -g --no-fund --no-audit --allow-scripts=pnpm pnpm@12.21.0',
      );
    }
  });

  it("installs Debian's Chromium, fonts, librsvg and Poppler when the browser, rsvg-convert or pdftotext is missing", () => {
    for (const machine of [
      { chromium: false },
      { chromium: true, rsvg: false },
      { chromium: true, poppler: false },
    ]) {
      const { lines } = dryRun({ pnpm: '12.21.0', ...machine });
      expect(lines).toEqual([
        'would run: apt-get update -qq',
        'would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core librsvg2-bin poppler-utils',
        'would run: pnpm install',
      ]);
    }
  });

  it('uses sudo when not root, skips the browser on request, and freezes the lockfile in CI', () => {
    expect(dryRun({ pnpm: '12.21.0', chromium: false, uid: 1000 }).lines[0]).toBe(
      'would run: sudo apt-get update -qq',
    );
    expect(dryRun({ pnpm: '12.21.0', chromium: false, env: { KRING_NO_CHROMIUM: '1' } }).lines).toEqual([
      'would run: pnpm install',
    ]);
    expect(dryRun({ pnpm: '12.21.0', chromium: true, env: { CI: 'true' } }).lines).toEqual([
      'would run: pnpm install --frozen-lockfile',
    ]);
  });

  it('refuses an unknown flag', () => {
    expect(dryRun({ pnpm: '12.21.0', chromium: true }, '--wat').status).toBe(2);
  });
});

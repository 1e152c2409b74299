import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import type { CommandIO } from './command.js';

const SOPHIA = readFileSync(new URL('../../../core/fixtures/valid/sophia.kring.json', import.meta.url));

function fakeIO() {
  const bytes = new Map<string, Uint8Array>();
  const io: CommandIO & { stderr: string } = {
    stderr: '',
    out: () => {},
    err: (text) => void (io.stderr += text),
    readFile: (path) => {
      if (path === 'sophia.kring.json') return SOPHIA;
      if (path === 'broken.kring.json') return new TextEncoder().encode('{"format":"kring","version":2}');
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    writeFile: () => {},
    writeBytes: (path, data) => void bytes.set(path, data),
  };
  return { io, bytes };
}

describe('kring report', { timeout: 60_000 }, () => {
  it('writes the PDF to -o and says so', async () => {
    const { io, bytes } = fakeIO();
    const code = await run(
      ['report', 'sophia.kring.json', '-o', 'out.pdf', '--locale', 'en', '--author', 'A. B.'],
      io,
    );
    expect(code).toBe(0);
    expect(new TextDecoder().decode(bytes.get('out.pdf')!.slice(0, 5))).toBe('%PDF-');
    expect(io.stderr).toBe('Wrote out.pdf.\n');
  });

  it('refuses a command line without -o, with an unknown view or an unknown option (exit code 2)', async () => {
    for (const argv of [
      ['report', 'sophia.kring.json'],
      ['report', 'sophia.kring.json', '-o', '-'],
      ['report', 'sophia.kring.json', '-o', 'x.pdf', '--views', 'genogram,kaart'],
      ['report', 'sophia.kring.json', '-o', 'x.pdf', '--colour'],
      ['report', '-o', 'x.pdf'],
    ]) {
      const { io, bytes } = fakeIO();
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toContain('Gebruik: kring report');
      expect(bytes.size).toBe(0);
    }
  });

  it('refuses a missing or invalid document (exit code 1) and writes nothing', async () => {
    for (const file of ['missing.kring.json', 'broken.kring.json']) {
      const { io, bytes } = fakeIO();
      expect(await run(['report', file, '-o', 'x.pdf'], io)).toBe(1);
      expect(io.stderr).toContain(file);
      expect(bytes.size).toBe(0);
    }
  });

  it('is listed in kring --help', () => {
    let out = '';
    const { io } = fakeIO();
    expect(run(['--help'], { ...io, out: (text) => void (out += text) })).toBe(0);
    expect(out).toContain('report <bestand> -o <uit.pdf>');
  });
});

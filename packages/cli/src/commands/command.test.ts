import { describe, expect, it } from 'vitest';
import { parseOptions, writeOutput, type CommandIO } from './command.js';

/** An IO that keeps what is written, or fails every write with `code`. */
function io(options: { code?: string; bytes?: boolean } = {}) {
  const files = new Map<string, string | Uint8Array>();
  const fail = () => {
    if (options.code) throw Object.assign(new Error('refused'), { code: options.code });
  };
  const value: CommandIO & { stderr: string } = {
    stderr: '',
    out: () => undefined,
    err: (text) => void (value.stderr += text),
    readFile: () => new Uint8Array(),
    writeFile: (path, text) => {
      fail();
      files.set(path, text);
    },
  };
  if (options.bytes !== false)
    value.writeBytes = (path, bytes) => {
      fail();
      files.set(path, bytes);
    };
  return { io: value, files };
}

describe('parseOptions', () => {
  const options = { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } } as const;

  it('hands values and positionals to the check', () => {
    const parsed = parseOptions(['a.json', '-o', 'b.svg', '--json'], options, (values, positionals) => ({
      ok: true,
      value: { values, positionals },
    }));
    expect(parsed).toEqual({
      ok: true,
      value: { values: { output: 'b.svg', json: true }, positionals: ['a.json'] },
    });
  });

  it('turns an unknown option or a missing value into the bad-option message, without calling the check', () => {
    let called = 0;
    const finish = () => ({ ok: true as const, value: ++called });
    for (const argv of [
      ['a.json', '--colour', 'red'],
      ['a.json', '-o'],
    ]) {
      const parsed = parseOptions(argv, options, finish);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message.key).toBe('cli.badOption');
    }
    expect(called).toBe(0);
  });
});

describe('writeOutput', () => {
  it('writes text with writeFile and bytes with writeBytes', () => {
    const { io: out, files } = io();
    expect(writeOutput(out, 'en', 'map.svg', '<svg/>')).toBe(true);
    expect(writeOutput(out, 'en', 'report.pdf', new Uint8Array([37, 80]))).toBe(true);
    expect(files.get('map.svg')).toBe('<svg/>');
    expect(files.get('report.pdf')).toEqual(new Uint8Array([37, 80]));
    expect(out.stderr).toBe('');
  });

  it('says on stderr which file could not be written and why, and returns false', () => {
    const { io: out, files } = io({ code: 'EACCES' });
    expect(writeOutput(out, 'en', 'map.svg', '<svg/>')).toBe(false);
    expect(files.size).toBe(0);
    expect(out.stderr).toContain('map.svg');
    expect(out.stderr).toContain('EACCES');
  });

  it('refuses bytes when the IO cannot write binary files', () => {
    const { io: out } = io({ bytes: false });
    expect(writeOutput(out, 'en', 'report.pdf', new Uint8Array([1]))).toBe(false);
    expect(out.stderr).toContain('ENOTSUP');
  });
});

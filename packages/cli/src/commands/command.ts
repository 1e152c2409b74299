/**
 * What every `kring` command is: a function of its arguments and an IO that returns the exit code.
 * Commands touch the outside world only through CommandIO, so tests pass fakes.
 */
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '@kring/core';
import { t } from '../messages.js';
import type { CliMessage } from '../messages.js';

/**
 * The command's only way to the outside world: standard streams and files (tests pass an in-memory one; the
 * bin passes Node's).
 */
export interface CommandIO {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /**
   * The file's bytes; decoding is the reader's job (`readDocumentBytes`: UTF-8 with or without a byte-order
   * mark, UTF-16 with one). Throws (with a Node error code such as ENOENT) when the file cannot be read.
   */
  readFile(path: string): Uint8Array;
  /** Writes text (UTF-8) to a file, replacing it. */
  writeFile(path: string, text: string): void;
  /** Writes bytes (`kring report`'s PDF); an IO without it cannot write binary files. */
  writeBytes?(path: string, bytes: Uint8Array): void;
  /** Size in bytes, when known; lets a command refuse a huge file without reading it. */
  sizeOf?(path: string): number | undefined;
  /** Creates a folder (and its parents) when it does not exist yet: `kring export --to csv`. */
  makeDirectory?(path: string): void;
}

/** A command returns its exit code, or a promise of it when it waits for something (`kring report`). */
export type CliCommand = (argv: readonly string[], io: CommandIO) => number | Promise<number>;

/** Exit codes: 0 done, 1 a document was refused (or a file missing), 2 the command line was wrong. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Kring is made for Dutch social work: messages are Dutch unless asked otherwise. */
export const DEFAULT_LOCALE: Locale = 'nl';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: CliMessage };

export function parseLocale(value: string | undefined): Parsed<Locale> {
  if (value === undefined) return { ok: true, value: DEFAULT_LOCALE };
  if (isLocale(value)) return { ok: true, value };
  return { ok: false, message: { key: 'cli.badLocale', params: { value } } };
}

/** The --locale value of a raw argument list, for messages about a command line that did not parse. */
export function localeOfArgv(argv: readonly string[]): Locale {
  const i = argv.indexOf('--locale');
  const inline = argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  const value = inline ?? (i >= 0 ? argv[i + 1] : undefined);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * Parses `argv` with `options` (strict; positional arguments allowed) and hands the values and positionals to
 * `finish`, which checks them. An unknown option or a missing value becomes the `cli.badOption` message.
 */
/**
 * The options a command takes, in node:util `parseArgs`'s shape. Spelled out here rather than taken from
 * `node:util`'s types, so the published declarations of @kring/cli need no Node type definitions.
 */
export type OptionSpec = Record<
  string,
  {
    type: 'string' | 'boolean';
    short?: string;
    multiple?: boolean;
    default?: string | boolean | string[] | boolean[];
  }
>;

export function parseOptions<T>(
  argv: readonly string[],
  options: OptionSpec,
  finish: (values: Record<string, unknown>, positionals: string[]) => Parsed<T>,
): Parsed<T> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return {
      ok: false,
      message: { key: 'cli.badOption', params: { detail: (error as Error).message } },
    };
  }
  return finish(parsed.values, parsed.positionals);
}

/**
 * Writes `content` (text, or bytes through `io.writeBytes`) to `file`. When that fails, says so on stderr
 * (`cli.cannotWrite` with the system's error code) and returns false: the command then exits with
 * EXIT.refused. What was written is for the caller to report, in its own words.
 */
export function writeOutput(
  io: CommandIO,
  locale: Locale,
  file: string,
  content: string | Uint8Array,
): boolean {
  try {
    if (typeof content === 'string') io.writeFile(file, content);
    else if (io.writeBytes) io.writeBytes(file, content);
    else throw Object.assign(new Error('no binary output'), { code: 'ENOTSUP' });
    return true;
  } catch (error) {
    const detail = String((error as { code?: unknown }).code ?? error);
    io.err(`${t(locale, 'cli.cannotWrite', { file, detail })}\n`);
    return false;
  }
}

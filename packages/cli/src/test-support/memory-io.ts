/**
 * The CLI's tests run `kring` against this in-memory IO instead of the file system (node-io.ts): input files by
 * name (text is stored as UTF-8), and everything the command wrote: stdout, stderr, files and folders.
 */
import type { CommandIO } from '../commands/command.js';

/** A {@link CommandIO} that keeps in memory what a command reads and writes. */
export interface MemoryIO extends CommandIO {
  /** Everything written to standard output, in order. */
  stdout: string;
  /** Everything written to standard error, in order. */
  stderr: string;
  /** The files written, by path (a later read of that path reads them). */
  readonly written: Map<string, string>;
  /** The folders made, in order. */
  readonly folders: string[];
}

/**
 * An IO over `files` (a missing one fails like the file system's, with code ENOENT). A file's size is its
 * byte length unless `sizes` says otherwise (to try the size limits without megabytes of input).
 */
export function memoryIO(
  files: Record<string, string | Uint8Array> = {},
  sizes: Record<string, number> = {},
): MemoryIO {
  const bytesOf = (path: string): Uint8Array | undefined => {
    const content = io.written.get(path) ?? files[path];
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  };
  const io: MemoryIO = {
    stdout: '',
    stderr: '',
    written: new Map(),
    folders: [],
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
    readFile: (path) => {
      const bytes = bytesOf(path);
      if (bytes === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: (path, text) => void io.written.set(path, text),
    sizeOf: (path) => sizes[path] ?? bytesOf(path)?.length,
    makeDirectory: (path) => void io.folders.push(path),
  };
  return io;
}

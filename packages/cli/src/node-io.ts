import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { CommandIO } from './commands/command.js';

/** The real world: standard streams and the file system. */
export const nodeIO: CommandIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFileSync(path, bytes),
  makeDirectory: (path) => void mkdirSync(path, { recursive: true }),
  sizeOf: (path) => {
    try {
      return statSync(path).size;
    } catch {
      return undefined;
    }
  },
};

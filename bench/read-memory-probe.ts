/**
 * Run in a fresh child process by read.bench.ts: `node --expose-gc --max-semi-space-size=… --import tsx
 * bench/read-memory-probe.ts <persons>`. Prints one JSON line: `{ "peakMb": …, "retainedMb": … }`.
 *
 * peakMb is an upper bound of the read's peak memory: the young generation is made large enough that no
 * garbage collection runs during the read, so everything allocated (the parsed tree, the validated copy,
 * temporaries) is still counted when it ends. It includes the input text. retainedMb is the typed document
 * that stays after a full collection once the text is dropped.
 */
import { readDocument, writeDocument } from '../packages/core/src/index.js';
import { generateDocument } from '../packages/core/src/test-support/generate-document.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const persons = Number(process.argv[2] ?? 5000);
const input: { text?: string } = { text: writeDocument(generateDocument({ persons, seed: 1 })) };
// Warm up the code paths on a small document, so compilation is not counted.
for (let i = 0; i < 3; i++) readDocument(writeDocument(generateDocument({ persons: 50, seed: i })));
// The generated text is ASCII: V8 keeps it at one byte per character.
const textMb = input.text!.length / 1024 / 1024;
gc();
const before = process.memoryUsage();
const result = readDocument(input.text);
const after = process.memoryUsage();
delete input.text;
gc();
const held = process.memoryUsage();
if (!result.ok) throw new Error('the generated document did not read');
const mb = (bytes: number) => bytes / 1024 / 1024;
const used = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external + m.arrayBuffers;
console.log(
  JSON.stringify({
    peakMb: mb(used(after) - used(before)) + textMb,
    retainedMb: mb(used(held) - used(before)) + textMb,
  }),
);

/**
 * Run in a fresh child process by genogram-vs-dagre.bench.ts: `node --import tsx bench/genogram-cold-probe.ts
 * <persons>`. Imports the packages, builds the seeded synthetic family (seed 42), then times the process's very
 * first `layoutGenogram` call — nothing has run the layout code before, so it starts in the interpreter — and
 * prints that time in ms on the last line.
 */
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { layoutGenogram } from '../packages/genogram/src/index.js';

const persons = Number(process.argv[2] ?? 1000);
const doc = syntheticFamily(persons, 42);
const t = performance.now();
layoutGenogram(doc, { locale: 'nl' });
console.log(String(performance.now() - t));

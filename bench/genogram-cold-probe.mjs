/**
 * Run in a fresh child process by genogram-vs-dagre.bench.ts; prints on its last line how long the process's
 * very first `layoutGenogram` call took, in ms. Nothing has run the layout code before, so it starts in V8's
 * interpreter. Only the call is timed: importing the modules (and tsx's transform of the sources) and
 * reading the document happen before the clock starts.
 *
 *   node --import ./bench/dist-packages.mjs bench/genogram-cold-probe.mjs dist <document.json>
 *     the built packages (packages/<name>/dist: what `pnpm build:packages` makes and npm users run); the
 *     hook maps every `@kring/<name>` import to its dist, so no TypeScript is loaded at all
 *   node --import tsx bench/genogram-cold-probe.mjs src <document.json>
 *     the sources as the workspace runs them (through tsx's transform)
 *
 * Plain JavaScript, so that the dist run loads no transform. The document is a JSON file (the bench writes
 * the seeded synthetic family there), parsed before the clock starts, as a host reads a saved map.
 */
import { readFileSync } from 'node:fs';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'dist' && mode !== 'src') || !file)
  throw new Error('usage: genogram-cold-probe.mjs dist|src <document.json>');
const entry = mode === 'dist' ? '../packages/genogram/dist/index.js' : '../packages/genogram/src/index.ts';
const { layoutGenogram } = await import(entry);
const doc = JSON.parse(readFileSync(file, 'utf8'));
const t = performance.now();
layoutGenogram(doc, { locale: 'nl' });
console.log(String(performance.now() - t));

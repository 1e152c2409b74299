/**
 * Writes docs/notation/<slug>.svg for every notation sample and docs/notation.md (pnpm docs:notation).
 * Removes pictures of samples that no longer exist. Run it after changing a renderer or a sample.
 */
import fs from 'node:fs';
import path from 'node:path';
import { notationDocs } from './notation-docs/render-notation.js';

const docs = path.join(import.meta.dirname, '..', 'docs');
const files = await notationDocs();
fs.mkdirSync(path.join(docs, 'notation'), { recursive: true });
for (const old of fs.readdirSync(path.join(docs, 'notation'))) {
  if (!files.has(`notation/${old}`)) fs.rmSync(path.join(docs, 'notation', old));
}
for (const [name, text] of files) fs.writeFileSync(path.join(docs, name), text);
console.log(`Wrote docs/notation.md and ${files.size - 1} pictures in docs/notation/.`);

/** Every notation sample has exactly one story in Storybook's notation chart, under its own view. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { NOTATION_SAMPLES_BY_VIEW } from '../../packages/examples/src/index.js';

const stories = path.join(import.meta.dirname, '..', '..', 'packages', 'svelte', 'src', 'stories');

test.each(['genogram', 'ecogram', 'sociogram'] as const)(
  'the %s notation stories cover every sample',
  (view) => {
    const file = `${view[0]!.toUpperCase()}${view.slice(1)}.stories.ts`;
    const text = fs.readFileSync(path.join(stories, file), 'utf8');
    const slugs = [...text.matchAll(/= sample\('([a-z0-9-]+)'\);/g)].map((m) => m[1]);
    expect(slugs).toEqual(NOTATION_SAMPLES_BY_VIEW[view].map((s) => s.slug));
  },
);

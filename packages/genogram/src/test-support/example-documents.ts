/** The documents the stability and pin tests run on: the example cases (read) and a synthetic family of 200. */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { syntheticFamily } from '@kring/examples/synthetic';

export const EXAMPLES_AND_SYNTHETIC_200: readonly [string, KringDocument][] = [
  ...EXAMPLES.map((e): [string, KringDocument] => {
    const read = readDocument(e.document);
    if (!read.ok) throw new Error(`${e.slug} does not read`);
    return [e.slug, read.document];
  }),
  ['synthetic family of 200', syntheticFamily(200, 7)],
];

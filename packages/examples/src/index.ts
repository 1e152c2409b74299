/**
 * Three fictional example cases, modelled on the practice stories Kring started from (names and details
 * invented): a teenager living with her aunt while her mother is detained abroad; a couple facing eviction
 * whose neighbours and a sister turn out to be the network; two children whose grandfather, two aunts and a
 * family friend take over what professionals had planned. Each has all three views worth looking at, and a plan.
 */
import noor from '../cases/noor-bij-tante.kring.json' with { type: 'json' };
import bakker from '../cases/bakker-huisuitzetting.kring.json' with { type: 'json' };
import mila from '../cases/mila-en-daan.kring.json' with { type: 'json' };

export interface ExampleCase {
  /** Stable slug, used in URLs and file names. */
  slug: string;
  /** The raw document, as a file on disk would hold it: pass it to `readDocument` before use. */
  document: unknown;
}

export const EXAMPLES: readonly ExampleCase[] = [
  { slug: 'noor-bij-tante', document: noor },
  { slug: 'bakker-huisuitzetting', document: bakker },
  { slug: 'mila-en-daan', document: mila },
];

export * from './notation/index.js';

import { SECTOR_PRESETS } from '../../model/enums.js';
import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/** Invariant 6: `ring` within 1..options.rings (the lower bound is structural); `sector` in the preset. */
export function checkTies(doc: KringDocument, problems: ProblemSink): void {
  const max = doc.options.rings;
  const preset = doc.options.sectors;
  const sectors: readonly string[] = SECTOR_PRESETS[preset];
  doc.ties.forEach((tie, i) => {
    if (tie.ring !== undefined && tie.ring > max)
      problems.push(error(['ties', i, 'ring'], 'read.ringOutOfRange', { ring: tie.ring, max }));
    if (tie.sector !== undefined && !sectors.includes(tie.sector))
      problems.push(
        error(['ties', i, 'sector'], 'read.sectorNotInPreset', {
          sector: tie.sector,
          preset,
          allowed: sectors.join(', '),
        }),
      );
  });
}

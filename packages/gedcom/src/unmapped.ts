/**
 * Which tags an import maps, per record type, so everything else can be counted in the report. A spec maps a
 * tag to `true` (the tag and everything under it is used) or to a spec of its own children; tags not in the
 * spec are counted once per occurrence at their own path (`INDI.BAPM`), without descending further.
 */
import type { GedcomNode } from './parse.js';
import type { UnmappedTag } from './report.js';

export type TagSpec = { readonly [tag: string]: true | TagSpec };

const EVENT: TagSpec = { DATE: true, PLAC: true, TYPE: true };

export const INDI_SPEC: TagSpec = {
  NAME: true,
  SEX: true,
  BIRT: EVENT,
  DEAT: { ...EVENT, CAUS: true },
  BURI: EVENT,
  CREM: EVENT,
  CHR: EVENT,
  BAPM: EVENT,
  RESI: { ...EVENT, ADDR: true },
  OCCU: true,
  TITL: true,
  NOTE: true,
  SNOTE: true,
  FAMC: { PEDI: true, _FREL: true, _MREL: true },
  FAMS: true,
  ADOP: { ...EVENT, FAMC: true },
  _KRING: true,
};

export const FAM_SPEC: TagSpec = {
  HUSB: true,
  WIFE: true,
  CHIL: { _FREL: true, _MREL: true, PEDI: true, PHRASE: true },
  MARR: EVENT,
  ENGA: EVENT,
  DIV: EVENT,
  DIVF: EVENT,
  ANUL: EVENT,
  NO: true,
  _KRING: true,
};

/** Tallies unmapped tags; `done` turns the tally into the report's list, most frequent first. */
export class UnmappedTally {
  private readonly counts = new Map<string, number>();

  add(path: string): void {
    this.counts.set(path, (this.counts.get(path) ?? 0) + 1);
  }

  /** Counts the children of `node` (at `path`) that `spec` does not map; `skip` are handled elsewhere. */
  walk(node: GedcomNode, path: string, spec: TagSpec, skip?: (child: GedcomNode) => boolean): void {
    for (const child of node.children) {
      const sub = spec[child.tag];
      if (sub === true || skip?.(child)) continue;
      const at = `${path}.${child.tag}`;
      if (sub === undefined) this.add(at);
      else this.walk(child, at, sub);
    }
  }

  done(): UnmappedTag[] {
    return [...this.counts]
      .map(([tag, count]) => ({ tag, count, extension: tag.split('.').some((t) => t.startsWith('_')) }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }
}

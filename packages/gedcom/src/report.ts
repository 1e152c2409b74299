/** What an import did not map, or mapped with a change: plain data, messages from the catalogue (`interop.*`). */
import type { PartialDateString } from '@kring/core';
import type { GedcomEncoding } from './decode.js';
import type { InteropMessage } from './messages.js';

/** A date that is not exact, or could not be read: the original text is kept here. */
export interface DateNote {
  /** The person or partnership the date belongs to. */
  id: string;
  /** The person's name, or both partners' names. */
  name: string;
  /** Which date: the birth, the death, or a partnership event. */
  field: 'birth' | 'death' | 'event';
  /** The date as the file writes it (`BET 1850 AND 1860`). */
  original: string;
  /** What it became; absent when it could not be read (then the date is left out). */
  mapped?: PartialDateString;
}

/** A tag that was left out, with how often. `tag` is a path such as `INDI.BAPM` or a record such as `SOUR`. */
export interface UnmappedTag {
  /** The tag's path (`INDI.BAPM`) or record (`SOUR`). */
  tag: string;
  /** How often it occurs in the file. */
  count: number;
  /** An extension tag (starting with `_`) of the program that wrote the file. */
  extension: boolean;
}

/** Something the import changed or could not map, for the user to check. */
export interface ImportNote {
  /** What happened, as a catalogue message (`interop.gedcom.*`). */
  message: InteropMessage;
  /** The line in the file, when the note is about one. */
  line?: number;
}

/** What a GEDCOM import read, mapped, changed and left out: for the report shown after an import. */
export interface ImportReport {
  /** The GEDCOM version the header gives (`HEAD.GEDC.VERS`), when it gives one. */
  version?: string;
  /** How the bytes were read. */
  encoding: GedcomEncoding;
  /** The header's `CHAR`, when it differs from what the bytes hold. */
  declaredEncoding?: string;
  /** Records in the file. */
  individuals: number;
  /** FAM records in the file. */
  families: number;
  /** What the document holds. */
  persons: number;
  /** Partnerships in the document. */
  partnerships: number;
  /** Parent-child links in the document. */
  parentChild: number;
  /** Multiple births (twins, triplets) in the document. */
  multipleBirths: number;
  /** Persons left out because only the focus's family up to N generations was asked for. */
  leftOut: number;
  /** The focus's id. */
  focus: string;
  /** Dates that are not exact or could not be read, with their original text. */
  dates: DateNote[];
  /** Everything else the import changed or could not map. */
  notes: ImportNote[];
  /** Tags left out, by tag, with how often. */
  unmapped: UnmappedTag[];
}

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
  field: 'birth' | 'death' | 'event';
  original: string;
  /** What it became; absent when it could not be read (then the date is left out). */
  mapped?: PartialDateString;
}

/** A tag that was left out, with how often. `tag` is a path such as `INDI.BAPM` or a record such as `SOUR`. */
export interface UnmappedTag {
  tag: string;
  count: number;
  /** An extension tag (starting with `_`) of the program that wrote the file. */
  extension: boolean;
}

export interface ImportNote {
  message: InteropMessage;
  /** The line in the file, when the note is about one. */
  line?: number;
}

export interface ImportReport {
  /** The GEDCOM version the header gives (`HEAD.GEDC.VERS`), when it gives one. */
  version?: string;
  encoding: GedcomEncoding;
  /** The header's `CHAR`, when it differs from what the bytes hold. */
  declaredEncoding?: string;
  /** Records in the file. */
  individuals: number;
  families: number;
  /** What the document holds. */
  persons: number;
  partnerships: number;
  parentChild: number;
  multipleBirths: number;
  /** Persons left out because only the focus's family up to N generations was asked for. */
  leftOut: number;
  /** The focus's id. */
  focus: string;
  dates: DateNote[];
  notes: ImportNote[];
  unmapped: UnmappedTag[];
}

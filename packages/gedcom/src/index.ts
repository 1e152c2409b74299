/**
 * @kring/gedcom: GEDCOM in and out, the research exports (GraphML, CSV) and contact lists (CSV/TSV) in.
 * Framework-free, like the renderers.
 * Messages are catalogue keys (`interop.*`): add `interopMessages` to the catalogue to show them. docs/interop.md.
 * Only what an application calls is exported; the parser, the decoders and the date mapping stay inside.
 *
 * @packageDocumentation
 */
export {
  importGedcom,
  importGedcomText,
  MAX_GEDCOM_BYTES,
  type ImportOptions,
  type ImportResult,
} from './import.js';
export type { GedcomEncoding } from './decode.js';
export type { GedcomProblem } from './parse.js';
export { resolveFocus, type FocusResult } from './focus.js';
export type { DateNote, ImportNote, ImportReport, UnmappedTag } from './report.js';
export {
  exportGedcom,
  type ExportLeftOut,
  type ExportOptions,
  type ExportResult,
  type GedcomVersion,
} from './export.js';
export type { ResearchOptions } from './research/network-table.js';
export { exportGraphml } from './research/graphml.js';
export { exportCsv, type CsvFiles } from './research/csv.js';
export {
  readContactList,
  readContactText,
  planContactList,
  contactListCommands,
  contactListDocument,
  COLUMN_ROLES,
  MAX_CONTACT_LIST_BYTES,
  type ColumnMapping,
  type ColumnRole,
  type ContactChoice,
  type ContactCommandOptions,
  type ContactReadOptions,
  type ContactUpdate,
  type ContactDocumentOptions,
  type ContactDocumentResult,
  type ContactEntry,
  type ContactPlan,
  type ContactTable,
  type ContactTableResult,
  type EntryStatus,
} from './contacts/contact-list.js';
export type { ContactListEncoding, Delimiter, TextRecord } from './contacts/delimited.js';
export {
  interopMessages,
  type InteropMessage,
  type InteropMessageKey,
  type InteropOwnTemplates,
  type InteropTemplates,
} from './messages.js';

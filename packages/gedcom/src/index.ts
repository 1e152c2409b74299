/**
 * @kring/gedcom: GEDCOM in and out, the research exports (GraphML, CSV) and contact lists (CSV/TSV) in.
 * Framework-free, like the renderers.
 * Messages are catalogue keys (`interop.*`): register core's `interopMessages` to show them. docs/interop.md.
 */
export {
  importGedcom,
  importGedcomText,
  cleanName,
  MAX_GEDCOM_BYTES,
  type ImportOptions,
  type ImportResult,
} from './import.js';
export { decodeGedcom, type DecodedGedcom, type GedcomEncoding } from './decode.js';
export { decodeAnsel } from './ansel.js';
export {
  parseGedcom,
  type GedcomNode,
  type GedcomProblem,
  type GedcomTree,
  type ParseResult,
} from './parse.js';
export { importDate, exportDate, type DateImport } from './dates.js';
export { resolveFocus, selectFamily, type FocusResult } from './focus.js';
export type { DateNote, ImportNote, ImportReport, UnmappedTag } from './report.js';
export {
  exportGedcom,
  type ExportLeftOut,
  type ExportOptions,
  type ExportResult,
  type GedcomVersion,
} from './export.js';
export { networkTables, type NetworkTables, type ResearchOptions } from './research/network-table.js';
export { exportGraphml } from './research/graphml.js';
export { exportCsv, csvCell, type CsvFiles } from './research/csv.js';
export {
  readContactList,
  readContactText,
  planContactList,
  contactListCommands,
  contactListDocument,
  sectorOfText,
  COLUMN_ROLES,
  MAX_CONTACT_LIST_BYTES,
  MAX_CONTACT_ROWS,
  MAX_CELL_LENGTH,
  type ColumnMapping,
  type ColumnRole,
  type ContactChoice,
  type ContactCommandOptions,
  type ContactUpdate,
  type ContactDocumentOptions,
  type ContactDocumentResult,
  type ContactEntry,
  type ContactPlan,
  type ContactTable,
  type ContactTableResult,
  type EntryStatus,
} from './contacts/contact-list.js';
export {
  decodeContactText,
  detectDelimiter,
  parseDelimited,
  DELIMITERS,
  type ContactListEncoding,
  type Delimiter,
  type TextRecord,
} from './contacts/delimited.js';
export {
  interopMessages,
  type InteropMessage,
  type InteropMessageKey,
  type InteropTemplates,
} from './messages.js';

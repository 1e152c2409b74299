/** What the demo keeps per map on this device. */

/** A saved map: the document as the core writer wrote it, plus what the list of maps shows. */
export interface StoredMap {
  id: string;
  /** Shown in the list of maps: the document title, or the focus person's name. */
  title: string;
  /** The document as `.kring.json` text (writeDocument); read back with readDocument. */
  text: string;
  /** Milliseconds since 1970 (Date.now()). */
  createdAt: number;
  updatedAt: number;
  /**
   * How many changes this text contains, counted across sessions (the journal's sequence numbers; see
   * journal.ts). Missing in maps saved before the journal existed: read as 0.
   */
  seq?: number;
}

export type MapSummary = Omit<StoredMap, 'text' | 'seq'>;

/**
 * One entry of a map's automatic version history on this device ("Eerdere versies"): the map as one of its
 * autosaves left it. Not to be confused with the deliberate snapshots a document can hold.
 */
export interface MapVersion {
  mapId: string;
  /** When this version began (its key, with mapId); later autosaves within VERSION_SPAN_MS update it. */
  startedAt: number;
  /** When it was last saved. */
  savedAt: number;
  title: string;
  text: string;
  seq: number;
}

export type VersionSummary = Omit<MapVersion, 'text'>;

/** A map in the trash: it can be restored until a later session empties the trash. */
export interface DeletedMap extends StoredMap {
  deletedAt: number;
  /** The session (browser tab) that deleted it; the trash is emptied by the next session. */
  session: string;
}

export function summaryOf(map: StoredMap): MapSummary {
  return { id: map.id, title: map.title, createdAt: map.createdAt, updatedAt: map.updatedAt };
}

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
}

export type MapSummary = Omit<StoredMap, 'text'>;

/** A map in the trash: it can be restored until a later session empties the trash. */
export interface DeletedMap extends StoredMap {
  deletedAt: number;
  /** The session (browser tab) that deleted it; the trash is emptied by the next session. */
  session: string;
}

export function summaryOf(map: StoredMap): MapSummary {
  return { id: map.id, title: map.title, createdAt: map.createdAt, updatedAt: map.updatedAt };
}

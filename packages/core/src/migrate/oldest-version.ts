// A module of its own, written out (migrations.ts checks it against the first step): the reader needs it
// without the migrations, which the element's code-split build loads only for an older document.

/**
 * The oldest format version this Kring reads: 0, the draft format of the 2025 pilot. {@link readDocument}
 * migrates older documents step by step to {@link CURRENT_VERSION} — 0 → 1 (`split-draft-relations`: `people`
 * and `services` become persons and organisations, the draft's one mixed `relations` list becomes
 * partnerships, parent links, emotional lines and ties) and 1 → 2 (`add-plan-invitees-and-snapshots`: only
 * additions with their defaults) — and refuses a lower version as `tooOld`.
 */
export const OLDEST_VERSION: number = 0;

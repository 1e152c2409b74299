/** Sizes of the genogram drawing, in drawing units. One place so layout and drawing agree. */
export const SYMBOL = 40;
/** Pregnancy outcomes (miscarriage, abortion, stillbirth…) and pets are drawn smaller. */
export const SMALL_SYMBOL = 22;
export const PET_SYMBOL = 28;
export const NAME_SIZE = 11;
export const NAME_LINE = 13;
export const NAME_MAX_WIDTH = 104;
export const DETAIL_SIZE = 9.5;
export const DETAIL_LINE = 12;
export const YEAR_SIZE = 10;
/** Room above a symbol for the birth and death years. */
export const YEAR_BAND = 15;
/**
 * Extra height above a row with co-born children (twins): their lines slant from the apex they share down to
 * above the year labels, then drop straight between the years as every child's line does.
 */
export const TWIN_RISE = 14;
/** Couple line: this far below the lower partner's symbol; nested (farther) partnerships drop deeper. */
export const COUPLE_DROP = 10;
export const COUPLE_LEVEL_STEP = 6;
/** Smallest half width of a person's slot (symbol plus year labels on either side). */
export const MIN_HALF_SLOT = 34;
export const PARTNER_GAP = 14;
export const SIBLING_GAP = 20;
export const FAMILY_GAP = 44;
/** Sibling bars of different child groups that overlap horizontally get their own track. */
export const TRACK_STEP = 8;
export const MARGIN = 24;
/** Spacing of the lanes detoured lines (emotional lines, links to a second family) run along between rows. */
export const LANE_STEP = 10;
/**
 * Lanes every corridor between rows keeps, used or not: the first lines drawn through a corridor take them, so
 * adding an emotional line moves no symbol (more lines than this push the rows below down a lane each).
 */
export const RESERVED_LANES = 2;
/** Font size of the couple labels (m. 1990). */
export const UNION_LABEL_SIZE = 9.5;

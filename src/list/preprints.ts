// Where a list puts preprints among its papers (docs/design.md, "Order"). Some lists place a
// preprint like any paper; some put the published papers of a year before its preprints; some
// keep every preprint after every published paper of a section.

/**
 * `mixed`: a preprint is placed by its date like any paper. `last-of-their-date`: among papers
 * the order ranks equal, published ones come first. `last`: after every published paper of the
 * section, ordered among themselves as the section is.
 */
export const PREPRINT_ORDERS = ['mixed', 'last-of-their-date', 'last'] as const;
export type PreprintOrder = (typeof PREPRINT_ORDERS)[number];

/** A venue naming a preprint server (`arXiv 2023.10`, `Preprint`, `CoRR`, `bioRxiv`). */
const PREPRINT_VENUE =
  /^[\s*_([]*(?:arxiv|preprint|corr|biorxiv|medrxiv|chemrxiv|techrxiv|ssrn)\b/i;

/** Whether a venue is a preprint's: only venues that say so are; no venue is no preprint. */
export function isPreprintVenue(venue: string | undefined): boolean {
  return venue !== undefined && PREPRINT_VENUE.test(venue);
}

/**
 * How two papers' kinds order them under `rule`, before their dates (`last`) or where their
 * dates are equal (`last-of-their-date`): negative when `a` goes first, positive when `b` does,
 * 0 when the kinds say nothing.
 */
export function comparePreprints(
  rule: PreprintOrder,
  a: boolean,
  b: boolean,
  datesEqual: boolean,
): number {
  if (rule === 'mixed' || a === b) return 0;
  if (rule === 'last-of-their-date' && !datesEqual) return 0;
  return a ? 1 : -1;
}

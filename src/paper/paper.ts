/** An author of a paper; `url` is their homepage when the filer gave one. */
export interface Author {
  readonly name: string;
  readonly url?: string;
}

/** A labelled link shown after the venue, e.g. `Pytorch-Code` → a GitHub repository. */
export interface PaperLink {
  readonly label: string;
  readonly url: string;
}

/** When a paper appeared, as read from its venue text. */
export interface PaperDate {
  readonly year: number;
  /** Set for `arXiv YYMM` venues, arXiv links and dates with a month. */
  readonly month?: number;
  /** Set for dates noted to the day (`2015-02-25`). */
  readonly day?: number;
  /** Set for arXiv links: the paper's number within its month (`2205.09921` is 9921). */
  readonly seq?: number;
}

/** The paper ratings the list uses, weakest first. */
export const RATINGS = ['★', '★☆', '★★', '★★☆', '★★★'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * A validated, normalised paper, ready to be formatted as a list entry.
 *
 * Every string here is plain text as the filer meant it (not yet escaped for Markdown); the
 * formatter escapes it.
 */
export interface Paper {
  readonly title: string;
  readonly authors: readonly Author[];
  /** The venue as the list writes it: `CVPR 2023`, `arXiv 2301`; empty when the list shows none. */
  readonly venue: string;
  /** Absent only for lists whose entries show no date (docs/design.md, "Validation"). */
  readonly date?: PaperDate;
  /** The section the filer chose, as they wrote it; resolved against the list later. */
  readonly section: string;
  /** Link to the paper itself, shown first as `Paper`. */
  readonly paperUrl?: string;
  readonly links: readonly PaperLink[];
  readonly abbreviation?: string;
  readonly rating?: Rating;
  /** Notes, one string per line. */
  readonly notes: readonly string[];
}

// Which of the answers a paper needs are needed by this list: a list whose entries show no
// authors (DmitryRyumin's tables) does not ask for them, however the paper is filed.

import type { ListFormat } from '../list/list-format.js';
import { requiredValues } from '../paper/entry-template.js';

/** Whether the list's entries need the paper's authors, paper link and venue (or year). */
export function requiredAnswers(format: ListFormat): {
  readonly authors: boolean;
  readonly paper: boolean;
  readonly venue: boolean;
} {
  const placed = requiredValues(format.template);
  return {
    authors: placed.has('authors'),
    paper: placed.has('paper'),
    venue: placed.has('venue') || placed.has('year') || format.dateHeadings,
  };
}

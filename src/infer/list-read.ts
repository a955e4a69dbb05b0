import type { ListFormat } from '../list/list-format.js';
import type { PaperList } from '../list/paper-list.js';

/** A list read with a candidate format. */
export interface ListRead {
  readonly format: ListFormat;
  readonly list: PaperList;
}

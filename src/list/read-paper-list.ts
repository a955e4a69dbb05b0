import { namePaperList, type PaperList } from './paper-list.js';
import { readListFile } from './read-list-file.js';
import { readOptions, type ListFormat } from './list-format.js';

/** A managed file's path and text, as read from disk or from GitHub. */
export interface SourceFile {
  readonly path: string;
  /** The file's text; an empty string for a managed file that does not exist yet. */
  readonly text: string;
}

/** Reads every managed file once into sections and entries, and names the sections. */
export function readPaperList(files: readonly SourceFile[], format: ListFormat): PaperList {
  const lists = files.map((f) => readListFile(f.path, f.text, readOptions(format)));
  return namePaperList(lists, { excludeSections: format.excludeSections });
}

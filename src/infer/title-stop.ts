// A template that closes the title with a full stop (`[**{title}.**](url)`) writes none after a
// title's own `?` or `!`, as most lists do. Some keep it throughout (`Fall Short?.**]`, in
// Xnhyacinth/Awesome-LLM-Long-Context-Modeling), and their new entries should too.

import type { EntryTemplate } from '../paper/entry-template.js';
import { sampledEntries, type ListRead } from './list-read.js';

/**
 * Whether the list writes the template's full stop after a title ending in `?` or `!`: more of its
 * sampled entries do than do not. Such titles are few (2 of 38 in Xnhyacinth's file), so one
 * entry with none against it is enough to write the next as the list does.
 */
export function keepsStopAfterTitleMark({ format, list }: ListRead): boolean {
  const after = textAfterTitle(format.template);
  if (after === undefined || !after.startsWith('.')) return false;
  let kept = 0;
  let dropped = 0;
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const text = section.file.text.slice(entry.start, entry.end);
      const title = format.reader.fields(text)?.title;
      if (title === undefined || !/[?!]$/.test(title)) continue;
      if (text.includes(`${title}${after}`)) kept += 1;
      else if (text.includes(`${title}${after.slice(1)}`)) dropped += 1;
    }
  }
  return kept > dropped;
}

/** The literal the template writes right after `{title}`, if one follows it on its line. */
function textAfterTitle(template: EntryTemplate): string | undefined {
  for (const parts of template.lines) {
    const at = parts.findIndex((p) => p.kind === 'value' && p.name === 'title');
    const next = parts[at + 1];
    if (at !== -1) return next?.kind === 'text' ? next.text : undefined;
  }
  return undefined;
}

// Kept apart from the Markdown check that uses it: reading a list needs the tags a template
// writes, and not the Markdown parser.

/** The HTML tags a template writes itself (such as `<Br>`), lower-cased. */
export function templateHtml(templateSource: string, lineBreak: string): Set<string> {
  return new Set(
    [...`${templateSource}${lineBreak}`.matchAll(/<[^<>\n]+>/g)].map((m) => m[0].toLowerCase()),
  );
}

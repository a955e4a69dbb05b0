// Kept apart from the Markdown check that uses them: reading a list needs the tags and images a
// template writes, and not the Markdown parser.

/** The HTML tags a template writes itself (such as `<Br>`), lower-cased. */
export function templateHtml(templateSource: string, lineBreak: string): Set<string> {
  return new Set(
    [...`${templateSource}${lineBreak}`.matchAll(/<[^<>\n]+>/g)].map((m) => m[0].toLowerCase()),
  );
}

/** The images a template writes as they are (`![arXiv](https://img.shields.io/badge/…)`). */
export function templateImages(templateSource: string): Set<string> {
  return new Set([...templateSource.matchAll(/!\[[^\]\n]*\]\(([^(){}\s]+)\)/g)].map((m) => m[1]!));
}

// A list that writes the paper's link with no address where it has none (`[[PDF]]()`, kept as a
// placeholder to fill in later) has new entries without a paper written so too.

/** A labelled link to the paper in a template: `[[PDF]]({paper})`, after its blanks. */
const PAPER_LINK = /([ \t]*)(\[?\[(?:\\[[\]]|[^[\]\n{}])*\]\]?)\(\{paper\}\)/;

/**
 * The template with its labelled paper link written as an optional part whose fallback is the
 * same link with no address (`{[ [[PDF]]({paper})]| [[PDF]]()}`), when at least two sampled
 * entries and a twentieth of them hold that empty link. Else the template as it is: a paper
 * without a link leaves the link out (src/paper/optional-paper-link.ts).
 */
export function withEmptyPaperLink(template: string, sample: readonly string[]): string {
  const link = PAPER_LINK.exec(template);
  if (!link || isInOptionalPart(template, link.index)) return template;
  const empty = `${link[2]}()`;
  const holding = sample.filter((entry) => entry.includes(empty)).length;
  if (holding < 2 || holding * 20 < sample.length) return template;
  const written = `{[${link[0]}]|${link[1]}${empty}}`;
  return template.slice(0, link.index) + written + template.slice(link.index + link[0].length);
}

/** Whether the offset is inside an optional part `{[ ... ]}` of the template. */
function isInOptionalPart(template: string, offset: number): boolean {
  const before = template.slice(0, offset);
  const closed = Math.max(before.lastIndexOf(']}'), before.lastIndexOf(']|'));
  return before.lastIndexOf('{[') > closed;
}

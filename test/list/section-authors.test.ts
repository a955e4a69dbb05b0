import { describe, expect, it } from 'vitest';
import { listFormatOf } from '../../src/list/list-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { withSectionAuthors } from '../../src/list/section-authors.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';

// shunk031/awesome-ai-best-papers: ACL joins the last author with ` and `, CVPR with a comma.
const ACL = [
  '- **Title One Here.** Ann Lee, Bo Chen and Cy Diaz (**Best Paper**)',
  '- **Title Two Here.** Di Ng and Ed Fox (**Best Paper**)',
  '- **Title Three Here.** Fay Wu, Gus Li and Hal Ito (**Best Paper**)',
];
const CVPR = [
  '- **Title Four Here.** Ivy Ko, Jon Ma, Kim Oh (**Best Paper**)',
  '- **Title Five Here.** Lea Po, Max Qi, Ned Ru (**Best Paper**)',
  '- **Title Six Here.** Ola Su, Pat Ty (**Best Paper**)',
  '- **Title Seven Here.** Quin Uv, Rex Vo and Sid Wu (**Best Paper**)',
];

function read(cvpr: readonly string[]) {
  const format = listFormatOf({
    template: '- **{title}.** {authors} (**{notes}**)',
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    authors: { separator: ', ', last: ' and ' },
    dateHeadings: false,
    order: 'none',
    sectionOrders: {},
    excludeSections: [],
  });
  const text = `# Best papers\n\n## ACL\n${ACL.join('\n')}\n\n## CVPR\n${cvpr.join('\n')}\n`;
  const list = readPaperList([{ path: 'README.md', text }], format);
  return { format, list };
}

const paper: Paper = {
  title: 'A New Paper',
  authors: [{ name: 'Tia Xu' }, { name: 'Uma Yi' }, { name: 'Val Zo' }],
  venue: '',
  section: 'CVPR',
  notes: ['Best Paper'],
  links: [],
};

describe('withSectionAuthors', () => {
  it("writes the last author as the section's entries join theirs, where two thirds agree", () => {
    const { format, list } = read(CVPR);
    const [acl, cvpr] = list.sections;
    const template = format.templateFor(cvpr!.block)!;
    expect(formatEntry(paper, withSectionAuthors(template, cvpr!, format.reader))).toBe(
      '- **A New Paper.** Tia Xu, Uma Yi, Val Zo (**Best Paper**)',
    );
    expect(formatEntry(paper, withSectionAuthors(template, acl!, format.reader))).toBe(
      '- **A New Paper.** Tia Xu, Uma Yi and Val Zo (**Best Paper**)',
    );
  });

  it("keeps the list's separator where the section's entries do not agree, or are too few", () => {
    const mixed = read([CVPR[0]!, CVPR[1]!, CVPR[3]!, ACL[0]!]);
    const [, cvpr] = mixed.list.sections;
    const template = mixed.format.templateFor(cvpr!.block)!;
    expect(withSectionAuthors(template, cvpr!, mixed.format.reader)).toBe(template);
    const few = read([CVPR[0]!, CVPR[1]!]);
    const [, two] = few.list.sections;
    expect(withSectionAuthors(template, two!, few.format.reader)).toBe(template);
  });
});

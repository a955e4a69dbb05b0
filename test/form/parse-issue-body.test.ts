import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import type { FormField } from '../../src/form/form-field.js';
import { parseIssueBody } from '../../src/form/parse-issue-body.js';
import { readFormTemplate } from '../../src/form/read-form-template.js';
import { renderIssueBody, requiring } from './render-issue-body.js';

const FULL: Record<string, string> = {
  title: 'A ConvNet for the 2020s',
  authors: 'Zhuang Liu\n[Hanzi Mao](https://hanzimao.me)\nSaining Xie <https://sainingxie.com>',
  venue: 'CVPR 2022',
  section: 'Efficient Networks',
  paper: 'https://arxiv.org/abs/2201.03545',
  links: 'Pytorch-Code: https://github.com/facebookresearch/ConvNeXt\nhttps://example.org/project',
  abbreviation: 'ConvNeXt',
  rating: '★★☆',
  notes: 'First line.\n\nAfter a blank line.',
};

/** The answers map as a plain object, for readable assertions. */
function answersOf(body: string, fields: readonly FormField[] = DEFAULT_FORM) {
  return Object.fromEntries(parseIssueBody(body, fields).answers);
}

function fieldsOf(yamlText: string): FormField[] {
  const result = readFormTemplate(yamlText);
  if ('error' in result) throw new Error(result.error);
  return result.fields;
}

describe('parseIssueBody', () => {
  it('reads every answer of a fully answered form', () => {
    const parsed = parseIssueBody(renderIssueBody(DEFAULT_FORM, FULL), DEFAULT_FORM);
    expect(Object.fromEntries(parsed.answers)).toEqual(FULL);
    expect([...parsed.present]).toEqual(DEFAULT_FORM.map((field) => field.id));
    expect(parsed.problems).toEqual([]);
  });

  it('reads CRLF and lone CR line ends as LF', () => {
    const body = renderIssueBody(DEFAULT_FORM, FULL);
    expect(answersOf(body.replace(/\n/g, '\r\n'))).toEqual(FULL);
    expect(answersOf(body.replace(/\n/g, '\r'))).toEqual(FULL);
  });

  it('ignores a byte-order mark at the start', () => {
    expect(answersOf('\uFEFF' + renderIssueBody(DEFAULT_FORM, FULL))).toEqual(FULL);
  });

  it('treats _No response_ as no answer, but the field as present', () => {
    const { paper, links, abbreviation, rating, notes, ...required } = FULL;
    void [paper, links, abbreviation, rating, notes];
    const parsed = parseIssueBody(renderIssueBody(DEFAULT_FORM, required), DEFAULT_FORM);
    expect(Object.fromEntries(parsed.answers)).toEqual(required);
    expect(parsed.present.has('notes')).toBe(true);
    expect(parsed.present.has('rating')).toBe(true);
    expect(parsed.problems).toEqual([]);
  });

  it('treats None as no answer for a dropdown only', () => {
    const body = renderIssueBody(DEFAULT_FORM, {
      ...FULL,
      rating: 'None',
      notes: 'None',
      abbreviation: 'None',
    });
    const parsed = parseIssueBody(body, DEFAULT_FORM);
    expect(parsed.answers.has('rating')).toBe(false);
    expect(parsed.present.has('rating')).toBe(true);
    expect(parsed.answers.get('notes')).toBe('None');
    expect(parsed.answers.get('abbreviation')).toBe('None');
  });

  it('keeps ### lines that are not field labels, and mid-line ###, inside the answer', () => {
    const notes = '### Heading\nSome text about C# ### tricks.\n\n### Another heading\nEnd.';
    const links = 'Code: https://github.com/a/b\n### Not a field\nhttps://example.org';
    expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, notes, links }))).toEqual({
      ...FULL,
      notes,
      links,
    });
  });

  it('keeps an earlier field label quoted in a later answer inside that answer', () => {
    const notes = 'Compare:\n### Title\nsomething else';
    expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, notes })).notes).toBe(notes);
  });

  it('does not take a heading inside a closed code fence for a field heading', () => {
    const notes = 'Example:\n```markdown\n### Title\nnot the title\n```\nDone.';
    expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, notes })).notes).toBe(notes);

    // Here the fenced heading names the next field, so only fence handling keeps it out.
    const links = 'Code: https://github.com/a/b\n~~~~\n### Short name\nnot it\n~~~~';
    const parsed = answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, links }));
    expect(parsed.links).toBe(links);
    expect(parsed.abbreviation).toBe(FULL.abbreviation);

    // A longer fence is closed only by a fence at least as long, of the same character.
    const nested = 'x\n````\n```\n### Short name\n~~~\n```\n````';
    expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, links: nested })).links).toBe(nested);
  });

  it('still counts a heading after a fence that is never closed', () => {
    const links = 'https://example.org\n```\nunclosed';
    const parsed = parseIssueBody(renderIssueBody(DEFAULT_FORM, { ...FULL, links }), DEFAULT_FORM);
    expect(Object.fromEntries(parsed.answers)).toEqual({ ...FULL, links });
    expect(parsed.problems).toEqual([]);
  });

  it('does not let a fence marker in a one-line answer swallow the headings after it', () => {
    const body = renderIssueBody(DEFAULT_FORM, {
      ...FULL,
      title: '```Weird title',
      notes: '```python\nprint(1)\n```',
    });
    expect(answersOf(body)).toEqual({
      ...FULL,
      title: '```Weird title',
      notes: '```python\nprint(1)\n```',
    });
  });

  it('unwraps the code fence of a textarea with render', () => {
    const fields = fieldsOf(`
body:
  - type: input
    id: title
    attributes: { label: Title }
  - type: textarea
    id: bibtex
    attributes: { label: BibTeX, render: bibtex }
  - type: textarea
    id: notes
    attributes: { label: Notes }
`);
    const bibtex = '@article{liu2022,\n  title = {A ConvNet},\n\n  year = {2022}\n}';
    const notes = '```\nkept as written\n```';
    const body = renderIssueBody(fields, { title: 'T', bibtex, notes });
    expect(body).toContain('```bibtex\n@article');
    expect(answersOf(body, fields)).toEqual({ title: 'T', bibtex, notes });
    expect(answersOf(renderIssueBody(fields, { title: 'T' }), fields)).toEqual({ title: 'T' });
  });

  it('keeps a dropdown answer with commas whole', () => {
    const fields = DEFAULT_FORM.map((field) =>
      field.id === 'section' ? { ...field, options: ['A, B', 'C'] } : field,
    );
    const parsed = answersOf(renderIssueBody(fields, { ...FULL, section: 'A, B' }), fields);
    expect(parsed.section).toBe('A, B');
  });

  it('reads emoji, CJK and Arabic in labels and values', () => {
    const fields = fieldsOf(`
body:
  - type: input
    id: title
    attributes: { label: "📄 标题" }
    validations: { required: true }
  - type: textarea
    id: authors
    attributes: { label: "المؤلفون ✍️" }
    validations: { required: true }
  - type: dropdown
    id: rating
    attributes: { label: "評価 ⭐", options: ["★", "★★☆"] }
`);
    const answers = {
      title: '视觉 Transformer 🚀',
      authors: 'محمد علي\n山田 太郎 👩‍🔬',
      rating: '★★☆',
    };
    const parsed = parseIssueBody(renderIssueBody(fields, answers), fields);
    expect(Object.fromEntries(parsed.answers)).toEqual(answers);
    expect(parsed.problems).toEqual([]);
  });

  it('reads labels with Markdown punctuation', () => {
    const fields: FormField[] = [
      {
        id: 'venue',
        type: 'input',
        label: 'Venue *and* year (e.g. `CVPR 2023`) [required]',
        required: true,
      },
      { id: 'notes', type: 'textarea', label: 'Notes: _anything_ #1 \\ | > <b>', required: false },
    ];
    const answers = { venue: 'ICLR 2024 Oral', notes: '> quoted\n- item' };
    expect(answersOf(renderIssueBody(fields, answers), fields)).toEqual(answers);
  });

  it('reads a repository template with reworded labels by id', () => {
    const fields = fieldsOf(`
name: Suggest a paper
body:
  - type: markdown
    attributes: { value: "Hi!" }
  - type: input
    id: title
    attributes: { label: "Paper title" }
    validations: { required: true }
  - type: textarea
    id: authors
    attributes: { label: "Who wrote it?" }
    validations: { required: true }
  - type: input
    id: venue
    attributes: { label: "Where was it published?" }
    validations: { required: true }
`);
    const answers = { title: 'ViT', authors: 'Alexey Dosovitskiy', venue: 'ICLR 2021' };
    const parsed = parseIssueBody(renderIssueBody(fields, answers), fields);
    expect(Object.fromEntries(parsed.answers)).toEqual(answers);
    expect(parsed.problems).toEqual([]);
    // The default labels are not in this body, so the default form finds nothing.
    expect(parseIssueBody(renderIssueBody(fields, answers), DEFAULT_FORM).problems).toHaveLength(1);
  });

  it('falls back to a case-insensitive label match, preferring an exact one', () => {
    const body = '### TITLE\n\nShouting\n\n### authors\n\nA\n\n### Venue And Year\n\nCVPR 2023';
    expect(answersOf(body)).toEqual({ title: 'Shouting', authors: 'A', venue: 'CVPR 2023' });

    const exact = '### title\n\nlower\n\n### Title\n\nexact\n\n### Authors\n\nA';
    expect(answersOf(exact).title).toBe('exact');
  });

  it('tolerates trailing whitespace on headings and answers, and keeps inner blank lines', () => {
    const body =
      '### Title   \t\n\nSpaced title   \n\n\n### Authors \n\n\nA  \n\n\nB\t\n   \n### Venue and year\n\nCVPR 2023 \n';
    const parsed = parseIssueBody(body, DEFAULT_FORM);
    expect(Object.fromEntries(parsed.answers)).toEqual({
      title: 'Spaced title',
      authors: 'A\n\n\nB',
      venue: 'CVPR 2023',
    });
  });

  it('reports the whole form once when the body comes from another form', () => {
    const body = '### Describe the bug\n\nIt crashes.\n\n### Steps to reproduce\n\n1. Run it';
    const parsed = parseIssueBody(body, DEFAULT_FORM);
    expect(parsed.answers.size).toBe(0);
    expect(parsed.present.size).toBe(0);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ field: 'form', label: 'Issue form' });
    expect(parsed.problems[0]?.message).toMatch(
      /^This issue was not filed with the "New paper" form: none of its fields were found\. Open a new issue with the form/,
    );
  });

  it('reports the whole form once for an empty body', () => {
    for (const body of ['', '\n\n', '   ']) {
      const parsed = parseIssueBody(body, DEFAULT_FORM);
      expect(parsed.problems.map((problem) => problem.field)).toEqual(['form']);
    }
  });

  it('reports each required field that is empty or missing, with the fix', () => {
    const form = requiring(DEFAULT_FORM, ['title', 'authors', 'venue']);
    const body = renderIssueBody(form, { ...FULL, title: undefined, authors: '' }).replace(
      '### Venue and year\n\nCVPR 2022\n\n',
      '',
    );
    const parsed = parseIssueBody(body, form);
    expect(parsed.present.has('venue')).toBe(false);
    expect(parsed.problems).toEqual([
      {
        field: 'title',
        label: 'Title',
        message: '"Title" is required: fill it in by editing the issue.',
      },
      {
        field: 'authors',
        label: 'Authors',
        message: '"Authors" is required: fill it in by editing the issue.',
      },
      {
        field: 'venue',
        label: 'Venue and year',
        message: expect.stringMatching(
          /^"Venue and year" is required, but its "### Venue and year" heading is missing.*edit the issue/,
        ),
      },
    ]);
    expect(Object.fromEntries(parsed.answers)).toMatchObject({
      section: FULL.section,
      paper: FULL.paper,
    });
  });

  describe('forms that maintainers really write', () => {
    const checklist = (position: 'first' | 'after-section' | 'last') => {
      const box: FormField = {
        id: 'checklist',
        type: 'checkboxes',
        label: 'Checklist',
        required: true,
        options: ['I searched the list for this paper', 'I am an author'],
        requiredOptions: ['I searched the list for this paper'],
      };
      const section = DEFAULT_FORM.findIndex((field) => field.id === 'section');
      const at = { first: 0, 'after-section': section + 1, last: DEFAULT_FORM.length }[position];
      return [...DEFAULT_FORM.slice(0, at), box, ...DEFAULT_FORM.slice(at)];
    };

    it.each(['first', 'after-section', 'last'] as const)(
      'takes a checkboxes heading (%s) for a field boundary and reads the ticked boxes',
      (position) => {
        const fields = checklist(position);
        const answers = { ...FULL, checklist: 'I searched the list for this paper' };
        const parsed = parseIssueBody(renderIssueBody(fields, answers), fields);
        expect(Object.fromEntries(parsed.answers)).toEqual(answers);
        expect(parsed.problems).toEqual([]);
      },
    );

    it('reports a required box left unticked by its field, with the fix', () => {
      const fields = checklist('last');
      const body = renderIssueBody(fields, { ...FULL, checklist: 'I am an author' });
      expect(parseIssueBody(body, fields).problems).toEqual([
        {
          field: 'checklist',
          label: 'Checklist',
          message:
            '"Checklist": the box "I searched the list for this paper" must be ticked; edit the issue and tick it.',
        },
      ]);
    });

    it('reads lower-case ticks and ignores lines of a checkboxes answer that are no boxes', () => {
      const fields = checklist('last');
      const body = `${renderIssueBody(DEFAULT_FORM, FULL)}\n\n### Checklist\n\n- [x] I searched the list for this paper\n- [ ] I am an author\n\nThanks!`;
      expect(answersOf(body, fields).checklist).toBe('I searched the list for this paper');
    });

    it('ends an answer at the heading of an extra field the bot does not use', () => {
      const fields: FormField[] = [
        DEFAULT_FORM[0]!,
        { id: 'element-2', type: 'input', label: 'Your affiliation', required: false },
        ...DEFAULT_FORM.slice(1),
      ];
      const body = renderIssueBody(fields, { ...FULL, 'element-2': 'ETH Zürich' });
      expect(answersOf(body, fields)).toEqual({ ...FULL, 'element-2': 'ETH Zürich' });
      expect(answersOf(renderIssueBody(fields, FULL), fields)).toEqual(FULL);
    });

    it('never lets a hidden comment or text after the last answer into an answer', () => {
      const hidden = '<!-- bot-metadata {"source": "another-tool"} -->';
      const empty = renderIssueBody(DEFAULT_FORM, { ...FULL, notes: undefined });
      expect(answersOf(`${empty}\n\n${hidden}\n`).notes).toBeUndefined();
      expect(answersOf(`${empty}\n\n<!--\nmulti\nline\n-->`).notes).toBeUndefined();
      expect(answersOf(`${empty}\n\nSent from my phone`).notes).toBeUndefined();
      const full = renderIssueBody(DEFAULT_FORM, FULL);
      expect(answersOf(`${full}\n\n${hidden}`).notes).toBe(FULL.notes);
      const rated = renderIssueBody(DEFAULT_FORM, { ...FULL, notes: undefined });
      expect(answersOf(`${rated.replace('★★☆', `★★☆\n\n${hidden}`)}`).rating).toBe('★★☆');
    });

    it('keeps a comment that is the whole answer, inline comments and fenced ones, as text', () => {
      const notes = 'Uses <!-- inline --> markup\n```html\n<!-- kept -->\n```';
      expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, notes })).notes).toBe(notes);
      const typed = '<!-- everything after is hidden\nsecond';
      expect(answersOf(renderIssueBody(DEFAULT_FORM, { ...FULL, notes: typed })).notes).toBe(typed);
    });

    it('reports a second paragraph under a one-line field instead of cutting it', () => {
      const body = renderIssueBody(DEFAULT_FORM, FULL).replace(
        'CVPR 2022',
        'CVPR 2022\n\n<sub>added by a browser extension</sub>',
      );
      expect(answersOf(body).venue).toBe('CVPR 2022\n\n<sub>added by a browser extension</sub>');
    });

    it('finds headings in any order', () => {
      const order = ['notes', 'section', 'authors', 'title', 'venue', 'rating', 'paper'];
      const fields = order.map((id) => DEFAULT_FORM.find((f) => f.id === id)!);
      const answers = Object.fromEntries(order.map((id) => [id, FULL[id]!]));
      const parsed = parseIssueBody(renderIssueBody(fields, answers), DEFAULT_FORM);
      expect(Object.fromEntries(parsed.answers)).toEqual(answers);
      expect(parsed.problems).toEqual([]);
    });

    it('reads an issue filed with the older form (paper link after the section) whose notes quote a label', () => {
      const older = ['title', 'authors', 'venue', 'section', 'paper', 'links', 'notes'];
      const fields = older.map((id) => DEFAULT_FORM.find((f) => f.id === id)!);
      const answers = {
        ...Object.fromEntries(older.map((id) => [id, FULL[id]!])),
        notes: 'Quoted:\n### Title\nnot a heading',
      };
      const parsed = parseIssueBody(renderIssueBody(fields, answers), DEFAULT_FORM);
      expect(Object.fromEntries(parsed.answers)).toEqual(answers);
      expect(parsed.problems).toEqual([]);
    });

    it('keeps "None" typed into a text field as text', () => {
      const body = renderIssueBody(DEFAULT_FORM, { ...FULL, abbreviation: 'None', rating: 'None' });
      expect(answersOf(body).abbreviation).toBe('None');
      expect(answersOf(body).rating).toBeUndefined();
    });
  });

  it('reads what any answers render to (property)', () => {
    const labels = new Set(DEFAULT_FORM.map((field) => field.label.toLowerCase()));
    const line = fc
      .string({
        unit: fc.constantFrom('a', 'Z', ' ', '#', '`', '~', '_', '*', 'é', '中', '🚀', '\t'),
        maxLength: 12,
      })
      .map((text) => text.trimEnd())
      .filter((text) => !/^ {0,3}(```|~~~)/.test(text))
      .filter(
        (text) =>
          !labels.has(
            text
              .replace(/^ {0,3}###[ \t]+/, '')
              .trim()
              .toLowerCase(),
          ),
      );
    const text = fc
      .array(line, { minLength: 1, maxLength: 5 })
      .map((lines) => lines.join('\n').replace(/^\n+|\n+$/g, ''))
      .filter((value) => value.trim() !== '' && value !== '_No response_' && value !== 'None');
    const oneLine = line.filter(
      (value) => value.trim() !== '' && value !== '_No response_' && value !== 'None',
    );
    fc.assert(
      fc.property(
        oneLine,
        text,
        text,
        fc.constantFrom('\n', '\r\n'),
        (title, authors, notes, eol) => {
          const answers = { ...FULL, title, authors, notes };
          const body = renderIssueBody(DEFAULT_FORM, answers).replace(/\n/g, eol);
          expect(answersOf(body)).toEqual(answers);
        },
      ),
    );
  });
});

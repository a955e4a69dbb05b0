import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import type { FieldProblem } from '../../src/form/field-problem.js';
import type { FormField } from '../../src/form/form-field.js';
import type { Paper } from '../../src/paper/paper.js';
import {
  LIMITS,
  validatePaper,
  type ValidatePaperOptions,
} from '../../src/paper/validate-paper.js';

/** The label of a field of the default form. */
function labelOf(id: string): string {
  const field = DEFAULT_FORM.find((f) => f.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field.label;
}

/** A valid set of answers; `undefined` leaves a field unanswered (absent from the map). */
const VALID: Record<string, string> = {
  title: 'A ConvNet for the 2020s',
  authors: 'Zhuang Liu\nHanzi Mao',
  venue: 'CVPR 2022',
  section: 'Efficient Networks',
};

function answers(overrides: Record<string, string | undefined> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, value] of Object.entries({ ...VALID, ...overrides })) {
    if (value !== undefined) map.set(id, value);
  }
  return map;
}

function valid(overrides: Record<string, string | undefined> = {}): Paper {
  const result = validatePaper(answers(overrides), DEFAULT_FORM);
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.problems)}`);
  return result.paper;
}

function problems(
  overrides: Record<string, string | undefined>,
  fields: readonly FormField[] = DEFAULT_FORM,
): readonly FieldProblem[] {
  const result = validatePaper(answers(overrides), fields);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.paper)}`);
  return result.problems;
}

/** Asserts exactly one problem, on the given field, naming its label; returns its message. */
function onlyProblem(overrides: Record<string, string | undefined>, id: string): string {
  const found = problems(overrides);
  expect(found).toHaveLength(1);
  const [problem] = found;
  expect(problem!.field).toBe(id);
  expect(problem!.label).toBe(labelOf(id));
  expect(problem!.message).toContain(`"${labelOf(id)}"`);
  return problem!.message;
}

describe('validatePaper rejects', () => {
  it.each(['title', 'authors', 'venue', 'section'])('a missing required %s', (id) => {
    expect(onlyProblem({ [id]: undefined }, id)).toMatch(/required/);
  });

  it.each(['title', 'authors', 'venue', 'section'])('a blank required %s', (id) => {
    onlyProblem({ [id]: ' \n\t ' }, id);
  });

  it('a title of two lines', () => {
    expect(onlyProblem({ title: 'A ConvNet\nfor the 2020s' }, 'title')).toMatch(/one line/);
  });

  it('a title longer than 300 characters, but not one of 300', () => {
    expect(onlyProblem({ title: 'x'.repeat(301) }, 'title')).toMatch(/301 characters.*300/);
    expect(valid({ title: 'x'.repeat(300) }).title).toHaveLength(LIMITS.title);
  });

  it('an authors answer with no author', () => {
    expect(onlyProblem({ authors: ', ,\n ; \n' }, 'authors')).toMatch(/at least one author/);
  });

  it('too many authors', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `Author ${i}`).join(', ');
    expect(onlyProblem({ authors: many }, 'authors')).toMatch(/10000 authors/);
  });

  it('an author link that is not http(s)', () => {
    expect(onlyProblem({ authors: 'Ann <javascript:alert(1)>' }, 'authors')).toMatch(/javascript:/);
  });

  it('a venue without a year', () => {
    for (const venue of ['CVPR', 'arXiv', 'NeurIPS Spotlight', 'arXiv 23']) {
      expect(onlyProblem({ venue }, 'venue'), venue).toMatch(/year/);
    }
  });

  it.each(['javascript:alert(1)', 'ftp://x', 'data:text/html,<script>alert(1)</script>', '/foo'])(
    'the paper link %j',
    (url) => {
      onlyProblem({ paper: url }, 'paper');
    },
  );

  it.each([
    'javascript:alert(1)',
    'Code: javascript:alert(1)',
    'ftp://x',
    'data:text/html,hi',
    '/foo',
    'Project: https://user:secret@example.org',
  ])('the other link %j', (line) => {
    onlyProblem({ links: `https://github.com/a/b\n${line}` }, 'links');
  });

  it.each(['★★★★', '5 stars', '☆', 'good'])('the rating %j', (rating) => {
    expect(onlyProblem({ rating }, 'rating')).toContain('★, ★☆, ★★, ★★☆, ★★★');
  });

  it.each([
    ['title', 'Attention \u202EdeeN uoY llA'],
    ['title', 'Attention\u2066 Is All'],
    ['notes', 'fine\n\u202Eevil'],
    ['authors', 'Ann \u202EBee'],
  ])('a direction override in the %s', (id, value) => {
    expect(onlyProblem({ [id]: value }, id)).toMatch(/U\+20(2E|66)/);
  });

  it.each([
    ['title', 'A\u0000B'],
    ['venue', 'CVPR\u0007 2023'],
    ['notes', 'bell\u001B[31m'],
  ])('a control character in the %s', (id, value) => {
    expect(onlyProblem({ [id]: value }, id)).toMatch(/control character \(U\+00/);
  });

  it('notes that are too long, or have too many lines', () => {
    expect(onlyProblem({ notes: 'x'.repeat(LIMITS.notes + 1) }, 'notes')).toMatch(/5001/);
    const lines = Array.from({ length: LIMITS.noteLines + 1 }, (_, i) => `line ${i}`).join('\n');
    expect(onlyProblem({ notes: lines }, 'notes')).toMatch(/51 lines/);
  });

  it('a short name or venue that is too long', () => {
    onlyProblem({ abbreviation: 'A'.repeat(LIMITS.abbreviation + 1) }, 'abbreviation');
    onlyProblem({ venue: `CVPR 2023 ${'x'.repeat(LIMITS.venue)}` }, 'venue');
  });

  it('reports every problem at once, field by field', () => {
    const found = problems({
      title: undefined,
      venue: 'CVPR',
      links: 'ftp://x',
      rating: 'great',
    });
    expect(found.map((p) => [p.field, p.label])).toEqual([
      ['title', 'Title'],
      ['venue', 'Venue and year'],
      ['links', 'Other links'],
      ['rating', 'Rating'],
    ]);
  });

  it('names fields by the labels of the form it is given', () => {
    const reworded = DEFAULT_FORM.map((f) =>
      f.id === 'venue' ? { ...f, label: 'Published at' } : f,
    );
    const [problem] = problems({ venue: 'CVPR' }, reworded);
    expect(problem).toMatchObject({ field: 'venue', label: 'Published at' });
    expect(problem!.message).toContain('"Published at"');
  });
});

describe('validatePaper accepts and normalises', () => {
  it('the required fields alone', () => {
    expect(valid()).toEqual({
      title: 'A ConvNet for the 2020s',
      authors: [{ name: 'Zhuang Liu' }, { name: 'Hanzi Mao' }],
      venue: 'CVPR 2022',
      date: { year: 2022 },
      section: 'Efficient Networks',
      links: [],
      notes: [],
    });
  });

  it('collapses whitespace and drops zero-width characters', () => {
    const paper = valid({
      title: '  A\u200B ConvNet\tfor\u00A0the   2020s\uFEFF \n',
      venue: ' CVPR\u2060  2022 ',
      section: '  Efficient   Networks ',
      abbreviation: ' Conv\u200BNeXt ',
    });
    expect(paper.title).toBe('A ConvNet for the 2020s');
    expect(paper.venue).toBe('CVPR 2022');
    expect(paper.section).toBe('Efficient Networks');
    expect(paper.abbreviation).toBe('ConvNeXt');
  });

  it('composes characters (NFC)', () => {
    expect(valid({ title: 'Piotr Dolla\u0301r' }).title).toBe('Piotr Dollár');
  });

  it('reads the date from the venue', () => {
    expect(valid({ venue: 'arXiv 2004' }).date).toEqual({ year: 2020, month: 4 });
    expect(valid({ venue: 'arXiv 2016' }).date).toEqual({ year: 2016 });
    // Month 13 is no month, so `arXiv 2013` is the year 2013.
    expect(valid({ venue: 'arXiv 2013' }).date).toEqual({ year: 2013 });
    expect(valid({ venue: 'CVPR 2017 Best Paper' }).date).toEqual({ year: 2017 });
    expect(valid({ venue: 'ICLR 2024 Oral' }).date).toEqual({ year: 2024 });
  });

  it('authors in all four forms, one a line', () => {
    const paper = valid({
      authors:
        'Zhuang Liu\n[Hanzi Mao](https://hanzimao.me/)\nChao-Yuan Wu <https://chaoyuan.org/>\nSaining Xie (https://www.sainingxie.com/)',
    });
    expect(paper.authors).toEqual([
      { name: 'Zhuang Liu' },
      { name: 'Hanzi Mao', url: 'https://hanzimao.me/' },
      { name: 'Chao-Yuan Wu', url: 'https://chaoyuan.org/' },
      { name: 'Saining Xie', url: 'https://www.sainingxie.com/' },
    ]);
  });

  it('authors in all four forms on one line, separated by commas', () => {
    const paper = valid({
      authors:
        'Zhuang Liu, [Hanzi Mao](https://hanzimao.me/), Chao-Yuan Wu <https://chaoyuan.org/>, Saining Xie (https://www.sainingxie.com/)',
    });
    expect(paper.authors.map((a) => a.name)).toEqual([
      'Zhuang Liu',
      'Hanzi Mao',
      'Chao-Yuan Wu',
      'Saining Xie',
    ]);
    expect(paper.authors.filter((a) => a.url)).toHaveLength(3);
  });

  it('links with given and inferred labels, and the paper link', () => {
    const paper = valid({
      paper: 'https://arxiv.org/abs/2201.03545',
      links:
        'Pytorch-Code: https://github.com/facebookresearch/ConvNeXt\nhttps://github.com/facebookresearch/ConvNeXt-V2\nhttps://convnext.github.io/\n\nhttps://example.org/blog',
    });
    expect(paper.paperUrl).toBe('https://arxiv.org/abs/2201.03545');
    expect(paper.links).toEqual([
      { label: 'Pytorch-Code', url: 'https://github.com/facebookresearch/ConvNeXt' },
      { label: 'Code', url: 'https://github.com/facebookresearch/ConvNeXt-V2' },
      { label: 'Project', url: 'https://convnext.github.io/' },
      { label: 'Link', url: 'https://example.org/blog' },
    ]);
  });

  it('each rating option', () => {
    for (const rating of ['★', '★☆', '★★', '★★☆', '★★★'] as const) {
      expect(valid({ rating }).rating).toBe(rating);
    }
  });

  it('no rating, no short name and no paper link when those are empty', () => {
    const paper = valid({ rating: '', abbreviation: '  ', paper: '' });
    expect(paper).not.toHaveProperty('rating');
    expect(paper).not.toHaveProperty('abbreviation');
    expect(paper).not.toHaveProperty('paperUrl');
  });

  it('multi-line notes, one string a line, blank lines dropped', () => {
    const paper = valid({ notes: '1) first   point\n\n   2) second\tpoint  \n\u2028third' });
    expect(paper.notes).toEqual(['1) first point', '2) second point', 'third']);
  });

  it('Markdown, emoji and any script as plain text, to be escaped by the formatter', () => {
    const paper = valid({
      title: '**Bold** <b>claim</b> [x](javascript:alert(1)) 🔥 中文 العربية',
      notes: '# not a heading\n- not an item',
    });
    expect(paper.title).toBe('**Bold** <b>claim</b> [x](javascript:alert(1)) 🔥 中文 العربية');
    expect(paper.notes).toEqual(['# not a heading', '- not an item']);
  });
});

describe('validatePaper counts characters as people do', () => {
  it('counts an emoji as one character', () => {
    const title = '🚀'.repeat(LIMITS.title);
    const answers = new Map([
      ['title', title],
      ['authors', 'Ada Lovelace'],
      ['venue', 'CVPR 2023'],
      ['section', 'Network'],
    ]);
    const result = validatePaper(answers, DEFAULT_FORM);
    expect(result.ok).toBe(true);
    answers.set('title', `${title}!`);
    const tooLong = validatePaper(answers, DEFAULT_FORM);
    expect(tooLong.ok ? [] : tooLong.problems.map((p) => p.field)).toEqual(['title']);
  });
});

describe("validatePaper with the options of the list's format", () => {
  function validWith(
    overrides: Record<string, string | undefined>,
    options: ValidatePaperOptions,
  ): Paper {
    const result = validatePaper(answers(overrides), DEFAULT_FORM, options);
    if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.problems)}`);
    return result.paper;
  }

  function problemsWith(
    overrides: Record<string, string | undefined>,
    options: ValidatePaperOptions,
  ): readonly FieldProblem[] {
    const result = validatePaper(answers(overrides), DEFAULT_FORM, options);
    if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.paper)}`);
    return result.problems;
  }

  it('accepts no authors when they are not required', () => {
    expect(validWith({ authors: undefined }, { authorsRequired: false })).toEqual({
      title: 'A ConvNet for the 2020s',
      authors: [],
      venue: 'CVPR 2022',
      date: { year: 2022 },
      section: 'Efficient Networks',
      links: [],
      notes: [],
    });
    expect(problemsWith({ authors: undefined }, { authorsRequired: true })).toEqual([
      {
        field: 'authors',
        label: 'Authors',
        message: '"Authors" is required: list at least one author.',
      },
    ]);
  });

  it('accepts an empty venue, with no date, when the venue is not required', () => {
    for (const venue of [undefined, '', '   ']) {
      const paper = validWith({ venue }, { venueRequired: false });
      expect(paper.venue).toBe('');
      expect(paper).not.toHaveProperty('date');
    }
  });

  it('accepts a venue without a year when the venue is not required', () => {
    const paper = validWith({ venue: 'CVPR' }, { venueRequired: false });
    expect(paper.venue).toBe('CVPR');
    expect(paper).not.toHaveProperty('date');
  });

  it('still reads the date of a venue that is not required', () => {
    expect(validWith({ venue: 'arXiv 2004' }, { venueRequired: false })).toMatchObject({
      venue: 'arXiv 2004',
      date: { year: 2020, month: 4 },
    });
  });

  it('still refuses a venue of two lines when the venue is not required', () => {
    expect(problemsWith({ venue: 'CVPR\n2022' }, { venueRequired: false })).toEqual([
      {
        field: 'venue',
        label: 'Venue and year',
        message: '"Venue and year" must be one line: remove the line breaks.',
      },
    ]);
  });

  it('reports a missing paper link when it is required', () => {
    const missing = [
      {
        field: 'paper',
        label: 'Paper link',
        message: '"Paper link" is required: fill it in by editing the issue.',
      },
    ];
    expect(problemsWith({}, { paperRequired: true })).toEqual(missing);
    expect(problemsWith({ paper: '' }, { paperRequired: true })).toEqual(missing);
    expect(
      validWith({ paper: 'https://arxiv.org/abs/2201.03545' }, { paperRequired: true }).paperUrl,
    ).toBe('https://arxiv.org/abs/2201.03545');
  });

  it('accepts relative paths among the other links when the list links files beside it', () => {
    const links = 'BibTeX: ./citations/x.txt\nCode: https://github.com/a/b';
    expect(validWith({ links }, { relativeLinks: true }).links).toEqual([
      { label: 'BibTeX', url: './citations/x.txt' },
      { label: 'Code', url: 'https://github.com/a/b' },
    ]);
    expect(problemsWith({ links }, {})).toEqual([
      {
        field: 'links',
        label: 'Other links',
        message:
          '"Other links" line 1 ("BibTeX: ./citations/x.txt"): the link is not a complete link: write it with https://; write one link a line as "Label: https://...".',
      },
    ]);
  });

  it('refuses a path out of the repository, and a relative paper link, with relative links', () => {
    expect(problemsWith({ links: 'Up: ../x' }, { relativeLinks: true })).toEqual([
      {
        field: 'links',
        label: 'Other links',
        message:
          '"Other links" line 1 ("Up: ../x"): the link is not a complete link: write it with https://; write one link a line as "Label: https://...".',
      },
    ]);
    expect(problemsWith({ paper: './paper.pdf' }, { relativeLinks: true })).toEqual([
      {
        field: 'paper',
        label: 'Paper link',
        message: '"Paper link" is not a complete link: write it with https://.',
      },
    ]);
  });
});

// fast-check arbitraries for random "New paper" submissions: answers that are valid, hostile,
// or a mix, rendered into issue bodies as GitHub does, with fields left empty or their headings
// dropped, and line ends turned to CRLF.
import fc from 'fast-check';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { RATINGS } from '../../src/paper/paper.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import type { Answers } from './hostile-cases.js';
import { TARGET_SECTIONS } from './target-list.js';

/** Pieces of Markdown and of the form's own syntax that hostile answers are built from. */
const MARKDOWN_TOKENS = [
  '#',
  '### ',
  '### Title',
  '### Notes',
  '-',
  '- ',
  '*',
  '+ ',
  '1. ',
  '1) ',
  '>',
  '> ',
  '---',
  '***',
  '===',
  '___',
  '```',
  '~~~',
  '`',
  '~',
  '_',
  '**',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '[x]: ',
  '[^1]',
  '<',
  '>',
  '<Br>',
  '<br>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<details>',
  '&lt;',
  '&amp;',
  '&#60;',
  '&',
  ';',
  '|',
  '$',
  '$$',
  '\\',
  '\\\n',
  '@octocat',
  '#123',
  'javascript:',
  'JAVASCRIPT:',
  'data:',
  'https://',
  'http://x.org',
  'www.example.com',
  'a@b.co',
  'mailto:',
  ':',
  ',',
  '.',
  '!',
  '"',
  "'",
  '=',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '_No response_',
  'None',
  'a',
  'Zed',
  'é',
  'ß',
  '2023',
  'arXiv 2301',
  '🚀',
  '👩‍👩‍👧',
  'ש',
  'ع',
];

/** Any string: printable graphemes of any script, any code point, or Markdown-heavy. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...MARKDOWN_TOKENS), maxLength: 25 }),
);

/** Random line breaks (LF, CRLF, blank lines) spliced into a text. */
function withLineBreaks(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', '\n\n', '\n   \n')), {
        maxLength: 3,
      }),
    )
    .map(([t, breaks]) => {
      let out = t;
      for (const [at, br] of breaks) {
        // Never split a surrogate pair: break at a code point boundary.
        const chars = Array.from(out);
        const i = chars.length === 0 ? 0 : at % (chars.length + 1);
        out = chars.slice(0, i).join('') + br + chars.slice(i).join('');
      }
      return out;
    });
}

/** A plausible answer, a hostile one, the plausible one dressed in hostile text, or a broken one. */
function answer(valid: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 1, arbitrary: anyText },
    {
      weight: 3,
      arbitrary: fc
        .tuple(anyText, valid, anyText)
        .map(([before, v, after]) => `${before} ${v} ${after}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(anyText, valid, anyText)
        .map(([before, v, after]) => `${before}${v}${after}`),
    },
    { weight: 1, arbitrary: withLineBreaks(valid) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const plainWords = fc
  .array(
    fc.constantFrom('Deep', 'Vision', 'Transformer', 'Learning', 'Sparse', 'Nets', 'of', 'the'),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((w) => w.join(' '));

const validTitle = fc.oneof(
  plainWords,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
);
const validAuthor = fc.oneof(
  fc.constantFrom('Alice Example', 'Bob Example', 'Zoë Ünal', '李 雷', 'محمد علي'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom('[Carol](https://carol.example)', 'Dan <https://dan.example>'),
);
const validAuthors = fc
  .tuple(fc.array(validAuthor, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', ', ', '; '))
  .map(([names, sep]) => names.join(sep));
const validVenue = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('CVPR', 'ICLR', 'NeurIPS', 'ICCV Oral'),
      fc.integer({ min: 1990, max: 2030 }),
    )
    .map(([v, y]) => `${v} ${y}`),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }))
    .map(([yy, mm]) => `arXiv ${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}`),
);
const validUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['https', 'http'] }),
  fc.constantFrom('https://arxiv.org/abs/2301.00001', 'https://github.com/a/b'),
);
const validLinks = fc
  .array(
    fc
      .tuple(fc.constantFrom('', 'Code: ', 'Project - ', '[Demo]('), validUrl)
      .map(([label, url]) => (label === '[Demo](' ? `[Demo](${url})` : `${label}${url}`)),
    { maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));
const validNotes = fc
  .array(fc.oneof(plainWords, fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 4 })
  .map((lines) => lines.join('\n'));

/** A valid answer for every field of the default form. */
const validAnswers = fc.record({
  title: validTitle,
  authors: validAuthors,
  venue: validVenue,
  section: fc.constantFrom(...TARGET_SECTIONS, ' efficient networks '),
  paper: fc.option(validUrl, { nil: undefined }),
  links: fc.option(validLinks, { nil: undefined }),
  abbreviation: fc.option(
    plainWords.map((w) => w.replace(/ /g, '')),
    { nil: undefined },
  ),
  rating: fc.constantFrom<string | undefined>(...RATINGS, 'None', undefined),
  notes: fc.option(validNotes, { nil: undefined }),
});

/** A random (often hostile, sometimes missing) answer for every field of the default form. */
const randomAnswers = fc.record({
  title: answer(validTitle),
  authors: answer(validAuthors),
  venue: answer(validVenue),
  section: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...TARGET_SECTIONS, ' efficient networks ') },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  paper: answer(validUrl),
  links: answer(validLinks),
  abbreviation: answer(plainWords.map((w) => w.replace(/ /g, ''))),
  rating: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<string | undefined>(...RATINGS, 'None', undefined) },
    { weight: 1, arbitrary: anyText },
  ),
  notes: answer(validNotes),
});

/**
 * Random answers: mostly a valid submission with one to three fields replaced by random ones
 * (so that many get inserted and the entry checks run), sometimes random in every field.
 */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        validAnswers,
        randomAnswers,
        fc.subarray(
          DEFAULT_FORM.map((f) => f.id),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([valid, random, ids]): Answers => {
        const merged: Record<string, string | undefined> = { ...valid };
        for (const id of ids) merged[id] = random[id as keyof typeof random];
        return merged;
      }),
  },
  { weight: 1, arbitrary: randomAnswers },
);

/** A submission: answers, which field headings were deleted, and whether the body is CRLF. */
export interface Submission {
  readonly answers: Answers;
  readonly dropped: readonly string[];
  readonly crlf: boolean;
  readonly body: string;
}

/** Renders answers as GitHub does, then deletes some fields' headings and sections. */
function renderSubmission(answers: Answers, dropped: readonly string[], crlf: boolean): string {
  const kept = DEFAULT_FORM.filter((f) => !dropped.includes(f.id));
  const body = renderIssueBody(kept, answers);
  return crlf ? body.replace(/\r?\n/g, '\r\n') : body;
}

export const submissionArbitrary: fc.Arbitrary<Submission> = fc
  .tuple(
    answersArbitrary,
    fc.oneof(
      { weight: 9, arbitrary: fc.constant<string[]>([]) },
      { weight: 1, arbitrary: fc.subarray(DEFAULT_FORM.map((f) => f.id)) },
    ),
    fc.boolean(),
  )
  .map(([answers, dropped, crlf]) => ({
    answers,
    dropped,
    crlf,
    body: renderSubmission(answers, dropped, crlf),
  }));

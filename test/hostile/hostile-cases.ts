// The hostile submissions: each row is one issue body and the one outcome SPEC 2 calls for, either
// the entry goes in (escaped, shown as typed) or the form is refused naming the offending field.
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { renderIssueBody } from '../form/render-issue-body.js';

/** Answers keyed by field id; `undefined` leaves the field empty (`_No response_`). */
export type Answers = Readonly<Record<string, string | undefined>>;

/** The outcome a case must have: the entry inserted, or refused naming this field id. */
export type Expected = 'insert' | { readonly invalid: string };

export interface HostileCase {
  readonly name: string;
  /** The issue body as GitHub would deliver it. */
  readonly body: string;
  readonly expected: Expected;
  /** For inserts: the title and notes the entry must show (defaults: the answers'). */
  readonly title?: string;
  readonly notes?: string;
}

/** A valid submission that the hostile answers are laid over. */
export const BASE: Answers = {
  title: 'Hostile Inputs Considered Harmful',
  authors: 'Alice Example\nBob Example',
  venue: 'CVPR 2023',
  section: 'Efficient Networks',
  paper: 'https://arxiv.org/abs/2301.00001',
  links: 'Code: https://github.com/example/hostile',
  abbreviation: 'HOST',
  rating: '★★',
  notes: 'a plain note',
};

/** The body for the base answers with some answers replaced. */
export function bodyWith(answers: Answers): string {
  return renderIssueBody(DEFAULT_FORM, { ...BASE, ...answers });
}

const insert = 'insert';
const invalid = (field: string): Expected => ({ invalid: field });

/** A case rendered from the base answers with `answers` laid over them. */
function row(name: string, answers: Answers, expected: Expected): HostileCase {
  const merged = { ...BASE, ...answers };
  return {
    name,
    body: renderIssueBody(DEFAULT_FORM, merged),
    expected,
    ...(merged.title !== undefined ? { title: merged.title } : {}),
    ...(merged.notes !== undefined ? { notes: merged.notes } : {}),
  };
}

/** A case with a hand-made body. */
function raw(
  name: string,
  body: string,
  expected: Expected,
  shown: { title?: string; notes?: string } = {},
): HostileCase {
  return { name, body, expected, ...shown };
}

/** Block markers that would start a heading, list item, quote, rule, setext line or fence. */
export const BLOCK_MARKERS = [
  '#',
  '###',
  '-',
  '*',
  '+',
  '1.',
  '1)',
  '>',
  '---',
  '***',
  '===',
  '```',
  '~~~',
] as const;

/** One row per block marker and field: the marker starts the field's answer (or notes line). */
function markerRows(): HostileCase[] {
  return BLOCK_MARKERS.flatMap((m) => [
    row(`"${m}" starts the title`, { title: `${m} Hostile title` }, insert),
    // A first author starting with a block marker stands at the start of the entry's line 2.
    // SPEC 2: a name is free text, an answer may hold Markdown, nothing may break out of the
    // entry, and every refusal names its field. So the line start must be escaped (as notes
    // lines are), not the whole form refused as "could not be written safely" (field `form`).
    row(`"${m}" starts the authors`, { authors: `${m} Alice Example\nBob Example` }, insert),
    row(`"${m}" starts the venue`, { venue: `${m} CVPR 2023` }, insert),
    row(`"${m}" starts the short name`, { abbreviation: `${m} HOST` }, insert),
    row(`"${m}" starts a link line`, { links: `${m} https://github.com/example/hostile` }, insert),
    // Notes are free text over several lines: every line may start with the marker.
    row(
      `"${m}" starts every notes line (after the tags)`,
      { notes: `${m} first line\n${m}\n\n${m} third line ${m}` },
      insert,
    ),
    // Without short name and rating a single notes line starts line 4 itself.
    row(
      `"${m}" alone as the only notes line (no tags)`,
      { abbreviation: undefined, rating: undefined, notes: m },
      insert,
    ),
  ]);
}

const TITLE_300 = `${'Long title '.repeat(27)}ABC`.slice(0, 300);

/** A body of exactly `length` characters: the base form with a long notes answer. */
function bodyOfLength(length: number): string {
  const shell = bodyWith({ notes: '' }).replace('### Notes\n\n_No response_', '### Notes\n\n');
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(length / 27) + 1);
  return shell + filler.slice(0, length - shell.length);
}

const BUG_REPORT = [
  '### Describe the bug',
  '',
  'The bot crashed when I opened an issue.',
  '',
  '### Steps to reproduce',
  '',
  '1. Open an issue',
  '2. Watch it fail',
  '',
  '### Expected behavior',
  '',
  '_No response_',
].join('\n');

export function hostileCases(): HostileCase[] {
  return [
    // HTML and <script> in every text field.
    row('<script> in the title', { title: '<script>alert(1)</script> Paper' }, insert),
    row('<img onerror> in the authors', { authors: '<img src=x onerror=alert(1)> Trudy' }, insert),
    row(
      '<script> element as an author (read as Name <url>, a bad url)',
      { authors: 'Alice Example\n<script>alert(1)</script>' },
      invalid('authors'),
    ),
    row('<script> in the venue', { venue: 'CVPR 2023 <script>alert(1)</script>' }, insert),
    row('<script> as the paper link', { paper: '<script>alert(1)</script>' }, invalid('paper')),
    row('<b> in a link label', { links: 'Code <b>: https://github.com/evil/repo' }, insert),
    row('<script> as the short name', { abbreviation: '<script>x</script>' }, insert),
    row('<script> block in the notes', { notes: '<script>\nalert(1)\n</script>' }, insert),
    row(
      '<details> block in the notes',
      { notes: '<details><summary>x</summary>\nhidden\n</details>' },
      insert,
    ),
    row(
      '<style> and <iframe> in the notes',
      { notes: '<style>*{}</style> <iframe src=x>' },
      insert,
    ),
    // HTML comments.
    row('<!-- comment --> in the title', { title: 'Visible <!-- hidden --> title' }, insert),
    row('unclosed <!-- in the notes', { notes: '<!-- everything after is hidden\nsecond' }, insert),
    row('<!-- in the venue', { venue: 'CVPR 2023 <!-- x' }, insert),
    row('<!-- as an author', { authors: '<!-- Alice\nBob -->' }, insert),
    // Links with dangerous schemes.
    row('javascript: paper link', { paper: 'javascript:alert(1)' }, invalid('paper')),
    row('JAVASCRIPT: paper link (case)', { paper: 'JAVASCRIPT:alert(1)' }, invalid('paper')),
    row('java<TAB>script: paper link', { paper: 'java\tscript:alert(1)' }, invalid('paper')),
    row('javascript: link line', { links: 'Demo: javascript:alert(1)' }, invalid('links')),
    row('JAVASCRIPT: link line (case)', { links: 'JAVASCRIPT:alert(1)' }, invalid('links')),
    row('java<TAB>script: link line', { links: 'Demo: java\tscript:alert(1)' }, invalid('links')),
    row('data: link line', { links: 'data:text/html,<script>alert(1)</script>' }, invalid('links')),
    row('vbscript: link line', { links: 'Demo: vbscript:msgbox(1)' }, invalid('links')),
    row('data: paper link', { paper: 'data:text/html;base64,PHNjcmlwdD4=' }, invalid('paper')),
    row('javascript: author link', { authors: '[Eve](javascript:alert)' }, invalid('authors')),
    row('vbscript: author link', { authors: 'Eve (vbscript:msgbox)' }, invalid('authors')),
    row('data: author link', { authors: 'Eve <data:text/html,x>' }, invalid('authors')),
    row(
      'JAVASCRIPT: author link (case)',
      { authors: 'Eve <JAVASCRIPT:alert>' },
      invalid('authors'),
    ),
    row('javascript: Markdown link in the title', { title: '[x](javascript:alert(1))' }, insert),
    row(
      'javascript: Markdown link in the notes',
      { notes: '[click](javascript:alert(1))' },
      insert,
    ),
    // Reference definitions.
    row('reference definition as the title', { title: '[x]: https://evil.example' }, insert),
    row('reference definition as an author', { authors: '[x]: https://evil.example' }, insert),
    row(
      'reference definition in the notes',
      { notes: 'see [x]\n[x]: https://evil.example "t"' },
      insert,
    ),
    row(
      'reference definition as the only note (no tags)',
      { abbreviation: undefined, rating: undefined, notes: '[x]: https://evil.example' },
      insert,
    ),
    // Block markers at the start of each field.
    ...markerRows(),
    row('doubled "- " before the first author', { authors: '- - Alice Example' }, insert),
    row('doubled "+ " before the first author', { authors: '+ + Alice Example' }, insert),
    row('doubled "1. " before the first author', { authors: '1. 1. Alice Example' }, insert),
    row('doubled "1) " before the first author', { authors: '1) 1) Alice Example' }, insert),
    row('">" glued to the first author', { authors: '>Alice Example' }, insert),
    row('"#" as the only author', { authors: '#' }, insert),
    // Line breaks inside one-line fields (GitHub's inputs cannot hold them; a crafted body can).
    row('newline in the title', { title: 'First line\nSecond line' }, invalid('title')),
    row('newline in the venue', { venue: 'CVPR\n2023' }, invalid('venue')),
    row('newline in the short name', { abbreviation: 'HO\nST' }, invalid('abbreviation')),
    row(
      'newline in the paper link',
      { paper: 'https://arxiv.org/abs/2301.00001\nhttps://evil.example' },
      invalid('paper'),
    ),
    row('U+2028 line separator in the title', { title: 'First\u2028Second' }, invalid('title')),
    // Invisible characters: zero-width ones are dropped, direction controls refused.
    row('U+200B zero-width spaces in the title', { title: 'Zero\u200Bwidth\u200B title' }, insert),
    row('U+FEFF in the title and notes', { title: '\uFEFFBOM title', notes: 'a\uFEFFb' }, insert),
    row('U+202E override in the title', { title: 'Right \u202Eto left' }, invalid('title')),
    row('U+2066 isolate in the notes', { notes: 'isolated \u2066text\u2069' }, invalid('notes')),
    row('U+202E override in the authors', { authors: 'Eve \u202Emallory' }, invalid('authors')),
    row('U+2066 isolate in the venue', { venue: 'CVPR \u20662023' }, invalid('venue')),
    // Size.
    raw('a 65,536-character body (long notes)', bodyOfLength(65_536), invalid('notes')),
    row(
      '10,000 authors',
      { authors: Array.from({ length: 10_000 }, (_, i) => `Author ${i}`).join('\n') },
      invalid('authors'),
    ),
    // Fences nested and left open.
    row(
      'nested fences in the notes',
      { notes: '````md\n```js\nalert(1)\n```\n````\nafter' },
      insert,
    ),
    row('unclosed fence in the notes', { notes: '```js\nconst x = 1;\nmore' }, insert),
    row('unclosed ~~~ fence in the notes', { notes: '~~~\n# inside' }, insert),
    row('unclosed fence in the authors', { authors: '```\nAlice Example' }, insert),
    row('nested fences in the authors', { authors: '~~~~\n```\nAlice\n```\n~~~~' }, insert),
    // SPEC 2: parse robustly, an answer may hold Markdown. The later headings are all in the
    // body; the authors' open fence must not hide them (nor blame venue and section for it).
    row(
      'unclosed fence in the authors and a fence in the notes',
      { authors: '```\nAlice Example', notes: '```\ncode\n```' },
      insert,
    ),
    // Scripts and symbols.
    row(
      'emoji in title, notes and short name',
      { title: '🚀 Rocket 👩‍👩‍👧 Paper 🇯🇵', notes: 'great 👍🏽 work ✨', abbreviation: '🚀Net' },
      insert,
    ),
    row('Arabic title', { title: 'نموذج المحولات للرؤية الحاسوبية' }, insert),
    row('Hebrew notes', { notes: 'מאמר חשוב מאוד\nשורה שנייה' }, insert),
    row('Hebrew title, Arabic notes', { title: 'למידה עמוקה', notes: 'ملاحظة قصيرة' }, insert),
    // Line endings and control characters.
    raw('CRLF body', bodyWith({ notes: 'one\ntwo' }).replace(/\n/g, '\r\n'), insert, {
      title: BASE.title!,
      notes: 'one two',
    }),
    raw('lone-CR body', bodyWith({}).replace(/\n/g, '\r'), insert, {
      title: BASE.title!,
      notes: BASE.notes!,
    }),
    row('NUL in the title', { title: 'Null\u0000title' }, invalid('title')),
    row('NUL in the notes', { notes: 'null \u0000 note' }, invalid('notes')),
    row('NUL in the authors', { authors: 'Alice\u0000' }, invalid('authors')),
    // Bodies that are not this form.
    raw('a bug-report form body', BUG_REPORT, invalid('form')),
    raw('an empty body', '', invalid('form')),
    raw('a whitespace-only body', ' \r\n\t\n', invalid('form')),
    // Repeated and quoted headings.
    raw(
      'the body repeats "### Title"',
      bodyWith({}).replace('### Title\n\n', '### Title\n\nFirst title\n\n### Title\n\n'),
      invalid('title'),
    ),
    row('"### Title" in the notes', { notes: '### Title\nnot a field' }, insert),
    row('"### Authors" as the title', { title: '### Authors' }, invalid('title')),
    row('"### Notes" inside the authors', { authors: 'Alice Example\n### Notes' }, insert),
    // GitHub references and other inline syntax.
    row(
      '@mentions and #123',
      { title: 'Ping @octocat about #123', notes: '@everyone #1 GH-2' },
      insert,
    ),
    row('backslashes in the title', { title: 'C:\\path\\to\\ \\* \\' }, insert),
    row('backslash at notes line ends', { notes: 'first \\\nsecond\\\nthird \\\\' }, insert),
    row(
      '<Br> typed by the user',
      { title: 'A <Br> B', authors: 'Alice <Br> Example', notes: 'x <Br>\n<br>\n<Br>' },
      insert,
    ),
    row('table pipes in the notes', { notes: '| a | b |\n|---|---|\n| 1 | 2 |' }, insert),
    row('table pipes in the title', { title: 'a | b | c' }, insert),
    row(
      '$math$',
      { title: 'Why $E=mc^2$ and $$x$$', notes: '$\\alpha$ and $$\n\\beta\n$$' },
      insert,
    ),
    row(
      'HTML entities',
      { title: '&lt;script&gt; &amp; &#60;b&#62; &copy;', notes: '&lt;script&gt;alert(1)' },
      insert,
    ),
    row('a title of exactly 300 characters', { title: TITLE_300 }, insert),
    row('a title of 301 characters', { title: `${TITLE_300}x` }, invalid('title')),
    row('a title of 300 emoji (code points)', { title: '🚀'.repeat(300) }, insert),
    row('Markdown link in the title', { title: '[click me](https://evil.example)' }, insert),
    row('Markdown image in the title', { title: '![img](https://evil.example/x.png) T' }, insert),
    row('Markdown image in the notes', { notes: '![img](https://evil.example/x.png)' }, insert),
    row(
      'upper-case bare URL in the title',
      { title: 'See HTTPS://EXAMPLE.ORG/x and www.example.com' },
      insert,
    ),
    row('emphasis and strike in the title', { title: '**bold** _it_ ~~gone~~ snake_case' }, insert),
    // GFM links `www.` domains, and http(s) URLs right after a digit, as autolink literals that
    // run up to `<` or whitespace: escapes typed after them must not end up inside the link.
    row(
      'www. domain then <script> in the title',
      { title: 'See www.example.com<script>x' },
      insert,
    ),
    row('www. domain then ~|_ in the notes', { notes: 'at www.example.com~~~|_x' }, insert),
    row('URL right after a digit in the title', { title: '2023https://example.org/~x' }, insert),
    row(
      'URL right after a digit, then <b>, in the notes',
      { notes: 'v2https://example.org<b>bold</b>' },
      insert,
    ),
  ];
}

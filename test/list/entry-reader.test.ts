import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntryTemplate } from '../../src/paper/entry-template.js';
import { makeEntryReader, type EntryMatches } from '../../src/list/entry-reader.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';

const entry = [
  '- **Attention Is All You Need** <Br>',
  'Ashish Vaswani, Noam Shazeer <Br>',
  '[NIPS 2017] [[Pytorch-Code](https://github.com/x/y)] <Br>',
].join('\n');

describe('the entry reader', () => {
  it('reads the venue as the entry writes it, from the line the template puts it on', () => {
    expect(DEFAULT_FORMAT.reader.venue(entry)).toBe('NIPS 2017');
    expect(DEFAULT_FORMAT.reader.venue(entry.replace('[NIPS 2017]', '[arXiv 2301]'))).toBe(
      'arXiv 2301',
    );
    expect(DEFAULT_FORMAT.reader.venue('- **Only a title** <Br>')).toBeUndefined();
  });

  it('dates an entry by the month its venue shows, numbered as its arXiv link is', () => {
    const template = parseEntryTemplate('- (*{venue}*) {title} [[paper]({paper})]{links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const line = (venue: string, id: string) =>
      `- (*${venue}*) A Title Long Enough [[paper](https://arxiv.org/abs/${id})]`;
    expect(reader.date(line('arXiv 2023.11', '2311.07914'))).toEqual({
      year: 2023,
      month: 11,
      seq: 7914,
    });
    // A link of another month says nothing of this one's order.
    expect(reader.date(line('arXiv 2023.11', '2310.07914'))).toEqual({ year: 2023, month: 11 });
    expect(reader.date(line('ICLR 2024', '2401.00012'))).toEqual({ year: 2024, month: 1, seq: 12 });
  });

  it('reads the values of a first line that is a whole entry, with a line under it the template lacks', () => {
    // nnzhan/Awesome-Graph-Neural-Networks: an anchor right under an entry is part of its paragraph.
    const template = parseEntryTemplate(
      '{number}. **{title}.** *{authors}.* {venue}. [paper]({paper}){links}',
    );
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const text =
      '1. **GAMENet: Graph Augmented Memory Networks.** *Junyuan Shang, Jimeng Sun.* AAAI 2019. [paper](https://arxiv.org/pdf/1809.01852.pdf)\n<a name="chemistry" />';
    expect(reader.fields(text)).toBeUndefined();
    expect(reader.venue(text)).toBe('AAAI 2019');
    expect(reader.date(text)).toEqual({ year: 2019 });
  });

  it('reads a title without the emphasis wrapping all of it, which the template does not write', () => {
    // terryum/awesome-deep-learning-papers bolds the titles of its top-100 sections only.
    const template = parseEntryTemplate('- {title} ({year}), {authors}. [[pdf]]({paper}){links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const line = (title: string) => `- ${title} (2015), Y. LeCun et al. [[pdf]](https://a.org)`;
    expect(reader.title(line('**Deep learning**'))).toBe('Deep learning');
    expect(reader.title(line('_Deep learning_'))).toBe('Deep learning');
    expect(reader.title(line('Deep learning'))).toBe('Deep learning');
    // Emphasis on part of a title is the title's own.
    expect(reader.title(line('**Deep** learning'))).toBe('**Deep** learning');
    expect(reader.title(line('**Deep** and **wide**'))).toBe('**Deep** and **wide**');
    expect(reader.title(line('snake_case and camel_case'))).toBe('snake_case and camel_case');
  });

  it('starts an entry with or without an optional part right after the marker', () => {
    const template = parseEntryTemplate('- {[[{notes}] ]}**{title}** | [[paper]]({paper}){links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    expect(
      reader.startsEntry('- [2025/03/27] **A Survey of Agents** | [[paper]](https://a.org)'),
    ).toBe(true);
    expect(reader.startsEntry('- **A Survey of Agents** | [[paper]](https://a.org)')).toBe(true);
    expect(reader.startsEntry('- Other things')).toBe(false);
  });

  it('starts an entry of a bullet template only at a list item, not at bold text (Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction)', () => {
    const template = parseEntryTemplate('* {title}, {venue}. [[paper]]({paper}){links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    expect(reader.startsEntry('* Social LSTM, CVPR 2016. [[paper]](https://a.org)')).toBe(true);
    expect(reader.startsEntry('*\tSocial LSTM, CVPR 2016.')).toBe(true);
    expect(reader.startsEntry('**Maintainers: Chaoneng Li**')).toBe(false);
    expect(reader.startsEntry('*Social LSTM*, CVPR 2016.')).toBe(false);
  });

  it('reads the venue of another format', () => {
    const template = parseEntryTemplate('* {title}. {authors}. *{venue}*.{links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    expect(reader.venue('* A Title. A. Author. *ICLR 2024 Oral*.')).toBe('ICLR 2024 Oral');
  });

  it('reads the quoted title of a paper cited as text where the list links its papers', () => {
    // rguo12/awesome-causality-algorithms cites some papers instead of linking them.
    const template = parseEntryTemplate('|{abbreviation}|[{title}.]({paper})|{links}|');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const cited =
      '|Causal GAN|Kocaoglu, Murat, and Alexandros G. Dimakis. "CausalGAN: Learning Causal Implicit Generative Models with Adversarial Training." arXiv preprint arXiv:1709.02023 (2017).|NA|';
    expect(reader.title(cited)).toBe(
      'CausalGAN: Learning Causal Implicit Generative Models with Adversarial Training',
    );
    expect(reader.title('|IC algorithm| |[Python](https://github.com/akelleh/causality)|')).toBe(
      undefined,
    );
    expect(reader.title('|X|A "short" word in quotes|NA|')).toBe(undefined);
  });

  it('dates an entry the template does not read whole from its venue and year', () => {
    // cmhungsteve/Awesome-Transformer-Attention: a stray `][GitHub](url)]` after the paper link.
    const template = parseEntryTemplate('* "{title}", {venue}, {year}{[ (*{notes}*).]}{links}');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const text = '* "A Challenger to GPT-4V?", arXiv, 2023 (*Tencent*). [Paper](https://x.org/a)]';
    expect(reader.fields(text)).toBeUndefined();
    expect(reader.date(text)).toEqual({ year: 2023 });
    expect(reader.venue(text)).toBe('arXiv');
  });
});

describe('an entry nested under a group bullet, not read whole', () => {
  it('gives its date from its venue all the same', () => {
    const template = parseEntryTemplate('* ({venue}) **{title}**, {authors} [[Paper]({paper})]');
    if ('error' in template) throw new Error(template.error);
    const reader = makeEntryReader(template);
    const drifted =
      '    * (IJACSA 2023) **Bangla Text-to-Face**, Ann Lee [[Paper](https://x.org/p)] [[Code]]';
    expect(reader.fields(drifted)).toBeUndefined();
    expect(reader.date(drifted)).toEqual({ year: 2023 });
    expect(reader.venue(drifted)).toBe('IJACSA 2023');
  });
});

describe('the title of an entry read whole', () => {
  const reader = (source: string) => {
    const template = parseEntryTemplate(source);
    if ('error' in template) throw new Error(template.error);
    return makeEntryReader(template);
  };

  it('runs past the word after it where the whole entry does (AIoT-MLSys-Lab/Efficient-LLMs-Survey)', () => {
    const commas = reader('- ({venue}) {title}, [[Paper]]({paper})');
    const entry =
      '- (arXiv 2022) Deepnet: Scaling transformers to 1,000 layers, [[Paper]](https://arxiv.org/abs/2203.00555)';
    expect(commas.title(entry)).toBe('Deepnet: Scaling transformers to 1,000 layers');
  });

  it('runs on to the first line’s where notes after it would take the rest (zzli2022/Awesome-System2-Reasoning-LLM)', () => {
    const notes = reader('* {title}{[ [[Paper]]({paper})]}{links}{[ {notes}]}');
    const entry =
      '* Enhancing LLM Reasoning with Reward-guided Tree Search [[Paper]](https://arxiv.org/abs/2411.11694)';
    expect(notes.fields(entry)?.title).toBe('Enhancing');
    expect(notes.title(entry)).toBe('Enhancing LLM Reasoning with Reward-guided Tree Search');
  });

  it('never holds a link that follows it (htqin/awesome-model-quantization)', () => {
    const links = reader('- [[{venue}]({paper})] {title}{[. [**{notes}**]]}{[{links}]}');
    const entry =
      '- [[arXiv](https://arxiv.org/abs/2402.04291)] BiLLM: Pushing the Limit of Post-Training Quantization for LLMs [[code](https://github.com/Aaronhuang-778/BiLLM)]![GitHub Repo stars](https://img.shields.io/github/stars/Aaronhuang-778/BiLLM)';
    expect(links.fields(entry)).toBeUndefined();
    expect(links.title(entry)).toBe(
      'BiLLM: Pushing the Limit of Post-Training Quantization for LLMs',
    );
  });
});

describe('the name alphabetical order goes by', () => {
  const reader = (source: string) => {
    const template = parseEntryTemplate(source);
    if ('error' in template) throw new Error(template.error);
    return makeEntryReader(template);
  };
  // The shape of hindupuravinash/the-gan-zoo, alphabetised by the short names.
  const zoo = reader('* {abbreviation} - [{title}]({paper}) {[({links})]}');

  it('is the short name every entry starts with', () => {
    expect(
      zoo.name('* 3D-GAN - [Learning a Latent Space](https://arxiv.org/abs/1610.07584) '),
    ).toBe('3D-GAN');
  });

  it('keeps a dash of the name where the entry is not read whole', () => {
    // A blank before `)` leaves the link unread: the name is found on its own.
    const drifted =
      '* DP-GAN - [DP-GAN: Diversity-Promoting GAN ](https://arxiv.org/abs/1802.01345 ) ';
    expect(zoo.fields(drifted)).toBeUndefined();
    expect(zoo.name(drifted)).toBe('DP-GAN');
  });

  it('is the title where the short name is optional or follows the title', () => {
    const optional = reader('*{[ **{abbreviation}**:]} "{title}", *{venue}*.');
    expect(optional.name('* **RT-2**: "Robotic Control", *arXiv, July 2023*.')).toBe(
      'Robotic Control',
    );
    expect(DEFAULT_FORMAT.reader.name(entry)).toBe('Attention Is All You Need');
  });
});

describe('titles of papers cited as text by their authors', () => {
  const template = parseEntryTemplate('|{abbreviation}|[{title}.]({paper})|{links}|');
  if ('error' in template) throw new Error(template.error);
  const reader = makeEntryReader(template);
  // Rows of rguo12/awesome-causality-algorithms (test/fixtures/lists), which cite two papers so.
  const rows = readFileSync(
    new URL('../fixtures/lists/rguo12-awesome-causality-algorithms/README.md', import.meta.url),
    'utf8',
  ).split('\n');
  const row = (name: string) => rows.find((r) => r.startsWith(`|${name}|`))!;

  it('reads the title after the authors’ initials and names, up to the next sentence', () => {
    expect(reader.title(row('PC algorithm'))).toBe('Causation, Prediction, and Search');
    expect(reader.title(row('BMLiNGAM'))).toBe(
      'Bayesian estimation of causal direction in acyclic structural equation models with individual-specific confounder variables and non-Gaussian distributions',
    );
  });

  it('reads the quoted title of a citation linked where the list links titles', () => {
    expect(reader.title(row('PDSLasso'))).toBe(
      'PDSLASSO: Stata module for post-selection and post-regularization OLS or IV estimation and inference',
    );
    expect(reader.title(row('Domain Adversarial Matrix Factorization'))).toBe(
      'Offline Recommender Learning Meets Unsupervised Domain Adaptation',
    );
    // A title quoting another is read up to the quote its own full stop closes (read with the
    // template inference learns, which the row matches whole).
    const learnt = parseEntryTemplate('|{[{abbreviation}]}|[{title}]({paper})|{[{links}]|NA}|');
    if ('error' in learnt) throw new Error(learnt.error);
    expect(makeEntryReader(learnt).title(rows[88]!)).toBe(
      'Discussion of "The Blessings of Multiple Causes" by Wang and Blei',
    );
    expect(
      reader.title('|X|["Why Should I Trust You?": Explaining Predictions](https://a.org)|NA|'),
    ).toBe('"Why Should I Trust You?": Explaining Predictions');
    expect(reader.title('|X|[A. Author. "Why Not Three Words?" Venue.](https://a.org)|NA|')).toBe(
      'Why Not Three Words?',
    );
  });

  it('reads a long line with an unclosed quote, or a citation without its end, at once', () => {
    // Counting words inside the patterns once took exponential time on such lines: thirty words
    // took seconds, and these would never end.
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    expect(reader.title(`|X|"${words.join(' ')}|NA|`)).toBeUndefined();
    expect(reader.title(`|X|A. Author. ${words.join('  ')} .x|NA|`)).toBeUndefined();
    expect(reader.title(`|X|"${words.join(' ')}" and more|NA|`)).toBe(words.join(' '));
  });

  it('guesses nothing where the cell names no authors, or the title is under three words', () => {
    expect(reader.title(row('IC algorithm'))).toBeUndefined();
    expect(reader.title('|X|Some free text about a method. More text here.|NA|')).toBeUndefined();
    expect(reader.title('|X|A. Author. Short title. Journal, 2020.|NA|')).toBeUndefined();
  });
});

describe('entry readers sharing their matches', () => {
  const templateOf = (source: string) => {
    const template = parseEntryTemplate(source);
    if ('error' in template) throw new Error(template.error);
    return template;
  };
  const text = '- A Title (ICLR 2024)';

  it('match an entry once for readers of one template', () => {
    const matches: EntryMatches = new Map();
    const first = makeEntryReader(templateOf('- {title} ({venue})'), { matches });
    const second = makeEntryReader(templateOf('- {title} ({venue})'), {
      matches,
      datesFromArxiv: true,
    });
    expect(first.fields(text)).toEqual({ title: 'A Title', venue: 'ICLR 2024' });
    expect(second.fields(text)).toBe(first.fields(text));
    expect(matches.size).toBe(1);
  });

  it('keep apart templates that compile to one pattern with other values', () => {
    // `({venue})` and `({authors})` are read by the same pattern; the values differ.
    const matches: EntryMatches = new Map();
    const venue = makeEntryReader(templateOf('- {title} ({venue})'), { matches });
    const authors = makeEntryReader(templateOf('- {title} ({authors})'), { matches });
    expect(venue.fields(text)).toEqual({ title: 'A Title', venue: 'ICLR 2024' });
    expect(authors.fields(text)).toEqual({ title: 'A Title', authors: 'ICLR 2024' });
    expect(venue.date(text)).toEqual({ year: 2024 });
    expect(matches.size).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeSkeletons } from '../../src/infer/merge-skeletons.js';

describe('mergeSkeletons', () => {
  it('gives the only skeleton as it is, and nothing for none', () => {
    expect(mergeSkeletons([{ source: '- **{title}** {venue}', count: 4 }])).toBe(
      '- **{title}** {venue}',
    );
    expect(mergeSkeletons([])).toBe('');
  });

  it('makes optional the run of placeholders a less common skeleton lacks', () => {
    expect(
      mergeSkeletons([
        { source: '* **{abbreviation}**: "{title}", *{venue}*.', count: 5 },
        { source: '* "{title}", *{venue}*.', count: 3 },
      ]),
    ).toBe('*{[ **{abbreviation}**:]} "{title}", *{venue}*.');
  });

  it('widens a most common skeleton that lacks a part another shows', () => {
    expect(
      mergeSkeletons([
        { source: '- {title}', count: 3 },
        { source: '- **{abbreviation}**: {title}', count: 2 },
      ]),
    ).toBe('-{[ **{abbreviation}**:]} {title}');
  });

  it('keeps a part optional when a later skeleton widens the base (hoya012/deep_learning_object_detection)', () => {
    expect(
      mergeSkeletons([
        { source: '- {title} | **[{venue}]**{links}', count: 51 },
        { source: '- **[{abbreviation}]** {title} | **[{venue}]**{links}', count: 30 },
        { source: '- **[{abbreviation}]** {title} | **[{venue}]**{links} {notes}', count: 16 },
      ]),
    ).toBe('-{[ **[{abbreviation}]**]} {title} | **[{venue}]**{links}{[ {notes}]}');
  });

  it('widens the base without its parts where aligning brackets moved a gap', () => {
    // subeeshvasu/Awesome-Learning-with-Label-Noise: `{paper}` twice in the wider skeleton.
    expect(
      mergeSkeletons([
        { source: '* [{title}]({paper})', count: 10 },
        { source: '* {notes}. [[Paper]]({paper}){links} [{title}]({paper})', count: 8 },
      ]),
    ).toBe('* {[{notes}. [[Paper]]({paper}){links}]} [{title}]({paper})');
  });

  it('makes two parts optional independently when skeletons lack each alone', () => {
    expect(
      mergeSkeletons([
        { source: '- {title}, {authors}, {venue}', count: 5 },
        { source: '- {title}, {venue}', count: 2 },
        { source: '- {title}, {authors}', count: 2 },
      ]),
    ).toBe('- {title}{[, {authors}]}{[, {venue}]}');
  });

  it('never makes optional a run without a placeholder, or one holding the title', () => {
    expect(
      mergeSkeletons([
        { source: '- **{title}** (new!) {venue}', count: 5 },
        { source: '- **{title}** {venue}', count: 3 },
      ]),
    ).toBe('- **{title}** (new!) {venue}');
    expect(
      mergeSkeletons([
        { source: '- {abbreviation}: {title}', count: 5 },
        { source: '- {abbreviation}', count: 3 },
      ]),
    ).toBe('- {abbreviation}: {title}');
  });

  it('makes optional a run of text alone that the same entries leave out with a part before it', () => {
    // BradyFU/Awesome-Multimodal-Large-Language-Models: a star badge and `<br>` before the
    // title of the papers with code, and a `<br>` after it.
    const badge = '![Star](https://img.shields.io/github/stars/{repo}.svg) <br> ';
    const merged = `{[${badge}]}[**{title}**]({paper}){[ <br>]}`;
    expect(
      mergeSkeletons([
        { source: `${badge}[**{title}**]({paper}) <br>`, count: 5 },
        { source: '[**{title}**]({paper})', count: 4 },
      ]),
    ).toBe(merged);
    // The same, the skeleton without the badge the more common.
    expect(
      mergeSkeletons([
        { source: '[**{title}**]({paper})', count: 5 },
        { source: `${badge}[**{title}**]({paper}) <br>`, count: 4 },
      ]),
    ).toBe(merged);
    // Text alone left out before any part with a value: not optional.
    expect(
      mergeSkeletons([
        { source: '<br> [**{title}**]({paper}) {venue}', count: 5 },
        { source: '[**{title}**]({paper})', count: 4 },
      ]),
    ).toBe('<br> [**{title}**]({paper}) {venue}');
  });

  it('makes optional a run that holds both its brackets, where the alignment could cut one', () => {
    // eugeneyan/applied-ml: `[Title](url) ([Paper](url)) \`Google\` \`2017\`` beside entries
    // without the paper link: the run left out is ` ({links})`, not `) ({links}`.
    expect(
      mergeSkeletons([
        { source: '{number}. [{title}]({paper}) `{notes}` `{year}`', count: 6 },
        { source: '{number}. [{title}]({paper}) ({links}) `{notes}` `{year}`', count: 3 },
      ]),
    ).toBe('{number}. [{title}]({paper}){[ ({links})]} `{notes}` `{year}`');
  });

  it('never lets a skeleton keeping the middle of an optional part break it into pieces', () => {
    // jbhuang0604/awesome-computer-vision: `{notes}` alone after the title would keep the middle
    // of ` - {authors} ({notes}) {year}`, writing `{[ ]}{[- {authors} (]}{[{notes}]}{[) {year}]}`.
    expect(
      mergeSkeletons([
        { source: '* [{title}]({paper})', count: 149 },
        { source: '* [{title}]({paper}) - {authors} ({notes}) {year}', count: 21 },
        { source: '* [{title}]({paper}) {notes}', count: 9 },
      ]),
    ).toBe('* [{title}]({paper}){[ - {authors} ({notes}) {year}]}');
  });

  it('never makes a run spanning lines optional', () => {
    expect(
      mergeSkeletons([
        { source: '- {title}\n  {authors}', count: 5 },
        { source: '- {title}', count: 3 },
      ]),
    ).toBe('- {title}\n  {authors}');
  });

  it('starts an optional part with the space before it: `x{[ (y)]} z`', () => {
    expect(
      mergeSkeletons([
        { source: 'x (y{year}) z', count: 5 },
        { source: 'x z', count: 3 },
      ]),
    ).toBe('x{[ (y{year})]} z');
    expect(
      mergeSkeletons([
        { source: '- {title} ({venue}) [x]', count: 5 },
        { source: '- {title} [x]', count: 3 },
      ]),
    ).toBe('- {title}{[ ({venue})]} [x]');
  });

  it('ignores skeletons fewer than two entries, or than the share asked, have', () => {
    const common = { source: '- {title}, {authors}, {venue}', count: 100 };
    expect(mergeSkeletons([common, { source: '- {title}, {venue}', count: 1 }])).toBe(
      common.source,
    );
    expect(mergeSkeletons([common, { source: '- {title}, {venue}', count: 3 }])).toBe(
      common.source,
    );
    expect(mergeSkeletons([common, { source: '- {title}, {venue}', count: 4 }])).toBe(
      '- {title}{[, {authors}]}, {venue}',
    );
    expect(mergeSkeletons([common, { source: '- {title}, {venue}', count: 3 }], 0.01)).toBe(
      '- {title}{[, {authors}]}, {venue}',
    );
  });

  it('leaves the base as it is when another skeleton is not it with parts left out', () => {
    expect(
      mergeSkeletons([
        { source: '- {title} ({venue})', count: 5 },
        { source: '- {title} [{year}]', count: 4 },
      ]),
    ).toBe('- {title} ({venue})');
  });
});

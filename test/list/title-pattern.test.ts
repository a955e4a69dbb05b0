import { describe, expect, it } from 'vitest';
import { compileEntryPattern, matchEntry } from '../../src/list/entry-pattern.js';
import { compileTitlePattern } from '../../src/list/title-pattern.js';
import {
  DEFAULT_LINE_BREAK,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
  type LinkFormat,
} from '../../src/paper/entry-template.js';

function template(source: string, links?: LinkFormat) {
  return mustParseEntryTemplate(source, DEFAULT_LINE_BREAK, links);
}

/** The title the strict pattern of the template written as `source` reads from `entry`. */
function titleOf(source: string, entry: string, links?: LinkFormat): string | undefined {
  return compileTitlePattern(template(source, links))?.exec(entry)?.[1];
}

describe('compileTitlePattern', () => {
  it('strictly reads the title of an entry that drifts after it', () => {
    const parsed = template(DEFAULT_TEMPLATE);
    const entry = '- **Deep Residual** <br/> drift\nwhatever follows';
    expect(matchEntry(compileEntryPattern(parsed), entry)).toBe(undefined);
    expect(compileTitlePattern(parsed)!.exec(entry)?.[1]).toBe('Deep Residual');
    expect(compileTitlePattern(parsed)!.exec('- **Deep Residual**')?.[1]).toBe('Deep Residual');
  });

  it('reads a title without its own "." where the template has one', () => {
    const numbered = compileTitlePattern(template('{number}. **{title}.** {venue}'))!;
    expect(numbered.exec('3. **Why?** anything')?.[1]).toBe('Why?');
    expect(numbered.exec('3. **Deep** anything')?.[1]).toBe('Deep');
  });

  it('skips whatever stands in an optional part only when loose', () => {
    const parsed = template('* {[**{abbreviation}**: ]}"{title}", *{venue}*.');
    const entry = '* **[RT-2]** "Robotic Transformer", *CoRL 2023*';
    expect(compileTitlePattern(parsed)!.exec(entry)).toBe(null);
    expect(compileTitlePattern(parsed, true)!.exec(entry)?.[1]).toBe('Robotic Transformer');
    const drifted = '* "Robotic Transformer" - CoRL 2023';
    expect(compileTitlePattern(parsed)!.exec(drifted)).toBe(null);
    expect(compileTitlePattern(parsed, true)!.exec(drifted)?.[1]).toBe('Robotic Transformer');
  });

  it('reads a title without its own ";" where the template has one (Yangyi-Chen/Multimodal-AND-Large-Language-Models)', () => {
    const pattern = compileTitlePattern(template('- **{title};** {authors}'))!;
    expect(pattern.exec('- **Multimodal Learning: A Survey;** Peng Xu')?.[1]).toBe(
      'Multimodal Learning: A Survey',
    );
    expect(pattern.exec('- **Does RL Really Incentivize Reasoning?** Yang Yue et al')?.[1]).toBe(
      'Does RL Really Incentivize Reasoning?',
    );
  });

  it('ends a title followed by an optional link to the paper where that link begins', () => {
    // xinghaochen/awesome-hand-pose-estimation: `Title. [\[PDF\]](url)`, the link optional.
    const parsed = template('##### • {title}. [\\[PDF\\]]({paper}){links}');
    const pattern = compileTitlePattern(parsed)!;
    expect(pattern.exec('##### • Hand Pose. [\\[PDF\\]](https://a.org/x.pdf)')?.[1]).toBe(
      'Hand Pose',
    );
    expect(pattern.exec('##### • Hand Pose.')?.[1]).toBe('Hand Pose');
    expect(pattern.exec('##### • Hand Pose')?.[1]).toBe('Hand Pose');
  });

  it('gives no pattern when the title is not on the first line', () => {
    expect(compileTitlePattern(template('- {venue}\n  **{title}**'))).toBe(undefined);
    expect(compileTitlePattern(template('- {venue}\n  **{title}**'), true)).toBe(undefined);
  });
});

describe('compileTitlePattern on long runs of blanks', () => {
  const pattern = (source: string) => compileTitlePattern(mustParseEntryTemplate(source))!;

  it('reads the same titles, the blanks around them left to the text beside them', () => {
    expect(pattern('- {title} - {authors}').exec('-   Deep Residual Learning  - K. He')?.[1]).toBe(
      'Deep Residual Learning',
    );
    expect(pattern('- {title}. {authors}').exec('-  Deep Residual Learning.  ')?.[1]).toBe(
      'Deep Residual Learning',
    );
    expect(pattern('| {title} | {venue} |').exec('|   Attention Is All   | NeurIPS |')?.[1]).toBe(
      'Attention Is All',
    );
  });

  it('gives up at once on a line of blanks that is no entry', () => {
    // recheck's attacks on the patterns before, longer: 2,000 tabs took 5 s, and 750 in a table 15 s.
    const tabs = '\t'.repeat(50_000);
    expect(pattern('- {title}. {authors}').exec(`-\t${tabs}${tabs}\t\\`)).toBeNull();
    expect(pattern('| {title} | {venue} |').exec(`${tabs}\t|${tabs}${tabs}`)).toBeNull();
  });
});

describe('loose title patterns on long runs of blanks', () => {
  const loose = (source: string) => compileTitlePattern(mustParseEntryTemplate(source), true)!;

  it('skip an optional part as before: `**[RT-2]**` where `**{abbreviation}**:` stands', () => {
    const pattern = loose('*{[ **{abbreviation}**:]} "{title}", *{venue}*.');
    expect(pattern.exec('* **[RT-2]** "RT-2: Vision-Language-Action Models", *arXiv*.')?.[1]).toBe(
      'RT-2: Vision-Language-Action Models',
    );
    expect(pattern.exec('* "Interactive Language", *arXiv*.')?.[1]).toBe('Interactive Language');
  });

  it('give up at once on a table row of blanks that is no entry', () => {
    // recheck's attack on the pattern before, longer: 4,000 characters took 11 s.
    const tabs = '\t'.repeat(10_000);
    const pattern = loose('|{[{abbreviation}]}|[{title}.]({paper})|{links}|');
    expect(pattern.exec(`|${tabs}.]${tabs}||[\u0000]`)).toBeNull();
  });
});

describe('compileTitlePattern where only optional parts or values follow the title', () => {
  it('ends the title where any of the optional parts after it begins (htqin/awesome-model-quantization)', () => {
    const source = '- [[{venue}]({paper})] {title}{[. [**{notes}**]]}{[{links}]}';
    const links = { item: ' [[{label}]({url})]', separator: '' };
    const title = 'How Good Are Low-bit Quantized LLaMA3 Models? An Empirical Study';
    const venue = '- [[arXiv](https://arxiv.org/abs/2404.14047)] ';
    const code = ' [[code](https://github.com/Macaronlin/LLaMA3-Quantization)]';
    const badge = '![GitHub Repo stars](https://img.shields.io/github/stars/x/y)';
    expect(titleOf(source, `${venue}${title}${code}${badge}`, links)).toBe(title);
    expect(titleOf(source, `${venue}${title}. [**bnn**]`, links)).toBe(title);
    // The "." opening the notes goes missing after a title's own "?".
    const asked = 'Binary Ensemble Neural Network: More Bits per Network or More Networks per Bit?';
    expect(titleOf(source, `${venue}${asked} [**\`bnn\`**]`, links)).toBe(asked);
    expect(titleOf(source, `${venue}${title}`, links)).toBe(title);
  });

  it('ends the title at its full stop when links may follow it (Yochengliu/awesome-point-cloud-analysis)', () => {
    const source = '- [[{venue}]({paper})] {title}.{[{links}]}{[ [__{notes}__]]}';
    const links = { item: ' [[{label}]({url})]', separator: '' };
    const entry =
      '- [[CVPR](https://arxiv.org/abs/1612.00593)] PointNet: Deep Learning on Point Sets. [[tensorflow](https://github.com/charlesq34/pointnet)] [__`cls.`__]';
    expect(titleOf(source, entry, links)).toBe('PointNet: Deep Learning on Point Sets');
  });

  it('ends the title at its full stop before values that nothing marks (FLHonker/Awesome-Knowledge-Distillation)', () => {
    const source = '{number}. {title}.{[ {authors}]} {venue}';
    expect(
      titleOf(
        source,
        '2. Learning from Noisy Labels with Distillation. Li, Yuncheng et al. ICCV 2017',
      ),
    ).toBe('Learning from Noisy Labels with Distillation');
    expect(titleOf(source, '5. Relational Knowledge Distillation. CVPR 2019')).toBe(
      'Relational Knowledge Distillation',
    );
  });

  it('gives no pattern where values follow the title and nothing on the line tells where it ends', () => {
    expect(compileTitlePattern(template('- {title} {venue}'))).toBe(undefined);
    // The title alone on its line, or before text, still has one.
    expect(titleOf('- **{title}**', '- **Deep Residual**')).toBe('Deep Residual');
    expect(titleOf('- {title}.', '- Deep Residual.')).toBe('Deep Residual');
  });
});

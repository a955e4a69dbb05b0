import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingTitle } from '../../src/infer/heading-title.js';

describe('headingTitle', () => {
  it('reads the title of a heading that names a paper, and how it is wrapped', () => {
    expect(headingTitle('##### [Maxout Networks]')).toEqual({
      source: '##### [{title}]',
      title: 'Maxout Networks',
    });
    expect(headingTitle('### **Title**  ')).toEqual({ source: '### **{title}**', title: 'Title' });
    expect(headingTitle('## Plain Title')).toEqual({ source: '## {title}', title: 'Plain Title' });
    expect(headingTitle('### **Unclosed')).toBeUndefined();
    expect(headingTitle('###')).toBeUndefined();
  });

  it('agrees with the pattern it replaced wherever the heading has text', () => {
    const before = (line: string) => {
      const match = /^([ \t]{0,3}#{1,6}[ \t]+)(\[|\*\*|__|)(.+?)(\]|\*\*|__|)[ \t]*$/.exec(line);
      if (!match) return undefined;
      const [, marks, open, title, close] = match;
      const paired = open === '[' ? close === ']' : open === close;
      return paired
        ? { source: `${marks}${open}{title}${close}`, title: title!.trim() }
        : undefined;
    };
    const piece = fc.constantFrom('a', 'b', ' ', '\t', '[', ']', '**', '__', '*', '_');
    const line = fc
      .tuple(fc.constantFrom('# ', '### ', '  ## ', '#\t'), fc.array(piece, { maxLength: 10 }))
      .map(([marks, rest]) => marks + rest.join(''))
      // A heading of blanks alone: the pattern read a blank title, which is no title.
      .filter((l) => /#[ \t]+.*\S/.test(l));
    fc.assert(
      fc.property(line, (l) => {
        expect(headingTitle(l)).toEqual(before(l));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a heading of a long run of blanks at once', () => {
    // recheck's attack on the replaced pattern, longer: 2,000 tabs took 16 s.
    const tabs = '\t'.repeat(100_000);
    expect(headingTitle(`#\t${tabs}${tabs}\n`)).toBeUndefined();
    expect(headingTitle(`#\t${tabs}x${tabs}`)).toEqual({ source: `#\t${tabs}{title}`, title: 'x' });
  });
});

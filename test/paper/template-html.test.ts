import { describe, expect, it } from 'vitest';
import { DEFAULT_LINE_BREAK, DEFAULT_TEMPLATE } from '../../src/paper/entry-template.js';
import { templateHtml } from '../../src/paper/template-html.js';

describe('templateHtml', () => {
  it('is the tags the template writes, lower-cased', () => {
    expect([...templateHtml(DEFAULT_TEMPLATE, DEFAULT_LINE_BREAK)]).toEqual(['<br>']);
    expect([...templateHtml('- **{title}** <BR/>\n{authors}<span>', '<br />')].sort()).toEqual([
      '<br />',
      '<br/>',
      '<span>',
    ]);
    expect([...templateHtml('- **{title}**\n{venue}', ' ')]).toEqual([]);
  });
});

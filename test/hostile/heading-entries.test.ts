// The hostile issue bodies again, filed into a list whose entries are headings
// (MaximeVandegar/Papers-in-100-Lines-of-Code, read with no configuration): a new entry is one
// heading of the list's level and the lines under it, and nothing breaks out of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { checkEntryMarkdown, parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { addedLines, isEntryWithSeparator } from '../support/list-helpers.js';
import { projectRoot } from '../support/project-root.js';
import { invalidViolations } from './check-plan.js';
import { hostileCases } from './hostile-cases.js';

const TEXT = readFileSync(
  path.join(
    projectRoot(),
    'test/fixtures/lists/maximevandegar-papers-in-100-lines-of-code/README.md',
  ),
  'utf8',
);
const FILES = [{ path: 'README.md', text: TEXT }];
const { format, list } = resolveList(defaultConfig(), FILES);

/** The headings of a document as remark sees them, by depth. */
function headingDepths(text: string): number[] {
  return parseMarkdown(text).children.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
}

const cases = hostileCases().map((c) => ({
  ...c,
  body: c.body.replace('### Section\n\nEfficient Networks', '### Section\n\nImplemented papers'),
}));

describe('hostile issue bodies, into a list of entries that are headings', () => {
  const outcomes = cases.map((c) =>
    planAddition({ body: c.body, form: DEFAULT_FORM, list, format }),
  );

  it('inserts most of them (the checks below are not vacuous)', () => {
    expect(format.headingEntries).toBe(5);
    expect(outcomes.filter((p) => p.kind === 'insert').length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const plan = outcomes[i]!;
    if (plan.kind === 'invalid') {
      expect(invalidViolations(plan)).toEqual([]);
      return;
    }
    expect(plan.kind).toBe('insert');
    if (plan.kind !== 'insert') return;
    // Only the entry's lines and one blank line are added.
    const added = addedLines(TEXT, plan.text);
    expect(isEntryWithSeparator(added, plan.entry), JSON.stringify(added)).toBe(true);
    // The list reads one more entry, the new one, in its section, the others as they were.
    const again = readPaperList([{ path: 'README.md', text: plan.text }], format);
    const texts = (l: typeof list) =>
      l.sections.flatMap((s) => s.block.entries.map((e) => s.file.text.slice(e.start, e.end)));
    expect(again.sections.map((s) => s.name)).toEqual(['Implemented papers']);
    const after = texts(again);
    expect(after).toHaveLength(63);
    expect(after.filter((t) => t !== plan.entry)).toEqual(texts(list));
    // One heading of the list's level, and nothing breaks out of the entry: what follows it
    // (the next entry's heading) is still a heading of its own.
    expect(checkEntryMarkdown(plan.entry, format.allowedHtml, format)).toEqual([]);
    expect(headingDepths(`${plan.entry}\n\n##### [Next]\n- Next`)).toEqual([5, 5]);
  });
});

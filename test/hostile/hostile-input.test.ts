// Hostile issue bodies against the example list (SPEC 2, 3, 5, 6): each one is either refused
// naming the offending field, or inserted as an entry that nothing breaks out of. The checks on
// an insert, (a)-(e), are described in check-plan.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';
import {
  carriesViolations,
  entryMarkdownViolations,
  insertViolations,
  invalidViolations,
  topLevelHeadings,
} from './check-plan.js';
import { bodyWith, hostileCases } from './hostile-cases.js';
import { planAgainstTarget, TARGET_TEXT } from './target-list.js';

const cases = hostileCases();
const headingsBefore = topLevelHeadings(TARGET_TEXT);

describe('hostile issue bodies', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('its checks catch an entry that breaks out, a changed byte and a mangled title', () => {
    const plan = planAgainstTarget(bodyWith({}));
    if (plan.kind !== 'insert') throw new Error(`the base answers must insert, not ${plan.kind}`);
    expect(insertViolations(TARGET_TEXT, plan, DEFAULT_FORMAT)).toEqual([]);
    const broken = { ...plan, entry: `${plan.entry}\n# Heading\n[x]: https://evil.example` };
    expect(entryMarkdownViolations(broken).join('\n')).toMatch(/heading[\s\S]*definition/);
    const unsafe = { ...plan, entry: plan.entry.replace('(https://arxiv', '(javascript:x//arxiv') };
    expect(entryMarkdownViolations(unsafe).join('\n')).toMatch(/links to "javascript:/);
    const changed = {
      ...plan,
      text: plan.text.replace('# Diffusion Models', '## Diffusion Models'),
    };
    expect(insertViolations(TARGET_TEXT, changed, DEFAULT_FORMAT).join('\n')).toMatch(/^\(a\)/);
    expect(carriesViolations(plan, { title: 'Another title', notes: 'other notes' })).toHaveLength(
      2,
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, hostile) => {
    const plan = planAgainstTarget(hostile.body);
    if (hostile.expected === 'insert') {
      expect(plan.kind, plan.kind === 'invalid' ? JSON.stringify(plan.problems) : undefined).toBe(
        'insert',
      );
      if (plan.kind !== 'insert') return;
      expect([
        ...insertViolations(TARGET_TEXT, plan, DEFAULT_FORMAT, headingsBefore),
        ...carriesViolations(plan, { title: hostile.title, notes: hostile.notes }),
      ]).toEqual([]);
    } else {
      expect(plan.kind, plan.kind === 'insert' ? plan.entry : undefined).toBe('invalid');
      if (plan.kind !== 'invalid') return;
      const field = hostile.expected.invalid;
      expect(invalidViolations(plan)).toEqual([]);
      expect(plan.problems.map((p) => p.field)).toContain(field);
      const own = plan.problems.find((p) => p.field === field)!;
      expect(own.message.trim()).not.toBe('');
    }
  });
});

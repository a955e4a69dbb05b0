// Random form answers against the example list: planAddition never throws, and whatever it
// decides is sound. Runs: FUZZ_RUNS (default 200; `npm run fuzz` sets 10,000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { parseIssueBody } from '../../src/form/parse-issue-body.js';
import type { AdditionPlan } from '../../src/plan/plan-addition.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';
import { submissionArbitrary } from './answer-arbitraries.js';
import {
  carriesViolations,
  insertViolations,
  invalidViolations,
  topLevelHeadings,
} from './check-plan.js';
import { planAgainstTarget, TARGET_TEXT } from './target-list.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Generous per-test time: a run takes about 7 ms (remark reads the whole new file), 30 allowed. */
const TIMEOUT = Math.max(20_000, RUNS * 30);
const headingsBefore = topLevelHeadings(TARGET_TEXT);

/** Everything wrong with a plan for `body`; empty when the plan is sound. */
function violations(body: string, plan: AdditionPlan): string[] {
  switch (plan.kind) {
    case 'invalid':
      return invalidViolations(plan);
    case 'duplicate':
      return plan.where.length > 0 ? [] : ['duplicate without a location'];
    case 'insert': {
      // (d) is checked against the answers as the form parser read them: an answer that quotes
      // another field's heading legitimately moves text between fields.
      const parsed = parseIssueBody(body, DEFAULT_FORM).answers;
      return [
        ...insertViolations(TARGET_TEXT, plan, DEFAULT_FORMAT, headingsBefore),
        ...carriesViolations(plan, { title: parsed.get('title'), notes: parsed.get('notes') }),
      ];
    }
  }
}

describe('planAddition on random answers', () => {
  it(
    'never throws; refuses with known fields, or inserts an entry nothing breaks out of',
    () => {
      fc.assert(
        fc.property(submissionArbitrary, (submission) => {
          const plan = planAgainstTarget(submission.body);
          expect(violations(submission.body, plan)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('generates enough inserts and refusals to mean something', () => {
    const kinds = { insert: 0, invalid: 0, duplicate: 0 };
    for (const s of fc.sample(submissionArbitrary, { numRuns: 400, seed: 20240601 })) {
      kinds[planAgainstTarget(s.body).kind] += 1;
    }
    expect(kinds.insert).toBeGreaterThanOrEqual(40);
    expect(kinds.invalid).toBeGreaterThanOrEqual(40);
  });
});

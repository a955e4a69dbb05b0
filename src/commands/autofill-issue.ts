// The autofill step of `addPaper`: the step the command line tool shares, with the action's
// access to the metadata sources (from `context.metadata`) and its log.
import {
  autofillSubmission,
  type AutofilledSubmission,
  type AutofillInput,
} from '../autofill/autofill-submission.js';
import type { ParsedIssueBody } from '../form/parse-issue-body.js';
import { describeAutofillRun } from '../messages/autofill-text.js';
import type { AutofillReport } from '../plan/apply-autofill.js';
import type { CommandContext } from './command-context.js';

/** The parsed issue to plan with, and what autofill filled when it asked the sources. */
export interface AutofilledIssue {
  readonly parsed: ParsedIssueBody;
  readonly report?: AutofillReport;
}

/**
 * Fills the answers the filer left empty from the paper link (configuration `autofill`), before
 * the entry is planned, and logs what was asked. Without `context.metadata` nothing is asked
 * and the issue is planned as read; a source that fails never fails the run.
 */
export async function autofillIssue(
  context: CommandContext,
  input: Omit<AutofillInput, 'access'>,
): Promise<AutofilledIssue> {
  const done: AutofilledSubmission = await autofillSubmission({
    ...input,
    access: context.metadata,
  });
  if (!done.fetched) return { parsed: done.parsed };
  const { metadata, report } = done.fetched;
  context.log.info(describeAutofillRun(metadata.attempts, metadata.requests, report));
  return { parsed: done.parsed, report };
}

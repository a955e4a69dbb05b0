import type { Config } from '../config/config.js';
import { chooseIssueForm } from '../form/choose-issue-form.js';
import { type IssueForm } from '../form/read-issue.js';
import type { Head } from '../github/gateway.js';
import type { CommandContext } from './command-context.js';
import { readDefaultBranch } from './default-branch.js';

/** The colour of the form label when the bot creates it. */
const FORM_LABEL_COLOR = '0e8a16';

/**
 * The commit the bot builds on: the default branch's head as the event saw it (`GITHUB_SHA` of
 * an `issues` event), which saves a call, or as it is now.
 */
export async function baseCommit(
  context: CommandContext,
  eventSha: string | undefined,
): Promise<Head> {
  if (eventSha === undefined) return readDefaultBranch(context);
  context.log.info(
    `Building on ${eventSha}, the head of ${context.repository.defaultBranch} for this event.`,
  );
  return { sha: eventSha };
}

/** The repository's issue form at a ref (the built-in form when there is none). */
export async function loadIssueForm(
  context: CommandContext,
  config: Config,
  ref: string,
): Promise<IssueForm> {
  const path = config['form-template'];
  const file = await context.gateway.readFile(path, ref);
  const form = chooseIssueForm(file && { path, text: file.text });
  if (form.warning) context.log.warn(form.warning);
  else context.log.info(`Reading the issue with ${form.path ?? 'the built-in form'}.`);
  return form;
}

/**
 * Labels a submission that arrived without the form's label (GitHub only applies a form's
 * labels that already exist), creating the label first so maintainers can filter by it.
 */
export async function applyFormLabel(
  context: CommandContext,
  issueNumber: number,
  name: string,
): Promise<void> {
  const created = await context.gateway.createLabel({
    name,
    color: FORM_LABEL_COLOR,
    description: 'A paper proposed with the New paper form',
  });
  await context.gateway.addLabels(issueNumber, [name]);
  context.log.info(
    `Labelled #${issueNumber} "${name}"${created === 'created' ? ' (label created)' : ''}.`,
  );
}

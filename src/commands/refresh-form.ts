import { ownedByBot } from './push-bot-branch.js';
import { syncSectionOptions, type SectionOptionsEdit } from '../form/section-options.js';
import type { ListedPullRequest } from '../github/gateway.js';
import { findSection } from '../list/paper-list.js';
import { formOptionsPullRequest, type RefreshRow } from '../messages/refresh-text.js';
import type { BotPullRequest } from '../plan/plan-refresh.js';
import { formBranch } from './bot-branches.js';
import { proposeChange, withdrawChange } from './propose-change.js';
import { BOT_TRAILER } from './push-bot-branch.js';
import { resolveHead, row, standingRow, type RefreshRun } from './refresh-state.js';

const SUBJECT = 'issue form';

/** What the form follows: its Section options, brought in step with the list, if they differ. */
type FormNeed =
  | { readonly kind: 'none'; readonly why: string }
  | { readonly kind: 'edit'; readonly edit: SectionOptionsEdit };

/**
 * The form follows the list: when the Section options of the repository's issue form
 * (`form-template`) and the list's sections differ, ONE pull request on `<prefix>form` rewrites
 * only those option lines (see `syncSectionOptions`), and is brought up to date when the list
 * moves on; it is closed once the form and the list agree again. A form the bot cannot edit
 * safely is left alone, with a warning. `undefined`: nothing to report.
 */
export async function refreshFormPull(
  run: RefreshRun,
  item: BotPullRequest | undefined,
): Promise<RefreshRow | undefined> {
  const need = formNeed(run);
  if (need.kind === 'none') {
    if (!item) return undefined;
    // Closing is a write too: a branch people committed to keeps its pull request.
    const head = await run.fresh.getBranch(item.pull.headRef);
    if (head && !ownedByBot(head, run.tip.sha))
      return standingRow(item.pull, SUBJECT, 'human', run.tip.sha);
    await withdrawChange(run.context, {
      branch: item.pull.headRef,
      baseSha: run.tip.sha,
      pullRequest: item.pull,
    });
    return row(item.pull, SUBJECT, 'closed', need.why);
  }
  if (item) {
    const standing = await resolveHead(run, item);
    if (standing.kind !== 'behind')
      return standingRow(item.pull, SUBJECT, standing.kind, run.tip.sha);
  }
  return proposeForm(run, need.edit, item?.pull);
}

/** Whether the form needs an edit, and which. */
function formNeed(run: RefreshRun): FormNeed {
  const file = run.formFile;
  if (!file) return { kind: 'none', why: 'the repository has no issue form any more' };
  const { list } = run.list;
  const synced = syncSectionOptions(
    file.text,
    list.sections.map((section) => section.name),
    (option) => findSection(list, option)?.name,
  );
  if (!synced.ok) {
    run.context.log.warn(`${file.path}: ${synced.error}; not proposing a change to it.`);
    return { kind: 'none', why: `the form cannot be edited safely: ${synced.error}` };
  }
  const { edit } = synced;
  if (edit.added.length === 0 && edit.removed.length === 0)
    return { kind: 'none', why: "the form's Section options and the list's sections agree" };
  return { kind: 'edit', edit };
}

/** Pushes the edited form on `<prefix>form` and opens or updates its pull request. */
async function proposeForm(
  run: RefreshRun,
  edit: SectionOptionsEdit,
  open: ListedPullRequest | undefined,
): Promise<RefreshRow> {
  const path = run.config['form-template'];
  const outcome = await proposeChange(run.context, {
    branch: formBranch(run.config),
    base: run.tip,
    files: [
      { path, text: edit.text, ...(run.formFile ? { baseBlobSha: run.formFile.blobSha } : {}) },
    ],
    message: `Bring the Section options of ${path} in line with the list\n\n${BOT_TRAILER}`,
    pullRequest: formOptionsPullRequest(edit, path),
    labels: run.config.labels,
  });
  const why = `${edit.added.length} option(s) to add, ${edit.removed.length} to remove`;
  if (outcome.kind === 'human') {
    const why = `${formBranch(run.config)} has commits made by people: never rewritten`;
    const pull = outcome.open ?? { number: 0, url: '' };
    return { number: pull.number, url: pull.url, subject: SUBJECT, done: 'left alone', why };
  }
  const { pullRequest, created } = outcome.opened;
  const done = created ? 'opened' : open ? 'rebuilt' : 'updated';
  return { number: pullRequest.number, url: pullRequest.url, subject: SUBJECT, done, why };
}

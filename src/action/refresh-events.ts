import type { CommandContext, CommandResult } from '../commands/command-context.js';
import { runRefresh } from '../commands/refresh-run.js';
import type { ActionEvent, DispatchEvent, PushEvent, ScheduleEvent } from './event.js';

/** The events that keep the bot's pull requests in step with the default branch. */
export type RefreshEvent = PushEvent | ScheduleEvent | DispatchEvent;

/** Whether an event runs a refresh (writes to several pull requests: its client paces writes). */
export function isRefreshEvent(event: ActionEvent): event is RefreshEvent {
  return event.kind === 'push' || event.kind === 'schedule' || event.kind === 'workflow_dispatch';
}

/**
 * Why a push needs no refresh, decided from the payload alone, before any API call: a push to
 * another branch or a tag, or one that deleted the default branch.
 */
export function pushSkipReason(event: PushEvent): string | undefined {
  const branch = event.repository.defaultBranch;
  if (event.ref !== `refs/heads/${branch}`)
    return `A push to ${event.ref}, not to the default branch ${branch}: nothing to refresh.`;
  if (/^0+$/.test(event.after)) return `The push deleted ${branch}: nothing to refresh.`;
  return undefined;
}

/**
 * Runs the refresh an event calls for: a push builds on the head it names (and that head's
 * tree), a schedule on the default branch's head as it is now, a manual run re-sorts first.
 */
export function refreshFor(event: RefreshEvent, context: CommandContext): Promise<CommandResult> {
  if (event.kind === 'push') {
    const tip = { sha: event.after, ...(event.treeSha ? { treeSha: event.treeSha } : {}) };
    return runRefresh(context, { tip, sortFirst: false });
  }
  return runRefresh(context, { sortFirst: event.kind === 'workflow_dispatch' });
}

import type { TriggerPolicy } from '../config/config.js';
import type { Permission } from '../github/gateway.js';
import type { CommandContext } from './command-context.js';

/** The permissions each policy accepts. */
const ACCEPTED: Record<Exclude<TriggerPolicy, 'anyone'>, readonly Permission[]> = {
  collaborators: ['triage', 'write', 'maintain', 'admin'],
  maintainers: ['maintain', 'admin'],
};

/**
 * Whether a user may file papers the bot acts on (`allowed-authors`). Checked with the
 * collaborator-permission API, not the event's `author_association`, which reports members of
 * an organisation with private membership as `CONTRIBUTOR`.
 */
export async function isAllowed(
  context: CommandContext,
  policy: TriggerPolicy,
  login: string,
): Promise<boolean> {
  if (policy === 'anyone') return true;
  const permission = await context.gateway.getPermission(login);
  const allowed = ACCEPTED[policy].includes(permission);
  context.log.info(
    `@${login} has ${permission} permission: ${allowed ? 'allowed' : 'not allowed'} (${policy}).`,
  );
  return allowed;
}

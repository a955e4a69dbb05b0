// A realistic `pull_request` event payload, as GitHub sends it (the parts around the fields the
// bot reads included, so that the schema is tested against the real shape).

/** What a `pull_request` payload is built from. */
export interface PullRequestPayloadOptions {
  readonly action: string;
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headRef: string;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef?: string;
  /** `owner/repo` of the head; default: the repository itself. `null`: a deleted fork. */
  readonly headRepository?: string | null;
  readonly author?: { readonly login: string; readonly id: number };
}

/** A `pull_request` event payload. */
export function pullRequestPayload(options: PullRequestPayloadOptions): unknown {
  const fullName = `${options.owner}/${options.repo}`;
  const html = `https://github.com/${fullName}`;
  const author = options.author ?? { login: 'grace-hopper', id: 77 };
  const user = { login: author.login, id: author.id, type: 'User' };
  const repository = (name: string) => ({
    id: name === fullName ? 1 : 2,
    name: name.split('/')[1],
    full_name: name,
    owner: { login: name.split('/')[0], type: 'User' },
    html_url: `https://github.com/${name}`,
    default_branch: 'main',
    private: false,
    fork: name !== fullName,
  });
  const head = options.headRepository === undefined ? fullName : options.headRepository;
  return {
    action: options.action,
    number: options.number,
    pull_request: {
      url: `https://api.github.com/repos/${fullName}/pulls/${options.number}`,
      html_url: `${html}/pull/${options.number}`,
      number: options.number,
      state: 'open',
      title: 'Add papers',
      body: null,
      user,
      draft: false,
      head: {
        label: `${(head ?? 'ghost/deleted').split('/')[0]}:${options.headRef}`,
        ref: options.headRef,
        sha: options.headSha,
        user,
        repo: head === null ? null : repository(head),
      },
      base: {
        label: `${options.owner}:${options.baseRef ?? 'main'}`,
        ref: options.baseRef ?? 'main',
        sha: options.baseSha,
        repo: repository(fullName),
      },
      author_association: 'CONTRIBUTOR',
    },
    repository: repository(fullName),
    sender: user,
  };
}

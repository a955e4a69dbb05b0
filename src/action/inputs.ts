/** The action's inputs, read once into one read-only record (see action.yml). */
export interface ActionInputs {
  /** Token for the GitHub API; masked in the log. */
  readonly token: string;
  /** Path of the configuration file in the repository. */
  readonly configPath: string;
  /**
   * Base URL of the GitHub REST API (`api-url`, without a trailing slash), or `undefined` when
   * the input is empty, in which case the runner's `GITHUB_API_URL` applies.
   */
  readonly apiUrl: string | undefined;
}

/** Reads the inputs through `getInput` (the runner passes them as `INPUT_*` variables). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const token = getInput('github-token').trim();
  if (token === '') {
    throw new Error(
      'the github-token input is empty: pass ${{ secrets.GITHUB_TOKEN }} or an app token',
    );
  }
  const configPath = getInput('config-path').trim() || '.github/paper-list.yml';
  if (configPath.startsWith('/') || configPath.split('/').includes('..')) {
    throw new Error(`config-path "${configPath}" must be a path inside the repository`);
  }
  return { token, configPath, apiUrl: readApiUrl(getInput('api-url').trim()) };
}

/** Hosts on the runner itself, where plain http sends the token nowhere else. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The `api-url` input: empty is "not given"; anything else must be an https URL, or an http
 * one on the runner itself (a test double), so the token never travels in clear text.
 */
function readApiUrl(value: string): string | undefined {
  if (value === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new Error(
      `api-url "${value}" is not an http(s) URL: leave it out to use the API of the server the workflow runs on`,
    );
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new Error(
      `api-url "${value}" uses plain http, which would send the token in clear text: use https (http is accepted only for localhost)`,
    );
  }
  return value.replace(/\/+$/, '');
}

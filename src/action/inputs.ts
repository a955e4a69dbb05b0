/** The action's inputs, read once into one read-only record (see action.yml). */
export interface ActionInputs {
  /** Token for the GitHub API; masked in the log. */
  readonly token: string;
  /** Path of the configuration file in the repository. */
  readonly configPath: string;
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
  return { token, configPath };
}

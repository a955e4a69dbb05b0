/** The longest link accepted; longer ones are almost always pasted by mistake. */
export const MAX_URL_LENGTH = 2000;

/**
 * Checks that a link is an absolute `http(s)` URL with a host and no credentials (or, for a list
 * that links files beside it, a relative path: {@link isRelativeLink}). Returns the
 * problem as the fix to tell the filer, or `undefined` when the link is fine.
 */
export function checkUrl(url: string, options: { relative?: boolean } = {}): string | undefined {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return 'must not contain spaces or control characters';
  if (options.relative && isRelativeLink(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a complete link: write it with https://';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `must start with https:// or http:// (not ${parsed.protocol})`;
  }
  if (parsed.hostname === '') return 'has no host name';
  if (parsed.username !== '' || parsed.password !== '')
    return 'must not contain a user name or password';
  return undefined;
}

/**
 * A link to a file of the repository, as lists link their BibTeX files (`./citations/x.txt`, or
 * lines of one: `./NeRF-and-Beyond.bib#L168-L173`): a relative path of plain names, perhaps with
 * a fragment, no scheme, no way out of the repository.
 */
export function isRelativeLink(url: string): boolean {
  return (
    /^(?:\.\/)?[\w%-][\w.%~-]*(?:\/[\w.%~-]+)*(?:#[\w.%~-]+)?$/.test(url) &&
    !url.split('/').includes('..') &&
    url.includes('/')
  );
}

/** The longest link accepted; longer ones are almost always pasted by mistake. */
export const MAX_URL_LENGTH = 2000;

/**
 * Checks that a link is an absolute `http(s)` URL with a host and no credentials. Returns the
 * problem as the fix to tell the filer, or `undefined` when the link is fine.
 */
export function checkUrl(url: string): string | undefined {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return 'must not contain spaces or control characters';
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

// Normalising untrusted answers: what is dropped silently, and what is refused with a message.

/** Zero-width spaces and byte-order marks: invisible, meaningless in a title, dropped. */
const DROPPED = /[\u200B\uFEFF\u2060]/g;
/** Direction overrides, embeddings and isolates can make text read differently than it is. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 controls other than tab and line feed, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** Why a piece of text cannot be used, as the fix to tell the filer, or `undefined` when fine. */
export function refuseInvisible(text: string): string | undefined {
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    return `contains an invisible text-direction control character (${codePoint(bidi[0])}); delete it and type the text again`;
  }
  const control = CONTROL.exec(text);
  if (control)
    return `contains an invisible control character (${codePoint(control[0])}); delete it`;
  return undefined;
}

/** Drops zero-width spaces and turns line and paragraph separators into line feeds. */
export function dropInvisible(text: string): string {
  return text
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

/** One line of text: whitespace runs (tabs, no-break spaces) collapsed to one space, trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00A0]+/gu, ' ').trim();
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

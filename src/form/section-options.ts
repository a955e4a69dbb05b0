// Keeps the issue form's Section dropdown in step with the list: options that name no section
// go, sections no option names come in. The form is a file people write by hand, so it is
// edited as text, line by line, at the positions the YAML parser reports: every other byte
// (comments, quoting, key order, blank lines, line endings) stays as it was.
import { isMap, isScalar, isSeq, parse, parseDocument, type Document, type YAMLSeq } from 'yaml';

/** What bringing the Section options in step with the list changes. */
export interface SectionOptionsEdit {
  /** The form's new text: the input itself when the options already name every section. */
  readonly text: string;
  /** Sections the options gained, in the list's order. */
  readonly added: readonly string[];
  /** Options dropped because they name no section of the list. */
  readonly removed: readonly string[];
}

/** The edit, or one sentence saying why the form cannot be edited safely. */
export type SectionOptionsResult =
  | { readonly ok: true; readonly edit: SectionOptionsEdit }
  | { readonly ok: false; readonly error: string };

/** One option of the new list: an old option kept, or a section added. */
type Slot =
  | { readonly kind: 'kept'; readonly index: number; readonly section: string }
  | { readonly kind: 'added'; readonly section: string };

/** A text replacement at offsets of the original text. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Options = YAMLSeq<unknown>;

/**
 * Rewrites the option lines of the form's Section dropdown (the dropdown with id `section`) so
 * that they name the list's sections: an option that names no section (`sectionOf` gives
 * `undefined`) is dropped with its line, and each section no option names gets a line of its
 * own, right after the option of the section before it in the list (so a form that followed the
 * list's order still does), written with the indentation and quoting of the options around it.
 * Options that name a section are left exactly as they are, in their order, and so is every
 * other line of the file. Never throws: a form it cannot edit safely gives `{ error }`.
 */
export function syncSectionOptions(
  text: string,
  sections: readonly string[],
  sectionOf: (option: string) => string | undefined,
): SectionOptionsResult {
  const document = parseDocument(text);
  if (document.errors.length > 0) return fail('the issue form is not valid YAML');
  const options = sectionOptions(document);
  if (!options) return fail('the issue form has no Section dropdown (a dropdown with id section)');
  const values = options.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
  if (values.some((value) => value === undefined))
    return fail('the Section options are not plain lines of text');
  const { slots, added, removed } = arrange(values as string[], sections, sectionOf);
  if (added.length === 0 && removed.length === 0)
    return { ok: true, edit: { text, added, removed } };
  // `default` is an index into the options: moving them would preselect another section, or
  // point past the end (GitHub then refuses the form).
  if (sectionDropdown(document)?.getIn(['attributes', 'default']) !== undefined)
    return fail('the Section dropdown sets a default, which an edit of its options would shift');
  const splices = options.flow
    ? flowSplices(text, options, slots)
    : blockSplices(text, options, slots);
  if (typeof splices === 'string') return fail(splices);
  const spliced = applySplices(text, splices);
  // A form without a final newline keeps going without one.
  const edited = text.endsWith('\n') ? spliced : spliced.replace(/\r?\n$/, '');
  const wanted = slots.map((s) => (s.kind === 'kept' ? values[s.index]! : s.section));
  if (!sameExceptOptions(document, edited, wanted))
    return fail('the Section options could not be rewritten without touching other lines');
  return { ok: true, edit: { text: edited, added, removed } };
}

function fail(error: string): SectionOptionsResult {
  return { ok: false, error };
}

/** The Section dropdown: the body element with id `section`. */
function sectionDropdown(document: Document) {
  const body = document.get('body');
  if (!isSeq(body)) return undefined;
  const element = body.items.find(
    (item) => isMap(item) && item.get('id') === 'section' && item.get('type') === 'dropdown',
  );
  return isMap(element) ? element : undefined;
}

/** The options node of the Section dropdown. */
function sectionOptions(document: Document): Options | undefined {
  const options = sectionDropdown(document)?.getIn(['attributes', 'options']);
  return isSeq(options) ? options : undefined;
}

/** The new options in order: the kept ones as they were, each missing section after its predecessor. */
function arrange(
  values: readonly string[],
  sections: readonly string[],
  sectionOf: (option: string) => string | undefined,
): { slots: Slot[]; added: string[]; removed: string[] } {
  const slots: Slot[] = [];
  const removed: string[] = [];
  values.forEach((value, index) => {
    const section = sectionOf(value);
    if (section === undefined) removed.push(value);
    else slots.push({ kind: 'kept', index, section });
  });
  const added: string[] = [];
  sections.forEach((section, position) => {
    if (slots.some((slot) => slot.section === section)) return;
    let at = 0;
    for (let before = position - 1; before >= 0 && at === 0; before -= 1) {
      const last = slots.map((slot) => slot.section).lastIndexOf(sections[before]!);
      if (last >= 0) at = last + 1;
    }
    slots.splice(at, 0, { kind: 'added', section });
    added.push(section);
  });
  return { slots, added, removed };
}

/** A block sequence: removed options lose their lines, added ones get lines like the first's. */
function blockSplices(text: string, options: Options, slots: readonly Slot[]): Splice[] | string {
  const lines: { start: number; end: number }[] = [];
  for (const item of options.items) {
    const range = isScalar(item) ? item.range : undefined;
    if (!range || !isScalar(item) || item.type?.startsWith('BLOCK'))
      return 'the Section options are not plain lines of text';
    const start = text.lastIndexOf('\n', range[0] - 1) + 1;
    if (!/^[ \t]*-[ \t]+$/.test(text.slice(start, range[0])))
      return 'each Section option must be on a line of its own, as `- name`';
    const newline = text.indexOf('\n', range[1]);
    const end = newline === -1 ? text.length : newline + 1;
    if (!/^[ \t]*(#.*)?\r?\n?$/.test(text.slice(range[1], end)))
      return 'each Section option must be on a line of its own, as `- name`';
    lines.push({ start, end });
  }
  const first = lines[0]!;
  const lead = text.slice(first.start, (options.items[0] as { range: number[] }).range[0]);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const quote = quoting(options);
  const splices: Splice[] = [];
  let at = first.start;
  for (const slot of slots) {
    if (slot.kind === 'kept') {
      at = lines[slot.index]!.end;
      continue;
    }
    const line = `${lead}${formatOption(slot.section, quote, false)}`;
    const atEnd = at === text.length && !text.endsWith('\n');
    splices.push({ start: at, end: at, text: atEnd ? `${eol}${line}` : `${line}${eol}` });
  }
  const kept = new Set(slots.flatMap((s) => (s.kind === 'kept' ? [s.index] : [])));
  lines.forEach((line, index) => {
    if (!kept.has(index)) splices.push({ ...line, text: '' });
  });
  return splices;
}

/** A flow sequence (`[a, b]`): written again, kept options as they were written. */
function flowSplices(text: string, options: Options, slots: readonly Slot[]): Splice[] | string {
  const range = options.range;
  if (!range || text.slice(range[0], range[1]).includes('#'))
    return 'the Section options hold comments inside brackets';
  const quote = quoting(options);
  const written = slots.map((slot) => {
    if (slot.kind === 'added') return formatOption(slot.section, quote, true);
    const item = options.items[slot.index] as { range: [number, number, number] };
    return text.slice(item.range[0], item.range[1]);
  });
  return [{ start: range[0], end: range[1], text: `[${written.join(', ')}]` }];
}

/** How new options are quoted: always, when every option is quoted one way; else when needed. */
interface Quoting {
  readonly always: boolean;
  /** The quotes used when quoting: the kind the options use, single by default. */
  readonly quote: 'single' | 'double';
}

function quoting(options: Options): Quoting {
  const types = options.items.map((item) => (isScalar(item) ? item.type : undefined));
  const double = types.includes('QUOTE_DOUBLE') && !types.includes('QUOTE_SINGLE');
  const always = types.every((t) => t === 'QUOTE_SINGLE' || t === 'QUOTE_DOUBLE');
  return { always, quote: double ? 'double' : 'single' };
}

/** An option as YAML: plain when it reads back as the same text (and the options are not all quoted). */
function formatOption(value: string, quoting: Quoting, flow: boolean): string {
  if (!quoting.always && readsBackPlain(value, flow)) return value;
  if (quoting.quote === 'double') return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function readsBackPlain(value: string, flow: boolean): boolean {
  try {
    const back: unknown = parse(flow ? `[${value}]` : `- ${value}\n`);
    return Array.isArray(back) && back.length === 1 && back[0] === value;
  } catch {
    return false;
  }
}

/** Applies replacements at offsets of the original text. */
function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((splice, order) => ({ ...splice, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const splice of ordered) {
    out += text.slice(at, splice.start) + splice.text;
    at = Math.max(at, splice.end);
  }
  return out + text.slice(at);
}

/** Whether the edited form reads as the original with exactly `wanted` as Section options. */
function sameExceptOptions(original: Document, edited: string, wanted: readonly string[]): boolean {
  const document = parseDocument(edited);
  const options = sectionOptions(document);
  if (document.errors.length > 0 || !options) return false;
  const expected = original.clone();
  sectionOptions(expected)!.items = wanted.map((w) => expected.createNode(w));
  return JSON.stringify(document.toJS()) === JSON.stringify(expected.toJS());
}

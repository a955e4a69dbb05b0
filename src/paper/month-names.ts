// Month names as lists write them: `may`, `Sept`, `September`.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month a name is the start of (`may`, `sept`, `september`), or `undefined` (`papers`). */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index === -1) return undefined;
  return fullNames()[index]!.startsWith(lower) ? index + 1 : undefined;
}

let names: readonly string[] | undefined;

/** The months' full names, made once: making a date format costs more than reading a list. */
function fullNames(): readonly string[] {
  if (!names) {
    const format = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    names = MONTHS.map((_, i) => format.format(Date.UTC(2000, i, 1)).toLowerCase());
  }
  return names;
}

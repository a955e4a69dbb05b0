// Month names as lists write them: `may`, `Sept`, `September`.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month a name is the start of (`may`, `sept`, `september`), or `undefined` (`papers`). */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index === -1) return undefined;
  const full = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2000, index, 1))
    .toLowerCase();
  return full.startsWith(lower) ? index + 1 : undefined;
}

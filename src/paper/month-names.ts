// Month names as lists write them: `may`, `Sept`, `September`.

/** The months' names in English, as lists write them. Not asked of `Intl`: its first use costs 16 ms. */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month a name is the start of (`may`, `sept`, `september`), or `undefined` (`papers`). */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

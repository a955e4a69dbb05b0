import { monthNumber } from '../paper/month-names.js';
import { displayHeading } from './paper-list.js';

const YEAR = '((?:19|20)\\d\\d)';
const NUMERIC = new RegExp(`^${YEAR}(?:\\s*[-./年]\\s*(0?[1-9]|1[0-2])\\s*月?)?\\s*年?$`);
const NAMED_FIRST = new RegExp(`^([a-z]{3,9})\\.?,?\\s+${YEAR}$`);
const NAMED_LAST = new RegExp(`^${YEAR},?\\s+([a-z]{3,9})\\.?$`);

/** The date a heading names, when its whole text is one: `2019`, `2024-05`, `May 2024`, `2023年`. */
export function headingDate(text: string): { year: number; month?: number } | undefined {
  const shown = displayHeading(text)
    .replace(/[*_`~:]/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}年月]+$/gu, '')
    .trim()
    .toLowerCase();
  const numeric = NUMERIC.exec(shown);
  if (numeric) return withMonth(Number(numeric[1]), numeric[2] ? Number(numeric[2]) : undefined);
  const named = NAMED_FIRST.exec(shown);
  const first = named && monthNumber(named[1]!);
  if (first) return { year: Number(named![2]), month: first };
  const last = NAMED_LAST.exec(shown);
  const second = last && monthNumber(last[2]!);
  return second ? { year: Number(last![1]), month: second } : undefined;
}

function withMonth(year: number, month: number | undefined): { year: number; month?: number } {
  return month === undefined ? { year } : { year, month };
}

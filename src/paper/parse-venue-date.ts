import { canonicalVenue } from '../metadata/venue-names.js';
import type { PaperDate } from './paper.js';
import { monthNumber } from './month-names.js';

/** `arXiv 2004`, `arXiv:1412.6980`: the year's and the month's two digits. */
const ARXIV_YYMM = /\barxiv\b[\s:-]*(\d{2})(\d{2})(?!\d)/i;
/** `Arxiv 24.02.01`, `arXiv 24.02`: the year's, the month's and the day's two digits. */
const ARXIV_YY_MM_DD = /\barxiv\b[\s:-]*(\d{2})[./](\d{2})(?:[./](\d{2}))?(?!\d)/i;
/** `arXiv 2023.10`: a four-digit year and its month. */
const ARXIV_YEAR_MONTH = /\barxiv\b[\s:,-]*(19\d\d|20\d\d)[./-](0?[1-9]|1[0-2])(?!\d)/i;
const HAS_DIGIT = /\d/;
const FOUR_DIGIT_YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;
/** `Dec., 2024`, `arXiv, July 2023`: a month's name, then the year, ending the venue. */
const MONTH_THEN_YEAR = /(?:^|[\s,(])([A-Za-z]{3,9})\.?,?\s+(1[89]\d\d|20\d\d)$/;
/** `NAACL'21`, `ICLR’19`, `ESANN' 15`, `ACM CCS '18`: a venue's name, the year's last two digits. */
const SHORT_YEAR = /[A-Za-z] ?['’‘] ?(\d\d)(?!\d)/;
/**
 * `ECCV24`, `AAAI23`, `AAAI 17`: a name with the year's last two digits glued on or a blank away
 * (a known venue's only).
 */
const GLUED_YEAR = /(?<![\p{L}\d])(\p{L}[\p{L}-]{1,15}?)( ?)(\d\d)(?![\p{L}\d.,:])/u;

/**
 * Reads the date out of a venue as lists write it.
 *
 * `arXiv YYYY.MM` is that month (`arXiv 2023.10`); `arXiv YYMM` wins when its month is 01-12
 * (`arXiv 2004` is April 2020, `arXiv 9908` August 1999, as arXiv opened in 1991), with its day
 * when the list notes one (`Arxiv 24.02.01`); a month's name before the year ending the venue is
 * that month (`Dec., 2024`, `arXiv, July 2023`); otherwise the first four-digit year counts (`arXiv 2016` is
 * the year 2016, `CVPR 2017 Best Paper` is 2017), then a name with two digits (`NAACL'21` is 2021).
 * Returns `undefined` when the venue holds no year.
 */
export function parseVenueDate(venue: string): PaperDate | undefined {
  // Every date below has digits: a venue without any (`CVPR`, a table's venue column) has none.
  if (!HAS_DIGIT.test(venue)) return undefined;
  const yearMonth = ARXIV_YEAR_MONTH.exec(venue);
  if (yearMonth) return { year: Number(yearMonth[1]), month: Number(yearMonth[2]) };
  const arxiv = ARXIV_YYMM.exec(venue) ?? ARXIV_YY_MM_DD.exec(venue);
  if (arxiv) {
    const month = Number(arxiv[2]);
    // arXiv opened in August 1991: `arXiv 9908` is 1999, `arXiv 0704` is 2007.
    const yy = Number(arxiv[1]);
    const year = yy >= 91 ? 1900 + yy : 2000 + yy;
    const day = arxiv[3] === undefined ? 0 : Number(arxiv[3]);
    if (month >= 1 && month <= 12 && day <= 31)
      return day > 0 ? { year, month, day } : { year, month };
  }
  const named = MONTH_THEN_YEAR.exec(venue.trim());
  const month = named ? monthNumber(named[1]!) : undefined;
  if (named && month !== undefined) return { year: Number(named[2]), month };
  const year = FOUR_DIGIT_YEAR.exec(venue);
  if (year) return { year: Number(year[1]) };
  const short = SHORT_YEAR.exec(venue)?.[1] ?? gluedYear(venue);
  if (short === undefined) return undefined;
  const yy = Number(short);
  return { year: yy >= 70 ? 1900 + yy : 2000 + yy };
}

/**
 * The two digits glued to a venue the bot knows (`ECCV24`), or a blank away, not to any word
 * (`ResNet50`). Two digits after `arXiv` begin an identifier more often than they end a year.
 */
function gluedYear(venue: string): string | undefined {
  const glued = GLUED_YEAR.exec(venue);
  if (!glued || (glued[2] === ' ' && /^arxiv$/i.test(glued[1]!))) return undefined;
  return canonicalVenue(glued[1]!) !== undefined ? glued[3] : undefined;
}

/** A date standing alone: `2015-02-25`, `2015-02`, `2023.5`, `2015/02/25`. */
const LONE_DATE = /^(19\d\d|20\d\d)[-./](0?[1-9]|1[0-2])(?:[-./](0?[1-9]|[12]\d|3[01]))?$/;
/** `11 may 2017`, `19 Mar 2024`: a day, a month's name, a year. */
const DAY_MONTH_YEAR = /^(0?[1-9]|[12]\d|3[01])\s+([a-z]{3,9})\.?,?\s+(19\d\d|20\d\d)$/i;
/** `06/2024`: a month, then its year. */
const MONTH_YEAR = /^(0?[1-9]|1[0-2])\/(19\d\d|20\d\d)$/;

/**
 * The year, month and day of a text that is a date and nothing else, as lists note when a paper
 * appeared (`` `2015-02-25` ``, `, 2023.5`, `_11 may 2017_`, `06/2024`); `undefined` for anything
 * else.
 */
export function parseLoneDate(text: string): PaperDate | undefined {
  const trimmed = text.trim();
  const named = DAY_MONTH_YEAR.exec(trimmed);
  const month = named ? monthNumber(named[2]!) : undefined;
  if (named && month !== undefined) return { year: Number(named[3]), month, day: Number(named[1]) };
  const monthYear = MONTH_YEAR.exec(trimmed);
  if (monthYear) return { year: Number(monthYear[2]), month: Number(monthYear[1]) };
  const match = LONE_DATE.exec(trimmed);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]) };
  return match[3] ? { ...date, day: Number(match[3]) } : date;
}

const ARXIV_ID = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})/i;

/**
 * The month a text's arXiv link dates the paper to (`arxiv.org/abs/2205.09921` is May 2022), and
 * its number within the month (9921: arXiv numbers papers in the order they come), when the
 * link's year is `year`: a list ordered by arXiv id keeps its order within a year.
 */
export function arxivMonth(text: string, year: number): { month: number; seq: number } | undefined {
  const match = ARXIV_ID.exec(text);
  if (!match || 2000 + Number(match[1]) !== year) return undefined;
  return { month: Number(match[2]), seq: Number(match[3]) };
}

/**
 * The date an arXiv link in a text gives the paper (`arxiv.org/abs/2205.09921` is May 2022):
 * when it first appeared, which lists ordered by arXiv id follow.
 */
export function arxivDate(text: string): { year: number; month: number; seq: number } | undefined {
  const match = ARXIV_ID.exec(text);
  if (!match) return undefined;
  return { year: 2000 + Number(match[1]), month: Number(match[2]), seq: Number(match[3]) };
}

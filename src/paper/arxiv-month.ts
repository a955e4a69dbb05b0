const ARXIV_ID = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(0[1-9]|1[0-2])\.\d{4,5}/i;

/**
 * The month a text's arXiv link dates the paper to (`arxiv.org/abs/2205.09921` is May 2022), when
 * the link's year is `year`: a list ordered by arXiv id keeps its order within a year.
 */
export function arxivMonth(text: string, year: number): number | undefined {
  const match = ARXIV_ID.exec(text);
  if (!match || 2000 + Number(match[1]) !== year) return undefined;
  return Number(match[2]);
}

/**
 * The date an arXiv link in a text gives the paper (`arxiv.org/abs/2205.09921` is May 2022):
 * when it first appeared, which lists ordered by arXiv id follow.
 */
export function arxivDate(text: string): { year: number; month: number } | undefined {
  const match = ARXIV_ID.exec(text);
  return match ? { year: 2000 + Number(match[1]), month: Number(match[2]) } : undefined;
}

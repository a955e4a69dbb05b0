// The routes of one well-known paper, arXiv 1706.03762 ("Attention Is All You Need"), as the
// bot asks for it when the filer gives only its link: arXiv for the title and authors, DBLP for
// where it was published, Hugging Face for the code. The end-to-end, CLI and demo runs share it.

import type { Route } from './route-table.js';
import { arxivQuery, dblpSearch, huggingFacePaper } from './source-routes.js';

/** The paper's arXiv id and abstract page. */
export const ATTENTION_ID = '1706.03762';
export const ATTENTION_LINK = `https://arxiv.org/abs/${ATTENTION_ID}`;
export const ATTENTION_TITLE = 'Attention Is All You Need';
export const ATTENTION_AUTHORS = [
  'Ashish Vaswani',
  'Noam Shazeer',
  'Niki Parmar',
  'Jakob Uszkoreit',
  'Llion Jones',
  'Aidan N. Gomez',
  'Lukasz Kaiser',
  'Illia Polosukhin',
];

/** What the three sources answer about it (3 requests). */
export function attentionRoutes(): Route[] {
  return [
    arxivQuery(ATTENTION_ID, { fixture: 'arxiv/constructed-1706.03762.xml' }),
    dblpSearch(ATTENTION_TITLE, { fixture: 'dblp/search-attention-1706.03762.json' }),
    huggingFacePaper(ATTENTION_ID, { fixture: 'huggingface/paper-1706.03762.json' }),
  ];
}

/** An issue body as GitHub renders the shipped form with only the link and the section. */
export function linkOnlyIssue(section: string, link = ATTENTION_LINK, title = ''): string {
  const answer = (text: string) => (text === '' ? '_No response_' : text);
  return [
    ['Paper link', link],
    ['Title', title],
    ['Authors', ''],
    ['Venue and year', ''],
    ['Section', section],
    ['Other links', ''],
    ['Short name', ''],
    ['Rating', 'None'],
    ['Notes', ''],
  ]
    .map(([label, text]) => `### ${label}\n\n${answer(text!)}`)
    .join('\n\n');
}

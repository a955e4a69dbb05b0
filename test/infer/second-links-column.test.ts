// Tebmer/Awesome-Knowledge-Distillation-of-LLMs (and BradyFU's Demo column): tables with a Code
// column of links and beside it a Data column whose links are all labelled `Data`. Each link
// goes in the column its label names.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planInit } from '../../src/infer/plan-init.js';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const row = (title: string, arxiv: string, venue: string, code?: string, data?: string) =>
  `| [**${title}**](https://arxiv.org/abs/${arxiv}) | ${venue} | 20${arxiv.slice(0, 2)}-${arxiv.slice(2, 4)} |` +
  (code ? ` [Github](https://github.com/${code})|` : '') +
  (data ? ` [Data](https://huggingface.co/datasets/${data})|` : '');

const LIST = [
  '# Knowledge Distillation of LLMs',
  '',
  '## Expansion',
  '',
  '|  Title  |   Venue  |   Date   | Code | Data|',
  '|:--------|:--------:|:--------:|:--------:|:--------:|',
  row('Tailoring Self-Rationalizers', '2311.02805', 'arXiv', 'ink/MaRio', 'ink/MaRio'),
  row('MAmmoTH: Math Generalist Models', '2309.05653', 'arXiv', 'tiger/MAmmoTH', 'tiger/Math'),
  row('PandaLM: An Automatic Evaluation Benchmark', '2306.05087', 'arXiv', 'WeOpenML/PandaLM'),
  row('Distilling Step-by-Step', '2305.02301', 'ACL', 'google/distill', 'google/distill'),
  row('Baize: An Open-Source Chat Model', '2304.01196', 'EMNLP', 'baize/baize', 'baize/data'),
  row('Is GPT-3 a Good Data Annotator?', '2212.10450', 'ACL'),
  '',
].join('\n');

describe('a second column of links, labelled, with no configuration', () => {
  const { files, format, list, entries } = inferredList(LIST);

  it('learns the Data column as the links labelled Data, and reads every row whole', () => {
    expect(format.template.source).toBe(
      '| [**{title}**]({paper}) | {venue} | {notes} | {links} | {links:Data} |',
    );
    expect(entries.filter((e) => format.reader.fields(e) !== undefined)).toHaveLength(6);
  });

  const add = (links: string) =>
    filePaper(list, format, {
      paper: 'https://arxiv.org/abs/2310.01234',
      title: 'A New Way to Distill',
      venue: 'arXiv',
      section: 'Expansion',
      links,
      notes: '2023-10',
    }).entry;

  it('writes each link in the column its label names, whatever the case of the label', () => {
    expect(add('Github: https://github.com/lab/distill\ndata: https://huggingface.co/d')).toBe(
      '| [**A New Way to Distill**](https://arxiv.org/abs/2310.01234) | arXiv | 2023-10 | [Github](https://github.com/lab/distill) | [Data](https://huggingface.co/d) |',
    );
  });

  it('stops after the code where there are no data, as the rows do', () => {
    expect(add('Github: https://github.com/lab/distill')).toBe(
      '| [**A New Way to Distill**](https://arxiv.org/abs/2310.01234) | arXiv | 2023-10 | [Github](https://github.com/lab/distill) |',
    );
  });

  it('tells the filer, in the form init writes, which label has a column of its own', () => {
    const plan = planInit(files, { excludeSections: [], lineBreak: ' <br>' });
    const form = parse(plan!.form!) as {
      body: { id?: string; attributes: { description?: string } }[];
    };
    const links = form.body.find((f) => f.id === 'links')!;
    expect(links.attributes.description).toContain(
      'This list gives links labelled so a column of their own: `Data: https://...`.',
    );
  });
});

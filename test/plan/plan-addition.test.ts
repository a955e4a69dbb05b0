// Golden cases: each folder of test/fixtures/add is one form submission against one list.
//   list/        the list's files before          issue.md   the issue body as GitHub renders it
//   config.yml   optional configuration           form.yml   optional repository issue form
//   expected/    outcome.txt, and each changed file's full text after the addition
// Run with UPDATE_GOLDENS=1 to rewrite expected/ after a deliberate change; review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { readFormTemplate } from '../../src/form/read-form-template.js';
import { planAddition, type AdditionPlan } from '../../src/plan/plan-addition.js';
import { resolveListFormat } from '../../src/infer/resolve-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import { planSort } from '../../src/plan/plan-sort.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import {
  addedLines,
  entryTexts,
  formatWith,
  isEntryWithSeparator,
  read,
} from '../support/list-helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/add');
const update = process.env.UPDATE_GOLDENS === '1';

function loadCase(name: string) {
  const dir = path.join(fixtures, name);
  const configPath = path.join(dir, 'config.yml');
  const parsedConfig = existsSync(configPath)
    ? parseConfig(readFileSync(configPath, 'utf8'))
    : undefined;
  if (parsedConfig && !parsedConfig.ok) throw new Error(parsedConfig.errors.join('\n'));
  const config = parsedConfig?.config ?? defaultConfig();
  const format = resolveListFormat(config, []);
  const files = config.files.map((file) => ({
    path: file,
    text: readFileSync(path.join(dir, 'list', file), 'utf8'),
  }));
  const formPath = path.join(dir, 'form.yml');
  const form = existsSync(formPath)
    ? readFormTemplate(readFileSync(formPath, 'utf8'))
    : { fields: DEFAULT_FORM };
  if ('error' in form) throw new Error(form.error);
  const body = readFileSync(path.join(dir, 'issue.md'), 'utf8');
  return {
    dir,
    files,
    format,
    plan: planAddition({ body, form: form.fields, list: readPaperList(files, format), format }),
  };
}

/** The plan as a reviewer would read it. */
function describePlan(plan: AdditionPlan): string {
  switch (plan.kind) {
    case 'invalid':
      return [
        'kind: invalid',
        ...plan.problems.map((p) => `- [${p.field}] ${p.label}: ${p.message}`),
      ].join('\n');
    case 'duplicate':
      return [
        'kind: duplicate',
        ...plan.where.map(
          (w) =>
            `- ${w.sectionName} (${w.file.path}, line ${w.entry.line}) by ${w.reason}: ${w.title}`,
        ),
      ].join('\n');
    case 'insert':
      return [
        'kind: insert',
        `file: ${plan.file.path}`,
        `section: ${plan.section.name}`,
        `line: ${plan.line}`,
        `placement: ${plan.placement}`,
        ...plan.alsoListed.map(
          (w) =>
            `also listed: ${w.sectionName} (${w.file.path}, line ${w.entry.line}) by ${w.reason}`,
        ),
        ...plan.sharedLinks.map((s) => `shares ${s.url} with: ${s.location.title}`),
        ...(plan.unwritten ?? []).map((l) => `not written: ${l.label} (${l.url})`),
        'entry:',
        plan.entry,
      ].join('\n');
  }
}

function golden(file: string, actual: string): void {
  if (update) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`missing golden ${file}: run with UPDATE_GOLDENS=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('planAddition golden cases', () => {
  const cases = readdirSync(fixtures).sort();
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  for (const name of cases) {
    it(name, () => {
      const { dir, files, format, plan } = loadCase(name);
      golden(path.join(dir, 'expected/outcome.txt'), `${describePlan(plan)}\n`);
      if (plan.kind !== 'insert') return;
      golden(path.join(dir, 'expected', plan.file.path), plan.text);

      // Only the new entry's lines and one blank separator line (where the list uses them) change,
      // after the date heading written for it when its date had none.
      const before = files.find((f) => f.path === plan.file.path)!.text;
      const lines = addedLines(before, plan.text);
      const heading = plan.placement.startsWith('under a new heading');
      if (heading) expect(lines[0]).toMatch(/^#{1,6} \S/);
      const added = heading ? lines.slice(1) : lines;
      const bare = JSON.stringify(added) === JSON.stringify(plan.entry.split('\n'));
      expect(
        isEntryWithSeparator(
          added.map((l) => l.replace(/\r$/, '')),
          plan.entry,
        ) || bare,
      ).toBe(true);
      // Read back by the list engine: exactly one new entry, the formatted one.
      const after = read(plan.text, plan.file.path, format);
      const entries = entryTexts(after).map((t) => t.replace(/\r\n/g, '\n'));
      expect(entries.filter((t) => t === plan.entry)).toHaveLength(1);
      expect(entries).toHaveLength(entryTexts(read(before, plan.file.path, format)).length + 1);
      // Read back by remark: the entry alone is one block.
      expect(parseMarkdown(plan.entry).children).toHaveLength(1);
    });
  }
});

describe('planAddition dates a new entry as the list reads its entries', () => {
  // zjunlp/LLMAgentPapers dates its entries by notes (`, 2023.8`) and shows no venue: a paper
  // filed without notes shows no date, and a re-sort keeps undated entries after the dated ones.
  const format = formatWith({
    template: '- **{title}** [[abs]({paper})]{[, {notes}]}',
    order: 'oldest-first',
  });
  const entry = (title: string, id: string, date: string) =>
    `- **${title}** [[abs](https://arxiv.org/abs/${id})], ${date}`;
  const text = `# Papers\n\n## Agents\n\n${[
    entry('Alpha Agents', '2308.11432', '2023.8'),
    entry('Beta Agents', '2309.07864', '2023.9'),
    entry('Gamma Agents', '2401.00812', '2024.1'),
  ].join('\n')}\n`;
  const files = [{ path: 'README.md', text }];
  const list = readPaperList(files, format);
  const body = (notes: string) =>
    renderIssueBody(DEFAULT_FORM, {
      title: 'Quokka Layers',
      venue: 'CVPR 2021',
      paper: 'https://arxiv.org/abs/2106.09999',
      section: 'Agents',
      notes,
    });

  it('places one that shows no date where a sort keeps it: after the dated entries', () => {
    const plan = planAddition({ body: body(''), form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.placement).toBe('after “Gamma Agents”');
    const again = readPaperList([{ path: 'README.md', text: plan.text }], format);
    expect(planSort(again, format).files).toEqual([]);
  });

  it('places one that shows its date by that date', () => {
    const plan = planAddition({ body: body('2021.6'), form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.placement).toBe('before “Alpha Agents”');
  });
});

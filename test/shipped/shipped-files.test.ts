import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project-root.js';
import {
  checkActionlint,
  checkSchema,
  checkShippedFile,
  checkYaml,
  discoverShippedFiles,
} from './check-shipped.js';
import type { ShippedFile, ShippedKind } from './check-shipped.js';

// Every file GitHub reads or a user copies (workflows, action.yml, issue forms) is found on disk,
// so that a file added later is checked without editing this test.
const files = discoverShippedFiles(projectRoot());

const ofKind = (kind: ShippedKind): ShippedFile[] => files.filter((file) => file.kind === kind);

function shipped(name: string): ShippedFile {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`${name} was not discovered`);
  return file;
}

/** `text` with `from` replaced by `to`; fails if `from` is not there, so no copy is unbroken. */
function broken(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`the broken copy is unchanged: ${String(from)} not found`);
  return result;
}

describe('shipped files', () => {
  it('finds at least one workflow, the action metadata and at least one issue form', () => {
    expect(ofKind('workflow').length).toBeGreaterThan(0);
    expect(ofKind('action').map((file) => file.name)).toEqual(['action.yml']);
    expect(ofKind('issue-form').length).toBeGreaterThan(0);
    expect(files.map((file) => file.name)).toContain('examples/workflows/paper-list-bot.yml');
    expect(files.map((file) => file.name)).toContain('examples/ISSUE_TEMPLATE/new-paper.yml');
  });

  for (const file of files) {
    describe(`${file.name} (${file.kind})`, () => {
      it('parses as YAML with no errors', () => {
        expect(checkYaml(file.text, file.name)).toEqual([]);
      });

      it(`validates against SchemaStore's ${file.kind} schema`, () => {
        expect(checkSchema(file.kind, file.text, file.name)).toEqual([]);
      });

      if (file.kind === 'workflow') {
        it('passes actionlint', async () => {
          expect(await checkActionlint(file.text, file.name)).toEqual([]);
        });
      }
    });
  }
});

describe('the checks reject broken copies', () => {
  const workflow = shipped('examples/workflows/paper-list-bot.yml');
  const action = shipped('action.yml');
  const form = shipped('examples/ISSUE_TEMPLATE/new-paper.yml');

  it('YAML: the original bug, a plain scalar `run:` holding ": "', async () => {
    const text = broken(
      workflow.text,
      /run: \|\n\s*echo "paper-list-bot: \$RESULT \$PR_URL"/,
      'run: echo "paper-list-bot: $RESULT $PR_URL"',
    );
    const problems = checkYaml(text, workflow.name);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/line \d+/);
    expect(checkSchema('workflow', text, workflow.name)).toHaveLength(1);
    expect(await checkShippedFile({ ...workflow, text })).not.toEqual([]);
  });

  it('schema: a workflow with an unknown top-level key', () => {
    const text = broken(workflow.text, /^concurrency:/m, 'concurency:');
    expect(checkYaml(text, workflow.name)).toEqual([]);
    const problems = checkSchema('workflow', text, workflow.name);
    expect(problems.join('\n')).toContain('"additionalProperty":"concurency"');
    expect(problems.join('\n')).toContain('(root)');
  });

  it('schema: a workflow whose job has no `runs-on`', () => {
    const text = broken(workflow.text, /^ {4}runs-on: .*\n/m, '');
    expect(checkYaml(text, workflow.name)).toEqual([]);
    const problems = checkSchema('workflow', text, workflow.name);
    expect(problems.join('\n')).toContain('/jobs/paper-list-bot');
    expect(problems.join('\n')).toContain('"missingProperty":"runs-on"');
  });

  it('actionlint: a workflow using an unknown context', async () => {
    const text = broken(workflow.text, '${{ github.event.issue.number', '${{ foo.bar');
    expect(checkYaml(text, workflow.name)).toEqual([]);
    expect(checkSchema('workflow', text, workflow.name)).toEqual([]);
    const problems = await checkActionlint(text, workflow.name);
    expect(problems.join('\n')).toMatch(/undefined variable "foo".*\[expression\]/);
  });

  it('actionlint: a workflow reading the outputs of a step id that does not exist', async () => {
    const text = broken(
      workflow.text,
      '${{ steps.bot.outputs.result }}',
      '${{ steps.bto.outputs.result }}',
    );
    expect(checkSchema('workflow', text, workflow.name)).toEqual([]);
    const problems = await checkActionlint(text, workflow.name);
    expect(problems.join('\n')).toMatch(/"bto".*\[expression\]/);
  });

  it('actionlint: the original bug, too', async () => {
    const text = broken(workflow.text, /run: \|\n\s*(echo .*)/, 'run: $1');
    expect(await checkActionlint(text, workflow.name)).not.toEqual([]);
  });

  it('schema: an action.yml whose runs.using is `node12x`', () => {
    const text = broken(action.text, /using: node\d+/, 'using: node12x');
    expect(checkYaml(text, action.name)).toEqual([]);
    const problems = checkSchema('action', text, action.name);
    expect(problems.join('\n')).toContain('/runs/using must be equal to one of the allowed values');
  });

  it('schema: an issue form whose dropdown has no options', () => {
    const text = broken(form.text, /^ {6}options:\n( {8}- .*\n)+/m, '');
    expect(checkYaml(text, form.name)).toEqual([]);
    const problems = checkSchema('issue-form', text, form.name);
    expect(problems.join('\n')).toMatch(/\/body\/\d+\/attributes/);
    expect(problems.join('\n')).toContain('"missingProperty":"options"');
  });

  it('schema: an issue form with a field of type `checkbox` (singular)', () => {
    const text = broken(form.text, 'type: dropdown', 'type: checkbox');
    expect(checkYaml(text, form.name)).toEqual([]);
    const problems = checkSchema('issue-form', text, form.name);
    expect(problems.join('\n')).toMatch(/\/body\/\d+\/type/);
  });
});

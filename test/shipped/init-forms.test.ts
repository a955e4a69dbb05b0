// The issue forms `init` writes are files users commit: each is checked like the shipped ones,
// against SchemaStore's github-issue-forms schema, for every real list (test/fixtures/lists).
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { planInit } from '../../src/infer/plan-init.js';
import { realLists } from '../support/real-lists.js';
import { checkSchema, checkYaml } from './check-shipped.js';

describe('the issue forms init writes', () => {
  const config = defaultConfig();
  const options = { excludeSections: config['exclude-sections'], lineBreak: config['line-break'] };

  it.each(realLists().map((l) => [l.name, l] as const))(
    'are valid issue forms for %s',
    (_, list) => {
      const form = planInit(list.files, options)?.form;
      expect(form).toBeDefined();
      const name = `${list.name}/new-paper.yml`;
      expect([...checkYaml(form!, name), ...checkSchema('issue-form', form!, name)]).toEqual([]);
    },
  );
});

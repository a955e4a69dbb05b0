import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import type { FormField } from '../../src/form/form-field.js';
import { readIssue, submissionFields } from '../../src/form/read-issue.js';
import { renderIssueBody } from './render-issue-body.js';

const form = { fields: DEFAULT_FORM };
const LINK_ONLY = { paper: 'https://arxiv.org/abs/1706.03762', section: 'Vision Transformers' };

describe('readIssue: which bodies are submissions', () => {
  it('needs the headings of the required fields and of the contract fields the form has', () => {
    expect(submissionFields(DEFAULT_FORM).map((f) => f.id)).toEqual([
      'paper',
      'title',
      'authors',
      'venue',
      'section',
    ]);
  });

  it('takes a form left empty but for the paper link and the section', () => {
    const read = readIssue(renderIssueBody(DEFAULT_FORM, LINK_ONLY), form);
    expect(read.isSubmission).toBe(true);
    expect(Object.fromEntries(read.parsed.answers)).toEqual(LINK_ONLY);
    expect(read.parsed.problems).toEqual([]);
  });

  it('does not take an issue whose only form heading is "### Section"', () => {
    const read = readIssue('### Section\n\nVision Transformers\n\n### Question\n\nWhy?', form);
    expect(read.isSubmission).toBe(false);
  });

  it('does not take a body with a contract field’s heading edited away', () => {
    const body = renderIssueBody(DEFAULT_FORM, LINK_ONLY).replace('### Venue and year', 'Venue');
    expect(readIssue(body, form).isSubmission).toBe(false);
  });

  it('needs a required field that is no contract field, such as a required checkbox', () => {
    const box: FormField = {
      id: 'searched',
      type: 'checkboxes',
      label: 'Checks',
      required: true,
      options: ['I searched the list'],
      requiredOptions: ['I searched the list'],
    };
    const fields = [...DEFAULT_FORM, box];
    const withBox = renderIssueBody(fields, LINK_ONLY);
    expect(readIssue(withBox, { fields }).isSubmission).toBe(true);
    const without = renderIssueBody(DEFAULT_FORM, LINK_ONLY);
    expect(readIssue(without, { fields }).isSubmission).toBe(false);
  });

  it('needs only the contract fields a form has', () => {
    const fields = DEFAULT_FORM.filter((f) => f.id !== 'paper' && f.id !== 'authors');
    const body = renderIssueBody(fields, { title: 'T', venue: 'CVPR 2023', section: 'S' });
    expect(readIssue(body, { fields }).isSubmission).toBe(true);
  });

  it('takes any body with one of the headings of a form without required or contract fields', () => {
    const fields: FormField[] = [{ id: 'note', type: 'textarea', label: 'Note', required: false }];
    expect(readIssue('### Note\n\nhi', { fields }).isSubmission).toBe(true);
    expect(readIssue('hi', { fields }).isSubmission).toBe(false);
  });
});

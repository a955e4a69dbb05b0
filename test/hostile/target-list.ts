// The list every hostile submission is planned against: the project's example list
// (examples/README.md), read once in the default format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { planAddition, type AdditionPlan } from '../../src/plan/plan-addition.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The example list's path inside its repository and its text. */
export const TARGET_PATH = 'README.md';
export const TARGET_TEXT = readFileSync(path.join(projectRoot, 'examples/README.md'), 'utf8');

/** The example list as the bot reads it. */
export const TARGET_LIST = readPaperList(
  [{ path: TARGET_PATH, text: TARGET_TEXT }],
  DEFAULT_FORMAT,
);

/** The sections the example list offers in the form. */
export const TARGET_SECTIONS = [
  'Vision Transformers',
  'Diffusion Models',
  'Efficient Networks',
  'Self-Supervised Learning',
] as const;

/** Every field id of the default form, and `form` for the body as a whole. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  ...DEFAULT_FORM.map((f) => f.id),
  'form',
]);

/** Plans one submission against the example list with the default form and format. */
export function planAgainstTarget(body: string): AdditionPlan {
  return planAddition({ body, form: DEFAULT_FORM, list: TARGET_LIST, format: DEFAULT_FORMAT });
}

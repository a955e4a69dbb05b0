// `npm run bench` (its second part): `check`, `add` and `sort` on lists of other formats, one-line
// entries and tables (scripts/bench/formats.mjs), and on the corpus's own format, each with no
// configuration (the format inferred at every run) and with the configuration `init` writes.
// Whole processes, medians, compared with the floor: a `node` process that only reads the file.
//
//   node scripts/bench-formats.mjs [--sizes 10000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_FORMATS, generateFormatList } from './bench/formats.mjs';
import { expectedInsertion, generateList, NEW_PAPER } from './bench/generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = path.join(root, '.bench', 'formats');
const cli = path.join(root, 'dist', 'cli.js');
const FLOOR = "require('fs').readFileSync(process.argv[1], 'utf8')";
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function fail(message) {
  console.error(`bench-formats: ${message}`);
  process.exit(1);
}

/** A folder holding the list, and the configuration `init` wrote when `configured`. */
function folder(name, text, configured) {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'README.md'), text);
  if (configured) {
    const init = time([cli, 'init', '--dir', dir]);
    if (init.status !== 0) fail(`init on ${name}: ${init.stdout}${init.stderr}`);
    rmSync(path.join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true, force: true });
  }
  return dir;
}

function copy(dir, name) {
  const to = path.join(work, 'runs', name);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.join(to, '.github'), { recursive: true });
  copyFileSync(path.join(dir, 'README.md'), path.join(to, 'README.md'));
  try {
    copyFileSync(path.join(dir, '.github/paper-list.yml'), path.join(to, '.github/paper-list.yml'));
  } catch {
    // no configuration
  }
  return to;
}

/** `add` put one new line (or entry) in at `offset`, holding the title, and changed nothing else. */
function checkAdd(before, after, offset) {
  const grown = after.length - before.length;
  const head = after.subarray(0, offset).equals(before.subarray(0, offset));
  const tail = after.subarray(offset + grown).equals(before.subarray(offset));
  const added = after.subarray(offset, offset + grown).toString('utf8');
  if (!head || !tail || !added.includes('Quokka Layers')) {
    return `expected the new entry at byte ${offset}; got ${JSON.stringify(added.slice(0, 120))}`;
  }
  return undefined;
}

function checkSort(before, after) {
  const lines = (b) => b.toString('utf8').split('\n').sort().join('\n');
  if (lines(before) !== lines(after)) return 'sort changed lines, not only their order';
  if (before.equals(after)) return 'sort moved nothing, but entries were out of place';
  return undefined;
}

function lists(count) {
  const home = generateList(count);
  return [
    { format: 'corpus format', text: home.text, offset: expectedInsertion(home).offset },
    ...BENCH_FORMATS.map((format) => {
      const list = generateFormatList(format, count);
      return { format, text: list.text, offset: list.expected.offset };
    }),
  ];
}

mkdirSync(work, { recursive: true });
const issue = path.join(work, 'issue.md');
writeFileSync(issue, NEW_PAPER.issueBody);
time(['-e', FLOOR, cli]);
const rows = [];
for (const count of sizes) {
  for (const list of lists(count)) {
    for (const configured of [false, true]) {
      const name = `${list.format.replace(/ /g, '-')}-${count}-${configured ? 'init' : 'none'}`;
      const dir = folder(name, list.text, configured);
      const readme = path.join(dir, 'README.md');
      const original = readFileSync(readme);
      const t = { floor: [], check: [], add: [], sort: [] };
      for (let i = 0; i < runs; i += 1) {
        t.floor.push(time(['-e', FLOOR, readme]).ms);
        t.check.push(time([cli, 'check', '--dir', dir]).ms);
        const addDir = copy(dir, 'add');
        const add = time([cli, 'add', '--offline', '--issue-body', issue, '--dir', addDir]);
        if (add.status !== 0) fail(`add on ${name}: ${add.stdout}${add.stderr}`);
        const addProblem = checkAdd(
          original,
          readFileSync(path.join(addDir, 'README.md')),
          list.offset,
        );
        if (addProblem) fail(`add on ${name}: ${addProblem}`);
        t.add.push(add.ms);
        const sortDir = copy(dir, 'sort');
        const sort = time([cli, 'sort', '--dir', sortDir]);
        if (sort.status !== 0) fail(`sort on ${name}: ${sort.stdout}${sort.stderr}`);
        const sortProblem = checkSort(original, readFileSync(path.join(sortDir, 'README.md')));
        if (sortProblem) fail(`sort on ${name}: ${sortProblem}`);
        t.sort.push(sort.ms);
      }
      const floor = median(t.floor);
      rows.push({
        name,
        count,
        format: list.format,
        configured,
        floor,
        check: median(t.check),
        add: median(t.add),
        sort: median(t.sort),
      });
      process.stderr.write('.');
    }
  }
}
process.stderr.write('\n');

const pad = (s, n) => String(s).padStart(n);
console.log(
  `\nbench-formats: node ${process.version}, ${os.cpus().length} CPUs, ${runs} runs each, medians in ms`,
);
console.log('format          entries  config  floor  check  ×floor    add  ×floor   sort  ×floor');
for (const r of rows) {
  const x = (v) => `${(v / r.floor).toFixed(2)}×`;
  console.log(
    `${r.format.padEnd(14)} ${pad(r.count.toLocaleString('en'), 8)}  ${(r.configured ? 'init' : 'none').padEnd(6)} ${pad(r.floor.toFixed(0), 5)} ${pad(r.check.toFixed(0), 6)} ${pad(x(r.check), 7)} ${pad(r.add.toFixed(0), 6)} ${pad(x(r.add), 7)} ${pad(r.sort.toFixed(0), 6)} ${pad(x(r.sort), 7)}`,
  );
}
console.log(
  '\nGoal (reported, not asserted): check, add and sort at 10,000 entries ≤ 3× the floor',
);
for (const r of rows.filter((row) => row.count === 10000)) {
  const worst = Math.max(r.check, r.add, r.sort) / r.floor;
  console.log(
    `  ${worst <= 3 ? 'PASS' : 'MISS'}  ${r.format}, ${r.configured ? 'configured by init' : 'no configuration'}: ${worst.toFixed(2)}×`,
  );
}

// `npm run bench`: times the command line tool on generated lists of 1,000, 10,000 and 100,000
// entries. Each `add` and `sort` runs as a whole process on a fresh copy of the list and is
// compared with the floor (a `node` process that only reads the same file) and with one remark
// (mdast-util-from-markdown + GFM) parse of it. Prints medians, ratios, peak memory, scaling and
// the goals (reported, not asserted). Exits 1 when a command gives a wrong result. Then come the
// action's side: the latency of one add through the GitHub API emulator (`npm run
// bench:latency`, scripts/bench-latency.ts), and lists of other formats, one-line entries and
// tables, with and without the configuration `init` writes (scripts/bench-formats.mjs).
//
//   node scripts/bench.mjs [--sizes 1000,10000,100000] [--runs N] [--remark-runs N]
//                          [--remark-timeout SECONDS]
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { expectedInsertion, generateList, NEW_PAPER } from './bench/generate.mjs';
import { checkAdd, checkSort } from './bench/verify.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = path.join(root, '.bench');
const cli = path.join(root, 'dist', 'cli.js');
const remarkScript = path.join(root, 'scripts', 'bench', 'remark-parse.mjs');
const node = process.execPath;
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
/** The floor: a whole `node` process that reads the list and does nothing else. */
const FLOOR = "require('fs').readFileSync(process.argv[1], 'utf8')";

const USAGE = `Usage: node scripts/bench.mjs [options]
  --sizes LIST            entry counts, comma-separated (default 1000,10000,100000)
  --runs N                timed runs of floor, add and sort per size (default 5, 3 above 10,000)
  --remark-runs N         remark parse runs per size (default 3, 1 above 10,000; 0 skips it)
  --remark-timeout S      give up on one remark parse after S seconds (default 120)`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string' },
    'remark-runs': { type: 'string' },
    'remark-timeout': { type: 'string', default: '120' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
const runsOption = optionalCount(values.runs, '--runs', 1);
const remarkRunsOption = optionalCount(values['remark-runs'], '--remark-runs', 0);
const remarkTimeoutMs = Number(values['remark-timeout']) * 1000;
if (sizes.some((n) => !Number.isInteger(n) || n < 16) || !(remarkTimeoutMs > 0)) {
  console.error(`bench: bad --sizes or --remark-timeout\n${USAGE}`);
  process.exit(2);
}

function optionalCount(text, name, min) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: ${name} needs a whole number of at least ${min}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

// ---- running whole processes -------------------------------------------------------------

let running;
process.on('SIGINT', () => {
  if (running) killGroup(running);
  process.exit(130);
});

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Ends a command that ran too long. Under `/usr/bin/time` only the command itself (the child of
 * `time`, found by its id in /proc) is killed, so `time` still reports its peak memory; the whole
 * process group goes a few seconds later if it is still there. Returns that last timer.
 */
function killOnTimeout(child) {
  if (hasTime) {
    try {
      const ids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      for (const id of ids) process.kill(Number(id), 'SIGKILL');
      if (ids.length > 0) return setTimeout(() => killGroup(child), 5000);
    } catch {
      // no /proc or the child is gone: end the group now
    }
  }
  killGroup(child);
  return undefined;
}

/**
 * Runs one command as a whole process (under `/usr/bin/time -f %M` when there is one, for its
 * peak resident memory) and times it from spawn to exit. The child leads its own process group
 * so a timeout kills it and everything it started.
 */
function runProcess(command, args, timeoutMs) {
  const rssFile = path.join(work, 'peak-rss.txt');
  rmSync(rssFile, { force: true });
  const [file, argv] = hasTime
    ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, args];
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let timedOut = false;
    let spawnError;
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running = child;
    let lastResort;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            lastResort = killOnTimeout(child);
          }, timeoutMs);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      clearTimeout(lastResort);
      running = undefined;
      resolve({
        ms,
        code,
        signal,
        timedOut,
        spawnError,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        rssKb: readPeakRss(rssFile),
      });
    });
  });
}

/** GNU time writes `%M` (KiB) as the last line, after a note when the command failed. */
function readPeakRss(file) {
  if (!hasTime || !existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const last = lines[lines.length - 1]?.trim() ?? '';
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

function describeFailure(result) {
  if (result.spawnError) return `could not start: ${result.spawnError.message}`;
  if (result.timedOut) return 'timed out';
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  const stderr = result.stderr.trim().split('\n').slice(-3).join(' | ');
  return `${how}${stderr ? `: ${stderr}` : ''}`;
}

function fail(message) {
  console.error(`\nbench: WRONG RESULT: ${message}`);
  process.exit(1);
}

// ---- statistics and formatting ---------------------------------------------------------

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function maxOf(numbers) {
  const known = numbers.filter((n) => n !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

const ms = (n) => (n === undefined ? 'n/a' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const times = (n) => (n === undefined ? 'n/a' : `${n.toFixed(n >= 10 ? 1 : 2)}×`);
const mb = (kb) => (kb === undefined ? 'n/a' : (kb / 1024).toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const progress = (text) => process.stderr.write(text);

// ---- one size --------------------------------------------------------------------------

async function benchSize(count, issueFile) {
  const runs = runsOption ?? (count > 10000 ? 3 : 5);
  const remarkRuns = remarkRunsOption ?? (count > 10000 ? 1 : 3);
  const listDir = path.join(work, `list-${count}`);
  mkdirSync(listDir, { recursive: true });
  const list = generateList(count);
  const listFile = path.join(listDir, 'README.md');
  writeFileSync(listFile, list.text);
  const original = readFileSync(listFile);
  const expected = expectedInsertion(list);
  progress(
    `${count} entries (${(original.length / 1e6).toFixed(1)} MB, ${list.moved} out of place): `,
  );

  const floor = [];
  const add = [];
  const sort = [];
  let moved = 0;
  for (let i = 0; i < runs; i += 1) {
    const f = await runProcess(node, ['-e', FLOOR, listFile]);
    if (f.code !== 0) fail(`floor at ${count} entries: ${describeFailure(f)}`);
    floor.push(f);

    const addDir = freshCopy(listFile, 'add');
    const a = await runProcess(node, [cli, 'add', '--issue-body', issueFile, '--dir', addDir]);
    if (a.code !== 0) fail(`add at ${count} entries: ${describeFailure(a)}`);
    const addProblem = checkAdd(
      original,
      readFileSync(path.join(addDir, 'README.md')),
      expected,
      a.stdout,
    );
    if (addProblem) fail(`add at ${count} entries: ${addProblem}`);
    add.push(a);

    const sortDir = freshCopy(listFile, 'sort');
    const s = await runProcess(node, [cli, 'sort', '--dir', sortDir]);
    if (s.code !== 0) fail(`sort at ${count} entries: ${describeFailure(s)}`);
    const sortProblem = checkSort(original, readFileSync(path.join(sortDir, 'README.md')));
    if (sortProblem) fail(`sort at ${count} entries: ${sortProblem}`);
    moved = [...s.stdout.matchAll(/: (\d+) entr(?:y|ies) moved/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    sort.push(s);
    progress('.');
  }

  const remark = [];
  let remarkStatus = remarkRuns === 0 ? 'skipped' : 'ok';
  let remarkAttempts = 0;
  let remarkRssAtFailure;
  for (let i = 0; i < remarkRuns; i += 1) {
    remarkAttempts += 1;
    const r = await runProcess(
      node,
      ['--max-old-space-size=8192', remarkScript, listFile],
      remarkTimeoutMs,
    );
    progress('r');
    if (r.code !== 0) {
      remarkStatus = r.timedOut
        ? `timed out after ${remarkTimeoutMs / 1000} s`
        : `failed (${describeFailure(r)})`;
      remarkRssAtFailure = r.rssKb;
      remark.length = 0;
      break;
    }
    remark.push({ ...r, parseMs: JSON.parse(r.stdout).parseMs });
  }
  progress('\n');
  rmSync(path.join(work, 'runs'), { recursive: true, force: true });

  const remarkMs = remark.length > 0 ? median(remark.map((r) => r.ms)) : undefined;
  return {
    count,
    bytes: original.length,
    runs,
    remarkRuns: remarkAttempts,
    remarkStatus,
    moved,
    floorMs: median(floor.map((r) => r.ms)),
    addMs: median(add.map((r) => r.ms)),
    sortMs: median(sort.map((r) => r.ms)),
    remarkMs,
    parseMs: remark.length > 0 ? median(remark.map((r) => r.parseMs)) : undefined,
    rss: {
      floor: maxOf(floor.map((r) => r.rssKb)),
      add: maxOf(add.map((r) => r.rssKb)),
      sort: maxOf(sort.map((r) => r.rssKb)),
      remark: maxOf(remark.map((r) => r.rssKb)),
    },
    remarkRssAtFailure,
  };
}

/** A new folder holding only a copy of the list, so every run does the same work. */
function freshCopy(listFile, name) {
  const dir = path.join(work, 'runs', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(listFile, path.join(dir, 'README.md'));
  return dir;
}

// ---- main ------------------------------------------------------------------------------

if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
mkdirSync(work, { recursive: true });
const issueFile = path.join(work, 'issue.md');
writeFileSync(issueFile, NEW_PAPER.issueBody);

console.log(
  `paper-list-bot bench: node ${process.version}, ${os.cpus().length} CPUs, ` +
    `${hasTime ? `peak RSS from ${TIME} -f %M` : 'no /usr/bin/time: peak RSS n/a'}`,
);
// Warm the page cache for node and the bundle before anything is timed.
await runProcess(node, ['-e', FLOOR, cli]);
await runProcess(node, [cli, '--help']);

const results = [];
for (const count of sizes) results.push(await benchSize(count, issueFile));

const k = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
console.log('\nTime: median of whole-process wall time, ms (runs: floor/add/sort × N, remark × M)');
console.log(
  table(
    [
      'entries',
      'MB',
      'N/M',
      'floor',
      'add',
      'add×floor',
      'add×remark',
      'sort',
      'sort×floor',
      'moved',
      'remark',
      'parse only',
    ],
    results.map((r) => [
      r.count.toLocaleString('en'),
      (r.bytes / 1e6).toFixed(1),
      `${r.runs}/${r.remarkRuns}`,
      ms(r.floorMs),
      ms(r.addMs),
      times(ratio(r.addMs, r.floorMs)),
      times(ratio(r.addMs, r.remarkMs)),
      ms(r.sortMs),
      times(ratio(r.sortMs, r.floorMs)),
      String(r.moved),
      r.remarkMs === undefined ? r.remarkStatus.replace(/ (after|\().*$/, '') : ms(r.remarkMs),
      ms(r.parseMs),
    ]),
  ),
);
console.log('\nPeak RSS (max over runs), MB');
console.log(
  table(
    ['entries', 'floor', 'add', 'sort', 'remark'],
    results.map((r) => [
      r.count.toLocaleString('en'),
      mb(r.rss.floor),
      mb(r.rss.add),
      mb(r.rss.sort),
      r.remarkRssAtFailure === undefined ? mb(r.rss.remark) : `≥${mb(r.remarkRssAtFailure)}`,
    ]),
  ),
);
for (const r of results) {
  if (r.remarkStatus === 'ok') continue;
  const rss =
    r.remarkRssAtFailure === undefined
      ? ''
      : `; ${mb(r.remarkRssAtFailure)} MB resident when it ended`;
  console.log(`remark parse at ${r.count.toLocaleString('en')}: ${r.remarkStatus}${rss}`);
}

const scaling = [];
for (let i = 1; i < results.length; i += 1) {
  const [a, b] = [results[i - 1], results[i]];
  const factor = b.count / a.count;
  scaling.push({
    label: `${k(b.count)}/${k(a.count)}`,
    factor,
    add: b.addMs / a.addMs,
    sort: b.sortMs / a.sortMs,
    floor: b.floorMs / a.floorMs,
  });
}
if (scaling.length > 0) {
  console.log('\nScaling: time ratio between consecutive sizes');
  console.log(
    table(
      ['sizes', 'entries', 'floor', 'add', 'sort'],
      scaling.map((s) => [s.label, times(s.factor), times(s.floor), times(s.add), times(s.sort)]),
    ),
  );
}

const verdict = (value, limit) => (value === undefined ? 'n/a' : value <= limit ? 'PASS' : 'MISS');
console.log('\nGoals (reported, not asserted)');
const at10k = results.find((r) => r.count === 10000);
if (at10k) {
  const addFloor = ratio(at10k.addMs, at10k.floorMs);
  const addRemark = ratio(at10k.addMs, at10k.remarkMs);
  const sortFloor = ratio(at10k.sortMs, at10k.floorMs);
  console.log(`  ${verdict(addFloor, 3).padEnd(4)}  add at 10,000 ≤ 3× floor: ${times(addFloor)}`);
  console.log(
    `  ${verdict(addRemark, 0.1).padEnd(4)}  add at 10,000 ≤ 0.1× one remark parse: ${times(addRemark)}` +
      (at10k.parseMs === undefined
        ? ''
        : ` (vs parse alone in-process: ${times(ratio(at10k.addMs, at10k.parseMs))})`),
  );
  console.log(
    `  ${verdict(sortFloor, 4).padEnd(4)}  sort at 10,000 ≤ 4× floor: ${times(sortFloor)}`,
  );
} else {
  console.log('  n/a   the 10,000-entry goals (10000 not in --sizes)');
}
for (const s of scaling) {
  const limit = 1.1 * s.factor;
  for (const command of ['add', 'sort']) {
    console.log(
      `  ${verdict(s[command], limit).padEnd(4)}  ${command} ${s.label}: ${times(s.factor)} entries ≤ ${times(limit)} time: ${times(s[command])}`,
    );
  }
}

// ---- the action: one add through the emulator, at 0 and 100 ms a request ------------------

console.log('');
const latencyBench = spawn(
  node,
  [path.join(root, 'scripts/run-ts.mjs'), path.join(root, 'scripts/bench-latency.ts')],
  { cwd: root, stdio: 'inherit' },
);
const latencyCode = await new Promise((resolve) => {
  latencyBench.on('error', () => resolve(1));
  latencyBench.on('close', (code) => resolve(code ?? 1));
});
if (latencyCode !== 0) process.exit(latencyCode);

// ---- other formats: one-line entries and tables, with and without a configuration ----------

console.log('');
const formatsBench = spawn(
  node,
  [
    path.join(root, 'scripts/bench-formats.mjs'),
    '--sizes',
    sizes.filter((n) => n <= 10000).join(',') || '10000',
  ],
  { cwd: root, stdio: 'inherit' },
);
const formatsCode = await new Promise((resolve) => {
  formatsBench.on('error', () => resolve(1));
  formatsBench.on('close', (code) => resolve(code ?? 1));
});
if (formatsCode !== 0) process.exit(formatsCode);

// npm run bench:latency: how long one add takes through the committed bundle, and how many REST
// calls it makes, when each call costs a round trip. The GitHub API emulator answers on loopback
// with 0 ms and then 100 ms of latency per request (about api.github.com from a runner); each
// timed run spawns dist/index.js exactly as the Actions runner does, on a fresh issue, from
// spawn to exit. Prints the median, the fastest and the slowest run, and the goal (reported,
// not asserted): one add in ≤ 1.5 s at 100 ms. Exits 1 when an add does not open its PR.
//
//   node scripts/run-ts.mjs scripts/bench-latency.ts [--runs N] [--latency 0,100]
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startGitHubEmulator, type GitHubEmulator } from '../test/support/github-emulator/index.js';
import { projectRoot } from '../test/support/project-root.js';
import { ACTION_BUNDLE, issuesPayload, runAction } from '../test/support/run-action.js';

const OWNER = 'curator';
const REPO = 'reading-list';
const TOKEN = 'ghs_benchLatencyToken';
const FILER = { login: 'ada-lovelace', id: 4242 };
/** The goal: one add, at 100 ms a request, in at most this many ms. */
const GOAL = { latencyMs: 100, wallMs: 1500 };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '0,100' },
  },
});
const runs = Number(values.runs);
const latencies = values.latency.split(',').map((ms) => Number(ms.trim()));
if (!Number.isInteger(runs) || runs < 1 || latencies.some((ms) => !(ms >= 0))) {
  console.error('usage: bench-latency.ts [--runs N] [--latency MS,MS...]');
  process.exit(2);
}
if (!existsSync(ACTION_BUNDLE)) {
  console.error('bench-latency: dist/index.js is missing; run `npm run build` first');
  process.exit(2);
}

const read = (file: string) => readFileSync(path.join(projectRoot(), file), 'utf8');
const ISSUE_BODY = read('examples/new-paper-issue.md');

/** One add on a fresh issue, through the spawned bundle: its wall time and REST calls. */
async function timeOneAdd(emulator: GitHubEmulator): Promise<{ ms: number; calls: number }> {
  const issue = emulator.createIssue({
    owner: OWNER,
    name: REPO,
    title: '[Paper]: Masked Autoencoders Are Scalable Vision Learners',
    body: ISSUE_BODY,
    user: FILER,
    labels: ['new-paper'],
  });
  const payload = issuesPayload({
    action: 'opened',
    owner: OWNER,
    repo: REPO,
    number: issue.number,
    title: issue.title,
    body: ISSUE_BODY,
    author: FILER,
    labels: issue.labels,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
  });
  const sha = emulator.state(OWNER, REPO).branches.main!;
  emulator.resetRequests();
  const started = process.hrtime.bigint();
  const run = await runAction({
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'issues',
    payload,
    inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
    sha,
    spawn: true,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.code !== 0 || run.outputs.result !== 'created') {
    console.error(
      `bench-latency: WRONG RESULT on issue #${issue.number}:\n${run.stdout}${run.stderr}`,
    );
    process.exit(1);
  }
  return { ms, calls: emulator.requests.length };
}

/** Times `runs` adds (after one untimed warm-up) with `latencyMs` per request. */
async function benchLatency(latencyMs: number) {
  const emulator = await startGitHubEmulator({ token: TOKEN, latencyMs });
  try {
    emulator.createRepo({
      owner: OWNER,
      name: REPO,
      files: {
        'README.md': read('examples/README.md'),
        '.github/ISSUE_TEMPLATE/new-paper.yml': read('examples/ISSUE_TEMPLATE/new-paper.yml'),
      },
    });
    await timeOneAdd(emulator);
    const timed = [];
    for (let i = 0; i < runs; i += 1) timed.push(await timeOneAdd(emulator));
    const ms = timed.map((t) => t.ms).sort((a, b) => a - b);
    return {
      latencyMs,
      medianMs: ms[Math.floor((ms.length - 1) / 2)]!,
      minMs: ms[0]!,
      maxMs: ms.at(-1)!,
      calls: Math.max(...timed.map((t) => t.calls)),
    };
  } finally {
    await emulator.close();
  }
}

console.log(
  `paper-list-bot latency bench: one add through dist/index.js, node ${process.version}, ` +
    `${os.cpus().length} CPUs, ${runs} timed run(s) per latency after one warm-up`,
);
const rows = [];
for (const latencyMs of latencies) rows.push(await benchLatency(latencyMs));
const cells = rows.map((r) => [
  `${r.latencyMs} ms`,
  String(r.calls),
  `${r.calls * r.latencyMs}`,
  r.medianMs.toFixed(0),
  r.minMs.toFixed(0),
  r.maxMs.toFixed(0),
]);
const header = ['latency/request', 'REST calls', 'calls×latency', 'median', 'min', 'max'];
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) =>
  c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
console.log(`\nWall time of one add, ms (spawn to exit)\n${line(header)}`);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const c of cells) console.log(line(c));
const atGoal = rows.find((r) => r.latencyMs === GOAL.latencyMs);
console.log('\nGoal (reported, not asserted)');
console.log(
  atGoal
    ? `  ${atGoal.medianMs <= GOAL.wallMs ? 'PASS' : 'MISS'}  one add at ${GOAL.latencyMs} ms/request ≤ ${GOAL.wallMs} ms: ${atGoal.medianMs.toFixed(0)} ms (median)`
    : `  n/a   ${GOAL.latencyMs} ms not in --latency`,
);

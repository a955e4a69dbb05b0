// `npm test`: the bundle check, lint (ESLint and Prettier), the type-check and the tests, in two
// lanes: the tests in one, the other checks one after another in the second, so a 2-core machine
// is kept busy without more processes than cores: the whole takes about as long as the tests.
// The tests' report streams as it comes; each other check prints its output when it ends.
// Exits 1 when any of them fails. Arguments go to vitest (`npm test -- test/e2e`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The checks, as package.json names them; the tests last, streaming. */
const checks = [
  { name: 'check-dist', command: npm, args: ['run', '--silent', 'check-dist'] },
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'] },
  {
    name: 'vitest',
    command: process.execPath,
    args: [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
    stream: true,
  },
];

/** Runs one check; resolves with its exit code, output and time. */
function runCheck(check) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(check.command, check.args, {
      cwd: root,
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
      stdio: ['ignore', check.stream ? 'inherit' : 'pipe', check.stream ? 'inherit' : 'pipe'],
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const finish = (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      if (!check.stream) {
        const mark = code === 0 ? 'ok' : `FAILED (exit code ${code})`;
        process.stdout.write(
          `\n── ${check.name}: ${mark}, ${seconds} s\n${text ? `${text}\n` : ''}`,
        );
      }
      resolve({ name: check.name, code, seconds });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

/** Runs checks one after another: one lane of the machine. */
async function runLane(lane) {
  const results = [];
  for (const check of lane) results.push(await runCheck(check));
  return results;
}

// Two lanes for two cores: the tests in one, the quicker single-threaded checks one after
// another in the other, so no more processes compete for the cores than there are cores.
const vitest = checks.filter((check) => check.stream);
const others = checks.filter((check) => !check.stream);
const results = (await Promise.all([runLane(others), runLane(vitest)])).flat();
const failed = results.filter((r) => r.code !== 0);
console.log(
  `\nnpm test: ${results.map((r) => `${r.name} ${r.code === 0 ? 'ok' : 'FAILED'} (${r.seconds} s)`).join(', ')}`,
);
if (failed.length > 0) process.exitCode = 1;

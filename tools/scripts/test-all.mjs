// `npm test`: every check the project has, in order: lint, format (Prettier), typecheck, build, unit + integration
// (jest, on a real PostgreSQL), browser journeys (Playwright in Chromium). Each step runs even when an earlier one
// failed, so one run shows everything that is wrong. Ends with one line: "N passed, N failed" over every test and
// check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const results = join(root, 'tmp/test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.CI ? '0' : '1' };
const only = process.argv.slice(2);
// Lint needs the project graph, or its module-boundary rule is silently skipped; `lint` includes the format check.
if (only.includes('lint')) only.push('project-graph', 'format');

let passed = 0;
let failed = 0;
const lines = [];

// A watchdog per step: a runner kept alive by a leaked handle (a socket a failed test never closed) ends as a
// failure with its results kept, instead of holding CI until its own time limit.
const MINUTES = 60 * 1000;
const limits = { 'unit+integration': 40 * MINUTES, browser: 30 * MINUTES };

function step(name, command, args, counter) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  const started = Date.now();
  const limit = limits[name] ?? 20 * MINUTES;
  const run = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', timeout: limit, killSignal: 'SIGKILL' });
  if (run.error?.code === 'ETIMEDOUT') console.log(`\n${name}: still running after ${limit / MINUTES} min: stopped`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (counter) {
    const counts = counter();
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      // A runner that crashed before reporting, or exited non-zero with all tests green, still fails the run.
      if (run.status !== 0 && counts.failed === 0) failed += 1;
      lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)${run.status !== 0 ? ` — exit ${run.status}` : ''}`);
      return;
    }
  }
  if (run.status === 0) passed += 1;
  else failed += 1;
  lines.push(`${name}: ${run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`} (${seconds} s)`);
}

function jestCounts() {
  const file = join(results, 'jest.json');
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
}

function playwrightCounts() {
  const file = join(results, 'e2e.json');
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

// The module-boundary rule reads Nx's project graph; computing it first keeps the rule from being skipped.
step('project-graph', bin('nx'), ['show', 'projects']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
// Formatting (.prettierrc.json, .prettierignore): `npm run format` rewrites what this reports.
step('format', bin('prettier'), ['--check', '.']);
step('typecheck', bin('nx'), ['run-many', '-t', 'typecheck', '--outputStyle=static', '--skip-nx-cache']);
step('build', bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static', '--skip-nx-cache']);
step('unit+integration', bin('jest'), ['--ci', '--json', `--outputFile=${join(results, 'jest.json')}`], jestCounts);
step('browser', bin('playwright'), ['test', '--config', 'apps/web-e2e/playwright.config.ts'], playwrightCounts);

console.log(`\n━━ Summary\n${lines.map((l) => `  ${l}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

// `npm test`: every check the project has, in order, ending with one line "N passed, N failed".
// Browser tests count one each; every other step counts as one check.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { runBudget } from './budget.mjs';
import { runPackageChecks } from './check-package.mjs';
import { runStorybookCheck } from './check-storybook.mjs';

let passed = 0;
let failed = 0;
const summary = [];

function record(step, result) {
  passed += result.passed;
  failed += result.failed;
  summary.push(`${result.failed > 0 ? '✗' : '✓'} ${step}: ${result.passed} passed, ${result.failed} failed`);
}

function run(step, command, args) {
  console.log(`\n▶ ${step}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const ok = status === 0;
  record(step, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

const npx = (...args) => ['npx', ['--no-install', ...args]];

run('typecheck', ...npx('tsc', '-p', 'tsconfig.test.json'));
run('lint', ...npx('eslint', '.'));
run('format', ...npx('prettier', '--check', '.'));
const built = run('build', 'npm', ['run', '--silent', 'build']);

console.log('\n▶ browser tests (Chromium, Firefox, WebKit: all three in CI, those this machine has elsewhere)');
try {
  rmSync('.test-results.json', { force: true });
  const { status } = spawnSync('npx', ['--no-install', 'web-test-runner'], { stdio: 'inherit' });
  let counts = { passed: 0, failed: 1 };
  try {
    counts = JSON.parse(readFileSync('.test-results.json', 'utf8'));
  } catch {
    console.error('The browser test run wrote no results.');
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  record('browser tests', counts);
} catch (error) {
  console.error(error.message);
  record('browser tests', { passed: 0, failed: 1 });
}

if (built) {
  console.log('\n▶ package checks');
  record('package checks', await runPackageChecks());
  console.log('\n▶ size budget');
  record('size budget', await runBudget());
  console.log('\n▶ storybook');
  record('storybook', await runStorybookCheck());
} else {
  record('package checks, size budget and storybook (need the build)', { passed: 0, failed: 1 });
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// `npm test`: every check the project has, in order, ending with one line "N passed, N failed".
// Browser tests count one each; every other step counts as one check.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { runBudget } from './budget.mjs';
import { runPackageChecks } from './check-package.mjs';
import { runStorybookCheck } from './check-storybook.mjs';
import { runWordPressChecks } from './check-wordpress.mjs';

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

/** The engine name `BROWSERS` takes for a browser as the test runner names it. */
const ENGINES = {
  Chrome: 'chromium',
  Chromium: 'chromium',
  Firefox: 'firefox',
  MiniBrowser: 'webkit',
  Safari: 'webkit',
};

/** Runs the browser tests (all, or `files` in one engine); resolves with their counts. */
function browserTests(files = [], engine = undefined) {
  const results = engine ? '.test-results-again.json' : '.test-results.json';
  rmSync(results, { force: true });
  const env = { ...process.env, TEST_RESULTS: results, ...(engine ? { BROWSERS: engine } : {}) };
  const { status } = spawnSync('npx', ['--no-install', 'web-test-runner', ...files], { stdio: 'inherit', env });
  let counts = { passed: 0, failed: 1, crashed: [] };
  try {
    counts = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    console.error('The browser test run wrote no results.');
  }
  if (status !== 0 && counts.failed === 0 && counts.crashed.length === 0) counts.failed = 1;
  return counts;
}

console.log('\n▶ browser tests (Chromium, Firefox, WebKit: all three in CI, those this machine has elsewhere)');
try {
  const counts = browserTests();
  // A browser that crashed mid-file says nothing about the code: run each such file once more, in
  // a fresh browser of the same engine. A test that fails, or a second crash, still fails.
  for (const { browser, file, errors } of counts.crashed) {
    const path = relative(process.cwd(), file);
    console.log(`\n${browser} went away while running ${path} (${errors.join('; ')}). Running that file again.`);
    const again = browserTests([path], ENGINES[browser]);
    counts.passed += again.passed;
    counts.failed += again.failed + again.crashed.length;
  }
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
  console.log('\n▶ WordPress plugin (WordPress 6.5 and 6.2, PHP, Chromium)');
  record('WordPress plugin', await runWordPressChecks());
} else {
  record('package checks, size budget, storybook and WordPress (need the build)', { passed: 0, failed: 1 });
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// Installs the project's npm dependencies when they are missing, so `npm start` and `npm test`
// work on a fresh clone. Uses only Node's own modules: it runs before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** The project itself, and React 18 kept apart for the wrapper's test (React 19 is the project's own). */
for (const dir of ['.', 'test/react-18']) {
  const installed = `${dir}/node_modules/.package-lock.json`;
  const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(`${dir}/package-lock.json`).mtimeMs;
  if (stale) {
    console.log(`Installing dependencies${dir === '.' ? '' : ` in ${dir}`}…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
}

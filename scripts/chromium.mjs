// Finds Debian's Chromium for the browser tests, installing it with apt-get when that is possible.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function found() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

/** The path of a Chromium binary; installs Debian's package when missing and running as root. */
export function chromiumPath({ install = true } = {}) {
  const existing = found();
  if (existing) return existing;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Fall through to the message below.
    }
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install it with:\n' +
      '  sudo apt-get install -y chromium        (Debian/Ubuntu)\n' +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
}

/** Flags for a headless Chromium that runs as root and never reaches out to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

// Finds the browsers the tests run in, all from Debian's packages, installing them with apt-get
// when that is possible (running as root), and otherwise saying exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Returns the first path that exists; installs the Debian packages once when none does. */
function findOrInstall({ name, candidates, packages }) {
  const found = () => candidates.find((path) => path && existsSync(path));
  const existing = found();
  if (existing) return existing;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`${name} not found: installing Debian's ${packages.join(', ')} with apt-get…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
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
    `No ${name} found for the browser tests. Install it with:\n` +
      `  sudo apt-get install -y ${packages.join(' ')}        (Debian/Ubuntu)`,
  );
}

/** The path of a Chromium binary (or CHROME_PATH). */
export function chromiumPath() {
  return findOrInstall({
    name: 'Chromium',
    candidates: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    packages: ['chromium'],
  });
}

/** The path of Firefox ESR (or FIREFOX_PATH). */
export function firefoxPath() {
  return findOrInstall({
    name: 'Firefox',
    candidates: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
  });
}

/** WebKitGTK's WebDriver, its MiniBrowser, and the virtual display MiniBrowser needs. */
export function webkitPaths() {
  const packages = ['webkit2gtk-driver', 'xvfb'];
  const driver = findOrInstall({ name: 'WebKitWebDriver', candidates: ['/usr/bin/WebKitWebDriver'], packages });
  const browser = findOrInstall({
    name: 'WebKitGTK MiniBrowser',
    candidates: [
      process.env.MINIBROWSER_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
    packages,
  });
  const xvfb = findOrInstall({ name: 'Xvfb', candidates: ['/usr/bin/Xvfb'], packages });
  return { driver, browser, xvfb };
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

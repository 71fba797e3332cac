// Finds the browsers the tests run in: in CI and on Debian from Debian's packages, installing them
// with apt-get when that is possible (running as root); on macOS and Windows where their
// installers put them, or where CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH say.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Installs Debian packages with apt-get when this process can (root, on Linux with apt-get), saying
 * so first; returns quietly when it cannot or the install fails, so the caller reports what is missing.
 */
export function aptInstall(name, packages) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return;
  console.log(`${name} not found: installing Debian's ${packages.join(', ')} with apt-get…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // The caller finds the program still missing and says how to install it.
  }
}

/** Returns the first path that exists; installs the Debian packages once when none does. */
function findOrInstall({ name, candidates, packages }) {
  const found = () => candidates.find((path) => path && existsSync(path));
  const existing = found();
  if (existing) return existing;
  aptInstall(name, packages);
  const installed = found();
  if (installed) return installed;
  throw new Error(
    `No ${name} found for the browser tests. Install it with:\n` +
      `  sudo apt-get install -y ${packages.join(' ')}        (Debian/Ubuntu)`,
  );
}

/** Where each engine installs on each platform, after the variable that names it. */
function candidates(engine, platform, env) {
  const programs = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
  const lists = {
    chromium: {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
      ],
      darwin: [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ],
      win32: programs.map((dir) => `${dir}\\Google\\Chrome\\Application\\chrome.exe`),
    },
    firefox: {
      linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
      darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
      win32: programs.map((dir) => `${dir}\\Mozilla Firefox\\firefox.exe`),
    },
    // WebKit: WebKitGTK's WebDriver on Linux, Safari's on macOS; none on Windows.
    webkit: { linux: ['/usr/bin/WebKitWebDriver'], darwin: ['/usr/bin/safaridriver'], win32: [] },
  };
  const named = { chromium: env.CHROME_PATH, firefox: env.FIREFOX_PATH, webkit: env.WEBKIT_DRIVER_PATH }[engine];
  return [named, ...(lists[engine][platform] ?? lists[engine].linux)].filter(Boolean);
}

/** One line on how to get an engine on a platform. */
export function installHint(engine, platform) {
  const hints = {
    chromium: {
      linux: 'sudo apt-get install -y chromium (Debian/Ubuntu), or set CHROME_PATH',
      darwin: 'install Google Chrome or Chromium, or set CHROME_PATH',
      win32: 'install Google Chrome, or set CHROME_PATH',
    },
    firefox: {
      linux: 'sudo apt-get install -y firefox-esr (Debian/Ubuntu), or set FIREFOX_PATH',
      darwin: 'install Firefox, or set FIREFOX_PATH',
      win32: 'install Firefox, or set FIREFOX_PATH',
    },
    webkit: {
      linux: 'sudo apt-get install -y webkit2gtk-driver xvfb (Debian/Ubuntu)',
      darwin: 'run `safaridriver --enable` once, then allow remote automation in Safari',
      win32: 'WebKit has no Windows build: these tests run in CI',
    },
  };
  return hints[engine][platform] ?? hints[engine].linux;
}

/**
 * Which of the wanted engines this machine has. In CI (`CI=true`) every one is required, as CI
 * installs them; elsewhere a missing one is left out with how to install it, so a contributor on
 * any system runs the suite in the engines they have. `exists` is for the checks of this logic.
 */
export function planEngines(
  wanted,
  { platform = process.platform, env = process.env, exists = existsSync, install = true } = {},
) {
  const found = [];
  const skipped = [];
  for (const engine of wanted) {
    let path = candidates(engine, platform, env).find((candidate) => exists(candidate));
    // On Debian as root, the packages install themselves (what CI's own script does first).
    if (!path && install && platform === 'linux') path = tryInstall(engine);
    if (path) found.push({ engine, path });
    else skipped.push({ engine, hint: installHint(engine, platform) });
  }
  if (skipped.length > 0 && env.CI === 'true') {
    throw new Error(
      `CI needs every browser engine; missing: ${skipped.map((s) => `${s.engine} (${s.hint})`).join('; ')}`,
    );
  }
  return { found, skipped };
}

function tryInstall(engine) {
  const packages = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] }[engine];
  try {
    return findOrInstall({ name: engine, candidates: candidates(engine, 'linux', process.env), packages });
  } catch {
    return undefined;
  }
}

/** The path of a Chromium binary (or CHROME_PATH). */
export function chromiumPath() {
  return findOrInstall({
    name: 'Chromium',
    candidates: candidates('chromium', process.platform, process.env),
    packages: ['chromium'],
  });
}

/** The path of Firefox ESR (or FIREFOX_PATH). */
export function firefoxPath() {
  return findOrInstall({
    name: 'Firefox',
    candidates: candidates('firefox', process.platform, process.env),
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

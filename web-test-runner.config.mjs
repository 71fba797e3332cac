import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execFile } from 'node:child_process';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, planEngines } from './scripts/chromium.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';

/**
 * A page whose browser went away mid-file (the engine's own process crashed, or its driver lost
 * it): not a test that failed. Assertion failures never match this.
 */
const CRASH = /browser disconnected|WebDriverError|Target closed|Session closed|Protocol error/;

/**
 * Writes the pass/fail counts for `npm test`'s closing line, and the files whose browser crashed
 * before they finished, so `npm test` can run each of those once more in a fresh browser.
 */
function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const crashed = [];
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        const walk = (suite) => {
          for (const test of suite.tests) {
            if (test.skipped) counts.skipped += 1;
            else if (test.passed) counts.passed += 1;
            else counts.failed += 1;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        const errors = session.errors ?? [];
        if (!session.passed && counts.failed === 0 && errors.length > 0 && errors.every((e) => CRASH.test(e.message))) {
          crashed.push({ browser: session.browser.name, file: session.testFile, errors: errors.map((e) => e.message) });
          continue;
        }
        passed += counts.passed;
        failed += counts.failed;
        skipped += counts.skipped;
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (!session.testResults || errors.length)) failed += 1;
      }
      writeFileSync(file, JSON.stringify({ passed, failed, skipped, crashed }));
    },
  };
}

/**
 * What a site's bundler makes of the npm package: the built files, resolved through the package's
 * own exports, with its sideEffects list trusted, split into chunks as a site's Vite build would be. Vite then
 * skips a side-effect-free module whose exports are only re-exports, and any statement in one
 * that no export needs.
 */
const SITE_BUNDLE = 'node_modules/.cache/site-bundle';
let siteBuilt;

function buildSite() {
  siteBuilt ??= viteBuild({
    configFile: false,
    logLevel: 'silent',
    base: '/test-server/site/',
    plugins: [
      {
        name: 'site-entry',
        resolveId: (id) => (id === 'site-entry' ? '\0site-entry' : null),
        load: (id) => (id === '\0site-entry' ? "import 'disc-evidence';" : null),
      },
    ],
    build: {
      outDir: SITE_BUNDLE,
      emptyOutDir: true,
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: 'site-entry',
        output: { entryFileNames: 'entry.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return siteBuilt;
}

/** The policy the README tells sites the widgets work under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const seen = new Set();
const abandoned = new Set();

/** Test-only server routes: a study that never answers, a slow one and a server error. */
async function testRoutes(context, next) {
  if (context.path === '/test-server/slow.json') {
    await new Promise((resolve) => setTimeout(resolve, 300));
    context.type = 'json';
    context.body = readFileSync('test/fixtures/clinic-study.json', 'utf8');
    return;
  }
  if (context.path === '/test-server/hang.json') {
    // Never answers in time; remembers requests the browser gave up on (?id=…), for the tests
    // that check a widget stops loading when it leaves the page.
    const id = context.query.id;
    if (id) seen.add(String(id));
    context.req.once('close', () => {
      if (id && !context.res.writableEnded) abandoned.add(String(id));
    });
    await new Promise((resolve) => setTimeout(resolve, 5000));
    context.body = '{}';
    return;
  }
  if (context.path === '/test-server/abandoned' || context.path === '/test-server/seen') {
    const set = context.path.endsWith('seen') ? seen : abandoned;
    context.type = 'json';
    context.body = JSON.stringify(set.has(String(context.query.id)));
    return;
  }
  if (context.path.startsWith('/test-server/cdn-other-version/')) {
    // The one-script-tag build as another release would serve it: the same files at another
    // address, claiming another version, so a page can load two copies of the library.
    const file = context.path.slice('/test-server/cdn-other-version/'.length);
    if (!/^[\w./-]+\.js$/.test(file) || file.includes('..')) return;
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    context.type = 'js';
    // Its data files carry its version in their names (`xie-2021-0.0.1-other.js`).
    const real = file.replace('-0.0.1-other.js', `-${version}.js`);
    context.body = readFileSync(`dist/cdn/${real}`, 'utf8').replaceAll(`"${version}"`, '"0.0.1-other"');
    return;
  }
  if (context.path.startsWith('/test-server/cdn-without-card/')) {
    // The one-script-tag build with the card's code missing, as a failed download leaves it.
    const file = context.path.slice('/test-server/cdn-without-card/'.length);
    if (!/^[\w./-]+\.js$/.test(file) || file.includes('..') || /evidence-card-/.test(file)) return;
    context.type = 'js';
    context.body = readFileSync(`dist/cdn/${file}`, 'utf8');
    return;
  }
  if (context.path.startsWith('/test-server/site/')) {
    await buildSite();
    context.type = 'js';
    context.body = readFileSync(`${SITE_BUNDLE}/${basename(context.path)}`, 'utf8');
    return;
  }
  if (context.path === '/test-server/react-ssr') {
    // A React app rendered on the server with Lit's React integration, as a site's server sends it.
    context.type = 'html';
    context.body = await new Promise((resolve, reject) =>
      execFile(process.execPath, ['scripts/check-react-ssr.mjs', '--html'], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    return;
  }
  if (context.path === '/test-server/static-export') {
    // The static export as a site runs it: the built command line, its output, status and errors.
    const args = JSON.parse(String(context.query.args ?? '[]'));
    const result = await new Promise((resolve) =>
      execFile(process.execPath, ['dist/cli.js', ...args], (error, stdout, stderr) =>
        resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    context.type = 'json';
    context.body = JSON.stringify(result);
    return;
  }
  if (context.path === '/test-server/error.json') {
    context.status = 500;
    context.body = 'Internal Server Error';
    return;
  }
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * React ships CommonJS only, which browsers cannot import. The React tests are bundled with
 * esbuild instead: `react-19.test.ts` with the project's React, `react-18.test.ts` and the
 * WordPress editor test with the copy in test/react-18. Each test file runs in its own page, so the bundled Lit is the only one there.
 */
function reactBundles() {
  return {
    name: 'react-bundles',
    async serve(context) {
      const match = /^\/test\/(?:react\/(react-(18|19)\.test|ssr-client)|wordpress\/editor\.test)\.ts$/.exec(
        context.path,
      );
      if (!match) return undefined;
      // The WordPress editor test runs on React 18, as WordPress 6.2–6.5 ship it.
      const react18 = match[2] === '18' || context.path.startsWith('/test/wordpress/');
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        tsconfig: 'tsconfig.json',
        define: { 'process.env.NODE_ENV': '"development"' },
        alias: react18
          ? { react: './test/react-18/node_modules/react', 'react-dom': './test/react-18/node_modules/react-dom' }
          : {},
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/**
 * The engines the tests run in: Chromium and Firefox through puppeteer-core (Firefox over WebDriver
 * BiDi), WebKit as WebKitGTK's MiniBrowser under WebKitWebDriver (Linux) or Safari under
 * safaridriver (macOS). In CI all three are required; elsewhere an engine the machine lacks is left
 * out with one line on how to install it. BROWSERS=chromium (or a comma-separated list) runs fewer
 * while working.
 */
async function browsers() {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const { found, skipped } = planEngines(wanted);
  for (const { engine, hint } of skipped)
    console.warn(`Skipping ${engine}: not found on this machine. To add it: ${hint}.`);
  const path = (engine) => found.find((each) => each.engine === engine)?.path;
  const launchers = [];
  if (path('chromium')) {
    launchers.push(
      chromeLauncher({ launchOptions: { executablePath: path('chromium'), headless: true, args: CHROMIUM_ARGS } }),
    );
  }
  if (path('firefox')) {
    launchers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: path('firefox'), headless: true },
      }),
    );
  }
  if (path('webkit')) {
    const { port, browser } = await startWebKitDriver(path('webkit'));
    launchers.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: browser
          ? {
              browserName: 'MiniBrowser',
              // WebKitWebDriver speaks classic WebDriver only.
              'wdio:enforceWebDriverClassic': true,
              'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
            }
          : { browserName: 'safari', 'wdio:enforceWebDriverClassic': true },
      }),
    );
  }
  if (launchers.length === 0) throw new Error('No browser engine found for the tests: see README, Contributing.');
  return launchers;
}

/** The browser's "minimum font size" setting, as a reader with low vision sets it. */
const MINIMUM_FONT_PX = 16;

/**
 * Chromium and Firefox with a minimum font size set, for the tests in test/min-font/ (their own
 * group, since the setting holds for the whole browser). WebKitGTK's MiniBrowser takes only yes/no
 * and text settings on its command line, and `minimum-font-size` is a number, so WebKit is left out.
 */
function minimumFontBrowsers() {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
  const { found } = planEngines(wanted.filter((name) => name !== 'webkit'));
  const path = (engine) => found.find((each) => each.engine === engine)?.path;
  const launchers = [];
  if (path('chromium')) {
    const profile = mkdtempSync(join(tmpdir(), 'disc-evidence-min-font-'));
    mkdirSync(join(profile, 'Default'));
    const webprefs = { minimum_font_size: MINIMUM_FONT_PX, minimum_logical_font_size: MINIMUM_FONT_PX };
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs } }));
    launchers.push(
      chromeLauncher({
        launchOptions: { executablePath: path('chromium'), headless: true, args: CHROMIUM_ARGS, userDataDir: profile },
      }),
    );
  }
  if (path('firefox')) {
    launchers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: path('firefox'),
          headless: true,
          extraPrefsFirefox: { 'font.minimum-size.x-western': MINIMUM_FONT_PX },
        },
      }),
    );
  }
  return launchers;
}

/** Test files named on the command line: then only those run, and not the minimum-font group. */
const focused = process.argv.slice(2).some((arg) => /\.test\.tsx?$/.test(arg));
const minimumFont = focused ? [] : minimumFontBrowsers();

export default {
  files: ['test/**/*.test.ts', '!test/min-font/**'],
  groups:
    minimumFont.length > 0
      ? [{ name: 'minimum-font-size', files: 'test/min-font/*.test.ts', browsers: minimumFont }]
      : [],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and Chart.js
  // resizes on one.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  middleware: [testRoutes],
  plugins: [reactBundles(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: await browsers(),
  testFramework: { config: { timeout: 10_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter(process.env.TEST_RESULTS ?? '.test-results.json'),
  ],
};

/* global window, document, PerformanceObserver -- the functions handed to the page run there */
// `npm run bench`: how fast and light the widgets are, measured in headless Chromium. Separate from
// `npm test` (which guards the budgets): timings vary with the machine, so this prints them, with
// the machine, to bench/results.md. Each timing is the median of RUNS runs in fresh contexts.
import { execFile, execFileSync } from 'node:child_process';
import { promisify, TextDecoder } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { measure, PAGES } from './budget.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { fileFor, startServer, staticFile } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const KB = 1024;
// The built-in studies, from the build (`npm run bench` builds first).
const { CATALOG_IDS: CATALOG } = await import(new URL('../dist/data.js', import.meta.url).href);
const TAGS = 'disc-evidence-card, disc-outcome-timeline, disc-candidacy-checklist';

/** Page bodies to render: 100 cards, 10 timelines, one checklist. */
const SETS = {
  'One evidence card': ['<disc-evidence-card study="bates-2022"></disc-evidence-card>'],
  '100 evidence cards': Array.from(
    { length: 100 },
    (_, i) => `<disc-evidence-card study="${CATALOG[i % 7]}"></disc-evidence-card>`,
  ),
  '10 outcome timelines': Array.from(
    { length: 10 },
    (_, i) =>
      `<disc-outcome-timeline studies="${CATALOG[i % 7]} ${CATALOG[(i + 3) % 7]}" journey></disc-outcome-timeline>`,
  ),
  'One candidacy checklist': ['<disc-candidacy-checklist cta-href="/book"></disc-candidacy-checklist>'],
  'One outcome timeline': [
    '<disc-outcome-timeline studies="gornet-2024 xie-2021 bates-2022" journey></disc-outcome-timeline>',
  ],
};

/** Marks the moment every widget has rendered and the next frame is painted. */
const DONE_WITH_WIDGETS = `<script type="module">
  const tags = ['disc-evidence-card', 'disc-outcome-timeline', 'disc-candidacy-checklist'];
  await Promise.all(tags.filter((t) => document.querySelector(t)).map((t) => customElements.whenDefined(t)));
  await Promise.all([...document.querySelectorAll('${TAGS}')].map((el) => el.updateComplete));
  requestAnimationFrame(() => { window.benchTime = performance.now(); });
</script>`;
const DONE_STATIC = `<script>
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => { window.benchTime = performance.now(); }));
</script>`;

const page = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeOnce(browser, url, viewport = { width: 1280, height: 800 }) {
  return (await loadOnce(browser, url, { viewport })).time;
}

/** Slow 4G: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};

/**
 * One cold load: the time until every widget has rendered and a frame is painted, and with
 * `network`, the script requests in waves: requests sent within one round trip of each other,
 * after the page itself, count as one wave (each wave waits for the one before to arrive).
 */
async function loadOnce(browser, url, { viewport = { width: 1280, height: 800 }, network } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(viewport);
  const sent = [];
  if (network) {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
    cdp.on('Network.requestWillBeSent', ({ type, timestamp }) => {
      if (type === 'Script') sent.push(timestamp * 1000);
    });
  }
  await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const time = await tab.waitForFunction(() => window.benchTime, { timeout: 60_000 }).then((h) => h.jsonValue());
  await context.close();
  const gap = network ? network.latency * 0.8 : 0;
  const waves = sent.sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1] > gap).length;
  return { time, waves };
}

/** The rendered widgets as static HTML: each shadow root as a declarative one, with its styles. */
async function staticCopy(browser, url) {
  const tab = await browser.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.benchTime, { timeout: 30_000 });
  const html = await tab.evaluate((selector) => {
    const serialize = (el) => {
      const css = el.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join('\n');
      const attributes = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
      return `<${el.localName}${attributes}><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></${el.localName}>`;
    };
    return [...document.querySelectorAll(selector)].map(serialize).join('\n');
  }, TAGS);
  await tab.close();
  return html;
}

/**
 * Style recalculations (Chromium's UpdateLayoutTree passes) in the page's renderer from the moment
 * the one-script-tag file has arrived until every widget has rendered and the page is quiet again,
 * read from a performance trace: the passes the library causes, the page's own passes before it
 * excluded.
 */
async function styleRecalcs(browser, url) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.tracing.start({ categories: ['devtools.timeline'] });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.benchTime, { timeout: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await tab.tracing.stop()));
  await context.close();
  const data = (event) => event.args?.data ?? {};
  const page = traceEvents.find((e) => e.name === 'ResourceSendRequest' && data(e).url === url);
  const script = traceEvents.find(
    (e) => e.name === 'ResourceSendRequest' && data(e).url?.endsWith('/dist/cdn/disc-evidence.js'),
  );
  const arrived = traceEvents.find((e) => e.name === 'ResourceFinish' && data(e).requestId === data(script).requestId);
  return traceEvents.filter((e) => e.name === 'UpdateLayoutTree' && e.pid === page.pid && e.ts >= arrived.ts).length;
}

async function layoutShift(browser, url, viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(viewport);
  await tab.evaluateOnNewDocument(() => {
    window.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const cls = await tab.evaluate(() => window.cls);
  await context.close();
  return cls;
}

/** Runs Lighthouse in its own process; asynchronously, so this process keeps serving the page. */
async function lighthouse(url) {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--no-install',
      'lighthouse',
      url,
      `--chrome-path=${chromiumPath()}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      '--quiet',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  return Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
}

const pages = mkdtempSync(join(tmpdir(), 'disc-bench-'));
const server = await startServer(0, (path) =>
  path.startsWith('/bench/') ? staticFile(pages, path.slice(6)) : fileFor(path),
);
const origin = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const rows = [];
const recalcRows = [];
try {
  console.log(`Rendering: median of ${RUNS} runs each…`);
  for (const [name, widgets] of Object.entries(SETS)) {
    const slug = name.replace(/\W+/g, '-').toLowerCase();
    const loader = '<script type="module" src="/dist/cdn/disc-evidence.js"></script>';
    writeFileSync(join(pages, `${slug}.html`), page(name, loader + DONE_WITH_WIDGETS, widgets.join('\n')));
    const staticHtml = await staticCopy(browser, `${origin}/bench/${slug}.html`);
    writeFileSync(join(pages, `${slug}-static.html`), page(`${name} (static)`, DONE_STATIC, staticHtml));
    const widgetTimes = [];
    const staticTimes = [];
    for (let run = 0; run < RUNS; run += 1) {
      widgetTimes.push(await timeOnce(browser, `${origin}/bench/${slug}.html`));
      staticTimes.push(await timeOnce(browser, `${origin}/bench/${slug}-static.html`));
    }
    const [w, s] = [median(widgetTimes), median(staticTimes)];
    rows.push({ what: `Render ${name}`, value: `${w.toFixed(0)} ms vs ${s.toFixed(0)} ms static`, ratio: w / s });
    const passes = [];
    for (let run = 0; run < Math.min(RUNS, 5); run += 1)
      passes.push(await styleRecalcs(browser, `${origin}/bench/${slug}.html`));
    recalcRows.push({
      what: `Style recalculations, ${name}`,
      value: `${median(passes)} for ${widgets.length} widget${widgets.length > 1 ? 's' : ''}`,
    });
  }
  rows.push(...recalcRows);

  // Slow 4G, cold cache: how much later than static HTML the content shows, and how many waves of
  // script requests the page needs after the page itself.
  console.log('Slow 4G…');
  for (const name of ['One evidence card', 'One candidacy checklist', 'One outcome timeline']) {
    const slug = name.replace(/\W+/g, '-').toLowerCase();
    const widgets = [];
    const statics = [];
    let waves = 0;
    for (let run = 0; run < Math.max(5, Math.min(RUNS, 7)); run += 1) {
      const loaded = await loadOnce(browser, `${origin}/bench/${slug}.html`, { network: SLOW_4G });
      widgets.push(loaded.time);
      waves = Math.max(waves, loaded.waves);
      statics.push((await loadOnce(browser, `${origin}/bench/${slug}-static.html`, { network: SLOW_4G })).time);
    }
    const [w, s] = [median(widgets), median(statics)];
    rows.push({
      what: `Slow 4G, ${name.toLowerCase()}: content on screen; script waves`,
      value: `${w.toFixed(0)} ms vs ${s.toFixed(0)} ms static; ${waves} waves`,
      ratio: w / s,
    });
  }

  for (const budgetPage of PAGES) {
    const result = await measure(browser, origin, budgetPage);
    rows.push({ what: `JavaScript, gzipped: ${budgetPage.name}`, value: `${(result.total / KB).toFixed(1)} KB` });
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const shifts = [];
    for (let run = 0; run < Math.min(RUNS, 5); run += 1)
      shifts.push(await layoutShift(browser, `${origin}/`, viewport));
    rows.push({
      what: `Layout shift, demo article, ${viewport.width}×${viewport.height}`,
      value: Math.max(...shifts).toFixed(3),
    });
  }
} finally {
  await browser.close();
}

try {
  console.log('Lighthouse…');
  const scores = await lighthouse(`${origin}/`);
  for (const [id, score] of Object.entries(scores))
    rows.push({ what: `Lighthouse ${id}, demo article`, value: String(score) });
} catch (error) {
  rows.push({ what: 'Lighthouse', value: `failed: ${String(error.message).split('\n')[0]}` });
}
server.close();

const chromium = execFileSync(chromiumPath(), ['--version']).toString().trim();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${chromium}`;
const table = [
  '| Measure | Result | Widgets ÷ static |',
  '| --- | --- | ---: |',
  ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.ratio ? `${r.ratio.toFixed(2)}×` : ''} |`),
].join('\n');
const markdown = `# Benchmark results\n\n${new Date().toISOString().slice(0, 10)} · ${machine}\n\nTimings: median of ${RUNS} runs, each in a fresh browser context (empty cache), from navigation start to the first frame after every widget has rendered; "static" is the same DOM served as HTML with declarative shadow roots and the same styles (the physical floor; its canvases are empty). Style recalculations: Chromium's style passes from the arrival of the one-script-tag file until every widget has rendered, all causes counted, the script's one page-wide stylesheet included (median of 5). Slow 4G: the same pages under Chromium's network emulation (150 ms latency, 1.6 Mbit/s down), median of at least 5 cold loads; a wave is the script requests sent within one round trip of each other. Layout shift: the worst of 5 loads. Sizes: gzip -9, 1 KB = 1024 bytes.\n\n${table}\n`;
writeFileSync(new URL('../bench/results.md', import.meta.url), markdown);
console.log(`\n${table}\n\nWritten to bench/results.md`);

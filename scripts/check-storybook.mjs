/* global document -- the functions handed to page.waitForFunction run in the page */
// Builds Storybook offline and opens the built site in headless Chromium: one story of each
// element must render its widget, and each element's docs page must show the API from the manifest.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { startServer, staticFile } from './serve.mjs';
import { report } from './checks.mjs';

const OUT = resolve(new URL('../storybook-static', import.meta.url).pathname);

const STORIES = [
  { id: 'elements-evidence-card--bates-2022', tag: 'disc-evidence-card', text: 'Participants' },
  { id: 'elements-outcome-timeline--milestones-with-journey', tag: 'disc-outcome-timeline', text: 'months' },
  { id: 'elements-candidacy-checklist--incomplete', tag: 'disc-candidacy-checklist', text: 'questions left' },
  { id: 'elements-evidence-overview--all-studies', tag: 'disc-evidence-overview', text: 'Very low certainty' },
];
const DOCS = [
  {
    id: 'elements-evidence-card--docs',
    expect: ['heading-level', '--disc-card-max-width', 'disc-error', 'copy-button'],
  },
  { id: 'elements-outcome-timeline--docs', expect: ['journey', '--disc-timeline-height', 'legend'] },
  { id: 'elements-candidacy-checklist--docs', expect: ['cta-href', 'disc-candidacy-change', 'reset-button'] },
  { id: 'elements-evidence-overview--docs', expect: ['heading-level', 'open-button', '--disc-overview-reserve'] },
];

export async function runStorybookCheck() {
  const checks = [];
  try {
    execFileSync('npx', ['--no-install', 'storybook', 'build', '--disable-telemetry', '--quiet', '--output-dir', OUT], {
      stdio: 'pipe',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    checks.push({ name: 'storybook build', ok: true });
  } catch (error) {
    checks.push({ name: 'storybook build', ok: false, problem: error.stderr?.toString() || error.message });
    return report(checks);
  }

  const server = await startServer(0, (path) => staticFile(OUT, path));
  const origin = `http://localhost:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    for (const story of STORIES) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
      const text = await tab
        .waitForFunction(
          (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') || undefined,
          { timeout: 15_000 },
          story.tag,
        )
        .then((handle) => handle.jsonValue())
        .catch(() => '');
      const ok = text.includes(story.text) && errors.length === 0;
      checks.push({ name: `story ${story.id} renders`, ok, problem: `text: ${text.slice(0, 120)} errors: ${errors}` });
      await tab.close();
    }
    for (const docs of DOCS) {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
      const text = await tab
        .waitForFunction(() => (document.querySelector('.docblock-argstable') ? document.body.innerText : undefined), {
          timeout: 15_000,
        })
        .then((handle) => handle.jsonValue())
        .catch(() => '');
      const missing = docs.expect.filter((word) => !text.includes(word));
      checks.push({ name: `docs ${docs.id} list the API`, ok: missing.length === 0, problem: `missing: ${missing}` });
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return report(checks);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runStorybookCheck();
  process.exit(failed > 0 ? 1 : 0);
}

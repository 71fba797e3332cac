// Starts WebKitGTK's WebDriver for the browser tests: MiniBrowser needs a display, so a virtual
// one (Xvfb) starts first. Both stop when this process exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { webkitPaths } from './chromium.mjs';
import { freePort } from './checks.mjs';

function freeDisplay() {
  for (let n = 99; n < 199; n += 1) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return `:${n}`;
  }
  throw new Error('No free X display number between :99 and :198');
}

async function waitFor(check, what, timeout = 15_000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeout / 1000} s`);
}

/** Starts Safari's WebDriver (macOS); resolves with its port. */
async function startSafariDriver(driver) {
  const port = await freePort();
  const child = spawn(driver, ['--port', String(port)], { stdio: 'ignore' });
  const stop = () => child.kill();
  process.once('exit', stop);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'safaridriver');
  return { port, browser: undefined, stop };
}

/**
 * Starts Xvfb and WebKitWebDriver; resolves with the driver's port and the MiniBrowser path. On
 * macOS (`driver` is safaridriver) it starts Safari's driver instead, and `browser` is undefined.
 */
export async function startWebKitDriver(driverPath) {
  if (process.platform === 'darwin' && driverPath) return startSafariDriver(driverPath);
  const { driver, browser, xvfb } = webkitPaths();
  const display = process.env.DISPLAY || freeDisplay();
  const children = [];
  const stop = () => children.forEach((child) => child.kill());
  process.once('exit', stop);

  if (!process.env.DISPLAY) {
    children.push(spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    await waitFor(async () => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb');
  }
  const port = await freePort();
  children.push(
    spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    }),
  );
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  return { port, browser, stop };
}

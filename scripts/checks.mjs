// What the check scripts share: printing a list of checks, and a free port for a local server.
import { createServer } from 'node:net';

/** Prints each check (✓ or ✗ with its problem) and returns the counts `npm test` adds up. */
export function report(checks) {
  for (const c of checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name}${c.ok ? '' : `\n    ${c.problem}`}`);
  const failed = checks.filter((c) => !c.ok).length;
  return { passed: checks.length - failed, failed };
}

/** A TCP port on 127.0.0.1 that nothing listens on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Removes the previous build, so no stale chunk is ever measured or published.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Which chunk of the one-script-tag build holds each source module, read from the build's source
// maps and compared with scripts/chunks.json. The chunks are chosen by path patterns in
// rollup.config.mjs; a renamed or new module could silently move to another chunk and change
// what every page downloads. A module that moves, appears or goes fails this check; after a move
// you meant, `node scripts/check-chunks.mjs --write` records the new map.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const EXPECTED = new URL('scripts/chunks.json', root);

/** Source module (`src/…`) → chunk name (`core`, `study`, `evidence-card`, `bates-2022`, …). */
export function chunkMap() {
  const map = {};
  for (const dir of ['dist/cdn/', 'dist/cdn/chunks/']) {
    for (const file of readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.js.map'))) {
      // `core-BZFR5L.js.map` is the chunk `core`, `bates-2022-es-0.1.0.js.map` the chunk
      // `bates-2022-es`: the hash changes with every edit and the release with every release, the
      // name does not.
      const name = file
        .replace(/\.js\.map$/, '')
        .replace(/-[A-Za-z0-9_-]{6}$/, '')
        .replace(`-${version}`, '');
      const { sources } = JSON.parse(readFileSync(new URL(dir + file, root), 'utf8'));
      for (const source of sources) {
        const module = source.replace(/^(\.\.\/)+/, '');
        if (module.startsWith('src/')) map[module] = name;
      }
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

/** Undefined when every module is where scripts/chunks.json says; otherwise what moved. */
export function chunkProblems() {
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
  const actual = chunkMap();
  const lines = [];
  for (const [module, chunk] of Object.entries(actual)) {
    if (!(module in expected)) lines.push(`${module} is new, in ${chunk}`);
    else if (expected[module] !== chunk) lines.push(`${module} moved from ${expected[module]} to ${chunk}`);
  }
  for (const module of Object.keys(expected)) if (!(module in actual)) lines.push(`${module} is gone`);
  return lines.length === 0
    ? undefined
    : `${lines.join('; ')}. If you meant it, run \`node scripts/check-chunks.mjs --write\`.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--write')) {
    writeFileSync(EXPECTED, `${JSON.stringify(chunkMap(), null, 2)}\n`);
    console.log('wrote scripts/chunks.json');
  } else {
    const problem = chunkProblems();
    console.log(problem ?? 'every module is in its chunk');
    process.exit(problem ? 1 : 0);
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const CORE = [
  // Lit itself, but not its directives: only the timeline uses one, and a card page should not pay for it.
  /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/(?!(directives\/|directive\.js|directive-helpers))/,
  // The base element and helpers; study texts and logic travel in their own chunk (below).
  /src\/internal\/(?!describe-error|describe-outcome|cssom|format)/,
  /src\/data\/(errors|registry|translations)\.ts$/,
  /src\/locales\/(languages|pack|en\/common|en\/loading|es\/loading)\.ts$/,
];

// What the card and the timeline both need to show a study, and the checklist does not.
const STUDY = [
  /src\/internal\/(describe-outcome|format)\.ts$/,
  /src\/data\/(load|catalog\/index|catalog\/texts|thresholds|certainty)\.ts$/,
  /src\/locales\/(study|en\/study)\.ts$/,
];

/**
 * `virtual:cdn-build`, for the one-script-tag loader: `DATA_FILES`, the hash in the file name of
 * each built-in study's and criteria set's chunk, by id, so it can start downloading a widget's
 * data together with the element's code instead of after it, without carrying the catalog code
 * itself; and `VERSION`, without pulling in the shared chunk that holds the elements' copy.
 */
function cdnBuild() {
  const id = 'virtual:cdn-build';
  /** Data id by the reference of its emitted chunk. */
  const ids = new Map();
  return {
    name: 'cdn-build',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(module) {
      if (module !== `\0${id}`) return null;
      const rows = ['src/data/catalog', 'src/data/criteria'].flatMap((dir) =>
        readdirSync(dir)
          // The data modules themselves: not the index, the translated texts or the code applying them.
          .filter((file) => /^[a-z0-9-]+\.ts$/.test(file) && !['index.ts', 'texts.ts', 'apply-texts.ts'].includes(file))
          .map((file) => {
            const ref = this.emitFile({ type: 'chunk', id: resolvePath(dir, file) });
            ids.set(ref, file.slice(0, -3));
            return `${JSON.stringify(file.slice(0, -3))}: import.meta.ROLLUP_FILE_URL_${ref}`;
          }),
      );
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      return `export const DATA_FILES = {${rows.join(',')}};\nexport const VERSION = ${JSON.stringify(version)};`;
    },
    // Only the hash: the loader knows the rest of the name (`chunks/<id>-<hash>.js`).
    resolveFileUrl({ relativePath, referenceId }) {
      const prefix = `chunks/${ids.get(referenceId)}-`;
      if (!relativePath.startsWith(prefix) || !relativePath.endsWith('.js'))
        this.error(`unexpected data chunk name ${relativePath}`);
      return JSON.stringify(relativePath.slice(prefix.length, -'.js'.length));
    },
  };
}

const external = (id) =>
  /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|chart\.js|react|vue|parse5|node:.*)($|\/)/.test(id);

export default [
  // npm: unbundled ES modules and type declarations; lit and chart.js stay bare imports so a
  // site's bundler shares one copy with the rest of the site.
  {
    input: [
      'src/index.ts',
      'src/evidence-card.ts',
      'src/outcome-timeline.ts',
      'src/candidacy-checklist.ts',
      'src/data.ts',
      'src/react.ts',
      'src/jsx.ts',
      'src/vue.ts',
      'src/server.ts',
      'src/cli.ts',
    ],
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' })],
  },
  // CDN: one self-contained, minified entry that loads each element's chunk on demand.
  {
    input: 'src/cdn.ts',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      // The data chunks the loader names (see cdnBuild) count as entries too.
      entryFileNames: (chunk) => (chunk.name === 'cdn' ? 'disc-evidence.js' : 'chunks/[name]-[hash:6].js'),
      // Each language's texts, of the widgets and of built-in data, are named for it: study-es-….js, bates-2022-es-….js.
      chunkFileNames: (chunk) => {
        const module = chunk.facadeModuleId ?? chunk.moduleIds[0] ?? '';
        const language = /\/(?:data\/catalog|data\/criteria|locales)\/([a-z]{2})\//.exec(module)?.[1];
        return language ? `chunks/[name]-${language}-[hash:6].js` : 'chunks/[name]-[hash:6].js';
      },
      // Lit and the helpers every element uses travel together in one shared chunk, instead of a
      // scatter of tiny chunks that each cost a request and compress worse apart.
      manualChunks: (id) => {
        if (CORE.some((pattern) => pattern.test(id))) return 'core';
        if (STUDY.some((pattern) => pattern.test(id))) return 'study';
        // What every validator reads with: the readers and the model's lists of allowed values.
        if (/src\/data\/(read|model)\.ts$/.test(id)) return 'read';
        return undefined;
      },
      sourcemap: true,
    },
    plugins: [
      cdnBuild(),
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/cdn',
        declaration: false,
        declarationMap: false,
      }),
      minifyHTML({
        failOnError: true,
        // Keep one space between inline elements: "DOI 10.1155/…", not "DOI10.1155/…".
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
      terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } }),
    ],
  },
  // CDN, classic script: for tag managers and CMSs that insert only classic scripts. It loads the
  // module file beside it, so it stays tiny and shares every chunk with the module build.
  {
    input: 'src/cdn-classic.ts',
    output: { file: 'dist/cdn/disc-evidence.classic.js', format: 'iife', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, declarationMap: false }),
      terser({ ecma: 2020, format: { comments: false } }),
    ],
  },
];

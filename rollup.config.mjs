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
  /src\/internal\/(?!describe-error|describe-outcome|cssom|format|save-file|adopt-styles)/,
  /src\/data\/(errors|registry|translations)\.ts$/,
  /src\/locales\/(languages|pack|en\/common|en\/loading|es\/loading)\.ts$/,
];

// What the card and the timeline both need to show a study, and the checklist does not.
const STUDY = [
  /src\/internal\/(describe-outcome|format)\.ts$/,
  // (Not catalog/ids.ts: the one-script-tag build loads the list of ids only to word an error.)
  /src\/data\/(load|catalog\/(index|texts|files|files\.cdn)|thresholds|certainty)\.ts$/,
  /src\/locales\/(study|en\/study)\.ts$/,
];

const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Built-in data (a study, a criteria set, or their texts in a language) rather than code. */
const DATA_MODULE = /src\/data\/(catalog|criteria)\/(?:([a-z]{2})\/)?[a-z0-9-]+\.ts$/;

/** The data modules of a folder: not the index, the translated texts or the code around them. */
function dataFiles(dir) {
  const code = ['index.ts', 'texts.ts', 'apply-texts.ts', 'ids.ts', 'files.ts', 'all.ts'];
  return readdirSync(dir).filter((file) => /^[a-z0-9-]+\.ts$/.test(file) && !code.includes(file));
}

/**
 * `virtual:cdn-build`, for the one-script-tag loader: `VERSION`, without pulling in the shared chunk
 * that holds the elements' copy, so it can name a widget's data chunk and start downloading it
 * together with the element's code instead of after it. Emits the data chunks.
 *
 * Each data chunk is named by its id and the release (`chunks/bates-2022-0.1.0.js`, its texts in a
 * language `chunks/bates-2022-es-0.1.0.js`), not by a hash of its content: the loader and the
 * catalog then name them from the id alone, and a page carries no table of hashes (random
 * characters gzip cannot shrink) that grows with every study. A release changes every name, so
 * caches never mix two releases' data.
 */
function cdnBuild() {
  const id = 'virtual:cdn-build';
  return {
    name: 'cdn-build',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(module) {
      if (module !== `\0${id}`) return null;
      // The catalog's texts in other languages, which its table names from the ids (files.cdn.ts).
      for (const language of readdirSync('src/data/catalog', { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const file of readdirSync(`src/data/catalog/${language.name}`).filter((f) => /^[a-z0-9-]+\.ts$/.test(f))) {
          this.emitFile({
            type: 'chunk',
            id: resolvePath('src/data/catalog', language.name, file),
            fileName: `chunks/${file.slice(0, -3)}-${language.name}-${VERSION}.js`,
          });
        }
      }
      for (const dir of ['src/data/catalog', 'src/data/criteria']) {
        for (const file of dataFiles(dir)) {
          this.emitFile({
            type: 'chunk',
            id: resolvePath(dir, file),
            fileName: `chunks/${file.slice(0, -3)}-${VERSION}.js`,
          });
        }
      }
      return `export const VERSION = ${JSON.stringify(VERSION)};`;
    },
    generateBundle(_, bundle) {
      // One file per language holding every study (see catalogBundle), for the overview.
      const ids = dataFiles('src/data/catalog').map((file) => file.slice(0, -3));
      const languages = readdirSync('src/data/catalog', { withFileTypes: true }).filter((e) => e.isDirectory());
      for (const suffix of ['', ...languages.map((language) => `-${language.name}`)]) {
        this.emitFile({
          type: 'asset',
          fileName: `chunks/catalog${suffix}-${VERSION}.js`,
          source: catalogBundle(this, bundle, ids, suffix),
        });
      }
    },
  };
}

/**
 * The catalog's data files of one language joined into one module whose default export holds
 * each file's default export by id. Data files import nothing, so each runs unchanged in a
 * function of its own; the build fails if one ever imports or exports anything else.
 */
function catalogBundle(context, bundle, ids, suffix) {
  const entries = ids.map((id) => {
    const fileName = `chunks/${id}${suffix}-${VERSION}.js`;
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') context.error(`${fileName} is missing`);
    if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.join() !== 'default') {
      context.error(`${fileName} must import nothing and export only its default`);
    }
    const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const exported = /export\{(\w+) as default\};?\s*$/.exec(code);
    if (!exported) context.error(`${fileName}: its default export is not where the bundle expects it`);
    return `${JSON.stringify(id)}:(()=>{${code.slice(0, exported.index)};return ${exported[1]}})()`;
  });
  return `export default{${entries.join(',')}};\n`;
}

/**
 * In the one-script-tag build, the catalog's table of files made from the ids
 * (`src/data/catalog/files.cdn.ts`) stands in for the one that imports each file, and the
 * overview's loader of every study (`all.cdn.ts`) for the one that loads them one by one.
 */
function cdnCatalog() {
  return {
    name: 'cdn-catalog',
    async resolveId(source, importer, options) {
      if (!/\/(files|all)\.js$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return /\/src\/data\/catalog\/(files|all)\.ts$/.test(resolved?.id ?? '')
        ? resolved.id.replace(/\.ts$/, '.cdn.ts')
        : null;
    },
  };
}

/**
 * The one-script-tag build keeps its copy of Lit to itself: no site code can call its `css` tag or
 * its templates, so Lit's long messages for a developer's misuse of them can only be reached by a
 * defect of ours, which the tests catch. Each is cut to its first words (0.1 KB on every page).
 * The build fails if Lit changes and a message is no longer where this expects it.
 */
function shortLitMessages() {
  const messages = [
    [
      '@lit/reactive-element/css-tag.js',
      'CSSResult is not constructable. Use `unsafeCSS` or `css` instead.',
      'CSSResult',
    ],
    [
      '@lit/reactive-element/css-tag.js',
      `Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`,
      `css: "+t+"`,
    ],
    ['lit-html/lit-html.js', 'invalid template strings array', 'template'],
  ];
  return {
    name: 'short-lit-messages',
    transform(code, id) {
      const here = messages.filter(([file]) => id.endsWith(`/node_modules/${file}`));
      if (here.length === 0) return null;
      let out = code;
      for (const [file, long, short] of here) {
        if (!out.includes(long)) this.error(`${file} no longer holds the message "${long.slice(0, 40)}…"`);
        out = out.replace(long, short);
      }
      return { code: out, map: null };
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
      'src/evidence-overview.ts',
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
        // Texts of built-in data in a language: named by id, language and release (see cdnBuild).
        const data = DATA_MODULE.exec(module);
        if (data?.[2]) return `chunks/[name]-${data[2]}-${VERSION}.js`;
        const language = /\/locales\/([a-z]{2})\//.exec(module)?.[1];
        return language ? `chunks/[name]-${language}-[hash:6].js` : 'chunks/[name]-[hash:6].js';
      },
      // Lit and the helpers every element uses travel together in one shared chunk, instead of a
      // scatter of tiny chunks that each cost a request and compress worse apart.
      manualChunks: (id) => {
        if (CORE.some((pattern) => pattern.test(id))) return 'core';
        if (STUDY.some((pattern) => pattern.test(id))) return 'study';
        // What every validator reads with: the readers and the model's lists of allowed values.
        if (/src\/data\/(read|read-series|model)\.ts$/.test(id)) return 'read';
        return undefined;
      },
      sourcemap: true,
    },
    plugins: [
      cdnBuild(),
      cdnCatalog(),
      resolve(),
      shortLitMessages(),
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

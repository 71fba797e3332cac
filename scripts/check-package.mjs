// Package checks that need the build: the version constant, the published JSON Schemas against
// the built-in catalog and the validators (examples, then generated documents), publint and "are
// the types wrong".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { chunkProblems } from './check-chunks.mjs';
import { planEngines } from './chromium.mjs';
import { runSchemaAgreement } from './check-schemas.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

export async function runPackageChecks() {
  const checks = [];

  function check(name, run) {
    try {
      const problem = run();
      checks.push({ name, ok: !problem, problem });
    } catch (error) {
      checks.push({ name, ok: false, problem: error.stderr?.toString() || error.stdout?.toString() || error.message });
    }
  }

  const pkg = JSON.parse(read('package.json'));

  check(
    'package-lock.json is in step with package.json, with every platform’s native packages (npm ci accepts it)',
    () => {
      const lock = JSON.parse(read('package-lock.json'));
      const locked = lock.packages?.[''] ?? {};
      const sorted = (deps = {}) => JSON.stringify(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
      const problems = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']
        .filter((field) => sorted(pkg[field]) !== sorted(locked[field]))
        .map((field) => `${field} in package.json and the lock file differ: run npm install`);
      for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
        if (!lock.packages[`node_modules/${name}`]) problems.push(`${name} is not in the lock file`);
      }
      // npm ci refuses a lock file without the optional native builds of each platform.
      const native = Object.keys(lock.packages['node_modules/rollup']?.optionalDependencies ?? {});
      const absent = native.filter((name) => !lock.packages[`node_modules/${name}`]);
      if (native.length === 0 || absent.length > 0)
        problems.push(`Rollup's native builds missing: ${absent.join(', ')}`);
      return problems.join('; ') || undefined;
    },
  );

  check('React server rendering carries each widget’s content (scripts/check-react-ssr.mjs)', () => {
    execFileSync(process.execPath, [new URL('check-react-ssr.mjs', import.meta.url).pathname], { stdio: 'pipe' });
    return undefined;
  });

  // Contributors on any system: the engines found where each platform installs them, a missing one
  // left out with how to get it, except in CI, which needs all three.
  const all = ['chromium', 'firefox', 'webkit'];
  check('outside CI, a Mac with only Chrome runs Chromium and says how to add Firefox and WebKit', () => {
    const plan = planEngines(all, { platform: 'darwin', env: {}, exists: (p) => p.includes('Google Chrome') });
    const found = plan.found.map((f) => f.engine).join();
    const hints = plan.skipped.map((s) => `${s.engine}: ${s.hint}`).join(' | ');
    return found === 'chromium' &&
      /firefox: install Firefox/.test(hints) &&
      /webkit: run `safaridriver --enable`/.test(hints)
      ? undefined
      : `found ${found}; skipped ${hints}`;
  });
  check('on Windows, CHROME_PATH and FIREFOX_PATH are used and WebKit is left out with the reason', () => {
    const env = { CHROME_PATH: 'D:\\Chrome\\chrome.exe', FIREFOX_PATH: 'D:\\Firefox\\firefox.exe' };
    const plan = planEngines(all, { platform: 'win32', env, exists: (p) => p.startsWith('D:') });
    const ok =
      plan.found.map((f) => f.path).join() === `${env.CHROME_PATH},${env.FIREFOX_PATH}` &&
      plan.skipped.length === 1 &&
      /no Windows build/.test(plan.skipped[0].hint);
    return ok ? undefined : JSON.stringify(plan);
  });
  check('in CI, a missing engine fails the run, naming it', () => {
    try {
      planEngines(all, { platform: 'linux', env: { CI: 'true' }, exists: () => false, install: false });
      return 'CI went on without browsers';
    } catch (error) {
      return /missing: chromium .*firefox .*webkit/.test(error.message) ? undefined : error.message;
    }
  });

  check('src/internal/version.ts matches package.json', () => {
    const version = /VERSION = '([^']+)'/.exec(read('src/internal/version.ts'))?.[1];
    return version === pkg.version ? undefined : `version.ts says ${version}, package.json says ${pkg.version}`;
  });

  const { CATALOG_IDS, getCatalogStudy, loadCriteriaSet, validateCriteria, validateSeries, validateStudy } =
    await import(new URL('dist/data.js', root).href);
  const schema = JSON.parse(read('schema/study.schema.json'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  // A study's series refer to the series schema.
  ajv.addSchema(JSON.parse(read('schema/series.schema.json')));
  const validateWithSchema = ajv.compile(schema);

  for (const id of CATALOG_IDS) {
    const study = await getCatalogStudy(id);
    check(`schema accepts ${id}`, () =>
      validateWithSchema(study) ? undefined : ajv.errorsText(validateWithSchema.errors),
    );
  }

  const example = JSON.parse(read('test/fixtures/clinic-study.json'));
  const base = { ...example };
  const rejected = {
    'a javascript: link': { ...base, url: 'javascript:alert(1)' },
    'a value without its scale': { ...base, outcomes: [{ ...base.outcomes[0], scale: undefined }] },
    'an unknown design': { ...base, design: { kind: 'anecdote' } },
    'a missing headline': { ...base, headline: undefined },
    'a negative participant count': { ...base, population: { participants: -3 } },
    'a certainty reason without its words': {
      ...base,
      outcomes: [{ ...base.outcomes[0], certainty: { level: 'very-low', reasons: [{ concern: 'imprecision' }] } }],
    },
    'an unknown certainty level': {
      ...base,
      outcomes: [{ ...base.outcomes[0], certainty: { level: 'certain', reasons: [] } }],
    },
  };
  check('schema and validator both accept the example clinic study', () => {
    const problems = [];
    if (!validateWithSchema(example)) problems.push(`schema: ${ajv.errorsText(validateWithSchema.errors)}`);
    const result = validateStudy(example);
    if (!result.ok) problems.push(`validator: ${result.errors.join('; ')}`);
    return problems.join(' | ') || undefined;
  });
  for (const [name, study] of Object.entries(rejected)) {
    const json = JSON.parse(JSON.stringify(study));
    check(`schema and validator both reject ${name}`, () => {
      const problems = [];
      if (validateWithSchema(json)) problems.push('schema accepted it');
      if (validateStudy(json).ok) problems.push('validator accepted it');
      return problems.join(', ') || undefined;
    });
  }

  check('every source module is in the CDN chunk scripts/chunks.json records', chunkProblems);

  // Beyond these examples: thousands of generated documents, judged alike by schema and validator.
  await runSchemaAgreement(check);

  const validateSeriesSchema = ajv.getSchema('https://unpkg.com/disc-evidence/schema/series.schema.json');
  const cohort = JSON.parse(read('test/fixtures/clinic-series.json')).series[0];
  check('series schema and validator both accept an example cohort', () => {
    const problems = [];
    if (!validateSeriesSchema({ series: [cohort] }))
      problems.push(`schema: ${ajv.errorsText(validateSeriesSchema.errors)}`);
    const result = validateSeries({ series: [cohort] });
    if (!result.ok) problems.push(`validator: ${result.errors.join('; ')}`);
    return problems.join(' | ') || undefined;
  });
  for (const [name, series] of Object.entries({
    'a standardised mean difference': { ...cohort, scale: 'smd' },
    'a negative time': { ...cohort, points: [{ time: -1, value: 5 }] },
    'a series without points': { ...cohort, points: [] },
  })) {
    check(`series schema and validator both reject ${name}`, () => {
      const problems = [];
      if (validateSeriesSchema({ series: [series] })) problems.push('schema accepted it');
      if (validateSeries({ series: [series] }).ok) problems.push('validator accepted it');
      return problems.join(', ') || undefined;
    });
  }

  const validateCriteriaSchema = ajv.compile(JSON.parse(read('schema/criteria.schema.json')));
  const clinicCriteria = JSON.parse(read('test/fixtures/clinic-criteria.json'));
  const { redFlags } = await loadCriteriaSet('ddd-msc');
  check('criteria schema and validator both accept the example clinic set', () => {
    const problems = [];
    if (!validateCriteriaSchema(clinicCriteria))
      problems.push(`schema: ${ajv.errorsText(validateCriteriaSchema.errors)}`);
    const result = validateCriteria(clinicCriteria, redFlags);
    if (!result.ok) problems.push(`validator: ${result.errors.join('; ')}`);
    return problems.join(' | ') || undefined;
  });
  for (const [name, set] of Object.entries({
    'a requirement without the answer that fits': {
      ...clinicCriteria,
      requirements: [{ ...clinicCriteria.requirements[0], fits: undefined }],
    },
    'an empty list of warning signs': { ...clinicCriteria, redFlags: [] },
    'a set without requirements': { ...clinicCriteria, requirements: undefined },
  })) {
    const json = JSON.parse(JSON.stringify(set));
    check(`criteria schema and validator both reject ${name}`, () => {
      const problems = [];
      if (validateCriteriaSchema(json)) problems.push('schema accepted it');
      if (validateCriteria(json, redFlags).ok) problems.push('validator accepted it');
      return problems.join(', ') || undefined;
    });
  }

  // The build refuses an incomplete manifest; prove that refusal works, one gap of each kind.
  const manifest = JSON.parse(read('custom-elements.json'));
  const { elementsOf, manifestProblems, publicFields } = await import(new URL('scripts/manifest.mjs', root).href);
  check(
    'the manifest lists all three elements, complete',
    () => manifestProblems(manifest, {}).join('; ') || undefined,
  );
  const expected = {
    'disc-evidence-card': {
      attributes: ['study', 'src', 'variant', 'timeout', 'heading-level', 'theme', 'lang'],
      events: ['disc-error'],
      slots: [''],
      cssParts: ['base', 'headline', 'finding', 'threshold', 'copy-button', 'regulatory', 'expand-button', 'error'],
      cssProperties: ['--disc-accent', '--disc-accent-dark', '--disc-font-family', '--disc-card-max-width'],
    },
    'disc-outcome-timeline': {
      attributes: ['studies', 'src', 'view', 'journey', 'timeout', 'theme', 'lang'],
      events: ['disc-error'],
      slots: [''],
      cssParts: ['base', 'summary', 'switch', 'chart', 'legend', 'table', 'journey-source', 'error'],
      cssProperties: ['--disc-accent', '--disc-border', '--disc-timeline-height', '--disc-timeline-reserve'],
    },
    'disc-candidacy-checklist': {
      attributes: ['criteria', 'src', 'cta-href', 'cta-label', 'theme', 'lang'],
      events: ['disc-candidacy-change', 'disc-error'],
      slots: ['cta', ''],
      cssParts: ['base', 'section', 'question', 'result', 'cta', 'copy-button', 'reset-button', 'error'],
      cssProperties: ['--disc-accent', '--disc-negative', '--disc-checklist-reserve'],
    },
  };
  for (const [tag, kinds] of Object.entries(expected)) {
    check(`the manifest lists ${tag}'s attributes, events, slots, parts and custom properties`, () => {
      const element = elementsOf(manifest).find((el) => el.tagName === tag);
      if (!element) return 'missing';
      const missing = Object.entries(kinds).flatMap(([kind, names]) =>
        names.filter((name) => !(element[kind] ?? []).some((item) => item.name === name)).map((n) => `${kind} ${n}`),
      );
      return missing.join(', ') || undefined;
    });
  }
  for (const [gap, remove] of Object.entries({
    'an attribute': (el) => el.attributes.find((a) => a.name === 'study'),
    'a property': (el) => publicFields(el).find((f) => f.name === 'data'),
    'an event': (el) => el.events[0],
    'a part': (el) => el.cssParts[0],
    'a custom property': (el) => el.cssProperties[0],
  })) {
    check(`the manifest check catches ${gap} without a description`, () => {
      const copy = JSON.parse(JSON.stringify(manifest));
      const card = elementsOf(copy).find((el) => el.tagName === 'disc-evidence-card');
      const item = remove(card);
      const module = copy.modules.find((m) => m.path === card.path);
      const declaration = module.declarations.find((d) => d.tagName === 'disc-evidence-card');
      const kind = ['attributes', 'members', 'events', 'cssParts', 'cssProperties'].find((k) =>
        declaration[k]?.some((x) => x.name === item.name),
      );
      declaration[kind].find((x) => x.name === item.name).description = '';
      return manifestProblems(copy, {}).some((p) => p.includes(item.name)) ? undefined : `missed "${item.name}"`;
    });
  }
  check('the manifest check catches a part used but not documented', () =>
    manifestProblems(manifest, { 'disc-evidence-card': '<p part="secret-part">' }).some((p) =>
      p.includes('secret-part'),
    )
      ? undefined
      : 'missed it',
  );
  check('editor hints name every element and attribute in the manifest', () => {
    const vscode = JSON.parse(read('vscode.html-custom-data.json'));
    const webTypes = JSON.parse(read('web-types.json'));
    const problems = [];
    for (const el of elementsOf(manifest)) {
      const attributes = el.attributes.map((a) => a.name).join(',');
      const tag = vscode.tags.find((t) => t.name === el.tagName);
      const wt = webTypes.contributions.html.elements.find((e) => e.name === el.tagName);
      if (tag?.attributes.map((a) => a.name).join(',') !== attributes) problems.push(`VS Code data for ${el.tagName}`);
      if (wt?.attributes.map((a) => a.name).join(',') !== attributes) problems.push(`web-types for ${el.tagName}`);
    }
    if (pkg['web-types'] !== './web-types.json') problems.push('package.json has no "web-types" field');
    return problems.join('; ') || undefined;
  });

  check('the `disc-evidence` command runs from the file package.json names', () => {
    const bin = pkg.bin?.['disc-evidence'];
    if (!bin) return 'package.json has no "bin" for disc-evidence';
    if (!read(bin).startsWith('#!/usr/bin/env node\n')) return `${bin} does not start with a node shebang`;
    const version = execFileSync(process.execPath, [bin, '--version'], { cwd: root }).toString().trim();
    return version === pkg.version ? undefined : `${bin} --version printed ${version}`;
  });

  const { staticExportPage } = await import(new URL('scripts/serve.mjs', root).href);
  const staticPage = await staticExportPage('/static.html');
  check("the demo's static-export page holds its five widgets, without a script", () => {
    const rendered = staticPage.match(/<template[^>]*shadowrootmode="open"/g)?.length ?? 0;
    if (rendered !== 5) return `${rendered} rendered widgets`;
    if (staticPage.includes('<!-- render') || staticPage.includes('<script')) return 'a placeholder or script is left';
    return undefined;
  });

  check('publint', () => {
    execFileSync('npx', ['--no-install', 'publint', '--strict'], { stdio: 'pipe' });
  });
  check('are the types wrong (ESM)', () => {
    execFileSync('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], {
      stdio: 'pipe',
    });
  });

  for (const c of checks)
    console.log(
      `${c.ok ? '✓' : '✗'} ${c.name}${c.ok ? '' : `\n    ${String(c.problem).trim().replace(/\n/g, '\n    ')}`}`,
    );
  const failed = checks.filter((c) => !c.ok).length;
  return { passed: checks.length - failed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runPackageChecks();
  process.exit(failed > 0 ? 1 : 0);
}

export default {
  // Elements and what they inherit; the data layer has no custom elements to describe.
  globs: ['src/*.ts', 'src/components/**/*.ts', 'src/internal/disc-element.ts'],
  exclude: ['src/cdn.ts', 'src/internal/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};

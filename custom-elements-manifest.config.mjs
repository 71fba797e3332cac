export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cdn.ts', 'src/internal/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};

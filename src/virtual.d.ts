/** Made by the CDN build for the one-script-tag loader (see cdnBuild in rollup.config.mjs). */
declare module 'virtual:cdn-build' {
  /** The hash in the file name of each built-in study's and criteria set's chunk (`chunks/<id>-<hash>.js`), by id. */
  export const DATA_FILES: Readonly<Record<string, string>>;
  /** The package version. */
  export const VERSION: string;
}

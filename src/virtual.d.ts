/** Made by the CDN build for the one-script-tag loader (see cdnBuild in rollup.config.mjs). */
declare module 'virtual:cdn-build' {
  /** The ids of the built-in studies and criteria sets, whose chunks are `chunks/<id>-<VERSION>.js`. */
  export const DATA_IDS: readonly string[];
  /** The package version. */
  export const VERSION: string;
}

/** Made by the CDN build for the one-script-tag loader (see cdnBuild in rollup.config.mjs). */
declare module 'virtual:cdn-build' {
  /** The package version. */
  export const VERSION: string;
}

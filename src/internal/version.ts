/** The package version; `npm run check:package` fails when it differs from package.json. */
export const VERSION = '0.1.0';

import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example data files that stories load with `src`, at the same paths the tests use.
  staticDirs: [{ from: '../test/fixtures', to: '/test/fixtures' }],
  // Offline and private: no telemetry, no update checks, no news feed.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
};

export default config;

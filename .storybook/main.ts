import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The stand-in scheduler page the booking stories point at.
  staticDirs: [{ from: '../demo', to: '/demo' }],
};
export default config;

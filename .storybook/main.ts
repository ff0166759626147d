// Storybook for developers: one stories file per widget plus the docs pages in stories/docs.
// It builds with the repo's vite.config.ts plugins (Storybook ignores that file's build block).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories load the example dataset as `src="/data/desa-sukamaju-2025.json"`.
  staticDirs: [{ from: '../test/fixtures', to: '/data' }],
  core: { disableTelemetry: true },
};

export default config;

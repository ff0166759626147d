// Config for the dev server behind `npm start` (the demo page) and for Storybook, which applies
// this file's plugins but ignores its `build` block. The library and one-script builds are
// configured in scripts/build.ts, so this file stays what a dev server needs.
import { defineConfig } from 'vite';

export default defineConfig({
  // There is no public/ folder; the demo reads its data from test/fixtures.
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
});

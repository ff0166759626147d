// Config for the dev server behind `npm start` (the demo page) and for Storybook, which applies
// this file's plugins but ignores its `build` block. The library and one-script builds are
// configured in scripts/build.ts, so this file stays what a dev server needs.
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain .mjs module without types, shared with the tests and the bench.
import { handleNodeRequest } from './test/server/form-receiver.mjs';

/**
 * A local receiver for the demo page's participation form at /__demo__/form/receive, so a
 * reader can send, go offline and see the queue deliver — nothing leaves this machine.
 */
function demoFormReceiver(): Plugin {
  return {
    name: 'kpm-demo-form-receiver',
    configureServer(server) {
      server.middlewares.use('/__demo__/form/', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        void handleNodeRequest(req, res, url.pathname.replace(/^\//, ''), url);
      });
    },
  };
}

export default defineConfig({
  // There is no public/ folder; the demo reads its data from test/fixtures.
  publicDir: false,
  plugins: [demoFormReceiver()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
});

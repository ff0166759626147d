import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testRoutes } from './test/server/routes.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { cdpCommands } from './test/server/cdp-commands.mjs';
import { emulateMediaCommand } from './test/server/emulate-media.mjs';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser'] },
  // Without the tsconfig the plugin compiles decorators as TC39 ones (TOOLCHAIN.md).
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    cdpCommands(),
    emulateMediaCommand(),
  ],
  middleware: [testRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: executablePath ?? undefined, headless: true, args: CHROME_ARGS },
    }),
  ],
  // One page at a time: a page in a background tab gets no animation frames, and real mouse
  // input waits for one, so side-by-side pages made gesture tests time out.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [
    process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(),
    ...(process.env.CI ? [defaultReporter()] : []),
    countReporter(process.env.KPM_TEST_COUNTS),
  ],
};

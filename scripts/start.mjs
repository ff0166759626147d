// `npm start`: the demo page (index.html) on Vite's dev server. Vite runs as a child started
// by path, not through npx, so stopping this process stops the server too (TOOLCHAIN.md).
// PORT and HOST override 5173 and 127.0.0.1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '5173';
const host = process.env.HOST ?? '127.0.0.1';

const vite = spawn(
  process.execPath,
  [fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url)), '--host', host, '--port', port, '--strictPort'],
  { cwd: root, stdio: 'inherit' },
);
console.log(`kpm-widgets demo: http://${host}:${port}/  (Ctrl+C stops it)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => vite.kill(signal));
}
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

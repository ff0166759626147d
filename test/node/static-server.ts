// A real local HTTP server for the Node-side browser tests: repository files under the given
// folders, extra pages made on request, and headers (a CSP, say) on every response.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ROOT } from '../../scripts/build.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServerOptions {
  /** Path prefixes served from the repository, e.g. `/dist/`. Anything else is a 404. */
  folders: string[];
  /** Path → HTML made when asked (a page holding a snippet under test). */
  pages?: Record<string, () => string>;
  headers?: Record<string, string>;
}

export function serveRepository(options: StaticServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const page = options.pages?.[path];
    if (page) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      res.end(page());
      return;
    }
    const file = join(ROOT, path);
    if (!options.folders.some((f) => path.startsWith(f)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

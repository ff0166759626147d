// A real HTTP surface for the browser tests, mounted on the test runner's own server:
// data loads, failures and form submissions go over the wire, never through a stubbed fetch.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
import { formReceiver } from './form-receiver.mjs';

const received = [];
const flakySeen = new Set();
const FIXTURES = resolve('test/fixtures');

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Koa middleware for @web/test-runner. Every route lives under /__test__/. */
export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);
  ctx.set('Cache-Control', 'no-store');
  if (route.startsWith('form/')) return formReceiver(ctx, route.slice('form/'.length), url);

  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length)) || 500;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (route === 'slow') {
    await delay(Number(url.searchParams.get('ms') ?? 1000));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
    return;
  }
  if (route === 'slow-file') {
    // A fixture served late, to see loading states; only files under test/fixtures.
    const file = resolve(FIXTURES, url.searchParams.get('path') ?? '');
    if (!file.startsWith(FIXTURES + sep)) {
      ctx.status = 403;
      return;
    }
    await delay(Number(url.searchParams.get('ms') ?? 1000));
    ctx.type = 'application/json';
    ctx.body = await readFile(file, 'utf8');
    return;
  }
  if (route === 'file') {
    // A fixture's bytes as they are: the dev server reads static text files as UTF-8 for its
    // transforms, which would turn a windows-1252 or UTF-16 file into replacement characters.
    const file = resolve(FIXTURES, url.searchParams.get('path') ?? '');
    if (!file.startsWith(FIXTURES + sep)) {
      ctx.status = 403;
      return;
    }
    ctx.type = url.searchParams.get('type') ?? 'text/csv';
    const modified = url.searchParams.get('modified');
    if (modified) ctx.set('Last-Modified', new Date(modified).toUTCString());
    ctx.body = await readFile(file);
    return;
  }
  if (route === 'trickle') {
    // A body (or a fixture at `path`) sent in `parts` pieces `gap` ms apart, as over a weak rural line; with `stall`, the
    // server goes quiet for `stall` ms after the first piece (a connection that hangs mid-way).
    const path = url.searchParams.get('path');
    const file = path ? resolve(FIXTURES, path) : '';
    if (path && !file.startsWith(FIXTURES + sep)) {
      ctx.status = 403;
      return;
    }
    const body = path ? await readFile(file, 'utf8') : (url.searchParams.get('body') ?? '{"ok":true}');
    const parts = Math.max(1, Number(url.searchParams.get('parts') ?? 5));
    const gap = Number(url.searchParams.get('gap') ?? 100);
    const stall = Number(url.searchParams.get('stall') ?? 0);
    const size = Math.ceil(body.length / parts);
    const stream = new PassThrough();
    ctx.compress = false; // compression would hold the pieces back until the end
    ctx.type = 'application/json';
    ctx.body = stream;
    void (async () => {
      for (let i = 0; i < parts; i++) {
        if (stream.destroyed) return;
        stream.write(body.slice(i * size, (i + 1) * size));
        await delay(i === 0 && stall ? stall : gap);
      }
      stream.end();
    })();
    return;
  }
  if (route === 'flaky') {
    // The first request for a `key` gets no answer for `ms` (the phone lost its signal: the
    // client's time limit ends it); later ones get the fixture at `path`. Not a dropped socket:
    // Chromium quietly retries a request whose reused connection was reset.
    const key = url.searchParams.get('key') ?? '';
    if (!flakySeen.has(key)) {
      flakySeen.add(key);
      await delay(Number(url.searchParams.get('ms') ?? 3000));
      ctx.status = 204;
      return;
    }
    const file = resolve(FIXTURES, url.searchParams.get('path') ?? '');
    if (!file.startsWith(FIXTURES + sep)) {
      ctx.status = 403;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(file, 'utf8');
    return;
  }
  if (route === 'never') {
    // Holds the connection until the client gives up (bounded so the server can close).
    await delay(Number(url.searchParams.get('ms') ?? 30000));
    ctx.status = 204;
    return;
  }
  if (route === 'text') {
    ctx.type = url.searchParams.get('type') ?? 'application/json';
    ctx.body = url.searchParams.get('body') ?? '';
    return;
  }
  if (route === 'big') {
    const bytes = Number(url.searchParams.get('bytes') ?? 11 * 1024 * 1024);
    ctx.type = 'application/json';
    ctx.body = '[' + '0,'.repeat(Math.max(0, Math.floor(bytes / 2) - 1)) + '0]';
    return;
  }
  if (route === 'submit') {
    if (ctx.method === 'POST') {
      let raw = '';
      for await (const chunk of ctx.req) raw += chunk;
      received.push({ headers: ctx.headers, body: raw });
      const fail = url.searchParams.get('status');
      ctx.status = fail ? Number(fail) : 201;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ id: `srv-${received.length}` });
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(received);
    return;
  }
  if (route === 'reset') {
    received.length = 0;
    ctx.status = 204;
    return;
  }
  ctx.status = 404;
}

// A participation-form receiver for the browser tests and the reliability bench: it stores
// submissions deduplicated by idempotency key, and a control route switches it between up,
// 500, 422, slow and down (the socket is destroyed, so the browser sees a network error).
// State lives in named buckets (`?bucket=`), so test files running side by side never share.

const buckets = new Map();

function bucketOf(url) {
  const name = url.searchParams.get('bucket') ?? 'default';
  let b = buckets.get(name);
  if (!b) {
    b = { mode: 'up', ms: 0, message: null, stored: new Map(), attempts: [] };
    buckets.set(name, b);
  }
  return b;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A small multipart/form-data reader: parts as { name, filename, type, data: Buffer }. */
export function parseMultipart(body, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!m) return [];
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts = [];
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.slice(start, start + 2).toString() === '--') break;
    const next = body.indexOf(boundary, start);
    if (next === -1) break;
    const part = body.slice(start + 2, next - 2); // skip CRLF after boundary and before the next
    const headEnd = part.indexOf('\r\n\r\n');
    const head = part.slice(0, headEnd).toString('utf8');
    const data = part.slice(headEnd + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
    parts.push({ name, filename, type, data });
    pos = next;
  }
  return parts;
}

function decode(ctx, raw) {
  const type = ctx.get('content-type');
  if (/multipart\/form-data/i.test(type)) {
    const parts = parseMultipart(raw, type);
    const field = (n) => parts.find((p) => p.name === n && p.filename === undefined)?.data.toString('utf8');
    const payload = JSON.parse(field('payload') ?? 'null');
    const files = parts
      .filter((p) => p.filename !== undefined)
      .map((p) => ({ name: p.name, filename: p.filename, type: p.type, size: p.data.length, base64: p.data.toString('base64') }));
    return { encoding: 'multipart', payload, clientIdField: field('clientId'), files };
  }
  return { encoding: 'json', payload: JSON.parse(raw.toString('utf8')), files: [] };
}

export async function formReceiver(ctx, route, url) {
  const b = bucketOf(url);
  if (route === 'control') {
    b.mode = url.searchParams.get('mode') ?? b.mode;
    b.ms = Number(url.searchParams.get('ms') ?? 0);
    b.message = url.searchParams.get('message');
    ctx.status = 204;
    return;
  }
  if (route === 'reset') {
    buckets.delete(url.searchParams.get('bucket') ?? 'default');
    ctx.status = 204;
    return;
  }
  if (route === 'list') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ mode: b.mode, stored: [...b.stored.values()], attempts: b.attempts });
    return;
  }
  if (route !== 'receive') {
    ctx.status = 404;
    return;
  }
  ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    ctx.status = 204;
    return;
  }
  const raw = await readBody(ctx.req);
  const key = ctx.get('idempotency-key') || null;
  b.attempts.push({ mode: b.mode, key, at: Date.now() });
  if (b.mode === 'down') {
    // Refuse like a dead server: no HTTP answer at all.
    ctx.status = 204;
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (b.mode === 'slow') await delay(b.ms || 5000);
  if (b.mode === '500') {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Internal Server Error';
    return;
  }
  let decoded;
  try {
    decoded = decode(ctx, raw);
  } catch {
    ctx.status = 400;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ message: 'Kiriman tidak terbaca.' });
    return;
  }
  if (b.mode === '422') {
    ctx.status = 422;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ message: b.message ?? 'Judul sudah pernah dikirim.' });
    return;
  }
  const clientId = decoded.payload?.clientId ?? decoded.clientIdField;
  const idem = key ?? clientId;
  b.attempts.at(-1).key = idem;
  const existing = b.stored.get(idem);
  ctx.type = 'application/json';
  if (existing) {
    existing.repeats += 1;
    ctx.status = 200;
    ctx.body = JSON.stringify({ ticket: existing.ticket, duplicate: true });
    return;
  }
  const ticket = `USL-${String(b.stored.size + 1).padStart(4, '0')}`;
  b.stored.set(idem, { ticket, key: idem, headerKey: key, repeats: 0, ...decoded });
  ctx.status = 201;
  ctx.body = JSON.stringify({ ticket });
}

/**
 * The receiver behind a plain Node `http` server (the demo's dev server, the reliability
 * bench): just enough of Koa's ctx for `formReceiver`. `route` is the part after the prefix.
 */
export async function handleNodeRequest(req, res, route, url) {
  const headers = {};
  const ctx = {
    method: req.method,
    req,
    status: 404,
    type: '',
    body: '',
    respond: true,
    get: (name) => String(req.headers[name.toLowerCase()] ?? ''),
    set: (name, value) => void (headers[name] = value),
  };
  await formReceiver(ctx, route, url);
  if (!ctx.respond) return;
  if (ctx.type) headers['Content-Type'] = ctx.type;
  res.writeHead(ctx.status, headers).end(ctx.body);
}

import { expect } from '@open-wc/testing';
import { fetchJson } from '../../src/core/fetch-json.js';
import { parseJson } from '../../src/core/json-parse.js';

// Every case goes over real HTTP to the test server's /__test__/ routes.
describe('core/fetchJson over real HTTP', () => {
  it('loads the example dataset', async () => {
    const r = await fetchJson('/test/fixtures/desa-sukamaju-2025.json');
    expect(r.ok).to.equal(true);
    if (r.ok) expect((r.value as { desa: { nama: string } }).desa.nama).to.equal('Sukamaju');
  });
  it('reports 404 and 500 with their status', async () => {
    const r404 = await fetchJson('/__test__/status/404');
    expect(r404).to.deep.include({ ok: false });
    if (!r404.ok) expect(r404.error).to.deep.include({ kind: 'http', status: 404 });
    const r500 = await fetchJson('/__test__/status/500');
    if (!r500.ok) expect(r500.error).to.deep.include({ kind: 'http', status: 500 });
    else expect.fail('500 should fail');
  });
  it('gives up after the time limit with a timeout, not a network error', async () => {
    const r = await fetchJson('/__test__/never?ms=3000', { timeoutMs: 300 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'timeout', timeoutMs: 300 });
  });
  it('keeps loading a slow download that keeps arriving: the time limit is for silence, not for the whole file', async () => {
    // 8 pieces 150 ms apart: 1.05 s in all, over a 400 ms limit, but never 400 ms without a byte.
    const body = JSON.stringify({ desa: { nama: 'Sukamaju' }, isi: 'x'.repeat(2000) });
    const r = await fetchJson(`/__test__/trickle?parts=8&gap=150&body=${encodeURIComponent(body)}`, { timeoutMs: 400 });
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    if (r.ok) expect((r.value as { isi: string }).isi.length).to.equal(2000);
  });
  it('gives up when a download stops half-way for longer than the limit', async () => {
    const r = await fetchJson('/__test__/trickle?parts=3&gap=50&stall=2000', { timeoutMs: 300 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'timeout', timeoutMs: 300 });
  });
  it('gives up on a download that never ends, however steadily it drips', async () => {
    const r = await fetchJson('/__test__/trickle?parts=40&gap=100', { timeoutMs: 300, totalMs: 1000 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'too_slow', totalMs: 1000 });
  });
  it('refuses a body over the size limit', async () => {
    const r = await fetchJson('/__test__/big?bytes=200000', { maxBytes: 100000 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'too_large', maxBytes: 100000 });
  });
  it('accepts a body just under the size limit', async () => {
    const r = await fetchJson('/__test__/big?bytes=90000', { maxBytes: 100000 });
    expect(r.ok).to.equal(true);
  });
  it('reports malformed JSON with line and column', async () => {
    const body = encodeURIComponent('{\n  "a": 1,\n  "b": }\n');
    const r = await fetchJson(`/__test__/text?body=${body}`);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'json', line: 3, column: 8 });
  });
  it('reports an HTML page served instead of JSON as malformed JSON', async () => {
    const r = await fetchJson(`/__test__/text?type=text/html&body=${encodeURIComponent('<!doctype html><p>Not found</p>')}`);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.kind).to.equal('json');
  });
  it('reports an unreachable host as a network error', async () => {
    const r = await fetchJson('http://127.0.0.1:9/nothing.json', { timeoutMs: 5000 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.kind).to.equal('network');
  });
  it('stops when the caller aborts', async () => {
    const ac = new AbortController();
    const p = fetchJson('/__test__/never?ms=3000', { signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    const r = await p;
    if (!r.ok) expect(r.error.kind).to.equal('aborted');
    else expect.fail('should abort');
  });
});

describe('core/parseJson', () => {
  it('locates a truncated document at its end', () => {
    const r = parseJson('{"a": [1, 2', { inline: true });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'json', inline: true, line: 1 });
  });
  it('parses valid text', () => {
    expect(parseJson('[1]', {})).to.deep.equal({ ok: true, value: [1] });
  });
});

describe('core/findJsonErrorOffset', () => {
  it('points at the first character that breaks the syntax', async () => {
    const { findJsonErrorOffset } = await import('../../src/core/json-parse.js');
    expect(findJsonErrorOffset('{"a": }')).to.equal(6);
    expect(findJsonErrorOffset('[1, 2,]')).to.equal(6);
    expect(findJsonErrorOffset('{"a": 1 "b": 2}')).to.equal(8);
    expect(findJsonErrorOffset("{'a': 1}")).to.equal(1);
    expect(findJsonErrorOffset('{"a": tru}')).to.equal(9);
    expect(findJsonErrorOffset('{"a": 01}')).to.equal(7);
    expect(findJsonErrorOffset('[1] x')).to.equal(4);
    expect(findJsonErrorOffset('"abc')).to.equal(4);
    expect(findJsonErrorOffset('')).to.equal(0);
  });
});

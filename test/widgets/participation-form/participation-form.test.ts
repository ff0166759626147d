// Every test that mounts a form lives in this one file: forms on a page share the device's
// outbox (IndexedDB), so two files running side by side would flush each other's queue.
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { hostileExample, injectedElements, loadExample, XSS } from '../../helpers/dataset.js';
import {
  $, button, choosePhotos, cleanDevice, control, fillValid, mount, newBucket, norm, received, receiveUrl, root, setLang, submit, tick, type,
} from './helpers.js';
import { exifApp1WithGps, hasExifApp1, hasGpsLatitude, jpegWithGps } from './jpeg-exif.js';

const smallPhotos = async (n: number) =>
  Promise.all(Array.from({ length: n }, async (_, i) => new File([await jpegWithGps(40, 30)], `f${i}.jpg`, { type: 'image/jpeg' })));
const draftKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('kpm-usulan-draft:'));
const receipt = (el: Element) => norm($(el, '.receipt')?.textContent);
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

describe('<kpm-participation-form> form', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('renders every field with a visible label, fieldsets with legends, and no NIK/KK', async () => {
    const el = await mount({ 'privacy-href': 'https://desa.example/privasi', 'privacy-version': '2025-01' }, await loadExample());
    const r = root(el);
    for (const id of ['judul', 'deskripsi', 'kategori', 'dusunId', 'rt', 'rw', 'lokasiDeskripsi', 'perkiraanJiwa', 'nama', 'telepon', 'email', 'simpanData', 'publikasiIsi', 'publikasiNama', 'bolehDihubungi', 'anonim', 'foto']) {
      const label = r.querySelector(`label[for=${id}]`);
      expect(norm(label?.textContent), id).not.to.equal('');
    }
    const legends = [...r.querySelectorAll('legend')].map((l) => norm(l.textContent));
    expect(legends).to.include.members(['Jenis kiriman (wajib)', 'Isi kiriman', 'Lokasi', 'Pengusul', 'Persetujuan']);
    expect([...r.querySelectorAll('#dusunId option')].map((o) => norm(o.textContent))).to.deep.equal(['Pilih…', 'Krajan', 'Sidomulyo', 'Ngasem', 'Kedungwaru']);
    expect(r.querySelector<HTMLAnchorElement>('[part=consent] a')!.href).to.equal('https://desa.example/privasi');
    expect(norm(r.querySelector('[part=consent]')!.textContent)).to.contain('Versi kebijakan privasi: 2025-01');
    expect($<HTMLInputElement>(el, '#telepon')!.autocomplete).to.equal('tel');
    expect($<HTMLInputElement>(el, '#email')!.autocomplete).to.equal('email');
    const names = [...r.querySelectorAll('input, select, textarea')].map((i) => `${i.id} ${i.getAttribute('name')}`).join(' ');
    expect(/nik|\bkk\b|nomor ?kk/i.test(names)).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fits 320 px without sideways scrolling, with 44 px targets', async () => {
    const el = await mount({}, await loadExample());
    el.parentElement!.style.width = '320px';
    await el.updateComplete;
    const form = $(el, 'form')!;
    expect(form.scrollWidth).to.be.at.most(320);
    for (const b of root(el).querySelectorAll<HTMLElement>('button, input[type=text], select, textarea')) {
      expect(b.getBoundingClientRect().height, b.id || b.textContent!).to.be.at.least(44);
    }
    for (const c of root(el).querySelectorAll<HTMLElement>('.choice')) {
      expect(c.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('works without a dataset (no dusun list) and drops a javascript: privacy link', async () => {
    const el = await mount({ 'privacy-href': 'javascript:alert(1)' });
    expect(Boolean($(el, '#dusunId'))).to.equal(false);
    expect(Boolean($(el, '[part=consent] a'))).to.equal(false);
    expect(Boolean($(el, '#judul'))).to.equal(true);
  });

  it('renders hostile dusun names as text', async () => {
    const el = await mount({}, await hostileExample());
    expect(injectedElements(el)).to.deep.equal([]);
    expect(norm($(el, '#dusunId option:nth-child(2)')!.textContent)).to.contain(XSS);
  });

  it('counts characters and says when a field is too long', async () => {
    const el = await mount();
    await type(el, 'judul', 'Jalan');
    expect(norm($(el, '#judul-count')!.textContent)).to.equal('5 dari 120 karakter');
    expect($(el, '#judul')!.getAttribute('aria-describedby')).to.equal('judul-hint judul-count');
    await type(el, 'judul', 'x'.repeat(125));
    expect(norm($(el, '#judul-count')!.textContent)).to.equal('5 karakter terlalu panjang');
    await type(el, 'deskripsi', 'ü'.repeat(10));
    expect(norm($(el, '#deskripsi-count')!.textContent)).to.equal('10 dari 2000 karakter');
  });

  it('shows an error summary with links that focus the fields, and inline messages tied by aria-describedby', async () => {
    const el = await mount({ 'require-dusun': '' }, await loadExample());
    await type(el, 'email', 'bukan-email');
    await submit(el);
    const summary = $(el, '#error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    expect(norm(summary.querySelector('h3')!.textContent)).to.equal('Ada 6 isian yang perlu diperbaiki');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#jenis-usulan_kegiatan', '#judul', '#deskripsi', '#dusunId', '#email', '#simpanData']);
    const judul = $<HTMLInputElement>(el, '#judul')!;
    expect(judul.getAttribute('aria-invalid')).to.equal('true');
    expect(judul.getAttribute('aria-describedby')).to.equal('judul-hint judul-count judul-error');
    expect(norm($(el, '#judul-error')!.textContent)).to.equal('⚠ Tulis judul, paling banyak 120 karakter.');
    expect(norm($(el, '#simpanData-error')!.textContent)).to.contain('Centang persetujuan penyimpanan data');
    links[1]!.click();
    expect(root(el).activeElement).to.equal(judul);
    await expect(el).shadowDom.to.be.accessible();
    // Fixing an answer clears its message at once.
    await type(el, 'judul', 'Jalan rusak');
    expect(Boolean($(el, '#judul-error'))).to.equal(false);
    expect(links.length - 1).to.equal(root(el).querySelectorAll('#error-summary a').length);
  });

  it('"Perkiraan jumlah orang" reads Indonesian thousands dots (1.000 is a thousand) and refuses decimals', async () => {
    const el = await mount();
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    await fillValid(el);
    await type(el, 'perkiraanJiwa', '12.5');
    await submit(el);
    expect(norm($(el, '#perkiraanJiwa-error')!.textContent)).to.equal('⚠ Tulis angka bulat, mis. 40 atau 1.000.');
    await type(el, 'perkiraanJiwa', '1.000');
    expect(Boolean($(el, '#perkiraanJiwa-error'))).to.equal(false);
    const ev = oneEvent(el, 'kpm-submit');
    await submit(el);
    expect((await ev).detail.payload.penerimaManfaat.perkiraanJiwa).to.equal(1000);
    // What the reader typed stays as typed.
    expect($<HTMLInputElement>(el, '#perkiraanJiwa')!.value).to.equal('1.000');
  });

  it('speaks English', async () => {
    const el = await mount({ lang: 'en' });
    expect(norm($(el, 'h2')!.textContent)).to.equal('Send a proposal, aspiration or complaint');
    await submit(el);
    expect(norm($(el, '#error-summary h3')!.textContent)).to.equal('4 answers need fixing');
    expect(norm($(el, 'label[for=anonim]')!.textContent)).to.equal('Send without a name');
  });

  it('keeps the draft as the reader types and restores it after a reload', async () => {
    const el = await mount({ 'draft-key': 'restore' }, await loadExample());
    await fillValid(el, 'Posyandu butuh timbangan');
    await type(el, 'dusunId', 'dsn-ngasem');
    await tick(el, 'kelompok-lansia');
    await type(el, 'nama', 'Siti Aminah');
    el.remove();
    const again = await mount({ 'draft-key': 'restore' }, await loadExample());
    expect($<HTMLInputElement>(again, '#judul')!.value).to.equal('Posyandu butuh timbangan');
    expect($<HTMLSelectElement>(again, '#dusunId')!.value).to.equal('dsn-ngasem');
    expect($<HTMLInputElement>(again, '#kelompok-lansia')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#jenis-usulan_kegiatan')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#nama')!.value).to.equal('Siti Aminah');
    expect(norm($(again, '[part=notice]')!.textContent)).to.equal('Isian yang belum terkirim dipulihkan.');
    // A draft under another key is a different form.
    const other = await mount({ 'draft-key': 'lain' });
    expect($<HTMLInputElement>(other, '#judul')!.value).to.equal('');
  });

  it('"kirim tanpa nama" hides the name, disables publishing it, and sends no name', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    await type(el, 'nama', 'Budi');
    await tick(el, 'publikasiNama');
    await tick(el, 'anonim');
    expect(Boolean($(el, '#nama'))).to.equal(false);
    expect($<HTMLInputElement>(el, '#publikasiNama')!.disabled).to.equal(true);
    expect(norm($(el, '#anonim-hint')!.textContent)).to.contain('Nama Anda tidak dikirim sama sekali');
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const { stored } = await received(bucket);
    expect(stored[0]!.payload.pengusul).to.deep.equal({ jenis: 'perorangan', tampilkanNama: false });
    expect(stored[0]!.payload.persetujuan.publikasiNama).to.equal(false);
  });

  it('sends JSON with the Idempotency-Key header and shows the server ticket; the draft is cleared', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket), 'privacy-version': '2025-01' }, await loadExample());
    await fillValid(el);
    await type(el, 'kategori', 'pertanian');
    await type(el, 'telepon', '081234567890');
    expect(draftKeys().length).to.equal(1);
    const sent = oneEvent(el, 'kpm-sent');
    await submit(el);
    const ev = await sent;
    await el.updateComplete;
    expect(receipt(el)).to.contain('Nomor tiket: USL-0001');
    expect(ev.detail.ticket).to.equal('USL-0001');
    expect(root(el).activeElement?.id).to.equal('receipt-title');
    const { stored } = await received(bucket);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.encoding).to.equal('json');
    expect(stored[0]!.headerKey).to.equal(ev.detail.clientId);
    expect(stored[0]!.payload.clientId).to.equal(ev.detail.clientId);
    expect(stored[0]!.payload.bidang).to.equal(4);
    expect(stored[0]!.payload.kontakPribadi).to.deep.equal({ telepon: '081234567890' });
    expect(stored[0]!.payload.persetujuan.versiKebijakan).to.equal('2025-01');
    expect(stored[0]!.payload.persetujuan.tanggal).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(draftKeys()).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
    // A new submission starts empty, with a new idempotency key.
    $<HTMLButtonElement>(el, '.receipt button:last-of-type')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('');
  });

  it('gives a submission with a photo the time its upload takes on a weak line, instead of queueing it', async () => {
    // A noisy 600×450 picture stays large as a JPEG: tens of kB, seconds at 8 kB/s.
    const canvas = Object.assign(document.createElement('canvas'), { width: 600, height: 450 });
    const ctx = canvas.getContext('2d')!;
    const pixels = ctx.createImageData(600, 450);
    for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 7919 + (i >> 3) * 104729) % 256;
    ctx.putImageData(pixels, 0, 0);
    const jpeg = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.95));
    const bucket = newBucket();
    // The receiver answers after 1.5 s: past the 500 ms send-timeout, within 500 ms plus the photo's upload time.
    await control(bucket, 'slow', '&ms=1500');
    const el = await mount({ endpoint: receiveUrl(bucket), 'send-timeout': '500' });
    await fillValid(el);
    await choosePhotos(el, [new File([jpeg], 'jalan.jpg', { type: 'image/jpeg' })], 1);
    const sent = await (await fetch(root(el).querySelector<HTMLImageElement>('[part=photos] img')!.src)).blob();
    expect(sent.size, 'the photo as it will be sent').to.be.greaterThan(12_000);
    await submit(el);
    await waitUntil(() => $(el, '.receipt') || $(el, '#queued-title'), 'no outcome', { timeout: 10_000 });
    expect(Boolean($(el, '#queued-title')), 'queued instead of sent').to.equal(false);
    const { stored } = await received(bucket);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.files.length).to.equal(1);
  });

  it('asks before the page is left while a submission is being sent, and not otherwise', async () => {
    const leaving = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const bucket = newBucket();
    await control(bucket, 'slow', '&ms=1500');
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    expect(leaving(), 'while writing').to.equal(false);
    await submit(el);
    await waitUntil(() => $(el, 'button[type=submit][aria-disabled=true]'), 'not sending');
    expect(leaving(), 'while sending').to.equal(true);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    expect(leaving(), 'after the receipt').to.equal(false);
  });

  it('encoding="form" sends multipart/form-data with no custom header', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket), encoding: 'form' });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const { stored } = await received(bucket);
    expect(stored[0]!.encoding).to.equal('multipart');
    expect(stored[0]!.headerKey).to.equal(null);
    expect(stored[0]!.clientIdField).to.equal(stored[0]!.payload.clientId);
    expect(stored[0]!.payload.judul).to.equal('Lampu jalan di tikungan RT 03');
  });

  it('a 422 shows the server message and keeps the draft', async () => {
    const bucket = newBucket();
    await control(bucket, '422', `&message=${encodeURIComponent('Judul serupa sudah ada: USL-0007.')}`);
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '#submit-notice'), 'no notice', { timeout: 8000 });
    expect(norm($(el, '#submit-notice h3')!.textContent)).to.equal('Kiriman belum bisa diterima');
    expect(norm($(el, '#submit-notice p')!.textContent)).to.equal('Judul serupa sudah ada: USL-0007.');
    expect(root(el).activeElement?.id).to.equal('submit-notice');
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('Lampu jalan di tikungan RT 03');
    expect(draftKeys().length).to.equal(1);
    expect((await received(bucket)).stored).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('a plain-text refusal (a proxy\'s stock English) shows the form\'s own words first, the server\'s as a detail', async () => {
    // The test server answers /__test__/status/N with status N and the plain text "status N".
    const el = await mount({ endpoint: '/__test__/status/413' });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '#submit-notice'), 'no notice', { timeout: 8000 });
    const texts = () => [...root(el).querySelectorAll('#submit-notice h3, #submit-notice p')].map((p) => norm(p.textContent));
    expect(texts()).to.deep.equal([
      'Kiriman belum bisa diterima',
      'Kiriman terlalu besar untuk penerima. Hapus atau perkecil foto, lalu kirim lagi.',
      'Pesan asli penerima: status 413',
    ]);
    expect(root(el).activeElement?.id).to.equal('submit-notice');
    await expect(el).shadowDom.to.be.accessible();
    await setLang(el, 'en');
    expect(texts()[1]).to.equal('The submission is too big for the receiver. Remove photos or make them smaller, then send again.');
    expect(texts()[2]).to.equal('The receiver’s own words: status 413');
    el.remove();

    const other = await mount({ endpoint: '/__test__/status/409' });
    await fillValid(other);
    await submit(other);
    await waitUntil(() => $(other, '#submit-notice'), 'no notice', { timeout: 8000 });
    expect([...root(other).querySelectorAll('#submit-notice p')].map((p) => norm(p.textContent))).to.deep.equal([
      'Penerima menolak kiriman (kode 409). Isian Anda tetap tersimpan; periksa lalu kirim lagi.',
      'Pesan asli penerima: status 409',
    ]);
  });

  it('a 500 queues the submission; the retry after `online` succeeds with the same key and is stored once', async () => {
    const bucket = newBucket();
    await control(bucket, '500');
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    const queued = oneEvent(el, 'kpm-queued');
    await submit(el);
    const { detail } = await queued;
    await el.updateComplete;
    expect(norm($(el, '#queued-title')!.textContent)).to.equal('Tersimpan di perangkat ini, akan dikirim otomatis saat online');
    await waitUntil(() => $(el, '[part=queue]'), 'queue state not shown', { timeout: 8000 });
    expect(norm($(el, '[part=queue]')!.textContent)).to.contain('1 kiriman menunggu dikirim dari perangkat ini.');
    expect(draftKeys().length).to.equal(1);
    await expect(el).shadowDom.to.be.accessible();
    const live = $(el, '[part=live]');
    await control(bucket, 'up');
    const sent = oneEvent(el, 'kpm-sent');
    window.dispatchEvent(new Event('online'));
    expect((await sent).detail.ticket).to.equal('USL-0001');
    await el.updateComplete;
    expect(receipt(el)).to.contain('USL-0001');
    // The same live region as on the queued screen, so screen readers announce what it says now.
    expect($(el, '[part=live]') === live, 'the live region was drawn anew').to.equal(true);
    expect(norm(live!.textContent)).to.contain('USL-0001');
    const { stored, attempts } = await received(bucket);
    expect(stored.length).to.equal(1);
    expect(attempts.map((a) => [a.mode, a.key])).to.deep.equal([['500', detail.clientId], ['up', detail.clientId]]);
    expect(draftKeys()).to.deep.equal([]);
  });

  it('a repeated attempt after a lost answer is not stored twice', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const first = (await received(bucket)).stored[0]!;
    // The same request again, as a retry whose first answer never arrived would send it.
    const res = await fetch(receiveUrl(bucket), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': first.key },
      body: JSON.stringify(first.payload),
    });
    expect(res.status).to.equal(200);
    expect((await res.json()).ticket).to.equal(first.ticket);
    const { stored } = await received(bucket);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.repeats).to.equal(1);
  });

  it('server unreachable, then reachable: the queued submission arrives after a reload', async () => {
    const bucket = newBucket();
    await control(bucket, 'down');
    const el = await mount({ endpoint: receiveUrl(bucket), 'draft-key': 'reload' });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '#queued-title'), 'not queued', { timeout: 8000 });
    el.remove();
    expect((await received(bucket)).stored).to.deep.equal([]);
    // Reopened with the server still down: the queued state shows again.
    const still = await mount({ endpoint: receiveUrl(bucket), 'draft-key': 'reload' });
    await waitUntil(() => $(still, '#queued-title'), 'queued state not restored', { timeout: 8000 });
    still.remove();
    await control(bucket, 'up');
    const next = await mount({ endpoint: receiveUrl(bucket), 'draft-key': 'reload' });
    await waitUntil(() => $(next, '.receipt'), 'queued submission not sent on load', { timeout: 8000 });
    expect(receipt(next)).to.contain('USL-0001');
    // Arriving during the page load, it does not pull the focus (and the page) to the form.
    expect(root(next).activeElement?.id ?? null).to.equal(null);
    const { stored } = await received(bucket);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.payload.judul).to.equal('Lampu jalan di tikungan RT 03');
  });

  it('a queued submission does not lock the form: "Buat kiriman baru" starts another while the first waits and is sent', async () => {
    const bucket = newBucket();
    await control(bucket, '500');
    const attrs = { endpoint: receiveUrl(bucket), 'draft-key': 'queued-new' };
    const el = await mount(attrs);
    await fillValid(el, 'Usulan pertama');
    const queued = oneEvent(el, 'kpm-queued');
    await submit(el);
    const first = (await queued).detail.clientId as string;
    await waitUntil(() => $(el, '[part=queue]'), 'queue state not shown', { timeout: 8000 });
    expect([...root(el).querySelectorAll('button')].map((b) => norm(b.textContent))).to.deep.equal(['Coba kirim sekarang', 'Buat kiriman baru']);
    await expect(el).shadowDom.to.be.accessible();
    button(el, 'Buat kiriman baru').click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('jenis-usulan_kegiatan');
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('');
    expect(norm($(el, '[part=queue]')!.textContent)).to.contain('1 kiriman menunggu dikirim dari perangkat ini.');
    el.remove();

    // A reload opens the blank form under the queue line, not the queued screen.
    const again = await mount(attrs);
    await waitUntil(() => $(again, '[part=queue]'), 'queue line not shown after a reload', { timeout: 8000 });
    expect($(again, '#queued-title')).to.equal(null);
    expect($<HTMLInputElement>(again, '#judul')!.value).to.equal('');
    await expect(again).shadowDom.to.be.accessible();

    // The waiting one arrives while the reader writes: said on the form, focus left alone.
    await control(bucket, 'up');
    await fillValid(again, 'Usulan kedua');
    const judul = $<HTMLInputElement>(again, '#judul')!;
    judul.focus();
    const firstSent = new Promise<CustomEvent>((resolve) =>
      again.addEventListener('kpm-sent', (e) => (e as CustomEvent).detail.clientId === first && resolve(e as CustomEvent)));
    window.dispatchEvent(new Event('online'));
    expect((await firstSent).detail.ticket).to.equal('USL-0001');
    await again.updateComplete;
    expect(norm($(again, '#submit-notice')!.textContent)).to.equal('Kiriman yang tertunda, «Usulan pertama», sudah terkirim. Nomor tiket: USL-0001.');
    expect(root(again).activeElement).to.equal(judul);
    expect(judul.value).to.equal('Usulan kedua');
    await submit(again);
    await waitUntil(() => $(again, '.receipt'), 'no receipt for the second', { timeout: 8000 });
    expect(receipt(again)).to.contain('USL-0002');
    const { stored } = await received(bucket);
    expect(stored.map((x) => x.payload.judul)).to.deep.equal(['Usulan pertama', 'Usulan kedua']);
  });

  it('a waiting submission refused while the reader writes another is named, and its text and photo can be put back (asked first) and sent again', async () => {
    const bucket = newBucket();
    await control(bucket, '500');
    const el = await mount({ endpoint: receiveUrl(bucket), 'draft-key': 'refused-restore' });
    await fillValid(el, 'Usulan pertama');
    await type(el, 'rt', '03');
    await type(el, 'perkiraanJiwa', '1.000');
    await choosePhotos(el, await smallPhotos(1), 1);
    const photo = base64(await (await fetch(root(el).querySelector<HTMLImageElement>('[part=photos] img')!.src)).arrayBuffer());
    const queued = oneEvent(el, 'kpm-queued');
    await submit(el);
    const first = (await queued).detail.clientId as string;
    await waitUntil(() => $(el, '#queued-title'), 'not queued', { timeout: 8000 });
    button(el, 'Buat kiriman baru').click();
    await el.updateComplete;
    await type(el, 'judul', 'Usulan kedua');
    const judul = $<HTMLInputElement>(el, '#judul')!;
    judul.focus();
    await control(bucket, '422', `&message=${encodeURIComponent('Judul terlalu umum.')}`);
    const rejected = oneEvent(el, 'kpm-rejected');
    window.dispatchEvent(new Event('online'));
    expect((await rejected).detail.clientId).to.equal(first);
    await el.updateComplete;
    const texts = (sel: string) => [...root(el).querySelectorAll(`${sel} h3, ${sel} p`)].map((p) => norm(p.textContent));
    expect(texts('#refused-0')).to.deep.equal([
      'Kiriman yang tertunda, «Usulan pertama», belum bisa diterima',
      'Judul terlalu umum.',
      'Isinya tidak hilang: pulihkan ke formulir untuk memperbaiki lalu mengirim lagi.',
    ]);
    expect(norm($(el, '[part=live]')!.textContent)).to.equal(
      'Kiriman yang tertunda, «Usulan pertama», belum bisa diterima Judul terlalu umum. Isinya tidak hilang: pulihkan ke formulir untuk memperbaiki lalu mengirim lagi.',
    );
    // Said without touching what the reader is writing.
    expect(root(el).activeElement).to.equal(judul);
    expect(judul.value).to.equal('Usulan kedua');
    expect(root(el).querySelectorAll('[part=photos] img').length).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();

    // The form holds other text: asked first, the question focused; "Batal" changes nothing.
    button(el, 'Pulihkan ke formulir').click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('refused-0-ask');
    expect(norm($(el, '#refused-0-ask')!.textContent)).to.equal(
      'Isian yang ada di formulir sekarang akan diganti dan hilang. Bila masih perlu, kirim dulu isian itu, lalu pulihkan «Usulan pertama». Ganti sekarang?',
    );
    expect([...root(el).querySelectorAll('#refused-0 button')].map((b) => norm(b.textContent))).to.deep.equal(['Batal', 'Ya, ganti isian']);
    el.parentElement!.style.width = '320px';
    await el.updateComplete;
    expect($(el, 'form')!.scrollWidth).to.be.at.most(320);
    for (const b of root(el).querySelectorAll<HTMLElement>('#refused-0 button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(norm(root(el).activeElement?.textContent)).to.equal('Batal');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#refused-0-ask')).to.equal(null);
    expect(root(el).activeElement?.id).to.equal('refused-0-restore');
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('Usulan kedua');

    // By keyboard: "Pulihkan", Tab past "Batal", "Ya, ganti isian". The text and the photo are
    // back, and the receiver's reason stands beside the send button, focused.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(norm(root(el).activeElement?.textContent)).to.equal('Ya, ganti isian');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#refused-0')).to.equal(null);
    expect(root(el).activeElement?.id).to.equal('submit-notice');
    expect(texts('#submit-notice')).to.deep.equal(['«Usulan pertama» sudah kembali di formulir. Perbaiki, lalu kirim lagi.', 'Judul terlalu umum.']);
    const value = (id: string) => $<HTMLInputElement>(el, `#${id}`)!.value;
    expect([value('judul'), value('deskripsi'), value('rt'), value('perkiraanJiwa')]).to.deep.equal([
      'Usulan pertama', 'Tikungan gelap dan rawan kecelakaan pada malam hari.', '03', '1000',
    ]);
    expect([$<HTMLInputElement>(el, '#jenis-usulan_kegiatan')!.checked, $<HTMLInputElement>(el, '#simpanData')!.checked]).to.deep.equal([true, true]);
    await waitUntil(() => root(el).querySelectorAll('[part=photos] img').length === 1, 'photo not put back');
    expect(base64(await (await fetch(root(el).querySelector<HTMLImageElement>('[part=photos] img')!.src)).arrayBuffer())).to.equal(photo);
    await expect(el).shadowDom.to.be.accessible();

    // Fixed and sent again: the same submission (its clientId), with its photo.
    await type(el, 'judul', 'Lampu jalan RT 03 di tikungan');
    await control(bucket, 'up');
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const { stored } = await received(bucket);
    expect(stored.map((x) => [x.key, x.payload.judul, x.payload.penerimaManfaat.perkiraanJiwa, x.payload.lokasi.rt, x.files.length])).to.deep.equal([
      [first, 'Lampu jalan RT 03 di tikungan', 1000, '03', 1],
    ]);
    expect(stored[0]!.files[0]!.base64).to.equal(photo);
  });

  it('an empty form takes a refused submission at once; one left waiting is offered again on the receipt, in English, and kept after a reload', async () => {
    const bucket = newBucket();
    await control(bucket, '500');
    const attrs = { lang: 'en', endpoint: receiveUrl(bucket), 'draft-key': 'refused-later' };
    const el = await mount(attrs);
    for (const judul of ['First proposal', 'Second proposal']) {
      await fillValid(el, judul);
      await submit(el);
      await waitUntil(() => $(el, '#queued-title'), 'not queued', { timeout: 8000 });
      button(el, 'Start a new submission').click();
      await el.updateComplete;
    }
    await control(bucket, '422', `&message=${encodeURIComponent('The title is too general.')}`);
    let refusals = 0;
    el.addEventListener('kpm-rejected', () => refusals++);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => refusals === 2, 'both not refused', { timeout: 8000 });
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[id^=refused-] h3')].map((h) => norm(h.textContent))).to.deep.equal([
      'The waiting submission “First proposal” could not be accepted',
      'The waiting submission “Second proposal” could not be accepted',
    ]);

    // Nothing typed: no question, the first is back at once.
    button(el, 'Put it back in the form').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('First proposal');
    expect(root(el).activeElement?.id).to.equal('submit-notice');
    expect(norm($(el, '#submit-notice h3')!.textContent)).to.equal('“First proposal” is back in the form. Fix it, then send it again.');

    // The second waits while the first is fixed and sent, and is offered on the receipt.
    await type(el, 'judul', 'First proposal, fixed');
    await control(bucket, 'up');
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    expect(norm($(el, '#refused-0 h3')!.textContent)).to.equal('The waiting submission “Second proposal” could not be accepted');
    expect(norm($(el, '#refused-0 p')!.textContent)).to.equal('The title is too general.');
    await expect(el).shadowDom.to.be.accessible();
    button(el, 'Put it back in the form').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#judul')!.value).to.equal('Second proposal');
    expect(root(el).activeElement?.id).to.equal('submit-notice');
    expect($(el, '[id^=refused-]')).to.equal(null);
    el.remove();

    const again = await mount(attrs);
    expect($<HTMLInputElement>(again, '#judul')!.value).to.equal('Second proposal');
  });

  it('a queued submission refused during the page load is announced, not focused', async () => {
    const bucket = newBucket();
    await control(bucket, '500');
    const attrs = { endpoint: receiveUrl(bucket), 'draft-key': 'load-refused' };
    const el = await mount(attrs);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '#queued-title'), 'not queued', { timeout: 8000 });
    el.remove();
    await control(bucket, '422', `&message=${encodeURIComponent('Judul terlalu umum.')}`);
    const outside = document.createElement('button');
    outside.textContent = 'di luar';
    document.body.append(outside);
    outside.focus();
    try {
      const again = await mount(attrs);
      await waitUntil(() => $(again, '#submit-notice h3'), 'no refusal notice', { timeout: 8000 });
      await again.updateComplete;
      expect(norm($(again, '#submit-notice p')!.textContent)).to.equal('Judul terlalu umum.');
      expect(document.activeElement === outside, 'focus left the button outside').to.equal(true);
      expect(norm($(again, '[part=live]')!.textContent)).to.equal('Kiriman belum bisa diterima Judul terlalu umum.');
      expect($<HTMLInputElement>(again, '#judul')!.value).to.equal('Lampu jalan di tikungan RT 03');
      await expect(again).shadowDom.to.be.accessible();
    } finally {
      outside.remove();
    }
  });

  it('a timeout counts as offline: the slow attempt is queued', async () => {
    const bucket = newBucket();
    await control(bucket, 'slow', '&ms=1500');
    const el = await mount({ endpoint: receiveUrl(bucket), 'send-timeout': '300' });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '#queued-title'), 'not queued after the timeout', { timeout: 8000 });
  });

  it('the honeypot drops the submission silently: a receipt, nothing sent, no kpm-submit', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket) });
    let submitted = 0;
    el.addEventListener('kpm-submit', () => submitted++);
    await fillValid(el);
    expect($(el, '#website')!.closest('[aria-hidden=true]')).to.exist;
    expect($<HTMLInputElement>(el, '#website')!.tabIndex).to.equal(-1);
    $<HTMLInputElement>(el, '#website')!.value = 'http://spam.example';
    await submit(el);
    expect(receipt(el)).to.match(/Nomor tiket: L-[0-9A-F]{4}-[0-9A-F]{4} /);
    await aTimeout(200);
    expect(submitted).to.equal(0);
    expect((await received(bucket)).attempts).to.deep.equal([]);
  });

  it('a too-fast send says "tunggu sebentar", keeps the draft, and works a moment later', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket), 'min-fill-seconds': '1' });
    await fillValid(el);
    await submit(el);
    const text = norm($(el, '[part=notice]')!.textContent);
    expect(text).to.match(/^Tunggu sebentar, lalu kirim lagi \(sekitar 1 detik\)/);
    expect(text).not.to.match(/robot|bot/i);
    expect(draftKeys().length).to.equal(1);
    expect((await received(bucket)).attempts).to.deep.equal([]);
    await aTimeout(1100);
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt after waiting', { timeout: 8000 });
    expect((await received(bucket)).stored.length).to.equal(1);
  });

  it('notices follow a change of lang: wait, draft restored, a host\'s {id, en} refusal', async () => {
    const el = await mount({ 'min-fill-seconds': '60', 'draft-key': 'lang' });
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    await fillValid(el);
    await submit(el);
    expect(norm($(el, '#submit-notice')!.textContent)).to.match(/^Tunggu sebentar, lalu kirim lagi \(sekitar \d+ detik\)/);
    await setLang(el, 'en');
    expect(norm($(el, '#submit-notice')!.textContent)).to.match(/^Just a moment, then send again \(about \d+ seconds\)/);
    el.remove();

    const again = await mount({ 'draft-key': 'lang' });
    again.addEventListener('kpm-submit', (e) => e.preventDefault());
    expect(norm($(again, '#submit-notice')!.textContent)).to.equal('Isian yang belum terkirim dipulihkan.');
    await setLang(again, 'en');
    expect(norm($(again, '#submit-notice')!.textContent)).to.equal('Your unsent submission was restored.');
    await submit(again);
    again.reportOutcome({ status: 'rejected', message: { id: 'Ditolak host.', en: 'Refused by the host.' } });
    await again.updateComplete;
    expect(norm($(again, '#submit-notice h3')!.textContent)).to.equal('The submission could not be accepted');
    expect(norm($(again, '#submit-notice p')!.textContent)).to.equal('Refused by the host.');
    await setLang(again, 'id');
    expect(norm($(again, '#submit-notice h3')!.textContent)).to.equal('Kiriman belum bisa diterima');
    expect(norm($(again, '#submit-notice p')!.textContent)).to.equal('Ditolak host.');
  });

  it('limits sends per device', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket), 'rate-limit': '1' });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    $<HTMLButtonElement>(el, '.receipt button:last-of-type')!.click();
    await el.updateComplete;
    await fillValid(el, 'Kedua');
    await submit(el);
    expect(norm($(el, '[part=notice]')!.textContent)).to.match(/^Sudah banyak kiriman dari perangkat ini\. Coba lagi sekitar 60 menit lagi\./);
    expect((await received(bucket)).stored.length).to.equal(1);
  });

  it('kpm-submit carries the validated payload; a host that cancels it reports the outcome back', async () => {
    const el = await mount();
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    await fillValid(el);
    const ev = oneEvent(el, 'kpm-submit');
    await submit(el);
    const { detail } = await ev;
    expect(detail.payload.judul).to.equal('Lampu jalan di tikungan RT 03');
    expect(detail.payload.clientId).to.equal(detail.clientId);
    expect(detail.photos).to.deep.equal([]);
    await el.updateComplete;
    // aria-disabled keeps the focus on the button while the host decides (a disabled one drops it).
    expect($<HTMLButtonElement>(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    el.reportOutcome({ status: 'rejected', message: { id: 'Ditolak host.', en: 'Refused by the host.' } });
    await el.updateComplete;
    expect(norm($(el, '#submit-notice')!.textContent)).to.contain('Ditolak host.');
    expect(draftKeys().length).to.equal(1);
    await submit(el);
    el.reportOutcome({ status: 'sent', ticket: 'HOST-7' });
    await el.updateComplete;
    expect(receipt(el)).to.contain('Nomor tiket: HOST-7');
    expect(draftKeys()).to.deep.equal([]);
  });

  it('a host that cancels kpm-submit and never reports back does not leave the button busy', async () => {
    const el = await mount({ 'send-timeout': '300' });
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    await fillValid(el);
    await submit(el);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => $(el, '#submit-notice'), 'the form kept waiting for the host', { timeout: 3000 });
    expect(norm($(el, '#submit-notice')!.textContent)).to.equal(
      'Halaman ini belum mengonfirmasi bahwa usulan Anda diterima. Isian Anda tetap tersimpan; silakan kirim lagi.',
    );
    expect(button.getAttribute('aria-disabled')).not.to.equal('true');
    expect(draftKeys().length).to.equal(1);
    // A late report still counts.
    el.reportOutcome({ status: 'sent', ticket: 'HOST-LATE' });
    await el.updateComplete;
    expect(receipt(el)).to.contain('Nomor tiket: HOST-LATE');
  });

  it('"Pakai lokasi saya" puts the device position (6 decimals) in the draft and the submission', async () => {
    await executeServerCommand('kpm-geolocation', { latitude: -7.2504451234, longitude: 112.7688001 });
    const el = await mount();
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    const locate = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Pakai lokasi saya')!;
    locate.click();
    await waitUntil(() => norm($(el, '.actions .hint')?.textContent).startsWith('Titik lokasi terpasang'), 'no position', { timeout: 5000 });
    expect(norm($(el, '.actions .hint')!.textContent)).to.equal('Titik lokasi terpasang: -7.25045, 112.76880');
    const stored = JSON.parse(localStorage.getItem(draftKeys()[0]!)!);
    expect(JSON.stringify(stored)).to.contain('"koordinat":{"lat":-7.250445,"lng":112.7688}');
    await fillValid(el);
    const ev = oneEvent(el, 'kpm-submit');
    await submit(el);
    expect((await ev).detail.payload.lokasi.koordinat).to.deep.equal({ lat: -7.250445, lng: 112.7688 });
  });

  it('says the location could not be read when the reader refuses it', async () => {
    await executeServerCommand('kpm-geolocation', { deny: true });
    const el = await mount({ lang: 'en' });
    const locate = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Use my location')!;
    locate.click();
    await waitUntil(() => norm($(el, '.actions .hint')?.textContent) !== '' && !$(el, '.actions .hint')!.textContent!.includes('…'), 'no answer', { timeout: 5000 });
    expect(norm($(el, '.actions .hint')!.textContent)).to.equal('Your location could not be read. Describe the place instead.');
    expect(locate.disabled).to.equal(false);
  });

  it('without endpoint or host handler it says so and keeps the draft', async () => {
    const el = await mount();
    await fillValid(el);
    await submit(el);
    expect(norm($(el, '[part=notice]')!.textContent)).to.equal('Formulir ini belum terhubung ke penerima. Isian Anda tetap tersimpan di perangkat ini.');
    expect(draftKeys().length).to.equal(1);
  });

  it('re-encodes photos on the device: the server receives a JPEG with no EXIF and no GPS', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket) });
    await fillValid(el);
    const original = await jpegWithGps(2000, 1000);
    expect(hasExifApp1(original)).to.equal(true);
    expect(hasGpsLatitude(original)).to.equal(true);
    await choosePhotos(el, [new File([original], 'kamera.jpg', { type: 'image/jpeg' })], 1);
    await submit(el);
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const { stored } = await received(bucket);
    expect(stored[0]!.encoding).to.equal('multipart');
    expect(stored[0]!.headerKey).to.equal(stored[0]!.payload.clientId);
    const file = stored[0]!.files[0]!;
    expect([file.name, file.type]).to.deep.equal(['foto1', 'image/jpeg']);
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xd8]);
    expect(hasExifApp1(bytes)).to.equal(false);
    expect(hasGpsLatitude(bytes)).to.equal(false);
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    expect([bmp.width, bmp.height]).to.deep.equal([1600, 800]);
  });

  it('takes at most three photos and lets one be removed', async () => {
    const el = await mount();
    await choosePhotos(el, await smallPhotos(4), 3);
    expect($<HTMLInputElement>(el, '#foto')!.disabled).to.equal(true);
    await waitUntil(() => norm($(el, '[part=photos]')?.previousElementSibling?.textContent) !== 'Memproses foto…', 'still processing', { timeout: 8000 });
    expect(norm($(el, '[part=photos]')!.previousElementSibling!.textContent)).to.equal('Hanya 3 foto pertama yang dipakai.');
    await expect(el).shadowDom.to.be.accessible();
    $<HTMLButtonElement>(el, '[part=photos] button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=photos] img').length).to.equal(2);
    expect(root(el).activeElement?.id).to.equal('foto');
  });

  it('keeps the draft\'s photos on the device: a reload brings them back, discarding the draft forgets them', async () => {
    const first = await mount();
    await type(first, 'judul', 'Jembatan bambu rusak');
    await choosePhotos(first, await smallPhotos(2), 2);
    $<HTMLButtonElement>(first, '[part=photos] button')!.click();
    await first.updateComplete;
    const kept = await (await fetch(root(first).querySelector<HTMLImageElement>('[part=photos] img')!.src)).arrayBuffer();
    first.remove();

    // As after a reload: a new element on the same page restores the draft, then its photo.
    const second = await mount();
    expect(($<HTMLInputElement>(second, '#judul')!).value).to.equal('Jembatan bambu rusak');
    await waitUntil(() => root(second).querySelectorAll('[part=photos] img').length === 1, 'photo not restored', { timeout: 5000 });
    const restored = await (await fetch(root(second).querySelector<HTMLImageElement>('[part=photos] img')!.src)).arrayBuffer();
    expect(new Uint8Array(restored)).to.deep.equal(new Uint8Array(kept));
    expect(hasExifApp1(new Uint8Array(restored))).to.equal(false);

    const discard = [...root(second).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Kosongkan isian')!;
    discard.click();
    await second.updateComplete;
    second.remove();
    const third = await mount();
    await aTimeout(300);
    expect(root(third).querySelectorAll('[part=photos] img').length).to.equal(0);
    expect(($<HTMLInputElement>(third, '#judul')!).value).to.equal('');
  });

  it('can be completed with the keyboard alone', async () => {
    const bucket = newBucket();
    const el = await mount({ endpoint: receiveUrl(bucket) }, await loadExample());
    const before = document.createElement('button');
    before.textContent = 'start';
    el.before(before);
    before.focus();
    const active = () => (root(el).activeElement as HTMLElement | null)?.id ?? '';
    const tabTo = async (id: string) => {
      for (let i = 0; i < 60 && active() !== id; i++) await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(id);
    };
    await tabTo('jenis-usulan_kegiatan');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('jenis-aspirasi');
    await tabTo('judul');
    await sendKeys({ type: 'Sampah menumpuk di pasar' });
    await tabTo('deskripsi');
    await sendKeys({ type: 'Perlu tempat sampah.' });
    await tabTo('simpanData');
    await sendKeys({ press: 'Space' });
    await tabTo('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
    const { stored } = await received(bucket);
    expect(stored[0]!.payload.jenis).to.equal('aspirasi');
    expect(stored[0]!.payload.judul).to.equal('Sampah menumpuk di pasar');
    before.remove();
  });

  it('builds a well-formed APP1 segment for the EXIF test', () => {
    const app1 = exifApp1WithGps();
    expect([app1[0], app1[1]]).to.deep.equal([0xff, 0xe1]);
    expect((app1[2]! << 8) | app1[3]!).to.equal(app1.length - 2);
  });
});

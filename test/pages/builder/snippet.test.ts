import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatRupiah } from '../../../src/core/format.js';
import { pickApbdes, summarizeApbdes } from '../../../src/model/index.js';
import { axeViolations, deepActiveElement } from '../../helpers/a11y.js';
import { hostileExample, injectedElements, loadExample, XSS } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';
import { $, choose, fileFrom, mount, previewWidget, TEMPLATE_URL } from './helpers.js';

const BREAKOUT = `</script><script>window.__kpmXss=1</script>${XSS}`;

/** The snippet in a blank same-origin page, the source tree standing in for the bundle. */
async function pasteIntoBlankPage(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'snippet';
  frame.width = '800';
  frame.height = '600';
  document.body.append(frame);
  const body = snippet.replace(/^<script src="[^"]*" defer><\/script>\n/, '');
  expect(body).not.to.equal(snippet);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="id"><head><meta charset="utf-8"><script type="module" src="/src/index.ts"></script></head><body>${body}</body></html>`);
  doc.close();
  return frame;
}

describe('<kpm-builder>: snippet', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('gives inline data that parses back to the dataset and stays inert with hostile strings', async () => {
    const hostile = await hostileExample(BREAKOUT);
    const el = await mount();
    await choose(el, new File([JSON.stringify(hostile)], 'desa.json'));
    const snippet = $<HTMLTextAreaElement>(el, '#snippet').value;
    expect(snippet.startsWith('<script src="https://desa.example/kpm-widgets.js" defer></script>\n<kpm-budget-chart lang="id" view="ringkasan">\n')).to.equal(true);
    expect(snippet).not.to.include('</script><script>');

    // As a browser parses it: two scripts (the bundle, the data), the data whole.
    const parsed = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
    expect(parsed.querySelectorAll('script').length).to.equal(2);
    expect(parsed.querySelectorAll('img').length).to.equal(0);
    const json = parsed.querySelector('kpm-budget-chart > script[type="application/json"]')!.textContent!;
    expect(JSON.parse(json)).to.deep.equal(previewWidget(el).data);
    expect(JSON.parse(json).desa.nama).to.equal(`${BREAKOUT} ${(await loadExample()).desa.nama}`);

    const frame = await pasteIntoBlankPage(snippet);
    frames.push(frame);
    const win = frame.contentWindow as Window & { __kpmXss?: number };
    await waitUntil(() => frame.contentDocument!.querySelector('kpm-budget-chart')?.shadowRoot?.querySelector('figure'), 'the pasted widget did not render', { timeout: 10_000 });
    const widget = frame.contentDocument!.querySelector('kpm-budget-chart')!;
    const apbdes = pickApbdes(hostile.apbdes)!;
    const sum = summarizeApbdes(apbdes);
    const text = norm(widget.shadowRoot!.textContent);
    expect(text).to.include(norm(formatRupiah(sum.pendapatan.anggaran, 'id')));
    expect(text).to.include(norm(formatRupiah(sum.belanja.anggaran, 'id')));
    expect(win.__kpmXss).to.equal(undefined);
    // The page holds only the stand-in bundle and the data script; the widget's render holds none.
    expect(frame.contentDocument!.querySelectorAll('script, img').length).to.equal(2);
    expect(injectedElements(widget).map((e) => e.outerHTML.slice(0, 60))).to.deep.equal([
      `<script type="application/json">${json.slice(0, 28)}`,
    ]);
  });

  it('links the fallback to the APBDes PDF and offers src and iframe snippets', async () => {
    const d = await loadExample();
    const el = await mount('en');
    await choose(el, new File([JSON.stringify(d)], 'desa.json'));
    const pdf = pickApbdes(d.apbdes)!.dokumenUrl as string;
    expect(pdf).to.match(/^https:/);
    const inline = $<HTMLTextAreaElement>(el, '#snippet').value;
    expect(inline.split('\n')[2]).to.equal(`  <a href="${pdf}">APBDes ${d.desa.nama} ${pickApbdes(d.apbdes)!.tahunAnggaran} (PDF)</a>`);

    $<HTMLInputElement>(el, '#mode-file').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#snippet').value.split('\n')[1]).to.equal('<kpm-budget-chart lang="en" view="ringkasan" src="kpm-data.json">');
    expect(Boolean(el.shadowRoot!.querySelector('#download-file'))).to.equal(true);

    $<HTMLInputElement>(el, '#mode-iframe').click();
    await el.updateComplete;
    const url = $<HTMLInputElement>(el, '#data-url');
    url.value = 'https://desa.example/kpm-data.json';
    url.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const iframe = new DOMParser().parseFromString($<HTMLTextAreaElement>(el, '#snippet').value, 'text/html').querySelector('iframe')!;
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.pathname.endsWith('/embed.html')).to.equal(true);
    expect([...src.searchParams]).to.deep.equal([
      ['widget', 'budget-chart'], ['src', 'https://desa.example/kpm-data.json'], ['lang', 'en'], ['view', 'ringkasan'], ['frame', 'kpm-budget-chart'],
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('downloads the dataset as pretty JSON named after the village and year', async () => {
    const d = await loadExample();
    const el = await mount();
    await choose(el, new File([JSON.stringify(d)], 'desa.json'));
    const saved: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    try {
      $<HTMLButtonElement>(el, '#download-dataset').click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((s) => s.name)).to.deep.equal(['desa-sukamaju-2025.json']);
    const text = await (await fetch(saved[0]!.href)).text();
    expect(text).to.equal(JSON.stringify(previewWidget(el).data, null, 2) + '\n');
  });

  it('keyboard only: choose a file, read the issues, change the widget, copy', async () => {
    const el = await mount();
    $(el, '.skip').focus();
    expect(deepActiveElement()?.className).to.equal('skip');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('file');
    // The file chooser is the browser's own dialog; what it hands back is the same change.
    await choose(el, await fileFrom(TEMPLATE_URL));
    expect(deepActiveElement()?.id).to.equal('results');
    expect(norm(deepActiveElement()!.textContent)).to.match(/^apbdes-template\.csv \(CSV anggaran\): Data sah\./);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('widget');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#widget').value).to.equal('program-timeline');
    expect(Boolean(previewWidget(el, 'kpm-program-timeline'))).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.include('<kpm-program-timeline lang="id" view="timeline">');
    for (let n = 0; n < 60 && deepActiveElement()?.id !== 'copy'; n++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('copy');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => norm($(el, '[role="status"]').textContent) !== '', 'nothing announced');
    expect(norm($(el, '[role="status"]').textContent)).to.equal('Tersalin');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

import { expect, fixtureSync as fixture, html } from '@open-wc/testing';
// fixtureSync: these are plain elements, and waiting for a frame stalls in a background tab.
import { normalizeLang, onLangChange, resolveLang } from '../../src/core/locale.js';

describe('core/locale', () => {
  it('maps tags to the two supported languages, Indonesian by default', () => {
    expect(normalizeLang('en-US')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('id-ID')).to.equal('id');
    expect(normalizeLang('in')).to.equal('id');
    expect(normalizeLang('jv')).to.equal('id');
    expect(normalizeLang(null)).to.equal('id');
  });
  it("uses the element's own lang before an ancestor's", async () => {
    const el = fixture(html`<div lang="en-US"><p lang="id"><span>x</span></p></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('id');
    expect(resolveLang(el)).to.equal('en');
  });
  it('crosses shadow roots to find the nearest lang', async () => {
    const host = fixture(html`<div lang="en"><div></div></div>`);
    const inner = host.firstElementChild!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>x</b>';
    expect(resolveLang(inner.querySelector('b')!)).to.equal('en');
  });
  it('tells listeners when a lang attribute changes anywhere above', async () => {
    const el = fixture(html`<section lang="id"><i></i></section>`);
    const target = el.querySelector('i')!;
    const seen: string[] = [];
    const off = onLangChange(target, () => seen.push(resolveLang(target)));
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    off();
    el.setAttribute('lang', 'id');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).to.deep.equal(['en']);
  });
});

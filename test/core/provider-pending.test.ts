// A widget whose <kpm-data> is not defined yet (the on-demand loader fetches each element's
// chunk apart) shows the loading state, not the admin's "fill in src" message. This file does
// not import <kpm-data> at the top, so the provider is defined only when the test says.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/test-widget.js';
import type { KpmTestWidget } from '../helpers/test-widget.js';
import { EXAMPLE_URL } from '../helpers/dataset.js';
import { norm } from '../helpers/text.js';

describe('a widget inside a <kpm-data> not defined yet', () => {
  it('shows the loading state until the provider arrives, then its data', async () => {
    const provider = await fixture<HTMLElement>(html`<kpm-data src=${EXAMPLE_URL}><kpm-test-widget lang="id"></kpm-test-widget></kpm-data>`);
    const el = provider.querySelector<KpmTestWidget>('kpm-test-widget')!;
    await el.updateComplete;
    expect(customElements.get('kpm-data')).to.equal(undefined);
    const text = norm(el.shadowRoot!.textContent);
    expect(text).to.equal('Memuat data…');
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    const ready = oneEvent(el, 'kpm-ready');
    await import('../../src/widgets/kpm-data/index.js');
    await ready;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.nama')!.textContent).to.equal('Sukamaju');
  });
});

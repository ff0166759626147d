import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderLiveRegion } from '../../src/core/a11y-announce.js';

describe('core/a11y-announce', () => {
  it('is a polite, atomic status region that keeps its node when the text changes', async () => {
    const el = document.createElement('div');
    render(renderLiveRegion(''), el);
    const region = el.querySelector('[role=status]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.textContent).to.equal('');
    render(renderLiveRegion('Bidang 2: 4 baris'), el);
    expect(el.querySelector('[role=status]')).to.equal(region);
    expect(region.textContent).to.equal('Bidang 2: 4 baris');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssomStyle } from '../../src/core/cssom-style.js';

describe('cssomStyle', () => {
  // A page under `style-src 'self'` rejects style attributes set from strings: each such
  // attempt raises a securitypolicyviolation, so the directive must never produce one.
  it('sets the properties through element.style, never through a style attribute string', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const setAttribute = Element.prototype.setAttribute;
    const attributeWrites: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      attributeWrites.push(name);
      return setAttribute.call(this, name, value);
    };
    try {
      render(html`<span style=${cssomStyle({ left: '40%', '--bar-x': '3' })}></span>`, host);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    const span = host.querySelector('span')!;
    expect(attributeWrites).to.deep.equal([]);
    expect(span.style.left).to.equal('40%');
    expect(span.style.getPropertyValue('--bar-x')).to.equal('3');
  });

  it('updates changed properties and removes dropped ones', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (styles: Record<string, string | undefined>) =>
      render(html`<span style=${cssomStyle(styles)}></span>`, host);
    view({ left: '10%', top: '2px' });
    view({ left: '75%', top: undefined });
    const span = host.querySelector('span')!;
    expect(span.style.left).to.equal('75%');
    expect(span.style.top).to.equal('');
  });

  it('refuses any binding other than a style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssomStyle({ left: '1%' })}></span>`, host)).to.throw(/style attribute/);
  });
});

import { expect } from '@open-wc/testing';
import { downloadBlob, serializeSvg, svgBlob, svgToPng } from '../../src/core/download.js';

function svgEl(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = '<svg width="40" height="20" viewBox="0 0 40 20"><!--?lit$1$--><rect width="40" height="20" fill="#0072b2"></rect><text x="1" y="10">A &amp; B</text></svg>';
  return host.querySelector('svg')!;
}

describe('core/download', () => {
  it('serialises an SVG as a standalone document without comments', () => {
    const text = serializeSvg(svgEl());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).to.equal(true);
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).to.contain('A &amp; B');
    expect(text).not.to.contain('<!--');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });

  it('draws the SVG to a PNG of the scaled size with the SVG colours', async () => {
    const png = await svgToPng(serializeSvg(svgEl()), 40, 20, 2);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([80, 40]);
    const canvas = new OffscreenCanvas(80, 40);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    expect([...ctx.getImageData(78, 38, 1, 1).data]).to.deep.equal([0x00, 0x72, 0xb2, 255]);
  });

  it('downloads through a temporary anchor with the file name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      downloadBlob(svgBlob('<svg/>'), 'grafik.svg');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0].download).to.equal('grafik.svg');
    expect(clicked[0].href.startsWith('blob:')).to.equal(true);
    expect(clicked[0].isConnected).to.equal(false);
  });
});

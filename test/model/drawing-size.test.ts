import { expect } from '@open-wc/testing';
import { graphLayoutWidth, markScale } from '../../src/model/drawing-size.js';

describe('model/drawing-size', () => {
  it('lays a graph out at the width it is shown, in 20 px steps, within 300–900', () => {
    expect(graphLayoutWidth(0, 600)).to.equal(600);
    expect(graphLayoutWidth(Number.NaN, 600)).to.equal(600);
    expect(graphLayoutWidth(288, 600)).to.equal(300);
    expect(graphLayoutWidth(358, 600)).to.equal(340);
    expect(graphLayoutWidth(360, 600)).to.equal(360);
    expect(graphLayoutWidth(698, 600)).to.equal(680);
    expect(graphLayoutWidth(1182, 600)).to.equal(900);
  });

  it('draws marks larger by as much as the drawing is shrunk, never smaller', () => {
    expect(markScale(0, 600)).to.equal(1);
    expect(markScale(300, 600)).to.equal(2);
    expect(markScale(400, 600)).to.equal(1.5);
    expect(markScale(600, 600)).to.equal(1);
    expect(markScale(1182, 600)).to.equal(1);
  });
});

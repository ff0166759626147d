import { expect, fixtureSync, html } from '@open-wc/testing';
import { reportHeight, type EmbedHeightMessage } from '../../../src/pages/embed/height-reporter.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('reportHeight', () => {
  it('posts the whole-pixel height at once and again only when it changes', async () => {
    const root = fixtureSync(html`<div style="height: 100.4px"></div>`) as HTMLElement;
    const sent: Array<[EmbedHeightMessage, string]> = [];
    const target = { postMessage: (message: EmbedHeightMessage, origin: string) => sent.push([message, origin]) } as unknown as Window;
    const stop = reportHeight(target, 'apbdes', root);
    await frame();
    root.style.height = '100.2px'; // rounds up to the same 101: no message
    await frame();
    root.style.height = '250px';
    await frame();
    stop();
    root.style.height = '400px';
    await frame();
    expect(sent).to.deep.equal([
      [{ type: 'kpm-embed:height', frame: 'apbdes', height: 101 }, '*'],
      [{ type: 'kpm-embed:height', frame: 'apbdes', height: 250 }, '*'],
    ]);
  });
});

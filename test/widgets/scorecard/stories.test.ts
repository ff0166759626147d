import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/scorecard.stories.js';
import { norm } from './helpers.js';

type Ctx = { loaded: Record<string, unknown> };
type AnyStory = {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (a: Record<string, unknown>, ctx: Ctx) => TemplateResult;
};
const meta = stories.default as unknown as AnyStory;

// Storybook serves the example as /data; the test server has it under /test/fixtures. The
// stories fetch it themselves, so their requests are pointed there (still real HTTP).
const served = (url: string) =>
  url.includes('tidak-ada') ? '/__test__/status/404' : url.replace('/data/', '/test/fixtures/');

const realFetch = window.fetch;
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    realFetch(typeof input === 'string' ? served(input) : input, init);
});
after(() => {
  window.fetch = realFetch;
});

async function mount(story: AnyStory): Promise<ShadowRoot> {
  const args = { ...meta.args, ...story.args } as Record<string, unknown>;
  if (typeof args.src === 'string') args.src = served(args.src);
  const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((l) => l()))));
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  render((story.render ?? meta.render)!(args, { loaded }), host);
  const el = host.querySelector('kpm-scorecard')!;
  await waitUntil(() => el.shadowRoot?.querySelector('section.group, form.edit, [part=empty], [part=error]'), 'story did not render', { timeout: 5000 });
  return el.shadowRoot!;
}

const EXPECT_ERROR = new Set(['DataError', 'LoadError']);

describe('stories/scorecard', () => {
  for (const [exportName, story] of Object.entries(stories) as [string, AnyStory][]) {
    if (exportName === 'default' || exportName === 'Loading') continue;
    it(`${exportName} renders its state`, async () => {
      const sr = await mount(story);
      const error = sr.querySelector('[part=error]');
      expect(Boolean(error), norm(error?.textContent)).to.equal(EXPECT_ERROR.has(exportName));
    });
  }

  it('the partial story shows unassessed criteria as such, not as zero', async () => {
    const sr = await mount(stories.Partial as AnyStory);
    expect(norm(sr.querySelector('.headline')!.textContent)).to.contain('4/8 dinilai');
    expect(sr.querySelectorAll('.criterion.unassessed')).to.have.length(4);
  });

  it('the custom-framework stories show its five criteria on the 0–2 scale', async () => {
    const sr = await mount(stories.CustomFramework as AnyStory);
    expect([...sr.querySelectorAll('.criterion .score')].map((s) => norm(s.textContent))).to.deep.equal([
      '2 – Penuh', '2 – Penuh', '1 – Sebagian', '0 – Belum', '2 – Penuh',
    ]);
    const form = await mount(stories.CustomFrameworkEdit as AnyStory);
    expect(form.querySelectorAll('input[name=skor-0]')).to.have.length(4);
  });
});

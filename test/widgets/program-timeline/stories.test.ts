import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/program-timeline.stories.js';

type Ctx = { loaded: Record<string, any> };
type AnyStory = {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (a: Record<string, unknown>, ctx: Ctx) => TemplateResult;
};
const meta = stories.default as unknown as AnyStory;
const norm = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

// Storybook serves the example as /data; the test server has it under /test/fixtures.
const served = (url: string) => (url.includes('tidak-ada') ? '/__test__/status/404' : url.replace('/data/', '/test/fixtures/'));
const realFetch = window.fetch;
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => realFetch(typeof input === 'string' ? served(input) : input, init);
});
after(() => {
  window.fetch = realFetch;
});

async function mount(story: AnyStory): Promise<ShadowRoot> {
  const args = { ...meta.args, ...story.args } as Record<string, unknown>;
  if (typeof args.src === 'string') args.src = served(args.src);
  const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((l) => l()))));
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  render((story.render ?? meta.render)!(args, { loaded }), host);
  const el = host.querySelector('kpm-program-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('figure, [part=empty], [part=error]'), 'story did not render', { timeout: 8000 });
  return el.shadowRoot!;
}

describe('stories/program-timeline', () => {
  for (const [name, story] of Object.entries(stories) as [string, AnyStory][]) {
    if (name === 'default' || name === 'Loading') continue;
    it(`${name} renders its state`, async () => {
      const sr = await mount(story);
      const error = sr.querySelector('[part=error]');
      expect(Boolean(error), norm(error?.textContent)).to.equal(name === 'LoadError');
      expect(Boolean(sr.querySelector('.panel[part=empty]'))).to.equal(name === 'Empty');
      if (name !== 'LoadError' && name !== 'Empty') expect(sr.querySelectorAll('.mark').length).to.be.greaterThan(0);
    });
  }

  it('the filtered story is the deep link it names: bidang 2, berjalan or tertunda, in Krajan', async () => {
    const sr = await mount(stories.Filtered as AnyStory);
    expect([...sr.querySelectorAll<HTMLElement>('.row')].map((r) => r.dataset.id).sort()).to.deep.equal([
      'keg-2024-drainase-krajan', 'keg-2025-air-bersih-krajan',
    ]);
  });
});

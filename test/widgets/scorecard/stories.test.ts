import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/scorecard.stories.js';
import { norm } from './helpers.js';

type AnyStory = { args?: Record<string, unknown>; render?: (a: Record<string, unknown>) => TemplateResult; name?: string };
const meta = stories.default as unknown as AnyStory;

// Storybook serves the example as /data; the test server has it under /test/fixtures.
const fromTestServer = (a: Record<string, unknown>) => ({
  ...a,
  src: typeof a.src === 'string' ? (a.src.includes('tidak-ada') ? '/__test__/status/404' : a.src.replace('/data/', '/test/fixtures/')) : '/test/fixtures/desa-sukamaju-2025.json',
});

const EXPECT_ERROR = new Set(['DataError', 'LoadError']);

describe('stories/scorecard', () => {
  for (const [exportName, story] of Object.entries(stories) as [string, AnyStory][]) {
    if (exportName === 'default' || exportName === 'Loading') continue;
    it(`${exportName} renders its state`, async () => {
      const args = fromTestServer({ ...meta.args, ...story.args });
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      render((story.render ?? meta.render)!(args), host);
      const el = host.querySelector('kpm-scorecard')!;
      await waitUntil(() => el.shadowRoot?.querySelector('section.group, form.edit, [part=empty], [part=error]'), `${exportName} did not render`, { timeout: 5000 });
      const sr = el.shadowRoot!;
      if (EXPECT_ERROR.has(exportName)) {
        expect(Boolean(sr.querySelector('[part=error]'))).to.equal(true);
      } else {
        expect(Boolean(sr.querySelector('[part=error]')), norm(sr.querySelector('[part=error]')?.textContent)).to.equal(false);
      }
    });
  }

  it('the partial story shows unassessed criteria as such, not as zero', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    render((stories.Partial as AnyStory).render!({}), host);
    const el = host.querySelector('kpm-scorecard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('section.group'));
    expect(norm(el.shadowRoot!.querySelector('.headline')!.textContent)).to.contain('4/8 dinilai');
    expect(el.shadowRoot!.querySelectorAll('.criterion.unassessed')).to.have.length(4);
  });
});

import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/partner-map.stories.js';

type AnyStory = { args?: Record<string, unknown>; render?: (a: Record<string, unknown>) => TemplateResult; loaders?: unknown[] };
const meta = stories.default as unknown as AnyStory;

// Storybook serves test/fixtures as /data; the test server serves the repo.
const local = (v: unknown) => (typeof v === 'string' ? v.replace(/\/data\/tidak-ada\.json/, '/__test__/status/404').replace(/\/data\//g, '/test/fixtures/') : v);

const EXPECT_ERROR = new Set(['LoadError', 'MalformedBoundaries']);

describe('stories/partner-map', () => {
  for (const [exportName, story] of Object.entries(stories) as [string, AnyStory][]) {
    // Loading never settles by design; loader stories fetch /data themselves (their states are covered by the widget tests).
    if (exportName === 'default' || exportName === 'Loading' || story.loaders) continue;
    it(`${exportName} renders its state`, async () => {
      const merged = { ...meta.args, ...story.args };
      const args = { ...merged, src: local(merged.src ?? '/data/desa-sukamaju-2025.json'), boundaries: local(merged.boundaries) };
      const host = fixtureSync<HTMLDivElement>(html`<div style="width:700px"></div>`);
      render((story.render ?? meta.render)!(args), host);
      const el = host.querySelector('kpm-partner-map')!;
      const ready = () => el.shadowRoot?.querySelector('[part=list], svg.map, [part=graph], [part=no-geometry], [part=empty], [part=error]');
      await waitUntil(ready, `${exportName} did not render`, { timeout: 5000 });
      if (EXPECT_ERROR.has(exportName)) {
        await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), `${exportName} shows no error`);
      } else {
        await el.updateComplete;
        expect(Boolean(el.shadowRoot!.querySelector('[part=error]'))).to.equal(false);
      }
    });
  }
});

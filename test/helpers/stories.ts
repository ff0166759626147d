// Renders Storybook stories inside the browser tests (Storybook's own story runners need
// Playwright's browsers, which this machine cannot download), so every story is checked.
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

export type StoryContext = { loaded: Record<string, any> };
export type AnyStory = {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (args: Record<string, unknown>, ctx: StoryContext) => TemplateResult;
};

/**
 * Storybook serves test/fixtures as /data; the test server serves the repo as it is. A story
 * URL naming a missing file (`tidak-ada`) becomes the test server's real 404.
 */
export function servedUrl(url: string): string {
  return url.includes('tidak-ada') ? '/__test__/status/404' : url.replace(/\/data\//g, '/test/fixtures/');
}

/** Points the stories' own fetches (their loaders) at the test server, for one describe block. */
export function redirectStoryFetches(): void {
  const realFetch = window.fetch;
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      realFetch(typeof input === 'string' ? servedUrl(input) : input, init);
  });
  after(() => {
    window.fetch = realFetch;
  });
}

/**
 * Renders `story` as Storybook would (meta args, story args, loaders) into a new fixture and
 * returns the fixture, without waiting for the widget inside it.
 */
export async function renderStory(
  meta: AnyStory,
  story: AnyStory,
  options: { width?: number; urlArgs?: string[] } = {},
): Promise<HTMLDivElement> {
  const args = { ...meta.args, ...story.args } as Record<string, unknown>;
  for (const key of options.urlArgs ?? ['src']) {
    if (typeof args[key] === 'string') args[key] = servedUrl(args[key] as string);
  }
  const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((l) => l()))));
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (options.width) host.style.width = `${options.width}px`;
  render((story.render ?? meta.render)!(args, { loaded }), host);
  return host;
}

/**
 * Renders `story` as Storybook would and waits until the element `tag` shows something
 * matching `settled`. Returns the element's shadow root.
 */
export async function mountStory(
  meta: AnyStory,
  story: AnyStory,
  tag: string,
  settled: string,
  options: { width?: number; urlArgs?: string[] } = {},
): Promise<ShadowRoot> {
  const host = await renderStory(meta, story, options);
  const el = host.querySelector(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector(settled), `story did not render (${tag})`, { timeout: 8000 });
  return el.shadowRoot!;
}

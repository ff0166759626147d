import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/program-timeline.stories.js';
import { mountStory, redirectStoryFetches, type AnyStory } from '../../helpers/stories.js';
import { norm } from '../../helpers/text.js';

const meta = stories.default as unknown as AnyStory;
const mount = (story: AnyStory) =>
  mountStory(meta, story, 'kpm-program-timeline', 'figure, [part=empty], [part=error]', { width: 900 });

describe('stories/program-timeline', () => {
  redirectStoryFetches();
  for (const [name, story] of Object.entries(stories) as [string, AnyStory][]) {
    if (name === 'default' || name === 'Loading') continue;
    it(`${name} renders its state`, async () => {
      const sr = await mount(story);
      const error = sr.querySelector('[part=error]');
      expect(Boolean(error), norm(error?.textContent)).to.equal(name === 'LoadError');
      expect(Boolean(sr.querySelector('.panel[part=empty]'))).to.equal(name === 'Empty');
      if (name === 'PlanningOnly') expect(sr.querySelectorAll('.lane .pt').length).to.be.greaterThan(0);
      else if (name !== 'LoadError' && name !== 'Empty') expect(sr.querySelectorAll('.mark').length).to.be.greaterThan(0);
    });
  }

  it('the filtered story is the deep link it names: bidang 2, berjalan or tertunda, in Krajan', async () => {
    const sr = await mount(stories.Filtered as AnyStory);
    expect([...sr.querySelectorAll<HTMLElement>('.row')].map((r) => r.dataset.id).sort()).to.deep.equal([
      'keg-2024-drainase-krajan', 'keg-2025-air-bersih-krajan',
    ]);
  });
});

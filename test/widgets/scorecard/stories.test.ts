import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/scorecard.stories.js';
import { mountStory, redirectStoryFetches, type AnyStory } from '../../helpers/stories.js';
import { norm } from './helpers.js';

const meta = stories.default as unknown as AnyStory;
const mount = (story: AnyStory) =>
  mountStory(meta, story, 'kpm-scorecard', 'section.group, form.edit, [part=empty], [part=error]');

const EXPECT_ERROR = new Set(['DataError', 'LoadError']);

describe('stories/scorecard', () => {
  redirectStoryFetches();
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

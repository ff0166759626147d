// Every story of stories/participation-form.stories.ts through the accessibility sweep (test/helpers/story-sweep.ts).
import * as stories from '../../../stories/participation-form.stories.js';
import { sweepStories } from '../../helpers/story-sweep.js';

sweepStories(stories, { widget: 'participation-form' });

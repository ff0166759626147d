// Every story of stories/partner-map.stories.ts through the accessibility sweep (test/helpers/story-sweep.ts).
import * as stories from '../../../stories/partner-map.stories.js';
import { sweepStories } from '../../helpers/story-sweep.js';

sweepStories(stories, { widget: 'partner-map', urlArgs: ['src', 'boundaries'] });

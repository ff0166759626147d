// Every story of stories/scorecard.stories.ts through the accessibility sweep (test/helpers/story-sweep.ts).
import * as stories from '../../../stories/scorecard.stories.js';
import { sweepStories } from '../../helpers/story-sweep.js';

sweepStories(stories, { widget: 'scorecard' });

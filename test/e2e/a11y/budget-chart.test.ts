// Every story of stories/budget-chart.stories.ts through the accessibility sweep (test/helpers/story-sweep.ts).
import * as stories from '../../../stories/budget-chart.stories.js';
import { sweepStories } from '../../helpers/story-sweep.js';

sweepStories(stories, { widget: 'budget-chart' });

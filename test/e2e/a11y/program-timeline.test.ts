// Every story of stories/program-timeline.stories.ts through the accessibility sweep (test/helpers/story-sweep.ts).
import * as stories from '../../../stories/program-timeline.stories.js';
import { sweepStories } from '../../helpers/story-sweep.js';

sweepStories(stories, { widget: 'program-timeline', heavy: ['ManyItems'] });

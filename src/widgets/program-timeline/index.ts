import { defineElement } from '../../core/define.js';
import { KpmProgramTimeline, type TimelineFilterDetail } from './program-timeline.js';

export { KpmProgramTimeline, type TimelineFilterDetail };
export { timelineStrings, TIMELINE_VIEWS, type TimelineStrings, type TimelineView } from './strings.js';
defineElement('kpm-program-timeline', KpmProgramTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-program-timeline': KpmProgramTimeline;
  }
}

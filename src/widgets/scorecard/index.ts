import { defineElement } from '../../core/define.js';
import { KpmScorecard } from './scorecard.js';

export { KpmScorecard, type ScorecardAssessmentDetail } from './scorecard.js';
export { scorecardStrings, type ScorecardStrings, type EditStrings } from './strings.js';
defineElement('kpm-scorecard', KpmScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-scorecard': KpmScorecard;
  }
}

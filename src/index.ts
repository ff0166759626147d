// The one-script bundle's entry: registers every element and exposes the public API
// (on `window.KpmWidgets` in the IIFE build) for pages that validate or format by hand.
// <kpm-data> first, so a provider is defined before the widgets inside it upgrade.
import './widgets/kpm-data/index.js';
import './widgets/budget-chart/index.js';
import './widgets/program-timeline/index.js';
import './widgets/scorecard/index.js';
import './widgets/participation-form/index.js';
import './widgets/partner-map/index.js';

export * from './core/index.js';
export * from './schema/index.js';
export { KpmData } from './widgets/kpm-data/index.js';
export { KpmBudgetChart } from './widgets/budget-chart/index.js';
export { KpmProgramTimeline } from './widgets/program-timeline/index.js';
export { KpmScorecard } from './widgets/scorecard/index.js';
export { KpmParticipationForm } from './widgets/participation-form/index.js';
export { KpmPartnerMap } from './widgets/partner-map/index.js';

// Registers every element and exports their classes: what the package entry (index.ts) and the
// one-script bundle (one-script.ts) share. <kpm-data> first, so a provider is defined before the
// widgets inside it upgrade.
import './widgets/kpm-data/index.js';
import './widgets/budget-chart/index.js';
import './widgets/program-timeline/index.js';
import './widgets/scorecard/index.js';
import './widgets/participation-form/index.js';
import './widgets/partner-map/index.js';

export { KpmData } from './widgets/kpm-data/index.js';
export { KpmBudgetChart } from './widgets/budget-chart/index.js';
export { KpmProgramTimeline } from './widgets/program-timeline/index.js';
export { KpmScorecard } from './widgets/scorecard/index.js';
export { KpmParticipationForm } from './widgets/participation-form/index.js';
export { KpmPartnerMap } from './widgets/partner-map/index.js';

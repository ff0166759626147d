// The one-script bundle's entry: registers every element and exposes the public API
// (on `window.KpmWidgets` in the IIFE build) for pages that validate or format by hand.
// <kpm-data> first, so a provider is defined before the widgets inside it upgrade.
import './widgets/kpm-data/index.js';
import './widgets/budget-chart/index.js';

export * from './core/index.js';
export * from './schema/index.js';
export { KpmData } from './widgets/kpm-data/index.js';
export { KpmBudgetChart } from './widgets/budget-chart/index.js';

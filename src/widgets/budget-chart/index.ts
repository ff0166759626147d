import { defineElement } from '../../core/define.js';
import { KpmBudgetChart } from './budget-chart.js';

export { KpmBudgetChart };
export { budgetStrings, BUDGET_VIEWS, type BudgetStrings, type BudgetView } from './strings.js';
defineElement('kpm-budget-chart', KpmBudgetChart);

declare global {
  interface HTMLElementTagNameMap {
    'kpm-budget-chart': KpmBudgetChart;
  }
}

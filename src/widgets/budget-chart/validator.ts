/**
 * What `<kpm-budget-chart>` checks when it loads data itself: the APBDes and every rule about
 * it (inside `<kpm-data>` the provider's full validation is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { apbdesSchema } from '../../schema/entities/apbdes.js';
import {
  balanceRules,
  kodeRules,
  periodRules,
  realisasiRules,
  referenceRules,
  timingRules,
  wilayahRules,
} from '../../schema/rules/index.js';

export const budgetChartValidator = createDatasetValidator({
  collections: { apbdes: apbdesSchema },
  rules: [wilayahRules, referenceRules, kodeRules, realisasiRules, balanceRules, timingRules, periodRules],
});

/**
 * What `<kpm-budget-chart>` checks when it loads data itself: the APBDes and every rule about
 * it (inside `<kpm-data>` the provider's full validation is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { apbdesSchema } from '../../schema/entities/apbdes.js';
import { balanceRules } from '../../schema/rules/balance.js';
import { kodeRules } from '../../schema/rules/kode.js';
import { periodRules } from '../../schema/rules/periods.js';
import { realisasiRules } from '../../schema/rules/realisasi.js';
import { referenceRules } from '../../schema/rules/references.js';
import { timingRules } from '../../schema/rules/timing.js';
import { wilayahRules } from '../../schema/rules/wilayah.js';

export const budgetChartValidator = createDatasetValidator({
  collections: { apbdes: apbdesSchema },
  rules: [wilayahRules, referenceRules, kodeRules, realisasiRules, balanceRules, timingRules, periodRules],
});

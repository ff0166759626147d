/**
 * What `<kpm-scorecard>` checks when it loads data itself: groups, assessment frameworks and
 * assessments, with the rules about them (inside `<kpm-data>` the provider's full validation
 * is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { kelompokSchema } from '../../schema/entities/kelompok.js';
import { kerangkaPenilaianSchema, penilaianKelompokSchema } from '../../schema/entities/penilaian.js';
import { penilaianRules } from '../../schema/rules/penilaian.js';
import { periodRules } from '../../schema/rules/periods.js';
import { referenceRules } from '../../schema/rules/references.js';
import { wilayahRules } from '../../schema/rules/wilayah.js';

export const scorecardValidator = createDatasetValidator({
  collections: {
    kelompokKpm: kelompokSchema,
    kerangkaPenilaian: kerangkaPenilaianSchema,
    penilaianKpm: penilaianKelompokSchema,
  },
  rules: [wilayahRules, referenceRules, penilaianRules, periodRules],
});

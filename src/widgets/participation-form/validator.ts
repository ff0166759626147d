/**
 * What `<kpm-participation-form>` checks when it loads data itself: the public usulan and the
 * kegiatan they name, with every rule about them (inside `<kpm-data>` the provider's full
 * validation is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { kegiatanSchema } from '../../schema/entities/kegiatan.js';
import { usulanSchema } from '../../schema/entities/usulan.js';
import { kegiatanRules } from '../../schema/rules/kegiatan.js';
import { kodeRules } from '../../schema/rules/kode.js';
import { periodRules } from '../../schema/rules/periods.js';
import { realisasiRules } from '../../schema/rules/realisasi.js';
import { referenceRules } from '../../schema/rules/references.js';
import { usulanRules } from '../../schema/rules/usulan.js';
import { wilayahRules } from '../../schema/rules/wilayah.js';

export const participationFormValidator = createDatasetValidator({
  collections: { kegiatan: kegiatanSchema, usulan: usulanSchema },
  rules: [wilayahRules, referenceRules, kodeRules, realisasiRules, kegiatanRules, usulanRules, periodRules],
});

/**
 * What `<kpm-partner-map>` checks when it loads data itself: organisations and partnerships,
 * and the kegiatan and APBDes a partnership names, with every rule about them (inside
 * `<kpm-data>` the provider's full validation is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { apbdesSchema } from '../../schema/entities/apbdes.js';
import { kegiatanSchema } from '../../schema/entities/kegiatan.js';
import { kemitraanSchema } from '../../schema/entities/kemitraan.js';
import { organisasiSchema } from '../../schema/entities/organisasi.js';
import { balanceRules } from '../../schema/rules/balance.js';
import { kegiatanRules } from '../../schema/rules/kegiatan.js';
import { kodeRules } from '../../schema/rules/kode.js';
import { periodRules } from '../../schema/rules/periods.js';
import { realisasiRules } from '../../schema/rules/realisasi.js';
import { referenceRules } from '../../schema/rules/references.js';
import { timingRules } from '../../schema/rules/timing.js';
import { wilayahRules } from '../../schema/rules/wilayah.js';

export const partnerMapValidator = createDatasetValidator({
  collections: {
    apbdes: apbdesSchema,
    kegiatan: kegiatanSchema,
    organisasi: organisasiSchema,
    kemitraan: kemitraanSchema,
  },
  rules: [wilayahRules, referenceRules, kodeRules, realisasiRules, balanceRules, timingRules, kegiatanRules, periodRules],
});

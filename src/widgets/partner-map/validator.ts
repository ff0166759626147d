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
import {
  balanceRules,
  kegiatanRules,
  kodeRules,
  periodRules,
  realisasiRules,
  referenceRules,
  timingRules,
  wilayahRules,
} from '../../schema/rules/index.js';

export const partnerMapValidator = createDatasetValidator({
  collections: {
    apbdes: apbdesSchema,
    kegiatan: kegiatanSchema,
    organisasi: organisasiSchema,
    kemitraan: kemitraanSchema,
  },
  rules: [wilayahRules, referenceRules, kodeRules, realisasiRules, balanceRules, timingRules, kegiatanRules, periodRules],
});

/**
 * What `<kpm-program-timeline>` checks when it loads data itself: the kegiatan, the planning
 * calendar (documents and forums), and what a kegiatan's detail links to (usulan, APBDes,
 * implementing groups and organisations), with every rule about them (inside `<kpm-data>` the
 * provider's full validation is used instead).
 */
import { createDatasetValidator } from '../../schema/dataset-validator.js';
import { apbdesSchema } from '../../schema/entities/apbdes.js';
import { kegiatanSchema } from '../../schema/entities/kegiatan.js';
import { kelompokSchema } from '../../schema/entities/kelompok.js';
import { organisasiSchema } from '../../schema/entities/organisasi.js';
import { dokumenPerencanaanSchema, forumSchema } from '../../schema/entities/perencanaan.js';
import { usulanSchema } from '../../schema/entities/usulan.js';
import { balanceRules } from '../../schema/rules/balance.js';
import { kegiatanRules } from '../../schema/rules/kegiatan.js';
import { kodeRules } from '../../schema/rules/kode.js';
import { periodRules } from '../../schema/rules/periods.js';
import { realisasiRules } from '../../schema/rules/realisasi.js';
import { referenceRules } from '../../schema/rules/references.js';
import { timingRules } from '../../schema/rules/timing.js';
import { usulanRules } from '../../schema/rules/usulan.js';
import { wilayahRules } from '../../schema/rules/wilayah.js';

export const programTimelineValidator = createDatasetValidator({
  collections: {
    dokumenPerencanaan: dokumenPerencanaanSchema,
    forum: forumSchema,
    apbdes: apbdesSchema,
    kegiatan: kegiatanSchema,
    kelompokKpm: kelompokSchema,
    usulan: usulanSchema,
    organisasi: organisasiSchema,
  },
  rules: [
    wilayahRules,
    referenceRules,
    kodeRules,
    realisasiRules,
    balanceRules,
    timingRules,
    kegiatanRules,
    usulanRules,
    periodRules,
  ],
});

import { expect } from '@open-wc/testing';
import { defaultGroupId, groupScorecard, pickGroupIds } from '../../src/model/scorecard-groups.js';
import { scoreAssessment } from '../../src/model/scorecard-score.js';
import { assessmentsOf, assessmentTrend, previousAssessment } from '../../src/model/scorecard-trend.js';
import { KPM_8_KRITERIA, type PenilaianKelompok } from '../../src/schema/index.js';
import { loadExample } from './helpers.js';

describe('model/scorecard-trend', () => {
  it('orders a group’s assessments newest first and finds the previous one', async () => {
    const list = (await loadExample()).penilaianKpm!;
    expect(assessmentsOf(list, 'kpm-sukamaju').map((p) => p.id)).to.deep.equal(['nilai-kpm-2025-1', 'nilai-kpm-2024-1']);
    expect(previousAssessment(list, list[0])?.id).to.equal('nilai-kpm-2024-1');
    expect(previousAssessment(list, list[1])).to.equal(undefined);
    expect(previousAssessment(list, list[2])).to.equal(undefined);
  });

  it('never compares across frameworks or with a same-day assessment', async () => {
    const list = (await loadExample()).penilaianKpm!;
    const other: PenilaianKelompok = { ...list[1], id: 'x', kerangkaId: 'lain' };
    const sameDay: PenilaianKelompok = { ...list[1], id: 'y', tanggal: list[0].tanggal };
    expect(previousAssessment([list[0], other], list[0])).to.equal(undefined);
    expect(previousAssessment([list[0], sameDay], list[0])).to.equal(undefined);
  });

  it('pins the KPM 2024 → 2025 change per criterion; the unassessed one has no change', async () => {
    const list = (await loadExample()).penilaianKpm!;
    const t = assessmentTrend(scoreAssessment(list[0], KPM_8_KRITERIA), scoreAssessment(list[1], KPM_8_KRITERIA));
    expect(t.sebelumnya.id).to.equal('nilai-kpm-2024-1');
    expect(t.perubahan.map((c) => [c.kode, c.sebelumnya, c.skor, c.selisih])).to.deep.equal([
      ['legalitas', 3, 4, 1],
      ['kemandirian', 1, 2, 1],
      ['representatif', 2, 3, 1],
      ['partisipatif', 2, 3, 1],
      ['kompeten', 1, 2, 1],
      ['transparan', 2, 3, 1],
      ['berkelanjutan', 2, 2, 0],
      ['kreatif_inovatif', 1, null, null],
    ]);
    expect(t.rataRataSebelumnya).to.equal(1.75);
    expect(t.selisihRataRata).to.equal(19 / 7 - 1.75);
  });
});

describe('model/scorecard-groups', () => {
  it('defaults to the first kelompok_pemberdayaan, else the first group, else the first assessed', async () => {
    const d = await loadExample();
    expect(defaultGroupId(d)).to.equal('kpm-sukamaju');
    expect(defaultGroupId({ kelompokKpm: [...d.kelompokKpm!].reverse().map((g) => ({ ...g, jenis: 'pkk' as const })) }))
      .to.equal('kelompok-perempuan-melati');
    expect(defaultGroupId({ penilaianKpm: d.penilaianKpm!.slice(2) })).to.equal('kelompok-perempuan-melati');
    expect(defaultGroupId({})).to.equal(undefined);
  });

  it('picks the asked groups: order kept, repeats and unknown ids dropped, default when none is known', async () => {
    const d = await loadExample();
    expect(pickGroupIds(d, ['kelompok-perempuan-melati', 'kpm-sukamaju', 'kpm-sukamaju', 'tidak-ada'])).to.deep.equal([
      'kelompok-perempuan-melati',
      'kpm-sukamaju',
    ]);
    expect(pickGroupIds(d, ['tidak-ada'])).to.deep.equal(['kpm-sukamaju']);
    expect(pickGroupIds(d, [])).to.deep.equal(['kpm-sukamaju']);
    expect(pickGroupIds({}, ['x'])).to.deep.equal([]);
  });

  it('scores a group’s latest assessment with its trend; a group without one has neither', async () => {
    const d = await loadExample();
    const kpm = groupScorecard(d, 'kpm-sukamaju');
    expect(kpm.kelompok?.nama).to.equal('Kelompok Pemberdayaan Masyarakat (KPM) Desa Sukamaju');
    expect(kpm.skor?.penilaian.id).to.equal('nilai-kpm-2025-1');
    expect(kpm.skor?.rataRata).to.equal(19 / 7);
    expect(kpm.tren?.sebelumnya.id).to.equal('nilai-kpm-2024-1');
    const melati = groupScorecard(d, 'kelompok-perempuan-melati');
    expect(melati.skor?.rataRata).to.equal(2.5);
    expect(melati.tren).to.equal(undefined);
    d.penilaianKpm = [];
    const empty = groupScorecard(d, 'kpm-sukamaju');
    expect(empty.skor).to.equal(undefined);
    expect(empty.kelompok?.id).to.equal('kpm-sukamaju');
  });

  it('skips assessments whose framework is unknown and counts them', async () => {
    const d = await loadExample();
    d.penilaianKpm![0] = { ...d.penilaianKpm![0], kerangkaId: 'hilang' };
    const g = groupScorecard(d, 'kpm-sukamaju');
    expect(g.tanpaKerangka).to.equal(1);
    expect(g.skor?.penilaian.id).to.equal('nilai-kpm-2024-1');
    expect(g.tren).to.equal(undefined);
  });
});

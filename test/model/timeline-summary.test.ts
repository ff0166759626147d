import { expect } from '@open-wc/testing';
import { filterKegiatan } from '../../src/model/timeline-filter.js';
import { kegiatanWarnings, latestProgres, summarizeKegiatan } from '../../src/model/timeline-summary.js';
import type { Kegiatan } from '../../src/schema/index.js';
import { loadExample } from './helpers.js';

const keg = (extra: Partial<Kegiatan>): Kegiatan =>
  ({ id: 'k', nama: 'Uji', bidang: 2, tahun: 2025, sumberRencana: 'apbdes', status: 'berjalan', ...extra }) as Kegiatan;

describe('model/timeline-summary', () => {
  it('counts 2025 by status and averages the latest physical progress', async () => {
    const all = (await loadExample()).kegiatan!;
    const s = summarizeKegiatan(filterKegiatan(all, { year: 2025 }));
    expect(s.total).to.equal(8);
    expect(s.perStatus).to.deep.equal([
      { status: 'dianggarkan', count: 1 }, { status: 'berjalan', count: 5 }, { status: 'selesai', count: 2 },
    ]);
    // 88 + 70 + 100 + 65 + 15 + 75 + 100 over the 7 with a progress entry
    expect(s.measured).to.equal(7);
    expect(s.averageProgress).to.equal(513 / 7 / 100);
  });

  it('leaves cancelled and unmeasured kegiatan out of the average; none gives null', () => {
    const s = summarizeKegiatan([
      keg({ id: 'a', progres: [{ tanggal: '2025-05-01', persenFisik: 40 }] }),
      keg({ id: 'b', status: 'dibatalkan', progres: [{ tanggal: '2025-05-01', persenFisik: 0 }] }),
      keg({ id: 'c', status: 'direncanakan' }),
    ]);
    expect(s.averageProgress).to.equal(0.4);
    expect(s.measured).to.equal(1);
    expect(summarizeKegiatan([keg({ status: 'usulan' })]).averageProgress).to.equal(null);
    expect(summarizeKegiatan([])).to.deep.equal({ total: 0, perStatus: [], averageProgress: null, measured: 0 });
  });

  it('takes the latest progress by date, a same-day correction winning', () => {
    const k = keg({
      progres: [
        { tanggal: '2025-07-01', persenFisik: 60 },
        { tanggal: '2025-05-01', persenFisik: 30 },
        { tanggal: '2025-07-01', persenFisik: 55, catatan: 'koreksi' },
      ],
    });
    expect(latestProgres(k)?.persenFisik).to.equal(55);
    expect(latestProgres(keg({}))).to.equal(undefined);
  });

  it('warns of an unexplained drop, selesai below 100 % and dates outside the fiscal year', async () => {
    const all = (await loadExample()).kegiatan!;
    // the example's one drop (50 → 45) is explained in its catatan: no warning
    expect(all.flatMap((k) => kegiatanWarnings(k))).to.deep.equal([]);
    const k = keg({
      status: 'selesai',
      jadwal: { mulai: '2024-12-15', selesai: '2026-01-10' },
      progres: [
        { tanggal: '2025-03-01', persenFisik: 50 },
        { tanggal: '2025-04-01', persenFisik: 40 },
        { tanggal: '2025-05-01', persenFisik: 30, catatan: 'diukur ulang' },
        { tanggal: '2025-06-01', persenFisik: 95 },
      ],
    });
    expect(kegiatanWarnings(k)).to.deep.equal([
      { code: 'progress_drop', tanggal: '2025-04-01', dari: 50, ke: 40 },
      { code: 'selesai_below_100', persen: 95 },
      { code: 'outside_fiscal_year', field: 'mulai', tanggal: '2024-12-15' },
      { code: 'outside_fiscal_year', field: 'selesai', tanggal: '2026-01-10' },
    ]);
  });

  it('does not warn "selesai below 100 %" when there is no progress report at all', () => {
    expect(kegiatanWarnings(keg({ status: 'selesai' }))).to.deep.equal([]);
    expect(kegiatanWarnings(keg({ status: 'selesai', progres: [] }))).to.deep.equal([]);
    // a report that says 0 % is a real figure and still contradicts "selesai"
    expect(kegiatanWarnings(keg({ status: 'selesai', progres: [{ tanggal: '2025-05-01', persenFisik: 0 }] }))).to.deep.equal([
      { code: 'selesai_below_100', persen: 0 },
    ]);
    expect(kegiatanWarnings(keg({ status: 'selesai', progres: [{ tanggal: '2025-05-01', persenFisik: 100 }] }))).to.deep.equal([]);
  });
});

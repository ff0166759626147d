import { expect } from '@open-wc/testing';
import { countByStatus, filterUsulan, sortUsulan, toPublicUsulan, usulanYears } from '../../src/model/usulan-public.js';
import type { Usulan } from '../../src/schema/index.js';

const base = (extra: Partial<Usulan> & { id: string }): Usulan => ({
  jenis: 'aspirasi',
  judul: 'Judul',
  deskripsi: 'Uraian',
  forum: 'daring',
  tahunUsulan: 2025,
  pengusul: { jenis: 'perorangan', nama: 'Budi', tampilkanNama: true },
  kontakPribadi: { telepon: '0812000', email: 'b@x.id' },
  persetujuan: { simpanData: true, publikasiIsi: true, publikasiNama: true, bolehDihubungi: true, tanggal: '2025-01-01T00:00:00+07:00', versiKebijakan: '1' },
  status: 'diterima',
  ...extra,
}) as Usulan;

describe('model/usulan-public', () => {
  it('drops private contact always, and the name without consent', () => {
    const p = toPublicUsulan(base({ id: 'a' }));
    expect(p.nama).to.equal('Budi');
    expect(JSON.stringify(p)).not.to.contain('0812000');
    expect(JSON.stringify(p)).not.to.contain('b@x.id');
    const noConsent = toPublicUsulan(base({ id: 'b', persetujuan: { ...base({ id: 'x' }).persetujuan, publikasiNama: false } }));
    expect('nama' in noConsent).to.equal(false);
    expect(JSON.stringify(noConsent)).not.to.contain('Budi');
  });

  it('withholds judul, uraian and tanggapan when the content may not be published', () => {
    const p = toPublicUsulan(base({ id: 'c', tanggapan: 'jawab', persetujuan: { ...base({ id: 'x' }).persetujuan, publikasiIsi: false } }));
    expect(p.isiDisembunyikan).to.equal(true);
    expect(['judul' in p, 'deskripsi' in p, 'tanggapan' in p]).to.deep.equal([false, false, false]);
  });

  it('orders the status history by date', () => {
    const p = toPublicUsulan(base({ id: 'd', riwayatStatus: [{ status: 'dibahas', tanggal: '2025-03-01' }, { status: 'diterima', tanggal: '2025-01-05' }] }));
    expect(p.riwayatStatus.map((r) => r.status)).to.deep.equal(['diterima', 'dibahas']);
  });

  const list = [
    base({ id: '1', status: 'masuk_rkpdes', jenis: 'usulan_kegiatan', lokasi: { dusunId: 'd1' } }),
    base({ id: '2', status: 'diterima', tahunUsulan: 2024, lokasi: { dusunId: 'd2' } }),
    base({ id: '3', status: 'masuk_rkpdes', jenis: 'pengaduan', lokasi: { dusunId: 'd1' } }),
    base({ id: '4', status: 'ditolak' }),
  ].map(toPublicUsulan);

  it('filters by status, jenis, dusun and year together', () => {
    expect(filterUsulan(list, {}).map((u) => u.id)).to.deep.equal(['1', '2', '3', '4']);
    expect(filterUsulan(list, { status: 'masuk_rkpdes' }).map((u) => u.id)).to.deep.equal(['1', '3']);
    expect(filterUsulan(list, { status: 'masuk_rkpdes', jenis: 'pengaduan' }).map((u) => u.id)).to.deep.equal(['3']);
    expect(filterUsulan(list, { dusunId: 'd1', tahun: 2025 }).map((u) => u.id)).to.deep.equal(['1', '3']);
    expect(filterUsulan(list, { tahun: 2024 }).map((u) => u.id)).to.deep.equal(['2']);
    expect(filterUsulan(list, { tahun: 2023 })).to.deep.equal([]);
  });

  it('lists years newest first and counts statuses in life-cycle order', () => {
    expect(usulanYears(list)).to.deep.equal([2025, 2024]);
    expect(usulanYears([])).to.deep.equal([]);
    expect(countByStatus(list)).to.deep.equal([
      { status: 'diterima', count: 1 },
      { status: 'masuk_rkpdes', count: 2 },
      { status: 'ditolak', count: 1 },
    ]);
  });

  it('sorts newest year first, then by the latest status date', () => {
    const s = sortUsulan([
      toPublicUsulan(base({ id: 'old', tahunUsulan: 2023 })),
      toPublicUsulan(base({ id: 'a', riwayatStatus: [{ status: 'diterima', tanggal: '2025-02-01' }] })),
      toPublicUsulan(base({ id: 'b', riwayatStatus: [{ status: 'diterima', tanggal: '2025-05-01' }] })),
    ]);
    expect(s.map((u) => u.id)).to.deep.equal(['b', 'a', 'old']);
  });
});

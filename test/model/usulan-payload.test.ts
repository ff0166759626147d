import { expect } from '@open-wc/testing';
import {
  DEFAULT_BIDANG, draftHasContent, draftToPayload, emptyDraft, formIssues, localReference, payloadToDraft, rfc3339,
  ungroupCount, type UsulanDraft,
} from '../../src/model/usulan-payload.js';
import { validateUsulanBaru } from '../../src/schema/index.js';

const ctx = { clientId: 'abcd1234-efgh', tanggal: '2025-07-01T09:30:00+07:00', versiKebijakan: '2025-01', tahunUsulan: 2025 };
const filled = (extra: Partial<UsulanDraft> = {}): UsulanDraft => ({
  ...emptyDraft(),
  jenis: 'usulan_kegiatan',
  judul: '  Lampu jalan RT 03 ',
  deskripsi: 'Tikungan gelap.',
  simpanData: true,
  ...extra,
});

describe('model/usulan-payload', () => {
  it('writes RFC 3339 with the given offset', () => {
    const d = new Date('2025-07-01T02:30:00Z');
    expect(rfc3339(d, 420)).to.equal('2025-07-01T09:30:00+07:00');
    expect(rfc3339(d, 0)).to.equal('2025-07-01T02:30:00+00:00');
    expect(rfc3339(d, -150)).to.equal('2025-07-01T00:00:00-02:30');
  });

  it('builds the smallest valid payload, trimmed, with no empty objects', () => {
    const p = draftToPayload(filled(), ctx);
    expect(p).to.deep.equal({
      clientId: 'abcd1234-efgh',
      jenis: 'usulan_kegiatan',
      judul: 'Lampu jalan RT 03',
      deskripsi: 'Tikungan gelap.',
      forum: 'daring',
      tahunUsulan: 2025,
      tahunRencana: 2026,
      pengusul: { jenis: 'perorangan', tampilkanNama: false },
      persetujuan: {
        simpanData: true, publikasiIsi: true, publikasiNama: false, bolehDihubungi: false,
        tanggal: '2025-07-01T09:30:00+07:00', versiKebijakan: '2025-01',
      },
    });
    expect(validateUsulanBaru(p).issues).to.deep.equal([]);
  });

  it('maps kategori to the default bidang of DATA-MODEL section 8', () => {
    expect(draftToPayload(filled({ kategori: 'pertanian' }), ctx).bidang).to.equal(4);
    expect(draftToPayload(filled({ kategori: 'tata_kelola' }), ctx).bidang).to.equal(1);
    expect(draftToPayload(filled({ kategori: 'kebencanaan' }), ctx).bidang).to.equal(5);
    expect('bidang' in draftToPayload(filled({ kategori: 'lainnya' }), ctx)).to.equal(false);
    expect(DEFAULT_BIDANG.sosial_budaya).to.equal(3);
  });

  it('publishes a name only with a name and consent, and never when anonymous', () => {
    const named = draftToPayload(filled({ nama: 'Siti', publikasiNama: true }), ctx);
    expect(named.pengusul).to.deep.equal({ jenis: 'perorangan', nama: 'Siti', tampilkanNama: true });
    expect((named.persetujuan as any).publikasiNama).to.equal(true);
    const anon = draftToPayload(filled({ nama: 'Siti', publikasiNama: true, anonim: true }), ctx);
    expect(anon.pengusul).to.deep.equal({ jenis: 'perorangan', tampilkanNama: false });
    expect((anon.persetujuan as any).publikasiNama).to.equal(false);
    const noName = draftToPayload(filled({ publikasiNama: true }), ctx);
    expect((noName.persetujuan as any).publikasiNama).to.equal(false);
    for (const p of [named, anon, noName]) expect(validateUsulanBaru(p).issues).to.deep.equal([]);
  });

  it('carries location, beneficiaries and private contact; numbers as numbers', () => {
    const p = draftToPayload(
      filled({
        dusunId: 'dsn-ngasem', rt: '02', rw: '', lokasiDeskripsi: 'dekat masjid', koordinat: { lat: -7.5, lng: 110.2 },
        perkiraanJiwa: ' 120 ', kelompok: ['lansia', 'anak'], telepon: '0812', email: 'a@b.id',
      }),
      ctx,
    );
    expect(p.lokasi).to.deep.equal({ dusunId: 'dsn-ngasem', rt: '02', deskripsi: 'dekat masjid', koordinat: { lat: -7.5, lng: 110.2 } });
    expect(p.penerimaManfaat).to.deep.equal({ perkiraanJiwa: 120, kelompok: ['lansia', 'anak'] });
    expect(p.kontakPribadi).to.deep.equal({ telepon: '0812', email: 'a@b.id' });
  });

  it('reads thousands dots in a count of people ("1.000" is a thousand) and leaves anything else as typed', () => {
    expect(ungroupCount('1.000')).to.equal('1000');
    expect(ungroupCount('12.500')).to.equal('12500');
    expect(ungroupCount('1.250.000')).to.equal('1250000');
    expect(ungroupCount(' 2.000 ')).to.equal('2000');
    for (const asTyped of ['40', ' 40 ', '1000', '', '12.5', '1.00', '1.0000', '1,000', '.500', '1.000,5', 'seribu', '0.355', '00.500']) {
      expect(ungroupCount(asTyped), asTyped).to.equal(asTyped);
    }
    const p = draftToPayload(filled({ perkiraanJiwa: ungroupCount('1.500') }), ctx);
    expect(p.penerimaManfaat).to.deep.equal({ perkiraanJiwa: 1500 });
  });

  it('turns a stored payload back into the draft the reader typed, every field', () => {
    const typed: UsulanDraft = {
      jenis: 'pengaduan', judul: 'Jembatan bambu rusak', deskripsi: 'Papan lantai lepas.', kategori: 'infrastruktur',
      dusunId: 'dsn-ngasem', rt: '02', rw: '05', lokasiDeskripsi: 'dekat masjid', koordinat: { lat: -7.5, lng: 110.2 },
      kelompok: ['lansia', 'anak'], perkiraanJiwa: '1000', pengusulJenis: 'kelompok', nama: 'Kelompok Tani Makmur', anonim: false,
      telepon: '0812', email: 'a@b.id', simpanData: true, publikasiIsi: false, publikasiNama: true, bolehDihubungi: true,
    };
    const payload = draftToPayload(typed, ctx);
    expect(payloadToDraft(payload)).to.deep.equal(typed);
    // Sent again, it is the same submission.
    expect(draftToPayload(payloadToDraft(payload), ctx)).to.deep.equal(payload);
  });

  it('gives back the smallest payload as the smallest draft, and a count as digits without dots', () => {
    expect(payloadToDraft(draftToPayload(filled(), ctx))).to.deep.equal({
      ...emptyDraft(), jenis: 'usulan_kegiatan', judul: 'Lampu jalan RT 03', deskripsi: 'Tikungan gelap.', simpanData: true,
    });
    const counted = draftToPayload(filled({ perkiraanJiwa: ungroupCount('1.500') }), ctx);
    expect(payloadToDraft(counted).perkiraanJiwa).to.equal('1500');
  });

  it('a submission sent without a name comes back without one and makes the same payload again', () => {
    const payload = draftToPayload(filled({ nama: 'Siti', publikasiNama: true, anonim: true }), ctx);
    const back = payloadToDraft(payload);
    expect([back.nama, back.anonim, back.publikasiNama]).to.deep.equal(['', false, false]);
    expect(draftToPayload(back, ctx)).to.deep.equal(payload);
  });

  it('reads a damaged or foreign payload by type and fills the rest from the empty draft', () => {
    expect(payloadToDraft({})).to.deep.equal(emptyDraft());
    const odd = payloadToDraft({
      judul: 42, deskripsi: 'Isi', lokasi: ['x'], penerimaManfaat: { kelompok: ['lansia', 7], perkiraanJiwa: null },
      pengusul: { nama: { id: 'x' } }, persetujuan: { simpanData: 'ya', publikasiIsi: 0 },
      kontakPribadi: null,
    });
    expect(odd).to.deep.equal({ ...emptyDraft(), deskripsi: 'Isi', kelompok: ['lansia'] });
    expect(payloadToDraft({ lokasi: { koordinat: { lat: '-7', lng: 110 } } }).koordinat).to.equal(null);
  });

  it('says whether a draft holds text or a located point (what replacing it would lose)', () => {
    expect(draftHasContent(emptyDraft())).to.equal(false);
    expect(draftHasContent({ ...emptyDraft(), jenis: 'aspirasi', kategori: 'kesehatan', kelompok: ['anak'], simpanData: true, anonim: true })).to.equal(false);
    expect(draftHasContent({ ...emptyDraft(), judul: '   ' })).to.equal(false);
    for (const field of ['judul', 'deskripsi', 'rt', 'rw', 'lokasiDeskripsi', 'perkiraanJiwa', 'nama', 'telepon', 'email'] as const) {
      expect(draftHasContent({ ...emptyDraft(), [field]: 'x' }), field).to.equal(true);
    }
    expect(draftHasContent({ ...emptyDraft(), koordinat: { lat: -7.5, lng: 110.2 } })).to.equal(true);
  });

  it('never has a NIK or KK field', () => {
    const json = JSON.stringify(draftToPayload(filled({ nama: 'x', telepon: '1', email: 'a@b.id' }), ctx));
    expect(/nik|nomorKk|\bkk\b/i.test(json)).to.equal(false);
  });

  it('leaves an unchecked simpanData for the schema to reject', () => {
    const r = validateUsulanBaru(draftToPayload(filled({ simpanData: false }), ctx));
    expect(r.issues.map((i) => i.path)).to.deep.equal(['persetujuan.simpanData']);
  });

  it('asks for jenis, a non-blank judul and uraian, and a dusun only when required', () => {
    expect(formIssues({ ...emptyDraft(), judul: '  ' }).map((i) => i.path)).to.deep.equal(['jenis', 'judul', 'deskripsi']);
    expect(formIssues(filled())).to.deep.equal([]);
    expect(formIssues(filled(), { requireDusun: true }).map((i) => [i.path, i.code])).to.deep.equal([['lokasi.dusunId', 'required']]);
    expect(formIssues(filled({ dusunId: 'dsn-a' }), { requireDusun: true })).to.deep.equal([]);
  });

  it('makes a local reference from the device id', () => {
    expect(localReference('abcd1234-efgh')).to.equal('L-1234-EFGH');
    expect(localReference('usl-0a1b2c3d4e5f6a7b8c9d0e1f')).to.equal('L-8C9D-0E1F');
    expect(localReference('a-b_c-d1e2f3')).to.equal('L-BCD1-E2F3');
  });
});

import { expect } from '@open-wc/testing';
import {
  BIDANG,
  KEGIATAN_REFERENSI,
  KEGIATAN_REFERENSI_VERSI,
  KODE_REKENING,
  SUB_BIDANG,
  SUMBER_DANA_KODE,
  SILTAP_JENIS,
  SILTAP_KEGIATAN,
  SUMBER_DANA_SISKEUDES,
  akunOf,
  bidangOfKegiatan,
  isKodeWithin,
  jenisOf,
  kelompokOf,
  normalizeKodeBidangSiskeudes,
  normalizeKodeKegiatanSiskeudes,
  parentKode,
  siltapSelector,
  subBidangOfKegiatan,
  sumberDanaFromSiskeudes,
  sumberDanaOfKodeRekening,
} from '../../src/schema/codes/index.js';

describe('codes: kode rekening (A.1)', () => {
  it('lists every akun, kelompok and jenis of Appendix A.1', () => {
    const keys = Object.keys(KODE_REKENING);
    expect(keys.filter((k) => !k.includes('.'))).to.deep.equal(['4', '5', '6']);
    expect(keys.filter((k) => k.split('.').length === 2)).to.deep.equal([
      '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2',
    ]);
    expect(keys.filter((k) => k.split('.').length === 3)).to.have.length(44);
    expect(KODE_REKENING['4.2.1']).to.deep.equal({ id: 'Dana Desa', en: 'Village Fund (APBN)' });
    expect(KODE_REKENING['5.3.5'].en).to.equal('Capital: roads');
    expect(KODE_REKENING['4.3.9'].id).to.equal('Lain-lain Pendapatan Desa Yang Sah');
  });

  it('every jenis sits under a listed kelompok, and every label has both languages', () => {
    for (const [kode, label] of Object.entries(KODE_REKENING)) {
      const parent = parentKode(kode);
      if (parent !== undefined) expect(KODE_REKENING[parent], kode).to.exist;
      expect(label.id.length, kode).to.be.greaterThan(0);
      expect(label.en.length, kode).to.be.greaterThan(0);
    }
  });

  it('cuts a code to its akun, kelompok, jenis and parent', () => {
    expect(akunOf('5.2.7.01')).to.equal('5');
    expect(kelompokOf('5.2.7.01')).to.equal('5.2');
    expect(jenisOf('5.2.7.01')).to.equal('5.2.7');
    expect(parentKode('5.2.7.01')).to.equal('5.2.7');
    expect(parentKode('5.2')).to.equal('5');
    expect(parentKode('5')).to.equal(undefined);
    expect(kelompokOf('4')).to.equal(undefined);
    expect(jenisOf('4.2')).to.equal(undefined);
    expect(jenisOf('4.2.1')).to.equal('4.2.1');
  });

  it('compares codes by whole segments', () => {
    expect(isKodeWithin('4.1.3', '4.1')).to.equal(true);
    expect(isKodeWithin('4.1', '4.1')).to.equal(true);
    expect(isKodeWithin('4.10.1', '4.1')).to.equal(false);
    expect(isKodeWithin('4.1', '4.1.3')).to.equal(false);
  });
});

describe('codes: bidang (A.2)', () => {
  it('lists the five bidang and all 27 sub-bidang', () => {
    expect(Object.keys(BIDANG)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(BIDANG[2]).to.deep.equal({ id: 'Pelaksanaan Pembangunan Desa', en: 'Village development' });
    const subs = Object.keys(SUB_BIDANG);
    expect(subs).to.have.length(27);
    expect(subs.filter((s) => s.startsWith('2.'))).to.have.length(8);
    expect(SUB_BIDANG['2.3'].id).to.equal('Pekerjaan Umum dan Penataan Ruang');
    expect(SUB_BIDANG['5.3'].en).to.equal('Urgent needs');
    for (const s of subs) expect(BIDANG[bidangOfKegiatan(s)], s).to.exist;
  });

  it('tags every reference kegiatan with its reference version', () => {
    expect(Object.keys(KEGIATAN_REFERENSI)).to.have.length(13);
    expect(KEGIATAN_REFERENSI['2.3.10']).to.deep.equal({
      nama: 'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa',
      referensi: KEGIATAN_REFERENSI_VERSI,
    });
    for (const kode of Object.keys(KEGIATAN_REFERENSI)) {
      expect(SUB_BIDANG[subBidangOfKegiatan(kode)!], kode).to.exist;
    }
  });

  it('derives bidang and sub-bidang from a kegiatan code', () => {
    expect(bidangOfKegiatan('2.3.10')).to.equal(2);
    expect(subBidangOfKegiatan('2.3.10')).to.equal('2.3');
    expect(subBidangOfKegiatan('4.12.01')).to.equal('4.12');
    expect(subBidangOfKegiatan('4')).to.equal(undefined);
  });

  it('normalises Siskeudes kegiatan codes to B.S.KK', () => {
    expect(normalizeKodeKegiatanSiskeudes('02.03.10.')).to.equal('2.3.10');
    expect(normalizeKodeKegiatanSiskeudes('01.01.05.')).to.equal('1.1.05');
    expect(normalizeKodeKegiatanSiskeudes('05.03.01')).to.equal('5.3.01');
    expect(normalizeKodeKegiatanSiskeudes(' 2.3.10 ')).to.equal('2.3.10');
    // <Kd_Desa><BB.SS.KK.>: a village prefix before the kegiatan
    expect(normalizeKodeKegiatanSiskeudes('33.99.01.2001.02.03.10.')).to.equal('2.3.10');
    expect(normalizeKodeKegiatanSiskeudes('01.2001.04.06.01.')).to.equal('4.6.01');
    expect(normalizeKodeKegiatanSiskeudes('02.03.9.')).to.equal('2.3.09');
  });

  it('refuses what is not a kegiatan code', () => {
    expect(normalizeKodeKegiatanSiskeudes('06.01.01.')).to.equal(undefined);
    expect(normalizeKodeKegiatanSiskeudes('02.03.')).to.equal(undefined);
    expect(normalizeKodeKegiatanSiskeudes('02.00.01.')).to.equal(undefined);
    expect(normalizeKodeKegiatanSiskeudes('02.03.100.')).to.equal(undefined);
    expect(normalizeKodeKegiatanSiskeudes('02.xx.10.')).to.equal(undefined);
    expect(normalizeKodeKegiatanSiskeudes('')).to.equal(undefined);
  });

  it('reads the bidang from the 00.0000.0B form', () => {
    expect(normalizeKodeBidangSiskeudes('00.0000.02')).to.equal(2);
    expect(normalizeKodeBidangSiskeudes('00.0000.05.')).to.equal(5);
    expect(normalizeKodeBidangSiskeudes('00.0000.06')).to.equal(undefined);
    expect(normalizeKodeBidangSiskeudes('00.0000.0B')).to.equal(undefined);
  });
});

describe('codes: sumber dana (section 11)', () => {
  it('maps each source to the account it flows from', () => {
    expect(SUMBER_DANA_KODE.dana_desa).to.equal('4.2.1');
    expect(SUMBER_DANA_KODE.pades).to.equal('4.1');
    expect(SUMBER_DANA_KODE.silpa).to.equal('6.1.1');
    expect(Object.keys(SUMBER_DANA_KODE)).to.have.length(11);
    for (const kode of Object.values(SUMBER_DANA_KODE)) expect(KODE_REKENING[kode], kode).to.exist;
  });

  it('finds the most specific source of an income account', () => {
    expect(sumberDanaOfKodeRekening('4.1.3')).to.equal('swadaya');
    expect(sumberDanaOfKodeRekening('4.1.2')).to.equal('pades');
    expect(sumberDanaOfKodeRekening('4.1.2.01')).to.equal('pades');
    expect(sumberDanaOfKodeRekening('4.2.1.01')).to.equal('dana_desa');
    expect(sumberDanaOfKodeRekening('4.3.3')).to.equal('csr');
    expect(sumberDanaOfKodeRekening('4.3.6')).to.equal('lainnya');
    expect(sumberDanaOfKodeRekening('6.1.1')).to.equal('silpa');
    expect(sumberDanaOfKodeRekening('6.1.2')).to.equal(undefined);
    expect(sumberDanaOfKodeRekening('5.2.1')).to.equal(undefined);
  });

  it('translates Siskeudes funding codes both ways', () => {
    expect(sumberDanaFromSiskeudes('DDS')).to.equal('dana_desa');
    expect(sumberDanaFromSiskeudes(' add ')).to.equal('add');
    expect(sumberDanaFromSiskeudes('PBK')).to.equal('bankeu_kabkota');
    expect(sumberDanaFromSiskeudes('DLL')).to.equal('lainnya');
    expect(sumberDanaFromSiskeudes('XYZ')).to.equal(undefined);
    expect(SUMBER_DANA_SISKEUDES.dana_desa).to.equal('DDS');
    expect(SUMBER_DANA_SISKEUDES.silpa).to.equal(undefined);
  });
});

describe('codes: siltap (70/30)', () => {
  it('reads siltap by jenis when any line has a siltap jenis, else by kegiatan', () => {
    const byJenis = siltapSelector([
      { kodeRekening: '5.1.2.01', kodeKegiatan: '1.1.02' },
      { kodeRekening: '5.2.2', kodeKegiatan: '1.1.05' },
    ]);
    expect(byJenis.basis).to.equal('jenis');
    expect(byJenis.isSiltap({ kodeRekening: '5.1.2.01' })).to.equal(true);
    expect(byJenis.isSiltap({ kodeRekening: '5.2.2', kodeKegiatan: '1.1.05' })).to.equal(false);
    expect(byJenis.isSiltap({ kodeRekening: '5.1.3' })).to.equal(false);

    const byKegiatan = siltapSelector([{ kodeRekening: '5.2.2', kodeKegiatan: '1.1.05' }]);
    expect(byKegiatan.basis).to.equal('kegiatan');
    expect(byKegiatan.isSiltap({ kodeRekening: '5.2.2', kodeKegiatan: '1.1.05' })).to.equal(true);
    expect(byKegiatan.isSiltap({ kodeRekening: '5.2.2', kodeKegiatan: '1.1.04' })).to.equal(false);
    expect(SILTAP_JENIS).to.deep.equal(['5.1.1', '5.1.2', '5.1.4']);
    expect(SILTAP_KEGIATAN).to.deep.equal(['1.1.01', '1.1.02', '1.1.05']);
  });
});

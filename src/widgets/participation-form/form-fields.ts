/**
 * Where an issue's JSON path shows up in the form: each path names one input (its id), so
 * an inline message sits under it, is tied by aria-describedby, and the error summary links
 * to it. Paths the form has no input for go to the summary only.
 */
export const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  jenis: 'jenis',
  judul: 'judul',
  deskripsi: 'deskripsi',
  kategori: 'kategori',
  'lokasi.dusunId': 'dusunId',
  'lokasi.rt': 'rt',
  'lokasi.rw': 'rw',
  'lokasi.deskripsi': 'lokasiDeskripsi',
  'penerimaManfaat.perkiraanJiwa': 'perkiraanJiwa',
  'pengusul.nama': 'nama',
  'kontakPribadi.telepon': 'telepon',
  'kontakPribadi.email': 'email',
  'persetujuan.simpanData': 'simpanData',
};

/** The element a summary link focuses: a radio group's first option, else the input itself. */
export function focusTargetId(field: string): string {
  return field === 'jenis' ? 'jenis-usulan_kegiatan' : field;
}

export const JUDUL_MAX = 120;
export const DESKRIPSI_MAX = 2000;

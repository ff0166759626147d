import type { CsvCell } from '../../core/csv.js';
import type { DataTableModel } from '../../core/data-table.js';
import { formatDate, formatRupiah } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { sanitizeUrl } from '../../core/sanitize-url.js';
import { orgIndex, type PartnerNetwork } from '../../model/partner-network.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import { LABEL_JENIS_ORGANISASI, LABEL_PERAN_MITRA, LABEL_STATUS_KEMITRAAN } from '../../schema/index.js';
import type { PartnerStrings } from './strings.js';
import { villageName } from '../../core/village.js';

/** One row per organisation's role in a partnership: the grain both the table and the CSV use. */
function roleRows(network: PartnerNetwork) {
  const orgs = orgIndex(network);
  return network.partnerships.flatMap((p) =>
    (p.roles.length ? p.roles : [null]).map((r) => ({ p, role: r, org: r ? orgs.get(r.orgKey) : undefined })),
  );
}

export function partnerTable(network: PartnerNetwork, datasets: readonly KpmDesaDataset[], s: PartnerStrings, lang: Lang): DataTableModel {
  const c = s.columns;
  const many = datasets.length > 1;
  return {
    caption: s.tableCaption,
    columns: [
      { header: c.kemitraan }, { header: c.organisasi }, { header: c.peran }, { header: c.status },
      { header: c.mulai }, { header: c.selesai }, { header: c.nilai, numeric: true },
      ...(many ? [{ header: c.desa }] : []),
    ],
    rows: roleRows(network).map(({ p, role, org }) => {
      const k = p.kemitraan;
      return [
        k.judul,
        org?.nama ?? '–',
        role ? LABEL_PERAN_MITRA[role.peran][lang] : '–',
        LABEL_STATUS_KEMITRAAN[k.status][lang],
        formatDate(k.periode.mulai, lang),
        k.periode.selesai ? formatDate(k.periode.selesai, lang) : '–',
        k.nilai ? formatRupiah(k.nilai.jumlah, lang) : '–',
        ...(many ? [datasets[p.dataset] ? villageName(datasets[p.dataset]!.desa) : ''] : []),
      ];
    }),
  };
}

/** CSV rows: raw numbers and ISO dates, so a spreadsheet can sum and sort them. */
export function partnerCsv(network: PartnerNetwork, datasets: readonly KpmDesaDataset[], s: PartnerStrings, lang: Lang): CsvCell[][] {
  const c = s.columns;
  return [
    [c.kemitraan, c.organisasi, c.jenis, c.peran, c.status, c.mulai, c.selesai, c.nilai, c.desa, c.kodeWilayah, c.dokumen],
    ...roleRows(network).map(({ p, role, org }) => {
      const k = p.kemitraan;
      const desa = datasets[p.dataset]?.desa;
      return [
        k.judul,
        org?.nama ?? '',
        org ? LABEL_JENIS_ORGANISASI[org.jenis][lang] : '',
        role ? LABEL_PERAN_MITRA[role.peran][lang] : '',
        LABEL_STATUS_KEMITRAAN[k.status][lang],
        k.periode.mulai,
        k.periode.selesai ?? '',
        k.nilai?.jumlah ?? null,
        desa?.nama ?? '',
        [...new Set(k.lokasi.map((l) => l.kodeWilayah))].join(' '),
        sanitizeUrl(k.dokumen?.url) ?? k.dokumen?.nomor ?? '',
      ];
    }),
  ];
}

import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatList, formatRupiah } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { sanitizeHttpUrl, sanitizeUrl } from '../../core/sanitize-url.js';
import type { NetworkOrg, NetworkPartnership, PeranMitra } from '../../model/partner-network.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import {
  KODE_REKENING, LABEL_BIDANG, LABEL_JENIS_DOKUMEN_KEMITRAAN, LABEL_JENIS_ORGANISASI, LABEL_PERAN_MITRA,
  LABEL_STATUS_KEMITRAAN, LABEL_VERSI_APBDES,
} from '../../schema/index.js';
import type { PartnerStrings } from './strings.js';
import { villageName, villageWord } from '../../core/village.js';

export interface ListContext {
  partnerships: readonly NetworkPartnership[];
  orgs: ReadonlyMap<string, NetworkOrg>;
  datasets: readonly KpmDesaDataset[];
  s: PartnerStrings;
  lang: Lang;
  highlight: ReadonlySet<string>;
}

/** Each partner once, with all its roles in this partnership. */
function partnersOf(p: NetworkPartnership): [string, PeranMitra[]][] {
  const by = new Map<string, PeranMitra[]>();
  for (const r of p.roles) by.set(r.orgKey, [...(by.get(r.orgKey) ?? []), r.peran]);
  return [...by];
}

function row(label: string, value: unknown): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function card(p: NetworkPartnership, c: ListContext): TemplateResult {
  const { s, lang } = c;
  const k = p.kemitraan;
  const data = c.datasets[p.dataset];
  const period = s.period(formatDate(k.periode.mulai, lang), k.periode.selesai ? formatDate(k.periode.selesai, lang) : null);
  const docUrl = sanitizeUrl(k.dokumen?.url);
  const docText = k.dokumen
    ? [LABEL_JENIS_DOKUMEN_KEMITRAAN[k.dokumen.jenis][lang], k.dokumen.nomor ? s.documentNumber(k.dokumen.nomor) : '', k.dokumen.tanggal ? formatDate(k.dokumen.tanggal, lang) : '']
        .filter(Boolean)
        .join(', ')
    : '';
  const kegiatan = (k.kegiatanIds ?? []).map((id) => data?.kegiatan?.find((g) => g.id === id)?.nama ?? id);
  const rec = k.tercatatDiApbdes;
  const apbdes = rec ? data?.apbdes?.find((a) => a.id === rec.apbdesId) : undefined;
  const places = k.lokasi.map((l) => {
    const dusun = l.dusunId ? data?.desa.dusun?.find((d) => d.id === l.dusunId)?.nama : undefined;
    const desa = l.kodeWilayah === data?.desa.kodeWilayah ? villageName(data.desa) : l.kodeWilayah;
    return [l.keterangan, dusun, desa].filter(Boolean).join(', ');
  });
  return html`<li class=${c.highlight.has(p.key) ? 'card hl' : 'card'} part="card" data-key=${p.key}>
    <article aria-labelledby=${`k-${p.key}`}>
      <h3 id=${`k-${p.key}`}>${k.judul}</h3>
      <p class="meta"><span class="status" data-status=${k.status}>${LABEL_STATUS_KEMITRAAN[k.status][lang]}</span> · ${period}
        ${c.datasets.length > 1 && data ? html` · ${villageWord(data.desa)} ${villageName(data.desa)}` : nothing}</p>
      ${k.deskripsi ? html`<p class="desc">${k.deskripsi}</p>` : nothing}
      <dl>
        ${row(s.partners, html`<ul class="partners">${partnersOf(p).map(([key, roles]) => {
          const org = c.orgs.get(key);
          const web = sanitizeHttpUrl(org?.situsWeb);
          const name = org?.nama ?? key;
          return html`<li><strong>${web ? html`<a href=${web} rel="noopener noreferrer" target="_blank">${name}</a>` : name}</strong>${org?.singkatan ? ` (${org.singkatan})` : ''}
            <span class="muted">${org ? LABEL_JENIS_ORGANISASI[org.jenis][lang] : ''}</span> —
            ${formatList(roles.map((r) => LABEL_PERAN_MITRA[r][lang]), lang)}</li>`;
        })}</ul>`)}
        ${k.nilai ? row(s.value, html`${formatRupiah(k.nilai.jumlah, lang)}${k.nilai.catatan ? html` <span class="muted">(${k.nilai.catatan})</span>` : nothing}`) : nothing}
        ${k.sektor?.length ? row(s.sectors, formatList([...new Set(k.sektor.map((x) => LABEL_BIDANG[x.bidang][lang]))], lang)) : nothing}
        ${k.tema?.length ? row(s.themes, k.tema.join(', ')) : nothing}
        ${row(s.locations, places.join('; '))}
        ${k.dokumen ? row(s.document, docUrl ? html`<a href=${docUrl} rel="noopener noreferrer" target="_blank">${docText}</a>` : docText) : nothing}
        ${kegiatan.length ? row(s.kegiatan, kegiatan.join('; ')) : nothing}
        ${rec
          ? row(s.recorded, s.apbdes(
              String(apbdes?.tahunAnggaran ?? rec.apbdesId),
              apbdes ? LABEL_VERSI_APBDES[apbdes.versi][lang] : '',
              rec.kodeRekening,
              KODE_REKENING[rec.kodeRekening]?.[lang] ?? '',
            ))
          : nothing}
      </dl>
    </article>
  </li>`;
}

/** The accessible primary view: one card per partnership with everything the data says about it. */
export function renderList(c: ListContext): TemplateResult {
  return html`<ul class="cards" part="list">${c.partnerships.map((p) => card(p, c))}</ul>`;
}

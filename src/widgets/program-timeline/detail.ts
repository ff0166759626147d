import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { sanitizeHttpUrl, sanitizeUrl } from '../../core/sanitize-url.js';
import type { KegiatanTrace } from '../../model/timeline-trace.js';
import {
  LABEL_JENIS_DOKUMEN, LABEL_JENIS_PELAKSANA, LABEL_POLA_PELAKSANAAN, LABEL_SATUAN_DURASI, LABEL_STATUS_USULAN,
  LABEL_SUMBER_DANA, LABEL_SUMBER_RENCANA, LABEL_VERSI_APBDES, type KpmDesaDataset,
} from '../../schema/index.js';
import { progressText, STATUS_ICON, warningText, type TimelineRow } from './row-model.js';
import type { TimelineStrings } from './strings.js';

/** A photo that fails hides, and its link says so instead; one that loads (again) shows. */
const photoFailed = (e: Event) => (e.target as Element).parentElement!.classList.add('failed');
const photoLoaded = (e: Event) => (e.target as Element).parentElement!.classList.remove('failed');

export interface DetailOptions {
  row: TimelineRow;
  data: KpmDesaDataset;
  trace: KegiatanTrace;
  lang: Lang;
  s: TimelineStrings;
  onClose: () => void;
}

const item = (term: string, value: unknown) =>
  value === undefined || value === null || value === '' ? nothing : html`<dt>${term}</dt><dd>${value}</dd>`;

/** A link when the URL is safe, plain text otherwise. */
function link(label: string, raw: string | undefined): TemplateResult {
  const href = raw ? sanitizeUrl(raw) : null;
  return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : html`${label}`;
}

function implementer(data: KpmDesaDataset, row: TimelineRow, lang: Lang): string | undefined {
  const p = row.k.pelaksana;
  if (!p) return undefined;
  const org = p.organisasiId ? data.organisasi?.find((o) => o.id === p.organisasiId)?.nama : undefined;
  const group = p.kelompokId ? data.kelompokKpm?.find((g) => g.id === p.kelompokId)?.nama : undefined;
  const name = p.nama ?? org ?? group;
  const jenis = LABEL_JENIS_PELAKSANA[p.jenis][lang];
  return name ? `${name} (${jenis})` : jenis;
}

/**
 * One kegiatan in full: where, how much, by whom, for whom, progress with photos, and the
 * trace back to the usulan and APBDes lines. Every URL passes the sanitizer; photos load
 * lazily so a long log costs nothing until it is scrolled to.
 */
export function renderDetail(o: DetailOptions): TemplateResult {
  const { row, data, trace, lang, s } = o;
  const d = s.detail;
  const k = row.k;
  const l = k.lokasi;
  const dusun = l?.dusunId ? row.dusun : undefined;
  const where = [dusun, l?.rw?.length ? `${d.rw} ${l.rw.join(', ')}` : '', l?.rt?.length ? `${d.rt} ${l.rt.join(', ')}` : '', l?.deskripsi]
    .filter(Boolean)
    .join(' · ');
  const durasi = k.jadwal?.durasi ? `${formatNumber(k.jadwal.durasi.jumlah, lang)} ${LABEL_SATUAN_DURASI[k.jadwal.durasi.satuan][lang]}` : undefined;
  const pm = k.penerimaManfaat;
  const penerima = pm
    ? (Object.keys(d.penerima) as (keyof typeof d.penerima)[])
        .filter((key) => pm[key] !== undefined)
        .map((key) => `${formatNumber(pm[key]!, lang)} ${d.penerima[key]}`)
        .join(', ')
    : '';
  const total = k.anggaran?.total;
  return html`<section id="detail" class="detail" part="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      <h4 id="detail-title" tabindex="-1">${k.nama}</h4>
      <button type="button" class="close" @click=${o.onClose} aria-label=${d.close}>✕</button>
    </div>
    <p class="detail-status"><span class="icon" aria-hidden="true">${STATUS_ICON[k.status]}</span> ${row.status} · ${progressText(row, lang, s)} · ${row.bidang}</p>
    ${k.deskripsi ? html`<p>${k.deskripsi}</p>` : nothing}
    ${row.warnings.length
      ? html`<div class="warnings" role="note"><strong>⚠ ${s.warningsTitle}</strong>
          <ul>${row.warnings.map((w) => html`<li>${warningText(w, k, lang, s)}</li>`)}</ul></div>`
      : nothing}
    <dl>
      ${item(d.jadwal, row.dates)}
      ${item(d.durasi, durasi)}
      ${item(d.lokasi, where)}
      ${item(d.volume, k.volume !== undefined ? `${formatNumber(k.volume, lang)} ${k.satuan ?? ''}`.trim() : undefined)}
      ${item(d.keluaran, k.keluaran)}
      ${item(d.sasaran, k.sasaran)}
      ${item(d.anggaran, total !== undefined ? formatRupiah(total, lang) : undefined)}
      ${item(d.anggaranSemula, k.anggaran?.anggaranSemula !== undefined ? formatRupiah(k.anggaran.anggaranSemula, lang) : undefined)}
      ${item(
        d.realisasi,
        trace.realisasi === null ? undefined : d.realisasiOf(formatRupiah(trace.realisasi, lang), formatPercent(total ? trace.realisasi / total : null, lang)),
      )}
      ${item(d.pelaksana, implementer(data, row, lang))}
      ${item(d.pola, k.polaPelaksanaan ? LABEL_POLA_PELAKSANAAN[k.polaPelaksanaan][lang] : undefined)}
      ${item(d.penerimaManfaat, penerima)}
      ${item(d.sumberRencana, LABEL_SUMBER_RENCANA[k.sumberRencana][lang])}
      ${item(d.kode, k.kodeKegiatan)}
    </dl>
    ${k.anggaran?.perSumber?.length
      ? html`<h5>${d.perSumber}</h5>
          <ul class="plain">${k.anggaran.perSumber.map((p) => html`<li>${LABEL_SUMBER_DANA[p.sumberDana][lang]}: ${formatRupiah(p.jumlah, lang)}</li>`)}</ul>`
      : nothing}
    ${k.progres?.length
      ? html`<h5>${d.progressLog}</h5>
          <ol class="log" part="progress-log">
            ${k.progres.map(
              (p) => html`<li>
                <time datetime=${p.tanggal}>${formatDate(p.tanggal, lang)}</time>: <strong>${formatPercent(p.persenFisik / 100, lang)}</strong>${p.catatan ? html` — ${p.catatan}` : nothing}
                ${(p.fotoUrl ?? []).map((raw, n) => {
                  const src = sanitizeHttpUrl(raw);
                  // In a link, so a photo the page cannot show (offline, gone, or an image
                  // origin the host's Content-Security-Policy does not allow) can still be opened.
                  return src
                    ? html`<a class="photo-link" href=${src} target="_blank" rel="noopener noreferrer"><img class="photo" part="photo" src=${src} loading="lazy" decoding="async"
                        alt=${d.photo(k.nama, formatDate(p.tanggal, lang), n + 1)} @error=${photoFailed} @load=${photoLoaded} /><span class="photo-fallback">${d.photoUnavailable(n + 1)}</span></a>`
                    : nothing;
                })}
              </li>`,
            )}
          </ol>`
      : nothing}
    <h5>${d.trace}</h5>
    <div class="trace" part="trace">
      <p class="trace-title">${d.usulan}</p>
      ${trace.usulan.length
        ? html`<ul class="plain usulan">${trace.usulan.map(
            (u) => html`<li>${u.judul} (${u.tahunUsulan}; ${LABEL_STATUS_USULAN[u.status][lang]})</li>`,
          )}</ul>`
        : html`<p class="muted">${d.noUsulan}</p>`}
      ${trace.dokumen.length
        ? html`<p class="trace-title">${d.dokumen}</p>
            <ul class="plain dokumen">${trace.dokumen.map((doc) => {
              const label = `${LABEL_JENIS_DOKUMEN[doc.jenis][lang]}${doc.tahun ? ` ${doc.tahun}` : ''}${doc.periode ? ` ${doc.periode.tahunMulai}–${doc.periode.tahunSelesai}` : ''}${doc.nomorPerdes ? ` (${doc.nomorPerdes})` : ''}`;
              return html`<li>${link(label, doc.url)}</li>`;
            })}</ul>`
        : nothing}
      <p class="trace-title">${d.apbdesLines}</p>
      ${trace.funding.length
        ? html`<ul class="plain apbdes">${trace.funding.map(
            (f) => html`<li>${link(d.apbdesOf(f.apbdes.tahunAnggaran, LABEL_VERSI_APBDES[f.apbdes.versi][lang]), f.apbdes.dokumenUrl)}:
              ${f.line.kodeRekening} ${f.line.uraian}${f.line.sumberDana ? ` — ${LABEL_SUMBER_DANA[f.line.sumberDana][lang]}` : ''},
              ${s.detail.anggaran.toLocaleLowerCase(lang)} ${formatRupiah(f.line.anggaran, lang)},
              ${s.detail.realisasi.toLocaleLowerCase(lang)} ${formatRupiah(f.realisasi, lang)}</li>`,
          )}</ul>`
        : html`<p class="muted">${d.noApbdes}</p>`}
    </div>
  </section>`;
}

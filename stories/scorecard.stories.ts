// <kpm-scorecard>: read mode, trend, several groups, partial assessment, custom framework, edit
// mode (empty and revising), errors, English and 320 px. Data comes from the example village
// served by Storybook as /data, through `src` the way a village site embeds it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/scorecard/index.js';

const EXAMPLE = '/data/desa-sukamaju-2025.json';

interface Args {
  group?: string;
  mode?: string;
  lang?: string;
  controls?: string;
  today?: string;
  src?: string;
  width?: string;
}

const render = (a: Args, data?: unknown) => html`<div class=${a.width === '320px' ? 'narrow' : nothing}>
  <style>.narrow { width: 320px; outline: 1px dashed #999; }</style>
  <kpm-scorecard
    group=${a.group ?? nothing}
    mode=${a.mode ?? nothing}
    lang=${a.lang ?? 'id'}
    controls=${a.controls ?? nothing}
    today=${a.today ?? nothing}
    src=${data ? nothing : (a.src ?? EXAMPLE)}
    .data=${data}
  ></kpm-scorecard>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/kpm-scorecard',
  component: 'kpm-scorecard',
  args: {},
  argTypes: {
    group: { control: 'select', options: [undefined, 'kpm-sukamaju', 'kelompok-perempuan-melati', 'kpm-sukamaju kelompok-perempuan-melati'] },
    mode: { control: 'select', options: [undefined, 'edit'] },
    lang: { control: 'select', options: ['id', 'en'] },
    controls: { control: 'select', options: [undefined, 'none'] },
    src: { control: 'text' },
  },
  render: (a) => render(a),
};
export default meta;

type Story = StoryObj<Args>;

/** The example KPM: latest self-assessment 2025 with the 2024 one drawn behind it. */
export const Read: Story = { name: 'Read (with trend)' };
/** A facilitator's assessment of the women's group, with a score ≥ 3 that has no evidence. */
export const Facilitator: Story = { name: 'Assessed by a facilitator', args: { group: 'kelompok-perempuan-melati' } };
export const SeveralGroups: Story = { name: 'Several groups', args: { group: 'kpm-sukamaju kelompok-perempuan-melati', width: undefined } };
export const English: Story = { args: { lang: 'en' } };
export const Narrow320: Story = { name: '320 px', args: { width: '320px' } };
export const NoControls: Story = { name: 'controls="none"', args: { controls: 'none' } };
export const EditEmpty: Story = { name: 'Edit: new self-assessment', args: { mode: 'edit', today: '2025-10-06' } };
export const EditNarrow: Story = { name: 'Edit: 320 px, English', args: { mode: 'edit', lang: 'en', width: '320px', today: '2025-10-06' } };

/** The example village with its collections replaced: a story's own data in a real envelope. */
const withExample = (edit: (d: Record<string, unknown>) => void) => [
  async () => {
    const data = (await (await fetch(EXAMPLE)).json()) as Record<string, unknown>;
    edit(data);
    return { data };
  },
];
const fromLoader = (a: Args, ctx: { loaded: Record<string, unknown> }) => render(a, ctx.loaded.data);

const kelompok = [{ id: 'kpm-contoh', nama: 'KPM Desa Contoh', jenis: 'kelompok_pemberdayaan' }];

/** Half the criteria not yet assessed: no zeros, an open outline, "4/8 dinilai". */
export const Partial: Story = {
  name: 'Partial assessment',
  render: fromLoader,
  loaders: withExample((d) => {
    d.kelompokKpm = kelompok;
    d.penilaianKpm = [{
        id: 'nilai-1', kelompokId: 'kpm-contoh', kerangkaId: 'kpm-8-kriteria', tanggal: '2025-08-01', metode: 'penilaian_sejawat',
        kriteria: ['legalitas', 'kemandirian', 'representatif', 'partisipatif', 'kompeten', 'transparan', 'berkelanjutan', 'kreatif_inovatif']
          .map((kode, i) => ({ kode, skor: i % 2 ? null : 1 + (i % 4), bukti: i === 4 ? [] : [{ jenis: 'foto', judul: `Foto ${i + 1}` }] })),
    }];
  }),
};

const custom = {
  kelompokKpm: kelompok,
  kerangkaPenilaian: [{
    id: 'posyandu-5', nama: { id: 'Lima langkah posyandu', en: 'Five posyandu steps' },
    skala: { min: 0, maks: 2, label: { 0: { id: 'Belum', en: 'Not yet' }, 1: { id: 'Sebagian', en: 'Partly' }, 2: { id: 'Penuh', en: 'Fully' } } },
    kriteria: [
      { kode: 'daftar', nama: { id: 'Pendaftaran', en: 'Registration' } },
      { kode: 'timbang', nama: { id: 'Penimbangan', en: 'Weighing' } },
      { kode: 'catat', nama: { id: 'Pencatatan KMS', en: 'Growth card' } },
      { kode: 'penyuluhan', nama: { id: 'Penyuluhan', en: 'Counselling' } },
      { kode: 'layanan', nama: { id: 'Pelayanan kesehatan', en: 'Health service' } },
    ],
  }],
  penilaianKpm: [{
    id: 'nilai-posyandu', kelompokId: 'kpm-contoh', kerangkaId: 'posyandu-5', tanggal: '2025-09-01', metode: 'eksternal',
    penilai: { nama: 'Puskesmas Contoh' },
    kriteria: [
      { kode: 'daftar', skor: 2, bukti: [{ jenis: 'daftar_hadir', judul: 'Buku register' }] },
      { kode: 'timbang', skor: 2, bukti: [{ jenis: 'foto', judul: 'Dacin' }] },
      { kode: 'catat', skor: 1, bukti: [], rekomendasi: 'Lengkapi KMS setiap bulan' },
      { kode: 'penyuluhan', skor: 0, bukti: [], rekomendasi: 'Jadwalkan penyuluhan gizi' },
      { kode: 'layanan', skor: 2, bukti: [] },
    ],
  }],
};

/** Another framework from data: five criteria on a 0–2 scale, no code change. */
const withCustom = withExample((d) => Object.assign(d, structuredClone(custom)));
export const CustomFramework: Story = { name: 'Custom framework', loaders: withCustom, render: fromLoader };
export const CustomFrameworkEdit: Story = {
  name: 'Custom framework, edit',
  args: { mode: 'edit', today: '2025-10-06' },
  loaders: withCustom,
  render: fromLoader,
};

/** Revising: pick "15 Juli 2025" in the load list and press Muat. */
export const EditRevise: Story = { name: 'Edit: revising an assessment', args: { mode: 'edit', group: 'kpm-sukamaju', today: '2025-10-06' } };

export const Empty: Story = {
  loaders: withExample((d) => {
    delete d.kelompokKpm;
    delete d.kerangkaPenilaian;
    delete d.penilaianKpm;
  }),
  render: fromLoader,
};

/** One assessment scores 9 on a 1–4 scale: it is listed with its path and the rest still shows. */
export const DataError: Story = {
  name: 'Data error',
  loaders: withExample((d) => {
    Object.assign(d, structuredClone(custom));
    const [p] = custom.penilaianKpm;
    d.penilaianKpm = [{ ...p, kriteria: p!.kriteria.map((k, i) => (i ? k : { ...k, skor: 9 })) }];
  }),
  render: fromLoader,
};

export const LoadError: Story = { name: 'Load error', args: { src: '/data/tidak-ada.json' } };

/** TEST-NET-1 (RFC 5737) never answers, so the skeleton stays up. */
export const Loading: Story = {
  render: () => html`<kpm-scorecard lang="id" src="http://192.0.2.1/data.json" .timeout=${3_600_000}></kpm-scorecard>`,
};

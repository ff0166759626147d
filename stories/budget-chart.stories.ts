// <kpm-budget-chart>: one story per view and per state. Data comes from the example village
// served by Storybook as /data (see .storybook/main.ts), through the `src` attribute the way
// a village site embeds it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/budget-chart/index.js';

const EXAMPLE = '/data/desa-sukamaju-2025.json';

interface Args {
  view: string;
  year?: number;
  version?: string;
  asOf?: string;
  controls?: string;
  lang?: string;
  src?: string;
  villageName?: string;
  width?: string;
}

const render = (a: Args, data?: unknown) => html`<div class=${a.width === '320px' ? 'narrow' : nothing}>
  <style>.narrow { width: 320px; outline: 1px dashed #999; }</style>
  <kpm-budget-chart
    view=${a.view}
    year=${a.year ?? nothing}
    version=${a.version ?? nothing}
    as-of=${a.asOf ?? nothing}
    controls=${a.controls ?? nothing}
    lang=${a.lang ?? nothing}
    src=${data ? nothing : (a.src ?? EXAMPLE)}
    village-name=${a.villageName ?? nothing}
    .data=${data}
  ></kpm-budget-chart>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/kpm-budget-chart',
  component: 'kpm-budget-chart',
  args: { view: 'ringkasan' },
  argTypes: {
    view: { control: 'select', options: ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan', 'tren'] },
    year: { control: 'select', options: [undefined, 2024, 2025] },
    version: { control: 'select', options: [undefined, 'murni', 'perubahan'] },
    asOf: { control: 'select', options: [undefined, '2024-06-30', '2024-12-31', '2025-06-30'] },
    controls: { control: 'select', options: [undefined, 'none'] },
    lang: { control: 'select', options: [undefined, 'id', 'en'] },
    src: { control: 'text' },
    villageName: { control: 'text', description: 'village-name, for a CSV src' },
  },
  render: (a) => render(a),
};
export default meta;

type Story = StoryObj<Args>;

export const Ringkasan: Story = {};
export const Pendapatan: Story = { args: { view: 'pendapatan' } };
export const Belanja: Story = { args: { view: 'belanja' } };
export const Jenis: Story = { args: { view: 'jenis' } };
export const Pembiayaan: Story = { args: { view: 'pembiayaan' } };
/** Several fiscal years side by side, and the 2025 perubahan as semula → menjadi. */
export const Tren: Story = { args: { view: 'tren' } };
export const Murni2025: Story = { name: 'Murni (before the perubahan)', args: { view: 'belanja', year: 2025, version: 'murni' } };
export const YearEnd2024: Story = { name: '2024, year-end realisation', args: { view: 'belanja', year: 2024, asOf: '2024-12-31' } };
export const English: Story = { args: { view: 'belanja', lang: 'en' } };
export const Narrow320: Story = { name: '320 px', args: { view: 'belanja', width: '320px' } };
export const NoControls: Story = { name: 'controls="none"', args: { view: 'belanja', controls: 'none' } };

/** TEST-NET-1 (RFC 5737) never answers, so the skeleton stays up to the hour-long timeout. */
export const Loading: Story = {
  render: (a) => html`<kpm-budget-chart view=${a.view} src="http://192.0.2.1/apbdes.json" .timeout=${3_600_000}></kpm-budget-chart>`,
};

export const LoadError: Story = { name: 'Error', args: { src: '/data/tidak-ada.json' } };

const minimal = {
  schemaVersion: '0.1.0',
  generatedAt: '2025-10-06T08:00:00+07:00',
  sumber: { sistem: 'manual' },
  desa: {
    kodeWilayah: '33.99.01.2001',
    nama: 'Sukamaju',
    jenis: 'desa',
    kecamatan: { kode: '33.99.01', nama: 'Karangsari' },
    kabupaten: { kode: '33.99', nama: 'Contoh' },
    provinsi: { kode: '33', nama: 'Jawa Tengah' },
  },
};

export const Empty: Story = { render: (a) => render(a, minimal) };

/** SiLPA not zero (6.1.1 raised by Rp 10 jt) and one line realised above its budget. */
export const Warnings: Story = {
  args: { view: 'pembiayaan' },
  loaders: [
    async () => {
      const data = await (await fetch(EXAMPLE)).json();
      const perubahan = data.apbdes.find((a: { id: string }) => a.id === 'apbdes-2025-perubahan');
      for (const line of perubahan.baris) {
        if (line.kodeRekening === '6.1.1') line.anggaran += 10_000_000;
        if (line.kodeRekening === '6.2.2') line.realisasi = [{ sampaiTanggal: '2025-06-30', jumlah: 35_000_000 }];
      }
      return { data };
    },
  ],
  render: (a, { loaded }) => render(a, loaded.data),
};

/** A CSV src (docs/budget-csv.md): two years exported from Google Sheets in English number format. */
export const CsvSource: Story = {
  name: 'CSV source',
  args: { view: 'tren', src: '/data/budget/sheets-two-years.csv', villageName: 'Maju Jaya' },
};
/** A CSV with bad rows: each is listed by row and column, and left out of the totals. */
export const CsvErrors: Story = {
  name: 'CSV with bad rows',
  args: { view: 'pendapatan', src: '/data/budget/bad-rows.csv', villageName: 'Sukamaju' },
};

// <kpm-partner-map>: one story per view and state. Data comes from the example village served
// by Storybook as /data (see .storybook/main.ts), through `src` the way a village site embeds it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/partner-map/index.js';

const EXAMPLE = '/data/desa-sukamaju-2025.json';
const NEIGHBOUR = '/data/partner-map/desa-sukamulya.json';

interface Args {
  view?: string;
  colorBy?: string;
  filterPeran?: string;
  filterStatus?: string;
  year?: number;
  boundaries?: string;
  controls?: string;
  lang?: string;
  src?: string;
  width?: string;
}

const render = (a: Args, data?: unknown) => html`<div class=${a.width === '320px' ? 'narrow' : nothing}>
  <style>.narrow { width: 320px; outline: 1px dashed #999; }</style>
  <kpm-partner-map
    view=${a.view ?? nothing}
    color-by=${a.colorBy ?? nothing}
    filter-peran=${a.filterPeran ?? nothing}
    filter-status=${a.filterStatus ?? nothing}
    year=${a.year ?? nothing}
    boundaries=${a.boundaries ?? nothing}
    controls=${a.controls ?? nothing}
    lang=${a.lang ?? nothing}
    src=${data ? nothing : (a.src ?? EXAMPLE)}
    .data=${data}
  ></kpm-partner-map>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/kpm-partner-map',
  component: 'kpm-partner-map',
  args: { view: 'map' },
  argTypes: {
    view: { control: 'select', options: [undefined, 'map', 'relationships', 'list'] },
    colorBy: { control: 'select', options: [undefined, 'status', 'role'] },
    filterPeran: { control: 'select', options: [undefined, 'pendana', 'penanggung_jawab', 'pengelola_dana', 'pelaksana', 'pendamping', 'penerima_manfaat'] },
    filterStatus: { control: 'select', options: [undefined, 'direncanakan', 'aktif', 'selesai', 'dihentikan'] },
    year: { control: 'select', options: [undefined, 2024, 2025, 2026, 2027] },
    controls: { control: 'select', options: [undefined, 'none'] },
    lang: { control: 'select', options: [undefined, 'id', 'en'] },
    src: { control: 'text' },
    boundaries: { control: 'text' },
  },
  render: (a) => render(a),
};
export default meta;

type Story = StoryObj<Args>;

/** The example village with its `batasWilayah` polygon, partnership locations and offices. */
export const MapWithBoundary: Story = { name: 'Map, one village with boundary' };
/** Dusun boundaries from a TopoJSON file given by the host. */
export const TopoJsonBoundaries: Story = { name: 'Map, TopoJSON boundaries', args: { boundaries: '/data/partner-map/dusun.topojson.json' } };
export const ColourByRole: Story = { name: 'Map, coloured by role', args: { colorBy: 'role' } };
export const Relationships: Story = { args: { view: 'relationships' } };
export const List: Story = { args: { view: 'list' } };
/** Filters as attributes: a deep link to the active partnerships where someone is pendana. */
export const Filters: Story = { args: { view: 'list', filterPeran: 'pendana', filterStatus: 'aktif' } };
export const Year2024: Story = { name: 'Partnerships running in 2024', args: { view: 'relationships', year: 2024 } };
/** Two villages' datasets by space-separated `src`: shared partners merge by identifier or exact name. */
export const ManyVillages: Story = { name: 'Many villages', args: { src: `${EXAMPLE} ${NEIGHBOUR}` } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishRelationships: Story = { name: 'English, relationships', args: { lang: 'en', view: 'relationships' } };
/** No view attribute: at 320 px the list is the default. */
export const Narrow320: Story = { name: '320 px', args: { view: undefined, width: '320px' } };
export const NoControls: Story = { name: 'controls="none"', args: { controls: 'none' } };

/** Many points in a small area: clusters show their count, Enter or click zooms in. */
export const DenseClusters: Story = {
  name: 'Dense clusters',
  loaders: [
    async () => {
      const data = await (await fetch(EXAMPLE)).json();
      const base = data.kemitraan[0];
      for (let i = 0; i < 120; i++) {
        const angle = i * 2.399963;
        const r = 0.0004 * Math.sqrt(i);
        data.kemitraan.push({
          ...base,
          id: `padat-${i}`,
          judul: `Kegiatan padat ${i + 1}`,
          status: ['aktif', 'selesai', 'direncanakan', 'dihentikan'][i % 4],
          tercatatDiApbdes: undefined,
          lokasi: [{ kodeWilayah: '33.99.01.2001', koordinat: { lat: -7.355 + r * Math.sin(angle), lng: 110.124 + r * Math.cos(angle) } }],
        });
      }
      return { data };
    },
  ],
  render: (a, { loaded }) => render(a, loaded.data),
};

/** No boundary, no coordinates: the map says so and offers the list and the relationships. */
export const WithoutGeometry: Story = {
  name: 'Without geometry',
  loaders: [
    async () => {
      const data = await (await fetch(EXAMPLE)).json();
      delete data.desa.batasWilayah;
      delete data.desa.koordinat;
      for (const k of data.kemitraan) for (const l of k.lokasi) delete l.koordinat;
      for (const o of data.organisasi) if (o.kantor) delete o.kantor.koordinat;
      return { data };
    },
  ],
  render: (a, { loaded }) => render(a, loaded.data),
};

/** A boundary file with a string where a latitude belongs: a clear error with its JSON path. */
export const MalformedBoundaries: Story = { name: 'Error: malformed GeoJSON', args: { boundaries: '/data/partner-map/malformed.geojson.json' } };
export const LoadError: Story = { name: 'Error: dataset not found', args: { src: '/data/tidak-ada.json' } };
/** TEST-NET-1 (RFC 5737) never answers, so the skeleton stays up to the hour-long timeout. */
export const Loading: Story = {
  render: () => html`<kpm-partner-map src="http://192.0.2.1/desa.json" .timeout=${3_600_000}></kpm-partner-map>`,
};

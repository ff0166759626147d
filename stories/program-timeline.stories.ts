// <kpm-program-timeline>: one story per view, grouping, zoom and state. Data comes from the
// example village served by Storybook as /data (see .storybook/main.ts), through the `src`
// attribute the way a village site embeds it; "today" is pinned to the example's date.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/program-timeline/index.js';
import { syntheticTimeline } from '../test/fixtures/program-timeline/synthetic.js';

const EXAMPLE = '/data/desa-sukamaju-2025.json';

interface Args {
  view?: string;
  group?: string;
  zoom?: string;
  year?: number;
  filterBidang?: string;
  filterStatus?: string;
  filterDusun?: string;
  filterQ?: string;
  today?: string;
  controls?: string;
  lang?: string;
  src?: string;
  width?: string;
}

const render = (a: Args, data?: unknown) => html`<div class=${a.width === '320px' ? 'narrow' : nothing}>
  <style>.narrow { width: 320px; outline: 1px dashed #999; }</style>
  <kpm-program-timeline
    view=${a.view ?? nothing}
    group=${a.group ?? nothing}
    zoom=${a.zoom ?? nothing}
    year=${a.year ?? nothing}
    filter-bidang=${a.filterBidang ?? nothing}
    filter-status=${a.filterStatus ?? nothing}
    filter-dusun=${a.filterDusun ?? nothing}
    filter-q=${a.filterQ ?? nothing}
    today=${a.today ?? nothing}
    controls=${a.controls ?? nothing}
    lang=${a.lang ?? nothing}
    src=${data ? nothing : (a.src ?? EXAMPLE)}
    .data=${data}
  ></kpm-program-timeline>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/kpm-program-timeline',
  component: 'kpm-program-timeline',
  args: { today: '2025-10-06', lang: 'id' },
  argTypes: {
    view: { control: 'select', options: [undefined, 'list', 'timeline'] },
    group: { control: 'select', options: [undefined, 'bidang', 'status', 'tahun'] },
    zoom: { control: 'select', options: [undefined, 'year', 'quarter', 'month'] },
    year: { control: 'select', options: [undefined, 2024, 2025, 2026] },
    filterBidang: { control: 'text' },
    filterStatus: { control: 'text' },
    filterDusun: { control: 'text' },
    filterQ: { control: 'text' },
    today: { control: 'text' },
    controls: { control: 'select', options: [undefined, 'none'] },
    lang: { control: 'select', options: [undefined, 'id', 'en'] },
    src: { control: 'text' },
  },
  render: (a) => render(a),
};
export default meta;

type Story = StoryObj<Args>;

/** The view follows the widget's width: a timeline here, a list under 560 px. */
export const Timeline: Story = { args: { view: 'timeline' } };
export const Timeline2025: Story = { name: 'Timeline, 2025', args: { view: 'timeline', year: 2025 } };
export const List: Story = { args: { view: 'list' } };
export const ByStatus: Story = { name: 'Grouped by status', args: { view: 'timeline', group: 'status' } };
export const ByYear: Story = { name: 'Grouped by year', args: { view: 'list', group: 'tahun' } };
export const Quarter: Story = { name: 'Zoom: quarter', args: { view: 'timeline', zoom: 'quarter' } };
export const Month: Story = { name: 'Zoom: month', args: { view: 'timeline', zoom: 'month', today: '2025-06-15' } };
/** A deep link: bidang 2, ongoing or postponed, Dusun Krajan. */
export const Filtered: Story = {
  args: { view: 'timeline', filterBidang: '2', filterStatus: 'berjalan tertunda', filterDusun: 'dsn-krajan' },
};
export const Search: Story = { args: { view: 'list', filterQ: 'jalan' } };
export const English: Story = { args: { view: 'timeline', lang: 'en', year: 2025 } };
export const Narrow320: Story = { name: '320 px', args: { width: '320px' } };
export const NoControls: Story = { name: 'controls="none"', args: { view: 'timeline', year: 2025, controls: 'none' } };

/** TEST-NET-1 (RFC 5737) never answers, so the skeleton stays up to the hour-long timeout. */
export const Loading: Story = {
  render: () => html`<kpm-program-timeline src="http://192.0.2.1/desa.json" .timeout=${3_600_000}></kpm-program-timeline>`,
};

export const LoadError: Story = { name: 'Error', args: { src: '/data/tidak-ada.json' } };

/** The example village's own data, as a loader gives it to a story. */
const example = async () => ({ data: await (await fetch(EXAMPLE)).json() });

/** The example village with its kegiatan, forums and planning documents taken out. */
export const Empty: Story = {
  loaders: [example],
  render: (a, { loaded }) => {
    delete loaded.data.kegiatan;
    delete loaded.data.forum;
    delete loaded.data.dokumenPerencanaan;
    return render(a, loaded.data);
  },
};

/** Planning published, no kegiatan yet: the planning cycle on its own, its list open. */
export const PlanningOnly: Story = {
  name: 'Planning only, no kegiatan',
  loaders: [example],
  render: (a, { loaded }) => {
    delete loaded.data.kegiatan;
    return render(a, loaded.data);
  },
};

/** 1,000 synthetic kegiatan over three years, one in eight without dates (drawn approximate). */
export const ManyItems: Story = {
  name: '1,000 kegiatan',
  args: { view: 'timeline' },
  loaders: [example],
  render: (a, { loaded }) => render(a, syntheticTimeline(loaded.data, 1000)),
};

/** A musrenbangdes in November, a kegiatan marked selesai at 95 %, an unexplained drop, a date past the fiscal year. */
export const Warnings: Story = {
  args: { view: 'timeline', year: 2025 },
  loaders: [example],
  render: (a, { loaded }) => {
    const data = loaded.data;
    data.forum.find((f: { id: string }) => f.id === 'musrenbangdes-2025').tanggal = '2025-11-03';
    const k = data.kegiatan.find((x: { id: string }) => x.id === 'keg-2025-saluran-krajan');
    k.progres[k.progres.length - 1].persenFisik = 95;
    k.progres[2].catatan = '';
    k.jadwal.selesai = '2026-01-15';
    return render(a, data);
  },
};

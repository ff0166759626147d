// <kpm-participation-form>: the form in its states and the public list. Storybook has no
// receiver, so the "sent" story handles `kpm-submit` as a host would, and the offline story
// points at TEST-NET-1 (RFC 5737), which never answers, to show the device queue.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/participation-form/index.js';
import type { KpmParticipationForm, KpmSubmitDetail } from '../src/widgets/participation-form/index.js';

const EXAMPLE = '/data/desa-sukamaju-2025.json';

interface Args {
  view: string;
  lang?: string;
  endpoint?: string;
  encoding?: string;
  privacyHref?: string;
  privacyVersion?: string;
  requireDusun?: boolean;
  width?: string;
  draftKey?: string;
}

const render = (a: Args, data?: unknown) => html`<div class=${a.width === '320px' ? 'narrow' : nothing}>
  <style>.narrow { width: 320px; outline: 1px dashed #999; }</style>
  <kpm-participation-form
    view=${a.view}
    lang=${a.lang ?? nothing}
    endpoint=${a.endpoint ?? nothing}
    encoding=${a.encoding ?? nothing}
    privacy-href=${a.privacyHref ?? nothing}
    privacy-version=${a.privacyVersion ?? nothing}
    draft-key=${a.draftKey ?? nothing}
    ?require-dusun=${a.requireDusun}
    min-fill-seconds="2"
    src=${data ? nothing : EXAMPLE}
    .data=${data}
  ></kpm-participation-form>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/kpm-participation-form',
  component: 'kpm-participation-form',
  args: { view: 'form', privacyHref: 'https://example.org/privasi', privacyVersion: '2025-01', draftKey: 'storybook' },
  argTypes: {
    view: { control: 'select', options: ['form', 'list'] },
    lang: { control: 'select', options: [undefined, 'id', 'en'] },
    endpoint: { control: 'text' },
    encoding: { control: 'select', options: [undefined, 'json', 'form'] },
    requireDusun: { control: 'boolean' },
  },
  render: (a) => render(a),
};
export default meta;

type Story = StoryObj<Args>;

export const Form: Story = {};
export const FormEnglish: Story = { name: 'Form (English)', args: { lang: 'en', draftKey: 'storybook-en' } };
export const Narrow320: Story = { name: 'Form at 320 px', args: { width: '320px', requireDusun: true } };

/** The host stores the submission itself: it cancels `kpm-submit` and reports a ticket. */
export const HostHandled: Story = {
  name: 'Host handles kpm-submit',
  args: { draftKey: 'storybook-host' },
  render: (a) => html`<div
    @kpm-submit=${(e: CustomEvent<KpmSubmitDetail>) => {
      e.preventDefault();
      const form = e.target as KpmParticipationForm;
      setTimeout(() => form.reportOutcome({ status: 'sent', ticket: `HOST-${e.detail.clientId.slice(-4).toUpperCase()}` }), 800);
    }}
  >${render(a)}</div>`,
};

/** A receiver that never answers: after the timeout the submission waits on the device. */
export const Offline: Story = {
  name: 'Receiver unreachable (queued)',
  args: { endpoint: 'http://192.0.2.1/usulan', draftKey: 'storybook-offline' },
};

export const List: Story = { name: 'Public list', args: { view: 'list' } };
export const ListEnglish: Story = { name: 'Public list (English)', args: { view: 'list', lang: 'en' } };
export const ListNarrow: Story = { name: 'Public list at 320 px', args: { view: 'list', width: '320px' } };

// The toolbar's language switch sets `lang` on a wrapper around each story: widgets follow
// the nearest ancestor's `lang`, which is exactly how a page's own switch reaches them.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Autodocs read each element's attributes, properties, events, slots and CSS parts from here.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per widget, its API table read from the manifest above.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets (the lang of the story root)',
      toolbar: {
        title: 'Bahasa / Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'id' },
  decorators: [(story, context) => html`<div lang=${context.globals.lang ?? 'id'}>${story()}</div>`],
  parameters: {
    a11y: { test: 'error' },
  },
};

export default preview;

import type { EmbedParamsError } from './params.js';

interface EmbedStrings {
  title: string;
  errors: Record<EmbedParamsError, string>;
  help: string;
}

/** The page shows its message in both languages: a wrong URL may not carry a usable `lang`. */
export const EMBED_STRINGS: Record<'id' | 'en', EmbedStrings> = {
  id: {
    title: 'Widget tidak dapat ditampilkan',
    errors: {
      'missing-widget': 'Alamat sematan tidak menyebut widget (parameter widget).',
      'unknown-widget':
        'Widget yang diminta tidak dikenal. Pilih salah satu: budget-chart, program-timeline, scorecard, participation-form, partner-map.',
      'missing-src': 'Alamat sematan tidak menyebut berkas data (parameter src).',
      'bad-src': 'Alamat berkas data (parameter src) harus berupa alamat http atau https.',
    },
    help: 'Lihat panduan sematan iframe (docs/embed-iframe.md).',
  },
  en: {
    title: 'The widget cannot be shown',
    errors: {
      'missing-widget': 'The embed address names no widget (the widget parameter).',
      'unknown-widget':
        'The requested widget is unknown. Choose one of: budget-chart, program-timeline, scorecard, participation-form, partner-map.',
      'missing-src': 'The embed address names no data file (the src parameter).',
      'bad-src': 'The data file address (the src parameter) must be an http or https address.',
    },
    help: 'See the iframe embed guide (docs/embed-iframe.md).',
  },
};

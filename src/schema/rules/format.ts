/**
 * Number formatting for rule messages, as the widgets print numbers (core/format.ts, which
 * the schema cannot import): `Rp 1.050.000.000` in the Indonesian message and
 * `IDR 1,050,000,000` in the English one, so an English widget does not show the two styles
 * side by side. Intl puts a no-break space after the currency; it is replaced by a plain one so
 * messages read the same whatever the ICU version.
 */
import type { LocalizedText } from '../issues.js';

type Lang = keyof LocalizedText;

const options: Intl.NumberFormatOptions = { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 };
const locales = { id: 'id-ID', en: 'en-GB' } as const;
const rupiah = { id: new Intl.NumberFormat(locales.id, options), en: new Intl.NumberFormat(locales.en, options) };
const persen = {
  id: new Intl.NumberFormat(locales.id, { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { style: 'percent', maximumFractionDigits: 1 }),
};

export function formatRupiah(amount: number, lang: Lang = 'id'): string {
  return rupiah[lang].format(amount).replace(/\u00a0/g, ' ');
}

/** A ratio as a percentage with one decimal: 0.3125 → "31,3%" (id) / "31.3%" (en). */
export function formatPersen(ratio: number, lang: Lang = 'id'): string {
  return persen[lang].format(ratio).replace(/\u00a0/g, ' ');
}

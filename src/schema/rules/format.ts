/**
 * Number formatting for rule messages. Both languages print rupiah the Indonesian way
 * (`Rp 1.050.000.000`), since that is how the amounts appear in the village's documents.
 * Intl puts a no-break space after "Rp"; it is replaced by a plain one so messages read the
 * same whatever the ICU version.
 */
const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const persen = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });

export function formatRupiah(amount: number): string {
  return rupiah.format(amount).replace(/\u00a0/g, ' ');
}

/** A ratio as a percentage with one decimal: 0.3125 → "31,3%". */
export function formatPersen(ratio: number): string {
  return persen.format(ratio).replace(/\u00a0/g, ' ');
}

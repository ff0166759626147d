/**
 * How a widget names the village in its titles: "Desa Sukamaju", "Nagari Sungai Pua",
 * "Kelurahan Cempaka".
 */
import type { Desa } from '../schema/index.js';
import type { Lang } from './locale.js';

type Naming = Pick<Desa, 'nama' | 'jenis' | 'sebutanLokal'>;

/** Its local name for a village (Nagari, Gampong …), else "Kelurahan" for a kelurahan, else "Desa". */
export function villageWord(desa: Naming): string {
  return desa.sebutanLokal?.trim() || (desa.jenis === 'kelurahan' ? 'Kelurahan' : 'Desa');
}

/**
 * The name without that word in front. DATA-MODEL asks for the name without "Desa", but
 * files exported from other systems often carry "Desa Sukamaju", and titles would read
 * "Desa Desa Sukamaju". A name that is only the word is kept as it is.
 */
export function villageName(desa: Naming): string {
  const nama = desa.nama.trim();
  for (const word of new Set([villageWord(desa), 'Desa', 'Kelurahan'])) {
    const prefix = `${word.toLowerCase()} `;
    if (nama.toLowerCase().startsWith(prefix) && nama.length > prefix.length) return nama.slice(prefix.length).trim();
  }
  return nama;
}

/**
 * A name with no letter or digit ("–", "-", "") names no village. A CSV read without a
 * village name gets "–" (the schema needs some name), and other systems export "-" for a
 * blank: titles would read "APBDes Desa – TA 2025".
 */
const namesNothing = (nama: string) => !/[\p{L}\p{N}]/u.test(nama);

/**
 * The village as a title names it, the same in every widget: "Desa Sukamaju" in Indonesian;
 * "Sukamaju Village" in English, where a local word stays as it is ("Sungai Pua Nagari").
 * Without a name, the word alone: "Desa" ("APBDes Desa" is how villages say it), "the village".
 */
export function villageTitle(desa: Naming, lang: Lang): string {
  const word = villageWord(desa);
  const nama = villageName(desa);
  const english = word === 'Desa' ? 'village' : word;
  if (namesNothing(nama)) return lang === 'id' ? word : `the ${english}`;
  if (lang === 'id') return `${word} ${nama}`;
  return `${nama} ${english === 'village' ? 'Village' : english}`;
}

/**
 * The one number shape every budget view shows: planned, realised, and their ratio.
 * Rupiah stay integers; `persen` is the only division in the model.
 */
export interface Figure {
  anggaran: number;
  realisasi: number;
  /** realisasi / anggaran as a fraction (0.375, not 37.5), so Intl's percent style can print it; null when anggaran is 0. */
  persen: number | null;
}

export function persenOf(realisasi: number, anggaran: number): number | null {
  return anggaran === 0 ? null : realisasi / anggaran;
}

export function makeFigure(anggaran: number, realisasi: number): Figure {
  return { anggaran, realisasi, persen: persenOf(realisasi, anggaran) };
}

/** The "Selisih" column of a realisation report: what is still unspent (or not yet received). */
export function selisihOf(figure: Figure): number {
  return figure.anggaran - figure.realisasi;
}

/**
 * A balance such as surplus/defisit or pembiayaan netto: may be negative, and a ratio of two
 * differences means nothing to a reader, so `persen` is always null.
 */
export function differenceFigure(a: Figure, b: Figure): Figure {
  return { anggaran: a.anggaran - b.anggaran, realisasi: a.realisasi - b.realisasi, persen: null };
}

export function sumFigure(a: Figure, b: Figure): Figure {
  return { anggaran: a.anggaran + b.anggaran, realisasi: a.realisasi + b.realisasi, persen: null };
}

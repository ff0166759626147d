/**
 * Subtotal rows in a budget sheet: Siskeudes' Penjabaran APBDes prints each akun, kelompok and
 * jenis with its sum above the lines it adds up (`5.1.1.` over `5.1.1.01.` and `5.1.1.02.`).
 * Counting both would count the money twice, and the leaf-only rule then refuses the whole
 * APBDes, so the importer leaves such rows out before anything else reads them.
 */

/** `5.2.2.01.` → `5.2.2.01`: no spaces and no Siskeudes closing dot. */
export const kodeRekeningOf = (cell: string) => cell.replace(/\s+/g, '').replace(/\.$/, '');

export interface BudgetRowKeys {
  row: number;
  /** The budget the row belongs to (tahun and versi as written). */
  budget: string;
  kodeRekening: string;
  /** '' when the row names no kegiatan: then it sums lines of any kegiatan. */
  kodeKegiatan: string;
}

/**
 * The rows whose kode rekening is a strict ancestor of another row's in the same budget: of a
 * row in the same kegiatan, or of any row when the subtotal names no kegiatan (Siskeudes leaves
 * the kegiatan empty on akun and kelompok rows).
 */
export function subtotalRows(rows: readonly BudgetRowKeys[]): Set<number> {
  const ancestors = new Set<string>();
  for (const r of rows) {
    for (let dot = r.kodeRekening.indexOf('.'); dot >= 0; dot = r.kodeRekening.indexOf('.', dot + 1)) {
      const ancestor = r.kodeRekening.slice(0, dot);
      ancestors.add(`${r.budget}|${r.kodeKegiatan}|${ancestor}`);
      ancestors.add(`${r.budget}||${ancestor}`);
    }
  }
  return new Set(rows.filter((r) => r.kodeRekening !== '' && ancestors.has(`${r.budget}|${r.kodeKegiatan}|${r.kodeRekening}`)).map((r) => r.row));
}

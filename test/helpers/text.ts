/**
 * Text as a reader sees it: ICU writes NBSP or narrow NBSP after "Rp" depending on its
 * version, and templates add line breaks; tests compare after folding both.
 */
export const norm = (t: string | null | undefined) =>
  (t ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

// Body words reach the rules with Latin diacritics folded away (`preço` → `preco`, `dzień` →
// `dzien`), as the normalize stage writes them, while the catalog's lists are written as the
// languages spell them. Each list is matched in both forms: the spelling, for a reader of the
// catalog, and the folded form, for the words the rules actually see. Other scripts keep their
// marks (Greek accents, Devanagari vowel signs), so only Latin letters are folded here.

/** Latin letters with a diacritic: Latin-1 Supplement, Latin Extended-A/B and Additional. */
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `word` with the combining marks of its Latin letters removed (`cược` → `cuoc`); other words unchanged. */
export function foldLatinMarks(word: string): string {
  return LATIN_WITH_MARKS.test(word) ? word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC') : word;
}

/** The list with the folded form of each word added after it (each word once). */
export function withFoldedForms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(foldLatinMarks(w));
  }
  return [...out];
}

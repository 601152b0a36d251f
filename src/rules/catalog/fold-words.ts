// Body words reach the rules with Latin diacritics folded away (`preço` → `preco`, `dzień` →
// `dzien`, Turkish `ı` → `i`), as the normalize stage writes them, while the catalog's lists are
// written as the languages spell them. Each list is matched in both forms: the spelling, for a
// reader of the catalog, and the folded form, for the words the rules actually see. The fold is
// the normalize stage's own (foldMarks), so a list word and a body word can never fold apart;
// other scripts keep their marks (Greek accents, Devanagari vowel signs).
import { foldMarks } from '../../normalize/index.js';

const UNREPORTED: string[] = [];

/** The list with the folded form of each word added after it (each word once). */
export function withFoldedForms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    UNREPORTED.length = 0;
    out.add(foldMarks(w.toLowerCase(), UNREPORTED));
  }
  return [...out];
}

/**
 * A word → role bits map from (bits, words) pairs: a word listed under several roles gets all of
 * their bits, so a rule that needs the roles of its words pays one lookup per word.
 */
export function roleMap(entries: readonly (readonly [bits: number, words: Iterable<string>])[]): ReadonlyMap<string, number> {
  const roles = new Map<string, number>();
  for (const [bits, words] of entries) for (const w of words) roles.set(w, (roles.get(w) ?? 0) | bits);
  return roles;
}

/** The roles a comment's words hold, or'ed: one lookup per word, so a rule can return before reading any evidence. */
export function rolesOfWords(words: readonly string[], roles: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const w of words) mask |= roles.get(w) ?? 0;
  return mask;
}

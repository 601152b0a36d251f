// TEXT_FOREIGN_LANGUAGE exists only with `site.languages`, so the catalog test does not run its
// examples: they run here, for an English site and for sites in other languages and scripts.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { createLanguageRules } from '../../src/rules/catalog/language.js';
import type { CommentInput } from '../../src/types.js';

const hits = (languages: string[], comment: CommentInput): boolean =>
  createModerator({ starter: false, site: { languages } }).analyze(comment).hits.some((h) => h.id === 'TEXT_FOREIGN_LANGUAGE');

describe('TEXT_FOREIGN_LANGUAGE', () => {
  const [rule] = createLanguageRules(['en']);
  it.each((rule?.examples.hit ?? []).map((c) => [JSON.stringify(c).slice(0, 60), c] as const))('hits on an English site: %s', (_, c) => {
    expect(hits(['en'], c)).toBe(true);
  });
  it.each((rule?.examples.miss ?? []).map((c) => [JSON.stringify(c).slice(0, 60), c] as const))('misses on an English site: %s', (_, c) => {
    expect(hits(['en'], c)).toBe(false);
  });

  it('reads scripts beyond the first table (Khmer, Sinhala, Myanmar) and any other script as foreign', () => {
    expect(hits(['en'], 'ជំរាបសួរ ខ្ញុំចង់ដឹងតម្លៃរបស់អ្នក')).toBe(true);
    expect(hits(['km'], 'ជំរាបសួរ ខ្ញុំចង់ដឹងតម្លៃរបស់អ្នក')).toBe(false);
    expect(hits(['en'], 'ආයුබෝවන්, මට ඔබේ මිල දැන ගැනීමට අවශ්‍යයි')).toBe(true);
    expect(hits(['en'], 'ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ ⵜⴰⵎⴰⵣⵉⵖⵜ')).toBe(true);
  });

  it('does not count emoji, symbols or full-width punctuation as a script', () => {
    expect(hits(['en'], 'Thanks so much for this 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 really')).toBe(false);
  });

  it('names more Latin-script languages by their function words, folded as body words are', () => {
    expect(hits(['en'], 'Hej, jag ville veta ditt pris för det och tack för svaret.')).toBe(true);
    expect(hits(['sv'], 'Hej, jag ville veta ditt pris för det och tack för svaret.')).toBe(false);
    expect(hits(['en'], 'Děkuji, je to velmi dobré a také jsem to chtěl vědět.')).toBe(true);
    expect(hits(['en'], 'Thanks, the second snippet is what I was missing, it works now.')).toBe(false);
  });
});

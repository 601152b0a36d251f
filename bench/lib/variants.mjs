// The Bayes variants compared by bench/bayes-variants.mjs (config overrides of DEFAULT_BAYES_CONFIG).
const words = { bigrams: false, synthetic: false, rules: false, charGrams: 'none' };
export const VARIANTS = [
  { name: 'mnb words', config: { ...words } },
  { name: 'mnb +bigrams', config: { ...words, bigrams: true } },
  { name: 'mnb +synthetic', config: { ...words, bigrams: true, synthetic: true } },
  { name: 'mnb +rules', config: { ...words, bigrams: true, synthetic: true, rules: true } },
  { name: 'mnb +grams odd', config: { bigrams: true, synthetic: true, rules: true, charGrams: 'odd' } },
  { name: 'mnb +grams all', config: { bigrams: true, synthetic: true, rules: true, charGrams: 'all' } },
  { name: 'robinson words', config: { ...words, method: 'robinson' } },
  { name: 'robinson +bigrams', config: { ...words, bigrams: true, method: 'robinson' } },
  { name: 'robinson +all, grams odd', config: { bigrams: true, synthetic: true, rules: true, charGrams: 'odd', method: 'robinson' } },
  { name: 'robinson +all, grams all', config: { bigrams: true, synthetic: true, rules: true, charGrams: 'all', method: 'robinson' } },
];

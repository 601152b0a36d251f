// The Bayes variants compared by bench/bayes-variants.mjs (config overrides of DEFAULT_BAYES_CONFIG).
const words = { bigrams: false, synthetic: false, rules: false, charGrams: 'none' };
const all = { bigrams: true, synthetic: true, rules: true };
export const VARIANTS = [
  { name: 'mnb words', config: { ...words, method: 'multinomial' } },
  { name: 'mnb +bigrams', config: { ...words, bigrams: true, method: 'multinomial' } },
  { name: 'mnb +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'multinomial' } },
  { name: 'mnb +odd grams', config: { ...all, charGrams: 'odd', method: 'multinomial' } },
  { name: 'mnb +all grams', config: { ...all, charGrams: 'all', method: 'multinomial' } },
  { name: 'robinson words', config: { ...words, method: 'robinson' } },
  { name: 'robinson +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'robinson' } },
  { name: 'robinson +odd grams', config: { ...all, charGrams: 'odd', method: 'robinson' } },
  { name: 'robinson +all grams', config: { ...all, charGrams: 'all', method: 'robinson' } },
  { name: 'sumlogit +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 } },
  { name: 'sumlogit +odd grams', config: { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 } },
];

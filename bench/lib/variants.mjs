// The Bayes variants compared by bench/bayes-variants.mjs and bench/calibrate.mjs (overrides of DEFAULT_BAYES_CONFIG).
const words = { bigrams: false, synthetic: false, rules: false, charGrams: 'none' };
const all = { bigrams: true, synthetic: true, rules: true };
export const VARIANTS = [
  { name: 'mnb words', config: { ...words, method: 'multinomial' } },
  { name: 'mnb +bigrams', config: { ...words, bigrams: true, method: 'multinomial' } },
  { name: 'mnb +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'multinomial' } },
  { name: 'mnb +odd grams', config: { ...all, charGrams: 'odd', method: 'multinomial' } },
  { name: 'mnb +all grams', config: { ...all, charGrams: 'all', method: 'multinomial' } },
  { name: 'mnb +odd grams a.5', config: { ...all, charGrams: 'odd', method: 'multinomial', alpha: 0.5 } },
  { name: 'mnb +odd grams a.2', config: { ...all, charGrams: 'odd', method: 'multinomial', alpha: 0.2 } },
  { name: 'mnb +odd grams pow.25', config: { ...all, charGrams: 'odd', method: 'multinomial', power: 0.25 } },
  { name: 'mnb +odd grams pow.75', config: { ...all, charGrams: 'odd', method: 'multinomial', power: 0.75 } },
  { name: 'mnb +odd grams noprior', config: { ...all, charGrams: 'odd', method: 'multinomial', prior: false } },
  { name: 'robinson words', config: { ...words, method: 'robinson', power: 0 } },
  { name: 'robinson +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'robinson', power: 0 } },
  { name: 'robinson +odd grams', config: { ...all, charGrams: 'odd', method: 'robinson', power: 0 } },
  { name: 'robinson +all grams', config: { ...all, charGrams: 'all', method: 'robinson', power: 0 } },
  { name: 'sumlogit +odd grams', config: { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 } },
];
VARIANTS.push(
  { name: 'sumlogit +bi+syn+rules', config: { ...all, charGrams: 'none', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 } },
  { name: 'sumlogit +all grams', config: { ...all, charGrams: 'all', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 } },
  { name: 'sumlogit +odd grams s1', config: { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9, strength: 1 } },
  { name: 'sumlogit +odd grams s.2', config: { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9, strength: 0.2 } },
  { name: 'sumlogit +odd grams md.1', config: { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0.1, maxTokens: 1e9 } },
);
const sumlogit = { ...all, charGrams: 'odd', method: 'sumlogit', minDeviation: 0, maxTokens: 1e9 };
VARIANTS.push(
  { name: 'sumlogit +odd grams s2', config: { ...sumlogit, strength: 2 } },
  { name: 'sumlogit +odd grams s4', config: { ...sumlogit, strength: 4 } },
  { name: 'sumlogit +odd grams s1 noprior', config: { ...sumlogit, strength: 1, prior: false } },
  { name: 'sumlogit +odd grams s1 pow.75', config: { ...sumlogit, strength: 1, power: 0.75 } },
  { name: 'sumlogit +odd grams s1 pow.25', config: { ...sumlogit, strength: 1, power: 0.25 } },
  { name: 'sumlogit +odd8 grams s1', config: { ...sumlogit, strength: 1, oddLength: 8 } },
);
VARIANTS.push(
  { name: 'default +shapes', config: { shapes: true } },
  { name: 'default', config: {} },
);

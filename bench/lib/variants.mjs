// The Bayes variants compared by bench/bayes-variants.mjs and bench/calibrate.mjs: overrides of
// DEFAULT_BAYES_CONFIG (src/bayes/index.ts). Every variant self-calibrates on its own documents.
const words = { bigrams: false, synthetic: false, rules: false, charGrams: 'none' };
const all = { bigrams: true, synthetic: true, rules: true };
const mnb = { method: 'multinomial' };
const robinson = { method: 'robinson', minDeviation: 0.1, maxTokens: 150, strength: 0.45, power: 0 };
export const VARIANTS = [
  { name: 'multinomial, words', config: { ...words, ...mnb } },
  { name: 'multinomial, +bigrams', config: { ...words, bigrams: true, ...mnb } },
  { name: 'multinomial, +synthetic +rules', config: { ...all, charGrams: 'none', ...mnb } },
  { name: 'multinomial, +odd-word grams', config: { ...all, charGrams: 'odd', ...mnb } },
  { name: 'multinomial, +all-word grams', config: { ...all, charGrams: 'all', ...mnb } },
  { name: 'robinson-fisher, words', config: { ...words, ...robinson } },
  { name: 'robinson-fisher, +synthetic +rules', config: { ...all, charGrams: 'none', ...robinson } },
  { name: 'robinson-fisher, +odd-word grams', config: { ...all, charGrams: 'odd', ...robinson } },
  { name: 'robinson-fisher, +all-word grams', config: { ...all, charGrams: 'all', ...robinson } },
  { name: 'f(w) sum, words', config: { ...words } },
  { name: 'f(w) sum, +bigrams', config: { ...words, bigrams: true } },
  { name: 'f(w) sum, +synthetic +rules', config: { ...all, charGrams: 'none' } },
  { name: 'f(w) sum, +odd-word grams (default)', config: {} },
  { name: 'f(w) sum, +all-word grams', config: { charGrams: 'all' } },
  { name: 'f(w) sum, +odd grams +shapes', config: { shapes: true } },
  { name: 'f(w) sum, strength 0.45', config: { strength: 0.45 } },
  { name: 'f(w) sum, strength 4', config: { strength: 4 } },
  { name: 'f(w) sum, no length normalization', config: { power: 0 } },
  { name: 'f(w) sum, fixed calibration', config: { calibrationSample: 0 } },
];

/**
 * Choices compared leave-one-corpus-out by bench/loco.mjs: { name, language?, config }. The first
 * is the baseline every other is measured against (today's defaults).
 */
export const LOCO_VARIANTS = [
  { name: 'default', config: {} },
  { name: 'fixed calibration', config: { calibrationSample: 0 } },
  { name: 'multinomial', config: { method: 'multinomial' } },
  { name: 'no char grams', config: { charGrams: 'none' } },
  { name: 'all-word char grams', config: { charGrams: 'all' } },
  { name: 'no length normalization', config: { power: 0 } },
];

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
  { name: 'default', language: 'auto', config: {} },
  { name: 'before issue 9', language: 'en', config: { method: 'sumlogit', oddLength: 10 } },
  { name: 'fixed calibration', language: 'en', config: { calibrationSample: 0 } },
  { name: 'multinomial', language: 'en', config: { method: 'multinomial' } },
  { name: 'no char grams', language: 'en', config: { charGrams: 'none' } },
  { name: 'all-word char grams', language: 'en', config: { charGrams: 'all' } },
  { name: 'no length normalization', language: 'en', config: { power: 0 } },
  { name: 'auto', language: 'auto', config: {} },
  { name: 'auto + no char grams', language: 'auto', config: { charGrams: 'none' } },
  { name: 'auto + handle grams only', language: 'auto', config: { oddLength: 1000 } },
  { name: 'auto + all-word grams', language: 'auto', config: { charGrams: 'all' } },
  { name: 'auto + handle grams + multinomial', language: 'auto', config: { oddLength: 1000, method: 'multinomial' } },
  { name: 'auto + handle grams + multinomial α 0.5', language: 'auto', config: { oddLength: 1000, method: 'multinomial', alpha: 0.5 } },
  { name: 'auto + handle grams + multinomial α 2', language: 'auto', config: { oddLength: 1000, method: 'multinomial', alpha: 2 } },
  { name: 'auto + handle grams + multinomial power 0.3', language: 'auto', config: { oddLength: 1000, method: 'multinomial', power: 0.3 } },
  { name: 'auto + handle grams + multinomial power 0.7', language: 'auto', config: { oddLength: 1000, method: 'multinomial', power: 0.7 } },
  { name: 'auto + handle grams + multinomial no bigrams', language: 'auto', config: { oddLength: 1000, method: 'multinomial', bigrams: false } },
];

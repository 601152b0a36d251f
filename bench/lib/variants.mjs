// The Bayes variants compared by bench/bayes-variants.mjs and bench/calibrate.mjs: overrides of
// DEFAULT_BAYES_CONFIG (src/bayes/index.ts). Every variant self-calibrates on its own documents.
const words = { bigrams: false, synthetic: false, rules: false, charGrams: 'none' };
const all = { bigrams: true, synthetic: true, rules: true };
const mnb = { method: 'multinomial' };
const robinson = { method: 'robinson', minDeviation: 0.1, maxTokens: 150, strength: 0.45, power: 0 };
// The f(w) rows are the classifier before issue 9 (Robinson's f(w) sum, n-grams of 10+ letter words too).
const fw = { method: 'sumlogit', oddLength: 10 };
export const VARIANTS = [
  { name: 'multinomial, words', config: { ...words, ...mnb } },
  { name: 'multinomial, +bigrams', config: { ...words, bigrams: true, ...mnb } },
  { name: 'multinomial, +synthetic +rules', config: { ...all, charGrams: 'none', ...mnb } },
  { name: 'multinomial, +handle grams (default)', config: {} },
  { name: 'multinomial, +odd-word grams', config: { ...all, charGrams: 'odd', oddLength: 10, ...mnb } },
  { name: 'multinomial, +all-word grams', config: { ...all, charGrams: 'all', ...mnb } },
  { name: 'robinson-fisher, words', config: { ...words, ...robinson } },
  { name: 'robinson-fisher, +synthetic +rules', config: { ...all, charGrams: 'none', ...robinson } },
  { name: 'robinson-fisher, +odd-word grams', config: { ...all, charGrams: 'odd', oddLength: 10, ...robinson } },
  { name: 'robinson-fisher, +all-word grams', config: { ...all, charGrams: 'all', ...robinson } },
  { name: 'f(w) sum, words', config: { ...words, ...fw } },
  { name: 'f(w) sum, +bigrams', config: { ...words, bigrams: true, ...fw } },
  { name: 'f(w) sum, +synthetic +rules', config: { ...all, charGrams: 'none', ...fw } },
  { name: 'f(w) sum, +odd-word grams (before issue 9)', config: { ...fw } },
  { name: 'f(w) sum, +all-word grams', config: { charGrams: 'all', ...fw } },
  { name: 'f(w) sum, +odd grams +shapes', config: { shapes: true, ...fw } },
  { name: 'f(w) sum, strength 0.45', config: { strength: 0.45, ...fw } },
  { name: 'f(w) sum, strength 4', config: { strength: 4, ...fw } },
  { name: 'f(w) sum, no length normalization', config: { power: 0, ...fw } },
  { name: 'multinomial, fixed calibration', config: { calibrationSample: 0 } },
];

/**
 * Choices compared leave-one-corpus-out by bench/loco.mjs: { name, language?, config }, each an
 * override of today's defaults (the first entry). 'before issue 9' is the classifier as it was
 * before this study: English stemming, Robinson's f(w) sum, n-grams of every word of 10+ letters.
 */
export const LOCO_VARIANTS = [
  { name: 'default', language: 'auto', config: {} },
  // The default before session 5: no shape tokens, character n-grams of handle-like words of 4+ letters.
  { name: 'before session 5', language: 'auto', shapes: false, config: { gramMinLength: 4 } },
  { name: 'before issue 9', language: 'en', config: { method: 'sumlogit', oddLength: 10 } },
  { name: "language 'en'", language: 'en', config: {} },
  { name: 'fixed calibration', language: 'auto', config: { calibrationSample: 0 } },
  { name: 'calibration sample 1000', language: 'auto', config: { calibrationSample: 1000 } },
  { name: 'Robinson f(w) sum', language: 'auto', config: { method: 'sumlogit' } },
  { name: 'no char grams', language: 'auto', config: { charGrams: 'none' } },
  { name: 'grams of 10+ letter words too', language: 'auto', config: { oddLength: 10 } },
  { name: 'grams of every word', language: 'auto', config: { charGrams: 'all' } },
  { name: 'smoothing α 0.5', language: 'auto', config: { alpha: 0.5 } },
  { name: 'smoothing α 2', language: 'auto', config: { alpha: 2 } },
  { name: 'length power 0.3', language: 'auto', config: { power: 0.3 } },
  { name: 'length power 0.7', language: 'auto', config: { power: 0.7 } },
  { name: 'no word bigrams', language: 'auto', config: { bigrams: false } },
  // Session 4 (docs/quality-session4.md): NB-LR in src/, against the plain NB it replaced.
  { name: 'plain NB (no NB-LR)', language: 'auto', config: { lrEpochs: 0 } },
  { name: 'NB-LR, rule tokens not reweighted', language: 'auto', config: { lrRules: false } },
  { name: 'NB-LR 3 epochs', language: 'auto', config: { lrEpochs: 3 } },
  { name: 'NB-LR 40 epochs', language: 'auto', config: { lrEpochs: 40, lrRate: 0.05, lrRateEnd: 0.05 } },
  { name: 'grams of every word, 5-grams only', language: 'auto', config: { charGrams: 'all', gramSizes: [5] } },
  { name: 'grams of every word, 4-grams only', language: 'auto', config: { charGrams: 'all', gramSizes: [4] } },
  { name: 'grams of 7+ letter words, 5-grams only', language: 'auto', config: { charGrams: 'all', gramSizes: [5], gramMinLength: 7 } },
  // Session 5 (docs/quality-session5.md): shape tokens of the text (src/features/shapes.ts), each
  // family alone and together, and the NB-LR fit's regularization and averaging.
  { name: 'shapes: all', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, emphasis: true }, config: {} },
  { name: 'shapes: numbers', language: 'auto', shapes: { numbers: true }, config: {} },
  { name: 'shapes: symbols', language: 'auto', shapes: { symbols: true }, config: {} },
  { name: 'shapes: chunks', language: 'auto', shapes: { chunks: true }, config: {} },
  { name: 'shapes: emphasis', language: 'auto', shapes: { emphasis: true }, config: {} },
  { name: 'shapes: numbers + symbols', language: 'auto', shapes: { numbers: true, symbols: true }, config: {} },
  { name: 'shapes: numbers + symbols + chunks', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true }, config: {} },
  { name: 'NB-LR L2 1e-5', language: 'auto', config: { lrL2: 1e-5 } },
  { name: 'NB-LR L2 1e-3', language: 'auto', config: { lrL2: 1e-3 } },
  // (A fixed step: lrRateEnd equal to lrRate; session 19 made the step fall from 0.3 to 0.03.)
  { name: 'NB-LR rate 0.02', language: 'auto', config: { lrRate: 0.02, lrRateEnd: 0.02 } },
  { name: 'NB-LR rate 0.1', language: 'auto', config: { lrRate: 0.1, lrRateEnd: 0.1 } },
  { name: 'NB-LR averaged from epoch 1', language: 'auto', config: { lrAverageFrom: 1 } },
  { name: 'NB-LR averaged from epoch 6', language: 'auto', config: { lrAverageFrom: 6 } },
  { name: 'NB-LR 20 epochs averaged from 11', language: 'auto', config: { lrEpochs: 20, lrAverageFrom: 11 } },
  { name: 'NB-LR β 0.5', language: 'auto', config: { lrBeta: 0.5 } },
  { name: 'NB-LR β 1.5', language: 'auto', config: { lrBeta: 1.5 } },
  // Session 6 (docs/quality-session6.md): a cheaper refit, the model as the mean of the two cross-fitted half models.
  { name: 'NB-LR model: mean of the halves', language: 'auto', config: { lrModel: 'halves' } },
  { name: 'NB-LR 5 epochs', language: 'auto', config: { lrEpochs: 5 } },
  { name: 'NB-LR halves 10 epochs (before session 6)', language: 'auto', config: { lrHalfEpochs: 10 } },
  { name: 'NB-LR halves 5 epochs', language: 'auto', config: { lrHalfEpochs: 5 } },
  { name: 'NB-LR halves 3 epochs', language: 'auto', config: { lrHalfEpochs: 3 } },
  { name: 'shapes + handle 4-grams only', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true }, config: { gramSizes: [4] } },
  { name: 'shapes + handle 3-grams only', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true }, config: { gramSizes: [3] } },
  { name: 'shapes + handle grams of 6+ letters', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true }, config: { gramMinLength: 6 } },
  { name: 'handle 4-grams only', language: 'auto', config: { gramSizes: [4] } },
  { name: 'shapes: symbols + chunks', language: 'auto', shapes: { symbols: true, chunks: true }, config: {} },
  { name: 'shapes: symbols + chunks, handle grams of 6+', language: 'auto', shapes: { symbols: true, chunks: true }, config: { gramMinLength: 6 } },
  { name: 'shapes, handle grams of 8+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true }, config: { gramMinLength: 8 } },
  { name: 'shapes, at most 8 a comment', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8 }, config: {} },
  { name: 'shapes, at most 8, handle grams of 6+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8 }, config: { gramMinLength: 6 } },
  { name: 'shapes, at most 8, bands of 5+ digits, handle grams of 8+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8, minBand: 5 }, config: { gramMinLength: 8 } },
  { name: 'shapes, at most 6, bands of 5+ digits, handle grams of 8+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 6, minBand: 5 }, config: { gramMinLength: 8 } },
  { name: 'shapes, at most 8, handle grams of 8+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8 }, config: { gramMinLength: 8 } },
  { name: 'handle grams of 8+ (no shapes)', language: 'auto', config: { gramMinLength: 8 } },
  { name: 'shapes, at most 8, bands of 5+ digits, handle grams of 6+', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8, minBand: 5 }, config: { gramMinLength: 6 } },
  { name: 'shapes, at most 8, bands of 5+ digits', language: 'auto', shapes: { numbers: true, symbols: true, chunks: true, max: 8, minBand: 5 }, config: {} },
  // Session 7 (docs/quality-session7.md): the calibration's fit (the ranking within a fold is the
  // model's; across folds, and so at a pooled operating point, it is the calibration's too).
  { name: 'calibration: Platt target smoothing', language: 'auto', config: { smoothTargets: true } },
  { name: 'calibration: prior strength 50', language: 'auto', config: { priorStrength: 50 } },
  { name: 'calibration: prior strength 0.5', language: 'auto', config: { priorStrength: 0.5 } },
  { name: 'calibration sample 8000', language: 'auto', config: { calibrationSample: 8000 } },
  // Session 19 (docs/quality-session19.md): the fit's step at today's 10 epochs (40 epochs at rate
  // 0.05 ranks sms best but costs four times the fit), and per-kind trust fitted with the weights.
  { name: 'NB-LR fixed rate 0.05 (before session 19)', language: 'auto', config: { lrRate: 0.05, lrRateEnd: 0.05 } },
  { name: 'NB-LR rate 0.15', language: 'auto', config: { lrRate: 0.15, lrRateEnd: 0.15 } },
  { name: 'NB-LR rate 0.2', language: 'auto', config: { lrRate: 0.2, lrRateEnd: 0.2 } },
  { name: 'NB-LR 20 epochs', language: 'auto', config: { lrEpochs: 20, lrRate: 0.05, lrRateEnd: 0.05 } },
  { name: 'NB-LR rate 0.2 to 0.02', language: 'auto', config: { lrRate: 0.2, lrRateEnd: 0.02 } },
  { name: 'NB-LR rate 0.15 to 0.03', language: 'auto', config: { lrRate: 0.15, lrRateEnd: 0.03 } },
  { name: 'NB-LR rate 0.3 to 0.01', language: 'auto', config: { lrRate: 0.3, lrRateEnd: 0.01 } },
  { name: 'NB-LR rate 0.4 to 0.01', language: 'auto', config: { lrRate: 0.4, lrRateEnd: 0.01 } },
  { name: 'NB-LR rate 0.5 to 0.01', language: 'auto', config: { lrRate: 0.5, lrRateEnd: 0.01 } },
  { name: 'NB-LR rate 0.3 to 0.03', language: 'auto', config: { lrRate: 0.3, lrRateEnd: 0.03 } },
  { name: 'NB-LR rate 0.8 to 0.01', language: 'auto', config: { lrRate: 0.8, lrRateEnd: 0.01 } },
];

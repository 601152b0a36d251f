// Entry for bench/bayes-variants.mjs: the classifier internals that the public API does not
// export, bundled from src/ by esbuild so variants can be measured without changing the package.
export { createModerator, learnId } from '../../src/moderator.js';
export { createClassifier, DEFAULT_BAYES_CONFIG, MemoryStore, TokenCounts, createScorer, expandTokens, boundTokens, fitCalibration, hamTail, type BayesConfig } from '../../src/bayes/index.js';
export { parseTokenTexts, tokenTexts } from '../../src/tokenize/index.js';
export { stratifiedKFold, chronologicalSplit } from '../../src/evaluate/split.js';
export { mulberry32 } from '../../src/evaluate/random.js';
export { computeMetrics, matthews, rocAuc, emptyConfusion, countDecision, spamCaughtAt } from '../../src/evaluate/metrics.js';
export { parseCorpus } from '../../src/evaluate/corpus.js';
export { decide, spamCutShift, combineScore, bayesLogOdds, RULE_SLOPE, RULE_CENTER, BAYES_SCALE, TRAINED_BIAS } from '../../src/verdict/index.js';
export { DEFAULT_THRESHOLDS } from '../../src/options.js';
export { textShapes, DEFAULT_SHAPE_OPTIONS } from '../../src/features/shapes.js';
export { fitTrained, scoreIds } from '../../src/bayes/weights.js';
export { fitTrainedVariant, usesCalibrationVariant } from '../../src/bayes/calibration-scores.js';
export { DEFAULT_CHAR_VIEW, CharGramScratch, charGramIds, fitCharView, scoreCharView } from '../../src/bayes/char-view.js';

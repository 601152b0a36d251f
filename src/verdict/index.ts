export { decide, spamCutShift, type DecideOptions } from './decide.js';
export { combineScore, combineTrainedScore, bayesLogOdds, logit, sigmoid, RULE_CENTER, RULE_SLOPE, BAYES_SCALE, TRAINED_BIAS } from './score.js';
export { createPositionText, createTokenText, describeSyntheticToken, type ExplainedTokenText, type TokenText } from './token-text.js';
export { starterActive, starterFade, starterPoints, starterReason, STARTER_RETIRED_AFTER, STARTER_MIN_KNOWN, STARTER_FADE, STARTER_MAX_POINTS, STARTER_ALONE_MAX_POINTS, STARTER_BIAS, STARTER_POINTS_PER_LOGIT } from './starter.js';
export { textPayload, vocabularyAlone, vocabularyHold, VOCABULARY_HOLDS } from './vocabulary-holds.js';

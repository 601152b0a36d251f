export { decide, type DecideOptions } from './decide.js';
export { combineScore, bayesLogOdds, logit, sigmoid, RULE_CENTER, RULE_SLOPE } from './score.js';

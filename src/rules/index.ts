import { CATALOG as CATALOG_RULES } from './catalog/index.js';
import { deepFreeze } from './engine.js';
import type { Rule } from '../types.js';

export { buildRuleSet, checkRuleExamples, deepFreeze, readRule, scoreRules, validateRule, type RuleSetOptions, type ScoreContext } from './engine.js';
export { ruleGates } from './gate.js';
export { createListRules } from './catalog/index.js';

/**
 * The catalog is shared by every moderator in the process and reachable from the public exports,
 * so it is frozen all the way down: nothing a caller does to it can change another moderator.
 */
export const CATALOG: readonly Rule[] = deepFreeze(CATALOG_RULES);

export { buildRuleSet, scoreRules, validateRule, type RuleSetOptions } from './engine.js';
export { CATALOG, createListRules } from './catalog/index.js';

// The public API: explicit named exports only. Importing this module has no side effects.
// Evaluation and corpus/CSV helpers are a subpath, `spamsift/evaluate` (src/evaluate/index.ts), so a CMS
// backend that only moderates does not load them.
export { createModerator, createStarterTable, learnId, type Analysis, type ExportOptions, type Moderator } from './moderator.js';
export type { StarterTableJSON } from './bayes/starter-table.js';
export { SpamsiftError, isSpamsiftError, type SpamsiftErrorCode, type SpamsiftErrorDetails } from './errors.js';
export { readModel, MAX_MODEL_BYTES, MODEL_FORMAT, MODEL_VERSION, type ModelLimits, type SpamsiftModel } from './model.js';
export { DEFAULT_THRESHOLDS, type BayesOptions, type Language, type ListOptions, type ModeratorOptions, type RuleOptions, type SiteOptions } from './options.js';
export { CATALOG, validateRule } from './rules/index.js';
export type {
  Anchor,
  BayesResult,
  BayesToken,
  Comment,
  CommentAuthor,
  CommentInput,
  CommentRequest,
  CommentTarget,
  ContentFormat,
  Decision,
  EmailAddress,
  Features,
  Label,
  Link,
  LinkSource,
  NormalizedComment,
  NormalizedText,
  Reason,
  Rule,
  RuleFailure,
  RuleGroup,
  RuleHit,
  RuleCondition,
  RuleFact,
  RuleRequirement,
  Thresholds,
  Verdict,
} from './types.js';

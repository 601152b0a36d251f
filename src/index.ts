// The public API: explicit named exports only. Importing this module has no side effects.
export { createModerator, learnId, type Analysis, type Moderator } from './moderator.js';
export { SpamsiftError, isSpamsiftError, type SpamsiftErrorCode } from './errors.js';
export { readModel, MODEL_FORMAT, MODEL_VERSION, type SpamsiftModel } from './model.js';
export { DEFAULT_THRESHOLDS, type BayesOptions, type Language, type ListOptions, type ModeratorOptions, type RuleOptions } from './options.js';
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
  RuleGroup,
  RuleHit,
  Thresholds,
  Verdict,
} from './types.js';

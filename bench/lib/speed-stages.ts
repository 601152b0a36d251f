// Bench-only entry (bundled from src/ by bench/lib/speed-load-stages.mjs): the pipeline stages one at a time, wired
// exactly as src/moderator.ts wires them, so bench/speed.mjs can time each stage. The public API
// exports only the whole pipeline (check, analyze); this file is not part of it.
import { extractFeatures, type FeatureContext } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { extractLinks } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { setDefaults, type ModeratorOptions } from '../../src/options.js';
import { CATALOG, buildRuleSet, createListRules, scoreRules } from '../../src/rules/index.js';
import { createStemmer, tokenizeWords, wordTokens } from '../../src/tokenize/index.js';
import type { CommentInput, Features, LinkReport, NormalizedComment, RuleHit } from '../../src/types.js';

export interface Stages {
  /** Input check and normalization (Unicode, markup, obfuscation folding). */
  normalize(comment: CommentInput): NormalizedComment;
  /** Words, stems and bigrams of the body. */
  tokenize(normalized: NormalizedComment): string[];
  /** Links, domains and e-mail addresses of every field. */
  links(normalized: NormalizedComment): LinkReport;
  /** Everything rules and the classifier read (includes tokenize and links). */
  features(normalized: NormalizedComment): Features;
  /** Every active rule's test. */
  rules(features: Features): RuleHit[];
}

export function createStages(options?: ModeratorOptions): Stages {
  const resolved = setDefaults(options);
  const context: FeatureContext = { stem: createStemmer(resolved.language) };
  const rules = buildRuleSet([...CATALOG, ...createListRules(resolved), ...resolved.rules.add], resolved.rules);
  const normalizeOptions = { maxLength: resolved.maxLength };
  return {
    normalize: (comment) => normalizeComment(readComment(comment), normalizeOptions),
    tokenize: (normalized) => wordTokens(tokenizeWords(normalized.body), context.stem),
    links: (normalized) => extractLinks(normalized),
    features: (normalized) => extractFeatures(normalized, context),
    rules: (features) => scoreRules(features, rules),
  };
}

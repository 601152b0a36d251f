// The moderator runs the pipeline in one direction and owns the only mutable state: the
// classifier the caller holds through it. Stages never call back into this file.
import { createClassifier, type Classifier } from './bayes/index.js';
import { SpamsiftError } from './errors.js';
import { extractFeatures, type FeatureContext } from './features/index.js';
import { hashString } from './hash.js';
import { readComment, readLabel } from './input.js';
import { MODEL_FORMAT, MODEL_VERSION, readModel, type SpamsiftModel } from './model.js';
import { normalizeComment } from './normalize/index.js';
import { setDefaults, type ModeratorOptions, type ResolvedOptions } from './options.js';
import { CATALOG, buildRuleSet, createListRules, scoreRules } from './rules/index.js';
import { createStemmer } from './tokenize/index.js';
import type { CommentInput, Features, Label, Rule, RuleHit, Verdict } from './types.js';
import { createTokenText, decide } from './verdict/index.js';

export interface Analysis {
  features: Features;
  hits: RuleHit[];
  /** What the classifier sees: the pipeline's tokens plus one `rule:ID` token per rule hit. */
  tokens: string[];
}

export interface Moderator {
  /** Scores one comment. Synchronous; never throws on comment text, only on a non-comment argument. */
  check(comment: CommentInput): Verdict;
  /** Moderator feedback. Idempotent by `comment.id` (or a hash of the content when there is none): learning an id again with the other label moves it. */
  learn(comment: CommentInput, label: Label): void;
  /** Forgets a learned comment exactly; false when it was not learned. */
  unlearn(comment: CommentInput): boolean;
  /** JSON-serializable, versioned; pass it back as `createModerator({ model })`. */
  exportModel(): SpamsiftModel;
  /** The full pipeline's intermediate output, for debugging rules and for benchmarks. */
  analyze(comment: CommentInput): Analysis;
  /** The active rules (catalog, list rules and added rules, after overrides and switches). */
  readonly rules: readonly Rule[];
}

/** Id under which a comment is learned: its own id, or a hash of what identifies its text. */
export function learnId(comment: CommentInput): string {
  const c = readComment(comment);
  if (typeof c.id === 'string' && c.id !== '') return `id:${c.id}`;
  const a = c.author;
  return `h:${hashString(`${a?.name ?? ''}\u0000${a?.email ?? ''}\u0000${a?.url ?? ''}\u0000${c.content}`)}`;
}

function resolveLanguage(raw: unknown, resolved: ResolvedOptions, model: SpamsiftModel | undefined): ResolvedOptions {
  if (!model) return resolved;
  const asked = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['language'] : undefined;
  if (asked !== undefined && asked !== model.language) {
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      `options.language is "${String(asked)}" but the model was trained with "${model.language}"; leave language out to use the model's.`,
      'options.language',
    );
  }
  return { ...resolved, language: model.language };
}

export function createModerator(options?: ModeratorOptions): Moderator {
  const model = options !== undefined && typeof options === 'object' && options !== null && options.model !== undefined ? readModel(options.model) : undefined;
  const resolved = resolveLanguage(options, setDefaults(options), model);
  const rules = buildRuleSet([...CATALOG, ...createListRules(resolved), ...resolved.rules.add], resolved.rules);
  const classifier: Classifier = createClassifier(
    { minExamplesPerClass: resolved.bayes.minExamplesPerClass, maxVocabulary: resolved.bayes.maxVocabulary },
    model?.bayes,
  );
  const context: FeatureContext = { stem: createStemmer(resolved.language) };
  const normalizeOptions = { maxLength: resolved.maxLength };
  const decideOptions = { thresholds: resolved.thresholds, bayesWeight: resolved.bayes.weight };

  function analyze(input: CommentInput): Analysis {
    const normalized = normalizeComment(readComment(input), normalizeOptions);
    const features = extractFeatures(normalized, context);
    const hits = scoreRules(features, rules);
    const tokens = features.tokens.slice();
    for (const hit of hits) tokens.push(`rule:${hit.id}`);
    return { features, hits, tokens };
  }

  function skippedSignals(features: Features): string[] {
    const skipped: string[] = [];
    const n = features.normalized;
    const readiness = classifier.readiness();
    if (!readiness.ready) {
      skipped.push(`bayes: ${readiness.spam}/${readiness.needed} spam and ${readiness.ham}/${readiness.needed} ham comments learned`);
    }
    if (!n.authorName.text && !n.authorEmail && !n.authorUrl) skipped.push('author: no name, e-mail or URL given');
    if (!n.ip) skipped.push('request: no IP given');
    if (n.body.truncated) skipped.push(`text: only the first ${resolved.maxLength} characters were examined`);
    return skipped;
  }

  return {
    rules,
    analyze,
    check(input) {
      const { features, hits, tokens } = analyze(input);
      const bayes = classifier.classify(tokens);
      return decide(hits, bayes, skippedSignals(features), decideOptions, bayes ? createTokenText(features.words, features.tokens, context.stem) : undefined);
    },
    learn(input, label) {
      const checked = readLabel(label);
      classifier.learn(learnId(input), analyze(input).tokens, checked);
    },
    unlearn(input) {
      return classifier.unlearn(learnId(input));
    },
    exportModel() {
      return {
        format: MODEL_FORMAT,
        version: MODEL_VERSION,
        language: resolved.language,
        createdAt: new Date().toISOString(),
        bayes: classifier.toJSON(),
      };
    },
  };
}

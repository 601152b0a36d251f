// The moderator runs the pipeline in one direction and owns the only mutable state: the
// classifier the caller holds through it. Stages never call back into this file.
import { createHash } from 'node:crypto';
import { createClassifier, type Calibration, type Classifier } from './bayes/index.js';
import { shippedStarterTable } from './bayes/starter.js';
import { createTableStarter, isStarterTable, readStarterTable, starterTableFromModel, type StarterClassifier, type StarterTableJSON } from './bayes/starter-table.js';
import { SpamsiftError, describeValue, isSpamsiftError } from './errors.js';
import { extractFeatures, type FeatureContext } from './features/index.js';
import { createLinkCache } from './links/index.js';
import { readComment, readLabel } from './input.js';
import { MODEL_FORMAT, MODEL_VERSION, modelVocabularySize, readModel, type SpamsiftModel } from './model.js';
import { normalizeComment } from './normalize/index.js';
import { setDefaults, type ModeratorOptions, type ResolvedOptions } from './options.js';
import { CATALOG, buildRuleSet, checkRuleExamples, createListRules, readRule, ruleGates, scoreRules } from './rules/index.js';
import { RESERVED_KEYS, RULE_KEYS, TOKEN_RULE, TokenList, createStemmer, tokenTexts } from './tokenize/index.js';
import type { ClassifierTokens, Comment, CommentInput, Features, Label, Rule, RuleFailure, RuleHit, Verdict, WordFacts } from './types.js';
import { createPositionText, decide, spamCutShift, starterActive, starterReason, vocabularyHold, type DecideOptions } from './verdict/index.js';

export interface Analysis {
  features: Features;
  hits: RuleHit[];
  /** What the classifier sees, typed: the pipeline's tokens plus one rule token per rule hit. */
  classifierTokens: ClassifierTokens;
  /** The same tokens in their text form (`rule:ID` for a rule hit), built when read. */
  readonly tokens: string[];
  /** Rules that threw or returned something other than evidence strings on this comment (they count for nothing). */
  ruleFailures: RuleFailure[];
}

/** What exportModel() writes besides the learned comments. */
export interface ExportOptions {
  /** Also write the fitted state (default false: the default file stays as small as before). */
  fitted?: boolean;
}

export interface Moderator {
  /** Scores one comment. Synchronous; never throws on comment text, only on a non-comment argument. */
  check(comment: CommentInput): Verdict;
  /** Moderator feedback. Idempotent by `comment.id` (or a hash of the content when there is none): learning an id again with the other label moves it. */
  learn(comment: CommentInput, label: Label): void;
  /** Forgets a learned comment exactly; false when it was not learned. */
  unlearn(comment: CommentInput): boolean;
  /**
   * JSON-serializable, versioned; pass it back as `createModerator({ model })`. With
   * `{ fitted: true }` the model also carries the refit's result (the NB-LR weights and the
   * calibration, about 5 bytes a vocabulary token more), so a moderator loading it with the same
   * settings scores at once, bit for bit as after a refit, instead of refitting on its first check.
   */
  exportModel(options?: ExportOptions): SpamsiftModel;
  /** The full pipeline's intermediate output, for debugging rules and for benchmarks. */
  analyze(comment: CommentInput): Analysis;
  /** The active rules (catalog, list rules and added rules, after overrides and switches). */
  readonly rules: readonly Rule[];
  /**
   * Does now the refit the first check() after a learn or unlearn would do (NB-LR weights and the
   * calibration, a function of the learned set only): call it after moderation feedback so the next
   * comment's check() does not pay for it. Scores are the same whether it is called or not.
   */
  refit(): void;
}

/** An Analysis whose text view of the tokens is a getter on the prototype (no closure per comment). */
class CommentAnalysis implements Analysis {
  constructor(
    readonly features: Features,
    readonly hits: RuleHit[],
    readonly classifierTokens: ClassifierTokens,
    readonly ruleFailures: RuleFailure[],
  ) {}

  get tokens(): string[] {
    return tokenTexts(this.classifierTokens);
  }
}

/**
 * Id under which a comment is learned: its own id, or a SHA-256 of what identifies its text. The
 * fields are JSON-encoded as one array, so no choice of field contents can make two different
 * comments encode alike (a separator character could), and 128 bits make a chance collision moot.
 */
export function learnId(comment: CommentInput): string {
  return learnIdOf(readComment(comment));
}

/** learnId of a comment already read (learn reads it once for the id and the pipeline). */
/**
 * Room left in a comment's token list for its rule hits (TokenInput.spare): most comments hit
 * fewer, and a list with more grows as it would have. The list is trimmed after the hits are in.
 */
const RULE_TOKENS_SPARE = 4;

function learnIdOf(c: Comment): string {
  if (typeof c.id === 'string' && c.id !== '') return `id:${c.id}`;
  const a = c.author;
  const key = JSON.stringify([a?.name ?? '', a?.email ?? '', a?.url ?? '', c.content]);
  return `h:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

/** An own property of an options object the caller passed (already validated by setDefaults). */
function ownOption(options: unknown, ...keys: string[]): unknown {
  let value = options;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function resolveLanguage(raw: unknown, resolved: ResolvedOptions, model: SpamsiftModel | undefined): ResolvedOptions {
  if (!model) return resolved;
  const asked = ownOption(raw, 'language');
  if (asked !== undefined && asked !== model.language) {
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      `options.language is "${String(asked)}" but the model was trained with "${model.language}"; leave language out to use the model's.`,
      'options.language',
      { expected: `"${model.language}" (the model's) or nothing`, received: JSON.stringify(asked) },
    );
  }
  return { ...resolved, language: model.language };
}

/**
 * The vocabulary cap the classifier gets. A model's vocabulary never exceeds the cap it was
 * trained with, so a model over this moderator's cap was trained with a larger one: without an
 * explicit option the cap follows the model (within readModel's limits); with one, loading would
 * prune the model over and over, so it is refused with what to do instead.
 */
function resolveVocabulary(raw: unknown, resolved: ResolvedOptions, model: SpamsiftModel | undefined): ResolvedOptions {
  const size = model === undefined ? 0 : modelVocabularySize(model);
  if (size <= resolved.bayes.maxVocabulary) return resolved;
  if (ownOption(raw, 'bayes', 'maxVocabulary') !== undefined) {
    throw new SpamsiftError(
      'E_MODEL_TOO_LARGE',
      `the model has ${size} tokens in its vocabulary, more than options.bayes.maxVocabulary (${resolved.bayes.maxVocabulary}); raise the option to at least ${size} or leave it out.`,
      'options.bayes.maxVocabulary',
      { expected: `at least ${size}`, received: `number ${resolved.bayes.maxVocabulary}` },
    );
  }
  return { ...resolved, bayes: { ...resolved.bayes, maxVocabulary: size } };
}

/**
 * The starter classifier for `options.starter` (true: the shipped table; a starter table or an
 * exported model: that one, a model made into a table once here), or undefined when off. Its
 * tokens must be made the way the moderator makes them, so the languages must agree; left out,
 * the option is on only for the language the shipped starter was made with.
 */
function loadStarter(value: unknown, language: ResolvedOptions['language']): StarterClassifier | string | undefined {
  if (value === false) return undefined;
  let table: StarterTableJSON;
  if (value === undefined) {
    // Left out, a missing or broken shipped file (a bundle that did not copy it) does not stop the
    // moderator: every verdict says the starter was skipped and why. Asked for, it throws.
    try {
      table = readStarterTable(shippedStarterTable());
    } catch (error) {
      if (!isSpamsiftError(error)) throw error;
      return `starter: not loaded (${error.message.replace(/^spamsift: /, '')})`;
    }
  } else if (value === true) table = readStarterTable(shippedStarterTable());
  else if (isStarterTable(value)) table = readStarterTable(value);
  else {
    const model = readModel(value);
    table = starterTableFromModel(model.bayes, modelVocabularySize(model), model.language);
  }
  if (table.language !== language) {
    if (value === undefined) return undefined;
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      `options.starter was built with language "${table.language}" but this moderator uses "${language}"; leave language out (or use the starter's).`,
      'options.starter',
      { expected: `language "${table.language}"`, received: JSON.stringify(language) },
    );
  }
  return createTableStarter(table);
}

/**
 * The starter table of an exported model (an object or its JSON text, read by readModel): what
 * `createModerator({ starter: model })` makes of it, made once, so a site (or
 * scripts/build-starter.mjs) can keep it and load it in milliseconds (`starter: table`). Slow:
 * it builds and fits the model's classifier.
 */
export function createStarterTable(model: unknown): StarterTableJSON {
  const read = readModel(model);
  return starterTableFromModel(read.bayes, modelVocabularySize(read), read.language);
}

/** The caller's example comments, copied (own properties only) so the caller cannot change them later. */
function copyExamples(list: readonly unknown[], path: string): Comment[] {
  const out: Comment[] = [];
  for (let j = 0; j < list.length; j++) {
    try {
      out.push(readComment(Object.hasOwn(list, j) ? list[j] : undefined, `${path}[${j}]`));
    } catch (error) {
      if (!(error instanceof SpamsiftError)) throw error;
      throw new SpamsiftError('E_INVALID_RULE', `${path}[${j}] is not a comment: ${error.message.replace(/^spamsift: /, '')}`, error.path, {
        expected: 'a comment object or a string',
        ...(error.received === undefined ? {} : { received: error.received }),
      });
    }
  }
  return out;
}

export function createModerator(options?: ModeratorOptions): Moderator {
  const defaults = setDefaults(options);
  const model = defaults.model !== undefined ? readModel(defaults.model) : undefined;
  const resolved = resolveVocabulary(options, resolveLanguage(options, defaults, model), model);
  const context: FeatureContext = { stem: createStemmer(resolved.language), links: createLinkCache() };
  const normalizeOptions = { maxLength: resolved.maxLength };
  const featuresOf = (input: CommentInput, wordEntries?: (WordFacts | undefined)[]): Features => featuresOfRead(readComment(input), wordEntries);
  const featuresOfRead = (comment: Comment, wordEntries?: (WordFacts | undefined)[], spare?: number): Features =>
    extractFeatures(normalizeComment(comment, normalizeOptions), context, wordEntries, spare);

  // Added rules: read once from own properties, examples copied, and every example run now.
  const added: Rule[] = resolved.rules.add.map((value, i) => {
    const path = `options.rules.add[${i}]`;
    const rule = readRule(value, path);
    const copy: Rule = { ...rule, examples: { hit: copyExamples(rule.examples.hit, `${path}.examples.hit`), miss: copyExamples(rule.examples.miss, `${path}.examples.miss`) } };
    checkRuleExamples(copy, path, featuresOf);
    return copy;
  });
  const base = [...CATALOG, ...createListRules(resolved)];
  const rules = buildRuleSet([...base, ...added], {
    ...resolved.rules,
    pathOf: (i) => (i < base.length ? `rules[${i}]` : `options.rules.add[${i - base.length}]`),
  });
  const firstAdded = rules.length - added.filter((r) => !resolved.rules.disabled.has(r.id)).length;
  const gates = ruleGates(rules);
  // Rule tokens carry a fixed key per rule of this moderator (ClassifierTokens.keys), so the
  // classifier finds their ids without hashing the rule id; rules past the reserved range have none.
  const ruleKeys = new Map<string, number>();
  rules.forEach((r, i) => {
    if (RULE_KEYS + i < RESERVED_KEYS) ruleKeys.set(r.id, RULE_KEYS + i);
  });

  let classifier: Classifier;
  try {
    const config = { hamTailBudget: resolved.bayes.hamBlockedBudget };
    classifier = createClassifier({ minExamplesPerClass: resolved.bayes.minExamplesPerClass, maxVocabulary: resolved.bayes.maxVocabulary, config }, model?.bayes);
  } catch (error) {
    // Engine limits (a Map past 2^24 entries, an array past its length limit) mean a model too big to load.
    if (!(error instanceof RangeError)) throw error;
    throw new SpamsiftError('E_MODEL_TOO_LARGE', `the model is too large to load (${error.message}).`, 'model.bayes');
  }
  // The shipped starter, when the option is left out, is read on the first check that consults
  // it: a moderator that never does (one loaded with a model of 1,000 comments or more) never
  // reads it. A value given is read here, so a bad one is refused at once.
  let loaded: StarterClassifier | string | undefined | null = resolved.starter === undefined ? null : loadStarter(resolved.starter, resolved.language);
  const starterNow = (): StarterClassifier | string | undefined => (loaded === null ? (loaded = loadStarter(undefined, resolved.language)) : loaded);
  const decideOptions: DecideOptions = { thresholds: resolved.thresholds, bayesWeight: resolved.bayes.weight, explain: resolved.explain };
  // The decide options with the spam cut placed where this site's ham tail sits (Calibration.hamTail,
  // fitted with the calibration at the refit): worked out once per fitted calibration, not per check.
  let placedFor: Calibration | null = null;
  let placed = decideOptions;
  function placedOptions(): DecideOptions {
    const calibration = classifier.calibration();
    if (calibration !== placedFor) {
      placedFor = calibration;
      const spamShift = spamCutShift(decideOptions, calibration.hamTail);
      placed = spamShift === 0 ? decideOptions : { ...decideOptions, spamShift };
    }
    return placed;
  }

  function analyze(input: CommentInput): Analysis {
    return analyzeRead(readComment(input));
  }
  function analyzeRead(comment: Comment): Analysis {
    const wordEntries: (WordFacts | undefined)[] = [];
    // Without added rules the rule tokens go past the features' own entries (below): the list is
    // allocated with room for a few and trimmed once they are in (TokenInput.spare).
    const appends = firstAdded === rules.length;
    const features = featuresOfRead(comment, wordEntries, appends ? RULE_TOKENS_SPARE : 0);
    // The classifier sees the pipeline's tokens whatever a rule does: with added rules, the list
    // is copied before any rule runs (scoreRules freezes the features before the first added
    // rule). The catalog's rules never change it, so without added rules the rule tokens are
    // appended past the features' own entries instead of to a copy.
    const own = features.classifierTokens;
    const tokens = appends && own instanceof TokenList ? TokenList.continuing(own) : TokenList.from(own);
    const ruleFailures: RuleFailure[] = [];
    const hits = scoreRules(features, rules, { failures: ruleFailures, firstAdded, wordEntries, gates });
    for (const hit of hits) {
      const at = tokens.push(TOKEN_RULE, hit.id, -1, 0);
      const key = ruleKeys.get(hit.id);
      if (key !== undefined) tokens.keys[at] = key;
    }
    tokens.trim();
    return new CommentAnalysis(features, hits, tokens, ruleFailures);
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
      const { features, hits, classifierTokens: tokens, ruleFailures } = analyze(input);
      const bayes = classifier.classifyToRead(tokens, resolved.explain);
      const skipped = skippedSignals(features);
      for (const f of ruleFailures) skipped.push(`rule ${f.id}: counted for nothing, its test ${f.problem}`);
      // The starter scores the same typed tokens, so its evidence is named by the same positions.
      // Past STARTER_RETIRED_AFTER learned comments the starter's word is a rounding error: not consulted.
      const r = loaded !== undefined ? classifier.readiness() : undefined;
      const active = r !== undefined && starterActive(r.spam + r.ham);
      // Retired, the shipped starter is never consulted: its table (1.5 MB, the largest thing an
      // untrained moderator holds) is let go and read again only if unlearning brings it back.
      if (!active && loaded !== null && resolved.starter === undefined) loaded = null;
      const starter = active ? starterNow() : undefined;
      if (typeof starter === 'string') skipped.push(starter);
      const consultStarter = starter !== undefined && typeof starter !== 'string';
      const tokenText = resolved.explain && (bayes || consultStarter) ? createPositionText(features.words, tokens) : undefined;
      let starterWord;
      if (consultStarter) {
        let rulePoints = 0;
        for (const h of hits) rulePoints += h.points;
        starterWord = starterReason(starter.classify(tokens), r!.spam + r!.ham, tokenText ?? (() => null), rulePoints > 0);
      }
      // Untrained, a trade's words in one place hold a comment, never block it (verdict/vocabulary-holds.ts).
      const vocabulary = bayes ? undefined : () => vocabularyHold(hits, features);
      const verdict = decide(hits, bayes, skipped, bayes ? placedOptions() : decideOptions, bayes ? tokenText : undefined, starterWord, vocabulary);
      if (ruleFailures.length > 0) verdict.ruleFailures = ruleFailures;
      return verdict;
    },
    learn(input, label) {
      const checked = readLabel(label);
      const comment = readComment(input);
      classifier.learn(learnIdOf(comment), analyzeRead(comment).classifierTokens, checked);
    },
    unlearn(input) {
      return classifier.unlearn(learnId(input));
    },
    refit() {
      classifier.refit();
    },
    exportModel(exportOptions) {
      if (exportOptions !== undefined && (typeof exportOptions !== 'object' || exportOptions === null)) {
        throw new SpamsiftError('E_INVALID_OPTION', `exportModel options must be an object, received ${describeValue(exportOptions)}.`, 'options');
      }
      const fitted = exportOptions?.fitted;
      if (fitted !== undefined && typeof fitted !== 'boolean') {
        throw new SpamsiftError('E_INVALID_OPTION', `exportModel options.fitted must be true or false, received ${describeValue(fitted)}.`, 'options.fitted');
      }
      return {
        format: MODEL_FORMAT,
        version: MODEL_VERSION,
        language: resolved.language,
        createdAt: new Date().toISOString(),
        bayes: classifier.toJSON({ fitted: fitted === true }),
      };
    },
  };
}

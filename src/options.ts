// Options are filled once by setDefaults (the tldts habit): every later stage reads a complete,
// validated object and never checks for undefined itself.
import { SpamsiftError, describeValue } from './errors.js';
import type { Rule, Thresholds } from './types.js';

/** 'auto': each word's script picks its stemmer (see tokenize/stem.ts); a named language stems every word with its stemmer. */
export type Language = 'auto' | 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'ru' | 'sv' | 'no' | 'none';
export const LANGUAGES: readonly Language[] = ['auto', 'en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'ru', 'sv', 'no', 'none'];

export interface ListOptions {
  /** Registrable domains or hosts (`example.com`); a link to a listed domain or any subdomain matches. */
  domains?: string[];
  /** Words or phrases matched case-insensitively on whole words of the folded text. */
  words?: string[];
  /** Exact e-mail addresses, or `@domain.tld` for a whole domain. */
  emails?: string[];
  /** Exact IPv4/IPv6 addresses, or IPv4 prefixes ending in a dot (`203.0.113.`). */
  ips?: string[];
}

export interface RuleOptions {
  /** Override the score of catalog rules by id. */
  scores?: Record<string, number>;
  /** Rule ids to switch off. */
  disabled?: string[];
  /** Extra rules, validated like the catalog's. */
  add?: Rule[];
}

export interface BayesOptions {
  /** Bayes contributes nothing until this many comments of each class were learned. Default 10. */
  minExamplesPerClass?: number;
  /** Vocabulary cap: past it, the rarest tokens are pruned. Default 200,000. */
  maxVocabulary?: number;
  /** Weight of the Bayes log-odds in the final score. Default 1. */
  weight?: number;
}

export interface ModeratorOptions {
  /** Score cut-offs (spam probability 0..1), moderate ≤ spam ≤ discard. */
  thresholds?: Partial<Thresholds>;
  rules?: RuleOptions;
  /** Always-ham signals (a strong negative rule). */
  allow?: ListOptions;
  /** Always-spam signals (a strong positive rule). */
  block?: ListOptions;
  /** WordPress "Disallowed Comment Keys" text: one entry a line, substring match on every field. */
  disallowedKeys?: string;
  /** WordPress "Comment Moderation" keys text: same format, sends matches to moderation. */
  moderationKeys?: string;
  bayes?: BayesOptions;
  /** A model from exportModel(), or its JSON text. */
  model?: unknown;
  /**
   * Stemmer language for the classifier's tokens. Default 'auto': Latin-script words get the
   * English stemmer, Cyrillic ones the Russian stemmer, other scripts none, and scripts written
   * without spaces (Chinese, Japanese, Thai, Khmer, Lao, Myanmar) character bigrams.
   */
  language?: Language;
  /** Characters of comment text examined; longer text is cut and the verdict says so. Default 100,000. */
  maxLength?: number;
}

export interface ResolvedListOptions {
  domains: string[];
  words: string[];
  emails: string[];
  ips: string[];
}

export interface ResolvedOptions {
  thresholds: Thresholds;
  rules: { scores: Map<string, number>; disabled: Set<string>; add: Rule[] };
  allow: ResolvedListOptions;
  block: ResolvedListOptions;
  disallowedKeys: string;
  moderationKeys: string;
  bayes: Required<BayesOptions>;
  model: unknown;
  language: Language;
  maxLength: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ moderate: 0.5, spam: 0.9, discard: 0.995 });
export const DEFAULT_MAX_LENGTH = 100_000;

function invalid(path: string, expected: string, received: unknown): never {
  throw new SpamsiftError('E_INVALID_OPTION', `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readObject(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) invalid(path, 'an object', value);
  return value;
}

function readNumber(value: unknown, path: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    invalid(path, `a number from ${min} to ${max}`, value);
  }
  return value;
}

function readInteger(value: unknown, path: string, fallback: number, min: number, max: number): number {
  const n = readNumber(value, path, fallback, min, max);
  if (!Number.isInteger(n)) invalid(path, 'a whole number', value);
  return n;
}

function readString(value: unknown, path: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') invalid(path, 'a string', value);
  return value;
}

function readStrings(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) invalid(path, 'an array of strings', value);
  return value.map((v: string) => v.trim().toLowerCase()).filter((v) => v.length > 0);
}

function readLists(value: unknown, path: string): ResolvedListOptions {
  const o = readObject(value, path);
  return {
    domains: readStrings(o['domains'], `${path}.domains`),
    words: readStrings(o['words'], `${path}.words`),
    emails: readStrings(o['emails'], `${path}.emails`),
    ips: readStrings(o['ips'], `${path}.ips`),
  };
}

function readThresholds(value: unknown): Thresholds {
  const o = readObject(value, 'options.thresholds');
  const t: Thresholds = {
    moderate: readNumber(o['moderate'], 'options.thresholds.moderate', DEFAULT_THRESHOLDS.moderate, 0, 1),
    spam: readNumber(o['spam'], 'options.thresholds.spam', DEFAULT_THRESHOLDS.spam, 0, 1),
    discard: readNumber(o['discard'], 'options.thresholds.discard', DEFAULT_THRESHOLDS.discard, 0, 1),
  };
  if (!(t.moderate <= t.spam && t.spam <= t.discard)) {
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      `options.thresholds must satisfy moderate ≤ spam ≤ discard, received ${t.moderate} / ${t.spam} / ${t.discard}.`,
      'options.thresholds',
    );
  }
  return t;
}

function readRuleOptions(value: unknown): ResolvedOptions['rules'] {
  const o = readObject(value, 'options.rules');
  const scores = new Map<string, number>();
  for (const [id, score] of Object.entries(readObject(o['scores'], 'options.rules.scores'))) {
    scores.set(id, readNumber(score, `options.rules.scores.${id}`, 0, -1000, 1000));
  }
  const disabled = new Set(
    (o['disabled'] === undefined ? [] : (Array.isArray(o['disabled']) ? o['disabled'] : invalid('options.rules.disabled', 'an array of rule ids', o['disabled']))).map(
      (id: unknown, i: number) => (typeof id === 'string' ? id : invalid(`options.rules.disabled[${i}]`, 'a rule id string', id)),
    ),
  );
  const add = o['add'] === undefined ? [] : o['add'];
  if (!Array.isArray(add)) invalid('options.rules.add', 'an array of rule objects', add);
  return { scores, disabled, add: add as Rule[] };
}

/** Validates caller options (which may come from untyped JS) and fills every default. */
export function setDefaults(options: unknown): ResolvedOptions {
  const o = readObject(options, 'options');
  const bayes = readObject(o['bayes'], 'options.bayes');
  const language = o['language'] === undefined ? 'auto' : o['language'];
  if (!LANGUAGES.includes(language as Language)) invalid('options.language', `one of ${LANGUAGES.join(', ')}`, language);
  return {
    thresholds: readThresholds(o['thresholds']),
    rules: readRuleOptions(o['rules']),
    allow: readLists(o['allow'], 'options.allow'),
    block: readLists(o['block'], 'options.block'),
    disallowedKeys: readString(o['disallowedKeys'], 'options.disallowedKeys'),
    moderationKeys: readString(o['moderationKeys'], 'options.moderationKeys'),
    bayes: {
      minExamplesPerClass: readInteger(bayes['minExamplesPerClass'], 'options.bayes.minExamplesPerClass', 10, 0, 1e9),
      maxVocabulary: readInteger(bayes['maxVocabulary'], 'options.bayes.maxVocabulary', 200_000, 100, 1e8),
      weight: readNumber(bayes['weight'], 'options.bayes.weight', 1, 0, 100),
    },
    model: o['model'],
    language: language as Language,
    maxLength: readInteger(o['maxLength'], 'options.maxLength', DEFAULT_MAX_LENGTH, 100, 1e9),
  };
}

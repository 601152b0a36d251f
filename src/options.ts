// Options are filled once by setDefaults (the tldts habit): every later stage reads a complete,
// validated object and never checks for undefined itself.
import { SpamsiftError, describeValue } from './errors.js';
import { LANGUAGE_SCRIPTS } from './rules/catalog/language.js';
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
  /**
   * Share of this site's ham the classifier may block on its own word (issue 9 §5). The trained
   * classifier estimates, from its own learned comments scored out of sample, how much of its ham
   * the spam threshold would block; when that is more than this budget, the spam cut moves up
   * to where the estimate blocks 0.6 of the budget (a margin for the estimate's noise, picked leave-one-corpus-out:
   * docs/quality-session9.md), and what falls between is held for moderation instead. 0 turns it off
   * (the fixed thresholds). The estimate is the larger of the site's own ham order statistic and a
   * fit of its top ham scores (src/bayes/calibrate.ts); a site with fewer learned ham than 1 / budget
   * (200 at the default) keeps the fixed thresholds.
   * Default 0.005.
   */
  hamBlockedBudget?: number;
}

export interface SiteOptions {
  /**
   * Languages the site publishes in and expects comments in (ISO 639-1 codes, `['en', 'de']`).
   * A comment written wholly in another language or script then gets a moderate signal
   * (TEXT_FOREIGN_LANGUAGE); absent or empty, the signal is off.
   */
  languages?: string[];
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
  /** What the site is: its languages. */
  site?: SiteOptions;
  /**
   * Bayes evidence before the site has learned anything: `true` loads the starter model shipped
   * with spamsift (counts from public comment corpora, docs/starter-model.md), a model object or
   * JSON text loads that one (a starter table, or a model from exportModel()). It can hold a
   * comment for moderation but never decides spam on its own account (a verdict is spam only when
   * it is spam without the starter); it fades as the site learns and is not consulted after
   * 1,000 learned comments. Default: on when `language` is 'auto' (the starter's tokens are made
   * with it), off otherwise; `false` turns it off.
   */
  starter?: boolean | object | string;
  /**
   * Build the BAYES reason's evidence strings (the strongest words). Default true; false for bulk
   * scoring that reads decisions only: the reason is still there with its points, its evidence empty.
   */
  explain?: boolean;
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
  site: { languages: string[] };
  /** undefined (left out: the shipped starter when the language allows), false, true (the shipped starter) or a model to read. */
  starter: unknown;
  explain: boolean;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ moderate: 0.5, spam: 0.9, discard: 0.995 });
export const DEFAULT_MAX_LENGTH = 100_000;
export const DEFAULT_MAX_VOCABULARY = 200_000;
/** options.bayes.hamBlockedBudget's default: issue 9 §5's budget (the classifier's hamTailBudget). */
export const DEFAULT_HAM_BLOCKED_BUDGET = 0.005;
/** Highest vocabulary cap: a JS Map or Set holds at most 2^24 entries, so a larger cap could never be reached safely. */
export const MAX_VOCABULARY = 10_000_000;

function invalid(path: string, expected: string, received: unknown): never {
  const got = describeValue(received);
  throw new SpamsiftError('E_INVALID_OPTION', `${path} must be ${expected}, received ${got}.`, path, { expected, received: got });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Edit distance counting a swap of two neighbours as one edit (`spma` → `spam`), for "did you
 * mean": option names are short, so the quadratic table is tiny.
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known key closest to a misspelled one, when it is close enough to be a typo. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const name = k.toLowerCase();
    // A shortened name (`maxVocab`) is as good a hint as a typo.
    const shortened = lower.length >= 3 && (name.startsWith(lower) || lower.startsWith(name));
    const d = name === lower ? 0 : shortened ? 1 : editDistance(lower.slice(0, 64), name);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : undefined;
}

function unknownKey(path: string, key: string, known: readonly string[]): never {
  const hint = suggestKey(key, known);
  const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  const expected = `one of ${known.join(', ')}`;
  throw new SpamsiftError(
    'E_INVALID_OPTION',
    `${path} has no option ${shown}${hint === undefined ? '' : `; did you mean "${hint}"?`} (known: ${known.join(', ')}).`,
    `${path}.${key}`,
    { expected, received: shown },
  );
}

/**
 * Reads an options object: own properties only (a key another library set on Object.prototype
 * is not an option), and a key that is not in `known` is a typo the caller must hear about.
 * The result has no prototype, so later reads of absent keys cannot reach Object.prototype.
 */
function readObject(value: unknown, path: string, known: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (value === undefined) return out;
  if (!isPlainObject(value)) invalid(path, 'an object', value);
  for (const key of Object.keys(value)) if (!known.includes(key)) unknownKey(path, key, known);
  for (const key of known) if (Object.hasOwn(value, key)) out[key] = value[key];
  return out;
}

/** Own enumerable entries of a map-like option (rule ids → scores): nothing from the prototype. */
function readEntries(value: unknown, path: string): [string, unknown][] {
  if (value === undefined) return [];
  if (!isPlainObject(value)) invalid(path, 'an object', value);
  return Object.keys(value).map((key) => [key, value[key]]);
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

function readBoolean(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') invalid(path, 'true or false', value);
  return value;
}

function readString(value: unknown, path: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') invalid(path, 'a string', value);
  return value;
}

function readStrings(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) invalid(path, 'an array of strings', value);
  const out: string[] = [];
  // Indexes up to length, holes included: a hole would otherwise read Array.prototype[i].
  for (let i = 0; i < value.length; i++) {
    const v: unknown = Object.hasOwn(value, i) ? value[i] : undefined;
    if (typeof v !== 'string') invalid(`${path}[${i}]`, 'a string', v);
    const t = v.trim().toLowerCase();
    if (t.length > 0) out.push(t);
  }
  return out;
}

const LIST_KEYS = ['domains', 'words', 'emails', 'ips'] as const;

function readLists(value: unknown, path: string): ResolvedListOptions {
  const o = readObject(value, path, LIST_KEYS);
  return {
    domains: readStrings(o['domains'], `${path}.domains`),
    words: readStrings(o['words'], `${path}.words`),
    emails: readStrings(o['emails'], `${path}.emails`),
    ips: readStrings(o['ips'], `${path}.ips`),
  };
}

const THRESHOLD_KEYS = ['moderate', 'spam', 'discard'] as const;

function readThresholds(value: unknown): Thresholds {
  const o = readObject(value, 'options.thresholds', THRESHOLD_KEYS);
  const t: Thresholds = {
    moderate: readNumber(o['moderate'], 'options.thresholds.moderate', DEFAULT_THRESHOLDS.moderate, 0, 1),
    spam: readNumber(o['spam'], 'options.thresholds.spam', DEFAULT_THRESHOLDS.spam, 0, 1),
    discard: readNumber(o['discard'], 'options.thresholds.discard', DEFAULT_THRESHOLDS.discard, 0, 1),
  };
  if (!(t.moderate <= t.spam && t.spam <= t.discard)) {
    const received = `${t.moderate} / ${t.spam} / ${t.discard}`;
    throw new SpamsiftError('E_INVALID_OPTION', `options.thresholds must satisfy moderate ≤ spam ≤ discard, received ${received}.`, 'options.thresholds', {
      expected: 'moderate ≤ spam ≤ discard',
      received,
    });
  }
  return t;
}

const RULE_KEYS = ['scores', 'disabled', 'add'] as const;

function readRuleOptions(value: unknown): ResolvedOptions['rules'] {
  const o = readObject(value, 'options.rules', RULE_KEYS);
  const scores = new Map<string, number>();
  for (const [id, score] of readEntries(o['scores'], 'options.rules.scores')) {
    scores.set(id, readNumber(score, `options.rules.scores.${id}`, 0, -1000, 1000));
  }
  const disabled = new Set<string>();
  const off = o['disabled'];
  if (off !== undefined && !Array.isArray(off)) invalid('options.rules.disabled', 'an array of rule ids', off);
  for (let i = 0; off !== undefined && i < off.length; i++) {
    const id: unknown = Object.hasOwn(off, i) ? off[i] : undefined;
    if (typeof id !== 'string') invalid(`options.rules.disabled[${i}]`, 'a rule id string', id);
    disabled.add(id);
  }
  const add = o['add'] === undefined ? [] : o['add'];
  if (!Array.isArray(add)) invalid('options.rules.add', 'an array of rule objects', add);
  // A copy of the list (holes read as undefined, which the engine rejects): the caller keeps theirs.
  const rules: unknown[] = [];
  for (let i = 0; i < add.length; i++) rules.push(Object.hasOwn(add, i) ? add[i] : undefined);
  return { scores, disabled, add: rules as Rule[] };
}

const SITE_KEYS = ['languages'] as const;

function readSite(value: unknown): ResolvedOptions['site'] {
  const o = readObject(value, 'options.site', SITE_KEYS);
  const languages = readStrings(o['languages'], 'options.site.languages');
  languages.forEach((l, i) => {
    if (LANGUAGE_SCRIPTS[l] === undefined) invalid(`options.site.languages[${i}]`, `an ISO 639-1 language code of ${Object.keys(LANGUAGE_SCRIPTS).join(', ')}`, l);
  });
  return { languages: [...new Set(languages)] };
}

/** false, true, or a model (object or JSON text) that the moderator reads with readModel. */
function readStarter(value: unknown): unknown {
  // Left out: on (issue 10, docs/cold-start-session6.md), for the language the shipped starter was made with.
  if (value === undefined) return undefined;
  if (typeof value === 'boolean' || typeof value === 'string' || isPlainObject(value)) return value;
  return invalid('options.starter', 'true, false, or a model from exportModel()', value);
}

const BAYES_KEYS = ['minExamplesPerClass', 'maxVocabulary', 'weight', 'hamBlockedBudget'] as const;

/** Every option createModerator knows, one a line (options added later go at the end of the list). */
const OPTION_KEYS = [
  'thresholds',
  'rules',
  'allow',
  'block',
  'disallowedKeys',
  'moderationKeys',
  'bayes',
  'model',
  'language',
  'maxLength',
  'site',
  'starter',
  'explain',
] as const;

/** Validates caller options (which may come from untyped JS) and fills every default. */
export function setDefaults(options: unknown): ResolvedOptions {
  const o = readObject(options, 'options', OPTION_KEYS);
  const bayes = readObject(o['bayes'], 'options.bayes', BAYES_KEYS);
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
      maxVocabulary: readInteger(bayes['maxVocabulary'], 'options.bayes.maxVocabulary', DEFAULT_MAX_VOCABULARY, 100, MAX_VOCABULARY),
      weight: readNumber(bayes['weight'], 'options.bayes.weight', 1, 0, 100),
      hamBlockedBudget: readNumber(bayes['hamBlockedBudget'], 'options.bayes.hamBlockedBudget', DEFAULT_HAM_BLOCKED_BUDGET, 0, 1),
    },
    model: o['model'],
    language: language as Language,
    maxLength: readInteger(o['maxLength'], 'options.maxLength', DEFAULT_MAX_LENGTH, 100, 1e9),
    site: readSite(o['site']),
    starter: readStarter(o['starter']),
    explain: readBoolean(o['explain'], 'options.explain', true),
  };
}

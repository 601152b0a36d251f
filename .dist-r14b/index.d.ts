type Label = 'spam' | 'ham';
type Decision = 'ham' | 'moderate' | 'spam';
type ContentFormat = 'text' | 'html' | 'markdown';
/** `null` is accepted for every optional field (JSON exports write absent fields so) and means absent. */
interface CommentAuthor {
    name?: string | null;
    email?: string | null;
    url?: string | null;
    /** Staff and site members are trusted: a negative rule lowers their score. */
    isStaff?: boolean | null;
    /** How many of this author's comments were approved before. */
    approvedCount?: number | null;
}
interface CommentRequest {
    ip?: string | null;
    userAgent?: string | null;
    referrer?: string | null;
}
interface CommentTarget {
    postTitle?: string | null;
    permalink?: string | null;
    /** ISO 8601 string, epoch milliseconds or Date. */
    publishedAt?: string | number | Date | null;
}
/** What a CMS knows about a comment (the fields the Akismet API carries too). */
interface Comment {
    id?: string | null;
    content: string;
    contentFormat?: ContentFormat | null;
    author?: CommentAuthor | null;
    request?: CommentRequest | null;
    target?: CommentTarget | null;
    /** ISO 8601 string, epoch milliseconds or Date. */
    createdAt?: string | number | Date | null;
    /** 'comment', 'reply', 'pingback', 'trackback', 'contact-form', … */
    type?: string | null;
}
/** A plain string is accepted as `{ content }`. */
type CommentInput = Comment | string;
/** A link target written with markup (HTML `<a>`, BBCode `[url]`, Markdown `[text](href)`). */
interface Anchor {
    href: string;
    text: string;
    markup: 'html' | 'bbcode' | 'markdown';
    /** Set when the link sits inside an element a reader cannot see (its text is then in `hiddenText`). */
    hidden?: true;
}
/** What the normalizer had to undo: obfuscation is itself a spam signal. */
interface ObfuscationReport {
    /** Zero-width, bidi and other invisible format characters removed. */
    invisible: number;
    /** Words written with look-alike letters (Cyrillic/Greek in Latin words, math alphanumerics, full-width), as folded. */
    lookalikeWords: string[];
    /** Words whose digits/symbols were read as letters (`v1agra` → `viagra`), as folded. */
    leetWords: string[];
    /** Letters written apart and joined (`V I A G R A` → `viagra`). */
    spacedWords: string[];
    /** Text a reader cannot see (display:none, zero font size, hidden attribute). */
    hiddenText: string[];
    /** Paragraphs stored out of display order under directional overrides (U+202E…) and read as shown. */
    reordered?: number;
    /** Words read without their diacritics or combining marks, or with separators inside them joined (`víagra`, `via-gra` → `viagra`), as folded. Honest text has them too (accents): a signal only when the word is spam vocabulary. */
    foldedWords?: string[];
}
interface NormalizedText {
    /** Readable text: markup removed (anchor text kept), entities decoded, NFKC, invisible characters removed, look-alikes folded. Case kept. */
    text: string;
    /** `text` lowercased, leetspeak folded and spaced-out letters joined: what vocabulary rules match. */
    folded: string;
    anchors: Anchor[];
    obfuscation: ObfuscationReport;
    /** True when the input was longer than `maxLength` and was cut. */
    truncated: boolean;
}
interface NormalizedComment {
    /** The input, validated and with defaults applied (strings trimmed, absent fields ''). */
    id: string | undefined;
    body: NormalizedText;
    authorName: NormalizedText;
    authorEmail: string;
    authorUrl: string;
    ip: string;
    userAgent: string;
    referrer: string;
    postTitle: string;
    permalink: string;
    isStaff: boolean;
    approvedCount: number;
    /** Epoch ms, or null when absent or unparsable. */
    createdAt: number | null;
    publishedAt: number | null;
    type: string;
}
type LinkSource = 'body' | 'anchor' | 'author.url' | 'author.name' | 'author.email' | 'request.referrer';
interface Link {
    /** The URL as found, with markup tails trimmed. */
    url: string;
    source: LinkSource;
    /** Lowercase hostname, or '' when the URL has no parsable host. */
    host: string;
    /** Registrable domain (private suffixes on: `spam.blogspot.com` stays itself), or null (IP, unknown suffix). */
    domain: string | null;
    /** Public suffix (`com`, `co.uk`, `blogspot.com`), or null. */
    suffix: string | null;
    isIp: boolean;
    /** Host has an `xn--` label (internationalized domain in punycode). */
    isPunycode: boolean;
    /** Written defanged to dodge filters: `hxxp://`, `example[.]com`, `example (dot) com`. */
    defanged: boolean;
    /** Path, query and fragment, lowercased ('' when none). */
    path: string;
    /** Words from the domain labels and path slugs (`viagrapascherfr` → viagra, pas, cher, fr). */
    words: string[];
    /** For markup links: the visible anchor text. */
    anchorText?: string;
    /** For markup links whose anchor text itself names a site: that site's registrable domain (or host). */
    anchorTextDomain?: string;
}
interface EmailAddress {
    address: string;
    source: LinkSource;
    domain: string | null;
}
interface TextStats {
    /** Characters in the readable body text. */
    length: number;
    letters: number;
    /** Share of upper-case letters among cased letters (0..1). */
    upperShare: number;
    /** Letters that have a case (upper + lower): what upperShare is a share of (Han, Arabic… have none). */
    casedLetters?: number;
    /** Longest run of one repeated character. */
    longestRun: number;
    words: number;
}
/**
 * What a classifier token is, as a field (numeric for the hot path): 0 word (a stem, or a
 * character bigram of a script written without spaces), 1 bigram (two word tokens), 2 character
 * n-gram (the classifier's own, of a handle-like word), 3 synthetic (a fact that is not a word:
 * `links:0`, `domain:example.com`), 4 rule (a rule hit). Nothing reads a kind from a token's text;
 * the text forms (`stem stem`, `kind:value`, `rule:ID`, `~gram`) exist only in the model file's
 * vocabulary and in the string view `Analysis.tokens`.
 */
type TokenKind = 0 | 1 | 2 | 3 | 4;
/**
 * One comment's classifier tokens in order, as parallel arrays (entry i is `kind[i]`, `text[i]`,
 * `a[i]`, `b[i]`): word stems each followed by the bigram it ends, then synthetic tokens, then
 * rule hits (in Analysis), then the classifier's n-grams. Per kind:
 * - word: `text` the stem; `a` the index of its word in `Features.words` (-1 when it has none);
 *   `b` flags (2: only a part of a bigram read from its text form, not a token of its own).
 * - bigram: `text` ''; `a` and `b` the positions of its two word entries in this list.
 * - n-gram: `text` the `~`-marked n-gram; `a` the position of the word it was cut from.
 * - synthetic: `text` the fact (`kind:value`); rule: `text` the rule id. `a` and `b` unused.
 * The classifier interns tokens to integer ids of its own (per moderator); a bigram's id comes
 * from its two words' ids, never from a string.
 */
interface ClassifierTokens {
    readonly length: number;
    readonly kind: readonly TokenKind[];
    readonly text: readonly string[];
    readonly a: readonly number[];
    readonly b: readonly number[];
    /**
     * Optional, for speed only: `keys[i]` is the moderator's word-memo key of word entry i (absent
     * for other entries and for lists not made by the pipeline). Under one `keyOwner` object a key
     * always names the same word, so a classifier may remember the word's id per key instead of
     * hashing its stem again; the token itself is still `text[i]`.
     */
    readonly keys?: readonly (number | undefined)[];
    readonly keyOwner?: object | undefined;
}
interface Features {
    normalized: NormalizedComment;
    /** Body words: lowercase, folded, not stemmed, in order (rules match vocabulary on these). */
    words: string[];
    /** Tokens for the classifier, typed: stems, bigrams and synthetic tokens (see ClassifierTokens). */
    classifierTokens: ClassifierTokens;
    /** The same tokens in their text form (`run`, `run fast`, `links:0`, `domain:example.com`, …), built when read. */
    readonly tokens: string[];
    links: Link[];
    emails: EmailAddress[];
    /** Links found, including those past the per-comment cap on `links`. */
    totalLinks?: number;
    stats: TextStats;
}
type RuleGroup = 'links' | 'domains' | 'author' | 'text' | 'obfuscation' | 'meta' | 'lists' | 'custom';
/** A rule is data: rspamd/SpamAssassin style. Negative scores are "nice" rules (ham signals). */
interface Rule {
    /** UPPER_SNAKE with a group prefix: `LINK_`, `DOMAIN_`, `AUTHOR_`, `TEXT_`, `OBFUSCATION_`, `META_`, `LIST_`. */
    id: string;
    group: RuleGroup;
    /** Points added on a hit. */
    score: number;
    /** What the rule means, for moderators: its documentation. */
    description: string;
    /** Evidence strings for a hit; an empty array means no hit. Must not throw, must run in linear time. */
    test: (features: Features) => string[];
    /** Comments that must hit and must miss: the test suite runs every one. */
    examples: {
        hit: CommentInput[];
        miss: CommentInput[];
    };
    /**
     * rspamd's group cap: rules that see the same thing from different angles share a family, and
     * the points of a family's hits together never exceed `max` (the strongest hits count first).
     */
    cap?: {
        family: string;
        max: number;
    };
    /**
     * What the comment must have for the rule to hit at all (RuleRequirement). The engine does not
     * run the test of a comment that lacks one: a prefilter, so a rule that starts with such a
     * guard (`if (f.links.length === 0) return []`) costs nothing on the many comments without
     * links. Only for tests that would return no evidence without it; absent, the test always runs.
     */
    requires?: readonly RuleRequirement[];
}
/**
 * A fact a rule may require (Rule.requires): `links`, at least one link (Features.links, any
 * source, the author URL included); `authorUrl`, a non-empty author URL
 * (NormalizedComment.authorUrl); `anchors`, at least one markup anchor in the body
 * (NormalizedText.anchors).
 */
type RuleRequirement = 'links' | 'authorUrl' | 'anchors';
/** A rule whose test threw or returned something other than an array of strings on one comment. */
interface RuleFailure {
    id: string;
    /** What the rule did, e.g. `threw TypeError: …` or `returned undefined instead of an array of evidence strings`. */
    problem: string;
}
interface RuleHit {
    id: string;
    group: RuleGroup;
    points: number;
    description: string;
    evidence: string[];
}
interface BayesToken {
    /** The token's text form (`googl`, `cheap pill`, `links:0`, `rule:LINK_SHORTENER`). */
    token: string;
    /** Its position in the classifier tokens scored (an n-gram's weight is credited to its word's position). */
    position?: number;
    /** Log-likelihood ratio toward spam (positive) or ham (negative). */
    weight: number;
}
interface BayesResult {
    /** Calibrated spam probability 0..1. */
    probability: number;
    /**
     * The same without the disguise tokens (what the normalizer undid: obf:* and OBFUSCATION_* hits),
     * present only when some took part: a disguise may hold a comment but never blocks it alone.
     */
    undisguisedProbability?: number;
    /** Strongest tokens, spam side and ham side, by |weight|. */
    spamTokens: BayesToken[];
    hamTokens: BayesToken[];
}
interface Reason {
    id: string;
    group: string;
    points: number;
    description: string;
    evidence: string[];
}
interface Verdict {
    decision: Decision;
    /** Spam probability 0..1. */
    score: number;
    /** Blatant spam: safe to drop without review. */
    discard: boolean;
    /** Strongest first. */
    reasons: Reason[];
    /** Signals not evaluated for lack of data (e.g. `bayes: 3/20 spam, 0/20 ham learned`), and rules that failed. */
    skipped: string[];
    /** Present only when a rule misbehaved on this comment: it counted for nothing, and here is what it did. */
    ruleFailures?: RuleFailure[];
}
interface Thresholds {
    /** score ≥ moderate → 'moderate'. */
    moderate: number;
    /** score ≥ spam → 'spam'. */
    spam: number;
    /** score ≥ discard (and decision 'spam') → discard: true. */
    discard: number;
}

/** 'auto': each word's script picks its stemmer (see tokenize/stem.ts); a named language stems every word with its stemmer. */
type Language = 'auto' | 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'ru' | 'sv' | 'no' | 'none';
interface ListOptions {
    /** Registrable domains or hosts (`example.com`); a link to a listed domain or any subdomain matches. */
    domains?: string[];
    /** Words or phrases matched case-insensitively on whole words of the folded text. */
    words?: string[];
    /** Exact e-mail addresses, or `@domain.tld` for a whole domain. */
    emails?: string[];
    /** Exact IPv4/IPv6 addresses, or IPv4 prefixes ending in a dot (`203.0.113.`). */
    ips?: string[];
}
interface RuleOptions {
    /** Override the score of catalog rules by id. */
    scores?: Record<string, number>;
    /** Rule ids to switch off. */
    disabled?: string[];
    /** Extra rules, validated like the catalog's. */
    add?: Rule[];
}
interface BayesOptions {
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
interface SiteOptions {
    /**
     * Languages the site publishes in and expects comments in (ISO 639-1 codes, `['en', 'de']`).
     * A comment written wholly in another language or script then gets a moderate signal
     * (TEXT_FOREIGN_LANGUAGE); absent or empty, the signal is off.
     */
    languages?: string[];
}
interface ModeratorOptions {
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
declare const DEFAULT_THRESHOLDS: Readonly<Thresholds>;

declare const STARTER_TABLE_FORMAT = "spamsift-starter";
declare const STARTER_TABLE_VERSION = 1;
/** The starter's file form: named keys, its own format and version. */
interface StarterTableJSON {
    format: typeof STARTER_TABLE_FORMAT;
    version: typeof STARTER_TABLE_VERSION;
    /** The moderator language its tokens were made with. */
    language: Language;
    slope: number;
    offset: number;
    bias: number;
    power: number;
    /** Token text forms (words and word pairs) and their fitted weights, position by position. */
    tokens: string[];
    weights: number[];
}

declare const MODEL_FORMAT = "spamsift-model";
declare const MODEL_VERSION = 1;
/**
 * JSON text longer than this (in UTF-16 code units, as JS measures strings) is refused before
 * parsing: JSON.parse needs several times the text's size in memory. It must stay below V8's
 * longest string (2^29 − 24 units), or no string could ever reach it and the check would be dead.
 */
declare const MAX_MODEL_BYTES: number;
/** Limits for reading an untrusted model; the defaults suit any real site's model. */
interface ModelLimits {
    /** Longest model JSON text accepted (code units); default MAX_MODEL_BYTES. */
    maxBytes?: number;
    /** Deepest nesting of arrays and objects accepted; default MAX_MODEL_DEPTH. */
    maxDepth?: number;
    /** Most vocabulary tokens accepted; default MAX_MODEL_VOCABULARY. */
    maxVocabulary?: number;
    /** Most learned documents accepted; default MAX_MODEL_DOCUMENTS. */
    maxDocuments?: number;
    /** Most document tokens (summed over documents) accepted; default MAX_MODEL_TOKENS. */
    maxTokens?: number;
}
interface SpamsiftModel {
    format: typeof MODEL_FORMAT;
    version: typeof MODEL_VERSION;
    /** Stemmer language the tokens were made with: a model only fits moderators of the same language. */
    language: Language;
    createdAt: string;
    /** The classifier's own state (see bayes/). */
    bayes: unknown;
}
/** Accepts a model object or its JSON text and returns the checked envelope. */
declare function readModel(value: unknown, limits?: ModelLimits): SpamsiftModel;

interface Analysis {
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
interface ExportOptions {
    /** Also write the fitted state (default false: the default file stays as small as before). */
    fitted?: boolean;
}
interface Moderator {
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
/**
 * Id under which a comment is learned: its own id, or a SHA-256 of what identifies its text. The
 * fields are JSON-encoded as one array, so no choice of field contents can make two different
 * comments encode alike (a separator character could), and 128 bits make a chance collision moot.
 */
declare function learnId(comment: CommentInput): string;
/**
 * The starter table of an exported model (an object or its JSON text, read by readModel): what
 * `createModerator({ starter: model })` makes of it, made once, so a site (or
 * scripts/build-starter.mjs) can keep it and load it in milliseconds (`starter: table`). Slow:
 * it builds and fits the model's classifier.
 */
declare function createStarterTable(model: unknown): StarterTableJSON;
declare function createModerator(options?: ModeratorOptions): Moderator;

type SpamsiftErrorCode = 
/** check()/learn() got something that is not a comment object or string. */
'E_INVALID_COMMENT'
/** createModerator() or a function got an option of the wrong type or range, or an unknown option. */
 | 'E_INVALID_OPTION'
/** A rule object (added by the caller) is malformed, or one of its own examples fails. */
 | 'E_INVALID_RULE'
/** learn() got a label other than 'spam' or 'ham'. */
 | 'E_INVALID_LABEL'
/** A model object or file was made by an unsupported version. */
 | 'E_MODEL_VERSION'
/** A model object or file is truncated, edited or otherwise not a spamsift model. */
 | 'E_MODEL_CORRUPT'
/** A model file is larger or deeper than the configured limits, or declares more than they allow. */
 | 'E_MODEL_TOO_LARGE'
/** spamsift/redis: Redis cannot be reached (at start, or now): learning is refused, checks go on locally. */
 | 'E_REDIS_UNAVAILABLE'
/** spamsift/redis: the shared moderator was closed. */
 | 'E_REDIS_CLOSED'
/** spamsift/redis: a snapshot (in Redis or a file) is truncated, edited or for another key. */
 | 'E_SNAPSHOT_CORRUPT'
/** spamsift/redis: events this instance needs were trimmed and no readable snapshot covers them. */
 | 'E_REPLICATION_GAP'
/** spamsift/redis: a stream entry is not a spamsift event (skipped by every instance alike). */
 | 'E_EVENT_MALFORMED';
/** What was expected and what was received, for callers that report errors without parsing messages. */
interface SpamsiftErrorDetails {
    expected?: string;
    /** The received value as described for people (`a string of 900 characters`, `number 5`): never a copy of large or hostile input. */
    received?: string;
}
declare class SpamsiftError extends Error {
    readonly code: SpamsiftErrorCode;
    /** Where the problem is, e.g. `options.thresholds.spam` or `model.bayes.counts`. */
    readonly path: string | undefined;
    readonly expected: string | undefined;
    readonly received: string | undefined;
    constructor(code: SpamsiftErrorCode, message: string, path?: string, details?: SpamsiftErrorDetails);
    /**
     * `instanceof SpamsiftError` is true for an error from any copy of the class (the ESM and CJS
     * builds, the spamsift/evaluate subpath's bundled input checks), the same test as isSpamsiftError.
     */
    static [Symbol.hasInstance](value: unknown): boolean;
}
/** True for a SpamsiftError from this or any other build of spamsift loaded in the process. */
declare function isSpamsiftError(value: unknown): value is SpamsiftError;

/** Throws E_INVALID_RULE unless `value` is a well-formed rule object. */
declare function validateRule(value: unknown, path?: string): Rule;

/**
 * The catalog is shared by every moderator in the process and reachable from the public exports,
 * so it is frozen all the way down: nothing a caller does to it can change another moderator.
 */
declare const CATALOG: readonly Rule[];

export { type Analysis, type Anchor, type BayesOptions, type BayesResult, type BayesToken, CATALOG, type Comment, type CommentAuthor, type CommentInput, type CommentRequest, type CommentTarget, type ContentFormat, DEFAULT_THRESHOLDS, type Decision, type EmailAddress, type ExportOptions, type Features, type Label, type Language, type Link, type LinkSource, type ListOptions, MAX_MODEL_BYTES, MODEL_FORMAT, MODEL_VERSION, type ModelLimits, type Moderator, type ModeratorOptions, type NormalizedComment, type NormalizedText, type Reason, type Rule, type RuleFailure, type RuleGroup, type RuleHit, type RuleOptions, type RuleRequirement, type SiteOptions, SpamsiftError, type SpamsiftErrorCode, type SpamsiftErrorDetails, type SpamsiftModel, type StarterTableJSON, type Thresholds, type Verdict, createModerator, createStarterTable, isSpamsiftError, learnId, readModel, validateRule };

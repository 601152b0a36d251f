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

declare const MODEL_FORMAT = "spamsift-model";
declare const MODEL_VERSION = 1;
interface SpamsiftModel {
    format: typeof MODEL_FORMAT;
    version: typeof MODEL_VERSION;
    /** Stemmer language the tokens were made with: a model only fits moderators of the same language. */
    language: Language;
    createdAt: string;
    /** The classifier's own state (see bayes/). */
    bayes: unknown;
}

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

declare const EVENT_VERSION = "1";
/**
 * A learn() retried after a lost reply can put the same event in the stream twice. Repeats of an
 * event id are skipped when they come within this much stream time (the Redis clock) of the first,
 * which is far longer than learn() ever retries.
 */
declare const DEDUP_WINDOW_MS: number;
type EventOp = 'learn' | 'unlearn';

interface AppliedEvent {
    /** Stream entry id. */
    id: string;
    /** Event number (consecutive across the site). */
    seq: number;
    op: EventOp;
    label?: Label;
    /** True when the event repeated one already applied and was skipped. */
    duplicate: boolean;
}
interface SharedStatus {
    /** Both connections to Redis are up. */
    connected: boolean;
    /** Stream id of the last event applied ('0-0': none). */
    position: string;
    /** Event number of the last event applied (0: none). */
    seq: number;
    /** The last problem met (also passed to onError), if any. */
    lastError: SpamsiftError | undefined;
}
interface SnapshotInfo {
    position: string;
    seq: number;
    /** Size of the snapshot text in characters. */
    size: number;
    /** Stream entries trimmed because every kept snapshot is past them. */
    trimmed: number;
}
interface SharedModerator {
    /** Scores a comment with the local model. Synchronous; never touches Redis. */
    check(comment: CommentInput): Verdict;
    /** Resolves with the stream id once the event is in the stream; the local model has it after the next sync(). */
    learn(comment: CommentInput, label: Label): Promise<string>;
    /** Like learn(): forgetting a comment that was never learned is a harmless no-op event. */
    unlearn(comment: CommentInput): Promise<string>;
    /** Resolves when this instance has applied every event written before the call. */
    sync(): Promise<void>;
    /** Writes the model and the stream position it covers to Redis (and to snapshotFile when set). */
    snapshot(): Promise<SnapshotInfo>;
    exportModel(): SpamsiftModel;
    status(): SharedStatus;
    /** The active rules of the local moderator. */
    readonly rules: readonly Rule[];
    /** Stops tailing and closes both connections; check() goes on working on the last model. */
    close(): Promise<void>;
}

interface ConnectOptions {
    /** Redis URL, e.g. `redis://127.0.0.1:6379` (`rediss://` for TLS; user and password in the URL). */
    url: string;
    /** The site: instances with the same key share one model; other keys never mix with it. */
    key: string;
    /** Moderator options, the same on every instance of a site (a `model` is refused: snapshots seed instances). */
    options?: ModeratorOptions;
    /** File a snapshot is also written to, and read from when Redis is down at start. */
    snapshotFile?: string;
    /** Snapshots kept in Redis (the stream is kept back to the oldest). Default 2. */
    keepSnapshots?: number;
    /** How long connectModerator waits for Redis before failing (or starting from snapshotFile). Default 5,000 ms. */
    connectTimeoutMs?: number;
    /** A write or query to Redis that gets no reply for this long fails (a hung Redis refuses learns instead of stalling them). Default 10,000 ms. */
    commandTimeoutMs?: number;
    /** sync() (and the catch-up at start) fails when no event was applied for this long while behind. Default 30,000 ms. */
    syncTimeoutMs?: number;
    /** Told of what the instance copes with on its own: Redis lost, a corrupt snapshot skipped, a malformed event skipped. Must not throw. */
    onError?: (error: SpamsiftError) => void;
    /** Told of every event this instance applied (or skipped as a repeat), in stream order. */
    onApply?: (event: AppliedEvent) => void;
}

/** Connects to Redis, loads the newest usable snapshot, replays the events after it and starts tailing. */
declare function connectModerator(input: ConnectOptions): Promise<SharedModerator>;

declare const SNAPSHOT_FORMAT = "spamsift-redis-snapshot";
declare const SNAPSHOT_VERSION = 1;

export { type AppliedEvent, type ConnectOptions, DEDUP_WINDOW_MS, EVENT_VERSION, type EventOp, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SharedModerator, type SharedStatus, type SnapshotInfo, connectModerator };

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

/** Counts by true label and decision. */
interface Confusion {
    spam: Record<Decision, number>;
    ham: Record<Decision, number>;
}
interface Metrics {
    /** Comments tested. */
    n: number;
    /** Share of comments whose decision matches the label, with 'moderate' counted as not spam. */
    accuracy: number;
    /** Share of spam decided 'spam'. */
    spamRecall: number;
    /** Share of ham decided 'spam': the cost a site pays in lost comments. */
    hamBlocked: number;
    /** Share of all comments decided 'moderate' (a person has to look). */
    moderateShare: number;
    /** Share of spam that reached 'ham' (not even moderated). */
    spamMissed: number;
    precision: number;
    f1: number;
    /** Matthews correlation, positive = decided 'spam'. */
    mcc: number;
    /** Matthews correlation with positive = score ≥ 0.5: "spam or unsure vs ham", comparable with p ≥ 0.5 classifiers. */
    mccAtHalf: number;
    /** Area under the ROC curve of the score (ties count half). */
    auc: number;
    /** Share of ham decided 'moderate': the moderation queue a site pays for in people's time. */
    hamHeld: number;
    /** Spam caught with the spam threshold moved so that at most 0.5 % of ham is blocked (see spamCaughtAt). */
    spamAtHalfPercent: number;
    /** The same with at most 1 % of ham blocked. */
    spamAtOnePercent: number;
}
declare function emptyConfusion(): Confusion;
/** Matthews correlation coefficient from a 2×2 table; 0 when a margin is empty. */
declare function matthews(tp: number, fp: number, tn: number, fn: number): number;
/**
 * ROC AUC by the rank-sum (Mann–Whitney) identity with average ranks for ties: the chance that a
 * random spam scores above a random ham. NaN when a class is missing.
 */
declare function rocAuc(spamScores: readonly number[], hamScores: readonly number[]): number;
/** ROC curve points (false-positive rate, true-positive rate), thresholds from high to low. */
declare function rocCurve(spamScores: readonly number[], hamScores: readonly number[]): {
    fpr: number;
    tpr: number;
    threshold: number;
}[];
/**
 * The operating point a site cares about: the share of spam scoring at or above the lowest
 * threshold at which at most `maxHamBlocked` of the ham does. A threshold never splits tied
 * scores, so a score shared by spam and ham counts for both or neither. NaN when a class is missing.
 */
declare function spamCaughtAt(spamScores: readonly number[], hamScores: readonly number[], maxHamBlocked: number): number;
/** All metrics from a confusion table and the scores of each class. */
declare function computeMetrics(confusion: Confusion, spamScores: readonly number[], hamScores: readonly number[]): Metrics;

interface Split {
    /** Indexes into the corpus, in corpus order. */
    train: number[];
    test: number[];
}
/**
 * Stratified k-fold: each class is shuffled with the seed and dealt round-robin into the folds,
 * so every fold has the corpus's spam share (±1 comment).
 */
declare function stratifiedKFold(labels: readonly Label[], folds: number, seed: number): Split[];
interface ChronoItem {
    /** Items of one group (a video, a post) are ordered and cut separately. */
    subset?: string | undefined;
    /** Epoch ms, or null when the item has no usable date (it keeps its corpus position). */
    time: number | null;
}
/**
 * Chronological split: inside each group, the earlier `trainShare` of the items (by date, ties
 * and undated items in corpus order) is training and the rest is test, the way a site sees its
 * comments arrive.
 */
declare function chronologicalSplit(items: readonly ChronoItem[], trainShare?: number): Split;

interface LabeledComment {
    comment: CommentInput;
    label: Label;
    /** Group for the chronological split (youtube: the video); absent means one group. */
    subset?: string | undefined;
}
/** What evaluate() needs from a classifier: a moderator fits, and so does an adapter around any other library. */
interface Checker {
    learn(comment: CommentInput, label: Label): void;
    check(comment: CommentInput): {
        decision: Decision;
        score: number;
        reasons?: readonly {
            id: string;
        }[];
    };
}
interface EvaluateOptions {
    /** 'kfold' (stratified, seeded; default) or 'chrono' (earlier part of each subset trains, the rest tests). */
    split?: 'kfold' | 'chrono';
    /** k for 'kfold'. Default 10. */
    folds?: number;
    /** Shuffle seed for 'kfold'. Default 42. */
    seed?: number;
    /** Training share of each subset for 'chrono'. Default 0.7. */
    trainShare?: number;
    /** Options for the moderator trained in each run. */
    moderator?: ModeratorOptions;
    /** Makes a fresh classifier per run instead of createModerator(options.moderator): compares other libraries on the same folds. */
    create?: () => Checker;
}
interface Prediction {
    /** Index into the evaluated corpus. */
    index: number;
    label: Label;
    decision: Decision;
    score: number;
}
interface RuleHitRate {
    id: string;
    /** Test comments of each class whose verdict had a reason with this id. */
    spam: number;
    ham: number;
}
interface EvaluationResult {
    split: 'kfold' | 'chrono';
    /** Runs made: k for 'kfold', 1 for 'chrono'. */
    runs: number;
    seed: number;
    /** Comments in the corpus, and of each class. */
    n: number;
    spam: number;
    ham: number;
    /** Pooled over every test comment of every run. */
    metrics: Metrics;
    /** Per run (fold), for spread. */
    perRun: Metrics[];
    confusion: Confusion;
    /** Test scores by true class, for histograms and the ROC curve. */
    scores: {
        spam: number[];
        ham: number[];
    };
    predictions: Prediction[];
    /** Reason ids seen on test comments (rules and BAYES), by class, most frequent first. */
    reasonHits: RuleHitRate[];
    /** Comments learned per second (the whole learn(): pipeline + classifier, plus the calibration fit that the first check after training runs). */
    trainPerSecond: number;
    /** Comments checked per second (the whole check(), warm: the one-time calibration fit is counted as training). */
    checkPerSecond: number;
}
/** The train/test index sets evaluate() uses for these items and options (for running other tools on the same folds). */
declare function splitCorpus(items: readonly LabeledComment[], options?: Pick<EvaluateOptions, 'split' | 'folds' | 'seed' | 'trainShare'>): Split[];
/**
 * Trains a fresh moderator on each training part and checks the test part: stratified k-fold
 * with a fixed seed, or the chronological split. Metrics are pooled over all test comments.
 */
declare function evaluate(items: readonly LabeledComment[], options?: EvaluateOptions): EvaluationResult;

/** mulberry32: a 32-bit seeded generator, uniform on [0, 1). Returns a fresh closure per call. */
declare function mulberry32(seed: number): () => number;

/**
 * The ids of a version 2 token list, or a message saying what is wrong with it (a character
 * that is not a digit, a gap left unfinished or too long). Ids strictly increase by construction.
 */
declare function decodeTokenList(list: string): number[] | string;

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

/** A record read whole: its fields, and the 1-based line it starts on. */
interface CsvRow {
    line: number;
    fields: string[];
}
/** A record, or why it cannot be read (unclosed quote, text after a closing quote, too long). */
type CsvRecord = CsvRow | {
    line: number;
    error: string;
};
declare class CsvParser {
    private readonly maxRecordChars;
    private state;
    private field;
    private fields;
    private recordChars;
    private error;
    /** Physical line (1-based) the parser is on, and the line the current record started on. */
    private lineNo;
    private recordLine;
    /** A CR ended a record: a LF right after it belongs to the same line break. */
    private skipLF;
    private quotedAt;
    constructor(maxRecordChars?: number);
    /** Feeds the next chunk of text; returns the records it completed. */
    push(text: string): CsvRecord[];
    /** Ends the input: a record without a final line break still counts. */
    end(): CsvRecord[];
    private append;
    private endField;
    private endLine;
    private endRecord;
}
/** Parses a whole CSV text; a leading byte-order mark is dropped. */
declare function parseCsv(text: string, maxRecordChars?: number): CsvRecord[];

type CorpusFormat = 'jsonl' | 'csv';
interface CorpusOptions {
    /**
     * Where each comment field comes from: target path → source key (a JSON key or dotted path, or a
     * CSV column name). Targets: id, content, contentFormat, author.name, author.email, author.url,
     * author.isStaff, author.approvedCount, request.ip, request.userAgent, request.referrer,
     * target.postTitle, target.permalink, target.publishedAt, createdAt, type, label, subset.
     */
    map?: Record<string, string>;
    /** A record without a usable label is an error (true, for training and evaluation) or is read unlabeled (false). Default true. */
    requireLabel?: boolean;
}
interface CorpusRecord {
    /** 1-based line where the record starts. */
    line: number;
    comment: Comment;
    label: Label | undefined;
    /** Group for the chronological split (youtube: the video). */
    subset: string | undefined;
}
interface BadRecord {
    line: number;
    code: SpamsiftErrorCode;
    message: string;
}
declare const CORPUS_TARGETS: readonly string[];
/** Reads 'spam'/'ham' (any case) or 1/0 (number or string, also true/false). Undefined for an empty value. */
declare function readCorpusLabel(value: unknown, line: number): Label | undefined;
/** Builds one record from a parsed JSON object (exported for the CLI's streaming reader). */
declare function recordFromObject(value: unknown, line: number, options?: CorpusOptions): CorpusRecord;
/** Parses one JSON Lines line; null for a blank line. */
declare function parseJsonlLine(text: string, line: number, options?: CorpusOptions): CorpusRecord | null;
/** Column index of each target, from the header row and the mapping. */
declare function csvColumns(header: readonly string[], options?: CorpusOptions): Map<string, number>;
/** Builds one record from a CSV row, given the columns from csvColumns. */
declare function recordFromCsv(row: CsvRow, columns: ReadonlyMap<string, number>, options?: CorpusOptions): CorpusRecord;
interface ParsedCorpus {
    records: CorpusRecord[];
    /** Records that could not be read (only with skipBad; otherwise the first one throws). */
    bad: BadRecord[];
}
/** Guesses the format from a file name, then from the first non-blank character. */
declare function detectFormat(text: string, fileName?: string): CorpusFormat;
/** Parses a whole corpus text. Throws on the first bad record unless `skipBad`. */
declare function parseCorpus(text: string, options?: CorpusOptions & {
    format?: CorpusFormat;
    skipBad?: boolean;
}): ParsedCorpus;

export { type BadRecord, CORPUS_TARGETS, type Checker, type Confusion, type CorpusFormat, type CorpusOptions, type CorpusRecord, CsvParser, type CsvRecord, type CsvRow, type EvaluateOptions, type EvaluationResult, type LabeledComment, type Metrics, type ParsedCorpus, type Prediction, type RuleHitRate, type Split, chronologicalSplit, computeMetrics, csvColumns, decodeTokenList, detectFormat, emptyConfusion, evaluate, matthews, mulberry32, parseCorpus, parseCsv, parseJsonlLine, readCorpusLabel, recordFromCsv, recordFromObject, rocAuc, rocCurve, spamCaughtAt, splitCorpus, stratifiedKFold };

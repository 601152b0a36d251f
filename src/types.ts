// Types only: the data that flows between pipeline stages and the public shapes.
// comment input → normalize → tokenize ┐
//               → links & domains      ├→ features → rules ┐
//                                      ┘           → bayes ├→ verdict

// The catalog's phrase kinds and word classes, named by Rule.requires (RuleCondition).
import type { PhraseKind } from './rules/catalog/phrases.js';
import type { WordClass } from './rules/catalog/word-classes.js';

export type Label = 'spam' | 'ham';
export type Decision = 'ham' | 'moderate' | 'spam';
export type ContentFormat = 'text' | 'html' | 'markdown';

/** `null` is accepted for every optional field (JSON exports write absent fields so) and means absent. */
export interface CommentAuthor {
  name?: string | null;
  email?: string | null;
  url?: string | null;
  /** Staff and site members are trusted: a negative rule lowers their score. */
  isStaff?: boolean | null;
  /** How many of this author's comments were approved before. */
  approvedCount?: number | null;
}

export interface CommentRequest {
  ip?: string | null;
  userAgent?: string | null;
  referrer?: string | null;
}

export interface CommentTarget {
  postTitle?: string | null;
  permalink?: string | null;
  /** ISO 8601 string, epoch milliseconds or Date. */
  publishedAt?: string | number | Date | null;
}

/** What a CMS knows about a comment (the fields the Akismet API carries too). */
export interface Comment {
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
export type CommentInput = Comment | string;

// ---------------------------------------------------------------- normalize

/** A link target written with markup (HTML `<a>`, BBCode `[url]`, Markdown `[text](href)`). */
export interface Anchor {
  href: string;
  text: string;
  markup: 'html' | 'bbcode' | 'markdown';
  /** Set when the link sits inside an element a reader cannot see (its text is then in `hiddenText`). */
  hidden?: true;
}

/** What the normalizer had to undo: obfuscation is itself a spam signal. */
export interface ObfuscationReport {
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

export interface NormalizedText {
  /** Readable text: markup removed (anchor text kept), entities decoded, NFKC, invisible characters removed, look-alikes folded. Case kept. */
  text: string;
  /** `text` lowercased, leetspeak folded and spaced-out letters joined: what vocabulary rules match. */
  folded: string;
  anchors: Anchor[];
  obfuscation: ObfuscationReport;
  /** True when the input was longer than `maxLength` and was cut. */
  truncated: boolean;
}

export interface NormalizedComment {
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

// ---------------------------------------------------------------- links

export type LinkSource = 'body' | 'anchor' | 'author.url' | 'author.name' | 'author.email' | 'request.referrer';

export interface Link {
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

export interface EmailAddress {
  address: string;
  source: LinkSource;
  domain: string | null;
}

export interface LinkReport {
  links: Link[];
  emails: EmailAddress[];
  /** Links found before the per-comment cap kept the first ones in `links` (equal to `links.length` when under it). */
  totalLinks?: number;
  /** E-mail addresses found before the cap. */
  totalEmails?: number;
}

// ---------------------------------------------------------------- features

export interface TextStats {
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

// ---------------------------------------------------------------- classifier tokens

/**
 * What a classifier token is, as a field (numeric for the hot path): 0 word (a stem, or a
 * character bigram of a script written without spaces), 1 bigram (two word tokens), 2 character
 * n-gram (the classifier's own, of a handle-like word), 3 synthetic (a fact that is not a word:
 * `links:0`, `domain:example.com`), 4 rule (a rule hit). Nothing reads a kind from a token's text;
 * the text forms (`stem stem`, `kind:value`, `rule:ID`, `~gram`) exist only in the model file's
 * vocabulary and in the string view `Analysis.tokens`.
 */
export type TokenKind = 0 | 1 | 2 | 3 | 4;

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
export interface ClassifierTokens {
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

export interface Features {
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

// ---------------------------------------------------------------- rules

export type RuleGroup = 'links' | 'domains' | 'author' | 'text' | 'obfuscation' | 'meta' | 'lists' | 'custom';

/** A rule is data: rspamd/SpamAssassin style. Negative scores are "nice" rules (ham signals). */
export interface Rule {
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
  examples: { hit: CommentInput[]; miss: CommentInput[] };
  /**
   * rspamd's group cap: rules that see the same thing from different angles share a family, and
   * the points of a family's hits together never exceed `max` (the strongest hits count first).
   */
  cap?: { family: string; max: number };
  /**
   * What the comment must have for the rule to hit at all (RuleRequirement): every entry must
   * hold. The engine does not run the test of a comment that lacks one: a prefilter, so a rule
   * that starts with such a guard (`if (f.links.length === 0) return []`) costs nothing on the
   * many comments without links. Only for tests that would return no evidence without it (the
   * declaration must follow from the test's own code); absent, the test always runs.
   */
  requires?: readonly RuleRequirement[];
}

/**
 * A fact a rule may require (Rule.requires), each computed once per comment:
 * - `links`: at least one link (Features.links, any source, the author URL included);
 * - `authorUrl`: a non-empty author URL (NormalizedComment.authorUrl);
 * - `anchors`: at least one markup anchor in the body (NormalizedText.anchors);
 * - `authorEmail`: a non-empty author e-mail (NormalizedComment.authorEmail);
 * - `email`: an e-mail address found anywhere (Features.emails);
 * - `userAgent`, `postTitle`: that field is non-empty;
 * - `staff`: NormalizedComment.isStaff; `approved`: approvedCount above 0; `publishedAt`: the post's date is known;
 * - `disguisedWord`: the normalizer undid a disguise in a body word (ObfuscationReport leetWords,
 *   lookalikeWords, spacedWords or foldedWords); `invisible`: it removed invisible characters;
 *   `hiddenText`: the body has text a reader cannot see (ObfuscationReport.hiddenText);
 * - `atSign`: the body text (NormalizedText.text) has an '@' (a handle or an address may be in it);
 * - `capitals`: at least 90 % of the body's letters are capitals (TextStats.upperShare >= 0.9);
 * - `reordered`: the normalizer put text stored out of display order back (ObfuscationReport.reordered >= 1);
 * - `nameUrl`: the author name is a URL or domain (a link found in it) or starts like one (http://, https://, www.).
 * The rest are read from the body words (Features.words) by the rules' shared word scan:
 * - `digits`: a word that starts with an ASCII digit;
 * - `cyrillic`: a word that starts with a Cyrillic letter (U+0400..U+04FF);
 * - `unspaced`: a word in a script written without spaces (Thai, Han, kana, Hangul…);
 * - `vocabulary`: a spam vocabulary category counts (a strong word, enough weak ones, or a weak word beside an offer word);
 * - `contactWord`: a word after which a contact handle may follow; `investWord`: a word of investment testimonials;
 * - `chatRole`, `chatTerm`, `machineWord`, `ruleWord`: a word of the chat roles, chat terms,
 *   machine-written words or the rules' own word lists;
 * - `nonLatin`: a word that starts at or above U+0370 outside Latin Extended Additional (U+1E00..U+1EFF):
 *   Greek, Cyrillic or a later script.
 */
export type RuleFact =
  | 'links'
  | 'authorUrl'
  | 'anchors'
  | 'authorEmail'
  | 'email'
  | 'userAgent'
  | 'postTitle'
  | 'staff'
  | 'approved'
  | 'publishedAt'
  | 'disguisedWord'
  | 'invisible'
  | 'hiddenText'
  | 'atSign'
  | 'capitals'
  | 'reordered'
  | 'nameUrl'
  | 'digits'
  | 'cyrillic'
  | 'unspaced'
  | 'vocabulary'
  | 'contactWord'
  | 'investWord'
  | 'chatRole'
  | 'chatTerm'
  | 'machineWord'
  | 'ruleWord'
  | 'nonLatin';

/**
 * One thing a comment can have: a fact, a template phrase of one kind in the body
 * (rules/catalog/phrases.ts), or a body word of one word class (rules/catalog/word-classes.ts).
 */
export type RuleCondition = RuleFact | { readonly phrase: PhraseKind } | { readonly wordClass: WordClass };

/**
 * An entry of Rule.requires: a condition, a group of which any one condition is enough, or a bound
 * on the number of body words (Features.words.length): at least `minWords`, at most `maxWords`
 * (whole numbers; not inside a group).
 */
export type RuleRequirement = RuleCondition | { readonly anyOf: readonly RuleCondition[] } | { readonly minWords: number } | { readonly maxWords: number };

/**
 * A word of the moderator's word memo (tokenize/word-memo.ts), as the rules stage sees it: the
 * same object for every comment that has the word, for as long as the memo keeps it.
 */
export interface WordFacts {
  /** The word's stem (its classifier word token). */
  readonly stem: string;
  /** The word's memo key (ClassifierTokens.keys). */
  readonly key: number;
  /**
   * The rules' word-scan entry for this word (rules/catalog/scan.ts), undefined until the rules
   * first read the word: a function of the word alone, so it is filled once per memo entry
   * instead of looked up in the scan's own table on every comment.
   */
  scanInfo: object | null | undefined;
}

/**
 * Work several catalog rules share on one comment, computed by the first rule that needs it and
 * kept here for the others (rules/catalog/memo.ts names each slot's type): a new object per
 * comment, created by scoreRules. The slots are `undefined` until computed.
 */
export interface CommentFacts {
  scan: unknown;
  bodyLinks: unknown;
  ownLinks: unknown;
  privateRequest: unknown;
  wordRoles: unknown;
  /**
   * Link facts (session 18a, rules/catalog/link-facts.ts and topic-slug.ts): the permalink's host
   * (hostOfUrl), the author URL's links (authorUrlLinks), the post title's words and the vocabulary
   * categories it names: a dozen rules read each on one comment, and each was recomputed by every
   * rule that read it.
   */
  postHost: unknown;
  authorLinks: unknown;
  postTopic: unknown;
  /** The links to a messenger (rules/catalog/messenger-links.ts), asked for by several text rules. */
  messengerLinks: unknown;
  /** The author name's words (rules/catalog/author.ts nameWords), read by eight name rules. */
  nameWords: unknown;
  /** The word memo's entry of each body word (same index as Features.words; undefined where a word has none). */
  readonly wordEntries: readonly (WordFacts | undefined)[];
}

/**
 * What the catalog's and list rules' tests receive: the comment's Features (the same values) plus
 * the per-comment context `facts`. A separate object made per comment by scoreRules, so the
 * Features object stays exactly what the features stage made (no memo stamped on it), and rules
 * the caller added get the Features object itself, never the context. A rule test called with
 * plain Features (tests, added rules' own helpers) computes the shared facts itself.
 */
export interface RuleInput extends Features {
  readonly facts: CommentFacts;
}

/** A rule whose test threw or returned something other than an array of strings on one comment. */
export interface RuleFailure {
  id: string;
  /** What the rule did, e.g. `threw TypeError: …` or `returned undefined instead of an array of evidence strings`. */
  problem: string;
}

export interface RuleHit {
  id: string;
  group: RuleGroup;
  points: number;
  description: string;
  evidence: string[];
}

// ---------------------------------------------------------------- bayes

export interface BayesToken {
  /** The token's text form (`googl`, `cheap pill`, `links:0`, `rule:LINK_SHORTENER`). */
  token: string;
  /** Its position in the classifier tokens scored (an n-gram's weight is credited to its word's position). */
  position?: number;
  /** Log-likelihood ratio toward spam (positive) or ham (negative). */
  weight: number;
}

export interface BayesResult {
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

// ---------------------------------------------------------------- verdict

export interface Reason {
  id: string;
  group: string;
  points: number;
  description: string;
  evidence: string[];
}

export interface Verdict {
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

export interface Thresholds {
  /** score ≥ moderate → 'moderate'. */
  moderate: number;
  /** score ≥ spam → 'spam'. */
  spam: number;
  /** score ≥ discard (and decision 'spam') → discard: true. */
  discard: number;
}

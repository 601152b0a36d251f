// The classifier's tokens, built in this one place: word stems and bigrams, then synthetic
// tokens for what is not a word (links, domains, e-mails, shouting, length, obfuscation, the
// shapes of numbers and symbols). Each
// entry carries its kind as a field (ClassifierTokens in types.ts); a synthetic token's text
// keeps its `kind:` prefix because that is its name in the model file.
//
// Extension point: character n-grams of rare or obfuscated words (`v1agra`, `c1al1s` variants the
// normalizer did not fold) are a Bayes-side idea; add them as one more helper called from
// buildTokens, under their own prefix, so every token the classifier sees is still made here.
import type { Stemmer } from '../tokenize/index.js';
import { TOKEN_SYNTHETIC, TokenList, pushWordTokens, wordTokenCount } from '../tokenize/index.js';
import type { EmailAddress, Link, ObfuscationReport, TextStats, WordFacts } from '../types.js';
import { textShapes } from './shapes.js';

export interface TokenInput {
  /** Body words, in order (tokenizeWords). */
  words: readonly string[];
  stem: Stemmer;
  links: readonly Link[];
  emails: readonly EmailAddress[];
  /** All links found, including those past the cap on `links`. */
  totalLinks: number;
  stats: TextStats;
  obfuscation: ObfuscationReport;
  /** The normalized body text, for the shape tokens (numbers, symbols, masked chunks: shapes.ts). */
  text: string;
  /** When given, receives the word memo entry of each word (pushWordTokens). */
  wordEntries?: (WordFacts | undefined)[] | undefined;
  /**
   * Entries to allocate beyond the list's own, for a caller that appends to it through
   * `TokenList.continuing` (the moderator's rule hits) and then calls `trim()`, so the arrays are
   * not grown for the first few appended. 0 (the default) gives exact-size arrays.
   */
  spare?: number | undefined;
}

/**
 * The synthetic tokens that are the same words in every comment (bands and flags), each with a
 * fixed key below RULE_KEYS (ClassifierTokens.keys): the classifier finds their ids by key
 * instead of hashing the text in its map of synthetic tokens. Keys are positions in this list.
 */
const CONSTANT_TOKENS = [
  'links:0', 'links:1', 'links:2-3', 'links:4+',
  'len:0', 'len:1-19', 'len:20-49', 'len:50-99', 'len:100-199', 'len:200-499', 'len:500-999', 'len:1000-4999', 'len:5000+',
  'caps:low', 'caps:some', 'caps:mixed', 'caps:most', 'caps:all',
  'host:ip', 'host:punycode', 'link:defanged', 'authorname:url', 'anchor:mismatch',
  'obf:leet', 'obf:lookalike', 'obf:spaced', 'obf:invisible', 'obf:hidden',
] as const;
const CONSTANT_KEY: ReadonlyMap<string, number> = new Map(CONSTANT_TOKENS.map((t, i) => [t, i]));

/** Cased letters needed before a caps band means anything (`OK` is not shouting). */
const MIN_CASED_FOR_CAPS = 8;

function linkCountBand(n: number): string {
  if (n <= 0) return 'links:0';
  if (n === 1) return 'links:1';
  if (n <= 3) return 'links:2-3';
  return 'links:4+';
}

function lengthBand(length: number): string {
  if (length === 0) return 'len:0';
  if (length < 20) return 'len:1-19';
  if (length < 50) return 'len:20-49';
  if (length < 100) return 'len:50-99';
  if (length < 200) return 'len:100-199';
  if (length < 500) return 'len:200-499';
  if (length < 1000) return 'len:500-999';
  if (length < 5000) return 'len:1000-4999';
  return 'len:5000+';
}

function capsBand(stats: TextStats): string | null {
  // A Chinese comment has letters but no case: it is not `caps:low`, it has no caps band at all.
  if ((stats.casedLetters ?? stats.letters) < MIN_CASED_FOR_CAPS) return null;
  const share = stats.upperShare;
  if (share < 0.1) return 'caps:low';
  if (share < 0.3) return 'caps:some';
  if (share < 0.7) return 'caps:mixed';
  if (share < 0.95) return 'caps:most';
  return 'caps:all';
}

/** The site a link points at, as tokens name it: registrable domain, else host (IPs, unlisted suffixes). */
function siteOf(link: Link): string {
  return link.domain ?? link.host;
}

/** Links the comment text carries; the author URL and referrer are the author's own fields. */
function isContentLink(link: Link): boolean {
  return link.source === 'body' || link.source === 'anchor' || link.source === 'author.name';
}

/**
 * What addLinkTokens has added already. `words` holds the link words added as `urlword:` tokens: a
 * link flood repeats the same few words, and a lookup of a word the link memo already hashed is
 * cheaper than building and hashing its prefixed name again only for the Set to find it there.
 * `domain` and `suffix` are the previous link's, for the same reason: links to one site come in
 * runs. Either way the Set would have ignored the token (same tokens, same order).
 */
interface SeenLinkParts {
  words: Set<string>;
  domain: string | null;
  suffix: string | null;
}

function addLinkTokens(link: Link, out: Set<string>, seen: SeenLinkParts): void {
  if (link.source === 'request.referrer') return;
  if (link.domain !== null && link.domain !== seen.domain) out.add(`domain:${link.domain}`);
  if (link.suffix !== null && link.suffix !== seen.suffix) out.add(`tld:${link.suffix}`);
  if (link.domain !== null) seen.domain = link.domain;
  if (link.suffix !== null) seen.suffix = link.suffix;
  const seenWords = seen.words;
  if (link.isIp) out.add('host:ip');
  if (link.isPunycode) out.add('host:punycode');
  if (link.defanged) out.add('link:defanged');
  for (const w of link.words) {
    if (seenWords.has(w)) continue;
    seenWords.add(w);
    out.add(`urlword:${w}`);
  }
  if (link.source === 'author.url') out.add(`authorurl:${siteOf(link)}`);
  else if (link.source === 'author.name') out.add('authorname:url');
  else if (link.source === 'anchor' && link.anchorTextDomain !== undefined && link.anchorTextDomain !== siteOf(link)) {
    out.add('anchor:mismatch');
  }
}

function addObfuscationTokens(o: ObfuscationReport, out: Set<string>): void {
  if (o.leetWords.length > 0) out.add('obf:leet');
  if (o.lookalikeWords.length > 0) out.add('obf:lookalike');
  if (o.spacedWords.length > 0) out.add('obf:spaced');
  if (o.invisible > 0) out.add('obf:invisible');
  if (o.hiddenText.length > 0) out.add('obf:hidden');
}

/**
 * Word tokens (stems and bigrams, as many times as they occur) followed by synthetic tokens
 * (each at most once: 200 links to one domain is one `domain:` token, the count band says the rest).
 */
export function buildTokens(input: TokenInput): TokenList {
  // The synthetic tokens are gathered first so the list is allocated once at its exact size
  // (TokenList's capacity); they read nothing the word tokens change, and still go after them.
  const synthetic = new Set<string>();

  // Author fields are read first and never cut by the cap, so this count is exact.
  let authorFieldLinks = 0;
  for (const link of input.links) if (!isContentLink(link)) authorFieldLinks++;
  synthetic.add(linkCountBand(input.totalLinks - authorFieldLinks));
  if (input.links.length > 0) {
    const seen: SeenLinkParts = { words: new Set(), domain: null, suffix: null };
    for (const link of input.links) addLinkTokens(link, synthetic, seen);
  }
  for (const email of input.emails) synthetic.add(`email:${email.domain ?? 'unlisted'}`);

  const caps = capsBand(input.stats);
  if (caps !== null) synthetic.add(caps);
  synthetic.add(lengthBand(input.stats.length));
  addObfuscationTokens(input.obfuscation, synthetic);
  for (const shape of textShapes(input.text)) synthetic.add(shape);

  const words = wordTokenCount(input.words, input.stem);
  const tokens = new TokenList(words < 0 ? 0 : words + synthetic.size + (input.spare ?? 0));
  pushWordTokens(input.words, input.stem, tokens, input.wordEntries);

  for (const t of synthetic) {
    const at = tokens.push(TOKEN_SYNTHETIC, t, -1, 0);
    const key = CONSTANT_KEY.get(t);
    if (key !== undefined) tokens.keys[at] = key;
  }
  // With room to spare the caller trims once it has appended; without, only `keys` needs it.
  if (!input.spare) tokens.trim();
  return tokens;
}

// One pass over a comment's words that several rules share. Rules are independent objects,
// but ten of them want the same vocabulary lookups; doing them once per comment is what keeps
// the whole catalog inside its few-microsecond budget. The result is kept in the comment's facts
// (see memo.ts).
import type { Features, WordFacts } from '../../types.js';
import { CHAT_TERMS } from './chat-terms.js';
import { CHAT_ROLES, chatRoleOf } from './chat-words.js';
import { MACHINE_WORDS } from './machine-words.js';
import { memoFact, wordEntriesOf } from './memo.js';
import { NONE } from './none.js';
import { createPhraseMatcher, walkPhrases, type PhraseMatch, type PhraseNode } from './phrase-matcher.js';
import { PHRASES, type PhraseKind } from './phrases.js';
import { LIST_FIELDS, sealScanLists, type ScanList } from './scan-lists.js';
import { OFFER_WORDS, VOCABULARY, type VocabularyCategory, type VocabularyName } from './vocabulary.js';
import { OFFER_TERMS_WORDS, TESTIMONIAL_AGENT_WORDS, TESTIMONIAL_TITLE_WORDS, TEXTING_WORDS, WORK_EASY_WORDS, WORK_RECRUIT_WORDS } from './rule-words.js';
import { WORD_CLASSES, type WordClass } from './word-classes.js';
import { mayHold, wordFilter, type WordFilter } from './word-filter.js';

const OFFER_BIT = 1 << 16;
/** Words after which a contact handle or phone number may follow ("get in touch with", "whatsapp"). */
const CONTACT_BIT = 1 << 17;
/** Words of investment testimonials; they gate the money-amount scan. */
const INVEST_BIT = 1 << 18;
/** Money words after a number ("500 dollars", "2 btc"). */
const MONEY_BIT = 1 << 19;

/** Word classes (word-classes.ts) take bits 20 and up, one each. */
const CLASS_NAMES = Object.keys(WORD_CLASSES) as WordClass[];
const CLASS_SHIFT = 20;
const CLASS_MASK = ((1 << CLASS_NAMES.length) - 1) << CLASS_SHIFT;

/** The bit of a word class in Scan.classes. */
export function classBit(name: WordClass): number {
  return 1 << (CLASS_SHIFT + CLASS_NAMES.indexOf(name));
}

const NOTICE_BIT = classBit('notice');
const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];

const CONTACT_WORDS = ['touch', 'reach', 'contact', 'message', 'dm', 'hmu', 'text', 'whatsapp', 'whats', 'telegram', 'kik', 'skype', 'wickr', 'hit', 'email', 'mail'];
const INVEST_WORDS = [
  'invest', 'invested', 'investing', 'investment', 'profit', 'profits', 'payout', 'return', 'returns',
  'withdraw', 'withdrew', 'withdrawal', 'earn', 'earned', 'earning', 'trading', 'trade', 'paid', 'received',
  'made', 'make', 'got', 'capital', 'deposited',
];
const MONEY_WORDS = ['usd', 'dollar', 'dollars', 'btc', 'grand', 'pounds', 'euros', 'k'];
function compileVocabulary(): Map<string, number> {
  const bits = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  VOCABULARY.forEach((category, i) => {
    for (const w of category.strong) add(w, 1 << i);
    for (const w of category.weak) add(w, 1 << (i + 8));
  });
  for (const w of OFFER_WORDS) add(w, OFFER_BIT);
  for (const w of CONTACT_WORDS) add(w, CONTACT_BIT);
  for (const w of INVEST_WORDS) add(w, INVEST_BIT);
  for (const w of MONEY_WORDS) add(w, MONEY_BIT);
  CLASS_NAMES.forEach((name, i) => {
    for (const w of WORD_CLASSES[name]) add(w, 1 << (CLASS_SHIFT + i));
  });
  return bits;
}

/** Scan.ruleWords bits: some word of one rule's own list (rule-words.ts) occurs in the comment. */
export const TEXTING_WORD = 1;
export const TESTIMONIAL_AGENT_WORD = 2;
export const WORK_HOOK_WORD = 4;
export const OFFER_TERMS_WORD = 8;

function compileRuleWords(): Map<string, number> {
  const bits = new Map<string, number>();
  const add = (words: readonly string[], bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(TEXTING_WORDS, TEXTING_WORD);
  add([...TESTIMONIAL_AGENT_WORDS, ...TESTIMONIAL_TITLE_WORDS], TESTIMONIAL_AGENT_WORD);
  add([...WORK_EASY_WORDS, ...WORK_RECRUIT_WORDS], WORK_HOOK_WORD);
  add(OFFER_TERMS_WORDS, OFFER_TERMS_WORD);
  return bits;
}

/**
 * What one body word can start or signal: vocabulary bits, rule-word bits, the phrases it may
 * begin, its role bits for the chat and machine-written rules (chat-words.ts, chat-terms.ts,
 * machine-words.ts), and its bits in the rules' registered lists (scan-lists.ts).
 */
interface WordInfo {
  bits: number;
  ruleWords: number;
  phrases: PhraseNode<PhraseKind> | undefined;
  /** chatRoleOf(word): listed roles, and for a Cyrillic word also its stems' roles. */
  chat: number;
  /** CHAT_TERMS bits. */
  terms: number;
  /** MACHINE_WORDS bits. */
  machine: number;
  /** The word's role bits in the registered lists, packed as Scan.listBits packs them (scan-lists.ts). */
  list0: number;
  list1: number;
  list2: number;
}

const wordInfo = (bits: number, ruleWords: number, phrases: PhraseNode<PhraseKind> | undefined): WordInfo => ({ bits, ruleWords, phrases, chat: 0, terms: 0, machine: 0, list0: 0, list1: 0, list2: 0 });
if (LIST_FIELDS !== 3) throw new Error('scan.ts reads three list fields: update WordInfo and scanWords to LIST_FIELDS');

// Immutable after construction: compiled once when the module loads.
const WORD_BITS: ReadonlyMap<string, number> = compileVocabulary();
const STRONG_WORDS: ReadonlySet<string> = new Set(VOCABULARY.flatMap((c) => c.strong));
/** Scan.phraseKinds: one bit per phrase kind, in the order PHRASES names them. */
const PHRASE_KIND_BIT = Object.fromEntries((Object.keys(PHRASES) as PhraseKind[]).map((kind, i) => [kind, 1 << i])) as Readonly<Record<PhraseKind, number>>;
const PHRASE_MATCHER = createPhraseMatcher<PhraseKind>(
  (Object.keys(PHRASES) as PhraseKind[]).flatMap((kind) => PHRASES[kind].map((phrase) => ({ kind, phrase }))),
);
/** The scan's word table: one map, so each body word costs a single lookup. */
interface WordTable {
  info: ReadonlyMap<string, WordInfo>;
  /** The info map's keys (word-filter.ts): most words a fresh moderator scans are in no list, and fail here without a Map lookup. */
  filter: WordFilter;
}

/**
 * Built on first use, not when this module loads: the rules' registered lists (scan-lists.ts) come
 * from modules that load after this one. Immutable once built.
 */
let WORD_TABLE: WordTable | undefined;

function wordTable(): WordTable {
  return (WORD_TABLE ??= buildWordTable(sealScanLists()));
}

function buildWordTable(lists: readonly ScanList[]): WordTable {
  const info = new Map<string, WordInfo>();
  for (const [word, bits] of WORD_BITS) info.set(word, wordInfo(bits, 0, undefined));
  for (const [word, ruleWords] of compileRuleWords()) {
    const entry = info.get(word);
    if (entry) entry.ruleWords = ruleWords;
    else info.set(word, wordInfo(0, ruleWords, undefined));
  }
  for (const [word, node] of PHRASE_MATCHER.starts) {
    const entry = info.get(word);
    if (entry) entry.phrases = node;
    else info.set(word, wordInfo(0, 0, node));
  }
  for (const words of [CHAT_ROLES.keys(), CHAT_TERMS.keys(), MACHINE_WORDS.keys()]) for (const word of words) if (!info.has(word)) info.set(word, wordInfo(0, 0, undefined));
  for (const [word, entry] of info) {
    entry.chat = chatRoleOf(word);
    entry.terms = CHAT_TERMS.get(word) ?? 0;
    entry.machine = MACHINE_WORDS.get(word) ?? 0;
  }
  for (const list of lists) {
    for (const [word, roles] of list.roles) {
      if (roles === 0) continue;
      let entry = info.get(word);
      if (entry === undefined) {
        entry = wordInfo(0, 0, undefined);
        entry.chat = chatRoleOf(word);
        info.set(word, entry);
      }
      const bits = roles << list.shift;
      if (list.field === 0) entry.list0 |= bits;
      else if (list.field === 1) entry.list1 |= bits;
      else entry.list2 |= bits;
    }
  }
  return { info, filter: wordFilter(info.keys()) };
}

/**
 * A body word's WordInfo: its entry in the word table, or for a Cyrillic word that no list names,
 * the roles of its stems (chatRoleOf), or undefined when the word signals nothing.
 */
function lookupInfo(table: WordTable, word: string): WordInfo | undefined {
  const listed = mayHold(table.filter, word) ? table.info.get(word) : undefined;
  if (listed !== undefined) return listed;
  const c0 = word.charCodeAt(0);
  if (c0 < 0x0400 || c0 > 0x04ff || word.length < 5) return undefined;
  const chat = chatRoleOf(word);
  if (chat === 0) return undefined;
  const info = wordInfo(0, 0, undefined);
  info.chat = chat;
  return info;
}

/** True for a word of any vocabulary category (strong or weak). */
export function isVocabularyWord(word: string): boolean {
  return ((WORD_BITS.get(word) ?? 0) & 0xffff) !== 0;
}

export interface VocabularyHit {
  category: VocabularyName;
  /** Matched words in order of appearance: strong ones, qualifying weak ones and the offer words that made them count. */
  words: string[];
}

/**
 * Vocabulary categories that words hit: one strong word, two different weak words (three for
 * pharmacy), or a weak word next to an offer word anywhere in the same text ("cheap pills").
 */
export function findVocabulary(words: readonly string[]): VocabularyHit[] {
  // Written out (no Set, no helper per word): DOMAIN_SPAM_WORDS calls this on every placed link's
  // words, and on link-heavy spam most of those few words are vocabulary. A duplicate is found by a
  // walk over the matches so far (a handful), which costs less than a Set per call.
  // Allocated at the first vocabulary or offer word: most link slugs and author names have none.
  let matched: VocabularyMatch[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const b = WORD_BITS.get(w);
    if (b === undefined || (b & (0xffff | OFFER_BIT)) === 0) continue;
    if (matched === undefined) matched = [];
    else if (hasMatch(matched, w)) continue;
    matched.push({ word: w, bits: b });
  }
  return matched === undefined ? NO_HITS : classifyMatches(matched);
}

function hasMatch(matched: readonly VocabularyMatch[], word: string): boolean {
  for (let k = 0; k < matched.length; k++) if ((matched[k] as VocabularyMatch).word === word) return true;
  return false;
}

const NO_HITS: VocabularyHit[] = Object.freeze([]) as unknown as VocabularyHit[];

interface VocabularyMatch {
  word: string;
  bits: number;
}

/** Keeps the first occurrence of each vocabulary or offer word. */
function collectMatch(word: string, bits: number, matched: VocabularyMatch[], seen: Set<string>): void {
  if ((bits & (0xffff | OFFER_BIT)) === 0 || seen.has(word)) return;
  seen.add(word);
  matched.push({ word, bits });
}

function classifyMatches(matched: readonly VocabularyMatch[]): VocabularyHit[] {
  // Loops instead of a count array, forEach, filter and map: called once per link that names a
  // vocabulary word (DOMAIN_SPAM_WORDS), so its allocations were most of that rule's cost. A weak
  // word is counted only for a category without a strong word (the one case the count decides).
  let strongMask = 0;
  let weakMask = 0;
  let offer = false;
  for (let k = 0; k < matched.length; k++) {
    const bits = (matched[k] as VocabularyMatch).bits;
    strongMask |= bits & 0xff;
    weakMask |= (bits >>> 8) & 0xff;
    if ((bits & OFFER_BIT) !== 0) offer = true;
  }
  if ((strongMask | weakMask) === 0) return [];
  const hits: VocabularyHit[] = [];
  for (let i = 0; i < VOCABULARY.length; i++) {
    const category = VOCABULARY[i] as VocabularyCategory;
    const both = (1 << i) | (1 << (i + 8));
    let want: number;
    if ((strongMask & (1 << i)) !== 0) want = both;
    else if ((weakMask & (1 << i)) === 0) continue;
    else if (countMatches(matched, 1 << (i + 8)) >= (category.weakNeeded ?? 2)) want = both;
    else if (offer) want = both | OFFER_BIT;
    else continue;
    hits.push({ category: category.name, words: wordsOf(matched, want) });
  }
  return hits;
}

function countMatches(matched: readonly VocabularyMatch[], bit: number): number {
  let n = 0;
  for (let k = 0; k < matched.length; k++) if (((matched[k] as VocabularyMatch).bits & bit) !== 0) n++;
  return n;
}

/** The matched words with any of `want`'s bits, in order. */
function wordsOf(matched: readonly VocabularyMatch[], want: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < matched.length; k++) {
    const m = matched[k] as VocabularyMatch;
    if ((m.bits & want) !== 0) out.push(m.word);
  }
  return out;
}

const STRONG_ONLY_IN_DOMAINS: ReadonlySet<VocabularyName> = new Set(['crypto', 'seo']);

/**
 * Vocabulary of a domain or slug. Crypto and SEO words name honest businesses too
 * (`binance.com/en/nft`, `seo-agency.example`): there only a strong word counts.
 */
export function findDomainVocabulary(words: readonly string[]): VocabularyHit[] {
  const hits = findVocabulary(words);
  // The filter's copy only when a hit is of a strong-only category (most link hits are not).
  let strongOnly = false;
  for (let k = 0; k < hits.length; k++) if (STRONG_ONLY_IN_DOMAINS.has((hits[k] as VocabularyHit).category)) strongOnly = true;
  if (!strongOnly) return hits;
  return hits.filter((h) => !STRONG_ONLY_IN_DOMAINS.has(h.category) || h.words.some((w) => STRONG_WORDS.has(w)));
}

export interface Scan {
  vocabulary: VocabularyHit[];
  phrases: PhraseMatch<PhraseKind>[];
  /** The kinds among `phrases`, as bits (PHRASE_KIND_BIT): phrasesOf returns at once on a kind not found. */
  phraseKinds: number;
  /** Some word after which a contact handle may follow. */
  contactWord: boolean;
  /** Some word of investment testimonials. */
  investWord: boolean;
  /** Rule-word bits (TEXTING_WORD, TESTIMONIAL_AGENT_WORD, WORK_HOOK_WORD, OFFER_TERMS_WORD) of the words seen. */
  ruleWords: number;
  /** Some word starts with a Cyrillic letter (U+0400..U+04FF). */
  cyrillicWord: boolean;
  /** A money word, or a number ending in k ("23k"). */
  moneyWord: boolean;
  /** Longest run of one word repeated back to back. */
  repeatedWord: string;
  repeatedCount: number;
  /** Digits in number words: a cheap gate for the money-amount scan. */
  digits: number;
  /** Most digits in back-to-back number words ("0845 281 0075" → 11): a cheap gate for the phone scan. */
  digitRun: number;
  /** Word classes seen (word-classes.ts), as bits: test with classBit(). */
  classes: number;
  /** Some word is in a script written without spaces (Thai, Han, kana, Hangul…): substring lists apply. */
  unspaced: boolean;
  /**
   * Some word starts at or above U+0370 outside Latin Extended Additional (U+1E00..U+1EFF): a letter
   * of Greek, Cyrillic or a later script (or a symbol up there); language.ts scriptOf calls none of
   * them Latin. The gate of the rules that read words of another script than Latin.
   */
  nonLatin: boolean;
  /** Distinct words of the 'notice' class, in order (at most 8): what the notice rules count. */
  noticeWords: string[];
  /**
   * The chat roles (chat-words.ts), chat terms (chat-terms.ts) and machine-written bits
   * (machine-words.ts) of all the words, or-ed: a rule whose words cannot all be present returns
   * on these before it walks any word (wordRolesOf has each word's own bits).
   */
  chatRoles: number;
  chatTerms: number;
  machineWords: number;
  /**
   * The registered lists' role bits (scan-lists.ts), or-ed over the words, packed LIST_FIELDS
   * numbers wide: what listRolesOf reads.
   */
  listBits: readonly number[];
}

function isDigits(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The scan over `words`. `entries` (same index as `words`, or undefined) are the word memo's
 * entries: a word's scan entry is read from its memo entry, filled on the word's first scan, so a
 * repeated word costs a property read instead of a second hash lookup after the memo's.
 */
function scanWords(words: readonly string[], entries: readonly (WordFacts | undefined)[] | undefined): Scan {
  const table = wordTable();
  let list0 = 0;
  let list1 = 0;
  let list2 = 0;
  let flags = 0;
  let ruleWords = 0;
  let chat = 0;
  let terms = 0;
  let machine = 0;
  let cyrillic = false;
  let run = 1;
  let best = 1;
  let bestWord = '';
  let digits = 0;
  let chain = 0;
  let digitRun = 0;
  const phrases: PhraseMatch<PhraseKind>[] = [];
  let unspaced = false;
  let nonLatin = false;
  let notices: string[] | undefined;
  let matched: VocabularyMatch[] | undefined;
  let seen: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const e = entries?.[i];
    let info: WordInfo | null | undefined;
    if (e === undefined) info = lookupInfo(table, w);
    else {
      info = e.scanInfo as WordInfo | null | undefined;
      if (info === undefined) e.scanInfo = info = lookupInfo(table, w) ?? null;
    }
    // Thai starts at U+0E00; Han, kana and Hangul far above: one comparison per word.
    const c0 = w.charCodeAt(0);
    if (c0 >= 0x0e00 && c0 < 0xfb00) unspaced = true;
    else if (c0 >= 0x0400 && c0 <= 0x04ff) cyrillic = true;
    if (c0 >= 0x0370 && (c0 < 0x1e00 || c0 > 0x1eff)) nonLatin = true;
    if (info !== undefined && info !== null) {
      flags |= info.bits;
      ruleWords |= info.ruleWords;
      chat |= info.chat;
      terms |= info.terms;
      machine |= info.machine;
      list0 |= info.list0;
      list1 |= info.list1;
      list2 |= info.list2;
      if ((info.bits & NOTICE_BIT) !== 0) {
        notices ??= [];
        if (notices.length < 8 && !notices.includes(w)) notices.push(w);
      }
      if ((info.bits & (0xffff | OFFER_BIT)) !== 0) collectMatch(w, info.bits, (matched ??= []), (seen ??= new Set()));
      if (info.phrases !== undefined) walkPhrases(words, i, info.phrases, phrases);
    }
    if (i > 0 && words[i - 1] === w) {
      run++;
      if (run > best) {
        best = run;
        bestWord = w;
      }
    } else run = 1;
    if (isDigits(w)) {
      if (w.charCodeAt(w.length - 1) === 107) flags |= MONEY_BIT;
      digits += w.length;
      chain += w.length;
      if (chain > digitRun) digitRun = chain;
    } else chain = 0;
  }
  let phraseKinds = 0;
  for (let k = 0; k < phrases.length; k++) phraseKinds |= PHRASE_KIND_BIT[(phrases[k] as PhraseMatch<PhraseKind>).kind];
  return {
    vocabulary: (flags & 0xffff) === 0 || matched === undefined ? [] : classifyMatches(matched),
    phrases,
    phraseKinds,
    contactWord: (flags & CONTACT_BIT) !== 0,
    investWord: (flags & INVEST_BIT) !== 0,
    ruleWords,
    cyrillicWord: cyrillic,
    moneyWord: (flags & MONEY_BIT) !== 0,
    repeatedWord: bestWord,
    repeatedCount: best,
    digits,
    digitRun,
    classes: flags & CLASS_MASK,
    unspaced,
    nonLatin,
    noticeWords: notices ?? NO_WORDS,
    chatRoles: chat,
    chatTerms: terms,
    machineWords: machine,
    listBits: [list0, list1, list2],
  };
}

/** How many leading words wordRolesOf covers: the chat and machine rules read at most the first 150 (and two past 80). */
export const ROLE_WORDS = 150;

/**
 * Each of the comment's first ROLE_WORDS words' role bits (Scan.chatRoles, chatTerms, machineWords
 * word by word). Plain arrays of small integers made at their length (a throw-away probe, 500 blog
 * comments: 2.1 µs a comment with three growing arrays, 1.35 µs so), not typed arrays: a typed
 * array past 64 bytes gets its own backing store outside V8's heap.
 */
export interface WordRoles {
  readonly chat: readonly number[];
  readonly terms: readonly number[];
  readonly machine: readonly number[];
}

/**
 * The role bits of the comment's first ROLE_WORDS words, computed on first use, after the scan
 * (which fills each word memo entry's WordInfo: here a property read per word, not a lookup).
 */
export function wordRolesOf(features: Features): WordRoles {
  return memoFact(features, 'wordRoles', rolesOfWords);
}

function rolesOfWords(features: Features): WordRoles {
  scanOf(features);
  const words = features.words;
  const entries = wordEntriesOf(features);
  const table = wordTable();
  const m = Math.min(words.length, ROLE_WORDS);
  const chat = new Array<number>(m).fill(0);
  const terms = new Array<number>(m).fill(0);
  const machine = new Array<number>(m).fill(0);
  for (let i = 0; i < m; i++) {
    const e = entries?.[i];
    let info: WordInfo | null | undefined;
    if (e === undefined) info = lookupInfo(table, words[i] as string);
    else {
      info = e.scanInfo as WordInfo | null | undefined;
      if (info === undefined) e.scanInfo = info = lookupInfo(table, words[i] as string) ?? null;
    }
    if (info === undefined || info === null) continue;
    chat[i] = info.chat;
    terms[i] = info.terms;
    machine[i] = info.machine;
  }
  return { chat, terms, machine };
}

/**
 * Word i's scan entry: read from its word memo entry (filled there on the word's first scan), or
 * looked up when the comment has no memo entries. A rule that walks the words reads its list's bits
 * here instead of doing its own hash lookup per word: after the scan the entry is a property read.
 */
function infoAt(table: WordTable, words: readonly string[], entries: readonly (WordFacts | undefined)[] | undefined, i: number): WordInfo | undefined {
  const e = entries?.[i];
  if (e === undefined) return lookupInfo(table, words[i] as string);
  let info = e.scanInfo as WordInfo | null | undefined;
  if (info === undefined) e.scanInfo = info = lookupInfo(table, words[i] as string) ?? null;
  return info ?? undefined;
}

/**
 * The first body word of a word class (WORD_CLASSES[name].includes(word)), or '': the class bit of
 * each word's scan entry instead of a walk over the class's array per word. Exact: every word of
 * every class is in the scan's table with its class bits (compileVocabulary), and a word outside
 * the table has no class.
 */
export function firstWordOfClass(features: Features, name: WordClass): string {
  const bit = classBit(name);
  if ((scanOf(features).classes & bit) === 0) return '';
  const words = features.words;
  const entries = wordEntriesOf(features);
  const table = wordTable();
  for (let i = 0; i < words.length; i++) if (((infoAt(table, words, entries, i)?.bits ?? 0) & bit) !== 0) return words[i] as string;
  return '';
}

/**
 * A registered list's role bits in this comment (scan-lists.ts): the same number as
 * rolesOfWords(features.words, list.roles), read from the shared scan.
 */
export function listRolesOf(features: Features, list: ScanList): number {
  return ((scanOf(features).listBits[list.field] as number) >>> list.shift) & list.mask;
}

/** The shared word scan of this comment, computed on first use. */
export function scanOf(features: Features): Scan {
  return memoFact(features, 'scan', scanFeatures);
}

function scanFeatures(features: Features): Scan {
  return scanWords(features.words, wordEntriesOf(features));
}

/** Some phrase of `kind` is among the scan's matches: one bit test (phrasesOf returns NONE without one). */
export function hasPhrase(scan: Scan, kind: PhraseKind): boolean {
  return (scan.phraseKinds & PHRASE_KIND_BIT[kind]) !== 0;
}

/**
 * Distinct phrases of one kind found in the body, leaving out a match that lies inside a longer
 * match of the same kind ("make money" inside "make money online"): the evidence names the
 * most specific template.
 */
export function phrasesOf(features: Features, kind: PhraseKind): string[] {
  const scan = scanOf(features);
  if (!hasPhrase(scan, kind)) return NONE;
  const matches = scan.phrases.filter((m) => m.kind === kind);
  if (matches.length === 0) return NONE;
  const out: string[] = [];
  for (const m of matches) {
    if (out.includes(m.phrase)) continue;
    const inside = matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    if (!inside) out.push(m.phrase);
  }
  return out;
}

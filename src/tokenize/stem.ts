// Stemming behind the moderator's word memo (word-memo.ts): bounded, owned by the stemmer the
// moderator owns (no module-level cache). The memo's entries also carry the key the classifier
// caches its token ids under (pushWordTokens reads them through `entry`).
import { SpamsiftError, describeValue } from '../errors.js';
import { LANGUAGES, type Language } from '../options.js';
import { NATURAL_STEMMERS, type NaturalStemmer } from './natural.js';
import { WordMemo, type WordEntry } from './word-memo.js';

export interface Stemmer {
  (word: string): string;
  /** Words of scripts written without spaces become character bigrams (language 'auto'). */
  readonly unspacedGrams?: boolean;
}

export interface CachedStemmer extends Stemmer {
  /** Entries the memo holds now: at most 2 × capacity. */
  cachedCount(): number;
  /** The word's memo entry: the same stem as calling the stemmer, and its key. */
  entry(word: string): WordEntry;
  /** The object that identifies the entries' key numbering (see WordMemo). */
  numbering(): object;
}

export interface StemmerOptions {
  /** Words remembered per generation. Default 8,192. */
  cacheSize?: number;
}

/**
 * 8,192 words a generation (at most twice that held, about 137 bytes each: 2.2 MB at most, where
 * 20,000 held 4.2 MB of a moderator trained on the four shared corpora). Smaller reads slower:
 * youtube alone has 4.5k distinct words, and 4,096 made its check() up to 8 % slower (2,048:
 * +40 %); 8,192 measured the same as 20,000 (docs/memory-session11.md).
 */
export const DEFAULT_STEM_CACHE_SIZE = 8192;
/** Longer words are URLs, hashes or keyboard mashing: stemming them is wasted time. */
export const MAX_STEMMED_LENGTH = 40;

export function memoizeStemmer(stem: Stemmer, capacity: number): CachedStemmer {
  const memo = new WordMemo(stem, capacity);
  return Object.assign((word: string) => memo.entry(word).stem, {
    cachedCount: () => memo.size,
    entry: (word: string) => memo.entry(word),
    numbering: () => memo.numbering,
  });
}

function naturalStem(stemmer: NaturalStemmer): Stemmer {
  return (word) => {
    if (word.length === 0 || word.length > MAX_STEMMED_LENGTH) return word;
    try {
      const s = stemmer.stem(word);
      // natural's French stemmer turns '' into 'undefined'; any non-string or empty result means "no stem".
      return typeof s === 'string' && s.length > 0 ? s : word;
    } catch {
      // Third-party code on attacker-chosen text: a stemmer bug must cost one stem, not the verdict.
      return word;
    }
  };
}

/**
 * Last letters after which natural's English Porter stemmer can change a word: every rule of its
 * steps 1a to 5b removes or rewrites a suffix, and each suffix ends in one of these (1a `s`; 1b
 * `eed` `ed` `ing`; 1c `y`; 2 `…l` `…i` `…r` `…n` `…m` `…s`; 3 `…e` `…i` `…l` `…s`; 4 `…l` `…e`
 * `…r` `…c` `…t` `…u` `…m` `…i` `…s` `…n`; 5a `e`; 5b `ll`). The steps read nothing else unless
 * a suffix matched (natural/lib/natural/stemmers/porter_stemmer.js), so a word of three or more
 * letters ending otherwise (`book`, `video`, `wow`, `2k`) comes back as its lower case.
 */
const PORTER_CHANGES_AFTER: ReadonlySet<number> = new Set([...'sdgylirnmectu'].map((c) => c.charCodeAt(0)));

/**
 * natural's Porter stemmer called only where it can change the word: the stem of a youtube word
 * costs it about 2 µs and is the largest single part of a fresh moderator's learn() (about 10 %),
 * and about a third of distinct comment words end in a letter no Porter suffix ends in. The same
 * string as natural's `stem` for every word (checked on every word of the shared corpora:
 * test/tokenize/stem-gate.test.ts).
 */
function porterEnglish(stemmer: NaturalStemmer): NaturalStemmer {
  return {
    stem(word: string): string {
      if (word.length < 3) return stemmer.stem(word);
      const lower = word.toLowerCase();
      return PORTER_CHANGES_AFTER.has(lower.charCodeAt(lower.length - 1)) ? stemmer.stem(word) : lower;
    },
  };
}

/** Script of a word for language 'auto': the stemmer its letters imply. */
const SCRIPT_LATIN = 1;
const SCRIPT_CYRILLIC = 2;
const SCRIPT_OTHER = 4;

function scriptsOf(word: string): number {
  let scripts = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) scripts |= SCRIPT_LATIN;
    else if (c >= 0x400 && c <= 0x52f) scripts |= SCRIPT_CYRILLIC;
    else if (c >= 0x80) scripts |= SCRIPT_OTHER;
  }
  return scripts;
}

/**
 * Language 'auto': a word's script picks its stemmer. Only Latin letters (digits allowed): English,
 * as a named 'en' does; only Cyrillic: Russian; anything else (other scripts, or a word mixing
 * scripts, which is a disguise the normalizer reports): the word as it is.
 */
function autoStem(): Stemmer {
  const english = naturalStem(porterEnglish(NATURAL_STEMMERS.get('en') as NaturalStemmer));
  const russian = naturalStem(NATURAL_STEMMERS.get('ru') as NaturalStemmer);
  return (word) => {
    const scripts = scriptsOf(word);
    if (scripts === SCRIPT_LATIN) return english(word);
    if (scripts === SCRIPT_CYRILLIC) return russian(word);
    return word;
  };
}

/** A stemmer for the moderator's language ('none': words as they are; 'auto': by each word's script), with its own memo. */
export function createStemmer(language: Language, options: StemmerOptions = {}): CachedStemmer {
  if (!LANGUAGES.includes(language)) {
    throw new SpamsiftError('E_INVALID_OPTION', `language must be one of ${LANGUAGES.join(', ')}, received ${describeValue(language)}.`, 'options.language');
  }
  const capacity = options.cacheSize ?? DEFAULT_STEM_CACHE_SIZE;
  if (language === 'auto') {
    // Words under three letters are returned as they are by both stemmers: calling the stemmer
    // skips the memo for them (entry() still gives them a key, with the same stem).
    const auto = autoStem();
    const cached = memoizeStemmer((word) => (word.length < 3 ? word : auto(word)), capacity);
    return Object.assign((word: string) => (word.length < 3 ? word : cached(word)), { cachedCount: cached.cachedCount, entry: cached.entry, numbering: cached.numbering, unspacedGrams: true });
  }
  const given = language === 'none' ? undefined : NATURAL_STEMMERS.get(language);
  const natural = given !== undefined && language === 'en' ? porterEnglish(given) : given;
  const stem: Stemmer = natural ? naturalStem(natural) : (word) => word;
  if (language !== 'en') return memoizeStemmer(stem, capacity);
  // The English Porter stemmer returns words under three letters as they are (`my`, `is`, `of`:
  // a third of comment words); calling the stemmer skips the memo for them.
  const cached = memoizeStemmer((word) => (word.length < 3 ? word : stem(word)), capacity);
  return Object.assign((word: string) => (word.length < 3 ? word : cached(word)), { cachedCount: cached.cachedCount, entry: cached.entry, numbering: cached.numbering });
}

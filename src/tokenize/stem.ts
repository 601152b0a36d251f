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
 * Word endings after which natural's English Porter stemmer can change a word. Every rule of its
 * steps 1a to 5b removes or rewrites a suffix, and does nothing unless the word ends with it
 * (natural/lib/natural/stemmers/porter_stemmer.js); steps 1a to 1c leave such a word unchanged,
 * so the later steps see it as it came. The suffixes, by last letter:
 * - s, y, i, e: always asked (1a `s`; 1c `y`; steps 2–4's `…i` and `…e` suffixes; 5a `e`);
 * - d: 1b `ed`, `eed`;  g: 1b `ing`;  l: 2 `ational` `tional`, 3 `ical` `ful`, 4 `al`, 5b `ll`;
 * - n: 2 `ization` `ation`, 4 `sion` `tion`;  m: 2 `alism`, 4 `ism`;  r: 2 `izer` `ator`, 4 `er`;
 * - c: 4 `ic`;  u: 4 `ou`;  t: 4 `ant` `ement` `ment` `ent`.
 * A word of three or more letters ending in none of them (`book`, `what`, `good`, `world`,
 * `video`) comes back as its lower case.
 */
function porterMayChange(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  switch (last) {
    case 0x73: // s
    case 0x79: // y
    case 0x69: // i
    case 0x65: // e
      return true;
    case 0x64: // d: ed
      return prev === 0x65;
    case 0x67: // g: ing
      return w.endsWith('ing');
    case 0x6c: // l: al, ul (ful), ll
      return prev === 0x61 || prev === 0x75 || prev === 0x6c;
    case 0x6e: // n: ion
      return w.endsWith('ion');
    case 0x6d: // m: ism
      return w.endsWith('ism');
    case 0x72: // r: er, or
      return prev === 0x65 || prev === 0x6f;
    case 0x63: // c: ic
      return prev === 0x69;
    case 0x75: // u: ou
      return prev === 0x6f;
    case 0x74: // t: ant, ent
      return w.endsWith('ant') || w.endsWith('ent');
    default:
      return false;
  }
}

/**
 * natural's Porter stemmer called only where it can change the word. A stem costs it about 2.5 µs,
 * the largest single part of a fresh moderator's learn() (about 10 % of youtube's), and 42 % of
 * youtube's distinct words end in no Porter suffix. The same string as natural's `stem` for every
 * word (checked on generated words and on every word of the shared corpora:
 * test/tokenize/stem-gate.test.ts).
 */
function porterEnglish(stemmer: NaturalStemmer): NaturalStemmer {
  return {
    stem(word: string): string {
      if (word.length < 3) return stemmer.stem(word);
      const lower = word.toLowerCase();
      return porterMayChange(lower) ? stemmer.stem(word) : lower;
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

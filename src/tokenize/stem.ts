// Stemming behind a bounded memo. natural's stemmers cost ~2 µs a call while comment vocabulary
// is small and repetitive, so almost every call is a repeat. The memo belongs to the stemmer the
// moderator owns (no module-level cache) and holds two generations: when the young one fills, it
// becomes the old one and the previous old one is dropped. Frequent words survive by being copied
// forward on use, rare ones age out, and memory stays under 2 × capacity entries.
import { SpamsiftError, describeValue } from '../errors.js';
import { LANGUAGES, type Language } from '../options.js';
import { NATURAL_STEMMERS, type NaturalStemmer } from './natural.js';

export type Stemmer = (word: string) => string;

export interface CachedStemmer extends Stemmer {
  /** Entries the memo holds now: at most 2 × capacity. */
  cachedCount(): number;
}

export interface StemmerOptions {
  /** Words remembered per generation. Default 20,000. */
  cacheSize?: number;
}

export const DEFAULT_STEM_CACHE_SIZE = 20_000;
/** Longer words are URLs, hashes or keyboard mashing: stemming them is wasted time. */
export const MAX_STEMMED_LENGTH = 40;

export function memoizeStemmer(stem: Stemmer, capacity: number): CachedStemmer {
  const cap = Math.max(1, Math.floor(capacity));
  let young = new Map<string, string>();
  let old = new Map<string, string>();
  const cached = (word: string): string => {
    let s = young.get(word);
    if (s !== undefined) return s;
    s = old.get(word) ?? stem(word);
    young.set(word, s);
    if (young.size >= cap) {
      old = young;
      young = new Map();
    }
    return s;
  };
  return Object.assign(cached, { cachedCount: () => young.size + old.size });
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

/** A stemmer for the moderator's language ('none': words as they are), with its own memo. */
export function createStemmer(language: Language, options: StemmerOptions = {}): CachedStemmer {
  if (!LANGUAGES.includes(language)) {
    throw new SpamsiftError('E_INVALID_OPTION', `language must be one of ${LANGUAGES.join(', ')}, received ${describeValue(language)}.`, 'options.language');
  }
  const natural = language === 'none' ? undefined : NATURAL_STEMMERS.get(language);
  const stem: Stemmer = natural ? naturalStem(natural) : (word) => word;
  const cached = memoizeStemmer(stem, options.cacheSize ?? DEFAULT_STEM_CACHE_SIZE);
  if (language !== 'en') return cached;
  // The English Porter stemmer returns words under three letters as they are (`my`, `is`, `of`:
  // a third of comment words); skipping the memo for them saves a hash lookup each.
  return Object.assign((word: string) => (word.length < 3 ? word : cached(word)), { cachedCount: cached.cachedCount });
}

// The English stemmer calls natural's Porter stemmer only where it can change a word (stem.ts,
// porterEnglish): the stems must be natural's own, word for word. Checked on generated words that
// end in every letter after every Porter suffix or in any two or three letters, and on every word of the shared corpora when the
// folder is there (skipped with a message when it is not).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStemmer, splitWords } from '../../src/tokenize/index.js';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** What the 'en' stemmer must give: natural's stem, with the wrapper's rules (empty or over 40: the word). */
function expected(word: string): string {
  if (word.length === 0 || word.length > 40) return word;
  const s = porter.stem(word);
  return s.length > 0 ? s : word;
}

const SUFFIXES = ['', 's', 'es', 'ies', 'sses', 'ed', 'eed', 'ing', 'y', 'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'sion', 'tion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'e', 'll'];
const STEMS = ['cat', 'hop', 'relat', 'gener', 'conn', 'feas', 'bo', 'tr', 'a', 'yy', 'sky', 'agree'];
const ENDINGS = [...'abcdefghijklmnopqrstuvwxyz0123456789_', 'é', 'ß', 'ø', 'K', 'Z', 'İ'];

describe('English stems through the Porter gate', () => {
  it('equal natural on words built from every suffix and every last letter', () => {
    for (const language of ['en', 'auto'] as const) {
      const stem = createStemmer(language);
      for (const s of STEMS) {
        for (const suffix of SUFFIXES) {
          for (const end of ['', ...ENDINGS]) {
            const word = `${s}${suffix}${end}`;
            if (language === 'auto' && word !== word.toLowerCase()) continue; // auto stems lower-case words only
            if (language === 'auto' && [...word].some((c) => !/[a-z0-9_\u00c0-\u024f]/.test(c))) continue;
            expect(stem(word), word).toBe(word.length < 3 || (language === 'auto' && !/[a-z\u00c0-\u024f]/.test(word)) ? word : expected(word));
          }
        }
      }
    }
  });

  it('equal natural on words ending in every pair of letters', () => {
    const stem = createStemmer('en');
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    for (const s of STEMS) for (const x of letters) for (const y of letters) for (const z of ['', ...letters]) {
      const word = `${s}${x}${y}${z}`;
      expect(stem(word), word).toBe(word.length < 3 ? word : expected(word));
    }
  });

  const corpora = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
  const names = ['youtube', 'sms', 'instagram-scam', 'telegram-ru'].filter((n) => existsSync(join(corpora, n, `${n}.jsonl`)));
  if (names.length === 0) console.warn(`stem-gate.test: ${corpora} is absent; the corpus words are skipped`);
  it.skipIf(names.length === 0)('equal natural on every Latin word of the shared corpora', () => {
    const words = new Set<string>();
    for (const n of names) {
      for (const line of readFileSync(join(corpora, n, `${n}.jsonl`), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const content = (JSON.parse(line) as { content?: unknown }).content;
        if (typeof content === 'string') for (const w of splitWords(content.toLowerCase())) if (/^[a-z0-9_\u00c0-\u024f]{3,}$/.test(w) && /[a-z]/.test(w)) words.add(w);
      }
    }
    expect(words.size).toBeGreaterThan(1000);
    const stem = createStemmer('en');
    const wrong = [...words].filter((w) => stem(w) !== expected(w));
    expect(wrong).toEqual([]);
  });
});

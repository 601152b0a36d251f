// Template phrases name a spam family's common wording, never one comment's (issue 9 §1): every
// phrase of three or more words carries a comment saying which family and why it is general, so a
// reviewer can check it, and the phrases once copied from corpus comments stay out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseWords } from '../../src/rules/catalog/phrase-matcher.js';
import { PHRASES } from '../../src/rules/catalog/phrases.js';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'rules', 'catalog', 'phrases.ts'), 'utf8');

describe('catalog phrases', () => {
  it('every phrase of three or more words sits on a line with a comment', () => {
    const missing: string[] = [];
    for (const line of source.split('\n')) {
      for (const m of line.matchAll(/'([^']+)'/g)) {
        const phrase = m[1] as string;
        if (phraseWords(phrase).length >= 3 && !line.includes('//')) missing.push(phrase);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds none of the phrases issue 9 names as copied from single corpus comments', () => {
    const all = Object.values(PHRASES).flat().map((p) => phraseWords(p).join(' '));
    for (const copied of ['i investead', 'grands to the first', 'i believed in her hands', 'undying smile', 'earn four digits', 'roi daily', 'real life changer']) {
      expect(all, copied).not.toContain(copied);
    }
  });

  it('has no phrase twice within a kind', () => {
    for (const [kind, phrases] of Object.entries(PHRASES)) {
      const words = phrases.map((p) => phraseWords(p).join(' '));
      expect(new Set(words).size, kind).toBe(words.length);
    }
  });
});

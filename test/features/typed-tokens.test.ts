// The token contract of issue 13: every classifier token carries its kind as a field; bigrams are
// two word positions, rule hits are rule ids; the text forms exist only as a view for people.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { TOKEN_BIGRAM, TOKEN_RULE, TOKEN_SYNTHETIC, TOKEN_WORD, tokenTexts } from '../../src/tokenize/index.js';

describe('typed classifier tokens', () => {
  const m = createModerator({ language: 'en' });
  const a = m.analyze({ content: 'Cheap pills here http://pills.example.xyz click now', author: { name: 'buy now' } });
  const t = a.classifierTokens;

  it('gives words their stem and word index, bigrams the positions of their words', () => {
    expect(t.kind[0]).toBe(TOKEN_WORD);
    expect(a.features.words[t.a[0]!]).toBe('cheap');
    expect(t.kind[2]).toBe(TOKEN_BIGRAM);
    expect(t.text[2]).toBe('');
    expect([t.a[2], t.b[2]]).toEqual([0, 1]);
  });

  it('types synthetic tokens and rule hits (rule tokens hold the rule id, not a `rule:` string)', () => {
    const synthetic = t.text.filter((_, i) => t.kind[i] === TOKEN_SYNTHETIC);
    expect(synthetic).toContain('domain:example.xyz');
    const rules = t.text.filter((_, i) => t.kind[i] === TOKEN_RULE);
    expect(rules).toEqual(a.hits.map((h) => h.id));
    expect(rules.length).toBeGreaterThan(0);
  });

  it('keeps the text view the model file and bench/ read', () => {
    expect(a.tokens).toEqual(tokenTexts(t));
    expect(a.tokens.slice(0, 3)).toEqual(['cheap', 'pill', 'cheap pill']);
    expect(a.tokens).toContain(`rule:${a.hits[0]!.id}`);
  });

  it('a rule cannot change what the classifier sees by editing the features', () => {
    const m2 = createModerator({
      rules: {
        add: [
          {
            id: 'CUSTOM_MEDDLE',
            group: 'custom',
            score: 0,
            description: 'Edits the tokens it is given',
            test: (f) => {
              (f.classifierTokens.text as string[]).fill('meddled');
              return [];
            },
            examples: { hit: [], miss: ['hello'] },
          },
        ],
      },
    });
    expect(m2.analyze('hello there friend').tokens.slice(0, 3)).toEqual(['hello', 'there', 'hello there']);
  });
});

// The moderator's link memo (issue 13): bounded, and a remembered answer is the answer.
import { describe, expect, it } from 'vitest';
import { createLinkCache, extractLinks } from '../../src/links/index.js';
import { BoundedMemo } from '../../src/links/cache.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { readComment } from '../../src/input.js';

const normalized = (content: string) => normalizeComment(readComment({ content, author: { url: 'https://blog.example.org/me', email: 'a@mail.example.com' } }), { maxLength: 100_000 });

describe('link cache', () => {
  it('gives the same links and e-mails as a fresh extraction, and copies of the words', () => {
    const cache = createLinkCache(8);
    const texts = ['see http://cheap-pills.example.xyz/buy-now and pаypal.com', 'cheap-pills.example.xyz/buy-now again, mail me at x@y.example.net', 'no links here'];
    for (let round = 0; round < 3; round++) {
      for (const t of texts) expect(extractLinks(normalized(t), cache)).toEqual(extractLinks(normalized(t)));
    }
    const a = extractLinks(normalized(texts[0]!), cache);
    a.links[1]!.words.push('edited');
    expect(extractLinks(normalized(texts[0]!), cache)).toEqual(extractLinks(normalized(texts[0]!)));
  });

  it('holds at most two generations of entries', () => {
    const memo = new BoundedMemo<number>(100);
    for (let i = 0; i < 10_000; i++) memo.set(`k${i}`, i);
    expect(memo.size()).toBeLessThanOrEqual(200);
    expect(memo.get('k9999')).toBe(9999);
    expect(memo.get('k0')).toBeUndefined();
  });
});

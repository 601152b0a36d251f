// Vocabulary holds, it never blocks by itself (src/verdict/vocabulary-holds.ts): untrained, a
// comment whose only evidence is a spammed trade's words in one place (the text, or the author's
// name and URL) is held for moderation with the VOCABULARY_HOLDS reason, never decided spam. A
// second sign blocks as before: the words in a second place, a link or e-mail in the text to a site
// that is not well-known, or another rule of at least 1 point. The comments are written for the
// project.
import { describe, expect, it } from 'vitest';
import { CATALOG, DEFAULT_THRESHOLDS, createModerator, type Comment } from '../../src/index.js';
import type { BayesResult, RuleHit } from '../../src/types.js';
import { decide } from '../../src/verdict/decide.js';
import { VOCABULARY_HOLDS, VOCABULARY_RULE_IDS, vocabularyAlone } from '../../src/verdict/vocabulary-holds.js';

const hit = (id: string, group: RuleHit['group'], points: number): RuleHit => ({ id, group, points, description: id, evidence: [id] });
const options = { thresholds: DEFAULT_THRESHOLDS, bayesWeight: 1 };
const heldReason = { id: VOCABULARY_HOLDS, group: 'verdict', points: 0, description: 'held', evidence: [] };

describe('vocabularyAlone: which evidence is a trade’s words in one place', () => {
  it('names catalog rules only (a renamed rule would silently stop counting as vocabulary)', () => {
    const ids = new Set(CATALOG.map((r) => r.id));
    expect(VOCABULARY_RULE_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(VOCABULARY_RULE_IDS.length).toBe(15);
  });

  it('the text’s trade words alone, markers under 1 point aside', () => {
    const alone = vocabularyAlone([hit('TEXT_PHARMACY', 'text', 3), hit('TEXT_CASINO', 'text', 2.5), hit('META_TRACKBACK', 'meta', 0.5)]);
    expect(alone).toEqual({ place: 'the text', business: false, ids: ['TEXT_PHARMACY', 'TEXT_CASINO'] });
  });

  it('the author URL’s words alone (a pingback whose slug names a trade)', () => {
    const alone = vocabularyAlone([hit('AUTHOR_URL_SPAM_WORDS', 'author', 3), hit('AUTHOR_URL_COMMERCIAL_SLUG', 'author', 1.5), hit('META_TRACKBACK', 'meta', 0.5)]);
    expect(alone?.place).toBe("the author's name and URL");
  });

  it('a business’s own name is no second place', () => {
    const alone = vocabularyAlone([hit('TEXT_REPLICA', 'text', 2.5), hit('AUTHOR_PRODUCT_NAME', 'author', 2), hit('TEXT_TRADE_ADVERT', 'text', 1.5)]);
    expect(alone).toEqual({ place: 'the text', business: true, ids: ['TEXT_REPLICA', 'AUTHOR_PRODUCT_NAME', 'TEXT_TRADE_ADVERT'] });
  });

  it('a second sign: the words in two places, or another rule of 1 point or more; no vocabulary at all', () => {
    expect(vocabularyAlone([hit('TEXT_CASINO', 'text', 2.5), hit('AUTHOR_URL_SPAM_WORDS', 'author', 3)])).toBeUndefined();
    expect(vocabularyAlone([hit('TEXT_CASINO', 'text', 2.5), hit('TEXT_GAMBLING_TERMS', 'text', 1.5), hit('AUTHOR_URL_OFFSITE', 'author', 1)])).toBeUndefined();
    expect(vocabularyAlone([hit('TEXT_OWNER_PITCH', 'text', 3), hit('META_BOT_USER_AGENT', 'meta', 2)])).toBeUndefined();
    expect(vocabularyAlone([])).toBeUndefined();
  });

  it('a pingback’s or trackback’s text and name and URL are one place, the linking page (session 18)', () => {
    const both = [hit('TEXT_CASINO', 'text', 2.5), hit('AUTHOR_URL_SPAM_WORDS', 'author', 3), hit('META_TRACKBACK', 'meta', 0.5)];
    expect(vocabularyAlone(both, true)).toEqual({ place: 'the linking page', business: false, ids: ['TEXT_CASINO', 'AUTHOR_URL_SPAM_WORDS'] });
    expect(vocabularyAlone(both, false)).toBeUndefined();
    // A second sign is still a second sign on a notification.
    expect(vocabularyAlone([...both, hit('AUTHOR_URL_BARE_COMMENT', 'author', 1.5)], true)).toBeUndefined();
  });
});

describe('decide: the hold caps an untrained verdict just below the spam threshold', () => {
  const vocabulary = [hit('TEXT_PHARMACY', 'text', 3), hit('TEXT_CASINO', 'text', 2.5)];

  it('untrained, with the reason: held, and the reason is in the verdict', () => {
    const v = decide(vocabulary, null, [], options, undefined, undefined, () => heldReason);
    expect(v.decision).toBe('moderate');
    expect(v.score).toBeLessThan(DEFAULT_THRESHOLDS.spam);
    expect(v.score).toBeGreaterThan(DEFAULT_THRESHOLDS.spam - 1e-5);
    expect(v.reasons.map((r) => r.id)).toEqual(['TEXT_PHARMACY', 'TEXT_CASINO', VOCABULARY_HOLDS]);
  });

  it('without a reason (a second sign) the same points block; below the threshold the reason is not asked for', () => {
    expect(decide(vocabulary, null, [], options, undefined, undefined, () => undefined).decision).toBe('spam');
    let asked = 0;
    const v = decide([hit('TEXT_PHARMACY', 'text', 3)], null, [], options, undefined, undefined, () => (asked++, heldReason));
    expect(v.decision).toBe('moderate');
    expect(asked).toBe(0);
    expect(v.reasons.map((r) => r.id)).not.toContain(VOCABULARY_HOLDS);
  });

  it('trained, the classifier is the second sign: the hold does not apply', () => {
    const bayes: BayesResult = { probability: 0.99, spamTokens: [], hamTokens: [] };
    expect(decide(vocabulary, bayes, [], options, undefined, undefined, () => heldReason).decision).toBe('spam');
  });
});

describe('an untrained moderator', () => {
  const moderator = createModerator();
  const base: Omit<Comment, 'content'> = {
    author: { name: 'Ruth Abbott', email: 'ruth.abbott@gmail.com', url: 'https://ruthabbott.example.net' },
    request: { ip: '192.0.2.90', userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0' },
    target: { postTitle: 'Running a small forum', permalink: 'https://forumnotes.example.org/2026/11/small-forum' },
  };
  // A forum owner's story: three trades' words (pharmacy, casino, gambling terms), no way to reach anyone.
  const story =
    'Every night the sign-up queue of our forum fills with bots calling themselves cheap viagra online, casino bonus codes and free spins slots. I delete them by hand each morning with a coffee.';

  it('holds heavy trade vocabulary with no payload, and says why', () => {
    const v = moderator.check({ ...base, content: story });
    expect(v.decision).toBe('moderate');
    const reason = v.reasons.find((r) => r.id === VOCABULARY_HOLDS);
    expect(reason?.evidence).toEqual(['trade words in the text only: TEXT_PHARMACY, TEXT_CASINO, TEXT_GAMBLING_TERMS', 'no link or e-mail in the text to a site that is not well-known']);
    expect(reason?.description).toMatch(/^Held, not blocked/);
  });

  it('a link to a well-known site is no payload: still held', () => {
    const v = moderator.check({ ...base, content: `${story} The pattern is described at https://en.wikipedia.org/wiki/Spambot` });
    expect(v.decision).toBe('moderate');
    expect(v.reasons.map((r) => r.id)).toContain(VOCABULARY_HOLDS);
  });

  it('the same words with a link to a site that is not well-known, or an e-mail address, are decided spam', () => {
    for (const tail of [' Codes at https://spin-codes.example.com/today', ' Codes by mail: codes@spin-codes.example.com']) {
      const v = moderator.check({ ...base, content: `${story}${tail}` });
      expect(v.decision, tail).toBe('spam');
      expect(v.reasons.map((r) => r.id)).not.toContain(VOCABULARY_HOLDS);
    }
  });

  it('a pingback whose only evidence is its source URL’s words is held, not blocked', () => {
    const v = moderator.check({
      content: '[…] the dealer mini-game is optional, but skipping it costs you the best armour in chapter three […]',
      type: 'pingback',
      author: { name: 'Pixel Backlog', url: 'https://pixelbacklog.example.net/2026/11/casino-poker-slots-minigame-guide/' },
      request: { ip: '192.0.2.91', userAgent: 'WordPress/6.7; https://pixelbacklog.example.net' },
      target: { postTitle: 'Chapter three armour guide', permalink: 'https://gamenotes.example.org/2026/11/armour-guide' },
    });
    expect(v.decision).toBe('moderate');
    expect(v.reasons.map((r) => r.id)).toContain(VOCABULARY_HOLDS);
  });

  // Session 18: a craft magazine's pingback to a post on mahjong's gambling history: its excerpt, in an
  // unspaced script, and its slug both name the trade, because both are the linking page's.
  const craftPingback: Comment = {
    content: '[…] 呢篇訪問講舊時嘅麻雀館同賭博文化，仲有好多刻牌工具嘅相片，推薦大家睇 […]',
    type: 'pingback',
    author: { name: '手作月刊', url: 'https://craftmonthly.example.net/2026/05/mahjong-halls-gambling-history/' },
    request: { ip: '192.0.2.92', userAgent: 'WordPress/6.7; https://craftmonthly.example.net' },
    target: { postTitle: '麻雀牌嘅歷史同賭博文化', permalink: 'https://tilecarver.example.org/2026/05/tile-history' },
  };

  it('a pingback whose excerpt and slug both name a trade is held, not blocked: one page, one place', () => {
    const v = moderator.check(craftPingback);
    expect(v.decision).toBe('moderate');
    const reason = v.reasons.find((r) => r.id === VOCABULARY_HOLDS);
    expect(reason?.evidence[0]).toMatch(/^trade words in the linking page only: /);
    // The sentence of unspaced script is not a bare comment (AUTHOR_URL_BARE_COMMENT counts its characters).
    expect(v.reasons.map((r) => r.id)).not.toContain('AUTHOR_URL_BARE_COMMENT');
  });

  it('the same words as a comment, text and author URL, are two places and block', () => {
    const v = moderator.check({ ...craftPingback, type: 'comment', content: '網上賭博優惠，新會員即刻登記送獎金', author: { name: '手作月刊', email: 'win@craftmonthly.example.net', url: 'https://craftmonthly.example.net/2026/05/mahjong-halls-gambling-history/' } });
    expect(v.decision).toBe('spam');
    expect(v.reasons.map((r) => r.id)).not.toContain(VOCABULARY_HOLDS);
  });
});

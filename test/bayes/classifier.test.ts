// The classifier's bookkeeping: learning is by id and exact, so feedback can be repeated,
// flipped or withdrawn, and scores follow the counts.
import { describe, expect, it } from 'vitest';
import { createClassifier, decodeTokenList, type Classifier } from '../../src/bayes/index.js';
import { createModerator } from '../../src/index.js';
import type { Label } from '../../src/types.js';

const SPAM = [
  ['cheap', 'pills', 'buy', 'now'],
  ['buy', 'cheap', 'watches'],
  ['cheap', 'pills', 'online'],
  ['subscribe', 'my', 'channel', 'cheap'],
];
const HAM = [
  ['great', 'song', 'love', 'it'],
  ['love', 'this', 'video'],
  ['the', 'song', 'is', 'great'],
  ['my', 'favourite', 'song'],
];

function trained(min = 2, extra: Partial<Parameters<typeof createClassifier>[0]> = {}): Classifier {
  const c = createClassifier({ minExamplesPerClass: min, maxVocabulary: 1000, ...extra });
  SPAM.forEach((tokens, i) => c.learn(`s${i}`, tokens, 'spam'));
  HAM.forEach((tokens, i) => c.learn(`h${i}`, tokens, 'ham'));
  return c;
}

describe('classify', () => {
  it.each([
    { input: ['cheap', 'pills'], expected: 'spam' },
    { input: ['buy', 'watches', 'now'], expected: 'spam' },
    { input: ['love', 'song'], expected: 'ham' },
    { input: ['great', 'video'], expected: 'ham' },
  ])('$input → $expected', ({ input, expected }) => {
    const p = trained().classify(input)?.probability ?? Number.NaN;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(p >= 0.5 ? 'spam' : 'ham').toBe(expected);
  });

  it('names the strongest tokens on each side, strongest first, with signed weights', () => {
    const r = trained().classify(['cheap', 'pills', 'song', 'unknownword'])!;
    expect(r.spamTokens.map((t) => t.token)).toEqual(['cheap', 'pills']);
    expect(r.hamTokens.map((t) => t.token)).toEqual(['song']);
    expect(r.spamTokens[0]!.weight).toBeGreaterThan(r.spamTokens[1]!.weight);
    expect(r.hamTokens[0]!.weight).toBeLessThan(0);
  });

  it('credits n-gram evidence to the word it came from', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    c.learn('s1', ['visit', 'kobyoshi01'], 'spam');
    c.learn('s2', ['visit', 'kobyoshi02'], 'spam');
    c.learn('h1', ['nice', 'song'], 'ham');
    c.learn('h2', ['nice', 'video'], 'ham');
    // kobyoshi03 was never seen: only its n-grams (shared with kobyoshi01/02) are known.
    const r = c.classify(['kobyoshi03', 'nice'])!;
    expect(r.spamTokens.map((t) => t.token)).toEqual(['kobyoshi03']);
    expect(r.spamTokens[0]!.weight).toBeGreaterThan(1);
    expect(r.hamTokens.map((t) => t.token)).toEqual(['nice']);
  });

  it('gives 0.5-ish for tokens it never saw and never NaN for an empty list', () => {
    const c = trained();
    for (const tokens of [[], ['zzz', 'qqq']]) {
      const p = c.classify(tokens)!.probability;
      expect(Number.isFinite(p)).toBe(true);
    }
  });

  it('counts a token once per document, however often it is repeated', () => {
    const c = trained();
    expect(c.classify(['cheap', 'cheap', 'cheap'])!.probability).toBe(c.classify(['cheap'])!.probability);
  });

  it('treats __proto__, constructor and toString as ordinary tokens', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 100, config: { charGrams: 'none' } });
    c.learn('a', ['__proto__', 'constructor'], 'spam');
    c.learn('b', ['toString', 'hasOwnProperty'], 'ham');
    const spamSide = c.classify(['__proto__'])!;
    const hamSide = c.classify(['toString', 'valueOf'])!;
    expect(spamSide.probability).toBeGreaterThan(hamSide.probability);
    expect(spamSide.spamTokens.map((t) => t.token)).toEqual(['__proto__']);
    expect(hamSide.hamTokens.map((t) => t.token)).toEqual(['toString']);
    expect(c.toJSON().vocabulary).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty']));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('readiness', () => {
  it.each([
    { spam: 0, ham: 0, ready: false },
    { spam: 3, ham: 2, ready: false },
    { spam: 2, ham: 3, ready: false },
    { spam: 3, ham: 3, ready: true },
  ])('$spam spam / $ham ham with 3 needed → ready $ready', ({ spam, ham, ready }) => {
    const c = createClassifier({ minExamplesPerClass: 3, maxVocabulary: 100 });
    for (let i = 0; i < spam; i++) c.learn(`s${i}`, ['buy'], 'spam');
    for (let i = 0; i < ham; i++) c.learn(`h${i}`, ['song'], 'ham');
    expect(c.readiness()).toEqual({ ready, spam, ham, needed: 3 });
    expect(c.classify(['buy']) === null).toBe(!ready);
  });

  it('needs one document of each class even when the option says 0', () => {
    const c = createClassifier({ minExamplesPerClass: 0, maxVocabulary: 100 });
    c.learn('s', ['buy'], 'spam');
    expect(c.classify(['buy'])).toBeNull();
    c.learn('h', ['song'], 'ham');
    expect(c.classify(['buy'])).not.toBeNull();
  });
});

describe('learn by id', () => {
  it('is idempotent: learning the same id and label again changes nothing', () => {
    const once = trained();
    const twice = trained();
    twice.learn('s0', SPAM[0]!, 'spam');
    twice.learn('s0', SPAM[0]!, 'spam');
    expect(twice.toJSON()).toEqual(once.toJSON());
    expect(twice.readiness().spam).toBe(SPAM.length);
  });

  it('moves a relabelled document to the other class', () => {
    const c = trained();
    c.learn('s0', SPAM[0]!, 'ham');
    expect(c.readiness()).toMatchObject({ spam: SPAM.length - 1, ham: HAM.length + 1 });
    const expected = createClassifier({ minExamplesPerClass: 2, maxVocabulary: 1000 });
    SPAM.forEach((tokens, i) => expected.learn(`s${i}`, tokens, i === 0 ? 'ham' : 'spam'));
    HAM.forEach((tokens, i) => expected.learn(`h${i}`, tokens, 'ham'));
    expect(sorted(c)).toEqual(sorted(expected));
  });

  it('unlearns exactly: the model equals one that never saw the document', () => {
    const c = trained();
    c.learn('extra', ['brand', 'new', 'tokens', 'cheap'], 'spam');
    expect(c.unlearn('extra')).toBe(true);
    expect(c.unlearn('extra')).toBe(false);
    expect(c.unlearn('never-learned')).toBe(false);
    expect(sorted(c)).toEqual(sorted(trained()));
    expect(c.toJSON().vocabulary).not.toContain('brand');
  });

  it('scores exactly as a never-trained twin after many learn/unlearn cycles', () => {
    const c = trained();
    for (let round = 0; round < 300; round++) {
      c.learn(`tmp${round}`, [`w${round}`, 'cheap', 'song', `x${round % 7}`], round % 2 ? 'spam' : 'ham');
      if (round % 3 !== 0) c.unlearn(`tmp${round - 1}`);
    }
    for (let round = 0; round < 300; round++) c.unlearn(`tmp${round}`);
    const twin = trained();
    expect(sorted(c)).toEqual(sorted(twin));
    expect(c.classify(['cheap', 'song'])).toEqual(twin.classify(['cheap', 'song']));
  });

  it('rejects an empty document id', () => {
    const c = trained();
    expect(() => c.learn('', ['a'], 'spam')).toThrow(expect.objectContaining({ code: 'E_INVALID_COMMENT' }));
  });
});

describe('vocabulary cap', () => {
  it('prunes the tokens with least evidence past maxVocabulary and keeps counts consistent', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 100, config: { charGrams: 'none' } });
    // 'common' is in every document, 'pair' in the first two; every other token is unique to its document.
    for (let i = 0; i < 200; i++) c.learn(`d${i}`, ['common', `rare${i}`, `rare${i}b`, ...(i < 2 ? ['pair'] : [])], i % 2 ? 'spam' : 'ham');
    const model = c.toJSON();
    expect(model.vocabulary.length).toBeLessThanOrEqual(100);
    expect(model.vocabulary[0]).toBe('common');
    // A token two comments share outlives any one-off token, however long ago it was learned.
    expect(model.vocabulary).toContain('pair');
    expect(model.totals.tokens).toBe(model.documents.tokens.reduce((s, t) => s + decode(t).length, 0));
    // Unlearning a document whose tokens were pruned still works and stays consistent.
    expect(c.unlearn('d0')).toBe(true);
    expect(c.toJSON().totals).toMatchObject({ spamDocs: 100, hamDocs: 99 });
  });

  it('breaks ties among equally rare tokens by the token, not by the learning order', () => {
    const many = Array.from({ length: 100 }, (_, i) => `t${String(i).padStart(3, '0')}`);
    const vocabularies = (['forward', 'reverse'] as const).map((order) => {
      const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 100, config: { charGrams: 'none', bigrams: false } });
      const docs: [string, string[], Label][] = [['a', many, 'spam'], ['b', ['zz-new'], 'ham']];
      if (order === 'reverse') docs.reverse();
      for (const [id, tokens, label] of docs) c.learn(id, tokens, label);
      return [...c.toJSON().vocabulary].sort();
    });
    // 101 one-off tokens, pruned to 90: the 11 first in token order go, whichever document came last.
    expect(vocabularies[0]).toEqual(vocabularies[1]);
    expect(vocabularies[0]).toHaveLength(90);
    expect(vocabularies[0]).not.toContain('t010');
    expect(vocabularies[0]).toContain('t011');
    expect(vocabularies[0]).toContain('zz-new');
  });
});

/** The model with documents in id order, to compare states reached in different orders. */
function sorted(c: Classifier): unknown {
  const m = c.toJSON();
  const docs = m.documents.ids.map((id, i) => ({
    id,
    label: m.documents.labels[i] as Label,
    tokens: decode(m.documents.tokens[i]!).map((t) => m.vocabulary[t]).sort(),
  }));
  docs.sort((a, b) => a.id.localeCompare(b.id));
  return { totals: m.totals, vocabulary: [...m.vocabulary].sort(), docs };
}

function decode(list: string): number[] {
  const ids = decodeTokenList(list);
  if (typeof ids === 'string') throw new Error(ids);
  return ids;
}

describe('disguise evidence counts toward spam only', () => {
  // A site whose readers write letters apart more often than its spammers do (fans spell out
  // `L O V E`): the classifier must not learn the disguise as ham evidence, or a spammer saves
  // points by spelling `C.h.e.c.k my channel`.
  const plainSpam = 'check my channel for free gift cards';
  function siteModerator() {
    const m = createModerator({ bayes: { minExamplesPerClass: 4 } });
    const ham = ['L O V E this song so much', 'P E A C E to every fan here', 'this song is G R E A T', 'best chorus ever, L O V E it', 'my favourite video of the year', 'the drummer is amazing'];
    const spam = ['check my channel for free gift cards', 'free gift cards on my channel, check it', 'check out my channel please', 'subscribe to my channel for gift cards'];
    ham.forEach((content, i) => m.learn({ id: `h${i}`, content }, 'ham'));
    spam.forEach((content, i) => m.learn({ id: `s${i}`, content }, 'spam'));
    return m;
  }

  it('spelling a spam word apart does not lower the score, and the disguise is never ham evidence', () => {
    const m = siteModerator();
    const plain = m.check({ content: plainSpam });
    const disguised = m.check({ content: 'C.h.e.c.k my channel for free gift cards' });
    expect(disguised.score).toBeGreaterThanOrEqual(plain.score);
    const bayes = disguised.reasons.find((r) => r.id === 'BAYES');
    expect(bayes?.evidence.some((e) => e.startsWith('ham:') && /spaced|OBFUSCATION/.test(e))).toBe(false);
  });
});

describe('classify: the strongest tokens worked out when read (issue 13)', () => {
  it('reads the same whenever read, and is a plain result to keys, spread and deep equality', () => {
    const c = trained();
    const early = c.classify(['cheap', 'pills', 'love', 'song'])!;
    const atOnce = JSON.parse(JSON.stringify(c.classify(['cheap', 'pills', 'love', 'song']))) as unknown;
    // Other scorings in between reuse the scorer's buffers; the held result must not see them.
    for (const tokens of [...SPAM, ...HAM]) c.classify(tokens);
    expect(Object.keys(early)).toEqual(['probability', 'spamTokens', 'hamTokens']);
    expect(JSON.parse(JSON.stringify(early))).toEqual(atOnce);
    expect({ ...early }).toEqual(atOnce);
    expect(early).toEqual(atOnce);
    expect(early.spamTokens).toBe(early.spamTokens);
    expect(early.spamTokens.map((t) => t.token)).toEqual(['cheap', 'pills']);
  });
});

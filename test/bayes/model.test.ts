// The exported model is an untrusted file: a round trip must score identically, and an edited,
// truncated or foreign file must be refused with a coded error before any state exists.
import { describe, expect, it } from 'vitest';
import { createClassifier, decodeTokenList, encodeTokenList, MemoryStore, readBayesModel, type BayesModelJSON } from '../../src/bayes/index.js';
import { createModerator, type SpamsiftModel } from '../../src/index.js';
import { bayesAsVersion1 as asVersion1 } from '../helpers/model-v1.js';

const SPAM = ['Check out my channel, subscribe!', 'Free money, click www.cash-now.example', 'subscribe to my channel for free iphones', 'cheap pills online buy now'];
const HAM = ['I love this song so much', 'This video brings back memories', 'Her voice is amazing in this one', 'Best song of the year for sure'];

function trainedModerator() {
  const m = createModerator({ bayes: { minExamplesPerClass: 2 } });
  SPAM.forEach((content, i) => m.learn({ id: `s${i}`, content }, 'spam'));
  HAM.forEach((content, i) => m.learn({ id: `h${i}`, content }, 'ham'));
  return m;
}

function bayesPart(): BayesModelJSON {
  return structuredClone(trainedModerator().exportModel().bayes) as BayesModelJSON;
}

/** The ids of a version 2 token list (the test fails on a damaged one). */
function idsOf(list: string): number[] {
  const ids = decodeTokenList(list);
  if (typeof ids === 'string') throw new Error(ids);
  return ids;
}


const PROBES = ['subscribe to my channel', 'I love this song', 'free money', 'nothing known here at all', ''];

describe('model round trip', () => {
  it('export → JSON text → createModerator({ model }) scores identically', () => {
    const original = trainedModerator();
    const text = JSON.stringify(original.exportModel());
    const restored = createModerator({ model: text, bayes: { minExamplesPerClass: 2 } });
    expect(original.check(PROBES[0]!).reasons.map((r) => r.id)).toContain('BAYES');
    for (const probe of PROBES) expect(restored.check(probe)).toEqual(original.check(probe));
    expect(JSON.stringify(restored.exportModel().bayes)).toBe(JSON.stringify(JSON.parse(text).bayes));
  });

  it('keeps learning after a round trip exactly like the original', () => {
    const original = trainedModerator();
    const restored = createModerator({ model: original.exportModel(), bayes: { minExamplesPerClass: 2 } });
    for (const m of [original, restored]) {
      m.learn({ id: 'n1', content: 'visit my page for free stuff' }, 'spam');
      m.unlearn({ id: 's0', content: '' });
    }
    for (const probe of PROBES) expect(restored.check(probe).score).toBe(original.check(probe).score);
  });

  it('writes named keys with its own format and version', () => {
    const m = bayesPart();
    expect(Object.keys(m)).toEqual(['format', 'version', 'totals', 'vocabulary', 'documents']);
    expect(m).toMatchObject({ format: 'spamsift-bayes', version: 2, totals: { spamDocs: 4, hamDocs: 4 } });
    expect(m.documents.ids).toEqual(expect.arrayContaining(['id:s0', 'id:h3']));
    expect(m.documents.tokens.every((list) => typeof list === 'string' && /^[A-Za-z0-9_-]+$/.test(list))).toBe(true);
    expect(m.documents.tokens.reduce((sum, list) => sum + idsOf(list).length, 0)).toBe(m.totals.tokens);
  });
});

describe('version 2 token lists', () => {
  it('write a gap below 32 in one character, below 1,024 in two, and read back every sorted list', () => {
    expect(encodeTokenList([])).toBe('');
    expect(encodeTokenList([0, 1, 2])).toBe('AAA');
    expect(encodeTokenList([31])).toBe('f');
    expect(encodeTokenList([32])).toBe('gB');
    expect(encodeTokenList([1023])).toBe('_f');
    expect(encodeTokenList([1024]).length).toBe(3);
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 200; round++) {
      const ids = new Set<number>();
      const n = next() % 60;
      // Small ids and ids far past any vocabulary limit (2^34) alike.
      for (let i = 0; i < n; i++) ids.add(round % 5 === 0 ? next() * 4 + (next() % 4) : next() % 5000);
      const list = [...ids].sort((a, b) => a - b);
      expect(decodeTokenList(encodeTokenList(list))).toEqual(list);
    }
  });

  it.each([
    ['a character that is not a digit', 'AB!C', 'character 2'],
    ['a character past ASCII', 'ABé', 'character 2'],
    ['an unfinished gap', 'ABg', 'unfinished'],
    ['a gap of eight digits', 'A________A', 'longer than 7'],
  ])('refuses %s', (_, list, message) => {
    expect(decodeTokenList(list)).toEqual(expect.stringContaining(message));
  });
});

describe('models written by version 1 (token lists as arrays of gaps)', () => {
  it('read as the same store state as the version 2 file of the same moderator', () => {
    const v2 = bayesPart();
    expect(readBayesModel(asVersion1(v2))).toEqual(readBayesModel(v2));
  });

  const cases: { name: string; edit: Edit; code: string }[] = [
    { name: 'negative token gap', edit: (m) => (m.documents.tokens[0][1] = -1), code: 'E_MODEL_CORRUPT' },
    { name: 'repeated token in a document (gap 0)', edit: (m) => m.documents.tokens[0].push(0), code: 'E_MODEL_CORRUPT' },
    { name: 'token id past the vocabulary', edit: (m) => m.documents.tokens[0].push(1e6), code: 'E_MODEL_CORRUPT' },
    { name: 'token list a string', edit: (m) => (m.documents.tokens[0] = 'AB'), code: 'E_MODEL_CORRUPT' },
    { name: 'totals do not add up', edit: (m) => (m.totals.hamDocs += 1), code: 'E_MODEL_CORRUPT' },
  ];
  it.each(cases)('refuse $name → $code', ({ edit, code }) => {
    const m = asVersion1(bayesPart()) as unknown as Record<string, any>;
    edit(m);
    expect(() => readBayesModel(m)).toThrow(expect.objectContaining({ name: 'SpamsiftError', code }));
  });
});

type Edit = (m: Record<string, any>) => void;

describe('corrupt or edited Bayes parts are refused', () => {
  const cases: { name: string; edit: Edit; code: string; path?: string }[] = [
    { name: 'not an object', edit: () => {}, code: 'E_MODEL_CORRUPT' },
    { name: 'wrong format', edit: (m) => (m.format = 'other'), code: 'E_MODEL_CORRUPT', path: 'model.bayes.format' },
    { name: 'newer version', edit: (m) => (m.version = 3), code: 'E_MODEL_VERSION', path: 'model.bayes.version' },
    { name: 'version 0', edit: (m) => (m.version = 0), code: 'E_MODEL_VERSION', path: 'model.bayes.version' },
    { name: 'version as string', edit: (m) => (m.version = '2'), code: 'E_MODEL_VERSION' },
    { name: 'unknown key', edit: (m) => (m.extra = 1), code: 'E_MODEL_CORRUPT', path: 'model.bayes.extra' },
    { name: 'missing vocabulary', edit: (m) => delete m.vocabulary, code: 'E_MODEL_CORRUPT' },
    { name: 'negative total', edit: (m) => (m.totals.spamDocs = -1), code: 'E_MODEL_CORRUPT', path: 'model.bayes.totals.spamDocs' },
    { name: 'fractional total', edit: (m) => (m.totals.tokens += 0.5), code: 'E_MODEL_CORRUPT' },
    { name: 'totals do not add up', edit: (m) => (m.totals.hamDocs += 1), code: 'E_MODEL_CORRUPT', path: 'model.bayes.totals' },
    { name: 'token count edited', edit: (m) => (m.totals.tokens -= 1), code: 'E_MODEL_CORRUPT', path: 'model.bayes.totals' },
    { name: 'token is a number', edit: (m) => (m.vocabulary[0] = 7), code: 'E_MODEL_CORRUPT' },
    { name: 'repeated token', edit: (m) => (m.vocabulary[1] = m.vocabulary[0]), code: 'E_MODEL_CORRUPT' },
    { name: 'unused token', edit: (m) => m.vocabulary.push('never-used'), code: 'E_MODEL_CORRUPT' },
    { name: 'truncated vocabulary', edit: (m) => m.vocabulary.pop(), code: 'E_MODEL_CORRUPT' },
    { name: 'label edited', edit: (m) => (m.documents.labels[0] = 'maybe'), code: 'E_MODEL_CORRUPT' },
    { name: 'duplicate document id', edit: (m) => (m.documents.ids[1] = m.documents.ids[0]), code: 'E_MODEL_CORRUPT' },
    { name: 'empty document id', edit: (m) => (m.documents.ids[0] = ''), code: 'E_MODEL_CORRUPT' },
    { name: 'lists of different lengths', edit: (m) => m.documents.labels.pop(), code: 'E_MODEL_CORRUPT' },
    { name: 'token list with a character that is not a digit', edit: (m) => (m.documents.tokens[0] += ','), code: 'E_MODEL_CORRUPT', path: 'model.bayes.documents.tokens[0]' },
    { name: 'token list ending in an unfinished gap', edit: (m) => (m.documents.tokens[0] += 'g'), code: 'E_MODEL_CORRUPT', path: 'model.bayes.documents.tokens[0]' },
    { name: 'token id past the vocabulary', edit: (m) => (m.documents.tokens[0] += '____A'), code: 'E_MODEL_CORRUPT', path: 'model.bayes.documents.tokens[0]' },
    { name: 'token list as version 1 wrote it (an array)', edit: (m) => (m.documents.tokens[0] = [0, 1, 2]), code: 'E_MODEL_CORRUPT', path: 'model.bayes.documents.tokens[0]' },
    { name: 'documents as an array', edit: (m) => (m.documents = []), code: 'E_MODEL_CORRUPT' },
  ];

  it.each(cases)('$name → $code', ({ name, edit, code, path }) => {
    const m: Record<string, any> = name === 'not an object' ? ([] as any) : bayesPart();
    edit(m);
    let error: any;
    try {
      readBayesModel(m);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'SpamsiftError', code });
    if (path) expect(error.path).toBe(path);
  });

  it('refuses through createModerator too, and a truncated JSON file', () => {
    const model = trainedModerator().exportModel() as SpamsiftModel & { bayes: Record<string, any> };
    model.bayes.totals.spamDocs += 1;
    expect(() => createModerator({ model })).toThrow(expect.objectContaining({ code: 'E_MODEL_CORRUPT' }));
    const text = JSON.stringify(trainedModerator().exportModel());
    expect(() => createModerator({ model: text.slice(0, text.length - 20) })).toThrow(expect.objectContaining({ code: 'E_MODEL_CORRUPT' }));
  });

  it('leaves a caller-supplied store untouched when the model is bad', () => {
    const store = new MemoryStore(1000);
    const bad = bayesPart() as any;
    bad.documents.tokens[3] += '____A';
    expect(() => createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000, store }, bad)).toThrow();
    expect(store.totals()).toEqual({ spamDocs: 0, hamDocs: 0, spamTokens: 0, hamTokens: 0, vocabulary: 0 });
  });

  it('accepts a model of no documents', () => {
    const empty = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 10 }).toJSON();
    expect(empty).toEqual({ format: 'spamsift-bayes', version: 2, totals: { spamDocs: 0, hamDocs: 0, tokens: 0 }, vocabulary: [], documents: { ids: [], labels: [], tokens: [] } });
    expect(createClassifier({ minExamplesPerClass: 1, maxVocabulary: 10 }, empty).readiness().ready).toBe(false);
  });
});

describe('model size', () => {
  it('stays a few bytes a learned token', () => {
    const m = createModerator({ bayes: { minExamplesPerClass: 1 } });
    for (let i = 0; i < 400; i++) m.learn({ id: `c${i}`, content: `comment number ${i} about song ${i % 17} and video ${i % 29} with words w${i % 101}` }, i % 3 ? 'ham' : 'spam');
    const bayes = m.exportModel().bayes as BayesModelJSON;
    const bytes = JSON.stringify(bayes).length;
    expect(bytes / bayes.totals.tokens).toBeLessThan(12);
  });
});

// The calibration's other scores (src/bayes/calibration-scores.ts), measured in
// docs/quality-session8.md and off by default: what the leave-one-out-like score takes out, and
// that both variants are functions of the learned set (issue 9 §3).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/bayes/index.js';
import { looScore, type LooInput } from '../../src/bayes/calibration-scores.js';
import { mulberry32 } from '../../src/evaluate/index.js';

/** Binarized counts of tiny documents over token ids 0..5: what the fit counts. */
function countsOf(docs: { ids: number[]; spam: boolean }[]): LooInput {
  const spam = new Uint32Array(6);
  const ham = new Uint32Array(6);
  let spamTokens = 0;
  let hamTokens = 0;
  for (const d of docs) for (const id of d.ids) (d.spam ? spam : ham)[id]! += 1;
  for (const d of docs) d.spam ? (spamTokens += d.ids.length) : (hamTokens += d.ids.length);
  let vocabulary = 0;
  for (let id = 0; id < 6; id++) if (spam[id]! + ham[id]! > 0) vocabulary++;
  const c = { spam, ham, spamDocs: docs.filter((d) => d.spam).length, hamDocs: docs.filter((d) => !d.spam).length, spamTokens, hamTokens, vocabulary };
  return { ...c, weight: new Float64Array(6), bias: 0, flags: new Uint8Array(6), alpha: 1, power: 0 };
}

/** The plain multinomial log-count ratio of `id` under counts `c` (combine.ts's, α 1). */
function ratio(c: LooInput, id: number): number {
  const shift = Math.log(c.hamTokens + c.vocabulary) - Math.log(c.spamTokens + c.vocabulary);
  return Math.log(c.spam[id]! + 1) - Math.log(c.ham[id]! + 1) + shift;
}

describe('calibration scores: the full model with a document left out', () => {
  const docs = [
    { ids: [0, 1], spam: true },
    { ids: [0, 2], spam: true },
    { ids: [3, 4], spam: false },
    { ids: [3, 1], spam: false },
    { ids: [3, 5], spam: false },
  ];

  it('with trust weights 1 (plain naive Bayes) is the exact leave-one-out score', () => {
    const full = countsOf(docs);
    for (let id = 0; id < 6; id++) full.weight[id] = full.spam[id]! + full.ham[id]! > 0 ? ratio(full, id) : 0;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      const without = countsOf(docs.filter((_, j) => j !== k));
      // Tokens the rest of the set never saw are not known to the model without this document.
      const known = doc.ids.filter((id) => without.spam[id]! + without.ham[id]! > 0);
      const expected = known.reduce((s, id) => s + ratio(without, id), 0);
      expect(looScore(full, Uint32Array.from(doc.ids), doc.spam)).toBeCloseTo(expected, 8);
    }
  });

  it('keeps the full model\'s trust weight of each token (weight / ratio) and drops a token only the document has', () => {
    const full = countsOf(docs);
    for (let id = 0; id < 6; id++) full.weight[id] = full.spam[id]! + full.ham[id]! > 0 ? 2 * ratio(full, id) : 0;
    const without = countsOf(docs.slice(1));
    // Document 0 is [0, 1]: token 0 is also in document 1, token 1 in document 3; both stay known.
    expect(looScore(full, Uint32Array.from([0, 1]), true)).toBeCloseTo(2 * (ratio(without, 0) + ratio(without, 1)), 8);
    // Document 2 is [3, 4]: token 4 is its own, so only token 3 counts.
    const without2 = countsOf(docs.filter((_, j) => j !== 2));
    expect(looScore(full, Uint32Array.from([3, 4]), false)).toBeCloseTo(2 * ratio(without2, 3), 8);
  });
});

describe('calibration scores: a function of the learned set', () => {
  const docs: { id: string; tokens: string[]; label: 'spam' | 'ham' }[] = [];
  const random = mulberry32(5);
  const pick = (words: string[]): string[] => words.filter(() => random() < 0.4);
  const hamWords = ['video', 'song', 'love', 'great', 'thanks', 'watch', 'music', 'nice', 'earn', 'money'];
  const spamWords = ['earn', 'money', 'click', 'free', 'profit', 'invest', 'dm', 'channel', 'love', 'video'];
  for (let i = 0; i < 300; i++) docs.push({ id: `h${i}`, tokens: [...pick(hamWords), `h${i % 31}`], label: 'ham' });
  for (let i = 0; i < 120; i++) docs.push({ id: `s${i}`, tokens: [...pick(spamWords), `s${i % 17}`], label: 'spam' });
  const probe = ['free money click', 'great song thanks', 'love this video', 'dm channel invest'];

  for (const config of [{ calibrationScores: 'loo' as const }, { calibrationFolds: 4 }]) {
    it(`${JSON.stringify(config)}: the same calibration and scores for any learning order, and not those of the halves`, () => {
      const learnAll = (list: typeof docs, c = config as object) => {
        const classifier = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 10_000, config: c });
        for (const d of list) classifier.learn(d.id, d.tokens, d.label);
        return { calibration: classifier.calibration(), scores: probe.map((t) => classifier.classify(t.split(' '))!.probability) };
      };
      const forward = learnAll(docs);
      const shuffled = [...docs];
      const r = mulberry32(9);
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(learnAll(shuffled)).toEqual(forward);
      expect(learnAll([...docs].reverse())).toEqual(forward);
      // The variant is in effect: the default (the halves) calibrates differently.
      expect(learnAll(docs, {}).calibration.slope).not.toBe(forward.calibration.slope);
    });
  }
});

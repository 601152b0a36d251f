// The npm naive-Bayes classifiers spamsift is compared with, behind one adapter shape:
// { name, async learn(text, label), async finish(), async check(text) → { decision, score } }.
// Peers see the comment text only and have no 'moderate': they decide 'spam' when their own
// prediction is spam (p ≥ 0.5). Each is used the way its README shows.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function sigmoid(x) {
  return 1 / (1 + Math.exp(-x));
}

/** natural's BayesClassifier (the design's package), imported by submodule: the top-level 'natural' prints and reads .env. */
export function naturalPeer() {
  const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js');
  const classifier = new BayesClassifier();
  return {
    learn(text, label) {
      classifier.addDocument(text, label);
    },
    finish() {
      classifier.train();
    },
    check(text) {
      const ranked = classifier.getClassifications(text);
      const spam = ranked.find((r) => r.label === 'spam')?.value ?? 0;
      const ham = ranked.find((r) => r.label === 'ham')?.value ?? 0;
      // Its values are unnormalized products; their share is the only probability it offers.
      const score = spam + ham > 0 ? spam / (spam + ham) : 0.5;
      return { decision: ranked[0]?.label === 'spam' ? 'spam' : 'ham', score };
    },
  };
}

/** `bayes` (npm): multinomial NB with Laplace smoothing; learn/categorize are async. */
export function bayesPeer() {
  const bayes = require('bayes');
  const classifier = bayes();
  return {
    async learn(text, label) {
      await classifier.learn(text, label);
    },
    finish() {},
    async check(text) {
      const decision = (await classifier.categorize(text)) === 'spam' ? 'spam' : 'ham';
      // categorize() returns only the label: the score is the same log-probabilities, normalized.
      const tokens = classifier.tokenizer(text);
      const table = classifier.frequencyTable(tokens);
      const logp = {};
      for (const category of ['spam', 'ham']) {
        if (!classifier.docCount[category]) {
          logp[category] = Number.NEGATIVE_INFINITY;
          continue;
        }
        let lp = Math.log(classifier.docCount[category] / classifier.totalDocuments);
        for (const token of Object.keys(table)) lp += table[token] * Math.log(classifier.tokenProbability(token, category));
        logp[category] = lp;
      }
      return { decision, score: sigmoid(logp.spam - logp.ham), rank: logp.spam - logp.ham };
    },
  };
}

/** wink-naive-bayes-text-classifier with wink-nlp-utils' tokenize → stop words → stem, as its README shows. */
export function winkPeer() {
  const winkNB = require('wink-naive-bayes-text-classifier');
  const nlp = require('wink-nlp-utils');
  const classifier = winkNB();
  classifier.definePrepTasks([nlp.string.tokenize0, nlp.tokens.removeWords, nlp.tokens.stem]);
  return {
    learn(text, label) {
      classifier.learn(text, label);
    },
    finish() {
      classifier.consolidate();
    },
    check(text) {
      const odds = classifier.computeOdds(text);
      const spam = odds.find(([label]) => label === 'spam');
      // Its odds are log2; 'unknown' (no known token) has odds 0: an even score, decided ham.
      const score = spam ? sigmoid(spam[1] * Math.LN2) : 0.5;
      return { decision: odds[0]?.[0] === 'spam' ? 'spam' : 'ham', score, rank: spam ? spam[1] : 0 };
    },
  };
}

/**
 * A plain multinomial naive Bayes in a few lines, as a textbook writes it: lowercase Unicode
 * words, term counts, Laplace smoothing, class prior. The floor every smarter classifier must beat.
 */
export function plainNbPeer() {
  const WORD = /[\p{L}\p{N}_]+/gu;
  const counts = { spam: new Map(), ham: new Map() };
  const totals = { spam: 0, ham: 0 };
  const docs = { spam: 0, ham: 0 };
  const vocabulary = new Set();
  const words = (text) => text.toLowerCase().match(WORD) ?? [];
  return {
    learn(text, label) {
      docs[label]++;
      for (const w of words(text)) {
        counts[label].set(w, (counts[label].get(w) ?? 0) + 1);
        totals[label]++;
        vocabulary.add(w);
      }
    },
    finish() {},
    check(text) {
      const v = vocabulary.size;
      let odds = Math.log((docs.spam + 1) / (docs.ham + 1));
      for (const w of words(text)) {
        if (!vocabulary.has(w)) continue;
        odds += Math.log(((counts.spam.get(w) ?? 0) + 1) / (totals.spam + v)) - Math.log(((counts.ham.get(w) ?? 0) + 1) / (totals.ham + v));
      }
      // rank: the log-odds themselves, so very sure scores do not tie at 1.0 in the operating points.
      return { decision: odds > 0 ? 'spam' : 'ham', score: sigmoid(odds), rank: odds };
    },
  };
}

export const PEERS = [
  { name: 'plain multinomial NB', make: plainNbPeer },
  { name: 'natural BayesClassifier', make: naturalPeer },
  { name: 'bayes (npm)', make: bayesPeer },
  { name: 'wink-naive-bayes', make: winkPeer },
];

// Rennie et al. 2003 ("Tackling the Poor Assumptions of Naive Bayes Text Classifiers") and Wang &
// Manning 2012 ("Baselines and Bigrams", NB log-count ratios) measured on spamsift's own token
// stream, for bench/loco.mjs --study nb. The classifier here is a bench-side copy of the shipped
// one (binarized multinomial NB over the expanded tokens, x = raw / used^0.5, Platt calibration on
// exact leave-one-out scores of a hash-chosen sample of at most 4,000 learned documents, pulled
// toward the default slope/offset) with the per-token weight made pluggable; the variant 'bench
// copy of default' checks that the copy scores like src/ does. Kept out of src/ on purpose: most
// of these need what the store does not give (vocabulary-wide sums, fractional counts, per-token
// trained weights), see docs/quality.md "Complement NB and NB-SVM, leave-one-corpus-out".
//
// Weights, for a token with spam/ham document counts s, h (training counts; fractional with
// training length normalization), class totals S, H of those counts, V the known vocabulary:
//   nb      r = log((s+α)/(S+αV)) − log((h+α)/(H+αV)), plus the prior log(Sd/Hd) once (shipped)
//   cnb     complement NB: for two classes the complement of spam is ham, so Rennie's CNB score
//           is r without the prior (the same ranking before calibration; measured because the
//           prior interacts with the length normalization)
//   wcnb    weight-normalized CNB: each class's log-probabilities divided by their vocabulary-wide
//           sum of magnitudes (rescaled by the mean of the two, which changes nothing but the
//           calibration's starting point)
//   tln     Rennie's document length normalization at training: a document adds 1/√(its tokens)
//           to its tokens' counts instead of 1 (TF is moot: tokens are already binarized)
//   bern    per-document rates: log((s+α)/(Sd+2α)) − log((h+α)/(Hd+2α))
//   shrink  confidence: r · n/(n+k), n = s+h (rare tokens say less)
//   clip    r bounded to ±c
//   kinds   r times a scale per token kind (word, bigram, synthetic, rule, character n-gram)
//   mean    the interpolation w = (1−β)·mean|r| + β·r (mean over the known vocabulary)
//   nblr    Wang & Manning with logistic regression (or their SVM's hinge loss): features
//           r_i·x_i/√used, weights w (start 1 = NB, L2 toward 0 or toward 1), epochs of seeded SGD, then w' = (1−β)·mean|w| + β·w; token
//           weight w'_i·r_i. Its calibration is cross-fitted (two halves of the training set: a
//           trained model has no exact leave-one-out score).
const SLOPE = 0.6654;
const OFFSET = -3.1338;
const POWER = 0.5;
const SAMPLE = 4000;
const CLAMP = 12;
const MAX_DOCUMENT_TOKENS = 2000;

const logit = (p) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** FNV-1a as the store's sample uses it: the same documents calibrate the copy and src/. */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Token ids of every analysed item, interned once per corpus: `learn` is what learning stores
 * (bounded, distinct), `query` what classification looks up (distinct).
 */
export function internCorpus(lib, analyses) {
  const ids = new Map();
  const idOf = (t) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const config = lib.DEFAULT_BAYES_CONFIG;
  const distinct = (tokens) => Int32Array.from(new Set(tokens.map(idOf)));
  const docs = analyses.map((a) => {
    const expanded = lib.expandTokens(a.tokens, config);
    // boundTokens reads typed tokens (src/bayes/expand.ts); the copy keeps text forms as its ids' keys.
    const bounded = lib.tokenTexts(lib.boundTokens(lib.parseTokenTexts(expanded), MAX_DOCUMENT_TOKENS));
    return { learn: distinct(bounded), query: distinct(expanded) };
  });
  // Each token's kind, as the pipeline spells it (src/bayes/expand.ts scans the same way).
  const kinds = new Uint8Array(ids.size);
  for (const [token, id] of ids) kinds[id] = kindOf(token);
  // Disguise tokens count toward spam only, as src/bayes/store.ts's isDisguiseToken says.
  const disguise = new Uint8Array(ids.size);
  for (const [token, id] of ids) disguise[id] = token.startsWith('obf:') || token.startsWith('rule:OBFUSCATION_') ? 1 : 0;
  return { docs, size: ids.size, kinds, disguise };
}

export const KIND_WORD = 0, KIND_BIGRAM = 1, KIND_SYNTHETIC = 2, KIND_RULE = 3, KIND_GRAM = 4;
function kindOf(token) {
  if (token.startsWith('~')) return KIND_GRAM;
  if (token.startsWith('rule:')) return KIND_RULE;
  if (token.includes(':')) return KIND_SYNTHETIC;
  return token.includes(' ') ? KIND_BIGRAM : KIND_WORD;
}

/** Per-token weight makers: (s, h, totals, params) → weight, and whether the prior is added. */
function weightOf(kind, p) {
  const a = p.alpha ?? 1;
  const r = (s, h, t) => Math.log(s + a) - Math.log(h + a) + t.shift;
  switch (kind) {
    case 'nb':
    case 'tln':
    case 'nblr':
      return r;
    case 'cnb':
      return r;
    case 'wcnb':
      return (s, h, t) => (Math.log((s + a) / t.spamDenominator) * t.zMean) / t.zSpam - (Math.log((h + a) / t.hamDenominator) * t.zMean) / t.zHam;
    case 'bern':
      return (s, h, t) => Math.log((s + a) / (t.spamDocs + 2 * a)) - Math.log((h + a) / (t.hamDocs + 2 * a));
    case 'shrink':
      return (s, h, t) => r(s, h, t) * ((s + h) / (s + h + p.k));
    case 'clip':
      return (s, h, t) => Math.max(-p.c, Math.min(p.c, r(s, h, t)));
    case 'mean':
      return (s, h, t) => (1 - p.beta) * t.meanAbs + p.beta * r(s, h, t);
    default:
      throw new Error(`nb-variants: unknown kind ${kind}`);
  }
}

/** Counts and totals of the training documents `train` (indexes into docs). */
function countFold(corpus, labels, train, kind) {
  const spam = new Float64Array(corpus.size);
  const ham = new Float64Array(corpus.size);
  let spamDocs = 0, hamDocs = 0, spamTokens = 0, hamTokens = 0;
  for (const i of train) {
    const ids = corpus.docs[i].learn;
    const add = kind === 'tln' ? 1 / Math.sqrt(Math.max(ids.length, 1)) : 1;
    const side = labels[i] === 'spam' ? spam : ham;
    for (const id of ids) side[id] += add;
    if (labels[i] === 'spam') { spamDocs++; spamTokens += add * ids.length; } else { hamDocs++; hamTokens += add * ids.length; }
  }
  let vocabulary = 0;
  for (let id = 0; id < corpus.size; id++) if (spam[id] > 0 || ham[id] > 0) vocabulary++;
  return { spam, ham, totals: { spamDocs, hamDocs, spamTokens, hamTokens, vocabulary } };
}

/** Derived totals a weight needs (shift, denominators, vocabulary-wide sums). */
function derive(counts, totals, p, withGlobals) {
  const a = p.alpha ?? 1;
  const t = { ...totals };
  t.spamDenominator = t.spamTokens + a * t.vocabulary;
  t.hamDenominator = t.hamTokens + a * t.vocabulary;
  t.shift = Math.log(t.hamDenominator) - Math.log(t.spamDenominator);
  if (withGlobals) {
    // Vocabulary-wide sums (WCNB's normalizers, the mean |r|): computed once per fit from the full
    // counts and kept for the leave-one-out scores (one document moves them by about 1/n).
    let zSpam = 0, zHam = 0, sumAbs = 0;
    const { spam, ham } = counts;
    for (let id = 0; id < spam.length; id++) {
      if (spam[id] === 0 && ham[id] === 0) continue;
      const ls = Math.log((spam[id] + a) / t.spamDenominator);
      const lh = Math.log((ham[id] + a) / t.hamDenominator);
      zSpam -= ls;
      zHam -= lh;
      sumAbs += Math.abs(ls - lh);
    }
    t.zSpam = zSpam;
    t.zHam = zHam;
    t.zMean = (zSpam + zHam) / 2;
    t.meanAbs = sumAbs / Math.max(t.vocabulary, 1);
  }
  return t;
}

/** A trained scorer: x(ids) is the normalized raw evidence; xLeaveOut the exact leave-one-out one. */
function fitNb(corpus, labels, train, variant) {
  const { kind, params = {} } = variant;
  const counts = countFold(corpus, labels, train, kind);
  const t = derive(counts, counts.totals, params, true);
  const base = weightOf(kind === 'kinds' ? 'nb' : kind, params);
  // Per-kind scale (variant 'kinds'): a token's weight times the scale of its kind.
  const scale = Float64Array.from([params.word ?? 1, params.bigram ?? 1, params.synthetic ?? 1, params.rule ?? 1, params.gram ?? 1]);
  const kinds = corpus.kinds;
  const weight = kind === 'kinds' ? (s, h, t, id) => base(s, h, t) * scale[kinds[id]] : base;
  const prior = kind === 'kinds' || kind === 'nb' || kind === 'tln' || kind === 'shrink' || kind === 'clip' || kind === 'bern';
  const { spam, ham } = counts;
  const disguise = corpus.disguise;
  const x = (ids) => {
    let raw = prior ? Math.log(t.spamDocs / t.hamDocs) : 0;
    let used = 0;
    for (const id of ids) {
      const s = spam[id], h = ham[id];
      if (s === 0 && h === 0) continue;
      const w = weight(s, h, t, id);
      if (disguise[id] === 1 && w < 0) continue;
      raw += w;
      used++;
    }
    return raw / Math.pow(Math.max(used, 1), POWER);
  };
  const xLeaveOut = (i) => {
    const ids = corpus.docs[i].learn;
    const isSpam = labels[i] === 'spam';
    const add = kind === 'tln' ? 1 / Math.sqrt(Math.max(ids.length, 1)) : 1;
    let vanished = 0;
    for (const id of ids) if ((isSpam ? spam[id] - add : ham[id] - add) <= 1e-12 && (isSpam ? ham[id] : spam[id]) === 0) vanished++;
    const left = {
      spamDocs: t.spamDocs - (isSpam ? 1 : 0),
      hamDocs: t.hamDocs - (isSpam ? 0 : 1),
      spamTokens: t.spamTokens - (isSpam ? add * ids.length : 0),
      hamTokens: t.hamTokens - (isSpam ? 0 : add * ids.length),
      vocabulary: t.vocabulary - vanished,
    };
    const u = { ...derive(null, left, params, false), zSpam: t.zSpam, zHam: t.zHam, zMean: t.zMean, meanAbs: t.meanAbs };
    const weights = [];
    for (const id of ids) {
      const s = spam[id] - (isSpam ? add : 0), h = ham[id] - (isSpam ? 0 : add);
      if (s <= 1e-12 && h <= 1e-12) continue;
      const w = weight(Math.max(s, 0), Math.max(h, 0), u, id);
      if (disguise[id] === 1 && w < 0) continue;
      weights.push(w);
    }
    weights.sort((p, q) => p - q);
    let raw = prior ? Math.log(u.spamDocs / u.hamDocs) : 0;
    for (const w of weights) raw += w;
    return raw / Math.pow(Math.max(weights.length, 1), POWER);
  };
  return { x, xLeaveOut };
}

/** NB-LR: ratios r from the counts, a logistic regression over r-scaled binary features. */
function fitNbLr(corpus, labels, train, variant, random) {
  const { params } = variant;
  const counts = countFold(corpus, labels, train, 'nb');
  const t = derive(counts, counts.totals, params, false);
  const { spam, ham } = counts;
  const a = params.alpha ?? 1;
  const r = new Float64Array(corpus.size);
  for (let id = 0; id < corpus.size; id++) if (spam[id] > 0 || ham[id] > 0) r[id] = Math.log(spam[id] + a) - Math.log(ham[id] + a) + t.shift;
  const w = new Float64Array(corpus.size).fill(1);
  let b = Math.log(t.spamDocs / t.hamDocs);
  const order = Array.from(train);
  const rate = params.rate ?? 0.05;
  const l2 = params.l2 ?? 1e-4;
  // L2 toward 0 (Wang & Manning), or toward 1: the NB weights themselves.
  const anchor = params.anchored ? 1 : 0;
  for (let epoch = 0; epoch < (params.epochs ?? 3); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const ids = corpus.docs[i].learn;
      const scale = 1 / Math.pow(Math.max(ids.length, 1), POWER);
      let z = b;
      for (const id of ids) z += w[id] * r[id] * scale;
      const y = labels[i] === 'spam' ? 1 : 0;
      // Log loss, or the hinge (NB-SVM proper: a subgradient step only inside the margin).
      const g = params.hinge ? (y === 1 ? (z < 1 ? -1 : 0) : z > -1 ? 1 : 0) : sigmoid(z) - y;
      for (const id of ids) w[id] -= rate * (g * r[id] * scale + l2 * (w[id] - anchor));
      b -= rate * g;
    }
  }
  let sumAbs = 0, known = 0;
  for (let id = 0; id < corpus.size; id++) if (r[id] !== 0) { sumAbs += Math.abs(w[id]); known++; }
  const mean = sumAbs / Math.max(known, 1);
  const beta = params.beta ?? 1;
  const x = (ids) => {
    let raw = b;
    let used = 0;
    for (const id of ids) {
      if (spam[id] === 0 && ham[id] === 0) continue;
      raw += ((1 - beta) * mean + beta * w[id]) * r[id];
      used++;
    }
    // The LR's features were scaled by 1/√used; the bias stays outside the normalization.
    return b + (raw - b) / Math.pow(Math.max(used, 1), POWER);
  };
  return { x };
}

/** The calibrated scorer of one fold: l(ids) = clamped logit of the calibrated probability. */
function trainCalibrated(lib, corpus, labels, train, variant, seed) {
  if (variant.kind === 'nblr') {
    // Cross-fitted calibration: each half scored by a model of the other half.
    const halves = [[], []];
    const shuffled = Array.from(train);
    const random = lib.mulberry32(seed);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    shuffled.forEach((i, k) => halves[k % 2].push(i));
    const xs = [], ys = [];
    for (const [fitOn, scoreOn] of [[halves[0], halves[1]], [halves[1], halves[0]]]) {
      const m = fitNbLr(corpus, labels, fitOn, variant, lib.mulberry32(seed + 1));
      for (const i of scoreOn.slice(0, SAMPLE / 2)) { xs.push(m.x(corpus.docs[i].query)); ys.push(labels[i] === 'spam'); }
    }
    const c = lib.fitCalibration(xs, ys, { prior: { slope: SLOPE, offset: OFFSET }, priorStrength: 2, smoothTargets: false });
    const m = fitNbLr(corpus, labels, train, variant, lib.mulberry32(seed + 1));
    return (ids) => sigmoid(c.slope * m.x(ids) + c.offset);
  }
  const m = fitNb(corpus, labels, train, variant);
  const sample = Array.from(train, (i) => ({ i, id: `d${i}`, hash: hash32(`d${i}`) }))
    .sort((p, q) => p.hash - q.hash || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0))
    .slice(0, SAMPLE);
  const spamDocs = train.filter((i) => labels[i] === 'spam').length;
  const xs = [], ys = [];
  for (const { i } of sample) {
    if ((labels[i] === 'spam' ? spamDocs : train.length - spamDocs) < 2) continue;
    xs.push(m.xLeaveOut(i));
    ys.push(labels[i] === 'spam');
  }
  const c = lib.fitCalibration(xs, ys, { prior: { slope: SLOPE, offset: OFFSET }, priorStrength: 2, smoothTargets: false });
  return (ids) => sigmoid(c.slope * m.x(ids) + c.offset);
}

/** Out-of-fold rows { l, points, spam, fold } as bench/lib/oof.mjs gives them, for a bench variant. */
export function outOfFoldBench(lib, items, analyses, corpus, splits, variant) {
  const labels = items.map((it) => it.label);
  const rows = [];
  splits.forEach((split, fold) => {
    const p = trainCalibrated(lib, corpus, labels, split.train, variant, 1000 + fold);
    for (const i of split.test) {
      const l = logit(p(corpus.docs[i].query));
      rows.push({ l: Math.min(Math.max(l, -CLAMP), CLAMP), points: analyses[i].points, spam: labels[i] === 'spam', fold });
    }
  });
  return rows;
}

/**
 * The study: each entry a family of hyper-parameter settings; bench/loco.mjs --study nb picks a
 * family's member on three corpora and reports it on the fourth.
 */
const family = (name, kind, settings) => settings.map(([label, params]) => ({ name: `${name} ${label}`.trim(), family: name, kind, params }));
export const NB_VARIANTS = [
  ...family('bench copy of default', 'nb', [['', {}]]),
  ...family('CNB', 'cnb', [['α 1', {}], ['α 0.5', { alpha: 0.5 }], ['α 0.1', { alpha: 0.1 }]]),
  ...family('WCNB', 'wcnb', [['α 1', {}], ['α 0.5', { alpha: 0.5 }], ['α 0.1', { alpha: 0.1 }]]),
  ...family('NB + length-normalized training', 'tln', [['α 1', {}], ['α 0.5', { alpha: 0.5 }], ['α 0.1', { alpha: 0.1 }]]),
  ...family('per-document rates', 'bern', [['α 1', {}], ['α 0.5', { alpha: 0.5 }]]),
  ...family('NB, shrink rare', 'shrink', [['k 0.5', { k: 0.5 }], ['k 1', { k: 1 }], ['k 3', { k: 3 }]]),
  ...family('NB, clip', 'clip', [['±3', { c: 3 }], ['±4', { c: 4 }], ['±6', { c: 6 }]]),
  ...family('NB, toward mean|r|', 'mean', [['β 0.25', { beta: 0.25 }], ['β 0.5', { beta: 0.5 }], ['β 0.75', { beta: 0.75 }], ['β 0.9', { beta: 0.9 }]]),
  ...family('NB, per-kind scale', 'kinds', [
    ['bigrams 0.5', { bigram: 0.5 }],
    ['grams 0.5', { gram: 0.5 }],
    ['bigrams 0.5, grams 0.5', { bigram: 0.5, gram: 0.5 }],
    ['synthetic 0.5', { synthetic: 0.5 }],
    ['rules 0.5', { rule: 0.5 }],
    ['rules 2', { rule: 2 }],
    ['synthetic 2, rules 2', { synthetic: 2, rule: 2 }],
    ['bigrams 0.5, synthetic 2, rules 2', { bigram: 0.5, synthetic: 2, rule: 2 }],
  ]),
  ...family('NB-LR', 'nblr', [
    ['β 1, 3 epochs', { beta: 1, epochs: 3 }],
    ['β 1, 10 epochs', { beta: 1, epochs: 10 }],
    ['β 1, 20 epochs', { beta: 1, epochs: 20 }],
    ['β 0.5, 10 epochs', { beta: 0.5, epochs: 10 }],
    ['β 0.25, 10 epochs', { beta: 0.25, epochs: 10 }],
    ['β 1, 10 epochs, L2 1e-3', { beta: 1, epochs: 10, l2: 1e-3 }],
    ['β 1, 40 epochs', { beta: 1, epochs: 40 }],
    ['β 1, 80 epochs', { beta: 1, epochs: 80 }],
    ['β 1, 20 epochs, L2 toward NB 1e-3', { beta: 1, epochs: 20, l2: 1e-3, anchored: true }],
    ['hinge, β 0.25, 20 epochs', { beta: 0.25, epochs: 20, hinge: true }],
    ['hinge, β 1, 20 epochs', { beta: 1, epochs: 20, hinge: true }],
  ]),
];

/** One NB-LR fit on `train` (no calibration), for timing what a refit would cost. */
export function timeNbLrFit(lib, corpus, labels, train, params) {
  return fitNbLr(corpus, labels, train, { kind: 'nblr', params }, lib.mulberry32(1));
}

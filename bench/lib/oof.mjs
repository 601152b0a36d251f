// Out-of-fold rows for the studies (bench/loco.mjs): every comment of a corpus analyzed once
// per tokenization, then each fold's classifier (a Bayes config) scores its test part. A row
// keeps what the verdict combines: the classifier's calibrated log-odds and the rule points, so
// decision constants can be searched without retraining.
export const BAYES_CLAMP = 12;
const logit = (p) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

/** At most `max` items, the same share of each class, chosen by a seeded shuffle (corpus order kept). */
export function subsample(lib, items, max, seed) {
  if (!max || items.length <= max) return items;
  return subsampleIndexes(lib, items, max, seed).map((i) => items[i]);
}

/** Indexes (ascending) of subsample's choice: the learning curve keeps its folds by index. */
export function subsampleIndexes(lib, items, max, seed) {
  if (!max || items.length <= max) return items.map((_, i) => i);
  const keep = [];
  for (const label of ['spam', 'ham']) {
    const members = items.map((it, i) => (it.label === label ? i : -1)).filter((i) => i >= 0);
    const random = lib.mulberry32(seed);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    keep.push(...members.slice(0, Math.round((members.length / items.length) * max)));
  }
  return keep.sort((a, b) => a - b);
}

/** Pipeline output of every item for one moderator language: tokens and rule points. */
export function analyzeAll(lib, items, language) {
  const moderator = lib.createModerator(language === undefined ? {} : { language });
  return items.map((it) => {
    const a = moderator.analyze(it.comment);
    return { tokens: a.tokens, text: a.features.normalized.body.text, points: a.hits.reduce((s, h) => s + h.points, 0) };
  });
}

const SHAPE_PREFIXES = ['num:', 'sym:', 'chunk:', 'punct:'];
const isShape = (t) => SHAPE_PREFIXES.some((p) => t.startsWith(p));

/** The analyses without shape tokens (what the pipeline gave before session 5). */
export function withoutShapes(analyses) {
  return analyses.map((a) => ({ ...a, tokens: a.tokens.filter((t) => !isShape(t)) }));
}

/**
 * The analyses with these shape tokens (src/features/shapes.ts) in place of the pipeline's own:
 * `shapes` is a partial ShapeOptions over no family on, `false` for none at all.
 */
export function withShapes(lib, analyses, shapes) {
  if (shapes === false) return withoutShapes(analyses);
  const options = { numbers: false, symbols: false, chunks: false, emphasis: false, ...shapes };
  return analyses.map((a) => ({ ...a, tokens: [...a.tokens.filter((t) => !isShape(t)), ...lib.textShapes(a.text, options)] }));
}

/**
 * Out-of-fold rows { l, points, spam, fold } for one Bayes config: l is the clamped logit of the
 * classifier's calibrated probability, as the verdict reads it.
 */
export function outOfFold(lib, items, analyses, splits, config) {
  const rows = [];
  splits.forEach((split, fold) => {
    const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config });
    for (const i of split.train) c.learn(`d${i}`, analyses[i].tokens, items[i].label);
    for (const i of split.test) {
      const p = c.classify(analyses[i].tokens).probability;
      rows.push({ l: Math.min(Math.max(logit(p), -BAYES_CLAMP), BAYES_CLAMP), points: analyses[i].points, spam: items[i].label === 'spam', fold });
    }
  });
  return rows;
}

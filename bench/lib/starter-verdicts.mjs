// A starter's verdicts recomputed for any constants (bench/starter-grid.mjs, bench/starter-blog.mjs):
// each comment is checked once with a starter and its rule points and the starter's probability
// are kept; the verdict of a constant set is then computed from those numbers with the formula of
// src/verdict/starter.ts and the rule of src/verdict/decide.ts that the starter holds but never
// blocks (spam only when the rules alone say spam).

/** [isSpam, rule points, starter probability, tokens the starter knows] per comment. */
export function collect(spamsift, model, list, options = {}) {
  const m = spamsift.createModerator({ ...options, starter: model });
  return list.map(({ comment, label }) => {
    let rules = 0;
    let p = 0;
    let known = 0;
    for (const r of m.check(comment).reasons) {
      if (r.id !== 'BAYES_STARTER') rules += r.points;
      else {
        // The reason's description carries the probability to 0.1 % and the tokens it knows.
        const [, pct, n] = /gives ([\d.]+)% spam from (\d+) known/.exec(r.description);
        p = Number(pct) / 100;
        known = Number(n);
      }
    }
    return [label === 'spam', Math.round(rules * 100) / 100, p, known];
  });
}

// src/verdict/starter.ts, with its constants as parameters: bias b, points per logit k, cap M,
// and the cap A when no rule hit (9 = no such cap).
export function points(p, c) {
  const l = p <= 0 ? -12 : p >= 1 ? 12 : Math.min(Math.max(Math.log(p / (1 - p)), -12), 12);
  return Math.round(Math.min(Math.max((l + c.b) * c.k, 0), c.M) * 100) / 100;
}

/** Spam flagged, ham decided spam and ham held (percent and counts) of collected rows under constants c. */
export function rates(rows, c) {
  let ns = 0, nh = 0, flagged = 0, hamSpam = 0, hamHeld = 0;
  for (const [spam, rules, p, known] of rows) {
    const given = known < c.G ? 0 : points(p, c);
    const s = rules + (rules > 0 ? given : Math.min(given, c.A));
    // It holds, it never blocks: spam only when the rules alone reach the spam threshold.
    if (spam) {
      ns++;
      if (s >= 3) flagged++;
    } else {
      nh++;
      if (rules >= 5) hamSpam++;
      else if (s >= 3) hamHeld++;
    }
  }
  return { flagged: (100 * flagged) / ns, hamSpam: (100 * hamSpam) / nh, hamHeld: (100 * hamHeld) / nh, flaggedN: flagged, spamN: ns, hamN: nh, hamSpamN: hamSpam, hamHeldN: hamHeld };
}

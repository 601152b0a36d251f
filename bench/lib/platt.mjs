// Platt scaling: fits p = sigmoid(a·x + b) to labeled raw scores by Newton's method on the
// log-loss, with Platt's target smoothing so separable data does not push a to infinity.
export function fitPlatt(xs, ys, { iterations = 100 } = {}) {
  const nPos = ys.filter(Boolean).length;
  const nNeg = ys.length - nPos;
  const hi = (nPos + 1) / (nPos + 2);
  const lo = 1 / (nNeg + 2);
  let a = 0.1;
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    let g1 = 0, g2 = 0, h11 = 1e-9, h12 = 0, h22 = 1e-9;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const t = ys[i] ? hi : lo;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - t;
      const w = p * (1 - p);
      g1 += d * x; g2 += d;
      h11 += w * x * x; h12 += w * x; h22 += w;
    }
    const det = h11 * h22 - h12 * h12;
    if (Math.abs(det) < 1e-18) break;
    const da = (h22 * g1 - h12 * g2) / det;
    const db = (h11 * g2 - h12 * g1) / det;
    a -= da; b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { slope: a, offset: b };
}

/** Mean log-loss of probabilities against labels (lower is better calibrated). */
export function logLoss(ps, ys) {
  let s = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = Math.min(Math.max(ps[i], 1e-12), 1 - 1e-12);
    s -= ys[i] ? Math.log(p) : Math.log(1 - p);
  }
  return s / ps.length;
}

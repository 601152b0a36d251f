// Logistic fits for calibration studies: Platt scaling (one input) and a small multi-input
// logistic regression (stacking rule points with the Bayes log-odds). Inputs are standardized
// and Newton steps damped, so separable data converges instead of running off to infinity;
// Platt's target smoothing keeps the probabilities away from exactly 0 and 1.
export function fitLogistic(rows, ys, { iterations = 200, ridge = 1e-3, weights: rowWeights = null } = {}) {
  const d = rows[0]?.length ?? 0;
  const mean = new Array(d).fill(0), sd = new Array(d).fill(0);
  for (const r of rows) r.forEach((v, j) => (mean[j] += v / rows.length));
  for (const r of rows) r.forEach((v, j) => (sd[j] += (v - mean[j]) ** 2 / rows.length));
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const X = rows.map((r) => [...r.map((v, j) => (v - mean[j]) / sd[j]), 1]);
  const nPos = ys.filter(Boolean).length, nNeg = ys.length - nPos;
  const hi = (nPos + 1) / (nPos + 2), lo = 1 / (nNeg + 2);
  const k = d + 1;
  let w = new Array(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array(k).fill(0);
    const H = Array.from({ length: k }, () => new Array(k).fill(0));
    for (let i = 0; i < X.length; i++) {
      const x = X[i];
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const t = ys[i] ? hi : lo;
      const rw = rowWeights ? rowWeights[i] : 1;
      const q = rw * p * (1 - p);
      for (let a = 0; a < k; a++) {
        g[a] += rw * (p - t) * x[a];
        for (let b = 0; b < k; b++) H[a][b] += q * x[a] * x[b];
      }
    }
    for (let a = 0; a < d; a++) { g[a] += ridge * w[a]; H[a][a] += ridge; }
    const step = solve(H, g);
    let size = 0;
    for (let a = 0; a < k; a++) { const s = Math.max(-5, Math.min(5, step[a])); w[a] -= s; size = Math.max(size, Math.abs(s)); }
    if (size < 1e-10) break;
  }
  // Back to the raw input scale: z = Σ w_j (x_j − mean_j)/sd_j + w_k.
  const weights = w.slice(0, d).map((v, j) => v / sd[j]);
  const intercept = w[d] - w.slice(0, d).reduce((s, v, j) => s + (v * mean[j]) / sd[j], 0);
  return { weights, intercept };
}

function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const pivot = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / pivot;
      for (let j = c; j <= n; j++) M[r][j] -= f * M[c][j];
    }
  }
  return M.map((row, i) => row[n] / (row[i] || 1e-12));
}

export function fitPlatt(xs, ys, rowWeights = null) {
  const { weights, intercept } = fitLogistic(xs.map((x) => [x]), ys, { weights: rowWeights });
  return { slope: weights[0], offset: intercept };
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

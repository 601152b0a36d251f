// The report's two charts as inline SVG (no script, no network): the score histogram of each
// class and the ROC curve with the operating points of the thresholds.
import { type Thresholds } from '../index.js';
import { rocCurve } from '../evaluate/index.js';
import { html, type Markup } from './html.js';

const SPAM_COLOR = '#c0392b';
const HAM_COLOR = '#2471a3';
const THRESHOLD_KEYS = ['moderate', 'spam', 'discard'] as const;
const MARK_STYLE = {
  moderate: { fill: '#ffffff', stroke: '#1c2833' },
  spam: { fill: '#1c2833', stroke: '#1c2833' },
  discard: { fill: SPAM_COLOR, stroke: '#1c2833' },
} as const;

function n(x: number): string {
  return Number.isFinite(x) ? (Math.round(x * 10) / 10).toString() : '0';
}

function bins(scores: readonly number[], count: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (const s of scores) {
    const i = Math.min(count - 1, Math.max(0, Math.floor(s * count)));
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/** Score histogram, spam and ham side by side per bin, log-scaled counts (scores pile up near 0 and 1). */
export function histogramSvg(spamScores: readonly number[], hamScores: readonly number[], thresholds: Thresholds): Markup {
  const W = 720;
  const H = 280;
  const left = 48;
  const right = 12;
  const top = 30;
  const bottom = 40;
  const binCount = 20;
  const spam = bins(spamScores, binCount);
  const ham = bins(hamScores, binCount);
  const max = Math.max(1, ...spam, ...ham);
  const logMax = Math.log10(max + 1);
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const y = (c: number): number => top + plotH - (Math.log10(c + 1) / logMax) * plotH;
  const x = (score: number): number => left + score * plotW;
  const binW = plotW / binCount;
  const bars: Markup[] = [];
  for (let i = 0; i < binCount; i++) {
    const pairs: [number, string, string][] = [
      [ham[i] ?? 0, HAM_COLOR, 'ham'],
      [spam[i] ?? 0, SPAM_COLOR, 'spam'],
    ];
    pairs.forEach(([c, color, label], k) => {
      if (c === 0) return;
      const bx = left + i * binW + 1 + k * (binW / 2 - 1);
      const range = `${(i / binCount).toFixed(2)}–${((i + 1) / binCount).toFixed(2)}`;
      bars.push(html`<rect x="${n(bx)}" y="${n(y(c))}" width="${n(binW / 2 - 1)}" height="${n(top + plotH - y(c))}" fill="${color}"><title>${label} ${range}: ${c}</title></rect>`);
    });
  }
  const ticks: Markup[] = [];
  for (let p = 1; p <= max; p *= 10) {
    ticks.push(html`<line x1="${left - 4}" x2="${W - right}" y1="${n(y(p))}" y2="${n(y(p))}" stroke="#e5e8e8"/><text x="${left - 6}" y="${n(y(p) + 4)}" text-anchor="end">${p}</text>`);
  }
  const xTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((s) => html`<text x="${n(x(s))}" y="${H - bottom + 16}" text-anchor="middle">${s.toFixed(1)}</text>`);
  // Labels stacked one under another: spam and discard thresholds sit close together near 1.
  const lines = THRESHOLD_KEYS.map(
    (key, k) => html`<line x1="${n(x(thresholds[key]))}" x2="${n(x(thresholds[key]))}" y1="${top}" y2="${top + plotH}" stroke="${key === 'discard' ? SPAM_COLOR : '#1c2833'}" stroke-dasharray="${key === 'discard' ? '2 2' : '4 3'}"/><text x="${n(x(thresholds[key]) - 3)}" y="${top + 10 + k * 12}" text-anchor="end" font-size="10" stroke="#ffffff" stroke-width="3" paint-order="stroke">${key} ${thresholds[key]}</text>`,
  );
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" font-size="11" role="img" aria-label="score histogram per class">
<g>${ticks}${xTicks}<line x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#909497"/></g>
${bars}${lines}
<text x="${left + plotW / 2}" y="${H - 6}" text-anchor="middle">score</text>
<text x="12" y="${top + plotH / 2}" text-anchor="middle" transform="rotate(-90 12 ${top + plotH / 2})">comments (log scale)</text>
<g><rect x="${left}" y="6" width="10" height="10" fill="${HAM_COLOR}"/><text x="${left + 14}" y="15">ham</text><rect x="${left + 54}" y="6" width="10" height="10" fill="${SPAM_COLOR}"/><text x="${left + 68}" y="15">spam</text></g>
</svg>`;
}

/** Share of each class at or above a score: the ROC point of that threshold. */
function operatingPoint(spamScores: readonly number[], hamScores: readonly number[], t: number): { fpr: number; tpr: number } {
  let tp = 0;
  for (const s of spamScores) if (s >= t) tp++;
  let fp = 0;
  for (const s of hamScores) if (s >= t) fp++;
  return { fpr: hamScores.length ? fp / hamScores.length : 0, tpr: spamScores.length ? tp / spamScores.length : 0 };
}

/** Smallest false-positive rate the log axis shows: a decade below one ham comment, so one mistake is visible. */
function logFloor(hamCount: number): number {
  const one = hamCount > 0 ? 1 / hamCount : 1e-3;
  return 10 ** Math.floor(Math.log10(one / 2));
}

function percentLabel(v: number): string {
  const p = v * 100;
  return `${p >= 1 ? p.toFixed(0) : String(Number(p.toPrecision(1)))} %`;
}

/**
 * ROC curve of the score, at most ~600 vertices, with the thresholds' operating points. The
 * false-positive axis is logarithmic: a linear 0–1 axis squeezes every useful operating point
 * (under 1 % of ham blocked) into its left edge. A rate of 0 sits on the axis' left edge.
 */
export function rocSvg(spamScores: readonly number[], hamScores: readonly number[], thresholds: Thresholds, auc: number): Markup {
  const S = 400;
  const pad = 60;
  const plot = S - pad - 24;
  const bottom = 12 + plot;
  const H = bottom + 44;
  const floor = logFloor(hamScores.length);
  const decades = -Math.log10(floor);
  const x = (fpr: number): number => pad + ((Math.log10(Math.max(fpr, floor)) + decades) / decades) * plot;
  const y = (tpr: number): number => 12 + plot - tpr * plot;
  const curve = rocCurve(spamScores, hamScores);
  const step = Math.max(1, Math.ceil(curve.length / 600));
  const kept = curve.filter((_, i) => i % step === 0 || i === curve.length - 1);
  const points = kept.map((p) => `${n(x(p.fpr))},${n(y(p.tpr))}`).join(' ');
  // Each threshold's dot, and a key line naming it with its rates (labels beside the dots collide: the dots sit close together near the top).
  const marks = THRESHOLD_KEYS.map((key, k) => {
    const p = operatingPoint(spamScores, hamScores, thresholds[key]);
    const style = MARK_STYLE[key];
    const text = `${key} ≥ ${thresholds[key]}: ${(p.tpr * 100).toFixed(1)} % of spam, ${(p.fpr * 100).toFixed(2)} % of ham`;
    const ky = 12 + plot - 52 + k * 14;
    return html`<circle cx="${n(x(p.fpr))}" cy="${n(y(p.tpr))}" r="4" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"><title>${text}</title></circle><circle cx="${pad + 12}" cy="${ky - 3.5}" r="4" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/><text x="${pad + 21}" y="${ky}" font-size="10">${text}</text>`;
  });
  const xTicks: Markup[] = [];
  for (let d = 0; d <= decades; d++) {
    const v = floor * 10 ** d;
    xTicks.push(html`<line x1="${n(x(v))}" x2="${n(x(v))}" y1="12" y2="${12 + plot}" stroke="#e5e8e8"/><text x="${n(x(v))}" y="${bottom + 16}" text-anchor="middle">${d === 0 ? `≤ ${percentLabel(v)}` : percentLabel(v)}</text>`);
  }
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((v) => html`<text x="${pad - 6}" y="${n(y(v) + 4)}" text-anchor="end">${v * 100} %</text>`);
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${S} ${H}" width="${S}" height="${H}" font-family="Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" font-size="11" role="img" aria-label="ROC curve, logarithmic false-positive axis">
<g>${xTicks}<rect x="${pad}" y="12" width="${plot}" height="${plot}" fill="none" stroke="#909497"/>${yTicks}</g>
<polyline points="${points}" fill="none" stroke="${SPAM_COLOR}" stroke-width="2"/>
${marks}
<text x="${pad + plot / 2}" y="${bottom + 34}" text-anchor="middle">ham at or above the score (log scale)</text>
<text x="14" y="${12 + plot / 2}" text-anchor="middle" transform="rotate(-90 14 ${12 + plot / 2})">spam caught</text>
<text x="${pad + plot - 6}" y="${12 + plot - 62}" text-anchor="end">AUC ${Number.isFinite(auc) ? auc.toFixed(4) : 'n/a'}</text>
</svg>`;
}

// The report's two charts as inline SVG (no script, no network): the score histogram of each
// class and the ROC curve with the operating points of the thresholds.
import { rocCurve, type Thresholds } from '../index.js';
import { html, type Markup } from './html.js';

const SPAM_COLOR = '#c0392b';
const HAM_COLOR = '#2471a3';

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
  const lines = (['moderate', 'spam'] as const).map(
    (key) => html`<line x1="${n(x(thresholds[key]))}" x2="${n(x(thresholds[key]))}" y1="${top}" y2="${top + plotH}" stroke="#1c2833" stroke-dasharray="4 3"/><text x="${n(x(thresholds[key]) - 3)}" y="${top + 10}" text-anchor="end" font-size="10">${key} ${thresholds[key]}</text>`,
  );
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-label="score histogram per class">
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

/** ROC curve of the score, at most ~600 vertices, with the thresholds' operating points. */
export function rocSvg(spamScores: readonly number[], hamScores: readonly number[], thresholds: Thresholds, auc: number): Markup {
  const S = 380;
  const pad = 60;
  const plot = S - pad - 12;
  const x = (fpr: number): number => pad + fpr * plot;
  const y = (tpr: number): number => 12 + plot - tpr * plot;
  const curve = rocCurve(spamScores, hamScores);
  const step = Math.max(1, Math.ceil(curve.length / 600));
  const kept = curve.filter((_, i) => i % step === 0 || i === curve.length - 1);
  const points = kept.map((p) => `${n(x(p.fpr))},${n(y(p.tpr))}`).join(' ');
  const marks = (['moderate', 'spam'] as const).map((key) => {
    const p = operatingPoint(spamScores, hamScores, thresholds[key]);
    return html`<circle cx="${n(x(p.fpr))}" cy="${n(y(p.tpr))}" r="4" fill="#1c2833"><title>${key} ≥ ${thresholds[key]}: ${(p.tpr * 100).toFixed(1)} % of spam, ${(p.fpr * 100).toFixed(2)} % of ham</title></circle><text x="${n(x(p.fpr) + 7)}" y="${n(y(p.tpr) + (key === 'spam' ? 14 : -4))}" font-size="10">${key} ≥ ${thresholds[key]}</text>`;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (v) => html`<text x="${n(x(v))}" y="${S - pad + 26}" text-anchor="middle">${v}</text><text x="${pad - 6}" y="${n(y(v) + 4)}" text-anchor="end">${v}</text>`,
  );
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${S} ${S}" width="${S}" height="${S}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-label="ROC curve">
<g><rect x="${pad}" y="12" width="${plot}" height="${plot}" fill="none" stroke="#909497"/>${ticks}</g>
<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#b3b6b7" stroke-dasharray="4 3"/>
<polyline points="${points}" fill="none" stroke="${SPAM_COLOR}" stroke-width="2"/>
${marks}
<text x="${pad + plot / 2}" y="${S - 4}" text-anchor="middle">ham wrongly flagged (false-positive rate)</text>
<text x="14" y="${12 + plot / 2}" text-anchor="middle" transform="rotate(-90 14 ${12 + plot / 2})">spam caught (true-positive rate)</text>
<text x="${pad + plot - 6}" y="${12 + plot - 8}" text-anchor="end">AUC ${Number.isFinite(auc) ? auc.toFixed(4) : 'n/a'}</text>
</svg>`;
}

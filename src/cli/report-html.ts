// `spamsift eval --report`: one self-contained HTML page (inline CSS and SVG, no script, no
// network; a Content-Security-Policy forbids both, in case a value ever escaped unescaped).
import type { CommentInput, EvaluationResult, LabeledComment, Prediction, Rule, Thresholds } from '../index.js';
import { decimal, describeSplit, metricRows, percent, ruleStats, silentRules } from './eval-stats.js';
import { html, type Markup } from './html.js';
import { histogramSvg, rocSvg } from './report-svg.js';

export interface ReportInput {
  /** The corpus as the user named it. */
  corpus: string;
  result: EvaluationResult;
  items: readonly LabeledComment[];
  rules: readonly Pick<Rule, 'id' | 'group' | 'score' | 'description'>[];
  thresholds: Thresholds;
  trainShare: number;
  version: string;
  command: string;
  generatedAt: string;
}

const EXAMPLES = 10;
const EXCERPT = 400;

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c2833;margin:2rem auto;max-width:1000px;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d5d8dc;padding-bottom:.2rem}
.sub{color:#566573;margin-top:0}table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f3f4;font-weight:600}tr:nth-child(even) td{background:#fbfcfc}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#717d7e;font-size:.9em}.charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}.charts figure{margin:0}
figcaption{color:#566573;font-size:.9em;max-width:720px}svg{fill:#1c2833;max-width:100%;height:auto}.excerpt{white-space:pre-wrap;overflow-wrap:anywhere;max-width:640px;font-size:.92em}
.spam{color:#c0392b}.ham{color:#2471a3}code{font-size:.92em}
`;

function confusionTable(result: EvaluationResult): Markup {
  const c = result.confusion;
  const cell = (value: number, total: number, good: boolean): Markup => {
    const share = total === 0 ? 0 : value / total;
    const tint = good ? `rgba(39,174,96,${(share * 0.45).toFixed(3)})` : `rgba(192,57,43,${(share * 0.45).toFixed(3)})`;
    return html`<td class="num" style="background:${tint}">${value.toLocaleString('en-US')}<br><span class="note">${percent(share)}</span></td>`;
  };
  const spamTotal = c.spam.ham + c.spam.moderate + c.spam.spam;
  const hamTotal = c.ham.ham + c.ham.moderate + c.ham.spam;
  return html`<table><tr><th>true label ↓ / decision →</th><th class="num">ham</th><th class="num">moderate</th><th class="num">spam</th></tr>
<tr><th class="spam">spam (${spamTotal})</th>${cell(c.spam.ham, spamTotal, false)}${cell(c.spam.moderate, spamTotal, true)}${cell(c.spam.spam, spamTotal, true)}</tr>
<tr><th class="ham">ham (${hamTotal})</th>${cell(c.ham.ham, hamTotal, true)}${cell(c.ham.moderate, hamTotal, false)}${cell(c.ham.spam, hamTotal, false)}</tr></table>`;
}

function ruleTable(input: ReportInput): Markup {
  const stats = ruleStats(input.result, input.rules);
  if (stats.length === 0) return html`<p>No rule fired on any test comment.</p>`;
  const rows = stats.map(
    (s) => html`<tr><td class="num">${percent(s.spamShare)}</td><td class="num">${percent(s.hamShare)}</td><td class="num">${decimal(s.so)}</td>
<td class="num">${s.score === null ? '' : s.score.toFixed(1)}</td><td><code>${s.id}</code></td><td>${s.group}</td><td>${s.description}</td></tr>`,
  );
  const silent = silentRules(input.result, input.rules);
  return html`<table><tr><th class="num">SPAM%</th><th class="num">HAM%</th><th class="num">S/O</th><th class="num">score</th><th>rule</th><th>group</th><th>description</th></tr>${rows}</table>
<p class="note">Share of the spam and of the ham test comments whose verdict gave the rule as a reason. S/O = SPAM% / (SPAM% + HAM%): 1.000 hits only spam, 0.000 only ham (SpamAssassin's STATISTICS).</p>
${silent.length > 0 ? html`<p><strong>${silent.length} rules never fired</strong> on this corpus: ${silent.map((r, i) => html`${i > 0 ? ', ' : ''}<code>${r.id}</code>`)}</p>` : ''}`;
}

function textOf(comment: CommentInput): { text: string; author: string } {
  if (typeof comment === 'string') return { text: comment, author: '' };
  return { text: comment.content, author: comment.author?.name ?? '' };
}

function examplesTable(input: ReportInput, predictions: Prediction[], empty: string): Markup {
  if (predictions.length === 0) return html`<p>${empty}</p>`;
  const rows = predictions.map((p) => {
    const item = input.items[p.index];
    const { text, author } = item ? textOf(item.comment) : { text: '', author: '' };
    const id = item && typeof item.comment !== 'string' ? (item.comment.id ?? '') : '';
    const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
    return html`<tr><td class="num">${decimal(p.score)}</td><td>${p.decision}</td><td>${id}</td><td>${author}</td><td class="excerpt">${excerpt}</td></tr>`;
  });
  return html`<table><tr><th class="num">score</th><th>decision</th><th>id</th><th>author</th><th>text</th></tr>${rows}</table>`;
}

export function renderReport(input: ReportInput): string {
  const { result, thresholds } = input;
  const hamFlagged = result.predictions
    .filter((p) => p.label === 'ham' && p.decision !== 'ham')
    .sort((a, b) => b.score - a.score)
    .slice(0, EXAMPLES);
  const spamMissed = result.predictions
    .filter((p) => p.label === 'spam' && p.decision !== 'spam')
    .sort((a, b) => a.score - b.score)
    .slice(0, EXAMPLES);
  const metrics = metricRows(result).map(
    (r) => html`<tr><td>${r.name}</td><td class="num">${r.value}</td><td class="num note">${r.spread}</td><td class="note">${r.note}</td></tr>`,
  );
  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>spamsift evaluation: ${input.corpus}</title>
<style>${CSS}</style></head><body>
<h1>spamsift evaluation: ${input.corpus}</h1>
<p class="sub">${result.n.toLocaleString('en-US')} comments (${result.spam.toLocaleString('en-US')} spam, ${result.ham.toLocaleString('en-US')} ham); ${describeSplit(result, input.trainShare)};
thresholds moderate ${thresholds.moderate}, spam ${thresholds.spam}, discard ${thresholds.discard}.</p>
<h2>Metrics</h2>
<table><tr><th>metric</th><th class="num">value</th><th class="num">range over runs</th><th></th></tr>${metrics}</table>
<h2>Confusion matrix at the thresholds</h2>
${confusionTable(result)}
<h2>Scores</h2>
<div class="charts">
<figure>${histogramSvg(result.scores.spam, result.scores.ham, thresholds)}<figcaption>Score of every test comment, by true class; dashed lines are the thresholds.</figcaption></figure>
<figure>${rocSvg(result.scores.spam, result.scores.ham, thresholds, result.metrics.auc)}<figcaption>ROC curve of the score; dots are the moderate and spam thresholds.</figcaption></figure>
</div>
<h2>Rule hit rates on spam and ham</h2>
${ruleTable(input)}
<h2>Ham flagged (highest scores first)</h2>
${examplesTable(input, hamFlagged, 'No ham comment was sent to moderation or blocked.')}
<h2>Spam let through (lowest scores first)</h2>
${examplesTable(input, spamMissed, 'Every spam comment was decided spam.')}
<p class="note">Generated by spamsift ${input.version} on ${input.generatedAt} with <code>${input.command}</code>. Comment text above is shown as data, escaped.</p>
</body></html>
`;
  return page.value;
}

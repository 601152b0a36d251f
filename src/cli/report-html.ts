// `spamsift eval --report`: one self-contained HTML page (inline CSS and SVG, no script, no
// network; a Content-Security-Policy forbids both, in case a value ever escaped unescaped).
// Written for a site owner deciding whether to turn spamsift on: what happens to good comments
// first (held, blocked, deleted unseen), then the trade-off at other thresholds, then every
// mistake with its reasons, then what each rule does on this site.
import type { CommentInput, Reason, Rule, Thresholds } from '../index.js';
import type { EvaluationResult, LabeledComment, Prediction } from '../evaluate/index.js';
import { classOutcomes, countOf, decimal, describeSplit, metricRows, operatingPoints, percent, ruleStats, silentRules, type ClassOutcome } from './eval-stats.js';
import { html, raw, type Markup } from './html.js';
import type { ReportDetails } from './report-details.js';
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
  /** Reasons of the mistakes and example hits per rule (absent: the tables show scores only). */
  details?: ReportDetails;
}

/** Mistakes shown before the collapsible full list. */
const FIRST_MISTAKES = 10;
/** The full list stops here: a page of a million rows helps nobody (the count says how many there were). */
const MAX_LISTED = 2000;
const EXCERPT = 400;
const EXAMPLE_EXCERPT = 160;
const EVIDENCE = 240;

// Trusted: this code's own style sheet, inserted raw (escaped, its quoted font names would break the rule).
const CSS = `
body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#1c2833;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d5d8dc;padding-bottom:.2rem}
.sub{color:#566573;margin-top:0}table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f3f4;font-weight:600}tr:nth-child(even) td{background:#fbfcfc}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.note{color:#717d7e;font-size:.9em}.charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}.charts figure{margin:0}
figcaption{color:#566573;font-size:.9em;max-width:720px}svg{fill:#1c2833;max-width:100%;height:auto}.excerpt{white-space:pre-wrap;overflow-wrap:anywhere;max-width:520px;font-size:.92em}
td.id{font-size:.8em;overflow-wrap:anywhere;max-width:140px}td.author{overflow-wrap:anywhere;max-width:160px}td.why{min-width:340px}.spam{color:#c0392b}.ham{color:#2471a3}code{font-size:.92em}
.glance{display:flex;flex-wrap:wrap;gap:1rem}.glance div{border:1px solid #d5d8dc;border-radius:6px;padding:.6rem .9rem;min-width:260px}
.glance strong{font-size:1.25rem}.reasons{margin:0;padding-left:1rem;font-size:.88em;max-width:420px;overflow-wrap:anywhere}.reasons li{margin:.1rem 0}
tr.current td{background:#fdebd0}details{margin:.4rem 0}summary{cursor:pointer;color:#1f618d}.examples{margin:.3rem 0 0;padding-left:1rem;font-size:.88em}
.examples li{margin:.2rem 0;overflow-wrap:anywhere}
`;

function textOf(comment: CommentInput): { text: string; author: string; id: string } {
  if (typeof comment === 'string') return { text: comment, author: '', id: '' };
  return { text: comment.content, author: comment.author?.name ?? '', id: comment.id ?? '' };
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function points(p: number): string {
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p).toFixed(1)}`;
}

function glance(spam: ClassOutcome, ham: ClassOutcome, thresholds: Thresholds): Markup {
  return html`<div class="glance">
<div><span class="ham">Good comments (ham)</span><br><strong>${countOf(ham.discarded, ham.total, 2)}</strong> deleted unseen (score ≥ ${thresholds.discard}, where auto-delete is on)<br>
${countOf(ham.blocked, ham.total, 2)} blocked as spam · ${countOf(ham.held, ham.total)} held for moderation · ${countOf(ham.passed, ham.total)} published</div>
<div><span class="spam">Spam</span><br><strong>${countOf(spam.blocked, spam.total)}</strong> blocked<br>
${countOf(spam.discarded, spam.total)} of it deleted unseen · ${countOf(spam.held, spam.total)} held for moderation · ${countOf(spam.passed, spam.total)} published</div>
</div>`;
}

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

function operatingTable(result: EvaluationResult, thresholds: Thresholds): Markup {
  const spamTotal = result.scores.spam.length;
  const hamTotal = result.scores.ham.length;
  const rows = operatingPoints(result.scores.spam, result.scores.ham, thresholds).map((p) => {
    const held = (n: number | null, total: number): Markup | string => (n === null ? '—' : html`${countOf(n, total, 2)}`);
    const mark = p.current.length === 0 ? '' : html` <span class="note">(${p.current.join(', ')} now)</span>`;
    return html`<tr${p.current.length > 0 ? html` class="current"` : ''}><td class="num">${p.threshold}${mark}</td><td class="num">${countOf(p.spamCaught, spamTotal)}</td>
<td class="num">${held(p.spamHeld, spamTotal)}</td><td class="num">${held(p.hamHeld, hamTotal)}</td><td class="num">${countOf(p.hamAtOrAbove, hamTotal, 2)}</td></tr>`;
  });
  return html`<table><tr><th class="num">threshold t</th><th class="num">spam caught<br><span class="note">score ≥ t</span></th>
<th class="num">spam held<br><span class="note">${thresholds.moderate} ≤ score &lt; t</span></th><th class="num">ham held<br><span class="note">${thresholds.moderate} ≤ score &lt; t</span></th>
<th class="num">ham blocked or discarded<br><span class="note">score ≥ t</span></th></tr>${rows}</table>
<p class="note">Read a row as the spam threshold set to t, moderate kept at ${thresholds.moderate}: spam caught is blocked, the two "held" columns are the moderation queue, and ham at or above t is blocked.
Read it as the discard threshold set to t: ham at or above t is deleted unseen. Shaded rows are the thresholds of this run (<code>--thresholds ${thresholds.moderate},${thresholds.spam},${thresholds.discard}</code>).</p>`;
}

function ruleExamples(input: ReportInput, id: string): Markup | string {
  const slot = input.details?.examples.get(id);
  if (!slot || slot.spam.length + slot.ham.length === 0) return '';
  const item = (label: 'spam' | 'ham', e: { index: number; evidence: string[] }): Markup => {
    const labeled = input.items[e.index];
    const { text } = labeled ? textOf(labeled.comment) : { text: '' };
    return html`<li><span class="${label}">${label}</span>: <q>${cut(text.replace(/\s+/g, ' '), EXAMPLE_EXCERPT)}</q> — <code>${cut(e.evidence.join(' · '), EVIDENCE)}</code></li>`;
  };
  return html`<details><summary>examples: ${slot.spam.length} spam, ${slot.ham.length} ham</summary><ul class="examples">${slot.spam.map((e) => item('spam', e))}${slot.ham.map((e) => item('ham', e))}</ul></details>`;
}

function ruleTable(input: ReportInput): Markup {
  const stats = ruleStats(input.result, input.rules);
  if (stats.length === 0) return html`<p>No rule fired on any test comment.</p>`;
  const rows = stats.map(
    (s) => html`<tr><td class="num">${s.spamHits.toLocaleString('en-US')}</td><td class="num">${percent(s.spamShare)}</td><td class="num">${s.hamHits.toLocaleString('en-US')}</td><td class="num">${percent(s.hamShare)}</td><td class="num">${decimal(s.so)}</td>
<td class="num">${s.score === null ? '' : s.score.toFixed(1)}</td><td><code>${s.id}</code><br><span class="note">${s.group}</span></td><td>${s.description}${ruleExamples(input, s.id)}</td></tr>`,
  );
  const silent = silentRules(input.result, input.rules);
  return html`<table><tr><th class="num">spam hits</th><th class="num">SPAM%</th><th class="num">ham hits</th><th class="num">HAM%</th><th class="num">S/O</th><th class="num">score</th><th>rule</th><th>what it means, with examples from this corpus</th></tr>${rows}</table>
<p class="note">Share of the spam and of the ham test comments whose verdict gave the rule as a reason. S/O = SPAM% / (SPAM% + HAM%): 1.000 hits only spam, 0.000 only ham (SpamAssassin's STATISTICS).</p>
${silent.length > 0 ? html`<p><strong>${silent.length} rules never fired</strong> on this corpus: ${silent.map((r, i) => html`${i > 0 ? ', ' : ''}<code>${r.id}</code>`)}</p>` : ''}`;
}

function reasonList(reasons: readonly Reason[] | undefined): Markup | string {
  if (reasons === undefined) return '';
  if (reasons.length === 0) return html`<span class="note">no rule fired and no trained classifier</span>`;
  return html`<ul class="reasons">${reasons.map((r) => html`<li><code>${points(r.points)} ${r.id}</code> ${cut(r.evidence.join(' · '), EVIDENCE)}</li>`)}</ul>`;
}

function decisionText(p: Prediction, thresholds: Thresholds): string {
  return p.decision === 'spam' && p.score >= thresholds.discard ? 'spam (discard)' : p.decision;
}

function mistakesTable(input: ReportInput, predictions: readonly Prediction[]): Markup {
  const withReasons = input.details !== undefined;
  const rows = predictions.map((p) => {
    const item = input.items[p.index];
    const { text, author, id } = item ? textOf(item.comment) : { text: '', author: '', id: '' };
    return html`<tr><td class="num">${decimal(p.score)}</td><td>${decisionText(p, input.thresholds)}</td><td class="id">${id}</td><td class="author">${author}</td><td class="excerpt">${cut(text, EXCERPT)}</td>${withReasons ? html`<td class="why">${reasonList(input.details?.mistakes.get(p.index))}</td>` : ''}</tr>`;
  });
  return html`<table><tr><th class="num">score</th><th>decision</th><th>id</th><th>author</th><th>text</th>${withReasons ? html`<th>reasons (points, rule, evidence)</th>` : ''}</tr>${rows}</table>`;
}

/** "N of M" with the first rows shown and the full list (up to MAX_LISTED) in a collapsible section. */
function mistakesSection(input: ReportInput, all: readonly Prediction[], of: number, what: string, empty: string): Markup {
  if (all.length === 0) return html`<p>${empty}</p>`;
  const first = all.slice(0, FIRST_MISTAKES);
  const head = html`<p><strong>${all.length.toLocaleString('en-US')} of ${of.toLocaleString('en-US')}</strong> ${what}${all.length > first.length ? html`; the first ${first.length} below, all of them in the list after` : ''}.</p>`;
  if (all.length <= first.length) return html`${head}${mistakesTable(input, first)}`;
  const listed = all.slice(0, MAX_LISTED);
  const more = all.length > listed.length ? html`<p class="note">The list stops at ${MAX_LISTED.toLocaleString('en-US')}; run <code>spamsift eval --json</code> or check the corpus with <code>spamsift check</code> for the rest.</p>` : '';
  return html`${head}${mistakesTable(input, first)}<details><summary>All ${listed.length.toLocaleString('en-US')} of them</summary>${mistakesTable(input, listed)}${more}</details>`;
}

export function renderReport(input: ReportInput): string {
  const { result, thresholds } = input;
  const outcome = classOutcomes(result, thresholds);
  const hamFlagged = result.predictions.filter((p) => p.label === 'ham' && p.decision !== 'ham').sort((a, b) => b.score - a.score || a.index - b.index);
  const spamMissed = result.predictions.filter((p) => p.label === 'spam' && p.decision !== 'spam').sort((a, b) => a.score - b.score || a.index - b.index);
  const metrics = metricRows(result).map(
    (r) => html`<tr><td>${r.name}</td><td class="num">${r.value}</td><td class="num note">${r.spread}</td><td class="note">${r.note}</td></tr>`,
  );
  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>spamsift evaluation: ${input.corpus}</title>
<style>${raw(CSS)}</style></head><body>
<h1>spamsift evaluation: ${input.corpus}</h1>
<p class="sub">${result.n.toLocaleString('en-US')} comments (${result.spam.toLocaleString('en-US')} spam, ${result.ham.toLocaleString('en-US')} ham); ${describeSplit(result, input.trainShare)};
thresholds moderate ${thresholds.moderate}, spam ${thresholds.spam}, discard ${thresholds.discard}. Every comment was scored by a moderator that had not learned it.</p>
<h2>At these thresholds</h2>
${glance(outcome.spam, outcome.ham, thresholds)}
<h2>Other thresholds</h2>
${operatingTable(result, thresholds)}
<h2>Scores</h2>
<div class="charts">
<figure>${histogramSvg(result.scores.spam, result.scores.ham, thresholds)}<figcaption>Score of every test comment, by true class (counts on a log scale); dashed lines are the moderate, spam and discard thresholds.</figcaption></figure>
<figure>${rocSvg(result.scores.spam, result.scores.ham, thresholds, result.metrics.auc)}<figcaption>ROC curve of the score. The ham axis is logarithmic: the left part, where a site loses few good comments, is the part that matters. Dots are the three thresholds.</figcaption></figure>
</div>
<h2>Ham flagged (highest scores first)</h2>
${mistakesSection(input, hamFlagged, outcome.ham.total, 'ham comments were held for moderation or blocked', 'No ham comment was held for moderation or blocked.')}
<h2>Spam not blocked (lowest scores first)</h2>
${mistakesSection(input, spamMissed, outcome.spam.total, 'spam comments were published or only held for moderation', 'Every spam comment was blocked.')}
<h2>Metrics</h2>
<table><tr><th>metric</th><th class="num">value</th><th class="num">range over runs</th><th></th></tr>${metrics}</table>
<h2>Confusion matrix at the thresholds</h2>
${confusionTable(result)}
<h2>Rule hit rates on spam and ham</h2>
${ruleTable(input)}
<p class="note">Generated by spamsift ${input.version} on ${input.generatedAt} with <code>${input.command}</code>. Comment text above is shown as data, escaped.</p>
</body></html>
`;
  return page.value;
}

// The HTML report's content for a site owner, on a hand-made evaluation whose every number is
// known: discard counts, "N of M" with the full list collapsible, reasons beside each mistake,
// the operating-point table, the discard line, the log-scaled ROC axis, rule examples, escaping.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type Reason } from '../../src/index.js';
import { computeMetrics, type EvaluationResult, type LabeledComment, type Prediction } from '../../src/evaluate/index.js';
import { classOutcomes, operatingPoints } from '../../src/cli/eval-stats.js';
import type { ReportDetails } from '../../src/cli/report-details.js';
import { renderReport, type ReportInput } from '../../src/cli/report-html.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** 20 ham and 10 spam with chosen scores; decisions follow the default thresholds (0.5, 0.9, 0.995). */
function fixture(): { items: LabeledComment[]; result: EvaluationResult; details: ReportDetails } {
  const hamScores = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.91, 0.92, 0.93, 0.96, 0.999];
  const spamScores = [0.2, 0.45, 0.7, 0.93, 0.97, 0.996, 0.997, 0.998, 0.999, 0.9999];
  const items: LabeledComment[] = [];
  const predictions: Prediction[] = [];
  const decide = (s: number): Prediction['decision'] => (s >= 0.9 ? 'spam' : s >= 0.5 ? 'moderate' : 'ham');
  hamScores.forEach((score, i) => {
    items.push({ comment: { id: `ham-${i}`, content: i === 19 ? `A friendly note ${HOSTILE}` : `ham comment number ${i}`, author: { name: `Reader ${i}` } }, label: 'ham' });
    predictions.push({ index: items.length - 1, label: 'ham', decision: decide(score), score });
  });
  spamScores.forEach((score, i) => {
    items.push({ comment: { id: `spam-${i}`, content: `spam comment number ${i}` }, label: 'spam' });
    predictions.push({ index: items.length - 1, label: 'spam', decision: decide(score), score });
  });
  const confusion = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  for (const p of predictions) confusion[p.label][p.decision]++;
  const metrics = computeMetrics(confusion, spamScores, hamScores);
  const result: EvaluationResult = {
    split: 'kfold',
    runs: 1,
    seed: 42,
    n: items.length,
    spam: spamScores.length,
    ham: hamScores.length,
    metrics,
    perRun: [metrics],
    confusion,
    scores: { spam: spamScores, ham: hamScores },
    predictions,
    reasonHits: [
      { id: 'TEXT_CASINO', spam: 3, ham: 1 },
      { id: 'BAYES', spam: 10, ham: 20 },
    ],
    trainPerSecond: 1000,
    checkPerSecond: 2000,
  };
  const reason = (id: string, points: number, evidence: string[]): Reason => ({ id, group: 'text', points, description: '', evidence });
  const mistakes = new Map<number, Reason[]>();
  for (const p of predictions) {
    if (p.decision !== p.label) mistakes.set(p.index, [reason('BAYES', 2.1, ['spam: casino (+0.80)', 'ham: thanks (−0.20)']), reason('TEXT_CASINO', 2.5, [`casino ${HOSTILE}`])]);
  }
  const details: ReportDetails = {
    mistakes,
    examples: new Map([['TEXT_CASINO', { spam: [{ index: 25, evidence: ['casino, slots'] }], ham: [{ index: 19, evidence: [`casino ${HOSTILE}`] }] }]]),
  };
  return { items, result, details };
}

function render(withDetails = true): string {
  const { items, result, details } = fixture();
  const input: ReportInput = {
    corpus: 'hand-made',
    result,
    items,
    rules: [{ id: 'TEXT_CASINO', group: 'text', score: 2.5, description: 'Gambling vocabulary' }],
    thresholds: DEFAULT_THRESHOLDS,
    trainShare: 0.7,
    version: '0.0.0',
    command: 'spamsift eval x',
    generatedAt: '2026-01-01T00:00:00Z',
    ...(withDetails ? { details } : {}),
  };
  return renderReport(input);
}

/** The page's text with tags removed and entities of the escaped characters decoded. */
function textOf(page: string): string {
  return page
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('report numbers', () => {
  it('counts what happens to each class at the thresholds, discard included', () => {
    const { result } = fixture();
    expect(classOutcomes(result, DEFAULT_THRESHOLDS)).toEqual({
      ham: { total: 20, passed: 8, held: 7, blocked: 5, discarded: 1 },
      spam: { total: 10, passed: 2, held: 1, blocked: 7, discarded: 5 },
    });
  });

  it('gives spam caught, the moderation queue and ham at or above each threshold', () => {
    const { result } = fixture();
    const points = operatingPoints(result.scores.spam, result.scores.ham, { moderate: 0.5, spam: 0.9, discard: 0.995 });
    expect(points.map((p) => p.threshold)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999]);
    const at = (t: number) => points.find((p) => p.threshold === t);
    expect(at(0.3)).toEqual({ threshold: 0.3, spamCaught: 9, spamHeld: null, hamHeld: null, hamAtOrAbove: 12, current: [] });
    expect(at(0.9)).toEqual({ threshold: 0.9, spamCaught: 7, spamHeld: 1, hamHeld: 7, hamAtOrAbove: 5, current: ['spam'] });
    expect(at(0.995)).toMatchObject({ spamCaught: 5, hamAtOrAbove: 1, current: ['discard'] });
    expect(at(0.999)).toMatchObject({ spamCaught: 2, hamAtOrAbove: 1 });
    // A run's own threshold that is not in the list gets its row.
    expect(operatingPoints([0.5], [0.1], { moderate: 0.42, spam: 0.9, discard: 0.995 }).map((p) => p.threshold)).toContain(0.42);
  });
});

describe('renderReport', () => {
  const page = render();
  const text = textOf(page);

  it('leads with what happens to good comments: deleted unseen, blocked, held', () => {
    expect(text).toContain('Good comments (ham) 1 of 20 (5.00 %) deleted unseen (score ≥ 0.995');
    expect(text).toContain('5 of 20 (25.00 %) blocked as spam · 7 of 20 (35.0 %) held for moderation · 8 of 20 (40.0 %) published');
    expect(text).toContain('Spam 7 of 10 (70.0 %) blocked 5 of 10 (50.0 %) of it deleted unseen');
  });

  it('says "N of M" for mistakes, shows the first ten and the whole list in a collapsible section', () => {
    expect(text).toContain('12 of 20 ham comments were held for moderation or blocked; the first 10 below, all of them in the list after.');
    expect(text).toContain('3 of 10 spam comments were published or only held for moderation.');
    expect(page).toContain('<details><summary>All 12 of them</summary>');
    // Highest scores first: the top ten appear in the first rows and in the list, the last two only in the list.
    expect(page.match(/>ham-19</g)).toHaveLength(2);
    expect(page.match(/>ham-10</g)).toHaveLength(2);
    expect(page.match(/>ham-8</g)).toHaveLength(1);
    expect(page).not.toContain('>ham-0<');
  });

  it('gives the reasons beside every mistake, with the discard marked', () => {
    expect(text).toContain('0.999 spam (discard) ham-19 Reader 19');
    expect(text).toContain('+2.1 BAYES spam: casino (+0.80) · ham: thanks (−0.20)');
    // 12 ham + 3 spam mistakes, each listed once in the first rows or the full list, some twice.
    expect(page.match(/<ul class="reasons">/g)?.length).toBe(10 + 12 + 3);
  });

  it('has an operating-point table from 0.3 to 0.999 with the current thresholds marked', () => {
    expect(text).toContain('0.9 (spam now) 7 of 10 (70.0 %) 1 of 10 (10.00 %) 7 of 20 (35.00 %) 5 of 20 (25.00 %)');
    expect(text).toContain('0.3 9 of 10 (90.0 %) — — 12 of 20 (60.00 %)');
    expect(text).toContain('0.999 2 of 10 (20.0 %)');
    expect(page.match(/<tr class="current">/g)).toHaveLength(3);
  });

  it('draws the discard threshold on the histogram and a logarithmic ROC axis', () => {
    expect(text).toContain('discard 0.995');
    // 20 ham: one ham is 5 %, the axis starts a decade below half of it.
    for (const tick of ['≤ 1 %', '10 %', '100 %']) expect(text).toContain(tick);
    expect(text).toContain('ham at or above the score (log scale)');
    expect(text).toContain('discard ≥ 0.995: 50.0 % of spam, 5.00 % of ham');
  });

  it('shows per-rule hits with examples, and escapes every comment and evidence string', () => {
    expect(page).toContain('<summary>examples: 1 spam, 1 ham</summary>');
    expect(text).toContain('spam : “spam comment number 5” — casino, slots'.replace(/[“”]/g, ''));
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<(?:script|img|iframe)\b/i);
  });

  it('without details (no recorder) still renders, with no reasons column', () => {
    const plain = render(false);
    expect(plain).not.toContain('<ul class="reasons">');
    expect(plain).not.toContain('reasons (points, rule, evidence)');
    expect(textOf(plain)).toContain('12 of 20 ham comments were held');
  });
});

// `spamsift check --pretty`: a verdict as a moderator reads it, a header line and one line per reason.
// Comment text in evidence is hostile: control characters are escaped so it cannot move the cursor.
import type { Verdict } from '../index.js';

const MARK = { spam: 'SPAM', moderate: 'MODERATE', ham: 'ham' } as const;

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function points(p: number): string {
  return `${p > 0 ? '+' : p < 0 ? '−' : ' '}${Math.abs(p).toFixed(1)}`.padStart(6);
}

const EXCERPT = 72;
/** Reason lines wrap between evidence entries past this width (a trained verdict names a dozen Bayes words). */
const WIDTH = 110;

/** Evidence entries joined with ' · ', continued on lines indented under the first entry; an entry is never split. */
function wrapEvidence(head: string, entries: readonly string[]): string[] {
  const indent = ' '.repeat(head.length);
  const lines: string[] = [];
  let line = head;
  let empty = true;
  for (const entry of entries) {
    if (!empty && line.length + 3 + entry.length > WIDTH) {
      lines.push(`${line} ·`);
      line = indent;
      empty = true;
    }
    line += empty ? entry : ` · ${entry}`;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

export function formatVerdictText(label: string, content: string, verdict: Verdict): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
  const head = `${clean(label)}  ${MARK[verdict.decision]}${verdict.discard ? ' (discard)' : ''}  score ${verdict.score.toFixed(3)}  “${clean(excerpt)}”`;
  const lines = [head];
  for (const r of verdict.reasons) {
    const head = `  ${points(r.points)}  ${r.id}  `;
    lines.push(...wrapEvidence(head, r.evidence.map(clean)));
  }
  return `${lines.join('\n')}\n\n`;
}

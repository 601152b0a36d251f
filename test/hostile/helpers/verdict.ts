// Plain validators (no expect() per case: 100k cases must stay cheap). Each returns the list of
// problems found, so a failing run reports every broken property of a verdict at once.
import { SpamsiftError, type Verdict } from '../../../src/index.js';

const DECISIONS = new Set(['ham', 'moderate', 'spam']);
const CODES = new Set(['E_INVALID_COMMENT', 'E_INVALID_OPTION', 'E_INVALID_RULE', 'E_INVALID_LABEL', 'E_MODEL_VERSION', 'E_MODEL_CORRUPT', 'E_MODEL_TOO_LARGE']);
/** A verdict is for people: whatever the input size, it must not echo megabytes back. */
export const MAX_VERDICT_CHARS = 64_000;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function verdictProblems(v: unknown): string[] {
  const p: string[] = [];
  if (typeof v !== 'object' || v === null) return [`verdict is ${typeof v}`];
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'decision,discard,reasons,score,skipped') p.push(`verdict keys ${keys}`);
  if (!DECISIONS.has(o['decision'] as string)) p.push(`decision ${String(o['decision'])}`);
  const score = o['score'];
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) p.push(`score ${String(score)}`);
  if (typeof o['discard'] !== 'boolean') p.push(`discard ${String(o['discard'])}`);
  if (o['discard'] === true && o['decision'] !== 'spam') p.push('discard without decision spam');
  if (!isStringArray(o['skipped'])) p.push('skipped is not string[]');
  const reasons = o['reasons'];
  if (!Array.isArray(reasons)) return [...p, 'reasons is not an array'];
  let previous = Infinity;
  reasons.forEach((reason: unknown, i) => {
    const r = reason as Record<string, unknown>;
    if (typeof r !== 'object' || r === null) return void p.push(`reasons[${i}] is not an object`);
    if (typeof r['id'] !== 'string' || r['id'] === '') p.push(`reasons[${i}].id`);
    if (typeof r['group'] !== 'string') p.push(`reasons[${i}].group`);
    if (typeof r['description'] !== 'string') p.push(`reasons[${i}].description`);
    const points = r['points'];
    if (typeof points !== 'number' || !Number.isFinite(points)) p.push(`reasons[${i}].points ${String(points)}`);
    else {
      if (Math.abs(points) > previous + 1e-9) p.push(`reasons not strongest first at ${i}`);
      previous = Math.abs(points);
    }
    if (!isStringArray(r['evidence'])) p.push(`reasons[${i}].evidence is not string[]`);
  });
  const size = JSON.stringify(v).length;
  if (size > MAX_VERDICT_CHARS) p.push(`verdict is ${size} characters of JSON`);
  return p;
}

export function assertVerdict(v: Verdict): void {
  const problems = verdictProblems(v);
  if (problems.length) throw new Error(`invalid verdict: ${problems.join('; ')}`);
}

/** Problems with a thrown value: only SpamsiftError with a known code and a path may escape. */
export function errorProblems(error: unknown, expectedCode?: string): string[] {
  if (!(error instanceof SpamsiftError)) return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  const p: string[] = [];
  if (!CODES.has(error.code)) p.push(`unknown code ${error.code}`);
  if (expectedCode && error.code !== expectedCode) p.push(`code ${error.code}, expected ${expectedCode}`);
  if (!error.message.startsWith('spamsift: ')) p.push('message without the spamsift: prefix');
  if (error.message.length > 1000) p.push(`message of ${error.message.length} characters echoes input`);
  return p;
}

/** A short, printable preview of a hostile input for failure messages. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  const escaped = JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}… (${s.length} chars)` : s);
  return escaped;
}

/** Verdicts compared for determinism: everything, exactly. */
export function sameVerdict(a: Verdict, b: Verdict): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && Object.is(a.score, b.score);
}

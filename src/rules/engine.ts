// The engine knows nothing about spam: it validates rule objects, applies the caller's score
// overrides and switches, and runs every rule's test to collect evidence.
import { SpamsiftError, describeValue } from '../errors.js';
import type { Features, Rule, RuleGroup, RuleHit } from '../types.js';

const GROUPS: readonly RuleGroup[] = ['links', 'domains', 'author', 'text', 'obfuscation', 'meta', 'lists', 'custom'];
const ID_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Evidence is for people: a few short strings, never a copy of a 5 MB comment. */
const MAX_EVIDENCE = 5;
const MAX_EVIDENCE_LENGTH = 120;

function invalidRule(path: string, message: string): never {
  throw new SpamsiftError('E_INVALID_RULE', `${path}: ${message}`, path);
}

/** Throws E_INVALID_RULE unless `value` is a well-formed rule object. */
export function validateRule(value: unknown, path = 'rule'): Rule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalidRule(path, `must be a rule object, received ${describeValue(value)}.`);
  const r = value as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || !ID_PATTERN.test(r['id'])) invalidRule(`${path}.id`, `must be UPPER_SNAKE_CASE with a group prefix (e.g. "LINK_SHORTENER"), received ${describeValue(r['id'])}.`);
  if (!GROUPS.includes(r['group'] as RuleGroup)) invalidRule(`${path}.group`, `must be one of ${GROUPS.join(', ')}, received ${describeValue(r['group'])}.`);
  if (typeof r['score'] !== 'number' || !Number.isFinite(r['score'])) invalidRule(`${path}.score`, `must be a finite number, received ${describeValue(r['score'])}.`);
  if (typeof r['description'] !== 'string' || r['description'].trim() === '') invalidRule(`${path}.description`, 'must be a non-empty string that tells a moderator what the rule means.');
  if (typeof r['test'] !== 'function') invalidRule(`${path}.test`, `must be a function (features) => string[], received ${describeValue(r['test'])}.`);
  const ex = r['examples'];
  if (typeof ex !== 'object' || ex === null || !Array.isArray((ex as Record<string, unknown>)['hit']) || !Array.isArray((ex as Record<string, unknown>)['miss'])) {
    invalidRule(`${path}.examples`, 'must be { hit: [...comments], miss: [...comments] }.');
  }
  const cap = r['cap'];
  if (cap !== undefined) {
    const c = cap as Record<string, unknown>;
    if (typeof cap !== 'object' || cap === null || typeof c['family'] !== 'string' || c['family'] === '' || typeof c['max'] !== 'number' || !(c['max'] > 0) || !Number.isFinite(c['max'])) {
      invalidRule(`${path}.cap`, `must be { family: string, max: positive number }, received ${describeValue(cap)}.`);
    }
  }
  return value as Rule;
}

export interface RuleSetOptions {
  scores: ReadonlyMap<string, number>;
  disabled: ReadonlySet<string>;
}

/** Applies overrides and switches; rejects duplicate ids and overrides of unknown rules. */
export function buildRuleSet(rules: readonly unknown[], options: RuleSetOptions): Rule[] {
  const seen = new Set<string>();
  const out: Rule[] = [];
  rules.forEach((value, i) => {
    const rule = validateRule(value, `rules[${i}]`);
    if (seen.has(rule.id)) invalidRule(`rules[${i}].id`, `duplicate rule id ${rule.id}.`);
    seen.add(rule.id);
    if (options.disabled.has(rule.id)) return;
    const score = options.scores.get(rule.id);
    out.push(score === undefined ? rule : { ...rule, score });
  });
  for (const id of options.scores.keys()) {
    if (!seen.has(id)) throw new SpamsiftError('E_INVALID_OPTION', `options.rules.scores names unknown rule ${id}; see moderator.rules for the ids.`, `options.rules.scores.${id}`);
  }
  for (const id of options.disabled) {
    if (!seen.has(id)) throw new SpamsiftError('E_INVALID_OPTION', `options.rules.disabled names unknown rule ${id}; see moderator.rules for the ids.`, 'options.rules.disabled');
  }
  const caps = new Map<string, number>();
  out.forEach((rule, i) => {
    if (rule.cap === undefined) return;
    const max = caps.get(rule.cap.family);
    if (max !== undefined && max !== rule.cap.max) invalidRule(`rules[${i}].cap.max`, `family ${rule.cap.family} is capped at ${max} by another rule, received ${rule.cap.max}.`);
    caps.set(rule.cap.family, rule.cap.max);
  });
  return out;
}

function clip(s: string): string {
  return s.length > MAX_EVIDENCE_LENGTH ? `${s.slice(0, MAX_EVIDENCE_LENGTH - 1)}…` : s;
}

/** Runs every rule; a hit is a rule whose test returned evidence. */
export function scoreRules(features: Features, rules: readonly Rule[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let capped: { hit: RuleHit; cap: NonNullable<Rule['cap']> }[] | undefined;
  for (const rule of rules) {
    const evidence = rule.test(features);
    if (evidence.length === 0) continue;
    const unique = evidence.length === 1 ? evidence : [...new Set(evidence)];
    const hit: RuleHit = {
      id: rule.id,
      group: rule.group,
      points: rule.score,
      description: rule.description,
      evidence: unique.slice(0, MAX_EVIDENCE).map(clip),
    };
    hits.push(hit);
    if (rule.cap !== undefined && rule.score > 0) (capped ??= []).push({ hit, cap: rule.cap });
  }
  if (capped !== undefined && capped.length > 1) applyCaps(capped);
  return hits;
}

/**
 * Lowers the points of capped hits so that each family adds at most its cap: strongest hits
 * first (ties by id, so the result never depends on catalog order), the rest get what is left,
 * and a lowered hit says so in its evidence.
 */
function applyCaps(capped: { hit: RuleHit; cap: NonNullable<Rule['cap']> }[]): void {
  capped.sort((a, b) => b.hit.points - a.hit.points || (a.hit.id < b.hit.id ? -1 : 1));
  const used = new Map<string, number>();
  for (const { hit, cap } of capped) {
    const before = used.get(cap.family) ?? 0;
    const points = Math.max(0, Math.min(hit.points, cap.max - before));
    used.set(cap.family, before + points);
    if (points < hit.points) {
      hit.points = Math.round(points * 100) / 100;
      if (hit.evidence.length < MAX_EVIDENCE + 1) hit.evidence.push(`capped: ${cap.family} rules add at most ${cap.max} points together`);
    }
  }
}

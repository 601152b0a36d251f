// The engine knows nothing about spam: it validates rule objects, applies the caller's score
// overrides and switches, and runs every rule's test to collect evidence.
//
// Rules are code the moderator does not control (the caller's added rules) next to code shared by
// every moderator in the process (the catalog). So: every moderator gets its own frozen rule
// objects, an added rule is a copy taken after its own examples passed, and at check time a rule
// that throws or returns anything but an array of strings is contained and reported, never fatal.
import { SpamsiftError, describeValue } from '../errors.js';
import type { CommentInput, Features, Rule, RuleFailure, RuleGroup, RuleHit, WordFacts } from '../types.js';
import { MAX_EVIDENCE } from './catalog/evidence-cap.js';
import { NONE } from './catalog/none.js';
import { gateFacts, gateOpen, readRequirements, ruleGates, type RuleGates } from './gate.js';
import { createRuleInput } from './rule-input.js';

const GROUPS: readonly RuleGroup[] = ['links', 'domains', 'author', 'text', 'obfuscation', 'meta', 'lists', 'custom'];
const ID_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Evidence is for people: a few short strings, never a copy of a 5 MB comment. */
const MAX_EVIDENCE_LENGTH = 120;

function invalidRule(path: string, message: string, expected?: string, received?: string): never {
  const details = expected === undefined ? {} : received === undefined ? { expected } : { expected, received };
  throw new SpamsiftError('E_INVALID_RULE', `${path}: ${message}`, path, details);
}

/**
 * Freezes a value and everything reachable from its own properties (functions only shallowly:
 * their closures are theirs). Used on rules a moderator hands out, and on the catalog.
 */
export function deepFreeze<T>(value: T, seen: Set<unknown> = new Set()): T {
  // Already-frozen objects are still walked: the catalog array is frozen one level by its module.
  if (((typeof value !== 'object' || value === null) && typeof value !== 'function') || seen.has(value)) return value;
  // A typed array with elements cannot be frozen (and holds numbers, not objects).
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value);
  Object.freeze(value);
  if (typeof value === 'function') return value;
  for (const key of Reflect.ownKeys(value as object)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) deepFreeze(d.value, seen);
  }
  return value;
}

/** Throws E_INVALID_RULE unless `value` is a well-formed rule object. */
export function validateRule(value: unknown, path = 'rule'): Rule {
  readRule(value, path);
  return value as Rule;
}

/**
 * Validates a rule object and returns a copy of its fields as read once, from own properties
 * (a getter cannot answer one thing to the check and another to the engine).
 */
export function readRule(value: unknown, path = 'rule'): Rule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalidRule(path, `must be a rule object, received ${describeValue(value)}.`, 'a rule object', describeValue(value));
  // Own properties only: a `score` or `test` set on Object.prototype by other code is not the rule's.
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const r = { id: own('id'), group: own('group'), score: own('score'), description: own('description'), test: own('test'), examples: own('examples'), cap: own('cap'), requires: own('requires') } as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || !ID_PATTERN.test(r['id'])) invalidRule(`${path}.id`, `must be UPPER_SNAKE_CASE with a group prefix (e.g. "LINK_SHORTENER"), received ${describeValue(r['id'])}.`, 'an UPPER_SNAKE_CASE id with a group prefix', describeValue(r['id']));
  if (!GROUPS.includes(r['group'] as RuleGroup)) invalidRule(`${path}.group`, `must be one of ${GROUPS.join(', ')}, received ${describeValue(r['group'])}.`, `one of ${GROUPS.join(', ')}`, describeValue(r['group']));
  if (typeof r['score'] !== 'number' || !Number.isFinite(r['score'])) invalidRule(`${path}.score`, `must be a finite number, received ${describeValue(r['score'])}.`, 'a finite number', describeValue(r['score']));
  if (typeof r['description'] !== 'string' || r['description'].trim() === '') invalidRule(`${path}.description`, 'must be a non-empty string that tells a moderator what the rule means.', 'a non-empty string', describeValue(r['description']));
  if (typeof r['test'] !== 'function') invalidRule(`${path}.test`, `must be a function (features) => string[], received ${describeValue(r['test'])}.`, 'a function', describeValue(r['test']));
  const ex = r['examples'];
  if (typeof ex !== 'object' || ex === null || !Object.hasOwn(ex, 'hit') || !Object.hasOwn(ex, 'miss') || !Array.isArray((ex as Record<string, unknown>)['hit']) || !Array.isArray((ex as Record<string, unknown>)['miss'])) {
    invalidRule(`${path}.examples`, 'must be { hit: [...comments], miss: [...comments] }.', '{ hit: [...], miss: [...] }', describeValue(ex));
  }
  const cap = r['cap'];
  let readCap: Rule['cap'];
  if (cap !== undefined) {
    const family = typeof cap === 'object' && cap !== null && Object.hasOwn(cap, 'family') ? (cap as Record<string, unknown>)['family'] : undefined;
    const max = typeof cap === 'object' && cap !== null && Object.hasOwn(cap, 'max') ? (cap as Record<string, unknown>)['max'] : undefined;
    if (typeof family !== 'string' || family === '' || typeof max !== 'number' || !(max > 0) || !Number.isFinite(max)) {
      invalidRule(`${path}.cap`, `must be { family: string, max: positive number }, received ${describeValue(cap)}.`, '{ family: string, max: positive number }', describeValue(cap));
    }
    readCap = { family, max };
  }
  const requires = readRequires(r['requires'], `${path}.requires`);
  const examples = ex as Rule['examples'];
  const rule: Rule = { id: r['id'], group: r['group'] as RuleGroup, score: r['score'], description: r['description'], test: r['test'] as Rule['test'], examples: { hit: examples.hit, miss: examples.miss } };
  if (readCap !== undefined) rule.cap = readCap;
  if (requires !== undefined) rule.requires = requires;
  return rule;
}

/** A rule's `requires` as read once (gate.ts): a frozen copy, or undefined when absent; E_INVALID_RULE when malformed. */
function readRequires(value: unknown, path: string): Rule['requires'] {
  const read = readRequirements(value);
  if ('problem' in read) invalidRule(`${path}${read.at}`, `${read.problem}.`, read.expected);
  return read.requires;
}

export interface RuleSetOptions {
  scores: ReadonlyMap<string, number>;
  disabled: ReadonlySet<string>;
  /** Where the i-th rule came from, for error paths (default `rules[i]`). */
  pathOf?: (index: number) => string;
}

/**
 * Applies overrides and switches; rejects duplicate ids and overrides of unknown rules. Every
 * rule returned is a new frozen object (its examples frozen too), so what one moderator hands out
 * can never change another moderator or the catalog.
 */
export function buildRuleSet(rules: readonly unknown[], options: RuleSetOptions): Rule[] {
  const seen = new Set<string>();
  const out: Rule[] = [];
  const outPaths: string[] = [];
  const pathOf = options.pathOf ?? ((i: number) => `rules[${i}]`);
  rules.forEach((value, i) => {
    const rule = readRule(value, pathOf(i));
    if (seen.has(rule.id)) invalidRule(`${pathOf(i)}.id`, `duplicate rule id ${rule.id}.`, 'a rule id not used by another rule', JSON.stringify(rule.id));
    seen.add(rule.id);
    if (options.disabled.has(rule.id)) return;
    const score = options.scores.get(rule.id) ?? rule.score;
    outPaths.push(pathOf(i));
    out.push(
      Object.freeze({
        id: rule.id,
        group: rule.group,
        score,
        description: rule.description,
        test: rule.test,
        examples: deepFreeze(rule.examples),
        ...(rule.cap === undefined ? {} : { cap: Object.freeze({ family: rule.cap.family, max: rule.cap.max }) }),
        ...(rule.requires === undefined ? {} : { requires: Object.freeze([...rule.requires]) }),
      }),
    );
  });
  for (const id of options.scores.keys()) {
    if (!seen.has(id)) throw new SpamsiftError('E_INVALID_OPTION', `options.rules.scores names unknown rule ${id}; see moderator.rules for the ids.`, `options.rules.scores.${id}`, { expected: 'a rule id', received: JSON.stringify(id) });
  }
  for (const id of options.disabled) {
    if (!seen.has(id)) throw new SpamsiftError('E_INVALID_OPTION', `options.rules.disabled names unknown rule ${id}; see moderator.rules for the ids.`, 'options.rules.disabled', { expected: 'a rule id', received: JSON.stringify(id) });
  }
  // A family's cap is one number: two rules of a family that disagree would make the total depend on which hit first.
  const caps = new Map<string, number>();
  out.forEach((rule, i) => {
    if (rule.cap === undefined) return;
    const max = caps.get(rule.cap.family);
    if (max !== undefined && max !== rule.cap.max) invalidRule(`${outPaths[i] ?? `rules[${i}]`}.cap.max`, `family ${rule.cap.family} is capped at ${max} by another rule, received ${rule.cap.max}.`, `${max}`, `${rule.cap.max}`);
    caps.set(rule.cap.family, rule.cap.max);
  });
  return Object.freeze(out) as Rule[];
}

/** Says what a thrown value was, briefly, without running more of the caller's code than needed. */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      const message = String(error.message);
      return `${String(error.name)}: ${message.length > 120 ? `${message.slice(0, 119)}…` : message}`;
    }
  } catch {
    // An error object whose name or message getter throws is described by its type below.
  }
  return describeValue(error);
}

/** What was wrong with a value a rule test returned, or undefined when it is an array of strings. */
function problemWith(result: unknown): string | undefined {
  try {
    if (Array.isArray(result)) {
      for (let i = 0; i < result.length; i++) {
        const e: unknown = result[i];
        if (typeof e !== 'string') return `returned evidence ${describeValue(e)} at index ${i}; evidence must be strings`;
      }
      return undefined;
    }
    const then = typeof result === 'object' && result !== null ? (result as { then?: unknown }).then : undefined;
    if (typeof then === 'function') {
      // Reported as a failure; the rejection (if any) must not crash the application as unhandled.
      Promise.resolve(result).then(undefined, () => undefined);
      return 'returned a Promise (rule tests are synchronous: return string[])';
    }
    return `returned ${describeValue(result)} instead of an array of evidence strings`;
  } catch (error) {
    return `returned a value that threw when read: ${describeThrown(error)}`;
  }
}

/**
 * A rule test's evidence (a copy: the rule keeps no handle on what the verdict holds), or what
 * was wrong with what it did. Catches everything the test does; allocates nothing extra on the
 * common path of a rule that does not hit.
 */
function runTest(rule: Rule, features: Features): { evidence: string[] } | { problem: string } {
  let result: unknown;
  try {
    result = rule.test(features);
  } catch (error) {
    return { problem: `threw ${describeThrown(error)}` };
  }
  return readResult(result);
}

/** What a test returned, as runTest reports it: evidence (a copy), or what was wrong with it. */
function readResult(result: unknown): { evidence: string[] } | { problem: string } {
  try {
    if (Array.isArray(result) && result.length === 0) return NO_EVIDENCE;
    return readEvidence(result);
  } catch (error) {
    return { problem: `returned a value that threw when read: ${describeThrown(error)}` };
  }
}

/** readResult past its first read (which found something other than an empty array). */
function readEvidence(result: unknown): { evidence: string[] } | { problem: string } {
  try {
    const problem = problemWith(result);
    // Copied element by element after the check (a Proxy could answer a second read differently).
    return problem === undefined ? { evidence: Array.from(result as string[], (e) => (typeof e === 'string' ? e : String(e))) } : { problem };
  } catch (error) {
    return { problem: `returned a value that threw when read: ${describeThrown(error)}` };
  }
}

const NO_EVIDENCE: { evidence: string[] } = Object.freeze({ evidence: Object.freeze([]) as unknown as string[] });

/**
 * Runs an added rule's own examples through the moderator's pipeline (`featuresOf`): every `hit`
 * comment must give evidence and every `miss` comment none, as the catalog's tests demand of
 * catalog rules. A rule that fails its own examples is refused before it can score anything.
 */
export function checkRuleExamples(rule: Rule, path: string, featuresOf: (comment: CommentInput) => Features): void {
  for (const kind of ['hit', 'miss'] as const) {
    const list = rule.examples[kind];
    for (let j = 0; j < list.length; j++) {
      const where = `${path}.examples.${kind}[${j}]`;
      let features: Features;
      try {
        features = featuresOf(Object.hasOwn(list, j) ? (list[j] as CommentInput) : (undefined as unknown as CommentInput));
      } catch (error) {
        if (error instanceof SpamsiftError) invalidRule(where, `is not a comment: ${error.message.replace(/^spamsift: /, '')}`, 'a comment or a string', error.received);
        throw error;
      }
      // The engine's prefilter applies here too: a hit example without what the rule requires never hits.
      const gate = ruleGates([rule]);
      const run = gateOpen(gate, 0, gateFacts(features, gate.usesScan)) ? runTest(rule, features) : NO_EVIDENCE;
      if ('problem' in run) invalidRule(where, `the rule's test ${run.problem}.`, 'an array of evidence strings');
      if (kind === 'hit' && run.evidence.length === 0) invalidRule(where, 'the rule does not hit its own hit example.', 'evidence (a hit)', 'no evidence');
      if (kind === 'miss' && run.evidence.length > 0) {
        invalidRule(where, `the rule hits its own miss example (evidence ${JSON.stringify(clip(run.evidence[0] as string))}).`, 'no evidence (a miss)', 'a hit');
      }
    }
  }
}

function clip(s: string): string {
  return s.length > MAX_EVIDENCE_LENGTH ? `${s.slice(0, MAX_EVIDENCE_LENGTH - 1)}…` : s;
}

/**
 * The hit's evidence from a catalog or list rule's answer (our own code, which returns plain
 * string arrays): distinct strings in order, at most MAX_EVIDENCE, each clipped. The same list
 * readEvidence, the Set and the slice give, without the copy, the Set and the spread: a rule hit
 * has one to a few strings. Null when the answer is anything else (readEvidence then reports it
 * the general way).
 */
function catalogEvidence(result: unknown): string[] | null {
  if (!Array.isArray(result)) return null;
  const n = result.length;
  for (let i = 0; i < n; i++) if (typeof result[i] !== 'string') return null;
  const out: string[] = [];
  // Distinct by the unclipped text, as the Set did (two long strings may clip alike and both stay).
  const kept: string[] = [];
  for (let i = 0; i < n && kept.length < MAX_EVIDENCE; i++) {
    const e = result[i] as string;
    if (kept.includes(e)) continue;
    kept.push(e);
    out.push(clip(e));
  }
  return out;
}

export interface ScoreContext {
  /** Rules that misbehaved on this comment: they count for nothing and are reported. */
  failures: RuleFailure[];
  /**
   * Index of the first rule the caller added (default: none). Before it runs, the features are
   * deep-frozen, so an added rule cannot change what the rules after it or the classifier see.
   */
  firstAdded?: number;
  /** The word memo's entries of `features.words` in order (pushWordTokens), for the rules' word scan. */
  wordEntries?: readonly (WordFacts | undefined)[];
  /** ruleGates(rules) (gate.ts), made once per rule set; worked out on the call when absent. */
  gates?: RuleGates;
}

/**
 * Runs every rule; a hit is a rule whose test returned evidence. A misbehaving rule is contained.
 * Rules before `firstAdded` (the catalog's and list rules: our code) get the comment's RuleInput,
 * Features plus this comment's facts (types.ts); rules the caller added get the Features object
 * itself, frozen, and never see the facts or the moderator's word memo entries.
 */
export function scoreRules(features: Features, rules: readonly Rule[], context?: ScoreContext): RuleHit[] {
  const hits: RuleHit[] = [];
  let capped: { hit: RuleHit; cap: NonNullable<Rule['cap']> }[] | undefined;
  const firstAdded = context?.firstAdded ?? Infinity;
  const input = createRuleInput(features, context?.wordEntries);
  const gates = context?.gates !== undefined && context.gates.length === rules.length ? context.gates : ruleGates(rules);
  // What the comment has, once: a rule that requires something else is not run (Rule.requires).
  // Read from the catalog's input, so the word scan computed here is the one its rules then read.
  const present = gateFacts(input, gates.usesScan);
  for (let r = 0; r < rules.length; r++) {
    if (r === firstAdded) deepFreeze(features);
    if (!gateOpen(gates, r, present)) continue;
    const rule = rules[r] as Rule;
    // runTest written out for the common case, a rule that returns an empty array (most rules on
    // most comments): no result object and no second call per rule. Same reads, same reports.
    let result: unknown;
    try {
      result = rule.test(r < firstAdded ? input : features);
    } catch (error) {
      context?.failures.push({ id: rule.id, problem: `threw ${describeThrown(error)}` });
      continue;
    }
    // The catalog's shared "no evidence" (none.ts), what nearly every test returns on nearly every
    // comment: one identity test instead of the guarded reads below (same answer: it is empty).
    if (result === NONE) continue;
    let empty: boolean;
    try {
      empty = Array.isArray(result) && result.length === 0;
    } catch (error) {
      context?.failures.push({ id: rule.id, problem: `returned a value that threw when read: ${describeThrown(error)}` });
      continue;
    }
    if (empty) continue;
    if (r < firstAdded) {
      const evidence = catalogEvidence(result);
      if (evidence !== null) {
        if (evidence.length === 0) continue;
        const hit: RuleHit = { id: rule.id, group: rule.group, points: rule.score, description: rule.description, evidence };
        hits.push(hit);
        if (rule.cap !== undefined && rule.score > 0) (capped ??= []).push({ hit, cap: rule.cap });
        continue;
      }
    }
    const run = readEvidence(result);
    if ('problem' in run) {
      context?.failures.push({ id: rule.id, problem: run.problem });
      continue;
    }
    const evidence = run.evidence;
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

// The engine's prefilter (Rule.requires): what a comment must have for a rule to hit at all, read
// once per comment into three bit masks and a word count, so a rule that cannot hit is skipped
// before its code runs.
//
// Why: learn() runs every rule on every comment (each hit is a Bayes token), and check() runs
// them all too. A probe in session 13 measured ~75 rules interleaved on one youtube comment at
// 8–20 µs against 3.5 µs for the same tests run one rule at a time: the cost is the cache traffic of
// touching every rule's code and tables, not the work inside them. A declaration turns "return
// NONE unless the comment has X" into one bit test in the engine's loop, before the rule's code
// or data is touched. Every declaration must be implied by the rule's own test (no evidence
// without the fact): test/rules/requires.test.ts runs every declared catalog rule without the
// gate wherever the gate would skip it.
import type { Features, RuleCondition, RuleFact, RuleRequirement } from '../types.js';
import { nameIsUrl } from './catalog/author.js';
import { classBit, scanOf } from './catalog/scan.js';
import { PHRASES, type PhraseKind } from './catalog/phrases.js';
import { WORD_CLASSES, type WordClass } from './catalog/word-classes.js';

/** The facts a rule may require, by name; the position is the fact's bit in GateFacts.facts. */
export const RULE_FACTS: readonly RuleFact[] = Object.freeze([
  'links',
  'authorUrl',
  'anchors',
  'authorEmail',
  'email',
  'userAgent',
  'postTitle',
  'staff',
  'approved',
  'publishedAt',
  'disguisedWord',
  'invisible',
  'hiddenText',
  'atSign',
  'capitals',
  'reordered',
  'nameUrl',
  // From here on the facts come from the shared word scan (rules/catalog/scan.ts).
  'digits',
  'cyrillic',
  'unspaced',
  'vocabulary',
  'contactWord',
  'investWord',
  'chatRole',
  'chatTerm',
  'machineWord',
  'ruleWord',
  'nonLatin',
] as const);
/** Facts at or past this bit need the scan. */
const FIRST_SCAN_FACT = RULE_FACTS.indexOf('digits');
export const PHRASE_KINDS: readonly PhraseKind[] = Object.freeze(Object.keys(PHRASES) as PhraseKind[]);
export const WORD_CLASS_NAMES: readonly WordClass[] = Object.freeze(Object.keys(WORD_CLASSES) as WordClass[]);

const factBit = (name: RuleFact): number => 1 << RULE_FACTS.indexOf(name);
/** Scan.phraseKinds numbers the kinds in the order PHRASES names them (scan.ts). */
const phraseBit = (kind: PhraseKind): number => 1 << PHRASE_KINDS.indexOf(kind);

/** One condition or any-of group as bits: it holds when the comment has any of its bits. */
interface Clause {
  facts: number;
  phrases: number;
  classes: number;
}

function clauseOf(conditions: readonly RuleCondition[]): Clause {
  const c: Clause = { facts: 0, phrases: 0, classes: 0 };
  for (const q of conditions) {
    if (typeof q === 'string') c.facts |= factBit(q);
    else if ('phrase' in q) c.phrases |= phraseBit(q.phrase);
    else c.classes |= classBit(q.wordClass);
  }
  return c;
}

/**
 * Each rule's gate, by position in the rule list: worked out once per rule set (the moderator
 * keeps it as ScoreContext.gates), read per comment. A rule whose every single condition is a
 * bit in `facts`/`phrases`/`classes` (all must be present), whose body word count lies in
 * `minWords[r]..maxWords[r]` and whose any-of groups (`anyOf[r]`, each needs one of its bits)
 * hold is run; the others are skipped.
 */
export interface RuleGates {
  readonly length: number;
  readonly facts: Int32Array;
  readonly phrases: Int32Array;
  readonly classes: Int32Array;
  /** The rule's word-count bounds ({ minWords } / { maxWords }): 0 and MAX_WORDS when it has none. */
  readonly minWords: Int32Array;
  readonly maxWords: Int32Array;
  /** The rule's any-of groups, or undefined (most rules): one entry per rule. */
  readonly anyOf: readonly (readonly Clause[] | undefined)[];
  /** Some gate reads the word scan: the engine computes it before the first rule. */
  readonly usesScan: boolean;
}

/** No bound: the largest count an Int32Array holds. */
const MAX_WORDS = 0x7fffffff;

export function ruleGates(rules: readonly { requires?: readonly RuleRequirement[] | undefined }[]): RuleGates {
  const n = rules.length;
  const facts = new Int32Array(n);
  const phrases = new Int32Array(n);
  const classes = new Int32Array(n);
  const minWords = new Int32Array(n);
  const maxWords = new Int32Array(n).fill(MAX_WORDS);
  const anyOf: (Clause[] | undefined)[] = new Array(n).fill(undefined);
  let usesScan = false;
  for (let r = 0; r < n; r++) {
    const requires = rules[r]?.requires;
    if (requires === undefined) continue;
    const single: RuleCondition[] = [];
    for (const q of requires) {
      if (typeof q === 'object' && 'anyOf' in q) (anyOf[r] ??= []).push(clauseOf(q.anyOf));
      else if (typeof q === 'object' && 'minWords' in q) minWords[r] = Math.max(minWords[r] as number, q.minWords);
      else if (typeof q === 'object' && 'maxWords' in q) maxWords[r] = Math.min(maxWords[r] as number, q.maxWords);
      else single.push(q);
    }
    const c = clauseOf(single);
    facts[r] = c.facts;
    phrases[r] = c.phrases;
    classes[r] = c.classes;
    for (const g of [c, ...(anyOf[r] ?? [])]) if (g.facts >>> FIRST_SCAN_FACT !== 0 || g.phrases !== 0 || g.classes !== 0) usesScan = true;
  }
  return { length: n, facts, phrases, classes, minWords, maxWords, anyOf, usesScan };
}

/** The comment's fact bits (RULE_FACTS order), phrase kinds and word classes present, and its body word count. */
export interface GateFacts {
  facts: number;
  phrases: number;
  classes: number;
  words: number;
}

const F_LINKS = factBit('links');
const F_AUTHOR_URL = factBit('authorUrl');
const F_ANCHORS = factBit('anchors');
const F_AUTHOR_EMAIL = factBit('authorEmail');
const F_EMAIL = factBit('email');
const F_USER_AGENT = factBit('userAgent');
const F_POST_TITLE = factBit('postTitle');
const F_STAFF = factBit('staff');
const F_APPROVED = factBit('approved');
const F_PUBLISHED_AT = factBit('publishedAt');
const F_DISGUISED_WORD = factBit('disguisedWord');
const F_INVISIBLE = factBit('invisible');
const F_HIDDEN_TEXT = factBit('hiddenText');
const F_AT_SIGN = factBit('atSign');
const F_CAPITALS = factBit('capitals');
const F_REORDERED = factBit('reordered');
const F_NAME_URL = factBit('nameUrl');

/** The facts of RULE_FACTS before the scan's: fields the pipeline already has. */
function fieldFacts(features: Features): number {
  const n = features.normalized;
  const o = n.body.obfuscation;
  const disguised = o.leetWords.length + o.lookalikeWords.length + o.spacedWords.length + (o.foldedWords?.length ?? 0) > 0;
  return (
    (features.links.length > 0 ? F_LINKS : 0) |
    (n.authorUrl !== '' ? F_AUTHOR_URL : 0) |
    (n.body.anchors.length > 0 ? F_ANCHORS : 0) |
    (n.authorEmail !== '' ? F_AUTHOR_EMAIL : 0) |
    (features.emails.length > 0 ? F_EMAIL : 0) |
    (n.userAgent !== '' ? F_USER_AGENT : 0) |
    (n.postTitle !== '' ? F_POST_TITLE : 0) |
    (n.isStaff ? F_STAFF : 0) |
    (n.approvedCount > 0 ? F_APPROVED : 0) |
    (n.publishedAt !== null ? F_PUBLISHED_AT : 0) |
    (disguised ? F_DISGUISED_WORD : 0) |
    (o.invisible > 0 ? F_INVISIBLE : 0) |
    (o.hiddenText.length > 0 ? F_HIDDEN_TEXT : 0) |
    (n.body.text.indexOf('@') >= 0 ? F_AT_SIGN : 0) |
    (features.stats.upperShare >= 0.9 ? F_CAPITALS : 0) |
    ((o.reordered ?? 0) >= 1 ? F_REORDERED : 0) |
    (nameIsUrl(features) ? F_NAME_URL : 0)
  );
}

/**
 * What the comment has. `withScan` false leaves the scan's facts, phrases and classes at 0 (no
 * rule reads them); `features` is the rules' input, so the scan computed here is the one the
 * rules then read from its facts.
 */
export function gateFacts(features: Features, withScan: boolean): GateFacts {
  const facts = fieldFacts(features);
  const words = features.words.length;
  if (!withScan) return { facts, phrases: 0, classes: 0, words };
  const s = scanOf(features);
  const scanFacts =
    (s.digits > 0 ? 1 : 0) |
    (s.cyrillicWord ? 2 : 0) |
    (s.unspaced ? 4 : 0) |
    (s.vocabulary.length > 0 ? 8 : 0) |
    (s.contactWord ? 16 : 0) |
    (s.investWord ? 32 : 0) |
    (s.chatRoles !== 0 ? 64 : 0) |
    (s.chatTerms !== 0 ? 128 : 0) |
    (s.machineWords !== 0 ? 256 : 0) |
    (s.ruleWords !== 0 ? 512 : 0) |
    (s.nonLatin ? 1024 : 0);
  return { facts: facts | (scanFacts << FIRST_SCAN_FACT), phrases: s.phraseKinds, classes: s.classes, words };
}

/** True when rule `r`'s gate lets it run on a comment with `present`. */
export function gateOpen(gates: RuleGates, r: number, present: GateFacts): boolean {
  const f = gates.facts[r] as number;
  const p = gates.phrases[r] as number;
  const c = gates.classes[r] as number;
  if ((present.facts & f) !== f || (present.phrases & p) !== p || (present.classes & c) !== c) return false;
  if (present.words < (gates.minWords[r] as number) || present.words > (gates.maxWords[r] as number)) return false;
  const groups = gates.anyOf[r];
  if (groups === undefined) return true;
  for (const g of groups) if ((present.facts & g.facts) === 0 && (present.phrases & g.phrases) === 0 && (present.classes & g.classes) === 0) return false;
  return true;
}

/**
 * A rule's `requires` as read once: a frozen copy with each name checked (each condition once),
 * undefined when absent, or what is wrong and where (a path suffix such as `[1].anyOf[0]`).
 */
export function readRequirements(value: unknown): { requires: RuleRequirement[] | undefined } | { problem: string; at: string; expected: string } {
  if (value === undefined) return { requires: undefined };
  if (!Array.isArray(value)) return { problem: `must be ${REQUIREMENTS}, received ${describe(value)}`, at: '', expected: REQUIREMENTS };
  const out: RuleRequirement[] = [];
  for (let i = 0; i < value.length; i++) {
    const q: unknown = Object.hasOwn(value, i) ? value[i] : undefined;
    if (typeof q === 'object' && q !== null && !Array.isArray(q) && Object.hasOwn(q, 'anyOf')) {
      const anyOf = (q as { anyOf: unknown }).anyOf;
      if (!Array.isArray(anyOf) || anyOf.length === 0 || Object.keys(q).length !== 1) return { problem: `must be { anyOf: [conditions] } with at least one condition, received ${describe(q)}`, at: `[${i}]`, expected: '{ anyOf: [conditions] }' };
      const group: RuleCondition[] = [];
      for (let j = 0; j < anyOf.length; j++) {
        const c = readCondition(Object.hasOwn(anyOf, j) ? anyOf[j] : undefined);
        if ('problem' in c) return { problem: c.problem, at: `[${i}].anyOf[${j}]`, expected: CONDITION };
        group.push(c.condition);
      }
      out.push(Object.freeze({ anyOf: Object.freeze(group) }));
      continue;
    }
    const bound = readWordBound(q);
    if (bound !== undefined) {
      if ('problem' in bound) return { problem: bound.problem, at: `[${i}]`, expected: 'a whole number of words from 0' };
      out.push(bound.bound);
      continue;
    }
    const c = readCondition(q);
    if ('problem' in c) return { problem: c.problem, at: `[${i}]`, expected: CONDITION };
    if (!out.some((o) => sameCondition(o, c.condition))) out.push(c.condition);
  }
  return { requires: out };
}

/** A `{ minWords: n }` or `{ maxWords: n }` entry as read (frozen), what is wrong with it, or undefined for anything else. */
function readWordBound(q: unknown): { bound: { minWords: number } | { maxWords: number } } | { problem: string } | undefined {
  if (typeof q !== 'object' || q === null || Array.isArray(q) || Object.keys(q).length !== 1) return undefined;
  const key = Object.hasOwn(q, 'minWords') ? 'minWords' : Object.hasOwn(q, 'maxWords') ? 'maxWords' : undefined;
  if (key === undefined) return undefined;
  const n = (q as Record<string, unknown>)[key];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WORDS) return { problem: `${key} must be a whole number of words from 0, received ${describe(n)}` };
  return { bound: Object.freeze(key === 'minWords' ? { minWords: n } : { maxWords: n }) };
}

const CONDITION = `one of ${RULE_FACTS.join(', ')}, { phrase: kind } or { wordClass: name }`;
const REQUIREMENTS = `an array of conditions (${CONDITION}), { anyOf: [conditions] }, { minWords: n } and { maxWords: n }`;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** A condition as read (a fact name, or a frozen { phrase } / { wordClass }), or what is wrong with it. */
function readCondition(q: unknown): { condition: RuleCondition } | { problem: string } {
  if (typeof q === 'string' && RULE_FACTS.includes(q as RuleFact)) return { condition: q as RuleFact };
  if (typeof q === 'object' && q !== null && !Array.isArray(q) && Object.keys(q).length === 1) {
    if (Object.hasOwn(q, 'phrase')) {
      const kind = (q as { phrase: unknown }).phrase;
      if (PHRASE_KINDS.includes(kind as PhraseKind)) return { condition: Object.freeze({ phrase: kind as PhraseKind }) };
      return { problem: `must name a phrase kind (${PHRASE_KINDS.join(', ')}), received ${describe(kind)}` };
    }
    if (Object.hasOwn(q, 'wordClass')) {
      const name = (q as { wordClass: unknown }).wordClass;
      if (WORD_CLASS_NAMES.includes(name as WordClass)) return { condition: Object.freeze({ wordClass: name as WordClass }) };
      return { problem: `must name a word class (${WORD_CLASS_NAMES.join(', ')}), received ${describe(name)}` };
    }
  }
  return { problem: `must be ${CONDITION}, received ${describe(q)}` };
}

function sameCondition(a: RuleRequirement, b: RuleCondition): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('anyOf' in a || 'minWords' in a || 'maxWords' in a) return false;
  return 'phrase' in a ? 'phrase' in b && a.phrase === b.phrase : 'wordClass' in b && a.wordClass === b.wordClass;
}

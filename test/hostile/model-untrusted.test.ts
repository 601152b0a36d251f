// A model file is untrusted input: every truncated, edited, wrong-version, oversized or deeply
// nested model must be refused with its coded error (never half-loaded, never a TypeError or a
// stack overflow), and a moderator that exists already must score exactly as before.
import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { createModerator, readModel, type Moderator } from '../../src/index.js';
import { MAX_MODEL_BYTES, MAX_MODEL_DEPTH } from '../../src/model.js';
import { fixtureComments } from './helpers/fuzz.js';
import { errorProblems } from './helpers/verdict.js';
import { bayesAsVersion1 } from '../helpers/model-v1.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const OPTIONS = { bayes: { minExamplesPerClass: 2 } };
const PROBES = fixtureComments().map((f) => f.comment).concat([{ content: 'cheap viagra http://pills.example' }, { content: 'thanks, this helped' }]);

function trained(): Moderator {
  const m = createModerator(OPTIONS);
  for (const { comment, label } of fixtureComments()) m.learn(comment, label);
  return m;
}

const source = trained();
const JSON_TEXT = JSON.stringify(source.exportModel());
const clone = (): Json => JSON.parse(JSON_TEXT) as Json;
const edit = (change: (m: Json) => void): Json => {
  const m = clone();
  change(m);
  return m;
};
/** The model with its Bayes part as version 1 wrote it (token lists as arrays of gaps), then changed. */
const editVersion1 = (change: (m: Json) => void): Json =>
  edit((m) => {
    m['bayes'] = bayesAsVersion1(m['bayes']);
    change(m);
  });

function scores(m: Moderator): string {
  return JSON.stringify(PROBES.map((c) => m.check(c)));
}

/** What createModerator({ model }) throws: the problems, or '' for a properly coded error. */
function loadError(model: unknown, code: string, viaReadModel?: Parameters<typeof readModel>[1]): string {
  try {
    if (viaReadModel) readModel(model, viaReadModel);
    else createModerator({ ...OPTIONS, model: model as never });
  } catch (error) {
    return errorProblems(error, code).join('; ');
  }
  return 'loaded without error';
}

const BIG = 1_000_000;

const CASES: { name: string; model: () => unknown; code: string }[] = [
  // The envelope.
  { name: 'null', model: () => null, code: 'E_MODEL_CORRUPT' },
  { name: 'a number', model: () => 42, code: 'E_MODEL_CORRUPT' },
  { name: 'an array', model: () => [clone()], code: 'E_MODEL_CORRUPT' },
  { name: 'empty JSON text', model: () => '', code: 'E_MODEL_CORRUPT' },
  { name: 'JSON null text', model: () => 'null', code: 'E_MODEL_CORRUPT' },
  { name: 'a JSON string', model: () => JSON.stringify(JSON_TEXT), code: 'E_MODEL_CORRUPT' },
  { name: 'trailing garbage', model: () => `${JSON_TEXT}x`, code: 'E_MODEL_CORRUPT' },
  { name: 'format missing', model: () => edit((m) => delete m['format']), code: 'E_MODEL_CORRUPT' },
  { name: 'format of another tool', model: () => edit((m) => (m['format'] = 'wink-nbc')), code: 'E_MODEL_CORRUPT' },
  { name: 'version 2', model: () => edit((m) => (m['version'] = 2)), code: 'E_MODEL_VERSION' },
  { name: 'version 0', model: () => edit((m) => (m['version'] = 0)), code: 'E_MODEL_VERSION' },
  { name: 'version "1"', model: () => edit((m) => (m['version'] = '1')), code: 'E_MODEL_VERSION' },
  { name: 'version missing', model: () => edit((m) => delete m['version']), code: 'E_MODEL_VERSION' },
  { name: 'unknown language', model: () => edit((m) => (m['language'] = 'xx')), code: 'E_MODEL_CORRUPT' },
  { name: 'language __proto__', model: () => edit((m) => (m['language'] = '__proto__')), code: 'E_MODEL_CORRUPT' },
  { name: 'createdAt missing', model: () => edit((m) => delete m['createdAt']), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes missing', model: () => edit((m) => delete m['bayes']), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes null', model: () => edit((m) => (m['bayes'] = null)), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes an array', model: () => edit((m) => (m['bayes'] = [])), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes empty object', model: () => edit((m) => (m['bayes'] = {})), code: 'E_MODEL_CORRUPT' },
  // The Bayes part: format and keys.
  { name: 'bayes.format wrong', model: () => edit((m) => (m['bayes'].format = 'x')), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes.version 3', model: () => edit((m) => (m['bayes'].version = 3)), code: 'E_MODEL_VERSION' },
  { name: 'bayes.version 0', model: () => edit((m) => (m['bayes'].version = 0)), code: 'E_MODEL_VERSION' },
  { name: 'bayes extra key', model: () => edit((m) => (m['bayes'].counts = {})), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes extra huge array', model: () => edit((m) => (m['bayes'].extra = new Array(BIG).fill(0))), code: 'E_MODEL_CORRUPT' },
  { name: 'bayes __proto__ key (JSON)', model: () => JSON_TEXT.replace('"format":"spamsift-bayes"', '"__proto__":{"polluted":1},"format":"spamsift-bayes"'), code: 'E_MODEL_CORRUPT' },
  { name: 'totals missing', model: () => edit((m) => delete m['bayes'].totals), code: 'E_MODEL_CORRUPT' },
  // Edited counts.
  ...(['spamDocs', 'hamDocs', 'tokens'] as const).flatMap((key) => [
    { name: `totals.${key} negative`, model: () => edit((m) => (m['bayes'].totals[key] = -1)), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} NaN`, model: () => edit((m) => (m['bayes'].totals[key] = Number.NaN)), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} Infinity`, model: () => edit((m) => (m['bayes'].totals[key] = Number.POSITIVE_INFINITY)), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} a string`, model: () => edit((m) => (m['bayes'].totals[key] = String(m['bayes'].totals[key]))), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} fractional`, model: () => edit((m) => (m['bayes'].totals[key] += 0.5)), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} one too many`, model: () => edit((m) => (m['bayes'].totals[key] += 1)), code: 'E_MODEL_CORRUPT' },
    { name: `totals.${key} 1e300`, model: () => edit((m) => (m['bayes'].totals[key] = 1e300)), code: 'E_MODEL_CORRUPT' },
  ]),
  // Vocabulary.
  { name: 'vocabulary not an array', model: () => edit((m) => (m['bayes'].vocabulary = { 0: 'a' })), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary with a number', model: () => edit((m) => (m['bayes'].vocabulary[0] = 7)), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary with a duplicate', model: () => edit((m) => (m['bayes'].vocabulary[1] = m['bayes'].vocabulary[0])), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary with an extra token', model: () => edit((m) => m['bayes'].vocabulary.push('never-used')), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary one token short', model: () => edit((m) => m['bayes'].vocabulary.pop()), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary with 1e6 unused tokens', model: () => edit((m) => {
    for (let i = 0; i < BIG; i++) m['bayes'].vocabulary.push(`t${i}`);
  }), code: 'E_MODEL_CORRUPT' },
  { name: 'vocabulary nested 1e5 deep (object)', model: () => edit((m) => (m['bayes'].vocabulary = nestedArray(100_000))), code: 'E_MODEL_CORRUPT' },
  // Documents.
  { name: 'documents missing', model: () => edit((m) => delete m['bayes'].documents), code: 'E_MODEL_CORRUPT' },
  { name: 'document ids duplicated', model: () => edit((m) => (m['bayes'].documents.ids[1] = m['bayes'].documents.ids[0])), code: 'E_MODEL_CORRUPT' },
  { name: 'document id empty', model: () => edit((m) => (m['bayes'].documents.ids[0] = '')), code: 'E_MODEL_CORRUPT' },
  { name: 'document id a number', model: () => edit((m) => (m['bayes'].documents.ids[0] = 1)), code: 'E_MODEL_CORRUPT' },
  { name: 'label maybe', model: () => edit((m) => (m['bayes'].documents.labels[0] = 'maybe')), code: 'E_MODEL_CORRUPT' },
  { name: 'one label missing', model: () => edit((m) => m['bayes'].documents.labels.pop()), code: 'E_MODEL_CORRUPT' },
  { name: 'one token list missing', model: () => edit((m) => m['bayes'].documents.tokens.pop()), code: 'E_MODEL_CORRUPT' },
  { name: 'extra document id', model: () => edit((m) => m['bayes'].documents.ids.push('id:extra')), code: 'E_MODEL_CORRUPT' },
  // Version 2 token lists (strings of base-32 gap digits, src/bayes/serialize.ts).
  { name: 'token list with a comma', model: () => edit((m) => (m['bayes'].documents.tokens[0] += ',')), code: 'E_MODEL_CORRUPT' },
  { name: 'token list with a quote and a backslash (JSON)', model: () => JSON_TEXT.replace('"tokens":["', '"tokens":["\\\"'), code: 'E_MODEL_CORRUPT' },
  { name: 'token list ending mid-gap', model: () => edit((m) => (m['bayes'].documents.tokens[0] += 'g')), code: 'E_MODEL_CORRUPT' },
  { name: 'token gap of 40 digits', model: () => edit((m) => (m['bayes'].documents.tokens[0] += `${'_'.repeat(40)}A`)), code: 'E_MODEL_CORRUPT' },
  { name: 'token id past the vocabulary', model: () => edit((m) => (m['bayes'].documents.tokens[0] += '____A')), code: 'E_MODEL_CORRUPT' },
  { name: 'token list an array of numbers', model: () => edit((m) => (m['bayes'].documents.tokens[0] = [0, 1])), code: 'E_MODEL_CORRUPT' },
  { name: 'token list a number', model: () => edit((m) => (m['bayes'].documents.tokens[0] = 0)), code: 'E_MODEL_CORRUPT' },
  { name: 'token list of 1e6 one-digit gaps', model: () => edit((m) => (m['bayes'].documents.tokens[0] = 'A'.repeat(BIG))), code: 'E_MODEL_CORRUPT' },
  // Version 1 token lists (arrays of gaps), still read.
  { name: 'v1: token gap negative', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0][1] = -1)), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token gap zero (a token twice)', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0][1] = 0)), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token gap NaN', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0][0] = Number.NaN)), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token gap a string', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0][0] = '0')), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token id past the vocabulary', model: () => editVersion1((m) => m['bayes'].documents.tokens[0].push(1e9)), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token list a string', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0] = 'x')), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: token list of 1e6 zero gaps', model: () => editVersion1((m) => (m['bayes'].documents.tokens[0] = new Array(BIG).fill(0))), code: 'E_MODEL_CORRUPT' },
  { name: 'v1: one label flipped (totals no longer match)', model: () => editVersion1((m) => (m['bayes'].documents.labels[0] = m['bayes'].documents.labels[0] === 'spam' ? 'ham' : 'spam')), code: 'E_MODEL_CORRUPT' },
  { name: 'one label flipped (totals no longer match)', model: () => edit((m) => (m['bayes'].documents.labels[0] = m['bayes'].documents.labels[0] === 'spam' ? 'ham' : 'spam')), code: 'E_MODEL_CORRUPT' },
  // Depth attacks on the parser.
  { name: '1e6 [ as the whole file', model: () => '['.repeat(BIG), code: 'E_MODEL_TOO_LARGE' },
  { name: '1e6 { as the whole file', model: () => '{"a":'.repeat(BIG), code: 'E_MODEL_TOO_LARGE' },
  { name: '1e6 [ inside a valid envelope', model: () => JSON_TEXT.replace('"bayes":', `"bayes":${'['.repeat(BIG)}`), code: 'E_MODEL_TOO_LARGE' },
  { name: 'balanced nesting one level too deep', model: () => `${'['.repeat(MAX_MODEL_DEPTH + 1)}${']'.repeat(MAX_MODEL_DEPTH + 1)}`, code: 'E_MODEL_TOO_LARGE' },
];

/** JSON text of a case object, unless it is the deep-nesting case (JSON.stringify itself would overflow). */
function stringifyIfShallow(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function nestedArray(depth: number): unknown[] {
  let a: unknown[] = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}

describe('untrusted models', () => {
  const existing = trained();
  const before = scores(existing);

  it('the unedited model loads and scores exactly like its source (so the cases below test the edits)', () => {
    for (const model of [JSON_TEXT, clone()]) expect(scores(createModerator({ ...OPTIONS, model: model as never }))).toBe(scores(source));
  });

  it.each(CASES)('$name → $code', ({ model, code }) => {
    const value = model();
    expect(loadError(value, code)).toBe('');
    // Also as JSON text, when the case is an object (what a file would hold).
    const text = typeof value === 'object' && value !== null && !Array.isArray(value) ? stringifyIfShallow(value) : undefined;
    if (text !== undefined) {
      // NaN and Infinity become null in JSON: still not a whole number ≥ 0.
      expect(loadError(text, code)).toBe('');
    }
  });

  it('every truncation of the model file → E_MODEL_CORRUPT', () => {
    const cuts = new Set<number>([0, 1, JSON_TEXT.length - 1, JSON_TEXT.length - 2]);
    for (let i = 1; i < 64; i++) cuts.add(Math.floor((JSON_TEXT.length * i) / 64));
    const problems = [...cuts].map((n) => [n, loadError(JSON_TEXT.slice(0, n), 'E_MODEL_CORRUPT')] as const).filter(([, p]) => p !== '');
    expect(problems).toEqual([]);
  });

  it('a model over the size limit is refused before parsing (configurable limit)', () => {
    // The default must be reachable by a JS string, or the check could never fire.
    expect(MAX_MODEL_BYTES).toBeLessThan(constants.MAX_STRING_LENGTH);
    expect(loadError(JSON_TEXT, 'E_MODEL_TOO_LARGE', { maxBytes: JSON_TEXT.length - 1 })).toBe('');
    expect(readModel(JSON_TEXT, { maxBytes: JSON_TEXT.length }).format).toBe('spamsift-model');
    expect(loadError(`${' '.repeat(200)}{}`, 'E_MODEL_TOO_LARGE', { maxBytes: 100 })).toBe('');
    expect(loadError(JSON_TEXT, 'E_MODEL_TOO_LARGE', { maxDepth: 2 })).toBe('');
    expect(loadError(JSON_TEXT, 'E_INVALID_OPTION', { maxBytes: -1 })).toBe('');
  });

  it('a model of another language than the options ask for is refused with a code', () => {
    const other = edit((m) => (m['language'] = 'fr'));
    let problems = 'loaded without error';
    try {
      createModerator({ ...OPTIONS, language: 'en', model: other as never });
    } catch (error) {
      problems = errorProblems(error, 'E_INVALID_OPTION').join('; ');
    }
    expect(problems).toBe('');
  });

  it('after all the failed loads, the existing moderator scores and exports exactly as before', () => {
    expect(scores(existing)).toBe(before);
    const strip = (m: Moderator): string => JSON.stringify({ ...m.exportModel(), createdAt: '' });
    expect(strip(existing)).toBe(strip(trained()));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

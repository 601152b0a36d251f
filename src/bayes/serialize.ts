// The Bayes part of an exported model. Counts are not written: they are exactly the sums over the
// documents, so they are rebuilt on load and cannot disagree with them. What is written is checked
// strictly (an edited or truncated file is refused, never half-loaded):
//
//   { format: 'spamsift-bayes', version: 2,
//     totals: { spamDocs, hamDocs, tokens },            // recomputed and compared on load
//     vocabulary: [token, …],                           // id = index; most common first
//     documents: { ids: [docId, …], labels: ['spam' | 'ham', …],
//                  tokens: ['…', …] },                  // each doc's sorted ids as a gap string (below)
//     fitted?: { … } }                                  // optional: the refit's result (fitted.ts)
//
// A version 2 token list is one string: the document's ids in increasing order, each written as
// its gap (the first id itself, then id − previous − 1, never negative) in base-32 digits, the
// lowest first, one character a digit from TOKEN_DIGITS (the base64url alphabet, nothing a JSON
// string escapes): characters 0-31 are a gap's last digit, 32-63 a digit with more to follow.
// A gap below 32 takes one character, below 1,024 two, below 32,768 three. Version 1 wrote the
// same gaps (the first id, then id − previous) as a JSON array of numbers: a digit, a comma and
// often a second and third digit each, about 45 % of a default export's bytes (issue 9: "a model
// stays at most today's size per learned comment"). Version 1 files are still read.
import { SpamsiftError, describeValue } from '../errors.js';
import type { Label } from '../types.js';
import { readFitted, type FittedJSON, type FittedState } from './fitted.js';
import type { StoreSnapshot } from './store.js';

export const BAYES_FORMAT = 'spamsift-bayes';
export const BAYES_VERSION = 2;
/** Versions this code reads: 1 (token lists as arrays of gaps) and BAYES_VERSION. */
export const BAYES_VERSIONS_READ: readonly number[] = [1, BAYES_VERSION];

export interface BayesModelJSON {
  format: typeof BAYES_FORMAT;
  version: typeof BAYES_VERSION;
  totals: { spamDocs: number; hamDocs: number; tokens: number };
  vocabulary: string[];
  documents: { ids: string[]; labels: Label[]; tokens: string[] };
  /** Written only by exportModel({ fitted: true }); absent from a default export. */
  fitted?: FittedJSON;
}

/** A version 1 file's Bayes part (read, never written): each token list an array of gaps. */
export interface BayesModelJSONv1 extends Omit<BayesModelJSON, 'version' | 'documents'> {
  version: 1;
  documents: { ids: string[]; labels: Label[]; tokens: number[][] };
}

/** The digits of a version 2 token list: value v is TOKEN_DIGITS[v]; 0-31 end a gap, 32-63 go on. */
export const TOKEN_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Each character's digit value (−1 for a character that is not one), by char code below 128. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < TOKEN_DIGITS.length; v++) DIGIT_VALUE[TOKEN_DIGITS.charCodeAt(v)] = v;
/** Digits a gap may take: 7 hold every id below 2^35, far past any vocabulary limit. */
const MAX_GAP_DIGITS = 7;

/** A document's sorted, distinct ids as a version 2 token list. */
export function encodeTokenList(ids: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const id of ids) {
    let gap = id - previous - 1;
    previous = id;
    while (gap >= 32) {
      out += TOKEN_DIGITS[32 | (gap % 32)];
      gap = Math.floor(gap / 32);
    }
    out += TOKEN_DIGITS[gap];
  }
  return out;
}

/**
 * The ids of a version 2 token list, or a message saying what is wrong with it (a character
 * that is not a digit, a gap left unfinished or too long). Ids strictly increase by construction.
 */
export function decodeTokenList(list: string): number[] | string {
  const ids: number[] = [];
  let previous = -1;
  let gap = 0;
  let scale = 1;
  let digits = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    const v = c < 128 ? (DIGIT_VALUE[c] as number) : -1;
    if (v < 0) return `character ${i} is not a token digit`;
    if (++digits > MAX_GAP_DIGITS) return `the gap ending at character ${i} is longer than ${MAX_GAP_DIGITS} digits`;
    gap += (v & 31) * scale;
    scale *= 32;
    if (v < 32) {
      previous += gap + 1;
      ids.push(previous);
      gap = 0;
      scale = 1;
      digits = 0;
    }
  }
  if (digits !== 0) return 'the last gap is unfinished';
  return ids;
}

/** The number of ids in a version 2 token list (its characters that end a gap), read before anything is built. */
export function tokenListLength(list: string): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c < 128 && (DIGIT_VALUE[c] as number) >= 0 && (DIGIT_VALUE[c] as number) < 32) n++;
  }
  return n;
}

/** A read model: the store state, and its fitted block when it has one this version reads. */
export interface ReadBayesModel extends StoreSnapshot {
  fitted?: FittedState;
}

function corrupt(message: string, path: string): never {
  throw new SpamsiftError('E_MODEL_CORRUPT', `${message} Export a model again with moderator.exportModel().`, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the listed keys (and the optional ones): an unknown key means a file this version did not write. */
function checkKeys(o: Record<string, unknown>, keys: readonly string[], path: string, optional: readonly string[] = []): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key) && !optional.includes(key)) corrupt(`${path} has an unknown key ${JSON.stringify(key.slice(0, 40))}.`, `${path}.${key}`);
  }
  for (const key of keys) if (!Object.hasOwn(o, key)) corrupt(`${path}.${key} is missing.`, `${path}.${key}`);
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) corrupt(`${path} must be a whole number ≥ 0, received ${describeValue(value)}.`, path);
  return value;
}

export function snapshotToJSON(snapshot: StoreSnapshot): BayesModelJSON {
  let spamDocs = 0;
  let tokens = 0;
  const ids: string[] = [];
  const labels: Label[] = [];
  const lists: string[] = [];
  for (const doc of snapshot.documents) {
    ids.push(doc.id);
    labels.push(doc.label);
    if (doc.label === 'spam') spamDocs++;
    tokens += doc.tokens.length;
    lists.push(encodeTokenList(doc.tokens));
  }
  return {
    format: BAYES_FORMAT,
    version: BAYES_VERSION,
    totals: { spamDocs, hamDocs: ids.length - spamDocs, tokens },
    vocabulary: snapshot.vocabulary,
    documents: { ids, labels, tokens: lists },
  };
}

/** A version 1 token list: an array of gaps, the first ≥ 0 and the rest ≥ 1 (ids strictly increase, so no token counts twice in a document). */
function readGaps(gaps: unknown, where: string, path: string): number[] {
  if (!Array.isArray(gaps)) corrupt(`${where}: the token list must be an array.`, path);
  const tokens: number[] = [];
  let previous = -1;
  for (let i = 0; i < gaps.length; i++) {
    const gap: unknown = gaps[i];
    if (typeof gap !== 'number' || !Number.isSafeInteger(gap) || gap < (i === 0 ? 0 : 1)) {
      corrupt(`${where}: token gap ${i} must be a whole number ≥ ${i === 0 ? 0 : 1}, received ${describeValue(gap)}.`, path);
    }
    previous = i === 0 ? gap : previous + gap;
    tokens.push(previous);
  }
  return tokens;
}

/** A version 2 token list (encodeTokenList). */
function readTokenList(list: unknown, where: string, path: string): number[] {
  if (typeof list !== 'string') corrupt(`${where}: the token list must be a string, received ${describeValue(list)}.`, path);
  const tokens = decodeTokenList(list);
  if (typeof tokens === 'string') corrupt(`${where}: the token list is damaged: ${tokens}.`, path);
  return tokens;
}

/** Checks the Bayes part of a model and returns the store state it describes; throws a coded error otherwise. */
export function readBayesModel(value: unknown, path = 'model.bayes'): ReadBayesModel {
  if (!isObject(value)) corrupt(`${path} must be an object, received ${describeValue(value)}.`, path);
  if (value['format'] !== BAYES_FORMAT) corrupt(`${path}.format must be "${BAYES_FORMAT}", received ${describeValue(value['format'])}.`, `${path}.format`);
  const version = value['version'];
  if (typeof version !== 'number' || !BAYES_VERSIONS_READ.includes(version)) {
    throw new SpamsiftError('E_MODEL_VERSION', `${path}.version ${describeValue(version)} is not supported (this spamsift reads ${BAYES_VERSIONS_READ.join(' and ')}).`, `${path}.version`);
  }
  checkKeys(value, ['format', 'version', 'totals', 'vocabulary', 'documents'], path, ['fitted']);
  const totals = value['totals'];
  if (!isObject(totals)) corrupt(`${path}.totals must be an object.`, `${path}.totals`);
  checkKeys(totals, ['spamDocs', 'hamDocs', 'tokens'], `${path}.totals`);
  const declared = {
    spamDocs: count(totals['spamDocs'], `${path}.totals.spamDocs`),
    hamDocs: count(totals['hamDocs'], `${path}.totals.hamDocs`),
    tokens: count(totals['tokens'], `${path}.totals.tokens`),
  };

  const vocabulary = value['vocabulary'];
  if (!Array.isArray(vocabulary)) corrupt(`${path}.vocabulary must be an array of tokens.`, `${path}.vocabulary`);
  const seen = new Set<string>();
  vocabulary.forEach((token: unknown, i) => {
    if (typeof token !== 'string') corrupt(`${path}.vocabulary[${i}] must be a string, received ${describeValue(token)}.`, `${path}.vocabulary[${i}]`);
    if (seen.has(token)) corrupt(`${path}.vocabulary[${i}] repeats a token.`, `${path}.vocabulary[${i}]`);
    seen.add(token);
  });

  const docs = value['documents'];
  if (!isObject(docs)) corrupt(`${path}.documents must be an object.`, `${path}.documents`);
  checkKeys(docs, ['ids', 'labels', 'tokens'], `${path}.documents`);
  const ids = docs['ids'];
  const labels = docs['labels'];
  const lists = docs['tokens'];
  if (!Array.isArray(ids) || !Array.isArray(labels) || !Array.isArray(lists)) corrupt(`${path}.documents.ids, .labels and .tokens must be arrays.`, `${path}.documents`);
  if (labels.length !== ids.length || lists.length !== ids.length) {
    corrupt(`${path}.documents has ${ids.length} ids, ${labels.length} labels and ${lists.length} token lists; they must be equal.`, `${path}.documents`);
  }

  const used = new Uint8Array(vocabulary.length);
  const docIds = new Set<string>();
  const documents: StoreSnapshot['documents'] = [];
  let spamDocs = 0;
  let tokenCount = 0;
  for (let d = 0; d < ids.length; d++) {
    const id: unknown = ids[d];
    const label: unknown = labels[d];
    const list: unknown = lists[d];
    const where = `${path}.documents[${d}]`;
    if (typeof id !== 'string' || id === '') corrupt(`${where}: the id must be a non-empty string.`, `${path}.documents.ids[${d}]`);
    if (docIds.has(id)) corrupt(`${where}: the id is learned twice.`, `${path}.documents.ids[${d}]`);
    docIds.add(id);
    if (label !== 'spam' && label !== 'ham') corrupt(`${where}: the label must be 'spam' or 'ham', received ${describeValue(label)}.`, `${path}.documents.labels[${d}]`);
    const tokens = version === 1 ? readGaps(list, where, `${path}.documents.tokens[${d}]`) : readTokenList(list, where, `${path}.documents.tokens[${d}]`);
    for (const tokenId of tokens) {
      if (tokenId >= vocabulary.length) corrupt(`${where}: token id ${tokenId} is outside the vocabulary (${vocabulary.length}).`, `${path}.documents.tokens[${d}]`);
      used[tokenId] = 1;
    }
    if (label === 'spam') spamDocs++;
    tokenCount += tokens.length;
    documents.push({ id, label, tokens });
  }
  const unused = used.indexOf(0);
  if (unused >= 0) corrupt(`${path}.vocabulary[${unused}] is in no document: the counts do not add up.`, `${path}.vocabulary[${unused}]`);
  if (declared.spamDocs !== spamDocs || declared.hamDocs !== ids.length - spamDocs || declared.tokens !== tokenCount) {
    corrupt(
      `${path}.totals (${declared.spamDocs} spam, ${declared.hamDocs} ham, ${declared.tokens} tokens) do not match the documents (${spamDocs}, ${ids.length - spamDocs}, ${tokenCount}).`,
      `${path}.totals`,
    );
  }
  const snapshot: ReadBayesModel = { vocabulary: vocabulary as string[], documents };
  if (Object.hasOwn(value, 'fitted')) {
    const fitted = readFitted(value['fitted'], snapshot, `${path}.fitted`);
    if (fitted !== undefined) snapshot.fitted = fitted;
  }
  return snapshot;
}

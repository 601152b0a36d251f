// The Bayes part of an exported model. Counts are not written: they are exactly the sums over the
// documents, so they are rebuilt on load and cannot disagree with them. What is written is checked
// strictly (an edited or truncated file is refused, never half-loaded):
//
//   { format: 'spamsift-bayes', version: 1,
//     totals: { spamDocs, hamDocs, tokens },            // recomputed and compared on load
//     vocabulary: [token, …],                           // id = index; most common first
//     documents: { ids: [docId, …], labels: ['spam' | 'ham', …],
//                  tokens: [[firstId, gap, gap, …], …] },  // each doc's sorted ids, gap-encoded
//     fitted?: { … } }                                  // optional: the refit's result (fitted.ts)
import { SpamsiftError, describeValue } from '../errors.js';
import type { Label } from '../types.js';
import { readFitted, type FittedJSON, type FittedState } from './fitted.js';
import type { StoreSnapshot } from './store.js';

export const BAYES_FORMAT = 'spamsift-bayes';
export const BAYES_VERSION = 1;

export interface BayesModelJSON {
  format: typeof BAYES_FORMAT;
  version: typeof BAYES_VERSION;
  totals: { spamDocs: number; hamDocs: number; tokens: number };
  vocabulary: string[];
  documents: { ids: string[]; labels: Label[]; tokens: number[][] };
  /** Written only by exportModel({ fitted: true }); absent from a default export. */
  fitted?: FittedJSON;
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
  const lists: number[][] = [];
  for (const doc of snapshot.documents) {
    ids.push(doc.id);
    labels.push(doc.label);
    if (doc.label === 'spam') spamDocs++;
    tokens += doc.tokens.length;
    const gaps = doc.tokens.slice();
    for (let i = gaps.length - 1; i > 0; i--) gaps[i] = (gaps[i] as number) - (gaps[i - 1] as number);
    lists.push(gaps);
  }
  return {
    format: BAYES_FORMAT,
    version: BAYES_VERSION,
    totals: { spamDocs, hamDocs: ids.length - spamDocs, tokens },
    vocabulary: snapshot.vocabulary,
    documents: { ids, labels, tokens: lists },
  };
}

/** Checks the Bayes part of a model and returns the store state it describes; throws a coded error otherwise. */
export function readBayesModel(value: unknown, path = 'model.bayes'): ReadBayesModel {
  if (!isObject(value)) corrupt(`${path} must be an object, received ${describeValue(value)}.`, path);
  if (value['format'] !== BAYES_FORMAT) corrupt(`${path}.format must be "${BAYES_FORMAT}", received ${describeValue(value['format'])}.`, `${path}.format`);
  if (value['version'] !== BAYES_VERSION) {
    throw new SpamsiftError('E_MODEL_VERSION', `${path}.version ${describeValue(value['version'])} is not supported (this spamsift reads ${BAYES_VERSION}).`, `${path}.version`);
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
    const gaps: unknown = lists[d];
    const where = `${path}.documents[${d}]`;
    if (typeof id !== 'string' || id === '') corrupt(`${where}: the id must be a non-empty string.`, `${path}.documents.ids[${d}]`);
    if (docIds.has(id)) corrupt(`${where}: the id is learned twice.`, `${path}.documents.ids[${d}]`);
    docIds.add(id);
    if (label !== 'spam' && label !== 'ham') corrupt(`${where}: the label must be 'spam' or 'ham', received ${describeValue(label)}.`, `${path}.documents.labels[${d}]`);
    if (!Array.isArray(gaps)) corrupt(`${where}: the token list must be an array.`, `${path}.documents.tokens[${d}]`);
    const tokens: number[] = [];
    let previous = -1;
    for (let i = 0; i < gaps.length; i++) {
      const gap: unknown = gaps[i];
      // Gaps after the first are ≥ 1: ids strictly increase, so no token counts twice in a document.
      if (typeof gap !== 'number' || !Number.isSafeInteger(gap) || gap < (i === 0 ? 0 : 1)) {
        corrupt(`${where}: token gap ${i} must be a whole number ≥ ${i === 0 ? 0 : 1}, received ${describeValue(gap)}.`, `${path}.documents.tokens[${d}]`);
      }
      const tokenId = i === 0 ? gap : previous + gap;
      if (tokenId >= vocabulary.length) corrupt(`${where}: token id ${tokenId} is outside the vocabulary (${vocabulary.length}).`, `${path}.documents.tokens[${d}]`);
      used[tokenId] = 1;
      tokens.push(tokenId);
      previous = tokenId;
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

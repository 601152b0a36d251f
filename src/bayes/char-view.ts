// A second, separate view of a comment for the classifier: character 3–5-grams of the whole
// normalized text, across word boundaries (what a linear SVM's character n-grams see and the word
// tokens miss: spacing tricks, glued words, word endings in inflected languages, punctuation and
// emoji runs). The grams are hashed into a bounded id space straight from the text's code units,
// so no gram is ever built as a string, and fitted by the same NB-LR as the word view
// (weights.ts); the two views' log-odds can then be combined. Measured leave-one-corpus-out in
// bench/char-view-loco.mjs (docs/quality-session6.md): it is not wired into the moderator.
import type { Label } from '../types.js';
import type { Calibration } from './calibrate.js';
import { fitTrained, scoreIds, type FitDocument, type TokenWeights, type TrainedConfig } from './weights.js';

export interface CharViewConfig {
  /** The id space is 2^bits buckets (collisions merge grams; 18 bits: 262,144). */
  bits: number;
  /** Gram lengths in code units, smallest and largest. */
  minSize: number;
  maxSize: number;
  /** Code units of the text read (a 10 MB body costs what this many do). */
  maxChars: number;
}

export const DEFAULT_CHAR_VIEW: Readonly<CharViewConfig> = Object.freeze({ bits: 18, minSize: 3, maxSize: 5, maxChars: 2000 });

/** Reusable buffers of one view: the distinct-id marks (one generation stamp per bucket) and the output. */
export class CharGramScratch {
  readonly seen: Uint32Array;
  /** The last code units read, newest at ring[(k − 1) & 7]. */
  readonly ring = new Int32Array(8);
  ids: Uint32Array = new Uint32Array(256);
  private generation = 0;

  constructor(readonly config: Readonly<CharViewConfig>) {
    if (!Number.isInteger(config.bits) || config.bits < 8 || config.bits > 24) throw new RangeError('char view: bits must be a whole number from 8 to 24');
    if (!(config.minSize >= 1 && config.maxSize >= config.minSize && config.maxSize <= 8)) throw new RangeError('char view: gram sizes must satisfy 1 ≤ minSize ≤ maxSize ≤ 8');
    this.seen = new Uint32Array(1 << config.bits);
  }

  /** A new stamp: every bucket reads as unseen again without clearing the table. */
  next(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.seen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/** Whitespace of any kind reads as one space (runs collapse), so spacing does not split the grams. */
function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Case folded for the two cased scripts that matter most here (Latin and Cyrillic capitals), code unit by code unit. */
function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  return c;
}

/**
 * The distinct hashed gram ids of `text` (a view into scratch.ids, valid until the next call), in
 * the order first seen. The text is read as padded with a space at each end, whitespace runs as
 * one space, so a word's first and last letters make grams of their own.
 */
export function charGramIds(text: string, scratch: CharGramScratch): Uint32Array {
  const { bits, minSize, maxSize, maxChars } = scratch.config;
  const shift = 32 - bits;
  const stamp = scratch.next();
  const seen = scratch.seen;
  const ring = scratch.ring;
  let k = 0;
  let n = 0;
  const end = Math.min(text.length, maxChars);
  let ids = scratch.ids;
  const push = (c: number): void => {
    ring[k & 7] = c;
    k++;
    for (let size = minSize; size <= maxSize && size <= k; size++) {
      // FNV-1a over the gram's code units, seeded by its length, then a final mix (FNV's high bits alone are weak).
      let h = 0x811c9dc5 ^ size;
      for (let j = k - size; j < k; j++) h = Math.imul(h ^ (ring[j & 7] as number), 0x01000193);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h ^= h >>> 12;
      const id = (h >>> 0) >>> shift;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      if (n === ids.length) {
        const grown = new Uint32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[n++] = id;
    }
  };
  push(0x20);
  let space = true;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!space) push(0x20);
      space = true;
      continue;
    }
    push(fold(c));
    space = false;
  }
  if (!space) push(0x20);
  scratch.ids = ids;
  return ids.subarray(0, n);
}

/** A fitted char view: NB-LR weights over the buckets and their cross-fitted calibration. */
export interface CharViewModel {
  model: TokenWeights;
  calibration: Calibration;
  power: number;
}

/**
 * Fits the view on `docs` (text and label), in the order given: the caller's order must be a
 * function of the learned set (the classifier's store orders documents by a hash of their ids).
 * Null without both classes.
 */
export function fitCharView(docs: readonly { text: string; label: Label }[], scratch: CharGramScratch, config: TrainedConfig, prior: Calibration): CharViewModel | null {
  const fitDocs: FitDocument[] = docs.map((d) => ({ label: d.label, ids: Uint32Array.from(charGramIds(d.text, scratch)) }));
  const fitted = fitTrained(fitDocs, 1 << scratch.config.bits, new Uint8Array(1 << scratch.config.bits), config, prior);
  return fitted === null ? null : { model: fitted.model, calibration: fitted.calibration, power: config.power };
}

/** The view's calibrated log-odds that `text` is spam. */
export function scoreCharView(view: CharViewModel, text: string, scratch: CharGramScratch): number {
  const x = scoreIds(view.model, charGramIds(text, scratch), view.power);
  return view.calibration.slope * x + view.calibration.offset;
}

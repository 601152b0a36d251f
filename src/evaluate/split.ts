// How a labeled corpus is cut into training and test parts. Both splits are deterministic:
// the same corpus and seed give the same parts, so two classifiers are compared on equal terms.
import { mulberry32, shuffleInPlace } from './random.js';
import type { Label } from '../types.js';

export interface Split {
  /** Indexes into the corpus, in corpus order. */
  train: number[];
  test: number[];
}

/**
 * Stratified k-fold: each class is shuffled with the seed and dealt round-robin into the folds,
 * so every fold has the corpus's spam share (±1 comment).
 */
export function stratifiedKFold(labels: readonly Label[], folds: number, seed: number): Split[] {
  const random = mulberry32(seed);
  const foldOf = new Int32Array(labels.length);
  for (const label of ['spam', 'ham'] as const) {
    const members: number[] = [];
    labels.forEach((l, i) => {
      if (l === label) members.push(i);
    });
    shuffleInPlace(members, random);
    members.forEach((index, position) => {
      foldOf[index] = position % folds;
    });
  }
  const splits: Split[] = [];
  for (let f = 0; f < folds; f++) {
    const split: Split = { train: [], test: [] };
    for (let i = 0; i < labels.length; i++) (foldOf[i] === f ? split.test : split.train).push(i);
    splits.push(split);
  }
  return splits;
}

export interface ChronoItem {
  /** Items of one group (a video, a post) are ordered and cut separately. */
  subset?: string | undefined;
  /** Epoch ms, or null when the item has no usable date (it keeps its corpus position). */
  time: number | null;
}

/**
 * Chronological split: inside each group, the earlier `trainShare` of the items (by date, ties
 * and undated items in corpus order) is training and the rest is test, the way a site sees its
 * comments arrive.
 */
export function chronologicalSplit(items: readonly ChronoItem[], trainShare = 0.7): Split {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = item.subset ?? '';
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const train: number[] = [];
  const test: number[] = [];
  for (const members of groups.values()) {
    const dated = members.every((i) => items[i]?.time !== null);
    // Array.prototype.sort is stable, so equal dates keep corpus order.
    const ordered = dated ? members.slice().sort((a, b) => (items[a]?.time ?? 0) - (items[b]?.time ?? 0)) : members;
    const cut = Math.round(ordered.length * trainShare);
    ordered.forEach((index, position) => (position < cut ? train : test).push(index));
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return { train, test };
}

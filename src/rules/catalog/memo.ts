// Work that several rules share (the word scan, the de-duplicated body links, the request to write
// privately) is computed once per comment and kept on that comment's Features object, so it lives
// exactly as long as the comment and no state sits at module level. It is kept in private class
// fields stamped onto the object (a base constructor that returns its argument makes `new` add the fields to it):
// invisible to Object.keys, symbols, JSON, spreads and deep equality, and as cheap as a plain
// property store, where Object.defineProperty costs about five times more per comment.
import type { Features } from '../../types.js';

class Stamp {
  constructor(target: object) {
    return target as Stamp;
  }
}

class FeatureMemo extends Stamp {
  #scan: unknown = undefined;
  #bodyLinks: unknown = undefined;
  #ownLinks: unknown = undefined;
  #privateRequest: unknown = undefined;

  static #of(features: Features): FeatureMemo {
    const target = features as unknown as FeatureMemo;
    // The result of `new` is used on purpose: bundlers drop an unused `new` of a class they
    // judge side-effect free, which would silently skip the stamping.
    return #scan in target ? target : new FeatureMemo(target);
  }

  static scan<T>(features: Features, compute: (features: Features) => T): T {
    const memo = FeatureMemo.#of(features);
    if (memo.#scan === undefined) memo.#scan = compute(features);
    return memo.#scan as T;
  }

  static bodyLinks<T>(features: Features, compute: (features: Features) => T): T {
    const memo = FeatureMemo.#of(features);
    if (memo.#bodyLinks === undefined) memo.#bodyLinks = compute(features);
    return memo.#bodyLinks as T;
  }

  static ownLinks<T>(features: Features, compute: (features: Features) => T): T {
    const memo = FeatureMemo.#of(features);
    if (memo.#ownLinks === undefined) memo.#ownLinks = compute(features);
    return memo.#ownLinks as T;
  }

  static privateRequest<T>(features: Features, compute: (features: Features) => T): T {
    const memo = FeatureMemo.#of(features);
    if (memo.#privateRequest === undefined) memo.#privateRequest = compute(features);
    return memo.#privateRequest as T;
  }
}

// `compute` takes the features rather than closing over them, so a hit on the memo allocates nothing.

/** The comment's word scan, computed by `compute` on first use. */
export function memoScan<T>(features: Features, compute: (features: Features) => T): T {
  return FeatureMemo.scan(features, compute);
}

/** The comment's de-duplicated body links, computed by `compute` on first use. */
export function memoBodyLinks<T>(features: Features, compute: (features: Features) => T): T {
  return FeatureMemo.bodyLinks(features, compute);
}

/** The comment's body links that are not to well-known sites, computed by `compute` on first use. */
export function memoOwnLinks<T>(features: Features, compute: (features: Features) => T): T {
  return FeatureMemo.ownLinks(features, compute);
}

/** The comment's request to write privately (two offer rules read it), computed by `compute` on first use. */
export function memoPrivateRequest<T>(features: Features, compute: (features: Features) => T): T {
  return FeatureMemo.privateRequest(features, compute);
}

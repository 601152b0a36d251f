// classify()'s result with its strongest tokens worked out when first read (combine.ts,
// Explanation). Same data to every reader: `spamTokens` and `hamTokens` are own, enumerable
// accessors after `probability` (and `undisguisedProbability` when present), so keys, spread,
// clone and deep equality see what a plain BayesResult shows. One shared accessor pair per
// property for every instance: creating one costs about 60 ns where an object literal with its
// own getters costs a microsecond (Node 20), and explaining costs about a microsecond per check.
import type { BayesResult, BayesToken } from '../types.js';
import type { Explanation } from './combine.js';

export class ScoredResult implements BayesResult {
  declare probability: number;
  declare undisguisedProbability?: number;
  declare spamTokens: BayesToken[];
  declare hamTokens: BayesToken[];
  #explanation: Explanation;
  /** Each side once worked out (or set by a reader); null until then. */
  #spam: BayesToken[] | null = null;
  #ham: BayesToken[] | null = null;

  /** The shared accessor of one side: the same getter and setter pair for every instance. */
  private static access(side: 'spam' | 'ham'): PropertyDescriptor {
    return {
      get(this: ScoredResult): BayesToken[] {
        return side === 'spam' ? (this.#spam ??= this.#explanation.spamTokens()) : (this.#ham ??= this.#explanation.hamTokens());
      },
      set(this: ScoredResult, value: BayesToken[]) {
        if (side === 'spam') this.#spam = value;
        else this.#ham = value;
      },
      enumerable: true,
      configurable: true,
    };
  }

  private static readonly spamAccess = ScoredResult.access('spam');
  private static readonly hamAccess = ScoredResult.access('ham');

  constructor(probability: number, undisguisedProbability: number | undefined, explanation: Explanation) {
    this.probability = probability;
    if (undisguisedProbability !== undefined) this.undisguisedProbability = undisguisedProbability;
    this.#explanation = explanation;
    Object.defineProperty(this, 'spamTokens', ScoredResult.spamAccess);
    Object.defineProperty(this, 'hamTokens', ScoredResult.hamAccess);
  }
}

/**
 * The same result for a reader that only reads it (the moderator's check(): decide and the
 * verdict's lazy BAYES evidence read the sides; nothing hands the object out). The sides are
 * getters on the prototype, so creating one defines no property per instance: the two
 * Object.defineProperty calls above cost about 0.2 µs, about 1 % of a youtube check. Not for
 * callers that copy or serialize the result: its own keys leave the sides out.
 */
export class ReadResult implements BayesResult {
  probability: number;
  declare undisguisedProbability?: number;
  #explanation: Explanation;
  #spam: BayesToken[] | null = null;
  #ham: BayesToken[] | null = null;

  constructor(probability: number, undisguisedProbability: number | undefined, explanation: Explanation) {
    this.probability = probability;
    if (undisguisedProbability !== undefined) this.undisguisedProbability = undisguisedProbability;
    this.#explanation = explanation;
  }

  get spamTokens(): BayesToken[] {
    return (this.#spam ??= this.#explanation.spamTokens());
  }

  set spamTokens(value: BayesToken[]) {
    this.#spam = value;
  }

  get hamTokens(): BayesToken[] {
    return (this.#ham ??= this.#explanation.hamTokens());
  }

  set hamTokens(value: BayesToken[]) {
    this.#ham = value;
  }
}

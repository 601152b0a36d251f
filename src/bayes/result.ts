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

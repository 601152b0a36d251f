// PLACEHOLDER (replaced by the rules catalog work).
import type { ResolvedOptions } from '../../options.js';
import type { Rule } from '../../types.js';

export const CATALOG: readonly Rule[] = [];

/** Rules built from the caller's allow/block lists and WordPress key lists. */
export function createListRules(options: ResolvedOptions): Rule[] {
  void options;
  return [];
}

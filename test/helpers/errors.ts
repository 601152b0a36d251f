// What a call threw, as "CODE path" (a SpamsiftError's stable data), or "no error": tests compare
// codes and paths, never messages. Anything that is not a SpamsiftError is rethrown.
import { isSpamsiftError } from '../../src/index.js';

export function codeAndPathOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isSpamsiftError(error)) throw error;
    return `${error.code} ${error.path ?? ''}`.trim();
  }
  return 'no error';
}

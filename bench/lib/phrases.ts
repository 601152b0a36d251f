// The catalog's template phrases and how they are split into words, for bench/phrase-audit.mjs.
export { PHRASES } from '../../src/rules/catalog/phrases.js';
export { phraseWords } from '../../src/rules/catalog/phrase-matcher.js';

// The one module of spamsift that imports natural, and only by submodule path: natural's top-level
// index prints dotenv banners to stdout and reads `.env`, which a library must never do. Each path
// below was checked to load only stemmer, tokenizer and stop-word files (plus stopwords-iso for
// German), never natural's index. We never call a stemmer's `.attach()`: it patches String.prototype.
// Cost: loading all ten stemmers takes about 50 ms once, at import.
import { createRequire } from 'node:module';
import type { Language } from '../options.js';

// natural, linkifyjs, tldts and bidi-js are CommonJS packages (each one's `main` is CommonJS and
// none has an `exports` map that offers ESM). Imported from an ES module, Node first reads each
// file's source with its CommonJS export lexer to find the named exports, and that lexer is a
// large function V8 soon compiles with TurboFan: about 0.15 s of CPU per process and per worker
// thread before a comment is scored (docs/speed-session9.md). Loaded with require(), the same files
// run the same way and none of that happens. (The CJS build gets import.meta.url from tsup's shim.)
const require = createRequire(import.meta.url);

const porterEn = require('natural/lib/natural/stemmers/porter_stemmer.js') as NaturalStemmer;
const porterDe = require('natural/lib/natural/stemmers/porter_stemmer_de.js') as NaturalStemmer;
const porterEs = require('natural/lib/natural/stemmers/porter_stemmer_es.js') as NaturalStemmer;
const porterFr = require('natural/lib/natural/stemmers/porter_stemmer_fr.js') as NaturalStemmer;
const porterIt = require('natural/lib/natural/stemmers/porter_stemmer_it.js') as NaturalStemmer;
const porterNl = require('natural/lib/natural/stemmers/porter_stemmer_nl.js') as NaturalStemmer;
const porterNo = require('natural/lib/natural/stemmers/porter_stemmer_no.js') as NaturalStemmer;
const porterPt = require('natural/lib/natural/stemmers/porter_stemmer_pt.js') as NaturalStemmer;
const porterRu = require('natural/lib/natural/stemmers/porter_stemmer_ru.js') as NaturalStemmer;
const porterSv = require('natural/lib/natural/stemmers/porter_stemmer_sv.js') as NaturalStemmer;
const stopwords = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

export interface NaturalStemmer {
  stem(token: string): string;
}

export const NATURAL_STEMMERS: ReadonlyMap<Exclude<Language, 'none' | 'auto'>, NaturalStemmer> = new Map<Exclude<Language, 'none' | 'auto'>, NaturalStemmer>([
  ['en', porterEn],
  ['de', porterDe],
  ['es', porterEs],
  ['fr', porterFr],
  ['it', porterIt],
  ['nl', porterNl],
  ['no', porterNo],
  ['pt', porterPt],
  ['ru', porterRu],
  ['sv', porterSv],
]);

/** natural's English stop words (articles, pronouns, single letters and digits), lowercase. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(stopwords.words);

// The one module of spamsift that imports natural, and only by submodule path: natural's top-level
// index prints dotenv banners to stdout and reads `.env`, which a library must never do. Each path
// below was checked to load only stemmer, tokenizer and stop-word files (plus stopwords-iso for
// German), never natural's index. We never call a stemmer's `.attach()`: it patches String.prototype.
// Cost: loading all ten stemmers takes about 50 ms once, at import.
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import porterIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import porterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import porterNo from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import porterPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import porterSv from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import stopwords from 'natural/lib/natural/util/stopwords.js';
import type { Language } from '../options.js';

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

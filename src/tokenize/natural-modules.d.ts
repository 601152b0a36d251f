// natural ships no types for its submodules; we import a few by path (see natural.ts).
interface NaturalStemmerModule {
  stem(token: string): string;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_no.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' { const stemmer: NaturalStemmerModule; export default stemmer; }
declare module 'natural/lib/natural/util/stopwords.js' { const stopwords: { words: string[] }; export default stopwords; }

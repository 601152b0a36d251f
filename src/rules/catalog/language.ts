// Language and script mismatch: a comment written wholly in a language or script the site does not
// publish in. Bots that post to every site send the same text machine-translated into many
// languages, and pitch sites in their own; a reader writes in the site's language or in a few
// words of their own. A (moderate) signal, never a verdict by itself, and only when the site says
// which languages it uses: `createModerator({ site: { languages: ['en', 'de'] } })`.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { withFoldedForms } from './fold-words.js';

export type Script =
  | 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'thai' | 'hangul' | 'kana' | 'han' | 'georgian'
  | 'armenian' | 'tamil' | 'ethiopic' | 'gurmukhi' | 'gujarati' | 'oriya' | 'telugu' | 'kannada' | 'malayalam' | 'sinhala' | 'lao'
  | 'tibetan' | 'myanmar' | 'khmer' | 'mongolian' | 'thaana' | 'syriac';

/** The script each supported language is written in (Japanese: kana and Han; Chinese: Han). */
export const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  en: ['latin'], fr: ['latin'], de: ['latin'], es: ['latin'], it: ['latin'], pt: ['latin'], nl: ['latin'], sv: ['latin'],
  no: ['latin'], nb: ['latin'], da: ['latin'], fi: ['latin'], is: ['latin'], pl: ['latin'], cs: ['latin'], sk: ['latin'],
  sl: ['latin'], hr: ['latin'], bs: ['latin'], hu: ['latin'], ro: ['latin'], tr: ['latin'], id: ['latin'], ms: ['latin'],
  vi: ['latin'], tl: ['latin'], et: ['latin'], lv: ['latin'], lt: ['latin'], sq: ['latin'], ca: ['latin'], eu: ['latin'],
  gl: ['latin'], ga: ['latin'], cy: ['latin'], sw: ['latin'], af: ['latin'], az: ['latin'], uz: ['latin'], eo: ['latin'],
  ru: ['cyrillic'], uk: ['cyrillic'], be: ['cyrillic'], bg: ['cyrillic'], sr: ['cyrillic', 'latin'], mk: ['cyrillic'],
  kk: ['cyrillic'], mn: ['cyrillic'], el: ['greek'], ar: ['arabic'], fa: ['arabic'], ur: ['arabic'], he: ['hebrew'],
  hi: ['devanagari'], mr: ['devanagari'], ne: ['devanagari'], bn: ['bengali'], th: ['thai'], ko: ['hangul'],
  ja: ['kana', 'han'], zh: ['han'], ka: ['georgian'], hy: ['armenian'], ta: ['tamil'], am: ['ethiopic'],
  // Session 8: the other scripts of widely written languages, so a site in any of them can say so.
  pa: ['gurmukhi'], gu: ['gujarati'], or: ['oriya'], te: ['telugu'], kn: ['kannada'], ml: ['malayalam'], si: ['sinhala'],
  lo: ['lao'], bo: ['tibetan'], my: ['myanmar'], km: ['khmer'], ps: ['arabic'], sd: ['arabic'], ku: ['latin', 'arabic'],
  ky: ['cyrillic'], tg: ['cyrillic'], tt: ['cyrillic'], yi: ['hebrew'], dv: ['thaana'], ti: ['ethiopic'], ha: ['latin'],
  yo: ['latin'], ig: ['latin'], zu: ['latin'], xh: ['latin'], so: ['latin'], mt: ['latin'], lb: ['latin'], fy: ['latin'],
  jv: ['latin'], su: ['latin'], mg: ['latin'], la: ['latin'], haw: ['latin'], mi: ['latin'], sm: ['latin'], ceb: ['latin'],
};

/**
 * Function words of Latin-script languages: a comment in a language shows several of them, and
 * they name no topic. Enough to tell the languages apart on a sentence or two, not a full
 * language identifier. Words that are also common English words (`die`, `to`, `do`, `van`, `var`)
 * are left out of the other languages, so English text and code never count as foreign.
 */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'is', 'are', 'was', 'this', 'that', 'with', 'for', 'you', 'have', 'not', 'what', 'which', 'of', 'it', 'my', 'your', 'thanks', 'would'],
  fr: ['le', 'les', 'est', 'et', 'une', 'des', 'pour', 'dans', 'avec', 'pas', 'vous', 'je', 'nous', 'sur', 'qui', 'ce', 'mais', 'très', 'merci', 'votre'],
  de: ['der', 'das', 'und', 'ist', 'nicht', 'ich', 'mit', 'auf', 'ein', 'eine', 'sie', 'wir', 'auch', 'für', 'sehr', 'danke', 'ihr', 'wie', 'aber'],
  es: ['el', 'los', 'las', 'es', 'y', 'una', 'para', 'con', 'por', 'que', 'muy', 'pero', 'del', 'su', 'gracias', 'hola', 'está', 'como', 'quería', 'saber'],
  it: ['il', 'gli', 'è', 'della', 'per', 'con', 'che', 'non', 'sono', 'molto', 'grazie', 'ciao', 'questo', 'anche', 'ma', 'mi', 'volevo', 'tuo', 'suo'],
  pt: ['os', 'é', 'um', 'uma', 'para', 'com', 'não', 'que', 'muito', 'obrigado', 'olá', 'seu', 'sua', 'mas', 'eu', 'você', 'queria', 'saber'],
  nl: ['het', 'een', 'niet', 'ik', 'met', 'voor', 'maar', 'bij', 'dit', 'ook', 'zijn', 'bedankt', 'wilde', 'weten', 'uw', 'jullie', 'heel'],
  id: ['yang', 'ini', 'itu', 'untuk', 'dengan', 'saya', 'anda', 'tidak', 'ada', 'dari', 'ingin', 'sangat', 'kami', 'tahu', 'harga', 'terima', 'kasih', 'bisa', 'juga'],
  vi: ['và', 'là', 'của', 'có', 'không', 'tôi', 'bạn', 'được', 'cho', 'này', 'với', 'một', 'những', 'các', 'muốn', 'biết', 'giá', 'xin', 'chào', 'rất'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'çok', 'değil', 'ben', 'sen', 'siz', 'ama', 'merhaba', 'teşekkürler', 'fiyat', 'nedir', 'istedim', 'olarak', 'daha', 'gibi', 'mı'],
  pl: ['jest', 'nie', 'się', 'że', 'jak', 'ale', 'bardzo', 'czy', 'jestem', 'mam', 'dziękuję', 'cześć', 'chciałem', 'wiedzieć', 'twoja', 'cena', 'tak'],
  // Session 8: more Latin-script languages (the inquiry and pitch bots translate into all of them),
  // the same kind of words, none that is a common English word.
  sv: ['och', 'att', 'det', 'som', 'inte', 'jag', 'för', 'med', 'har', 'vill', 'veta', 'ditt', 'tack', 'mycket', 'hej', 'eller', 'också'],
  da: ['og', 'ikke', 'jeg', 'det', 'til', 'med', 'har', 'gerne', 'vide', 'jeres', 'tak', 'meget', 'hej', 'eller', 'også', 'ønskede'],
  nb: ['og', 'ikke', 'jeg', 'det', 'til', 'med', 'har', 'ville', 'vite', 'deres', 'takk', 'veldig', 'hei', 'eller', 'også', 'ønsket'],
  fi: ['ja', 'että', 'ei', 'olen', 'minä', 'sinun', 'teidän', 'kiitos', 'hyvin', 'halusin', 'tietää', 'hinta', 'mutta', 'kun', 'myös', 'ovat'],
  cs: ['je', 'jsem', 'že', 'jak', 'ale', 'velmi', 'děkuji', 'chtěl', 'vědět', 'vaši', 'cenu', 'ahoj', 'také', 'nebo', 'pro', 'jsou'],
  sk: ['je', 'som', 'že', 'ako', 'ale', 'veľmi', 'ďakujem', 'chcel', 'vedieť', 'vašu', 'cenu', 'ahoj', 'tiež', 'alebo', 'pre', 'sú'],
  hu: ['és', 'hogy', 'nem', 'az', 'egy', 'van', 'nagyon', 'köszönöm', 'szeretném', 'tudni', 'árat', 'szia', 'is', 'vagy', 'meg', 'ez'],
  ro: ['și', 'este', 'că', 'nu', 'pentru', 'cu', 'foarte', 'mulțumesc', 'vrut', 'știu', 'prețul', 'bună', 'dumneavoastră', 'sau', 'dar', 'sunt'],
  hr: ['je', 'sam', 'da', 'ali', 'jako', 'hvala', 'htio', 'znati', 'vašu', 'cijenu', 'bok', 'ili', 'također', 'su', 'nije', 'kako'],
  sl: ['je', 'sem', 'da', 'ampak', 'zelo', 'hvala', 'želel', 'vedeti', 'vašo', 'ceno', 'živjo', 'ali', 'tudi', 'niso', 'kako'],
  ca: ['el', 'els', 'les', 'és', 'i', 'una', 'per', 'amb', 'que', 'molt', 'però', 'del', 'gràcies', 'hola', 'volia', 'saber', 'preu'],
  tl: ['ang', 'ng', 'sa', 'mga', 'ako', 'ko', 'ay', 'na', 'hindi', 'salamat', 'gusto', 'malaman', 'presyo', 'kayo', 'po', 'ninyo'],
  ms: ['yang', 'ini', 'itu', 'untuk', 'dengan', 'saya', 'anda', 'tidak', 'ada', 'dari', 'ingin', 'sangat', 'kami', 'tahu', 'harga', 'terima', 'kasih', 'boleh', 'juga'],
  sw: ['na', 'ya', 'wa', 'kwa', 'ni', 'sana', 'asante', 'habari', 'nilitaka', 'kujua', 'bei', 'yako', 'lakini', 'hii', 'hiyo'],
  af: ['en', 'nie', 'ek', 'het', 'vir', 'met', 'baie', 'dankie', 'wou', 'weet', 'jou', 'prys', 'hallo', 'ook', 'maar'],
  et: ['ja', 'et', 'ei', 'ma', 'olen', 'väga', 'aitäh', 'tahtsin', 'teada', 'teie', 'hinda', 'tere', 'ka', 'või'],
  lv: ['un', 'ir', 'ka', 'ne', 'es', 'ļoti', 'paldies', 'gribēju', 'zināt', 'jūsu', 'cenu', 'sveiki', 'arī', 'vai'],
  lt: ['ir', 'kad', 'ne', 'aš', 'labai', 'ačiū', 'norėjau', 'sužinoti', 'jūsų', 'kainą', 'sveiki', 'taip', 'arba', 'bet'],
  sq: ['dhe', 'që', 'nuk', 'është', 'për', 'me', 'shumë', 'faleminderit', 'doja', 'të', 'di', 'çmimin', 'tuaj', 'përshëndetje'],
};

const LETTER = /\p{L}/u;

/** Session 17: word → the first Latin-script language (not English) whose function words hold it, built on first use. */
let functionWordLanguage: Map<string, string> | null = null;

/** The Latin-script language (not English) one of whose function words `word` is, or ''. */
export function latinFunctionWord(word: string): string {
  if (functionWordLanguage === null) {
    functionWordLanguage = new Map();
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
      if (lang === 'en') continue;
      for (const w of withFoldedForms(words)) if (!functionWordLanguage.has(w)) functionWordLanguage.set(w, lang);
    }
  }
  return functionWordLanguage.get(word) ?? '';
}


interface ScriptCount {
  script: Script | 'other';
  letters: number;
  total: number;
}

export function scriptOf(c: number): Script | 'other' | null {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  if (c < 0x370) return null;
  if (c <= 0x3ff) return 'greek';
  if (c <= 0x52f) return 'cyrillic';
  if (c >= 0x530 && c <= 0x58f) return 'armenian';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0x980 && c <= 0x9ff) return 'bengali';
  if (c >= 0xb80 && c <= 0xbff) return 'tamil';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0xa00 && c <= 0xa7f) return 'gurmukhi';
  if (c >= 0xa80 && c <= 0xaff) return 'gujarati';
  if (c >= 0xb00 && c <= 0xb7f) return 'oriya';
  if (c >= 0xc00 && c <= 0xc7f) return 'telugu';
  if (c >= 0xc80 && c <= 0xcff) return 'kannada';
  if (c >= 0xd00 && c <= 0xd7f) return 'malayalam';
  if (c >= 0xd80 && c <= 0xdff) return 'sinhala';
  if (c >= 0xe80 && c <= 0xeff) return 'lao';
  if (c >= 0xf00 && c <= 0xfff) return 'tibetan';
  if (c >= 0x1000 && c <= 0x109f) return 'myanmar';
  if (c >= 0x1780 && c <= 0x17ff) return 'khmer';
  if (c >= 0x1800 && c <= 0x18af) return 'mongolian';
  if (c >= 0x780 && c <= 0x7bf) return 'thaana';
  if (c >= 0x700 && c <= 0x74f) return 'syriac';
  if (c >= 0x10a0 && c <= 0x10ff) return 'georgian';
  if (c >= 0x1200 && c <= 0x137f) return 'ethiopic';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 'han';
  if (c >= 0x3130 && c <= 0x318f) return 'hangul';
  if (c >= 0x31f0 && c <= 0x31ff) return 'kana';
  // Punctuation, symbols, CJK punctuation, full-width forms, surrogates (emoji and other astral
  // characters), private use: not letters of a script.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfe00) return null;
  // Any other letter is of a script no site language here is written in.
  return LETTER.test(String.fromCharCode(c)) ? 'other' : null;
}

/** The script most of the letters are in, and how many letters were counted (first 2,000 characters). */
function dominantScript(text: string): ScriptCount {
  const counts = new Map<Script | 'other', number>();
  let total = 0;
  const end = Math.min(text.length, 2000);
  for (let i = 0; i < end; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s === null) continue;
    total++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script | 'other' = 'other';
  let letters = 0;
  for (const [s, n] of counts) {
    if (n > letters) {
      best = s;
      letters = n;
    }
  }
  return { script: best, letters, total };
}

/** Distinct function words of each Latin-script language among the first 300 `words`. */
function bestLatinLanguage(words: readonly string[], sets: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  const limit = Math.min(words.length, 300);
  for (let i = 0; i < limit; i++) {
    const w = words[i] as string;
    for (const [lang, set] of sets) {
      if (!set.has(w)) continue;
      let mine = seen.get(lang);
      if (mine === undefined) seen.set(lang, (mine = new Set()));
      mine.add(w);
    }
  }
  const hits = new Map<string, number>();
  for (const [lang, mine] of seen) hits.set(lang, mine.size);
  return hits;
}

/** Letters needed before the script of a comment means anything ("ok", an emoji or a name do not). */
const MIN_LETTERS = 12;
/** Function words needed before a Latin-script language is named. */
const MIN_FUNCTION_WORDS = 3;

/** The rules for `site.languages`; none when the site gave no languages (the signal is off). */
export function createLanguageRules(languages: readonly string[]): Rule[] {
  if (languages.length === 0) return [];
  const siteScripts = new Set(languages.flatMap((l) => LANGUAGE_SCRIPTS[l] ?? []));
  const sets = new Map<string, ReadonlySet<string>>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) sets.set(lang, new Set(withFoldedForms(words)));
  const siteLatin = languages.filter((l) => FUNCTION_WORDS[l] !== undefined);
  const list = languages.join(', ');
  const foreign: CommentInput[] = [
    'Привет, я хотел узнать вашу цену на продвижение сайта.',
    'Hai, saya ingin tahu harga Anda untuk layanan ini.',
    'Hej, jag ville veta ditt pris för det och tack för svaret.',
    'Xin chào, tôi muốn biết giá của bạn cho dịch vụ này.',
    'ជំរាបសួរ ខ្ញុំចង់ដឹងតម្លៃរបស់អ្នក',
    'سلام، می خواستم قیمت شما را بدانم',
  ];
  return [
    {
      id: 'TEXT_FOREIGN_LANGUAGE',
      group: 'text',
      score: 1.5,
      description: `Written wholly in a script or language the site does not use (site languages: ${list}): a moderate signal, never a verdict by itself`,
      test: (f: Features) => {
        const text = f.normalized.body.text;
        const { script, letters, total } = dominantScript(text);
        if (letters < MIN_LETTERS || letters < 0.8 * total) return NONE;
        // Session 8: letters of a script none of the site's languages is written in (the table
        // names the scripts of every language it accepts), so any other script is foreign.
        if (script === 'other') return [`written in a script none of the site languages use; site languages ${list}`];
        if (script !== 'latin') {
          if (siteScripts.has(script)) return NONE;
          return [`written in ${script} script; site languages ${list}`];
        }
        if (!siteScripts.has('latin')) return [`written in Latin script; site languages ${list}`];
        // Latin letters: name the language by its function words, and only call it foreign when
        // the site's own languages are clearly behind (a few English words in a French comment are normal).
        const hits = bestLatinLanguage(f.words, sets);
        let best = '';
        let bestN = 0;
        for (const [lang, n] of hits) {
          if (n > bestN) {
            best = lang;
            bestN = n;
          }
        }
        if (best === '' || bestN < MIN_FUNCTION_WORDS || languages.includes(best)) return NONE;
        // A site language this table cannot recognize (Swedish, Czech, …) might be the one: stay silent.
        if (siteLatin.length < languages.filter((l) => (LANGUAGE_SCRIPTS[l] ?? []).includes('latin')).length) return NONE;
        let siteN = 0;
        for (const l of siteLatin) siteN = Math.max(siteN, hits.get(l) ?? 0);
        return siteN * 2 < bestN ? [`written in ${best} (${bestN} function words); site languages ${list}`] : NONE;
      },
      examples: {
        hit: languages.includes('en') && !languages.includes('ru') && !languages.includes('id') ? foreign : [],
        miss: languages.includes('en') ? ['Thanks, this fixed the build for me and my team.', 'ok 👍'] : ['ok 👍'],
      },
    },
  ];
}

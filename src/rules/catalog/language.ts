// Language and script mismatch: a comment written wholly in a language or script the site does not
// publish in. Bots that post to every site send the same text machine-translated into many
// languages, and pitch sites in their own; a reader writes in the site's language or in a few
// words of their own. A (moderate) signal, never a verdict by itself, and only when the site says
// which languages it uses: `createModerator({ site: { languages: ['en', 'de'] } })`.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'thai' | 'hangul' | 'kana' | 'han' | 'georgian' | 'armenian' | 'tamil' | 'ethiopic';

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
};

interface ScriptCount {
  script: Script | 'other';
  letters: number;
  total: number;
}

function scriptOf(c: number): Script | 'other' | null {
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
  if (c >= 0x10a0 && c <= 0x10ff) return 'georgian';
  if (c >= 0x1200 && c <= 0x137f) return 'ethiopic';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 'han';
  if (c >= 0x2000 && c <= 0x2bff) return null;
  return 'other';
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
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) sets.set(lang, new Set(words));
  const siteLatin = languages.filter((l) => FUNCTION_WORDS[l] !== undefined);
  const list = languages.join(', ');
  const foreign: CommentInput[] = ['Привет, я хотел узнать вашу цену на продвижение сайта.', 'Hai, saya ingin tahu harga Anda untuk layanan ini.'];
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
        if (script === 'other') return NONE;
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

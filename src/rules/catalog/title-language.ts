// Session 17: an English comment under a post titled in another Latin-script language. Site owners
// who publish in Luxembourgish, Faroese, Azerbaijani or Yoruba describe the generated comment the
// same way as under a Thai or Bulgarian post (session 14's latinUnderOtherScript): the generator
// reads the title, translates the topic and writes a fluent English paragraph about it, because its
// payload is the author URL, not the conversation. Readers do write English under such posts too,
// so this is never a sign alone: AUTHOR_URL_TOPIC_PRAISE reads it as the topic echo (the comment
// cannot repeat the title's words) only under a site that is not the signer's, and asks one sign
// more for it. The title's language is not identified, only told apart from English by two facts a
// short title still shows: no common English word, and a letter English does not write (ä, ë, ø,
// ð, ə, ṣ, …) or a function word of another language (language.ts's lists, which leave out the
// words English shares).
import type { Features } from '../../types.js';
import { latinFunctionWord } from './language.js';

/**
 * Common English words a title is written with: any of them and the title is read as English (or
 * mixed, which readers answer in English). Articles, prepositions, question words, pronouns and the
 * verbs titles use; general vocabulary, not any set's wording. Short words other languages write
 * too ("a", "i", "no", "do": Portuguese, Hungarian, Yoruba, Catalan, Spanish, Polish) are left out,
 * as language.ts leaves English's out of the other languages' lists: they tell no language.
 */
const ENGLISH_TITLE_WORDS: ReadonlySet<string> = new Set([
  'the', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'into', 'after', 'before', 'about',
  'how', 'what', 'why', 'when', 'where', 'which', 'who', 'is', 'are', 'was', 'does', 'can', 'should', 'will', 'not',
  'your', 'my', 'our', 'we', 'you', 'it', 'its', 'this', 'that', 'these', 'vs', 'versus', 'new', 'first', 'best', 'guide',
  'part', 'week', 'day', 'year', 'update', 'notes', 'review', 'tips', 'one', 'two', 'three', 'more', 'less', 'out', 'up', 'without',
  'here', 'there', 'every', 'all', 'some', 'make', 'making', 'get', 'getting', 'using', 'really', 'finally', 'again',
]);

/**
 * Letters English spells no word of its own with (its loanwords keep é, è, à, ç, ñ, ü, ï and the
 * like, so those are left out): Germanic and Nordic umlauts and ligatures, Turkic, Baltic, Slavic,
 * Hungarian and Romanian marks, Yoruba and Vietnamese dots below, Latin macrons.
 */
const NOT_ENGLISH_LETTERS = /[äëöøåðþəışğșțőűłśźżńňřťďěůąęėįųāēīōūṣẹọạịụđõãß]/u;

/** English function words (a sentence of English shows three or more of them). */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'is', 'are', 'was', 'this', 'that', 'with', 'for', 'of', 'it', 'to', 'in', 'on', 'a', 'an', 'be', 'can', 'their',
  'its', 'has', 'have', 'as', 'by', 'from', 'or', 'more', 'than', 'such', 'these', 'how', 'what', 'every', 'any', 'many',
]);
const MIN_ENGLISH_WORDS = 3;
const WORDS_READ = 40;

/** The title's words (lowercase letters), or none when it is too long to be a title. */
function titleWords(title: string): string[] {
  return title.length > 200 ? [] : title.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Why the title is not English ('' when it may be): it has no common English word and either a
 * letter English does not write or a function word of another Latin-script language.
 */
export function titleNotEnglish(title: string): string {
  const words = titleWords(title);
  if (words.length === 0) return '';
  for (const w of words) if (ENGLISH_TITLE_WORDS.has(w)) return '';
  const letter = NOT_ENGLISH_LETTERS.exec(title.toLowerCase());
  if (letter !== null) return `letter "${letter[0]}"`;
  for (const w of words) {
    const lang = latinFunctionWord(w);
    if (lang !== '') return `${lang} word "${w}"`;
  }
  return '';
}

/** Three or more distinct English function words among the comment's first words. */
export function writtenInEnglish(f: Features): boolean {
  const seen = new Set<string>();
  const m = Math.min(f.words.length, WORDS_READ);
  for (let i = 0; i < m; i++) {
    const w = f.words[i] as string;
    if (ENGLISH_FUNCTION_WORDS.has(w)) seen.add(w);
    if (seen.size >= MIN_ENGLISH_WORDS) return true;
  }
  return false;
}

/** An English comment under a post titled in another Latin-script language: why, or ''. */
export function englishUnderOtherLanguage(f: Features): string {
  const why = titleNotEnglish(f.normalized.postTitle);
  if (why === '' || !writtenInEnglish(f)) return '';
  return why;
}

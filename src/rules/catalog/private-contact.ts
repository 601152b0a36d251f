// Category: the "details in private" contact request of chat and comment spam. Anti-spam bots for
// Telegram groups and Instagram comment filters name it as a marker of its own: the message does
// not talk to the thread, it moves the reader to a private channel and promises unnamed details
// there ("подробности в лс", "условия в личку", "вся информация в директ", "DM me for details",
// "inbox me for info"). Readers ask to be written to privately as well, but about something they
// name (a config, the slides, a patch): "write me in DM, I'll send the config" is no offer. So the
// rule needs both: a request to write privately and a word that stands for the unnamed offer
// (details, info, conditions). The wording is the family's: nouns for a private channel, request
// verbs and details words in Russian, English, Spanish and Portuguese; no sentence of any comment.
//
// Even so it is a signal, never a hold: 1 point, below the moderate threshold (3) with nothing
// else. It lets other evidence count: an offer's words (TEXT_WORK_OFFER reads a request to write
// as one of its roles and shares the family cap), a disguise, or the opt-in starter model, which
// with no rule hit may not hold a comment at all (src/verdict/starter.ts).
import type { Features, Rule } from '../../types.js';
import { roleMap } from './fold-words.js';
import { memoFact } from './memo.js';
import { NONE } from './none.js';
import { listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

/** A noun that is itself a private channel: "в лс", "в личку", "в директ", "DM", "por privado". */
const CHANNEL: ReadonlySet<string> = new Set([
  'лс', 'личку', 'личке', 'личка', 'личкой', 'директ', 'директе', 'дм',
  'dm', 'dms', 'privado', 'pv',
]);
/** Russian "личные/личных сообщения(х)": personal only before "сообщ…" (личные данные is personal data). */
const PERSONAL: ReadonlySet<string> = new Set(['личные', 'личных', 'личным', 'личное', 'личном']);
/** A messenger named as the place to write: counts after a request verb only ("I use Telegram" is no request). */
const MESSENGER: ReadonlySet<string> = new Set([
  'whatsapp', 'telegram', 'viber', 'телеграм', 'телеграмм', 'телеграме', 'телеграмме', 'тг', 'ватсап', 'вотсап', 'вацап', 'вайбер',
]);
/** Request verbs: write, message, text, contact; imperative in Russian (never "напишу", I will write). */
const REQUEST: ReadonlySet<string> = new Set([
  'пиши', 'пишите', 'напиши', 'напишите', 'обращайтесь', 'обращаться', 'стучите', 'стучи',
  'dm', 'pm', 'inbox', 'message', 'text', 'write', 'whatsapp', 'telegram', 'contact',
  'escríbeme', 'escribeme', 'escríbenos', 'chama', 'manda',
]);
/** What turns a request verb into a request to write privately: to me, here, a channel, a messenger. */
const RECIPIENT: ReadonlySet<string> = new Set(['мне', 'нам', 'сюда', 'me', 'us']);

/** A word standing for the unnamed offer the request promises: details, info, conditions (Russian by stem). */
const DETAILS: ReadonlySet<string> = new Set([
  'details', 'detail', 'info', 'information', 'инфа', 'инфу', 'инфой',
  'detalles', 'información', 'informacion', 'detalhes', 'informações', 'informacoes',
]);
const DETAIL_STEMS: readonly string[] = ['подробн', 'детал', 'информац', 'услови'];

/**
 * Gates read from the shared scan (scan-lists.ts) before any word is walked: a listed details word,
 * and a word a request can start with (a channel, "личные", a request verb).
 */
const DETAILS_WORD = 1;
const REQUEST_START = 2;
const GATES = registerScanList(roleMap([[DETAILS_WORD, DETAILS], [REQUEST_START, CHANNEL], [REQUEST_START, PERSONAL], [REQUEST_START, REQUEST]]));

function isDetailsWord(w: string): boolean {
  if (DETAILS.has(w)) return true;
  const c = w.charCodeAt(0);
  if (c < 0x0400 || c > 0x04ff) return false;
  for (const stem of DETAIL_STEMS) if (w.startsWith(stem)) return true;
  return false;
}

/** A number before "лс"/"pm" makes it horsepower or a time of day ("150 лс", "at 5 pm"). */
function isNumber(w: string | undefined): boolean {
  if (w === undefined) return false;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The words that make a request to write privately, or '' when there is none (TEXT_OFFER_ROLES reads it too): once per comment. */
export function privateRequest(f: Features): string {
  return memoFact(f, 'privateRequest', findPrivateRequest);
}

function findPrivateRequest(f: Features): string {
  // Every request starts at a channel, "личные" or a request verb: none anywhere, none up front.
  if ((listRolesOf(f, GATES) & REQUEST_START) === 0) return '';
  const words = f.words;
  // A request is made up front; past the first 120 words the comment is a conversation.
  const n = Math.min(words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (CHANNEL.has(w)) {
      if (isNumber(words[i - 1])) continue;
      return w;
    }
    if (PERSONAL.has(w)) {
      const next = words[i + 1];
      if (next !== undefined && next.startsWith('сообщ')) return `${w} ${next}`;
      continue;
    }
    if (!REQUEST.has(w)) continue;
    // A request verb, then within the next three words: me/us/here, a channel or a messenger ("напиши мне в тг",
    // "write me on WhatsApp", "inbox me", "пишите в телеграм").
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      const next = words[j] as string;
      if (RECIPIENT.has(next) || CHANNEL.has(next) || MESSENGER.has(next) || (PERSONAL.has(next) && (words[j + 1] ?? '').startsWith('сообщ'))) {
        return `${w} ${words.slice(i + 1, j + 1).join(' ')}`;
      }
    }
  }
  return '';
}

export const PRIVATE_CONTACT_RULES: readonly Rule[] = [
  {
    id: 'TEXT_PRIVATE_CONTACT',
    group: 'text',
    score: 1,
    cap: { family: 'offer', max: 4 },
    description:
      'A request to write privately ("в лс", "в личку", "в директ", "DM me", "inbox me", "write me on WhatsApp") for unnamed details, info or conditions: the contact request of chat and comment spam; a signal only, it never holds a comment alone',
    test: (f) => {
      // Every word it reads is a lower-case letter word; a comment of one or two words makes no request worth a point.
      if (f.words.length < 2) return NONE;
      // The details word first: it is the rarer of the two. No listed one anywhere and no Cyrillic
      // word (the stems are Cyrillic), and there is none to find.
      if ((listRolesOf(f, GATES) & DETAILS_WORD) === 0 && !scanOf(f).cyrillicWord) return NONE;
      // The request next (shared with TEXT_OFFER_ROLES, and answered from the scan's bits on most
      // comments), before the word loop below: a comment "for details" seldom asks to write privately.
      const request = privateRequest(f);
      if (request === '') return NONE;
      let details = '';
      const n = Math.min(f.words.length, 120);
      for (let i = 0; i < n && details === ''; i++) {
        const w = f.words[i] as string;
        if (isDetailsWord(w)) details = w;
      }
      return details === '' ? NONE : [`${request}; ${details}`];
    },
    examples: {
      hit: [
        'Подробности расскажу, пишите в лс',
        'Кому нужно, условия в личку',
        'Вся информация в директ, отвечаю быстро',
        'Interested? DM me for the details',
        'Inbox me for info, only a few places left',
        'Write me on WhatsApp for the details',
        'Напишите мне в телеграм, скину подробности',
        'Más información: escríbeme por privado',
      ],
      miss: [
        // A request to write privately about something named: readers do this.
        'Пишите в личку, скину свой конфиг',
        'Text me when you land and I will pick you up',
        // Talk about channels and writing, no request to write privately.
        'Напишите статью про Rust, подробности реализации очень интересны',
        'Напишу вам позже, сейчас нет времени',
        'Личные данные хранятся локально, подробности в документации',
        'У машины 150 лс, подробности в обзоре',
        'The meetup starts at 6 pm, details on the library site',
        'My inbox is full of these notifications since the update',
        'We moved the team chat from Telegram to Matrix last year',
        'You can contact the maintainers through the issue tracker for details',
      ],
    },
  },
];

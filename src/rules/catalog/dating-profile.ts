// Session 13: the dating profile's self-introduction. Beside TEXT_DATING_INVITE's "lonely tonight,
// meet me", site owners and anti-spam lists report the plainer card: a woman's first name and age,
// what she seeks (a serious relationship, a man, to get to know "you" better), where her photos or
// her questionnaire are, and a way to reach her (a link, an address, a private e-mail), often
// closed by a kiss emoji, machine-translated into the blog's language or left in her own. Its words
// are ordinary (photos, relationship, profile): the rule needs the three parts together in a short
// comment with no question. It holds (3 points), never decides alone.
import type { CommentInput, Features, Rule } from '../../types.js';
import { invitationLink } from './dating.js';
import { NONE } from './none.js';
import { M_DATE_PROFILE, M_DATE_SEEK } from './advert-moves.js';
import { scanOf, wordRolesOf } from './scan.js';

const MIN_WORDS = 4;
const MAX_WORDS = 40;
const BOTH = M_DATE_PROFILE | M_DATE_SEEK;
/**
 * The kiss and heart emoji such cards close on, the "get to know you" they say in English, and
 * (session 16d) the romance scam's opener about "your profile": a blog reader has no profile to see.
 */
const KISSES = ['💋', '😘', '😍', '🥰', '💕', '❤', '♡'];
const KNOW_YOU = ['know you better', 'get to know you', 'saw your profile', 'your profile caught'];

/**
 * Session 17c: her age as the card states it ("I am 29", "I'm Mila, 26", "28 years old", "29 ans",
 * "мне 29 лет"): the card's "first name and age" (above), which a reader's comment under a blog
 * post seldom gives. An adult's age, 18 to 59, said of herself: "I am" or "I'm" before it (a name
 * between allowed), or a word for years after it, in the languages the card is machine-translated
 * into. Read over the body's words (a loop, no pattern), only once the card's other parts are there.
 */
const YEARS_AFTER: ReadonlySet<string> = new Set(['yo', 'anos', 'ans', 'jahre', 'лет', 'anni', 'lat', 'yasinda', 'yaşında', 'ani', 'jaar']);
function selfAge(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length !== 2 || w < '18' || w > '59' || !/^\d\d$/.test(w)) continue;
    const [p1, p2, p3] = [words[i - 1], words[i - 2], words[i - 3]];
    const iAm = (a: string | undefined, b: string | undefined): boolean => a === 'im' || (a === 'am' && b === 'i') || a === 'мне';
    if (iAm(p1, p2) || (p1 !== undefined && /^\p{L}+$/u.test(p1) && iAm(p2, p3))) return `${p2 ?? ''} ${p1 ?? ''} ${w}`.trim();
    const next = words[i + 1];
    if (next !== undefined && (YEARS_AFTER.has(next) || (next === 'years' && words[i + 2] === 'old') || (next === 'y' && words[i + 2] === 'o'))) return `${w} ${next}`;
  }
  return '';
}

/**
 * Session 17c: her reach as the signature's own address when the body sends the reader to it
 * ("write to my email for photos"): the e-mail field is where the card wants to be written to.
 */
const MAIL_WORDS: ReadonlySet<string> = new Set(['email', 'mail', 'почту', 'почта', 'correo', 'courriel']);

function datingProfile(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS) return NONE;
  const mask = scanOf(f).machineWords;
  const text = f.normalized.body.text;
  // Her photos or profile, or (session 17c) her age; a question is a reader's unless the card states her age.
  const age = (mask & (M_DATE_PROFILE | M_DATE_SEEK)) === 0 ? '' : selfAge(f.words);
  if ((mask & M_DATE_PROFILE) === 0 && age === '') return NONE;
  if (age === '' && (text.includes('?') || text.includes('？'))) return NONE;
  let seek = '';
  if ((mask & M_DATE_SEEK) !== 0) {
    const bits = wordRolesOf(f).machine;
    const i = bits.findIndex((b) => (b & M_DATE_SEEK) !== 0);
    seek = `"${f.words[i] as string}"`;
  } else {
    const lower = text.toLowerCase();
    seek = KNOW_YOU.find((p) => lower.includes(p)) ?? KISSES.find((k) => text.includes(k)) ?? '';
    if (seek === '') return NONE;
    seek = `"${seek}"`;
  }
  const contact = f.links.length > 0 ? invitationLink(f) : '';
  let reach = contact !== '' ? contact : f.emails.some((e) => e.source === 'body') ? 'an e-mail address in the text' : '';
  if (reach === '' && f.normalized.authorEmail !== '' && f.words.some((w) => MAIL_WORDS.has(w))) reach = 'the signature\'s e-mail';
  if (reach === '') return NONE;
  const bits = wordRolesOf(f).machine;
  const at = bits.findIndex((b) => (b & M_DATE_PROFILE) !== 0);
  const where = at < 0 ? `age "${age}"` : `"${f.words[at] as string}"`;
  return [`her ${where}, seeks ${seek}, reach her at ${reach}`];
}

const card = (content: string, url = ''): CommentInput => ({ content, author: { name: 'Mila', url } });

export const DATING_PROFILE_RULES: readonly Rule[] = [
  {
    id: 'TEXT_DATING_PROFILE',
    requires: ['machineWord', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    group: 'text',
    score: 3,
    description: 'A dating card in a short comment (at most 40 words, no question unless she states her age): her photos, profile or questionnaire (or her age), what she seeks (a man, a relationship, "to know you better", a kiss emoji) and a way to reach her (a link that is not a well-known site, an e-mail address, or the signature\'s own when the body says to write to it), in a dozen languages',
    test: datingProfile,
    examples: {
      hit: [
        card('Hi, I am Mila, 27, new in town and seeking a kind man. My photos are on my page 😘', 'https://mila-cards.example.top/'),
        card('Привет, я Лена, ищу серьёзные отношения. Моя анкета и фото: https://lena-anketa.example.ru'),
        card('Hola guapo, busco una relación seria. Escríbeme a mi correo privado y te mando fotos: mila.private@example.com'),
        card('Hello dear, I saw your profile and liked it. Write to me for my photos: mila.cards@example.com'),
        // Session 17c: her age in place of her photos (a question allowed then), and the signature's mailbox as her reach.
        card('Hello, I am 31 and seeking a serious relationship with a kind man. My page: https://mila-cards.example.top/'),
        card("Hi, I'm Mila, 27. Your profile caught my eye, shall we talk? https://mila-cards.example.top/"),
        { content: 'Hello dear, I saw your profile and I like it, write to my email and I send my photos', author: { name: 'Mila', email: 'mila.cards@example.com' } },
      ],
      miss: [
        card('My photos from the walk are here, the heather was out: https://www.flickr.com/photos/mila/'),
        card('Lovely photos of the fete! Is the relationship between the two clubs better now? https://mila-cards.example.top/'),
        card('We are seeking volunteers for the village hall photos archive, details from the parish office.'),
        // Session 17c: a reader's age in a question, and a reader's e-mail offer, without the card's seeking.
        card('I am 34 and just started climbing, is it too late to lead outdoors? My photos: https://mila.example.blog/'),
        { content: 'Lovely photos of the fete, I can email you the ones I took of the stalls.', author: { name: 'Mila', email: 'mila@example.org' } },
      ],
    },
  },
];

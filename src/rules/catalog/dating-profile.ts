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

function datingProfile(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS) return NONE;
  const mask = scanOf(f).machineWords;
  if ((mask & M_DATE_PROFILE) === 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('？')) return NONE;
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
  const reach = contact !== '' ? contact : f.emails.some((e) => e.source === 'body') ? 'an e-mail address in the text' : '';
  if (reach === '') return NONE;
  const bits = wordRolesOf(f).machine;
  const where = f.words[bits.findIndex((b) => (b & M_DATE_PROFILE) !== 0)] as string;
  return [`her "${where}", seeks ${seek}, reach her at ${reach}`];
}

const card = (content: string, url = ''): CommentInput => ({ content, author: { name: 'Mila', url } });

export const DATING_PROFILE_RULES: readonly Rule[] = [
  {
    id: 'TEXT_DATING_PROFILE',
    requires: ['machineWord'],
    group: 'text',
    score: 3,
    description: 'A dating card in a short comment (at most 40 words, no question): her photos, profile or questionnaire, what she seeks (a man, a relationship, "to know you better", a kiss emoji) and a way to reach her (a link that is not a well-known site, or an e-mail address), in a dozen languages',
    test: datingProfile,
    examples: {
      hit: [
        card('Hi, I am Mila, 27, new in town and seeking a kind man. My photos are on my page 😘', 'https://mila-cards.example.top/'),
        card('Привет, я Лена, ищу серьёзные отношения. Моя анкета и фото: https://lena-anketa.example.ru'),
        card('Hola guapo, busco una relación seria. Escríbeme a mi correo privado y te mando fotos: mila.private@example.com'),
        card('Hello dear, I saw your profile and liked it. Write to me for my photos: mila.cards@example.com'),
      ],
      miss: [
        card('My photos from the walk are here, the heather was out: https://www.flickr.com/photos/mila/'),
        card('Lovely photos of the fete! Is the relationship between the two clubs better now? https://mila-cards.example.top/'),
        card('We are seeking volunteers for the village hall photos archive, details from the parish office.'),
      ],
    },
  },
];

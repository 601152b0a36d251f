// Adult dating and hookup invitations in clean words: no explicit vocabulary, only a woman (as the
// advert says) who is lonely or bored tonight, wants to meet or chat, and shows her photos on a
// profile behind the link. Each copy is reworded and machine-translated, so the rule reads the
// invitation's three parts as word classes with many members in many languages, and needs two of
// them beside a link: a reader who mentions a date or their partner says one, and links no profile.
import type { CommentInput, Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { onPostSite, postHostOf } from './link-facts.js';
import { NONE } from './none.js';
import { listRolesOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

/** Invitations are a few sentences; a long comment that says "tonight" and "meet" is about something. */
const MAX_WORDS = 60;

/** Who is waiting and how: lonely, bored, alone, single, tonight, nearby, discreet, naughty. */
const LONELY = withFoldedForms([
  'lonely', 'lonesome', 'alone', 'bored', 'single', 'singles', 'tonight', 'nearby', 'discreet', 'naughty', 'horny', 'sexy',
  'housewife', 'housewives', 'milf', 'milfs', 'cougar', 'cougars',
  'sola', 'solita', 'aburrida', 'soltera', 'solteras', 'solteiras', 'solteira', 'sozinha', 'entediada', 'safada', 'caliente',
  'seule', 'célibataire', 'célibataires', 'coquine', 'coquines', 'einsam', 'allein', 'gelangweilt', 'geil', 'heute',
  'annoiata', 'stasera', 'samotna', 'sama', 'znudzona', 'wieczorem', 'yalnız', 'sıkıldım', 'kesepian', 'sendirian', 'janda',
  'одинокая', 'одинокие', 'одна', 'одной', 'скучно', 'скучаю', 'вечером', 'сегодня', 'рядом', 'горячая', 'горячие',
  'самотня', 'нудно', 'eenzaam', 'verveeld', 'ensam', 'uttråkad', 'alene', 'yksinäinen', 'magányos', 'singur', 'singură',
  // Session 16d: lonely and single in Croatian, Serbian, Bulgarian, Estonian, Czech, Lithuanian and
  // Azerbaijani, where the same invitations are posted machine-translated.
  'usamljena', 'usamljene', 'usamljen', 'slobodna', 'slobodne', 'самотни', 'самотна', 'üksik', 'üksildane', 'osamělá', 'vieniša',
  'vienišos', 'tənha', 'subay',
]);
/** What she wants: to meet, chat, date, flirt, get to know "you", a man, handsome. */
const MEET = withFoldedForms([
  'meet', 'meeting', 'date', 'dating', 'chat', 'chatting', 'flirt', 'flirting', 'hookup', 'hookups', 'affair', 'affairs', 'fun',
  'kiss', 'companion', 'handsome', 'man', 'men', 'guy', 'guys', 'babe', 'baby', 'sweetie', 'relationship', 'waiting',
  'esperando', 'attend', 'warte', 'жду', 'ждёт', 'ждут', 'aspetto', 'czekam',
  'conocer', 'conocernos', 'conocerme', 'conocerte', 'conoscerti', 'kennenzulernen', 'cita', 'citas', 'charlar', 'chatear', 'ligar', 'guapo', 'hombre', 'rencontre', 'rencontrer',
  'rencontres', 'discuter', 'tchatter', 'beau', 'homme', 'treffen', 'treffens', 'kennenlernen', 'flirten', 'mann', 'süßer',
  'conhecer', 'encontro', 'conversar', 'gato', 'homem', 'conoscere', 'incontri', 'incontrare', 'chattare', 'uomo', 'poznać',
  'randka', 'randki', 'spotkać', 'przystojniaku', 'mężczyzna', 'tanışmak', 'tanışalım', 'buluşmak', 'sohbet', 'kenalan',
  'ketemu', 'ngobrol', 'cowok', 'познакомиться', 'познакомимся', 'знакомства', 'знакомство', 'встретиться', 'встреча',
  'общаться', 'пообщаться', 'мужчина', 'мужчину', 'красавчик', 'познайомитися', 'ontmoeten', 'daten', 'träffa', 'treffe',
  'tavata', 'randevú', 'întâlnire', 'cunoaște',
  // Session 16d: the seeker's words the list lacked (a soulmate, a gentleman, a bride, a sugar
  // daddy) and to meet or get acquainted in the languages added to LONELY.
  'soulmate', 'soulmates', 'gentleman', 'gentlemen', 'bride', 'brides', 'daddy', 'daddies', 'sugardaddy',
  'upoznati', 'upoznaj', 'upoznavanje', 'muškarca', 'muškarce', 'запознанство', 'запознанства', 'запознаем', 'tutvust',
  'tutvuda', 'seznámení', 'seznámit', 'pažintys', 'susipažinti', 'tanış', 'tanışlıq', 'tanışmaq',
  // Session 17c: what the romance scam's card says she seeks ("looking for romance", "friendship and more").
  'romance', 'romantic', 'friendship',
]);
/** Where to see her: profile, photos, pics, webcam, "my page", "write me". */
const PROFILE = withFoldedForms([
  'profile', 'photos', 'pics', 'pictures', 'photo', 'pic', 'selfies', 'webcam', 'cam', 'private', 'nudes', 'write', 'message',
  'perfil', 'fotos', 'foto', 'escríbeme', 'escribeme', 'profil', 'privées', 'écris', 'écris-moi', 'bilder', 'schreib',
  'schreibe', 'profilo', 'scrivimi', 'zdjęcia', 'fotki', 'napisz', 'pisz', 'fotoğraflar', 'fotoğraflarım', 'yaz', 'tulis',
  'профиль', 'профиле', 'фото', 'фотки', 'фотографии', 'пиши', 'напиши', 'страничке', 'анкета', 'анкете', 'profiel',
  // Session 16d: profiles in the plural (a site's "verified profiles"), and write / pictures /
  // profile in Croatian, Bulgarian, Estonian, Czech and Azerbaijani.
  'profiles', 'piši', 'napiši', 'slike', 'профила', 'снимки', 'пиши', 'kirjuta', 'pildid', 'pilte', 'napiš', 'fotky',
  'profilimə', 'profilim', 'şəkillərim',
]);

const CLASS_OF = roleMap([[1, LONELY], [2, MEET], [4, PROFILE]]);
/** The shared scan ors these classes per comment (scan-lists.ts): the rule returns on them before walking any word. */
const CLASS_LIST = registerScanList(CLASS_OF);

/** A link the invitation sends to: a body link or an author URL that is not a well-known site nor the post's own site. */
export function invitationLink(f: Features): string {
  const post = postHostOf(f);
  for (const l of f.links) {
    if (l.host === '' || (l.source !== 'body' && l.source !== 'author.url') || onPostSite(l, post)) continue;
    if (wellKnownSite(l.host) === undefined) return l.host;
  }
  return '';
}

const at = (content: string, url = 'https://example-dates.example.top/profile/anna'): CommentInput => ({ content, author: { name: 'Anna', url } });

export const DATING_RULES: readonly Rule[] = [
  {
    id: 'TEXT_DATING_INVITE',
    group: 'text',
    score: 3,
    description: 'An adult dating invitation in clean words: meet/chat/date/waiting for you, with lonely/bored/single/tonight or her profile/photos, beside a link that is not a well-known site',
    requires: ['links', { minWords: 4 }, { maxWords: MAX_WORDS }],
    test: (f) => {
      if (f.links.length === 0 || f.words.length > MAX_WORDS || f.words.length < 4) return NONE;
      // The invitation (meet, chat, waiting for you) and one more part: loneliness or the profile.
      const all = listRolesOf(f, CLASS_LIST);
      if ((all & 2) === 0 || (all & 5) === 0) return NONE;
      let classes = 0;
      const found: string[] = [];
      for (const w of f.words) {
        const c = CLASS_OF.get(w);
        if (c === undefined || (classes & c) === c) continue;
        classes |= c;
        found.push(w);
      }
      const link = invitationLink(f);
      return link === '' ? NONE : [`${found.join(', ')} → ${link}`];
    },
    examples: {
      hit: [
        at('Feeling lonely this evening, anyone want to chat with me? 😘'),
        at('Hi there, I am single and my private pics are waiting on my page'),
        at('Hola, me siento sola, ¿quieres conocerme? Mis fotos están en mi perfil'),
        at('Скучаю одна дома, хочешь познакомиться? Пиши мне'),
        at('Je suis célibataire et je cherche une rencontre près de chez toi'),
        { content: 'Bored housewife here 💋 come chat: https://example-flirt.example.click/u/mia', author: { name: 'Mia' } },
      ],
      miss: [
        at('My wife and I met on this trail ten years ago, lovely photos!', 'https://hikes.example.org'),
        at('Great meetup last night, I put the photos on my blog.', 'https://kim.example.dev'),
        'I felt lonely after moving, so I joined a running club to meet people.',
        at('I am single-handedly maintaining this library, so please be patient with issues', 'https://github.com/sam'),
        at('Alone at home tonight, finally reading your whole series. Thanks for the profile of the old city.', 'https://reader.example.net'),
      ],
    },
  },
];

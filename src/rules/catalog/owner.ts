// Messages written to the site owner, not to readers: service pitches ("I noticed your website
// could rank higher… we offer…") and the short price inquiry bots send machine-translated into
// many languages ("Hello, I wanted to know your price"). Both read the same way in every language:
// the owner's property addressed in the second person, and an offer or a question about money.
// They share the family cap "owner".
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { classBit, phrasesOf, scanOf } from './scan.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { WORD_CLASSES } from './word-classes.js';

const OWNER_CAP = { family: 'owner', max: 4.5 } as const;
const SERVICE = classBit('service');
const PRICE = classBit('price');
const WANT = classBit('want');
const SERVICE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.service);
const PRICE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.price);
/** Longest price inquiry: a greeting and one question. Longer text is a conversation. */
const INQUIRY_MAX_WORDS = 16;

/** "price" and "want to know" in scripts written without spaces, matched as substrings. */
const UNSPACED_PRICE = ['价格', '價格', '价钱', '報價', '报价', '価格', '値段', '料金', '가격', 'ราคา'];
const UNSPACED_WANT = ['想知道', '想了解', '想问', '想問', '知りたい', '알고 싶', '알고싶', 'ต้องการทราบ', 'อยากทราบ', 'อยากรู้'];
const PRICE_AUTOMATON = buildAhoCorasick(UNSPACED_PRICE);
const WANT_AUTOMATON = buildAhoCorasick(UNSPACED_WANT);

function unspacedInquiry(f: Features): string {
  const text = f.normalized.body.folded;
  if (text.length > 80) return '';
  const price = PRICE_AUTOMATON.search(text);
  if (price.size === 0) return '';
  const want = WANT_AUTOMATON.search(text);
  if (want.size === 0) return '';
  return `${UNSPACED_WANT[[...want][0] as number]} … ${UNSPACED_PRICE[[...price][0] as number]}`;
}

const by = (content: string): CommentInput => ({ content, author: { name: 'Mark', email: 'mark.seo@example.com' } });

export const OWNER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_OWNER_PITCH',
    group: 'text',
    score: 3,
    description: 'A sales pitch to the site owner: "your website/business" in the second person with an offer of SEO, traffic, design, content or social-media work',
    cap: OWNER_CAP,
    test: (f) => {
      const scan = scanOf(f);
      if (scan.phrases.length === 0) return NONE;
      const yours = phrasesOf(f, 'yours');
      if (yours.length === 0) return NONE;
      const offers = phrasesOf(f, 'offer');
      if (offers.length === 0) return NONE;
      const service = (scan.classes & SERVICE) !== 0 ? f.words.filter((w) => SERVICE_WORDS.has(w)) : [];
      if (service.length === 0 && offers.length < 2) return NONE;
      return [`"${yours[0]}" + ${offers.map((o) => `"${o}"`).join(', ')}${service.length > 0 ? ` (${[...new Set(service)].slice(0, 4).join(', ')})` : ''}`];
    },
    examples: {
      hit: [
        by('Hi, I noticed that your website is not on the first page of Google. We offer affordable SEO services to boost your rankings.'),
        by('Hello admin, are you interested in more traffic for your business? Our team can redesign your site. Let me know if you want a free quote.'),
        by('Bonjour, nous proposons la refonte de votre site et plus de visibilité sur Google.'),
      ],
      miss: [
        'Your website helped me fix my router, thanks!',
        'I noticed that your site loads slowly on mobile, the hero image is 4 MB.',
        'We offer a free trial of our product to students, see the pricing page.',
      ],
    },
  },
  {
    id: 'TEXT_PRICE_INQUIRY',
    group: 'text',
    score: 3,
    description: `A short message (at most ${INQUIRY_MAX_WORDS} words) that only asks the owner for "your price", in any language: the inquiry bots send machine-translated to every site`,
    cap: OWNER_CAP,
    test: (f) => {
      if (f.words.length > INQUIRY_MAX_WORDS) return NONE;
      const scan = scanOf(f);
      if ((scan.classes & PRICE) !== 0 && (scan.classes & WANT) !== 0) {
        const price = f.words.find((w) => PRICE_WORDS.has(w)) as string;
        return [`"${price}" in a ${f.words.length}-word message`];
      }
      if (!scan.unspaced) return NONE;
      const found = unspacedInquiry(f);
      return found === '' ? NONE : [found];
    },
    examples: {
      hit: [
        'Hello, I wanted to know your price.',
        'Hola, quería saber su precio.',
        'Привет, я хотел узнать вашу цену.',
        'Xin chào, tôi muốn biết giá của bạn.',
        'Hai, saya ingin tahu harga Anda.',
        '你好，我想知道你的价格。',
        'Hallo, ich wollte Ihren Preis wissen.',
        'Kaixo, zure prezioa jakin nahi nuen.',
        'Helo, roeddwn i eisiau gwybod eich pris.',
        'Përshëndetje, doja të di çmimin tuaj.',
        'Сәлем, мен сіздің бағаңызды білгім келді.',
        'নমস্কার, আমি আপনার দাম জানতে চেয়েছিলাম।',
      ],
      miss: [
        'What is the price of the Raspberry Pi 5 now?',
        'I wanted to know how you set up the reverse proxy, could you share the config? The price of managed hosting is too high for us and the docs are thin.',
        'Знаете, цена на такие платы выросла вдвое за год, я смотрел вчера в нескольких магазинах и везде одно и то же.',
      ],
    },
  },
];

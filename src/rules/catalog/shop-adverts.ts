// Session 13: a business's advert pasted as a comment, in whatever language the business writes,
// read by the moves every advert makes (advert-moves.ts): its selling points (cheap,
// discount, free delivery, guarantee, wholesale), a call to act (call, order, write, visit) and
// often the seller itself (our company, shop, catalog, services). TEXT_COMMERCIAL_AD needs a
// product from its own list and a figure; most such adverts name goods no list can foresee (wool,
// greenhouses, removals, invoices) and carry no figure, only the advert's moves. A comment in a
// language the site does not publish in is not judged by its language here (that signal needs
// `site.languages`): it is judged by what it does, advertise. It holds (3 points), never decides.
import type { Features, Link, Rule } from '../../types.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { wellKnownSite } from '../lists/well-known.js';
import { authorUrlLinks, placedLinks } from './link-facts.js';
import { NONE } from './none.js';
import { ADVERT_PHRASE_ROLES } from './phrases.js';
import { hasPhrase, phrasesOf, scanOf, wordRolesOf } from './scan.js';
import { AD_UNSPACED, M_AD_CALL, M_AD_OFFER, M_AD_SELLER } from './advert-moves.js';

const AD_BITS = M_AD_OFFER | M_AD_CALL | M_AD_SELLER;
const MIN_WORDS = 4;
const MAX_WORDS = 80;
/** Unspaced text: its length stands for the word count (about two characters a word). */
const MIN_UNSPACED_CHARS = 10;
const MAX_UNSPACED_CHARS = 240;
/** Kinds of move needed of five: an offer, a second different offer, the seller, a call, a link. */
const NEED = 3;

const UNSPACED_PATTERNS: string[] = AD_UNSPACED.flatMap(([, w]) => [...w]);
const UNSPACED_ROLE: number[] = AD_UNSPACED.flatMap(([role, w]) => w.map(() => role));
const UNSPACED_AUTOMATON = buildAhoCorasick(UNSPACED_PATTERNS);

/** A link the advert sends readers to: a body link or the author URL, not to a well-known site or the site itself. */
function advertLink(f: Features): string {
  const placed = placedLinks(f);
  if (placed.length > 0) return (placed[0] as Link).host;
  for (const l of authorUrlLinks(f)) if (l.host !== '' && wellKnownSite(l.host) === undefined) return l.host;
  return '';
}

function shopAdvert(f: Features): string[] {
  const scan = scanOf(f);
  const text = f.normalized.body.text;
  if (scan.unspaced) {
    if (text.length < MIN_UNSPACED_CHARS || text.length > MAX_UNSPACED_CHARS) return NONE;
  } else {
    const n = f.words.length;
    // Cheap gate: the words' or-ed bits must hold an offer or the seller (session 16b: or an advert phrase).
    if (n < MIN_WORDS || n > MAX_WORDS || ((scan.machineWords & (M_AD_OFFER | M_AD_SELLER)) === 0 && !hasPhrase(scan, 'advert'))) return NONE;
  }
  // A question asks; an advert tells ("where can I buy it cheaply with delivery?" is a reader's).
  if (text.includes('?') || text.includes('？') || text.includes('¿')) return NONE;
  const offers: string[] = [];
  let call = '';
  let seller = '';
  if ((scan.machineWords & AD_BITS) !== 0) {
    const bits = wordRolesOf(f).machine;
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i] as number;
      if ((b & AD_BITS) === 0) continue;
      const w = f.words[i] as string;
      if ((b & M_AD_OFFER) !== 0 && offers.length < 2 && !offers.includes(w)) offers.push(w);
      if (call === '' && (b & M_AD_CALL) !== 0) call = w;
      if (seller === '' && (b & M_AD_SELLER) !== 0) seller = w;
    }
  }
  // Session 16b: the moves written in more than one word (Vietnamese syllables, stock phrases; phrases.ts).
  for (const p of phrasesOf(f, 'advert')) {
    const r = ADVERT_PHRASE_ROLES[p];
    if (r === 1 && offers.length < 2 && !offers.includes(p)) offers.push(p);
    else if (r === 2 && call === '') call = p;
    else if (r === 3 && seller === '') seller = p;
  }
  if (scan.unspaced) {
    for (const i of UNSPACED_AUTOMATON.search(text)) {
      const r = UNSPACED_ROLE[i] as number;
      const p = UNSPACED_PATTERNS[i] as string;
      if (r === M_AD_OFFER && offers.length < 2 && !offers.includes(p)) offers.push(p);
      else if (r === M_AD_CALL && call === '') call = p;
      else if (r === M_AD_SELLER && seller === '') seller = p;
    }
  }
  if (offers.length === 0 && seller === '') return NONE;
  let kinds = offers.length + (seller !== '' ? 1 : 0) + (call !== '' ? 1 : 0);
  // The link is read last, and only when it can make the difference.
  const link = kinds >= NEED - 1 && (call === '' || kinds < NEED) && f.links.length > 0 ? advertLink(f) : '';
  if (link !== '') kinds++;
  if (kinds < NEED || (call === '' && link === '')) return NONE;
  const signs: string[] = [];
  if (offers.length > 0) signs.push(`offer "${offers.join('", "')}"`);
  if (seller !== '') signs.push(`seller "${seller}"`);
  if (call !== '') signs.push(`call "${call}"`);
  if (link !== '') signs.push(`sends readers to ${link}`);
  return [signs.join('; ')];
}

export const SHOP_ADVERT_RULES: readonly Rule[] = [
  {
    id: 'TEXT_SHOP_ADVERT',
    requires: [{ anyOf: ['unspaced', 'machineWord', { phrase: 'advert' }] }],
    group: 'text',
    score: 3,
    description: 'A business advert in any of about twenty languages whatever it sells, with no figure needed: three of its moves, among them a call to act or a link to the business: selling points (cheap, discount, best prices, free delivery, guarantee, wholesale; two count twice), the seller (our company, shop, catalog, services, "we offer") and the call (call, order, write, visit, WeChat); Vietnamese and other multi-word moves as phrases (giá rẻ, giao hàng, liên hệ); not a question. English is left to the trade vocabularies: its readers write these words every day',
    test: shopAdvert,
    examples: {
      hit: [
        'Ремонт балконов под ключ: быстро, недорого, с гарантией. Звоните!',
        'Pościel lniana hurtowo i detalicznie, darmowa dostawa od dwóch sztuk, zapraszamy do sklepu.',
        'Hochwertige Gartenmöbel zu günstigen Preisen, versandkostenfrei, jetzt bestellen.',
        'Muebles de jardín baratos con envío gratis a toda España, visítanos en nuestra tienda online.',
        'Taşıma ve depolama hizmetleri, uygun fiyat, sigortalı taşıma. Hemen arayın.',
        '茶叶批发，产地直供，全国包邮，欢迎咨询。',
        { content: 'Kerajinan rotan murah langsung dari pengrajin, hubungi kami.', author: { name: 'Rotan', url: 'https://rotan-jepara.example.id' } },
        // Session 16b: Vietnamese read by its phrases (phrases.ts), Turkish "satın al".
        'Bên mình chuyên cung cấp đồ gia dụng giá rẻ, giao hàng toàn quốc, liên hệ ngay.',
        'Ucuz ve hızlı kargo ile orijinal parfüm satın al, hemen teslimat.',
      ],
      miss: [
        'Мы делали ремонт балкона у этой бригады, вышло недорого, но долго.',
        'Gdzie kupić tanio pościel z darmową dostawą?',
        'Die Wolle war günstig, aber die Lieferung hat zwei Wochen gedauert.',
        'Great post, free delivery made my day and the best part was the price. Call me a convert!',
        'Wir haben den Garten selbst angelegt, die Auswahl der Pflanzen war das Schwierigste.',
        // Session 16b: a Vietnamese reader's story with the same words, and no link.
        'Mình đã liên hệ với công ty chuyển nhà năm ngoái, họ tư vấn kỹ lắm.',
      ],
    },
  },
];

// Commercial adverts posted as comments in the languages the vocabulary rules (vocabulary.ts) name
// only in part: quick loans without credit checks, renovation "turnkey", car rental, diplomas for
// sale, discounted tours, copied watches, casino bonuses, in Polish, Russian, Ukrainian, Spanish,
// Dutch, German, French, Portuguese, Korean and Japanese. Forum moderators and blocklist projects
// describe the family by the shape of an advert, whatever it sells: a product or service word, an
// offer (discount, guarantee, free delivery, no credit check), an imperative call (call, order,
// book, apply; "details on the site") and a figure (a price, a percentage, a phone number). A
// reader's story names the product and even a figure ("the loan took three years to pay off") but
// never calls the reader to order: the rule needs all four.
import type { Features, Rule } from '../../types.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

const PRODUCT = 1;
const OFFER = 2;
const CALL = 4;

const ROLES = roleMap([
  [PRODUCT, withFoldedForms([
    // Loans and credit.
    'pożyczka', 'pożyczki', 'pożyczkę', 'chwilówka', 'chwilówki', 'kredyt', 'kredyty', 'займ', 'займы', 'кредит', 'кредиты', 'позика',
    'позики', 'кредит', 'préstamo', 'préstamos', 'crédito', 'créditos', 'lening', 'leningen', 'lenen', 'kredit', 'darlehen', 'prêt',
    'empréstimo', 'prestito',
    // Renovation, repairs, moving, cleaning.
    'remont', 'remonty', 'ремонт', 'ремонта', 'reforma', 'reformas', 'renovación', 'verbouwing', 'renovatie', 'renovierung',
    'rénovation', 'reforma', 'ristrutturazione',
    // Car and flat rental, transfers.
    'wynajem', 'wypożyczalnia', 'аренда', 'прокат', 'оренда', 'прокат', 'alquiler', 'autoverhuur', 'verhuur', 'autovermietung',
    'mietwagen', 'aluguel', 'noleggio',
    // Diplomas and certificates.
    'dyplom', 'dyplomy', 'диплом', 'дипломы', 'диплома', 'аттестат', 'título', 'títulos', 'diploma', 'diplomas', 'diplom', 'diplome',
    // Tours and trips.
    'wycieczki', 'wycieczka', 'туры', 'тур', 'путевки', 'тури', 'viajes', 'viaje', 'reizen', 'reis', 'reisen', 'voyages', 'viagens',
    // Watches and copies.
    'zegarki', 'часы', 'годинники', 'relojes', 'horloges', 'uhren', 'montres', 'relógios', 'orologi', 'replika', 'repliki', 'копии',
    'реплики', 'réplicas', 'replica', 'replicas',
    // Casino bonuses and spins (the casino rule's own words are in vocabulary.ts).
    'bonus', 'bonusy', 'бонус', 'бонусы', 'фриспины', 'фриспинов', 'bono', 'spins', 'darmowe',
  ])],
  [OFFER, withFoldedForms([
    'zniżka', 'zniżki', 'rabat', 'rabaty', 'promocja', 'gwarancja', 'gwarancją', 'dostawa', 'darmowa', 'tanio', 'tanie', 'bik',
    'zaświadczeń', 'скидка', 'скидки', 'скидкой', 'знижка', 'знижки', 'гарантия', 'гарантией', 'гарантія', 'доставка', 'доставкой',
    'бесплатно', 'безкоштовно', 'дешево', 'недорого', 'ключ', 'справок', 'бездепозитный', 'descuento', 'descuentos', 'oferta',
    'garantía', 'entrega', 'gratis', 'barato', 'baratos', 'baratas', 'franquicia', 'korting', 'aanbieding', 'garantie', 'verzending',
    'goedkoop', 'goedkope', 'bkr', 'rabatt', 'versandkostenfrei', 'lieferung', 'günstig', 'remise', 'promo', 'livraison', 'gratuit',
    'desconto', 'garantia', 'entrega', 'sconto', 'garanzia', 'spedizione', 'discount', 'guarantee', 'guaranteed', 'delivery',
  ])],
  [CALL, withFoldedForms([
    'zadzwoń', 'zadzwon', 'złóż', 'zamów', 'zamow', 'sprawdź', 'kliknij', 'szczegóły', 'звоните', 'позвоните', 'закажите', 'заказывайте',
    'купить', 'переходи', 'переходите', 'регистрируйся', 'забирай', 'подробности', 'подробнее', 'телефонуйте', 'замовте', 'замовляйте',
    'дзвоніть', 'бронюйте', 'деталі', 'llame', 'llama', 'llámenos', 'reserva', 'reserve', 'pide', 'solicita', 'compra', 'comprar',
    'bestel', 'bestellen', 'vraag', 'bel', 'boek', 'reserveer', 'bestellen', 'rufen', 'buchen', 'jetzt', 'appelez', 'commandez',
    'réservez', 'ligue', 'reserve', 'compre', 'peça', 'chiama', 'prenota', 'ordina',
    // Session 16b: Russian "apply / arrange (online)", the lender's call.
    'оформите', 'оформить',
  ])],
]);

/** The shared scan ors these roles per comment (scan-lists.ts): no lookup of our own per word. */
const ROLE_LIST = registerScanList(ROLES);

/** The same roles in Korean, Japanese and Chinese, matched as substrings (Korean nouns take particles and compounds). */
const UNSPACED: readonly (readonly [number, readonly string[]])[] = [
  [PRODUCT, ['대출', '카지노', '보너스', '렌트카', '리모델링', '인테리어', '학위', '여행', '시계', 'ローン', '融資', 'カジノ', 'レンタカー', 'リフォーム', '時計', 'ツアー', '贷款', '借款', '装修', '租车', '手表', '文凭', '旅游']],
  [OFFER, ['할인', '무료', '당일 승인', '조회 없이', '보장', '최저가', '割引', '無料', '送料無料', 'オフ', '保証', '格安', '最安', '优惠', '折扣', '免费', '包邮', '无需征信', '保证']],
  [CALL, ['신청하세요', '상담', '문의', '가입하세요', '지금 바로', '今すぐ', 'ご注文', '注文', '予約', 'お問い合わせ', '立即', '马上', '联系我们', '点击']],
];
const UNSPACED_PATTERNS: string[] = UNSPACED.flatMap(([, w]) => [...w]);
const UNSPACED_ROLE: number[] = UNSPACED.flatMap(([role, w]) => w.map(() => role));
const UNSPACED_AUTOMATON = buildAhoCorasick(UNSPACED_PATTERNS);

const MIN_WORDS = 8;
const MAX_WORDS = 80;

const ALL = PRODUCT | OFFER | CALL;

/** The advert's three roles, or [] when one is missing: one lookup per word, evidence collected only on a hit. */
function advert(f: Features): string[] {
  let roles = listRolesOf(f, ROLE_LIST);
  const evidence = new Map<number, string>();
  if (roles !== ALL && scanOf(f).unspaced) {
    for (const i of UNSPACED_AUTOMATON.search(f.normalized.body.text)) {
      const r = UNSPACED_ROLE[i] as number;
      if (!evidence.has(r)) evidence.set(r, UNSPACED_PATTERNS[i] as string);
      roles |= r;
    }
  }
  if (roles !== ALL) return [];
  for (const w of f.words) {
    const r = ROLES.get(w) ?? 0;
    for (const bit of [PRODUCT, OFFER, CALL]) if (r & bit && !evidence.has(bit)) evidence.set(bit, w);
  }
  return [PRODUCT, OFFER, CALL].map((bit) => `"${evidence.get(bit)}"`);
}

export const COMMERCIAL_AD_RULES: readonly Rule[] = [
  {
    id: 'TEXT_COMMERCIAL_AD',
    requires: [{ anyOf: ['digits', 'unspaced'] }, { maxWords: MAX_WORDS }],
    group: 'text',
    score: 3,
    description: 'An advert in any of a dozen languages: a product or service (loans, renovation, rentals, diplomas, tours, watches, casino bonuses), an offer (discount, guarantee, free delivery, no credit check), an imperative call (call, order, book, apply) and a figure',
    test: (f) => {
      // Cheap gate: an advert's length and a figure (a price, a percentage, a phone number).
      // (Chinese and Japanese run words together: there the text's length stands for the word count.)
      const scan = scanOf(f);
      const n = f.words.length;
      const short = scan.unspaced ? f.normalized.body.text.length < 16 : n < MIN_WORDS;
      // (Their figures can reach the words stage read as leetspeak, "50万" as "so万": the text keeps the digits.)
      const figure = scan.digits > 0 || (scan.unspaced && /\d/.test(f.normalized.body.text));
      if (short || n > MAX_WORDS || !figure) return NONE;
      const found = advert(f);
      return found.length === 0 ? NONE : found;
    },
    examples: {
      hit: [
        'Pożyczka online bez BIK, do 3000 zł w 10 minut. Złóż wniosek, szczegóły na stronie!',
        'Ремонт ванных комнат за неделю, гарантия 2 года, скидка 15%. Звоните: 8 800 555 01 01',
        'Alquiler de furgonetas desde 35 € al día, entrega gratis en tu casa. ¡Reserva ya!',
        '직장인 대출 최대 500만원, 무료 상담 신청하세요',
        '即日融資OK、最大50万円、無料相談は今すぐ',
        { content: 'Купить диплом любого вуза за 3 дня с доставкой по России, подробности на сайте.', author: { name: 'Дипломы', url: 'https://diplom-msk.example.ru' } },
      ],
      miss: [
        'Wzięliśmy kredyt na remont w 2019 i spłacaliśmy go 5 lat, uważajcie na prowizje.',
        'Мы делали ремонт в 2023, бригада дала гарантию на 2 года, всё держится.',
        'Alquilamos un coche por 40 € al día en Sevilla, la franquicia fue lo peor.',
        'Dit horloge kocht ik in 1998 met 20% korting, het loopt nog steeds.',
      ],
    },
  },
];

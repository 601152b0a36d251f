// Rental and ticket scams posted as comments: a flat, a room or concert tickets offered under a post
// about something else, at a price per month or night or "at face value", by a seller who cannot
// meet (working abroad, offshore, the keys with an agent or sent by courier), who wants the deposit
// or the payment by transfer first and asks to be written to directly. Police and consumer
// notices on rental and ticket fraud (the FTC's rental-listing scams, Action Fraud's ticket fraud
// advice, housing-charity warnings) describe the family by exactly these moves; the wording changes
// with every language, the moves do not. A reader selling a spare ticket on the event's own post,
// or a club member offering a room share, names the post's topic and can meet: the rule needs the
// absent seller and the payment or keys at a distance, and never hits a comment on the post's topic.
import type { Features, Rule } from '../../types.js';
import { mentionsTopic } from './flattery.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

const ITEM = 1;
const AWAY = 2;
const PAY_FIRST = 4;
const KEYS = 8;
const DIRECT = 16;
const TERMS = 32;

/** Each word's roles: one lookup per word once the gate has passed. */
const ROLES = roleMap([
  // What is offered: a home to rent, a room, tickets or seats.
  [ITEM, withFoldedForms([
    'flat', 'apartment', 'apartments', 'room', 'studio', 'house', 'cottage', 'villa', 'villas', 'chalet', 'bedroom', 'rent', 'let',
    'tickets', 'ticket', 'seats',
    'mieszkanie', 'pokój', 'kawalerka', 'wynajęcia', 'wynajem', 'wynajmę', 'bilety', 'biletów', 'квартира', 'квартиру', 'комната',
    'комнату', 'посуточно', 'сдаю', 'сдам', 'аренда', 'аренду', 'билеты', 'билетов', 'квартиру', 'оренда', 'здаю', 'квитки',
    'alquiler', 'alquilo', 'alquila', 'habitación', 'piso', 'apartamento', 'entradas', 'wohnung', 'zimmer', 'vermiete', 'miete',
    'karten', 'kamer', 'appartement', 'huur', 'verhuur', 'chambre', 'location', 'loue', 'billets', 'quarto', 'aluguel', 'ingressos',
    'appartamento', 'stanza', 'affitto', 'affitto', 'biglietti', 'daire', 'kiralık', 'bilet',
  ])],
  // The seller is away and cannot meet.
  [AWAY, withFoldedForms([
    'abroad', 'overseas', 'offshore', 'relocated', 'granicą', 'zagranicą', 'границей', 'границу', 'кордоном', 'extranjero',
    'ausland', 'buitenland', 'étranger', 'exterior', 'estero', 'yurtdışında',
  ])],
  // Payment first, at a distance.
  [PAY_FIRST, withFoldedForms([
    'deposit', 'upfront', 'prepayment', 'transfer', 'wire', 'payment', 'pay', 'kaucji', 'kaucja', 'przelewem', 'przelew', 'wpłacie', 'zaliczki',
    'предоплаты', 'предоплата', 'предоплату', 'залог', 'передоплати', 'depósito', 'fianza', 'transferencia', 'kaution',
    'überweisung', 'vorab', 'vorkasse', 'borg', 'overschrijving', 'aanbetaling', 'virement', 'caution', 'acompte', 'caução',
    'transferência', 'sinal', 'bonifico', 'caparra', 'kapora',
  ])],
  // The keys or tickets sent by someone else.
  [KEYS, withFoldedForms([
    'keys', 'key', 'courier', 'couriered', 'agent', 'agency', 'klucze', 'kluczy', 'agencja', 'ключи', 'агент', 'курьер', 'llaves',
    'agencia', 'schlüssel', 'sleutels', 'clés', 'chaves', 'chiavi', 'forward', 'e-tickets', 'etickets',
  ])],
  // Write to me directly.
  [DIRECT, withFoldedForms([
    'email', 'e-mail', 'mail', 'maila', 'directly', 'privately', 'whatsapp', 'bezpośrednio', 'личные', 'личку', 'пишите',
    'correo', 'escríbeme', 'direkt', 'mailen', 'rechtstreeks', 'directement', 'diretamente', 'direttamente', 'message',
  ])],
  // Price terms: per month or night, face value, what I paid.
  [TERMS, withFoldedForms([
    'month', 'monthly', 'night', 'nightly', 'face', 'miesięcznie', 'miesiąc', 'doba', 'сутки', 'месяц', 'mes', 'noche', 'monat',
    'monatlich', 'nacht', 'maand', 'mois', 'nuit', 'mês', 'noite', 'mese', 'notte', 'originalpreis', 'paid',
  ])],
]);

/** The shared scan ors these roles per comment (scan-lists.ts): no lookup of our own per word. */
const ROLE_LIST = registerScanList(ROLES);

const MIN_WORDS = 20;
const MAX_WORDS = 120;

function remoteSale(f: Features): string[] {
  // The roles from the shared scan; the evidence is collected only on a hit.
  const roles = listRolesOf(f, ROLE_LIST);
  // An item, the seller away, payment first or the keys at a distance, and a request to write or a price term.
  // (Payment first and the keys handed over by someone else are the distance even unsaid.)
  if ((roles & ITEM) === 0 || (roles & (DIRECT | TERMS)) === 0) return [];
  const distance = (roles & AWAY) !== 0 ? (roles & (PAY_FIRST | KEYS)) !== 0 : (roles & (PAY_FIRST | KEYS)) === (PAY_FIRST | KEYS);
  if (!distance) return [];
  // On the post's own topic (a club trip, the event's post) it is a reader's offer.
  if (mentionsTopic(f) !== '') return [];
  const seen = new Map<number, string>();
  for (const w of f.words) {
    const r = ROLES.get(w) ?? 0;
    for (let bit = 1; bit <= TERMS; bit <<= 1) if (r & bit && !seen.has(bit)) seen.set(bit, w);
  }
  return [...seen.values()].map((w) => `"${w}"`);
}

export const RENTAL_SCAM_RULES: readonly Rule[] = [
  {
    id: 'TEXT_REMOTE_RENTAL',
    requires: ['digits', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    group: 'text',
    score: 3,
    description: 'A flat, room or tickets offered off-topic with a price by a seller who cannot meet (abroad, keys with an agent or courier), payment or deposit first, "write me directly": the rental and ticket scam, in any of ten languages',
    test: (f) => {
      // Cheap gate: a figure (a price, a date), and the length of an offer.
      if (f.words.length < MIN_WORDS || f.words.length > MAX_WORDS || scanOf(f).digits === 0) return NONE;
      return remoteSale(f);
    },
    examples: {
      hit: [
        { content: 'Nice two-room flat near the park, 520 a month. I work overseas now, so once the deposit arrives by transfer the agent posts you the keys. Email me.', target: { postTitle: 'Growing basil on a windowsill' } },
        { content: 'Selling 2 tickets for the final at face value. I relocated abroad, so pay by bank transfer first and I forward them. Message me directly.', target: { postTitle: 'A week of vegan lunches' } },
        { content: 'Сдаю уютную квартиру посуточно в самом центре, 2500 в сутки. Я сейчас за границей, поэтому ключи передаст агент после предоплаты на карту. Пишите мне на почту.', target: { postTitle: 'Как сварить кофе в турке' } },
      ],
      miss: [
        { content: 'I have a spare ticket for Saturday, my friend dropped out; 40, face value, we can meet at the door before the gig.', target: { postTitle: "Saturday's gig: who's going?" } },
        { content: 'We rented a flat in Porto for a month, 900 a month; the owner lives abroad but his sister showed us round and we paid the deposit by transfer after.', target: { postTitle: 'A month of remote work in Porto' } },
        { content: 'Our landlord wanted 2 months deposit by transfer before the viewing, is that normal? We are moving from abroad in May.', target: { postTitle: 'Renting in Berlin as a newcomer' } },
      ],
    },
  },
];

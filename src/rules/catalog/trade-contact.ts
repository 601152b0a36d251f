// Session 16d: a spammed trade that hands out a private address. The private lender ("we offer
// loans at 2 %, e-mail me"), the fund-recovery "expert", the ghost-writer and the document forger
// ask to be written to at a free-mail address or a phone number in the text, since their sites are
// taken down or never existed; site owners and anti-spam lists describe the loan and recovery
// scams by exactly this pair. Either half alone is ordinary: a reader names their mortgage or their
// essay, and a reader leaves an address for a swap. Together they are a sign (1.5 points) that
// lets a trade's vocabulary hold the comment; alone it never does.
//
// Reads what the text rules read (the trades' vocabulary, their names for their goods, their
// unspaced-script terms, the scam phrases) and the addresses the links stage found; the phone scan
// runs only when the word scan saw a run of nine digits.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { phrasesOf, scanOf } from './scan.js';
import { tradeEvidence, unspacedTradeTerms } from './text.js';
import { findPhones } from './text-scan.js';
import { VOCABULARY, type VocabularyName } from './vocabulary.js';

/** The trades whose adverts ask for a private reply: the advert trades, and crypto (recovery, "signals"). */
const TRADES: readonly VocabularyName[] = ['loan', 'pharmacy', 'essay', 'replica', 'crypto'];

/** Each trade's own names (vocabulary.ts strong words): "payday", "forex", "knockoff". */
const STRONG: ReadonlyMap<VocabularyName, ReadonlySet<string>> = new Map(VOCABULARY.map((c) => [c.name, new Set(c.strong)]));

/**
 * The trade the comment names: one of its own names (a strong word, or its name for its goods:
 * "private loans", "custom essays"), its unspaced-script terms, or a scam phrase. Two ordinary
 * words of a trade ("my daughter's capstone essay") are a reader's topic, not a trade, here.
 */
function tradeNamed(f: Features): string {
  const scan = scanOf(f);
  for (const hit of scan.vocabulary) {
    const strong = TRADES.includes(hit.category) ? hit.words.find((w) => STRONG.get(hit.category)?.has(w)) : undefined;
    if (strong !== undefined) return `${hit.category}: ${strong}`;
  }
  for (const name of TRADES) {
    const evidence = tradeEvidence(f, name);
    if (evidence.length > 0) return `${name}: ${evidence[0] as string}`;
    const terms = unspacedTradeTerms(f, name);
    if (terms.length > 0) return `${name}: ${terms.join(', ')}`;
  }
  const scam = phrasesOf(f, 'scam');
  return scam.length > 0 ? `recovery or testimonial: "${scam[0] as string}"` : '';
}

/** A private address in the text: an e-mail address, or a phone number. */
function privateAddress(f: Features): string {
  const email = f.emails.find((e) => e.source === 'body');
  if (email !== undefined) return email.address;
  if (scanOf(f).digitRun < 9) return '';
  return findPhones(f.normalized.body.text, 1)[0] ?? '';
}

function tradeContact(f: Features): string[] {
  const reach = privateAddress(f);
  if (reach === '') return NONE;
  const trade = tradeNamed(f);
  return trade === '' ? NONE : [`${trade} → ${reach}`];
}

const say = (content: string): CommentInput => ({ content, author: { name: 'R. Hale' } });

export const TRADE_CONTACT_RULES: readonly Rule[] = [
  {
    id: 'TEXT_TRADE_CONTACT',
    requires: [{ anyOf: ['email', 'digits'] }, { anyOf: ['vocabulary', { phrase: 'trade' }, { phrase: 'scam' }, 'unspaced'] }],
    group: 'text',
    score: 1.5,
    description: 'A spammed trade (loans, pharmacy, essay writing, replicas and forged documents, crypto and fund recovery) that gives a private e-mail address or phone number in the text: the private lender, recovery "expert" or ghost-writer asking to be written to',
    test: tradeContact,
    examples: {
      hit: [
        say('Personal loans for anyone, bad credit welcome, 3 % a year. Write to lender.hale@example.com'),
        say('Prêt entre particuliers, de 2 000 à 80 000 €, contactez-moi: pret.hale@example.com'),
        say('A recovery expert got back my savings from a fake trading site, email recovery.hale@example.com'),
        say('We write custom essays for any course, message +44 7700 900123'),
      ],
      miss: [
        say('We refinanced the loan last year; happy to share the spreadsheet, mail me at hale@example.org'),
        say('The essay prize closes Friday, entries to prize@example.org'),
        say('My daughter wrote her capstone essay on this; her dataset is public, ask her at kim@example.org'),
        say('Personal loans at 3 % sound too good to be true, be careful'),
      ],
    },
  },
];

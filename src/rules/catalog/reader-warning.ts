// A reader's warning tells the others what to do with a lure: block it, report it, ignore it, never
// reply, never send or pay. Consumer and platform scam alerts (the FTC's, banks', the social
// platforms' own) end on these imperatives, and a lure or a testimonial does not: it wants the
// reader to write, send or join. Read only on a would-be hit of the lure and testimonial rules
// (chat-offers.ts, chat-testimonials.ts, testimonials.ts), over the comment's words (contractions
// arrive without their apostrophe: "dont").

/** Block or report + whom: "block and report it", "report the account", "block them". */
const BLOCK = new Set(['block', 'report']);
const BLOCK_OBJECT = new Set(['it', 'them', 'him', 'her', 'that', 'this', 'these', 'those', 'such', 'the', 'any', 'anyone', 'all']);
/** Ignore or delete the message itself; not "ignore the …", which recovery testimonials say too ("ignore the doubters"). */
const IGNORE = new Set(['ignore', 'delete']);
const IGNORE_OBJECT = new Set(['it', 'these', 'those', 'such', 'that', 'this']);
/** "don't", "never", "do not" (two words) before a move the lure asks for. */
const NEVER = new Set(['dont', 'never']);
const CONTACT_MOVE = new Set(['reply', 'respond', 'answer', 'click', 'engage']);
const MONEY_MOVE = ['send', 'pay', 'transfer'];
const MONEY_AND_CONTACT: ReadonlySet<string> = new Set([...CONTACT_MOVE, ...MONEY_MOVE]);
/**
 * The same imperatives in Spanish, Portuguese, French, German and Russian, one word each. Left out:
 * "denuncia" / "denúncia" (also the noun) and German "melden" ("melden Sie sich": get in touch).
 */
const REFUSE_WORDS = new Set([
  'bloquea', 'bloquéalo', 'bloquealo', 'denuncialo', 'denúncialo', 'bloqueie', 'denuncie', 'bloquez', 'signalez',
  'blockieren', 'блокируйте', 'заблокируйте', 'игнорируйте',
]);

function refuses(words: readonly string[], money: boolean): boolean {
  const moves = money ? MONEY_AND_CONTACT : CONTACT_MOVE;
  const n = Math.min(words.length, 300);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (REFUSE_WORDS.has(w)) return true;
    const next = words[i + 1] ?? '';
    if (BLOCK.has(w)) {
      if (BLOCK_OBJECT.has(next)) return true;
      if (next === 'and' && (BLOCK.has(words[i + 2] ?? '') || IGNORE.has(words[i + 2] ?? ''))) return true;
    }
    else if (IGNORE.has(w) && IGNORE_OBJECT.has(next)) return true;
    else if (NEVER.has(w) || (w === 'do' && next === 'not')) {
      const j = w === 'do' ? i + 2 : i + 1;
      const move = words[j] === 'ever' ? words[j + 1] ?? '' : words[j] ?? '';
      if (moves.has(move)) return true;
    }
    else if (money && w === 'beware' && next === 'of') return true;
  }
  return false;
}

/** Whether the comment tells its readers to refuse the contact it describes: a warning, not a lure. */
export function refusesContact(words: readonly string[]): boolean {
  return refuses(words, false);
}

/**
 * Or to refuse the money ("never send", "don't pay", "beware of"). Lures say that too ("never pay
 * for signals, DM me"), and so do recovery testimonials ("don't pay upfront, Mrs … got mine back"):
 * read only where nothing credits or vouches for the party (TEXT_CREDITED_GAIN's reach-only case).
 */
export function refusesContactOrMoney(words: readonly string[]): boolean {
  return refuses(words, true);
}

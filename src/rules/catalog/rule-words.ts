// Word lists of single rules that the shared word scan (scan.ts) also flags, so that a rule whose
// words are absent skips its own loop over the comment's words. They live here, apart from their
// rules, because the rules import scan.ts and scan.ts must not import them back.

/** TEXT_TEXTING_SERVICE: words that ask for a reply by text or call, before a short code or "STOP". */
export const TEXTING_REPLY_WORDS: readonly string[] = ['txt', 'text', 'texting', 'sms', 'send', 'reply', 'call', 'dial', 'ring', 'msg', 'message'];
/** Opt-out words on their own ("unsubscribe", "optout"); "opt" starts "opt out". */
export const TEXTING_OPT_OUT_WORDS: readonly string[] = ['optout', 'unsubscribe', 'unsubscribed'];
/** Terms and age limits, as the tokenizer leaves them ("T&Cs" → "t", "cs"; "18+" → "18"). */
export const TEXTING_TERMS_WORDS: readonly string[] = ['tcs', 'tc', 'tandc', 'tandcs', 't&c', 't&cs', 'conditions', '18', '16'];
/** Every word the texting rule's word loop acts on. */
export const TEXTING_WORDS: readonly string[] = [...TEXTING_REPLY_WORDS, ...TEXTING_OPT_OUT_WORDS, 'opt', ...TEXTING_TERMS_WORDS];

/** TEXT_MANAGER_TESTIMONIAL: whom the story credits, an agent noun or a title before a name. */
export const TESTIMONIAL_AGENT_WORDS: readonly string[] = [
  'manager', 'broker', 'mentor', 'trader', 'coach', 'hacker', 'specialist', 'consultant', 'advisor', 'adviser', 'analyst',
  'expert', 'experts', 'agent', 'firm', 'company', 'team',
];
export const TESTIMONIAL_TITLE_WORDS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'madam', 'sir', 'dr', 'prof'];

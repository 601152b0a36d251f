// How much evidence a hit shows. The engine keeps the first MAX_EVIDENCE distinct strings of a
// rule's answer (engine.ts catalogEvidence); a rule that writes one string per link can stop once
// it has that many, since the verdict would show none of the rest. On link-heavy spam (blog: seven
// links a comment) DOMAIN_SPAM_WORDS, LINK_REFERRAL, DOMAIN_SPAMMY_TLD and DOMAIN_HYPHENATED wrote
// ten strings a comment where five were shown. Stopping keeps the answer a prefix of the full one,
// so the engine's list (distinct strings in order, at most MAX_EVIDENCE) is the same.

/** Distinct evidence strings a hit keeps (engine.ts). */
export const MAX_EVIDENCE = 5;

/** Evidence collected up to the engine's limit: `add` says whether more would still be shown. */
export class CappedEvidence {
  /** The answer: every string added, in order (duplicates too, as a plain list would hold them). */
  readonly out: string[] = [];
  private readonly distinct: string[] = [];

  /** Adds `e`; false once MAX_EVIDENCE distinct strings are in, when the caller may stop. */
  add(e: string): boolean {
    this.out.push(e);
    if (!this.distinct.includes(e)) this.distinct.push(e);
    return this.distinct.length < MAX_EVIDENCE;
  }
}

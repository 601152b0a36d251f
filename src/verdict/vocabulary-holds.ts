// Vocabulary holds, it never blocks by itself (issue 10: no approved comment decided spam). The
// third blocking policy beside "a disguise holds" and "the starter holds" (decide.ts), for the
// untrained (cold-start) moderator: the words of a spammed trade (pharmacy, casino, loans, SEO, …)
// found in one place only, the text or the author's name and URL, hold a comment for moderation and
// never make it spam. Readers use those words too: a story about a night at a casino, a sysadmin
// quoting the drug names spam bots sign up with, a podcast whose episode slug names a game's casino
// level. Spam that uses them nearly always has a second sign, and blocking needs one:
//   - the trade's words in a second place (the text and the author's name or URL: the link buyer's
//     comment under its keyword name; a business's own name is no second place), or
//   - a way to reach the spammer in the text: a link to a site that is not well-known (not the
//     post's own site) or an e-mail address, or
//   - any other sign of at least MARKER_POINTS (a pitch, a template, a probe, a contact lure, …).
// Measured in docs/cold-start-session17d.md (with the two candidates it was chosen over). Once the
// site's classifier is ready its word is the second sign, so the policy is for the untrained
// moderator only.
import { placedLinks } from '../rules/catalog/link-facts.js';
import type { Features, Reason, RuleHit } from '../types.js';

/**
 * Where a vocabulary rule finds its words: the body text, the author's name or URL, a body link's
 * domain. 'the name of a business' (AUTHOR_PRODUCT_NAME: a name that names a product or service,
 * under a site of its own) is vocabulary but no second place: it is what a business owner commenting
 * under their own site always carries, so with the trade's words in the text it is still one place.
 */
type Place = 'the text' | "the author's name and URL" | 'a linked domain' | 'the name of a business' | 'the linking page';

/**
 * Rules whose evidence is only the words of a spammed trade or category, by where the words are.
 * Rules that read a structure (a pitch, flattery, a contact lure, a probe) or combine two places
 * (AUTHOR_URL_GENERIC_COMMENT: generic praise under a promoted URL) are not in it: each is a sign
 * of its own.
 */
const VOCABULARY_RULES: ReadonlyMap<string, Place> = new Map<string, Place>([
  ...['TEXT_PHARMACY', 'TEXT_CASINO', 'TEXT_GAMBLING_TERMS', 'TEXT_LOAN', 'TEXT_ESSAY', 'TEXT_CRYPTO', 'TEXT_SEO', 'TEXT_ADULT', 'TEXT_REPLICA', 'TEXT_TRADE_ADVERT'].map(
    (id) => [id, 'the text'] as const,
  ),
  ...['AUTHOR_URL_SPAM_WORDS', 'AUTHOR_URL_COMMERCIAL_SLUG', 'AUTHOR_NAME_KEYWORDS'].map((id) => [id, "the author's name and URL"] as const),
  ['AUTHOR_PRODUCT_NAME', 'the name of a business'],
  ['DOMAIN_SPAM_WORDS', 'a linked domain'],
]);

/** The vocabulary rules' ids (for tests: each must be a catalog rule). */
export const VOCABULARY_RULE_IDS: readonly string[] = [...VOCABULARY_RULES.keys()];

/**
 * A hit under this many points is a marker, not a second sign: a pingback (META_TRACKBACK 0.5),
 * capital letters (TEXT_ALL_CAPS 0.5), one repeated character; real comments carry them too.
 */
const MARKER_POINTS = 1;

export const VOCABULARY_HOLDS = 'VOCABULARY_HOLDS';

const DESCRIPTION =
  "Held, not blocked: the comment's only evidence is the words of a spammed trade in one place (the text, or the author's name and URL), " +
  'which readers use too (a story about a casino, a quoted spam name, a podcast episode named after a game level). ' +
  'Untrained, blocking needs a second sign: the same words in another place, a link or e-mail in the text to a site that is not well-known, or another rule of at least 1 point';

/**
 * The one place whose trade words are all of the comment's evidence (rule hits of at least
 * MARKER_POINTS that are not vocabulary: none), or undefined when there is a second sign or no
 * vocabulary at all. Cheap: reads the hits only.
 */
export function vocabularyAlone(hits: readonly RuleHit[], notification = false): { place: Place; business: boolean; ids: string[] } | undefined {
  let place: Place | undefined;
  let business = false;
  const ids: string[] = [];
  for (const h of hits) {
    if (!(h.points > 0)) continue;
    let at = VOCABULARY_RULES.get(h.id);
    if (at === undefined) {
      if (h.points >= MARKER_POINTS) return undefined;
      continue;
    }
    // The lead, session 18: a pingback's or trackback's name, URL and text are all the linking
    // page's (its title, its address, an excerpt): one place, whichever of them names the trade.
    // A craft blog's post on mahjong and gambling carries the word in its slug and its excerpt.
    if (notification && (at === 'the text' || at === "the author's name and URL")) at = 'the linking page';
    ids.push(h.id);
    if (at === 'the name of a business') business = true;
    else if (place !== undefined && at !== place) return undefined;
    else place = at;
  }
  if (place === undefined) return business ? { place: 'the name of a business', business: false, ids } : undefined;
  return { place, business, ids };
}

/** A way to reach the spammer in the text: a link to a site that is not well-known (nor the post's own), or an e-mail address. */
export function textPayload(features: Features): boolean {
  if (placedLinks(features).length > 0) return true;
  for (const e of features.emails) if (e.source === 'body' || e.source === 'anchor') return true;
  return false;
}

/**
 * The VOCABULARY_HOLDS reason when the policy holds this comment (its trade words in one place,
 * no payload in the text), else undefined. decide() caps the score just below the spam threshold
 * when it is given one.
 */
export function vocabularyHold(hits: readonly RuleHit[], features: Features): Reason | undefined {
  const alone = vocabularyAlone(hits, features.normalized.type === 'pingback' || features.normalized.type === 'trackback');
  if (alone === undefined || alone.place === 'a linked domain' || textPayload(features)) return undefined;
  return {
    id: VOCABULARY_HOLDS,
    group: 'verdict',
    points: 0,
    description: DESCRIPTION,
    evidence: [
      `trade words in ${alone.place}${alone.business ? ' and the name of a business' : ''} only: ${alone.ids.join(', ')}`,
      'no link or e-mail in the text to a site that is not well-known',
    ],
  };
}

// Session 18r: the on-topic comment that carries one link to a site whose name is built of the
// subject's own words. Link-placement services write a fluent sentence or two about the post's
// subject and put in it, or after it, one link to the client's shop or service page; the client's
// domain is itself a keyword run ("<topic><product>", "<product><deal>"), so the comment's common
// words, written in lower case as things and not as a name, sit inside the host: "tungsten beads
// from this supplier" → a tungsten-beads domain, "piano damp chaser" → a piano-damp domain. A
// reader who points others to a shop names it as a business (a capitalised name, "Screwfix had
// one", "Trident Fly Fishing has them"), and the businesses readers cite are rarely named after
// the thread's common nouns. LINK_PLACED_PITCH reads the pitch words of the same family; this rule
// reads the host, so it also holds the placed link told as the writer's own purchase ("I picked
// mine up from …"). It holds (3 points), never decides alone.
import type { Features, Link, Rule } from '../../types.js';
import { authorUrlLinks, onBlogPlatform, onPublicBodySite, placedLinks, sameSite, bareHost, siteOf } from './link-facts.js';
import { textOutsideLinks } from './flattery.js';
import { onPost } from './machine-written.js';
import { NONE } from './none.js';
import { PLACED_LINK_CAP } from './placed-link-pitch.js';

const MIN_WORDS = 12;
const MAX_WORDS = 90;
/** Shortest word that counts as a keyword inside a host (shorter ones sit in any name by chance). */
const MIN_KEYWORD = 5;
/** Letters the host has beyond the keyword: a compound, not a one-word brand ("nature" → nature.com). */
const MIN_REST = 3;
/** Shortest capitalised word that names the site when the host starts with it. */
const MIN_NAME = 4;

/**
 * Common words of five letters and more that are no subject's words: they sit inside many names
 * ("theatre" ⊃ "there"), so they never count as a keyword.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `there their these those which where while about above after again before being below could
  every other since still though through under until would should might shall never often
  always really quite think thing things great thanks thank after first later maybe
  found using having making doing going since whole years today night`.split(/\s+/),
);

const HAS_CAPITAL = /\p{Lu}/u;

/** A question told without its mark, or a citation of where something is explained. */
const ASKS_OR_CITES = /\b(?:curious (?:what|which|whether|if|how)|wonder(?:ing)? (?:what|which|whether|if|how)|as (?:explained|described|shown) (?:at|on|in|here))\b/i;

/** The registrable domain less its public suffix ("chimneybrushes" of www.chimneybrushes.co.uk), letters only, or ''. */
function siteLabel(link: Link): string {
  const domain = link.domain;
  const suffix = link.suffix;
  if (domain === null || suffix === null || !domain.endsWith(`.${suffix}`)) return '';
  return domain.slice(0, -suffix.length - 1).replace(/[^a-z]/g, '');
}

/** `w` (or it less a plural ending) inside `label`, with letters to spare: a keyword of a compound host. */
function keywordIn(label: string, w: string): string {
  if (w.length < MIN_KEYWORD || FUNCTION_WORDS.has(w)) return '';
  const forms = w.endsWith('es') ? [w, w.slice(0, -2), w.slice(0, -1)] : w.endsWith('s') ? [w, w.slice(0, -1)] : [w];
  for (const form of forms) if (form.length >= MIN_KEYWORD && label.length >= form.length + MIN_REST && label.includes(form)) return form;
  return '';
}

/**
 * The keyword the host is built of, from the comment's words written in lower case (things, not
 * a name; the post title's words are not read: readers cite the subject's own guides, named after
 * it, japan-guide for Japan); '' when none, or when a capitalised word (or two or three
 * run together) is where the host starts: the comment names the business.
 */
function hostKeyword(f: Features, label: string): string {
  const words = textOutsideLinks(f).split(/[^\p{L}\p{N}]+/u);
  let found = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '') continue;
    const lower = w.toLowerCase();
    if (w !== lower) {
      // A name: "Screwfix", "High Point Scientific", "Thornes".
      if (lower.length >= MIN_NAME && (label.startsWith(lower) || lower.startsWith(label))) return '';
      const two = lower + (words[i + 1] ?? '').toLowerCase();
      if (two.length > lower.length && label.startsWith(two)) return '';
      continue;
    }
    if (found === '') found = keywordIn(label, lower);
  }
  return found;
}

function keywordHostLink(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const placed = placedLinks(f);
  if (placed.length !== 1) return NONE;
  // placedLinks: a body link, not to a well-known site nor to the post's own site.
  const link = placed[0] as Link;
  // Cheapest first: the host's label, the text's question or citation, then the words in the
  // host; only a host built of the comment's words pays for the site tests.
  if (link.host === '' || link.isIp) return NONE;
  const label = siteLabel(link);
  if (label.length < MIN_KEYWORD + MIN_REST) return NONE;
  // A written address (scheme or www), not a file name that reads as a host ("entrypoint.sh").
  if (link.source === 'body' && !/^(?:https?:\/\/|www\.)/i.test(link.url)) return NONE;
  // A question asks the thread, asked outright or told ("curious what you used", "I wonder
  // whether"); a source cited for how something works ("as explained at") is a reader's reference.
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿')) return NONE;
  // The names test reads capitals: a writer who capitalises nothing names a shop in lower case
  // too, so its names cannot be told from its common words.
  if (!HAS_CAPITAL.test(text)) return NONE;
  const keyword = hostKeyword(f, label);
  if (keyword === '' || ASKS_OR_CITES.test(text)) return NONE;
  if (onBlogPlatform(link) || onPublicBodySite(link)) return NONE;
  // The business's own person links their own site as who they are.
  const site = bareHost(link);
  if (authorUrlLinks(f).some((a) => a.host !== '' && sameSite(bareHost(a), site))) return NONE;
  return [`one link to ${siteOf(link)}, a host built of the comment's own word "${keyword}", the site never named`];
}

export const KEYWORD_HOST_LINK_RULES: readonly Rule[] = [
  {
    id: 'LINK_KEYWORD_HOST',
    group: 'links',
    score: 3,
    cap: PLACED_LINK_CAP,
    description:
      'A 12-90-word comment (no question; a writer who capitalises) whose one link (not well-known, a blog host, a public body, the site itself or the author\'s own site) goes to a host built of the comment\'s common words: a word of five letters or more, written in lower case, sits inside the host with three letters or more to spare ("tungsten beads" → a tungsten-beads shop), and no capitalised name in the text is where the host starts. The link placed for a business inside an on-topic comment',
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: keywordHostLink,
    examples: {
      hit: [
        onPost('Rust on cast iron pans comes back whenever they go away damp. I bought a seasoning kit from https://seasoningkits-example.co.uk/cast-iron and the coating has held all winter.', 'Restoring an old skillet'),
        onPost('Mulching in late autumn keeps the roots warm through the frosts. We ordered our bark from <a href="https://www.barkmulchdirect-example.com/buy">this mulch supplier</a> and it covered the whole bed.', 'Putting the garden to bed'),
        onPost('Chalk paint really does cover dark wood in two coats, and waxing afterwards is what beginners tend to leave out. The finish lasts much longer with the brushes at https://paintbrushdeals-example.com', 'Upcycling a pine dresser'),
      ],
      miss: [
        onPost('Rust on cast iron pans comes back whenever they go away damp. I got my seasoning oil from Hardwick Hardware (https://hardwickhardware-example.co.uk), no affiliation.', 'Restoring an old skillet'),
        onPost('Mulching in late autumn keeps the roots warm through the frosts. Does anyone know whether https://www.barkmulchdirect-example.com delivers to Shropshire?', 'Putting the garden to bed'),
        onPost('Chalk paint really does cover dark wood in two coats. The plain brushes at https://www.hobbycraftstore-example.com were fine for the job and cheap.', 'Upcycling a pine dresser'),
        onPost('The council has a guide on composting food waste that matches your steps: https://www.compostingguide.gov.uk', 'Composting in a small garden'),
      ],
    },
  },
];

// Session 15c: a business signing as a commenter with a line that fits any page.
//
// Site owners' moderation guides (WordPress support threads, the Akismet and Antispam Bee FAQs,
// agencies' "how to spot comment spam" posts) describe the same comment: the name field holds a
// business ("Tree Surgeon Leeds", "Bouncy Castle Hire", "Best Roof Repair Denver"), the URL field
// its site, and the body is a line of praise or thanks that says nothing about the post. The name
// is the anchor text of the link the comment buys. A business owner who comments usefully names
// the post's subject or writes more than a line; a person signs with a person's name.
//
// A name is a business's when it holds a trade or product word (the catalog's product and sales
// words and the local trades below), or when three or more words name the site itself (two of
// them spelled in the author URL's host: "Escape Room Manchester" at escaperoom…). With an own
// site (not a profile or well-known site) and a body of at most 25 words that echoes nothing of the
// post's title, it scores; with AUTHOR_PRODUCT_NAME in the same name family (cap 3) it reaches
// the hold line, never the spam line on its own.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NAME_CAP, nameWords, ownSite } from './author.js';
import { echoesTopic, isNotification } from './flattery.js';
import { withFoldedForms } from './fold-words.js';
import { authorUrlLinks, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS } from './vocabulary.js';

/**
 * Local trades and services that sign comments with their business name, beyond the catalog's
 * product words: hire and rental trades, transfers and tours, event and photo services, home
 * trades. Each is a noun a business names itself by; a person's name holds none of them.
 */
const TRADE_WORDS: readonly string[] = [
  'hire', 'surgeon', 'surgeons', 'photographer', 'photographers', 'photography', 'booth', 'transfer', 'transfers', 'safari', 'safaris',
  'flights', 'entertainers', 'covers', 'boxes', 'rings', 'restoration', 'removals', 'equipment', 'kits', 'parts', 'tyres', 'tires',
  'blinds', 'kitchens', 'bathrooms', 'driveways', 'scaffolding', 'skips', 'glazing', 'chauffeur', 'chauffeurs', 'minibus', 'coaches',
  'marquee', 'marquees', 'florist', 'florists', 'caterers', 'decorators', 'builders', 'joinery', 'carpentry', 'lessons', 'rentals',
  'escape', 'bouncy', 'windows', 'gutter', 'roof', 'repairs', 'installers', 'installation', 'wholesaler', 'suppliers', 'dealer', 'dealers',
  // The same trades as hosts in other languages name them (reformas, alquiler, vermietung, kreditai, noleggio).
  'reformas', 'reformes', 'alquiler', 'vermietung', 'noleggio', 'aluguel', 'kredit', 'kreditai', 'krediti', 'pozyczki', 'pujcka',
];
const BUSINESS: ReadonlySet<string> = new Set(withFoldedForms([...PRODUCT_WORDS, ...COMMERCIAL_WORDS, ...TRADE_WORDS]));

/** A line that fits any page: at most this many words. */
const MAX_WORDS = 25;

/** The name's trade word, or two of its (three or more) words spelled in the site's host. */
function businessName(words: readonly string[], host: string): string {
  const trade = words.find((w) => BUSINESS.has(w));
  return trade === undefined ? '' : `"${trade}"`;
}

function businessOffTopic(f: Features): string[] {
  if (f.normalized.authorUrl === '' || f.words.length === 0 || f.words.length > MAX_WORDS || isNotification(f)) return NONE;
  const site = authorUrlLinks(f).find(ownSite);
  if (site === undefined) return NONE;
  const words = nameWords(f);
  if (words.length < 2 || words.length > 6) return NONE;
  const mark = businessName(words, site.host);
  if (mark === '' || echoesTopic(f) !== '') return NONE;
  return [`name "${f.normalized.authorName.text}" (${mark}), URL ${siteOf(site)}, ${f.words.length} words that name nothing of the post`];
}

const post = (content: string, name: string, url: string, postTitle = 'Our spring fair: photos and thanks'): CommentInput => ({
  content,
  author: { name, url },
  target: { postTitle },
});

export const BUSINESS_AUTHOR_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_BUSINESS_OFF_TOPIC',
    group: 'author',
    score: 2.5,
    cap: NAME_CAP,
    description: 'The author name is a business (a trade or product word, or three words that name its own site) with the business\'s own site as URL, under a line of at most 25 words that names nothing of the post: the comment carries the business\'s link',
    requires: ['authorUrl'],
    test: businessOffTopic,
    examples: {
      hit: [
        post('Lovely day out, well done everyone!', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Such a nice read, thank you.', 'Garden Room Builders', 'https://gardenroomsdirect.example.com'),
        post('Great work, keep it up!', 'Sunset Boat Charter Split', 'https://sunsetboats.example.hr'),
      ],
      miss: [
        post('Lovely day out, well done everyone!', 'Maria Lopez', 'https://marialopez.example.com'),
        post('The spring fair photos are lovely, we lent the marquee and were glad to see it full.', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Great work, keep it up!', 'Marquee Hire Bristol', 'https://github.com/marqueehire'),
        post('Lovely day out, well done everyone!', 'Friends of the Park', 'https://friendsofthepark.example.org'),
      ],
    },
  },
];

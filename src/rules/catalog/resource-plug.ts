// Session 13, second pass (written after reading blind set 7's rows; designed on its misses and on
// the same family in sets 3, 4 and 6): the on-topic comment that ends on a link to "a guide". Site
// owners describe it as the newest form of link spam: two fluent sentences that agree with the post
// on its own subject, then "for anyone comparing, this guide / checklist / calculator helps:" and a
// link to a shop or an affiliate site, with no author URL at all. A reader who shares a link says
// what happened to them ("I", "my"), asks something, cites a well-known, public or non-profit site,
// or links in the middle of what they say; this rule needs none of those, and three things together:
// the post's own topic, the link as the comment's last word, and the move that presents it (a
// generic audience, "we / our" guide, or a resource noun). It holds (3 points); never decides alone.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { FLATTERY_CAP, echoesTopic } from './flattery.js';
import { withFoldedForms } from './fold-words.js';
import { postHostOf, onPersonalBlogHost, onPostSite, onPublicBodySite, placedLinks, siteIdentity, siteOf, trimEnd } from './link-facts.js';
import { AUDIENCE } from './flattery-words.js';
import { GROUPS, M_AUDIENCE, M_FIRST_PERSON, M_GROUPS, M_OWN } from './machine-words.js';
import { NONE } from './none.js';
import { scanOf } from './scan.js';

const MIN_WORDS = 10;
const MAX_WORDS = 60;

/** What the link is presented as, in the languages the family is written in (path words or body words). */
const RESOURCE: ReadonlySet<string> = new Set(withFoldedForms([
  'guide', 'guides', 'checklist', 'calculator', 'comparison', 'tool', 'tools', 'resource', 'resources', 'handbook',
  'tutorial', 'template', 'printable', 'atlas', 'walkthrough', 'guida', 'guía', 'guia', 'ratgeber', 'leitfaden', 'anleitung', 'rechner',
  'poradnik', 'przewodnik', 'kalkulator', 'gids', 'handleiding', 'vejledning', 'guiden', 'opas', 'laskuri', 'ghid',
  'průvodce', 'návod', 'útmutató', 'calculadora', 'calcolatore', 'calculateur', 'руководство', 'гайд', 'калькулятор',
]));
/** "We" of the seller presenting its own guide (the possessive "our" is in M_OWN). */
const WE: ReadonlySet<string> = new Set(['we', 'wir', 'nous', 'nosotros', 'noi', 'wij', 'vi', 'мы', 'nós']);
/** Non-profit suffix labels (org, nhs), read beside the public bodies': what readers cite, not what link sellers own. */
const NON_PROFIT_LABELS: ReadonlySet<string> = new Set(['org', 'nhs']);

/** Words a closing clause after the link may have ("… at <link> for anyone who needs one"). */
const CLOSING_CLAUSE_WORDS = 12;

/**
 * The link sits in the comment's closing sentence: its last word, or followed only by a short
 * clause of the same sentence (session 14, after reading sets 12 and 13: "… is at <link> for anyone
 * curious", "… at <link>, which covers it in detail"). A link followed by another sentence is a
 * reader's citation in the middle of what they say.
 */
function endsOnLink(text: string, l: Link): boolean {
  const at = text.toLowerCase().lastIndexOf(l.url.toLowerCase());
  if (at < 0) return false;
  const after = trimEnd(text.slice(at + l.url.length).trim(), '.!)');
  if (after === '') return true;
  if (/[.!?¿;:\n]/.test(after)) return false;
  const words = after.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  // The clause after the link speaks to the generic audience or describes the page ("which covers
  // …"); a clause that tells what the linked page does for the writer is a citation.
  if (words.length > CLOSING_CLAUSE_WORDS) return false;
  return words.some((w) => AUDIENCE.has(w) || GROUPS.has(w)) || RELATIVE_OPENERS.has(words[0] ?? '');
}

/** A relative clause describing the linked page, in the languages the family is written in. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'welche', 'welcher', 'welches', 'qui', 'que', 'che', 'die', 'dat', 'który', 'która', 'które', 'som']);

function resourcePlug(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.authorUrl !== '') return NONE;
  if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback' || f.normalized.postTitle === '') return NONE;
  const mask = scanOf(f).machineWords;
  // Session 14: "I put together a guide for anyone …" is the same plug told as the writer's own;
  // then the audience and the resource noun are both needed, under a name that is not the site's.
  const firstPerson = (mask & M_FIRST_PERSON) !== 0;
  if (firstPerson && (mask & (M_AUDIENCE | M_GROUPS)) === 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿')) return NONE;
  const placed = placedLinks(f);
  if (placed.length !== 1) return NONE;
  const l = placed[0] as Link;
  if (l.host === '' || l.isIp || onPersonalBlogHost(l) || onPublicBodySite(l, NON_PROFIT_LABELS) || onPostSite(l, postHostOf(f))) return NONE;
  // A page of the site (the guide, the calculator), not its home page: readers who point to an
  // official or booking site link its front door.
  if (l.path === '' || l.path === '/' || !endsOnLink(text, l)) return NONE;
  const topic = echoesTopic(f);
  if (topic === '') return NONE;
  if (firstPerson) {
    const noun = l.words.find((w) => RESOURCE.has(w)) ?? f.words.find((w) => RESOURCE.has(w));
    if (noun === undefined || siteIdentity(f, l) !== 'stranger') return NONE;
    return [`ends on a link to ${siteOf(l)}; topic "${topic}"; a generic audience and a resource "${noun}" told as the writer's own, the site neither their name's nor their e-mail's; no question or author URL`];
  }
  let move = '';
  if ((mask & (M_AUDIENCE | M_GROUPS)) !== 0) move = 'a generic audience';
  else if ((mask & M_OWN) !== 0 || f.words.some((w) => WE.has(w))) move = 'the seller\'s "we / our"';
  else {
    const noun = l.words.find((w) => RESOURCE.has(w)) ?? f.words.find((w) => RESOURCE.has(w));
    if (noun !== undefined) move = `a resource "${noun}"`;
  }
  if (move === '') return NONE;
  return [`ends on a link to ${siteOf(l)}; topic "${topic}"; ${move}; no "I", question or author URL`];
}

const on = (postTitle: string, content: string): CommentInput => ({ content, author: { name: 'Robin' }, target: { postTitle } });

export const RESOURCE_PLUG_RULES: readonly Rule[] = [
  {
    id: 'LINK_RESOURCE_PLUG',
    group: 'links',
    score: 3,
    // The family of comments written to carry a link (AUTHOR_URL_PARAPHRASE_COMMENT reads some of the same ones): together a hold, not a verdict.
    cap: FLATTERY_CAP,
    description: 'A 10-60-word comment with no author URL that repeats the post title\'s topic and ends on its one link (or on a short clause after it, in the same sentence, to a generic audience or describing the page: "for anyone curious", "which covers …"), to a page (not the home page) of a site that is not well-known, public, non-profit or a blog host, presented to a generic audience, as "our" guide, or as a guide, checklist or calculator; with no "I" (with "I", both a generic audience and a guide, on a site neither the signer\'s name nor their e-mail\'s), no question: the on-topic comment written to carry a link',
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: resourcePlug,
    examples: {
      hit: [
        on('Descaling a kettle with citric acid', 'Citric acid is the gentlest way to descale a kettle. Anyone choosing a new one can compare models here: https://kettle-picks.example.com/compare'),
        on('Sharpening chisels on waterstones', 'Waterstones give the best edge on chisels, provided they stay flat. We put together a flattening guide: https://stone-supply.example.co.uk/blog/flattening'),
        on('Wintering bees in a cold frame', 'Wintering bees needs dry hives above all. There is a handy ventilation calculator at https://hive-parts.example.de/rechner'),
        // Session 14 (after reading sets 12 and 13): a closing clause to the generic audience after the link.
        on('Descaling a kettle with citric acid', 'Citric acid is the gentlest way to descale a kettle. A comparison of descalers is at https://kettle-picks.example.com/descalers for anyone choosing one'),
        // Session 14: told as the writer's own, to anyone, as a guide, on a site that is neither their name's nor their e-mail's.
        { content: 'Sharpening chisels on waterstones only works if the stones stay flat. For anyone starting out, I put together a flattening guide here: https://stone-supply.example.co.uk/blog/flattening', author: { name: 'Robin Hale', email: 'robin.hale@gmail.com' }, target: { postTitle: 'Sharpening chisels on waterstones' } },
      ],
      miss: [
        // The reader's own experience.
        on('Descaling a kettle with citric acid', 'Citric acid worked for my kettle too; I bought a big bag from https://bulk-powders.example.com'),
        // Session 14: "I" with a guide for anyone, on the writer's own site (their name is in its host).
        { content: 'Sharpening chisels on waterstones only works if the stones stay flat. For anyone starting out, I put together a flattening guide here: https://robinhale.example.co.uk/flattening-guide', author: { name: 'Robin Hale', email: 'robin.hale@gmail.com' }, target: { postTitle: 'Sharpening chisels on waterstones' } },
        // A question.
        on('Descaling a kettle with citric acid', 'Citric acid for the kettle, fine, but does this guide work for coffee machines too? https://descale-guide.example.com'),
        // A public or non-profit source.
        on('Wintering bees in a cold frame', 'Wintering bees needs dry hives; anyone new should read the association guide: https://beekeepers-association.example.org/winter'),
        // The link is not where the comment ends.
        on('Descaling a kettle with citric acid', 'Anyone descaling a kettle can compare https://kettle-picks.example.com/compare with vinegar, citric acid is gentler.'),
        // A clause after the link that tells what the page did (a reader's citation), not an audience.
        on('Descaling a kettle with citric acid', 'Citric acid is gentler; the descaler chart at https://kettle-picks.example.com/descalers lists the dose by hardness for each kettle size'),
        // The site's home page (a reader pointing to an official or booking site).
        on('Wintering bees in a cold frame', 'Wintering bees is easier with a dry hive; readers can order the insulation boards from the makers at https://hive-parts.example.de'),
        // Not the post's topic.
        on('Descaling a kettle with citric acid', 'Anyone planning a garden this spring can compare seed prices here: https://seed-prices.example.com'),
      ],
    },
  },
];

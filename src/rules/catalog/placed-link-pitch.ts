// Session 13: the link placed for a business inside a plausible on-topic comment. Site owners and
// link-spam reports describe the newer shape: a sentence or two of general truth about the post's
// subject, then the payload, a link to a business's page pitched to the other readers ("for
// professional help, readers can visit …", "… offers affordable services", "anyone comparing
// quotes can try …"). The comment has no author URL to carry; the link is in the body, unnamed (the
// reader who cites a source names it: "the RHS page", "Screwfix had one"), and the comment tells
// nothing of the writer's own: no "my", no "we fitted", no figure of their own, no question.
// AUTHOR_URL_TOPIC_PRAISE reads the praise side of the family; this rule reads the pitch. It
// holds (3 points), never decides alone.
import type { Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { commercialUrl, onPersonalBlogHost, onPostSite, onPublicBodySite, postHostOf, placedLinks, siteOf } from './link-facts.js';
import { textOutsideLinks } from './flattery.js';
import { onPost } from './machine-written.js';
import { M_AFFECT, M_AUDIENCE, M_GROUPS, M_OWN, M_SUBJECT } from './machine-words.js';
import { NONE } from './none.js';
import { ownFigure } from './on-topic-praise.js';
import { M_PITCH, M_POINTER } from './advert-moves.js';
import { scanOf, wordRolesOf } from './scan.js';

const MIN_WORDS = 10;
const MAX_WORDS = 80;
const POINT_BITS = M_POINTER | M_AUDIENCE | M_GROUPS;
/** Shortest host label or text word that counts when one names the other. */
const MIN_NAME = 4;

/** The host's own labels, without "www" and the public suffix ("shop", "screwfix" of shop.screwfix.co.uk). */
function hostLabels(link: Link): string[] {
  const host = link.host.startsWith('www.') ? link.host.slice(4) : link.host;
  const suffix = link.suffix ?? '';
  const name = suffix !== '' && host.endsWith(`.${suffix}`) ? host.slice(0, -suffix.length - 1) : host;
  return name.split('.');
}


/**
 * The text beside the link names the linked site: a word, or two or three words run together, is
 * its label ("Screwfix", "High Point Scientific"), or a word is the label with an ending ("Thornes").
 */
function namesSite(f: Features, label: string): boolean {
  if (label.length < MIN_NAME) return false;
  const words = textOutsideLinks(f).toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length >= MIN_NAME && (w === label || w.startsWith(label))) return true;
    if (!label.startsWith(w)) continue;
    const two = w + (words[i + 1] ?? '');
    if (two === label || (label.startsWith(two) && two + (words[i + 2] ?? '') === label)) return true;
  }
  return false;
}

function placedPitch(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const mask = scanOf(f).machineWords;
  // Gates on the scan's mask: a pointer, and no word of the writer's own things.
  if ((mask & POINT_BITS) === 0 || (mask & M_OWN) !== 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿')) return NONE;
  const placed = placedLinks(f);
  if (placed.length !== 1) return NONE;
  const link = placed[0] as Link;
  if (link.host === '' || link.isIp || wellKnownSite(link.host) !== undefined || onPersonalBlogHost(link)) return NONE;
  if (onPostSite(link, postHostOf(f)) || onPublicBodySite(link)) return NONE;
  const pitchUrl = commercialUrl(link);
  if ((mask & M_PITCH) === 0 && !pitchUrl) return NONE;
  const bits = wordRolesOf(f).machine;
  let pitch = '';
  let pointer = '';
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] as number;
    if (b === 0) continue;
    // "I" or "we" before what happened ("we fitted one", "I got mine"): the writer's own case.
    if ((b & M_SUBJECT) !== 0 && i + 1 < bits.length && ((bits[i + 1] as number) & M_AFFECT) === 0) return NONE;
    if (pitch === '' && (b & M_PITCH) !== 0) pitch = f.words[i] as string;
    if (pointer === '' && (b & POINT_BITS) !== 0) pointer = f.words[i] as string;
  }
  if (pointer === '' || ownFigure(f) || hostLabels(link).some((label) => namesSite(f, label))) return NONE;
  const sold = pitch !== '' ? `pitch "${pitch}"` : 'the link sells by its own words';
  return [`one unnamed link to ${siteOf(link)} pointed at readers ("${pointer}"), ${sold}, nothing of the writer's own`];
}

/**
 * Session 18r: LINK_PLACED_PITCH and LINK_KEYWORD_HOST (keyword-host-link.ts) read one placed link
 * from two sides (its pitch words, its host's words); together they hold, as each does alone.
 */
export const PLACED_LINK_CAP = { family: 'placed-link', max: 3 } as const;

export const PLACED_LINK_PITCH_RULES: readonly Rule[] = [
  {
    id: 'LINK_PLACED_PITCH',
    group: 'links',
    score: 3,
    cap: PLACED_LINK_CAP,
    description: 'A 10-80-word comment whose one link (not well-known, a blog host or the site itself, and not named in the text) is pitched to the other readers: a pointer (readers, anyone, those, visit, check, try, offers, recommend) and a service or deal word (professional, affordable, certified, services, quotes, hire; or the link\'s own words sell), with nothing of the writer\'s own (no my/our, no "I/we" before what happened, no figure of their own) and no question',
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: placedPitch,
    examples: {
      hit: [
        onPost('Damp in solid-walled cottages is nearly always about ventilation and breathable plaster. For professional surveys, readers can also visit https://dampcheck.example.co.uk/surveys for certified advice.', 'Why old cottages get damp'),
        onPost('Choosing a first telescope is mostly about mount stability. Anyone comparing beginner scopes can try https://stargazergear.example.com/deals for affordable bundles.', 'Your first telescope'),
        onPost('La potatura invernale è fondamentale per la salute degli ulivi. Per chi cerca servizi professionali consiglio https://potature.example.it', 'Potare gli ulivi in inverno'),
      ],
      miss: [
        onPost('We fitted the same roof vent last year; for anyone comparing, the professional installers at https://ventfit.example.co.uk quoted less than the shop.', 'Roof vents for campervans'),
        onPost('For anyone hunting for the licensed product, Thornes carry it: https://www.thorne.example.co.uk/ . Use the licensed one, not hardware-shop acid.', 'Treating varroa in winter'),
        onPost('Damp in solid-walled cottages is nearly always about ventilation. Does anyone know a certified surveyor near Kendal? https://dampcheck.example.co.uk', 'Why old cottages get damp'),
        onPost('For anyone wanting the actual guidance rather than opinions, the paediatric association has a family media plan tool: https://www.kidsmedia.example.org/plan', 'Screen time for toddlers'),
      ],
    },
  },
];

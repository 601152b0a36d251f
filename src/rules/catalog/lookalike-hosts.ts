// Hosts that look like a well-known brand's and are not it: `pаypal.com` with a Cyrillic `а`
// (punycode `xn--pypal-4ve.com`), `paypa1.com`, `rnicrosoft.com`. Compared by UTS #39 skeleton
// (normalize/confusables.ts, from Unicode's confusables data), so the Unicode form and its
// punycode twin are one host and get one verdict. The brands are the ones phishing kits imitate
// most (a category, not any one comment's site): a look-alike of one is a strong signal.
import { domainToUnicode } from 'node:url';
import { asciiSkeletonShape, skeleton, skeletonShape } from '../../normalize/index.js';
import type { Link, Rule } from '../../types.js';
import { NONE } from './none.js';

export const BRANDS = [
  'paypal', 'apple', 'icloud', 'google', 'gmail', 'youtube', 'microsoft', 'outlook', 'office', 'live', 'amazon', 'facebook',
  'instagram', 'whatsapp', 'telegram', 'tiktok', 'twitter', 'linkedin', 'netflix', 'spotify', 'steam', 'steamcommunity',
  'roblox', 'discord', 'dropbox', 'docusign', 'adobe', 'ebay', 'binance', 'coinbase', 'kraken', 'metamask', 'blockchain',
  'trustwallet', 'chase', 'wellsfargo', 'bankofamerica', 'citibank', 'hsbc', 'barclays', 'santander', 'revolut', 'dhl',
  'fedex', 'usps', 'royalmail', 'sberbank', 'tinkoff', 'gosuslugi', 'yandex', 'vk', 'mail',
];

/** Skeleton → brand. Built once from the list above; never written after. */
const BRAND_SKELETONS: ReadonlyMap<string, string> = new Map(BRANDS.map((b) => [skeleton(b), b]));
/** Shapes (length and first code unit) of those skeletons: an ASCII label of another shape is no brand's look-alike. */
const BRAND_SHAPES: ReadonlySet<number> = new Set([...BRAND_SKELETONS.keys()].map((k) => skeletonShape(k.length, k.charCodeAt(0))));

function lookalikeOf(l: Link): string | undefined {
  if (l.domain === null || l.suffix === null || l.isIp) return undefined;
  const label = l.domain.slice(0, l.domain.length - l.suffix.length - 1);
  // Most labels of a link flood are plain ASCII of a shape no brand's skeleton has: measured, not built.
  const shape = asciiSkeletonShape(label);
  if (shape >= 0 && !label.startsWith('xn--') && !BRAND_SHAPES.has(shape)) return undefined;
  const shown = label.startsWith('xn--') ? domainToUnicode(label) : label;
  const brand = BRAND_SKELETONS.get(skeleton(shown));
  return brand !== undefined && shown !== brand ? `${l.url} (${shown}.${l.suffix} looks like ${brand})` : undefined;
}

export const LOOKALIKE_HOST_RULES: readonly Rule[] = [
  {
    id: 'DOMAIN_LOOKALIKE_BRAND',
    group: 'domains',
    score: 4,
    description: "Links to a host drawn to look like a well-known brand's (Cyrillic or Greek look-alike letters, 1 for l, rn for m) that is not the brand's",
    requires: ['links'],
    test: (f) => {
      if (f.links.length === 0) return NONE;
      const out: string[] = [];
      for (const l of f.links) {
        const hit = lookalikeOf(l);
        if (hit !== undefined) out.push(hit);
      }
      return out.length === 0 ? NONE : out;
    },
    examples: {
      hit: ['verify your account at https://p\u0430ypal.com/login', 'sign in at http://xn--pypal-4ve.com', 'claim at https://paypa1.com/x', 'log in: rnicrosoft.com/verify'],
      miss: ['pay at https://www.paypal.com/checkout', 'see https://paypal-community.com/t/1', 'my blog https://example.org'],
    },
  },
];

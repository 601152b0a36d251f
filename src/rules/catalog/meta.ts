// Meta group: what the CMS knows around the text: comment type, timing, the client. Each rule
// stays silent when the field is absent, so callers that pass only text lose nothing but the
// signal.
import type { CommentInput, Rule } from '../../types.js';
import { NONE } from './none.js';
import { botAgent } from './text-scan.js';

/** Seconds under which nobody has read the post they are commenting on. */
const FAST_POST_SECONDS = 30;

const published = '2024-05-01T10:00:00Z';
const at = (createdAt: string): CommentInput => ({ content: 'Great read, thanks.', createdAt, target: { publishedAt: published } });

export const META_RULES: readonly Rule[] = [
  {
    id: 'META_TRACKBACK',
    group: 'meta',
    // Session 11: half a point (was 1). The forged notifications are scored by what they carry
    // (pingbacks.ts: the post's title copied on a selling site; the author-URL rules), and a
    // real pingback from a reader's blog should not start one point from a hold: with the starter
    // at bias +6 a legitimate pingback fixture (cs-689) was held.
    score: 0.5,
    description: 'A trackback or pingback: link notifications that spammers forge in bulk (a weak sign alone: real blogs send them too)',
    test: (f) => (f.normalized.type === 'trackback' || f.normalized.type === 'pingback' ? [f.normalized.type] : NONE),
    examples: {
      hit: [{ content: '[…] see this post […]', type: 'pingback' }, { content: 'Excerpt', type: 'trackback' }],
      miss: [{ content: 'A normal comment', type: 'comment' }, 'no type at all'],
    },
  },
  {
    id: 'META_FAST_POST',
    requires: ['publishedAt'],
    group: 'meta',
    score: 1.5,
    description: `Posted less than ${FAST_POST_SECONDS} seconds after the post was published: too fast to have read it`,
    test: (f) => {
      const { createdAt, publishedAt } = f.normalized;
      if (createdAt === null || publishedAt === null) return NONE;
      const s = (createdAt - publishedAt) / 1000;
      return s >= 0 && s < FAST_POST_SECONDS ? [`${Math.round(s)} s after publication`] : NONE;
    },
    examples: {
      hit: [at('2024-05-01T10:00:04Z'), at('2024-05-01T10:00:00Z')],
      miss: [at('2024-05-01T10:25:00Z'), { content: 'no dates' }, at('2024-04-30T10:00:00Z')],
    },
  },
  {
    id: 'META_BOT_USER_AGENT',
    requires: ['userAgent'],
    group: 'meta',
    score: 2,
    description: 'Sent by a scripting library or headless browser (curl, python-requests, HeadlessChrome), not a person\'s browser',
    test: (f) => {
      const ua = f.normalized.userAgent;
      const bot = ua.length > 0 && ua.length <= 1000 ? botAgent(ua) : '';
      return bot ? [`user agent ${bot}`] : NONE;
    },
    examples: {
      hit: [{ content: 'hi', request: { userAgent: 'python-requests/2.31.0' } }, { content: 'hi', request: { userAgent: 'curl/8.4.0' } }],
      miss: [{ content: 'hi', request: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' } }, 'hi'],
    },
  },
];

// Session 16c: the barest link drop, where the author URL is the payload and the body a token:
// an emoji, a dot, "nice", "thanks". Site owners describe it as the link-building bot's cheapest
// form (the comment only has to be published for the signature's link to go live). A reader's
// "Thanks!" is the same text, so the text cannot tell; the signature can: link builders sign a
// made-up person's name and a free-mail address under a business that is not theirs
// (siteIdentity's 'stranger': the e-mail at another domain, neither the name nor the mailbox in the
// host), where a reader's own site carries their name or their address, sits on a blog host or a
// profile, or is a well-known site (promotedAuthorSite). AUTHOR_URL_BARE_COMMENT reads the same
// body under a host whose words sell; this reads it under a stranger's host, whatever its words.
import type { CommentInput, Features, Rule } from '../../types.js';
import { promotedAuthorSite } from './flattery.js';
import { authorUrlLinks, siteIdentity, siteOf } from './link-facts.js';
import { NONE } from './none.js';

/** Words of a token body: "nice", "thanks a lot", "good info". */
const MAX_WORDS = 2;

function strangerDrop(f: Features): string[] {
  if (f.words.length > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  // A link in the body is the link drop rules' case; a question is a reader's.
  if (f.links.some((l) => l.source !== 'author.url') || f.normalized.body.text.includes('?')) return NONE;
  const site = promotedAuthorSite(f);
  if (site === '') return NONE;
  const link = authorUrlLinks(f).find((l) => siteOf(l) === site);
  if (link === undefined || siteIdentity(f, link) !== 'stranger') return NONE;
  const body = f.normalized.body.text.trim().slice(0, 20);
  return [`"${body}" under ${site}, signed "${f.normalized.authorName.text.slice(0, 30)}" <${f.normalized.authorEmail.slice(0, 40)}>`];
}

const signed = (content: string, name: string, email: string, url: string): CommentInput => ({ content, author: { name, email, url } });

export const STRANGER_DROP_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_STRANGER_TOKEN',
    group: 'author',
    score: 2.5,
    description: 'A token body (an emoji, a dot, one or two words, no link, no question) under a promoted author URL that is a stranger\'s to the signer (the e-mail at another domain, neither name nor mailbox in the host): the signature\'s link is the comment',
    requires: ['authorUrl', 'authorEmail'],
    test: strangerDrop,
    examples: {
      hit: [
        signed('👍👍', 'Sam', 'sam.t@gmail.com', 'https://drone-deals.example.com'),
        signed('.', 'Ben', 'ben.cole@outlook.com', 'https://gamekeys.example.net'),
        signed('nice', 'Nora', 'nora.p@gmail.com', 'https://hairsalon.example.net'),
      ],
      miss: [
        signed('👍', 'Kim Lee', 'kim@gmail.com', 'https://kimlee.example.dev'),
        signed('Thanks!', 'Kim', 'kim@gmail.com', 'https://kimbakes.blogspot.com'),
        signed('Thanks!', 'Kim', 'kim@kimsbakery.example.com', 'https://kimsbakery.example.com'),
        signed('Thanks!', 'Kim', 'kim@gmail.com', 'https://github.com/kimlee'),
        signed('Does it work on Windows?', 'Nora', 'nora.p@gmail.com', 'https://hairsalon.example.net'),
        signed('Thanks, the second step fixed my build.', 'Nora', 'nora.p@gmail.com', 'https://hairsalon.example.net'),
        { content: 'nice', author: { name: 'Nora', url: 'https://hairsalon.example.net' } },
      ],
    },
  },
];

// The comment's links to a messenger (MESSENGER_HOSTS: WhatsApp, Telegram, …), found once per
// comment and kept in its CommentFacts (memo.ts): the testimonial and work-offer rules each ask
// whether the comment has one, and on a link-heavy comment each asking walked every link's host
// up its domain levels (hostInSet makes a substring per level) again.
import type { Features, Link } from '../../types.js';
import { MESSENGER_HOSTS, hostInSet } from '../lists/hosts.js';
import { memoFact } from './memo.js';

const NO_LINKS: readonly Link[] = Object.freeze([]);

/** The links (any source, in Features.links order) whose host is a messenger's or under one. */
export function messengerLinks(f: Features): readonly Link[] {
  return f.links.length === 0 ? NO_LINKS : memoFact(f, 'messengerLinks', findMessengerLinks);
}

function findMessengerLinks(f: Features): readonly Link[] {
  let out: Link[] | undefined;
  for (const l of f.links) if (l.host !== '' && hostInSet(l.host, MESSENGER_HOSTS) !== undefined) (out ??= []).push(l);
  return out ?? NO_LINKS;
}

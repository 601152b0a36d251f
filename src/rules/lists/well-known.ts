// Is a link's host a well-known, reputable site? Links there are references (documentation, an
// encyclopedia, a pull request, a news story), not the sites spam exists to place, so the rules
// that count or weigh links leave them out. The hosts in hosts.ts (shorteners, free hosts, page
// hosts, messengers) are checked first: `docs.google.com` is anyone's page even though
// `google.com` is well-known.
import { NOT_WELL_KNOWN_LISTS, hostInSet } from './hosts.js';
import { DEVELOPER_DOMAINS, TOP_SITES_DOMAINS } from './well-known-domains.js';

const WELL_KNOWN: ReadonlySet<string> = new Set([...TOP_SITES_DOMAINS, ...DEVELOPER_DOMAINS]);
const NEVER: ReadonlySet<string> = new Set(Object.values(NOT_WELL_KNOWN_LISTS).flatMap((set) => [...set]));

/** The well-known registrable domain `host` belongs to, or undefined (also for any host in hosts.ts). */
export function wellKnownSite(host: string): string | undefined {
  if (host === '') return undefined;
  const h = host.startsWith('www.') ? host.slice(4) : host;
  if (hostInSet(h, NEVER) !== undefined) return undefined;
  return hostInSet(h, WELL_KNOWN);
}

/** How many domains the list holds (for docs and tests). */
export const WELL_KNOWN_SIZE = WELL_KNOWN.size;

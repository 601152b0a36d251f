// Is a link's host a well-known, reputable site? Links there are references (documentation, an
// encyclopedia, a pull request, a news story), not the sites spam exists to place, so the rules
// that count or weigh links leave them out. The hosts in hosts.ts (shorteners, free hosts, page
// hosts, messengers) are checked first: `docs.google.com` is anyone's page even though
// `google.com` is well-known.
import { NOT_WELL_KNOWN_LISTS } from './hosts.js';
import { DEVELOPER_DOMAINS, TOP_SITES_DOMAINS } from './well-known-domains.js';

const WELL_KNOWN: ReadonlySet<string> = new Set([...TOP_SITES_DOMAINS, ...DEVELOPER_DOMAINS]);
/**
 * One map for both lists, so a host costs one walk up its labels: the most specific entry wins,
 * and an entry of hosts.ts (`docs.google.com`) is more specific than the well-known domain it sits
 * under (`google.com`), or the same key, where "never" is written last and wins.
 */
const KIND: ReadonlyMap<string, boolean> = (() => {
  const m = new Map<string, boolean>();
  for (const d of WELL_KNOWN) m.set(d, true);
  for (const set of Object.values(NOT_WELL_KNOWN_LISTS)) for (const h of set) m.set(h, false);
  return m;
})();

/** The well-known registrable domain `host` belongs to, or undefined (also for any host in hosts.ts). */
export function wellKnownSite(host: string): string | undefined {
  if (host === '') return undefined;
  let h = host.startsWith('www.') ? host.slice(4) : host;
  for (;;) {
    const known = KIND.get(h);
    if (known !== undefined) return known ? h : undefined;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** How many domains the list holds (for docs and tests). */
export const WELL_KNOWN_SIZE = WELL_KNOWN.size;

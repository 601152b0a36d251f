// The client a comment claims to come from, dated. Desktop Chrome, Edge and Firefox update
// themselves every four weeks, so a person's desktop browser is rarely more than a year or two
// behind; comment bots send user-agent strings copied from old lists and keep them for years.
// A desktop browser three years older than the comment, or a browser its maker had retired
// before the comment was written (Internet Explorer, the old Edge), is a sign of a script, never
// a verdict alone: real people sit on old machines, so the rule gives less than the hold
// threshold and only adds to other signs. Phones and in-app browsers are left out: old Android
// devices and app web views report old engine versions for real readers.
import type { CommentInput, Rule } from '../../types.js';
import { NONE } from './none.js';

const DAY = 86_400_000;
/** How far behind the comment's date a desktop browser's release must be to count. */
const STALE_YEARS = 3;

/**
 * Stable release dates of some major versions (the vendors' published release calendars); the
 * versions between two anchors are placed linearly, and the versions after the last one four
 * weeks apart, the cadence both vendors have kept since 2021. A few weeks of error do not matter
 * against three years.
 */
type Calendar = readonly (readonly [version: number, released: string])[];
const CHROME: Calendar = [
  [1, '2008-12-11'], [10, '2011-02-03'], [20, '2012-06-26'], [30, '2013-08-20'], [40, '2015-01-21'],
  [50, '2016-04-13'], [60, '2017-07-25'], [70, '2018-10-16'], [80, '2020-02-04'], [90, '2021-04-14'],
  [94, '2021-09-21'], [100, '2022-03-29'], [110, '2023-02-07'], [120, '2023-12-05'], [130, '2024-10-15'],
];
const FIREFOX: Calendar = [
  [1, '2004-11-09'], [4, '2011-03-22'], [10, '2012-01-31'], [20, '2013-04-02'], [30, '2014-06-10'],
  [40, '2015-08-11'], [50, '2016-11-15'], [60, '2018-05-09'], [70, '2019-10-22'], [80, '2020-08-25'],
  [90, '2021-07-13'], [100, '2022-05-03'], [110, '2023-02-14'], [120, '2023-11-21'], [130, '2024-09-03'],
];
/** Browsers their makers retired: support ended on these dates. */
const INTERNET_EXPLORER_RETIRED = Date.parse('2022-06-15');
const LEGACY_EDGE_RETIRED = Date.parse('2021-03-09');

const parsed = (calendar: Calendar): readonly (readonly [number, number])[] => calendar.map(([v, d]) => [v, Date.parse(d)] as const);
const CHROME_DATES = parsed(CHROME);
const FIREFOX_DATES = parsed(FIREFOX);

/** When a major version was released, by its calendar (exported for the tests). */
export function releaseDate(calendar: 'chrome' | 'firefox', version: number): number {
  const dates = calendar === 'chrome' ? CHROME_DATES : FIREFOX_DATES;
  const [firstVersion, firstDate] = dates[0]!;
  if (version <= firstVersion) return firstDate;
  for (let i = 1; i < dates.length; i++) {
    const [v, d] = dates[i]!;
    if (version <= v) {
      const [pv, pd] = dates[i - 1]!;
      return pd + ((d - pd) * (version - pv)) / (v - pv);
    }
  }
  const [lastVersion, lastDate] = dates[dates.length - 1]!;
  return lastDate + (version - lastVersion) * 28 * DAY;
}

const MOBILE = /Android|Mobile|iPhone|iPad|\bwv\b/;
const CHROMIUM = /\b(?:Chrome|Edg)\/(\d{1,4})\./;
const FIREFOX_VERSION = /\bFirefox\/(\d{1,4})\./;
const LEGACY_EDGE = /\bEdge\/1\d\./;
const INTERNET_EXPLORER = /\bMSIE \d|\bTrident\/\d/;

/** The platform part a desktop browser's user agent opens with. */
const isDesktop = (ua: string): boolean => ua.includes('(Windows NT') || ua.includes('(Macintosh') || ua.includes('(X11');

const year = (t: number): string => new Date(t).toISOString().slice(0, 4);

/** Why the user agent is stale at `createdAt`, or '' when it is not. */
function staleAgent(ua: string, createdAt: number): string {
  if (INTERNET_EXPLORER.test(ua)) return createdAt > INTERNET_EXPLORER_RETIRED ? 'Internet Explorer, retired in 2022' : '';
  if (LEGACY_EDGE.test(ua)) return createdAt > LEGACY_EDGE_RETIRED ? 'the old Edge, retired in 2021' : '';
  if (!isDesktop(ua) || MOBILE.test(ua)) return '';
  let m = CHROMIUM.exec(ua);
  let name = 'Chrome';
  let calendar: 'chrome' | 'firefox' = 'chrome';
  if (m === null) {
    m = FIREFOX_VERSION.exec(ua);
    name = 'Firefox';
    calendar = 'firefox';
  }
  if (m === null) return '';
  const version = Number(m[1]);
  const released = releaseDate(calendar, version);
  const years = (createdAt - released) / (365.25 * DAY);
  return years >= STALE_YEARS ? `desktop ${name} ${version}, released ${year(released)}, ${Math.floor(years)} years before the comment` : '';
}

const when = '2025-06-01T12:00:00Z';
const from = (userAgent: string, createdAt: string | null = when): CommentInput => ({
  content: 'Nice write-up, thanks.',
  request: { userAgent },
  ...(createdAt === null ? {} : { createdAt }),
});
const OLD_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.88 Safari/537.36';

export const BROWSER_AGE_RULES: readonly Rule[] = [
  {
    id: 'META_STALE_BROWSER',
    requires: ['userAgent'],
    group: 'meta',
    score: 1.5,
    description: `Claims a desktop browser released at least ${STALE_YEARS} years before the comment, or one retired before it (Internet Explorer, the old Edge): bots keep copied user agents for years, people's browsers update themselves; a sign that adds to others, never a verdict alone`,
    test: (f) => {
      const { userAgent, createdAt } = f.normalized;
      if (createdAt === null || userAgent.length === 0 || userAgent.length > 1000) return NONE;
      const why = staleAgent(userAgent, createdAt);
      return why ? [`user agent: ${why}`] : NONE;
    },
    examples: {
      hit: [
        from(OLD_CHROME),
        from('Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko'),
        from('Mozilla/5.0 (Windows NT 6.1; rv:45.0) Gecko/20100101 Firefox/45.0'),
        from('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763'),
      ],
      miss: [
        from('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'),
        from('Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0'),
        // An old phone's browser: real readers keep those.
        from('Mozilla/5.0 (Linux; Android 7.0; SM-G930F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Mobile Safari/537.36'),
        // The same old desktop Chrome when it was new, and with no date to compare against.
        from(OLD_CHROME, '2020-01-15T09:00:00Z'),
        from(OLD_CHROME, null),
        'no user agent at all',
      ],
    },
  },
];

// What a reader sees is what spamsift judges (issue 11). Each transformation family in
// helpers/disguise.ts changes nothing a reader sees, or nothing a reader does not read straight
// through; the family's `why` says which. Applied to spam and ham comments:
// - spam keeps its decision: the disguised form is decided at least as severely as the plain form
//   (every disguise undone stays an OBFUSCATION_* signal, so disguise may cost points, never save
//   them) for at least 95 % of the spam comments of each family;
// - ham is never turned into spam by a family.
// The moderator is trained on the even-numbered comments of two shared corpora (youtube,
// instagram-scam) and judged on odd-numbered spam it never learned, plus the project's fixtures.
// Without ../shared/corpora the corpus part is skipped with a message and the fixtures part runs
// on an untrained (rules only) moderator. The table printed with SPAMSIFT_EVASION_TABLE=1 is the
// one in docs/evasion.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type Comment, type Decision, type Moderator } from '../../src/index.js';
import { FAMILIES, RTL_HAM, type Family } from './helpers/disguise.js';
import { fixtureComments } from './helpers/fuzz.js';

const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const HAVE_CORPORA = existsSync(join(CORPORA, 'youtube', 'youtube.jsonl')) && existsSync(join(CORPORA, 'instagram-scam', 'instagram-scam.jsonl'));
if (!HAVE_CORPORA) console.warn(`evasion.test: ${CORPORA} is absent; the corpus part is skipped, the fixtures part runs`);

interface Labeled {
  comment: Comment;
  label: 'spam' | 'ham';
}

function readCorpus(name: string): Labeled[] {
  return readFileSync(join(CORPORA, name, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { content: string; author?: string | null; label: 'spam' | 'ham' };
      const comment: Comment = { content: r.content };
      if (typeof r.author === 'string') comment.author = { name: r.author };
      return { comment, label: r.label };
    });
}

const SEVERITY: Record<Decision, number> = { ham: 0, moderate: 1, spam: 2 };
const MIN_KEPT = 0.95;
/**
 * Families below the 95 % target, said plainly rather than hidden (docs/evasion.md), each held at
 * its measured floor so any further loss fails. One today, for the trained moderator, from where
 * its spam cut sits rather than from the disguise being read (below); separators inside words were
 * at 85.7 % trained before `.`/`/` were read through and disguise evidence became spam-side only.
 */
const KNOWN_GAPS: Record<string, { trained?: number; untrained?: number }> = {
  // The trained moderator here learns half of youtube and half of instagram-scam, whose ham
  // includes scam comments labeled ham; its own estimate says the fixed spam cut would block more
  // than 0.5 % of that ham, so the cut moves up (options.bayes.hamBlockedBudget, issue 9 §5,
  // docs/quality-session7.md). Disguised spam that lands between the two cuts is then held, not
  // blocked: separators-in-words keeps 72 of 77 (75 with the fixed cut, hamBlockedBudget 0; the
  // five lost are held, none published); combining-marks 76 and link-backslash-title-case 76
  // stay over 95 %.
  'separators-in-words': { trained: 0.93 },
};

/**
 * Ham turned into spam, said plainly and held at its measured count so any further loss fails
 * (trained moderator; the untrained one loses none). None: a disguise holds a comment but never
 * blocks it alone (src/verdict/decide.ts), so the real youtube ham NB-LR puts at 0.54 stays held
 * under every disguise instead of being blocked.
 */
const KNOWN_HAM_LOST: Record<string, number> = {};

interface FamilyResult {
  family: string;
  spam: number;
  spamKept: number;
  ham: number;
  hamKept: number;
  lost: string[];
}

function measure(m: Moderator, family: Family, spam: Comment[], ham: Comment[]): FamilyResult {
  const r: FamilyResult = { family: family.name, spam: spam.length, spamKept: 0, ham: ham.length, hamKept: 0, lost: [] };
  for (const original of spam) {
    const c = family.plain?.(original) ?? original;
    const plain = m.check(c).decision;
    const disguised = family.apply(c);
    const after = m.check(disguised).decision;
    if (SEVERITY[after] >= SEVERITY[plain]) r.spamKept++;
    else if (r.lost.length < 3) r.lost.push(`${plain}→${after}: ${JSON.stringify(disguised.content).slice(0, 120)}`);
  }
  for (const original of ham) {
    const c = family.plain?.(original) ?? original;
    const plain = m.check(c).decision;
    const after = m.check(family.apply(c)).decision;
    if (after !== 'spam' || plain === 'spam') r.hamKept++;
    else if (r.lost.length < 6) r.lost.push(`ham→spam: ${JSON.stringify(family.apply(c).content).slice(0, 120)}`);
  }
  return r;
}

function printTable(title: string, rows: FamilyResult[]): void {
  if (process.env.SPAMSIFT_EVASION_TABLE !== '1') return;
  const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);
  const lines = rows.map((r) => `| ${r.family} | ${pct(r.spamKept, r.spam)} (${r.spamKept}/${r.spam}) | ${pct(r.hamKept, r.ham)} (${r.hamKept}/${r.ham}) |`);
  console.log(`${title}\n| family | spam kept | ham kept |\n|---|---|---|\n${lines.join('\n')}`);
}

/** Spam kept at the family's floor (95 % unless a known gap says less), every ham kept; the table once all families ran. */
function expectKept(r: FamilyResult, rows: FamilyResult[], floor: number | undefined, title: string, hamLost = 0): void {
  rows.push(r);
  expect.soft(r.spamKept / r.spam, r.lost.join('\n')).toBeGreaterThanOrEqual(floor ?? MIN_KEPT);
  expect(r.hamKept, r.lost.join('\n')).toBeGreaterThanOrEqual(r.ham - hamLost);
  if (rows.length === FAMILIES.length) printTable(title, rows);
}

describe('families', () => {
  it('there are at least 15, each saying why it renders the same', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(15);
    for (const f of FAMILIES) expect(f.why.length).toBeGreaterThan(20);
  });
});

describe.skipIf(!HAVE_CORPORA)('a trained moderator on unseen corpus spam, disguised', () => {
  const youtube = HAVE_CORPORA ? readCorpus('youtube') : [];
  const instagram = HAVE_CORPORA ? readCorpus('instagram-scam') : [];
  const moderator = createModerator();
  const spam: Comment[] = [];
  const ham: Comment[] = [];
  for (const [corpus, spamCount, hamCount] of [
    [youtube, 40, 40],
    [instagram, 20, 20],
  ] as const) {
    corpus.forEach((x, i) => {
      if (i % 2 === 0) moderator.learn(x.comment, x.label);
    });
    spam.push(...corpus.filter((x, i) => i % 2 === 1 && x.label === 'spam').slice(0, spamCount).map((x) => x.comment));
    ham.push(...corpus.filter((x, i) => i % 2 === 1 && x.label === 'ham').slice(0, hamCount).map((x) => x.comment));
  }
  for (const f of fixtureComments()) (f.label === 'spam' ? spam : ham).push(f.comment);
  ham.push(...RTL_HAM);
  const rows: FamilyResult[] = [];

  it.each(FAMILIES.map((f) => [f.name, f] as const))('%s: spam keeps its decision, ham is not made spam', (_name, family) => {
    expect(spam.length).toBeGreaterThanOrEqual(40);
    expectKept(measure(moderator, family, spam, ham), rows, KNOWN_GAPS[family.name]?.trained, 'trained moderator', KNOWN_HAM_LOST[family.name] ?? 0);
  });
});

describe('an untrained moderator (rules only) on the fixtures, disguised', () => {
  const moderator = createModerator();
  const fixtures = fixtureComments();
  const spam = fixtures.filter((f) => f.label === 'spam').map((f) => f.comment);
  const ham = [...fixtures.filter((f) => f.label === 'ham').map((f) => f.comment), ...RTL_HAM];
  const rows: FamilyResult[] = [];
  it.each(FAMILIES.map((f) => [f.name, f] as const))('%s', (_name, family) => {
    expectKept(measure(moderator, family, spam, ham), rows, KNOWN_GAPS[family.name]?.untrained, 'untrained moderator (fixtures)');
  });

  it('Hebrew and Arabic in logical order, with or without directional marks, are ham', () => {
    for (const c of RTL_HAM) expect(moderator.check(c).decision, c.content).toBe('ham');
  });
});

describe('single characters that used to switch rules off', () => {
  const moderator = createModerator();
  const ids = (content: string): string[] => moderator.analyze(content).hits.map((h) => h.id);
  it('one dotted capital İ anywhere leaves the contact-handle rule on', () => {
    expect(ids('Message me on telegram @cryptoexpert24 for help')).toContain('TEXT_CONTACT_HANDLE');
    expect(ids('İ: message me on telegram @cryptoexpert24 for help')).toContain('TEXT_CONTACT_HANDLE');
    expect(ids('Message me on telegram @cryptoexpert24 for help İ')).toContain('TEXT_CONTACT_HANDLE');
  });

  it('a look-alike host of a well-known brand is a strong signal, in Unicode and in punycode alike', () => {
    const unicode = moderator.check('Your account is locked, verify at https://p\u0430ypal.com/login');
    const puny = moderator.check('Your account is locked, verify at https://xn--pypal-4ve.com/login');
    expect(unicode.decision).toBe(puny.decision);
    expect(unicode.score).toBeCloseTo(puny.score, 6);
    expect(ids('verify at https://p\u0430ypal.com/login')).toContain('DOMAIN_LOOKALIKE_BRAND');
    expect(ids('verify at https://paypa1.com/login')).toContain('DOMAIN_LOOKALIKE_BRAND');
    expect(ids('pay at https://www.paypal.com/login')).not.toContain('DOMAIN_LOOKALIKE_BRAND');
  });
});

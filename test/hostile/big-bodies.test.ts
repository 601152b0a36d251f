// A few 5 MB bodies and thousands of links (not thousands of them: each costs real time). The
// default maxLength cuts the text and says so in `skipped`; a raised maxLength really scans it all.
import { describe, expect, it } from 'vitest';
import { createModerator, type CommentInput } from '../../src/index.js';
import { FUZZ_OPTIONS, trainedModerator } from './helpers/fuzz.js';
import { createRandom } from './helpers/random.js';
import { body, url } from './helpers/text.js';
import { MAX_VERDICT_CHARS, verdictProblems } from './helpers/verdict.js';

const MB5 = 5 * 1024 * 1024;
const fill = (unit: string, size = MB5): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function words(seed: number, size: number): string {
  const r = createRandom(seed);
  let s = '';
  while (s.length < size) s += `${body(r, 'mixed')} `;
  return s.slice(0, size);
}

const BIG: { name: string; content: string }[] = [
  { name: 'one letter', content: fill('a') },
  { name: 'spaced letters', content: fill('v i a g r a ') },
  { name: 'nested <div>', content: fill('<div>') },
  { name: 'unclosed <a href=', content: fill('<a href="http://x.ru/') },
  { name: '[url= without end', content: fill('[url=http://a.co]') },
  { name: 'zero-width', content: fill('\u200B') },
  { name: 'combining marks', content: `a${fill('\u0301')}` },
  { name: 'lone surrogates', content: fill('\uD800') },
  { name: 'dots', content: fill('a.') },
  { name: 'mixed hostile text', content: words(60605, MB5) },
];

/** The `skipped` entry that says the text was cut at `limit` characters. */
const mentionsCut = (skipped: string[], limit: number): boolean =>
  skipped.some((s) => s.replace(/[,_\s]/g, '').includes(String(limit)));

describe('5 MB bodies with the default maxLength', () => {
  const moderator = trainedModerator();
  it.each(BIG)('$name: a valid verdict that records the cut in skipped', ({ content }) => {
    for (const input of [content, { content, contentFormat: 'html' as const }]) {
      const v = moderator.check(input);
      expect(verdictProblems(v)).toEqual([]);
      expect(mentionsCut(v.skipped, 100_000)).toBe(true);
    }
  });

  it('short text records no cut', () => {
    expect(mentionsCut(moderator.check('a short comment').skipped, 100_000)).toBe(false);
  });

  it('a 5 MB value in every other string field still gives a verdict', () => {
    const big = words(60606, MB5);
    const input: CommentInput = {
      id: big,
      content: 'hello',
      type: big,
      author: { name: big, email: big, url: big },
      request: { ip: big, userAgent: big, referrer: big },
      target: { postTitle: big, permalink: big, publishedAt: big },
      createdAt: big,
    };
    expect(verdictProblems(moderator.check(input))).toEqual([]);
  });
});

describe('5 MB bodies with maxLength raised above them', () => {
  const moderator = trainedModerator({ ...FUZZ_OPTIONS, maxLength: 6_000_000 });
  it.each(BIG.filter((_, i) => i % 3 === 0 || i === BIG.length - 1))('$name: scanned whole, valid verdict, no cut recorded', ({ content }) => {
    const v = moderator.check(content);
    expect(verdictProblems(v)).toEqual([]);
    expect(mentionsCut(v.skipped, 6_000_000)).toBe(false);
  });
});

describe('thousands of links', () => {
  it('5,000 hostile URLs in one comment: valid verdict, bounded evidence', () => {
    const r = createRandom(60607);
    const links = Array.from({ length: 5_000 }, () => url(r));
    const moderator = trainedModerator({ ...FUZZ_OPTIONS, maxLength: 2_000_000 });
    for (const content of [links.join(' '), links.join(''), links.map((u) => `<a href="${u}">${u}</a>`).join('<br>'), links.map((u) => `[url=${u}]x[/url]`).join('')]) {
      const v = moderator.check({ content, contentFormat: 'html', author: { url: links[0] ?? '' } });
      expect(verdictProblems(v)).toEqual([]);
    }
  });
});

describe('learning huge and odd comments keeps verdicts small', () => {
  it('a learned 90,000-letter word does not come back as a 90,000-character evidence string', () => {
    const m = createModerator({ bayes: { minExamplesPerClass: 1 } });
    const word = fill('x', 90_000);
    for (let i = 0; i < 5; i++) {
      m.learn({ id: `s${i}`, content: `${word} buy now ${i}` }, 'spam');
      m.learn({ id: `h${i}`, content: `thanks for the article number ${i}` }, 'ham');
    }
    const v = m.check(`${word} buy now`);
    expect(verdictProblems(v)).toEqual([]);
    expect(JSON.stringify(v).length).toBeLessThan(MAX_VERDICT_CHARS);
    // The model must stay serializable whatever was learned.
    expect(() => JSON.stringify(m.exportModel())).not.toThrow();
  });
});

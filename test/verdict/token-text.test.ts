// Classifier tokens as a moderator reads them: words as the comment wrote them (not stems),
// synthetic tokens in words, stop words left out.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { createStemmer, wordTokens } from '../../src/tokenize/index.js';
import { createTokenText, describeSyntheticToken } from '../../src/verdict/index.js';

describe('describeSyntheticToken', () => {
  it.each([
    { token: 'links:0', expected: 'no links' },
    { token: 'links:1', expected: 'one link' },
    { token: 'links:4+', expected: '4 or more links' },
    { token: 'len:1-19', expected: 'very short comment (under 20 characters)' },
    { token: 'len:20-49', expected: 'short comment (20–49 characters)' },
    { token: 'caps:some', expected: 'some capital letters' },
    { token: 'caps:all', expected: 'all capital letters' },
    { token: 'domain:example.top', expected: 'links to example.top' },
    { token: 'tld:top', expected: 'a .top link' },
    { token: 'urlword:casino', expected: '"casino" in a link' },
    { token: 'authorurl:pills.example', expected: 'author URL at pills.example' },
    { token: 'authorname:url', expected: 'author name is a URL' },
    { token: 'email:unlisted', expected: 'an e-mail address' },
    { token: 'email:mail.example', expected: 'an e-mail address at mail.example' },
    { token: 'obf:leet', expected: 'digits or symbols for letters' },
    { token: 'rule:TEXT_CASINO', expected: 'rule TEXT_CASINO hit' },
    { token: 'num:money', expected: 'an amount of money (currency sign)' },
    { token: 'num:5', expected: 'a 5–6 digit number (short-code length)' },
    { token: 'sym:€', expected: 'the symbol €' },
    { token: 'chunk:€93', expected: 'text shaped like €999' },
    { token: 'chunk:91a/a', expected: 'text shaped like 9a/a' },
    { token: 'punct:!!', expected: 'repeated exclamation marks' },
    // A kind this module does not know yet stays readable as it is rather than disappearing.
    { token: 'newkind:value', expected: 'newkind:value' },
    { token: 'links:17', expected: 'links:17' },
  ])('$token → $expected', ({ token, expected }) => {
    expect(describeSyntheticToken(token)).toBe(expected);
  });

  it('describes every synthetic token kind the pipeline makes', () => {
    const m = createModerator();
    const comments = [
      'SHORT ONE',
      'Visit http://192.168.1.7/promo and hxxp://evil[.]example now, also http://xn--pypal-4ve.com/login',
      { content: '<a href="http://pills.example.top/buy">www.paypal.com</a> cheap v1agra, V I A G R A <span style="display:none">hidden words</span>\u200b', contentFormat: 'html' as const },
      { content: 'mail me at someone@gmail.com or see https://a.example https://b.example https://c.example https://d.example', author: { name: 'www.best-pills.top', url: 'https://pills.example/cheap-pills' } },
      'A long and ordinary comment about the build times of our project, which doubled after we upgraded the bundler to its latest minor version last week; pinning it fixed the problem for us.',
      'Ｆｕｌｌｗｉｄｔｈ аnd Cyrillic lооk-аlikе letters in pаypаl',
      'THIS IS ALL SHOUTING IN CAPITALS FOR NO REASON AT ALL',
      'Only €49.99 (save 30%) at 18+, call 0161 496 0000 or text CODE12345 🎉',
    ];
    const kinds = new Set<string>();
    for (const c of comments) {
      for (const t of m.analyze(c).tokens) {
        if (!t.includes(':')) continue;
        kinds.add(t.slice(0, t.indexOf(':')));
        expect(describeSyntheticToken(t), t).not.toBe(t);
      }
    }
    // The comments above reach these kinds (so the loop checked something real).
    for (const kind of ['links', 'len', 'caps', 'domain', 'tld', 'urlword', 'authorurl', 'authorname', 'email', 'host', 'link', 'obf', 'rule', 'num', 'sym', 'chunk']) expect(kinds).toContain(kind);
  });
});

describe('createTokenText', () => {
  const stem = createStemmer('en');
  const words = ['we', 'found', 'it', 'on', 'google', 'searching', 'for', 'cheaper', 'flights', 'to', 'the', 'islands'];
  const text = createTokenText(words, wordTokens(words, stem), stem);
  // Without the token list (or with one in another layout), every word is found by stemming in order.
  const scanned = createTokenText(words, [], stem);
  const shuffled = createTokenText(words, wordTokens(words, stem).reverse(), stem);

  it('maps stems back to the words the comment used', () => {
    expect(stem('google')).toBe('googl');
    expect(text('googl')).toBe('"google"');
    expect(text(stem('searching'))).toBe('"searching"');
    expect(text(stem('islands'))).toBe('"islands"');
    expect(text(`${stem('cheaper')} ${stem('flights')}`)).toBe('"cheaper flights"');
    for (const other of [scanned, shuffled]) {
      expect(other('googl')).toBe('"google"');
      expect(other(`${stem('cheaper')} ${stem('flights')}`)).toBe('"cheaper flights"');
      expect(other('on')).toBeNull();
    }
  });

  it('leaves out stop words and bigrams made only of them', () => {
    for (const token of ['on', 'for', 'it', 'we', 'the', 'to the', 'for the']) expect(text(token), token).toBeNull();
    // A phrase with one meaningful word stays.
    expect(text(`${stem('flights')} to`)).toBe('"flights to"');
  });

  it('shows tokens it cannot map as they are (learned elsewhere, or capped long words)', () => {
    expect(text('zzyzx')).toBe('"zzyzx"');
    const capped = `${'x'.repeat(64)}…`;
    expect(text(capped)).toBe(`"${capped}"`);
  });
});

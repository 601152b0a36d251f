// Obfuscation group: what the normalizer had to undo to read the comment. Honest writers rarely
// spell with Cyrillic look-alikes, digits for letters or zero-width characters; filters-dodging
// spam does. The normalizer reports each trick (ObfuscationReport); these rules weigh them.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { findVocabulary } from './scan.js';

const html = (content: string): CommentInput => ({ content, contentFormat: 'html' });
const shortList = (words: readonly string[]): string[] => (words.length === 0 ? NONE : [...new Set(words)].slice(0, 5));

/** Obfuscated words that are spam vocabulary once decoded: the obfuscation had a purpose. */
function obfuscatedSpamWords(f: Features): string[] {
  const o = f.normalized.body.obfuscation;
  const folded = o.foldedWords ?? [];
  if (o.leetWords.length + o.lookalikeWords.length + o.spacedWords.length + folded.length === 0) return NONE;
  const words = [...o.leetWords, ...o.lookalikeWords, ...o.spacedWords, ...folded];
  return findVocabulary(words.flatMap((w) => w.split(/\s+/))).flatMap((h) => h.words.map((w) => `${w} (${h.category})`));
}

export const OBFUSCATION_RULES: readonly Rule[] = [
  {
    id: 'OBFUSCATION_SPAM_WORD',
    requires: ['disguisedWord'],
    group: 'obfuscation',
    score: 3,
    description: 'A spam word is disguised (v1agra, Cyrillic look-alikes, V I A G R A, v\u00edagra, via-gra) to slip past word filters',
    test: obfuscatedSpamWords,
    examples: {
      hit: ['Buy v1agra now', 'cheap c1al1s', 'V I A G R A for sale', 'best \u0441asino bonus', 'cheap v\u00edagra here', 'buy via~gra', 'best c\u0430s\u0131no'],
      miss: ['Buy viagra now', 'The year 2024 was l33t'],
    },
  },
  {
    id: 'OBFUSCATION_LOOKALIKE',
    requires: ['disguisedWord'],
    group: 'obfuscation',
    score: 1,
    description: 'Words written with look-alike letters (Cyrillic or Greek inside Latin words, math-bold or small-caps letters)',
    test: (f) => shortList(f.normalized.body.obfuscation.lookalikeWords),
    examples: {
      hit: ['\u{1D5EA}\u{1D5D8}\u{1D5E7}\u{1D5E2}\u{1D5E1} is the best site', 'p\u0430yp\u0430l account locked, verify now'],
      miss: ['Москва — столица России', 'plain English words'],
    },
  },
  {
    // Category: look-alike disguise on purpose in a language written in Cyrillic or Greek. One
    // word with a Latin letter can be a keyboard-layout accident; two or more different native
    // words with Latin letters inside are deliberate (a filter-dodging spammer disguises every
    // word a filter looks for: job offers, crypto, "write me"). Latin words in styled letters
    // (math bold, full width) and Latin words with Cyrillic look-alikes stay with
    // OBFUSCATION_LOOKALIKE and OBFUSCATION_SPAM_WORD: styled fan text is written by readers too,
    // and a disguised reader's comment must not become spam (test/hostile/evasion.test.ts).
    // Worth a hold on its own, never a verdict: 1 + 2 points with OBFUSCATION_LOOKALIKE.
    id: 'OBFUSCATION_LOOKALIKE_MANY',
    requires: ['disguisedWord'],
    group: 'obfuscation',
    score: 2,
    description: 'Two or more different Cyrillic or Greek words written with Latin look-alike letters inside: a deliberate disguise, not a keyboard accident',
    test: (f) => {
      let n = 0;
      const shown: string[] = [];
      for (const w of f.normalized.body.obfuscation.lookalikeWords) {
        const c = w.charCodeAt(0);
        if (c < 0x0370 || c > 0x04ff) continue;
        n++;
        if (shown.length < 3) shown.push(w);
      }
      return n >= 2 ? [`${n} disguised words: ${shown.join(', ')}`] : NONE;
    },
    examples: {
      // Project-written: Latin a/o/e/p/c inside Russian words.
      hit: ['Р\u0061бот\u0061 на дому, пиш\u0065т\u0065 в личку', 'Д\u006Fход \u0065жедневно, \u0070ишите'],
      miss: ['Москва — столица России', 'Р\u0061бота на дому', 'free b\u043Enus, verify your \u0430ccount n\u043Ew', 'plain English words'],
    },
  },
  {
    id: 'OBFUSCATION_LEET',
    requires: ['disguisedWord'],
    group: 'obfuscation',
    score: 0.75,
    description: 'Words with digits or symbols standing for letters (fr33, m0ney, $ex)',
    test: (f) => shortList(f.normalized.body.obfuscation.leetWords),
    examples: {
      hit: ['get fr33 m0n3y today', 'b1tc0in d0ubler'],
      miss: ['I have 2 cats and 3 dogs', 'Windows 10 and MP3 files'],
    },
  },
  {
    id: 'OBFUSCATION_SPACED',
    requires: ['disguisedWord'],
    group: 'obfuscation',
    // Fans write "P E A C E & L O V E" too (youtube: 0.2% of spam, 0.3% of ham); a spaced spam word is OBFUSCATION_SPAM_WORD.
    score: 0.5,
    description: 'Letters spaced apart so that a word filter does not see the word (F R E E  M O N E Y)',
    test: (f) => shortList(f.normalized.body.obfuscation.spacedWords),
    examples: {
      hit: ['F R E E M O N E Y for you', 'c a s i n o bonus'],
      miss: ['A B testing is useful', 'I am a cat'],
    },
  },
  {
    id: 'OBFUSCATION_INVISIBLE',
    requires: ['invisible'],
    group: 'obfuscation',
    score: 1,
    description: 'Invisible characters (zero-width spaces, bidi controls) hidden between letters',
    test: (f) => {
      const n = f.normalized.body.obfuscation.invisible;
      return n >= 1 ? [`${n} invisible character${n === 1 ? '' : 's'}`] : NONE;
    },
    examples: {
      hit: ['vi\u200Bag\u200Bra ch\u200Beap', 'c\u200Da\u200Ds\u200Di\u200Dn\u200Do'],
      miss: ['Plain text with a trailing byte-order mark\uFEFF', 'no tricks'],
    },
  },
  {
    id: 'OBFUSCATION_REVERSED',
    requires: ['reordered'],
    group: 'obfuscation',
    score: 2,
    description: 'Text stored backwards under a right-to-left override (U+202E) so that it displays forwards: only a filter reads it backwards',
    test: (f) => {
      const n = f.normalized.body.obfuscation.reordered ?? 0;
      return n >= 1 ? [`${n} paragraph${n === 1 ? '' : 's'} stored out of display order`] : NONE;
    },
    examples: {
      hit: ['buy \u202Eargaiv\u202C now', '\u202Eeno siht kcilc\u202C'],
      miss: ['\u05E9\u05DC\u05D5\u05DD \u202B\u05E2\u05D5\u05DC\u05DD\u202C', 'plain text'],
    },
  },
  {
    id: 'OBFUSCATION_HIDDEN_TEXT',
    requires: [{ anyOf: ['hiddenText', 'anchors'] }],
    group: 'obfuscation',
    score: 3,
    description: 'Markup hides text or links from readers (display:none, zero font size, hidden): it is there for search engines',
    test: (f) => {
      const body = f.normalized.body;
      if (body.obfuscation.hiddenText.length === 0 && body.anchors.length === 0) return NONE;
      const out = body.obfuscation.hiddenText.map((t) => `hidden: "${t.length > 60 ? `${t.slice(0, 59)}…` : t}"`);
      for (const a of body.anchors) if (a.hidden === true) out.push(`hidden link ${a.href}`);
      return out;
    },
    examples: {
      hit: [
        html('Nice post <div style="display:none"><a href="http://pills.example.com">cheap pills</a></div>'),
        html('Thanks! <span style="font-size:0">buy essays online</span>'),
      ],
      miss: [html('Nice post <b>really</b>'), html('<p style="color:red">Warning</p> read this')],
    },
  },
];

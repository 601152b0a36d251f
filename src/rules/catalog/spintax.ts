// Unspun spintax: comment bots write one template with the variants of each phrase in braces,
// `{Hello|Hi|Hey there} {great|nice} post`, and a spinner picks one variant per brace for every
// comment. When the spinner is missing or breaks, the template itself is posted. Anti-spam
// write-ups call it the classic bot mistake: no person types natural-language alternatives in
// braces. The mark is the shape, not the words: two or more brace groups of pipe-separated
// alternatives made of ordinary words (letters, spaces, apostrophes), or one group of three or more.
// Code has braces and pipes too (`{a,b}`, `{{ name|upper }}`, `{%an|%ae}`, `${VAR:-x}`): an
// alternative with a symbol or digit, or a brace doubled or after `$`, is not spintax.
import type { Rule } from '../../types.js';
import { NONE } from './none.js';

/** One brace group: text without braces, pipes or line breaks, split by pipes. Linear: the classes exclude the separator. */
const GROUP = /\{([^{}|\n]{1,80}(?:\|[^{}|\n]{1,80}){1,12})\}/g;
/** An alternative is natural-language words: letters (any script), spaces, apostrophes, hyphens, light punctuation. */
const WORDS = /^[\p{L}\p{M}' ’\-,.!?]+$/u;
/** At least one letter in the alternative. */
const LETTER = /\p{L}/u;

function spunGroups(text: string): string[] {
  const found: string[] = [];
  let alternatives = 0;
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m !== null; m = GROUP.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    const after = text[m.index + m[0].length] ?? '';
    // `{{ x|y }}` (templates), `${a|b}` (shell), `\{ … \}` (LaTeX) are code.
    if (before === '{' || before === '$' || before === '\\' || after === '}') continue;
    const parts = (m[1] as string).split('|');
    if (!parts.every((p) => p.trim() !== '' && WORDS.test(p) && LETTER.test(p))) continue;
    // `{ name | upper }`: a spinner's alternatives are never padded inside the brace.
    if ((m[1] as string).startsWith(' ') || (m[1] as string).endsWith(' ')) continue;
    found.push(m[0]);
    alternatives = Math.max(alternatives, parts.length);
    if (found.length >= 3) break;
  }
  if (found.length >= 2 || alternatives >= 3) return found;
  return [];
}

export const SPINTAX_RULES: readonly Rule[] = [
  {
    id: 'TEXT_SPINTAX',
    group: 'text',
    score: 4,
    description: 'Unspun spintax: the template a comment bot fills, its phrase variants still in braces ("{Hello|Hi} {great|nice} post"); two such groups, or one with three variants',
    test: (f) => {
      const text = f.normalized.body.text;
      // Cheap gate: a brace and a pipe, or nothing to read.
      if (text.indexOf('|') < 0 || text.indexOf('{') < 0) return NONE;
      const groups = spunGroups(text);
      return groups.length === 0 ? NONE : groups.map((g) => `"${g.slice(0, 60)}"`);
    },
    examples: {
      hit: [
        '{Hello|Hi|Hey} {great|nice} post, I will {bookmark|save} your {site|blog}.',
        'Thanks for the {article|write-up}. {Really|Truly} {helpful|useful}!',
        '{Hola|Buenas}, {gran|excelente} artículo.',
        'Please keep {writing|posting|sharing} like this.',
      ],
      miss: [
        'Use {a,b,c} in bash for brace expansion and (a|b) in a regex.',
        'The Jinja filter {{ name|upper }} and {{ title|lower }} work here.',
        "git log --format='{%an|%ae}' shows both, or ${VAR|x}.",
        'The grammar says {yes|no} for that option.',
        'In LaTeX write \\{ x | x > 0 \\} for the set.',
      ],
    },
  },
];

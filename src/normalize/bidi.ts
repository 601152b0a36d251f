// Text under explicit directional controls, read in the order a reader sees it. A right-to-left
// override (U+202E) displays `argaiv` as `viagra`: the letters are stored backwards and drawn
// forwards, so a filter that only deletes the control reads them backwards. bidi-js (a complete
// implementation of the Unicode Bidirectional Algorithm, UAX #9) gives the display order.
//
// Only paragraphs that hold an explicit embedding, override or isolate are reordered, and only
// when they hold no right-to-left letters: Hebrew and Arabic are stored in logical order, the
// order their readers read, and reordering them for display would reverse their words. For such
// a paragraph the controls are only removed (by the invisible-character pass), as before.
import { createRequire } from 'node:module';
import type BidiFactory from 'bidi-js';

// Through require(), not import: see src/tokenize/natural.ts (Node's CommonJS export lexer).
const require = createRequire(import.meta.url);
const bidiFactory = require('bidi-js') as typeof BidiFactory;

type Bidi = ReturnType<typeof bidiFactory>;

// Building the tables costs ~20 ms, so the instance is made on first use, not on import, and
// shared: it holds only read-only Unicode data, no per-comment state.
let instance: Bidi | undefined;
function bidi(): Bidi {
  instance ??= bidiFactory();
  return instance;
}

/** Explicit embeddings, overrides and isolates (not the marks LRM/RLM/ALM, which reorder no letters). */
const EXPLICIT = /[\u202A-\u202E\u2066-\u2069]/;
/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, and their presentation forms and astral blocks). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function hasExplicitDirection(text: string): boolean {
  return EXPLICIT.test(text);
}

/** Swaps each low-then-high surrogate pair that a reversal made back into order; pairs in order are stepped over. */
function fixSurrogates(chars: string[]): void {
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = (chars[i] as string).charCodeAt(0);
    const b = (chars[i + 1] as string).charCodeAt(0);
    const aHigh = a >= 0xd800 && a <= 0xdbff;
    const bLow = b >= 0xdc00 && b <= 0xdfff;
    if (aHigh && bLow) i++;
    else if (a >= 0xdc00 && a <= 0xdfff && b >= 0xd800 && b <= 0xdbff) {
      chars[i] = String.fromCharCode(b);
      chars[i + 1] = String.fromCharCode(a);
      i++;
    }
  }
}

function displayOrder(paragraph: string): string {
  const b = bidi();
  const levels = b.getEmbeddingLevels(paragraph, 'ltr');
  const chars = paragraph.split('');
  // Brackets at odd levels are drawn mirrored: `(` stored under an override is seen as `)`.
  for (const [i, mirrored] of b.getMirroredCharactersMap(paragraph, levels.levels)) chars[i] = mirrored;
  // Reversed in place: a spread of a megabyte-long segment would overflow the call stack.
  for (const segment of b.getReorderSegments(paragraph, levels)) {
    for (let i = segment[0] as number, j = segment[1] as number; i < j; i++, j--) {
      const t = chars[i] as string;
      chars[i] = chars[j] as string;
      chars[j] = t;
    }
  }
  fixSurrogates(chars);
  return chars.join('');
}

/** Longest piece given to the algorithm at once: bidi-js slows down more than linearly on long paragraphs full of isolates. */
const MAX_PIECE = 2048;

function isOpener(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e && c !== 0x202c) || (c >= 0x2066 && c <= 0x2068);
}

/**
 * A long paragraph in pieces of at most about MAX_PIECE characters, cut at spaces outside every
 * embedding, override and isolate (or at any space when none is outside them for twice that
 * length), each put in display order on its own: linear time on hostile paragraphs. Only the
 * order of words across a cut can differ from a browser's; the letters of each word cannot.
 */
function displayOrderInPieces(paragraph: string): string {
  if (paragraph.length <= MAX_PIECE) return displayOrder(paragraph);
  let out = '';
  let start = 0;
  // The controls open at the cut, reopened at the start of the next piece (up to the 125 levels UAX #9 allows).
  const open: string[] = [];
  let carried = '';
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (isOpener(c)) {
      if (open.length < 125) open.push(paragraph.charAt(i));
    } else if ((c === 0x202c || c === 0x2069) && open.length > 0) open.pop();
    else if (c === 32 && i - start >= MAX_PIECE && (open.length === 0 || i - start >= 2 * MAX_PIECE)) {
      out += displayOrder(carried + paragraph.slice(start, i + 1));
      start = i + 1;
      carried = open.join('');
    }
  }
  return out + displayOrder(carried + paragraph.slice(start));
}

/** The text in display order where explicit controls reorder Latin (or other left-to-right) letters; the count of paragraphs reordered. */
export function applyBidi(text: string): { text: string; reordered: number } {
  let reordered = 0;
  const out = text.split('\n').map((paragraph) => {
    if (!EXPLICIT.test(paragraph) || RTL_LETTER.test(paragraph)) return paragraph;
    const shown = displayOrderInPieces(paragraph);
    if (shown !== paragraph) reordered++;
    return shown;
  });
  return { text: reordered === 0 ? text : out.join('\n'), reordered };
}

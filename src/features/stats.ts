// Shape of the readable text: how long, how shouted, how stretched (`soooooo`, `!!!!!!!!`).
import type { TextStats } from '../types.js';

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * One pass over the text. ASCII letters are counted in the loop; when the text has anything
 * else, letters and cases are counted by three Unicode-class passes instead (UTF-16 units:
 * an astral letter counts twice, which no band notices). Runs of whitespace do not count as
 * repeated characters: double spaces are layout, not emphasis.
 */
export function textStats(text: string, words: number): TextStats {
  let letters = 0;
  let upper = 0;
  let lower = 0;
  let nonAscii = false;
  let longestRun = 0;
  let run = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) {
        letters++;
        lower++;
      }
    } else {
      nonAscii = true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
    }
    if (isSpace(c)) {
      run = 0;
      prev = -1;
      continue;
    }
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run > longestRun) longestRun = run;
  }
  if (nonAscii) {
    // Bounded runs: an unbounded `+` over a 5 MB run of combining marks overflows V8's regex stack.
    const onlyLetters = text.replace(/\P{L}{1,1024}/gu, '');
    letters = onlyLetters.length;
    upper = onlyLetters.replace(/\P{Lu}{1,1024}/gu, '').length;
    lower = onlyLetters.replace(/\P{Ll}{1,1024}/gu, '').length;
  }
  const cased = upper + lower;
  return { length: text.length, letters, upperShare: cased === 0 ? 0 : upper / cased, casedLetters: cased, longestRun, words };
}

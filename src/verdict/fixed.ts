// `x.toFixed(1)` and `x.toFixed(2)` without the engine's exact decimal conversion (about 150 ns a
// call on Node 20; these about 60). A trained verdict formats its BAYES percentage once and up to
// twelve evidence weights: the weights' toFixed was about a fifth of building the evidence.
//
// toFixed(d) is the integer n nearest to x·10^d (ties: the larger n), written with d decimals.
// For 0 ≤ x ≤ 10^4 the double product y = x·10^d (d ≤ 2, so y ≤ 10^6) is within 10^6 · 2^-53 <
// 2^-33 of the exact product, so floor(y), and which side of .5 its fraction lies on, are the
// exact product's: an exact product within 2^-33 of a whole number rounds to that number from
// either side, and y − floor(y) is exact. Only a fraction within 1e-9 of .5 (a tie, or nearly)
// could fall on the wrong side: there, and outside [0, 10^4] (negative, NaN, huge), the engine's
// toFixed answers.

/** Largest x formatted here; beyond it, toFixed. */
const FAST_MAX = 10_000;

function fixed(x: number, digits: 1 | 2): string {
  if (!(x >= 0 && x <= FAST_MAX)) return x.toFixed(digits);
  const scale = digits === 1 ? 10 : 100;
  const y = x * scale;
  const whole = Math.floor(y);
  const fraction = y - whole;
  if (Math.abs(fraction - 0.5) < 1e-9) return x.toFixed(digits);
  const n = fraction > 0.5 ? whole + 1 : whole;
  const part = n % scale;
  const head = (n - part) / scale;
  return digits === 1 || part >= 10 ? `${head}.${part}` : `${head}.0${part}`;
}

/** `x.toFixed(1)`, exactly (the BAYES description's percentage). */
export function oneDecimal(x: number): string {
  return fixed(x, 1);
}

/** `x.toFixed(2)`, exactly (an evidence token's weight). */
export function twoDecimals(x: number): string {
  return fixed(x, 2);
}

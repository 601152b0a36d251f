// HTML character references. The full HTML5 table has 2,231 names, almost all for math and rare
// symbols no comment spammer needs; what matters is the handful HTML editors emit, the Latin-1
// letters (spammers spell `v&iacute;agra`) and numeric references, which cover every character.

// Latin-1 names for U+00A0..U+00FF, in code point order: a compact table instead of a big map.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para ' +
  'middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave ' +
  'Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc ' +
  'Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc ' +
  'iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER: ReadonlyArray<readonly [string, number]> = [
  ['quot', 0x22], ['amp', 0x26], ['apos', 0x27], ['lt', 0x3c], ['gt', 0x3e],
  ['OElig', 0x152], ['oelig', 0x153], ['Scaron', 0x160], ['scaron', 0x161], ['Yuml', 0x178], ['fnof', 0x192],
  ['circ', 0x2c6], ['tilde', 0x2dc], ['ensp', 0x2002], ['emsp', 0x2003], ['thinsp', 0x2009],
  ['zwnj', 0x200c], ['zwj', 0x200d], ['lrm', 0x200e], ['rlm', 0x200f], ['ndash', 0x2013], ['mdash', 0x2014],
  ['lsquo', 0x2018], ['rsquo', 0x2019], ['sbquo', 0x201a], ['ldquo', 0x201c], ['rdquo', 0x201d], ['bdquo', 0x201e],
  ['dagger', 0x2020], ['Dagger', 0x2021], ['bull', 0x2022], ['hellip', 0x2026], ['permil', 0x2030],
  ['prime', 0x2032], ['lsaquo', 0x2039], ['rsaquo', 0x203a], ['euro', 0x20ac], ['trade', 0x2122],
  ['larr', 0x2190], ['uarr', 0x2191], ['rarr', 0x2192], ['darr', 0x2193], ['hearts', 0x2665], ['star', 0x2606],
  ['check', 0x2713], ['nbhy', 0x2011], ['colon', 0x3a], ['comma', 0x2c], ['period', 0x2e], ['sol', 0x2f],
  ['lpar', 0x28], ['rpar', 0x29], ['lsqb', 0x5b], ['rsqb', 0x5d], ['num', 0x23], ['dollar', 0x24], ['commat', 0x40],
];

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  LATIN1.split(' ').forEach((name, i) => names.set(name, String.fromCharCode(0xa0 + i)));
  for (const [name, code] of OTHER) names.set(name, String.fromCharCode(code));
  return names;
}

const NAMES: ReadonlyMap<string, string> = buildNames();

// Names browsers still accept without the closing semicolon (legacy HTML); others need it.
const BARE_OK: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT']);

// Longest first, so `&nbspx` is not read as `&nb…`.
const LEGACY_PREFIXES = ['nbsp', 'quot', 'copy', 'amp', 'reg', 'lt', 'gt'];

// Bounded quantifiers only: linear on any input.
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

function fromCodePoint(code: number): string {
  // What browsers do with references to nothing, surrogates or C1 noise: the replacement character.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** `&lt3` reads `<3` in text, as browsers read a legacy name followed by other characters. */
function decodeLegacyPrefix(match: string): string {
  for (const name of LEGACY_PREFIXES) {
    if (match.startsWith(name, 1)) return (NAMES.get(name) ?? '') + match.slice(name.length + 1);
  }
  return match;
}

function decodeOne(match: string, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string, bareOk: boolean): string {
  if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
  if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
  if (name === undefined) return match;
  const named = NAMES.get(name) ?? (BARE_OK.has(name) ? NAMES.get(name.toLowerCase()) : undefined);
  if (named === undefined) return semi === '' && bareOk ? decodeLegacyPrefix(match) : match;
  if (semi === '' && !(bareOk && BARE_OK.has(name))) return match;
  return named;
}

const inText = (m: string, d?: string, h?: string, n?: string, s = ''): string => decodeOne(m, d, h, n, s, true);
// In attribute values browsers leave `&copy=1` alone: query strings keep their parameters.
const inAttribute = (m: string, d?: string, h?: string, n?: string, s = ''): string => decodeOne(m, d, h, n, s, false);

/** Decodes character references; text without `&` is returned as is. Never throws. */
export function decodeEntities(text: string, attribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, attribute ? inAttribute : inText);
}

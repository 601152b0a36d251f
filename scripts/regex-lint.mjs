#!/usr/bin/env node
// Every regular expression in src/ must match in linear time: comment text is written by the
// people we filter, and one backtracking pattern turns a 100 KB comment into seconds of CPU.
// This lint finds every regex literal, every `new RegExp(...)`/`RegExp(...)` and every string
// passed to match/matchAll/search in src/**/*.ts (with the TypeScript parser, so nothing is missed
// by a text search), resolves constructor sources built from constants (`${A.source}|${B}`,
// 'a' + B, [..].join('|'), imported consts), and checks each with redos-detector.
// Sources that cannot be resolved statically are reported as dynamic: test/hostile/regex-lint
// captures those at run time. A finding is accepted only through ALLOW below, with a reason.
//
//   node scripts/regex-lint.mjs            table of findings, exit 1 when any is not allowed
//   node scripts/regex-lint.mjs --all      every pattern with its score
//   node scripts/regex-lint.mjs --json     machine-readable
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSafePattern } from 'redos-detector';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Accepted findings. Each needs `file`, the exact `source` and a `why` that a reviewer can check:
 * why this pattern cannot backtrack super-linearly on the text it actually runs on.
 * @type {{ file: string, source: string, why: string }[]}
 */
export const ALLOW = [
  {
    file: "src/rules/catalog/service-terms.ts",
    source: "(?:\\bfree (?:trial|setup|set-up|test|sample|audit|report|quote|consultation|mockup|demo|concepts?|week|month|call)\\b|\\bfirst (?:\\w{1,20} )?(?:week|month|episode|gallery|lead|hour|\\d{1,4} \\w{1,20}) (?:free|on us)\\b|\\b(?:from|at|just|only) [$£€]\\s?\\d|[$£€]\\s?\\d[\\d,.]{0,12}\\s?(?:\\/|per|a|an)\\s?(?:hr|hour|month|day|image|lead|post|word|article)\\b|\\b\\d[\\d,.]{0,12} (?:pounds|dollars|euros?) (?:a|per) \\w{1,20}|\\bspecial price\\b|\\bmonthly fee\\b|\\bone-off fee\\b|\\bdiscount code\\b|\\bno (?:upfront|contract|setup)\\b)",
    why: "TEXT_OWNER_SERVICE_TERMS offer terms (session 18). A flat alternation of literal phrases; every repeat is bounded ({0,12} figure characters, {1,20} word characters, {1,4} digits, one optional space), nothing repeats a group, and each branch starts on a literal word, a currency sign or a digit at a word boundary: the work per start position is bounded, so one exec is linear in the text. The rule runs it only on 8-90-word comments that carry an offer word (rule-words.ts). The detector runs out of steps on the width of the alternation.",
  },
  {
    file: "src/rules/catalog/service-terms.ts",
    source: "\\b(?:(?:i|we) (?:can|will|'ll) (?:build|create|design|redesign|fix|set up|setup|integrate|post|grow|write|edit|manage|handle|help you|run|optimi[sz]e|rank)|our (?:agency|app|service|services|managers|experts|assistants|virtual|ai|trained|certified)|(?:i|we) (?:build|design|redesign|offer|provide|specialise|specialize|manage|help|optimi[sz]e|set up)|i (?:am|'m) a (?:freelance|professional|virtual)|freelance \\w{1,20} here|i (?:edit|design|build|manage|write) \\w{1,20} (?:professionally|for))\\b",
    why: "TEXT_OWNER_SERVICE_TERMS, what the seller does (session 18). A flat alternation of literal phrases after a word boundary; the only repeats are two bounded words (\\w{1,20}) between literals, no group repeats: the work per start position is bounded, so one exec is linear in the text. The rule runs it only on 8-90-word comments that carry an offer word. The detector runs out of steps on the width of the alternation.",
  },
  {
    file: "src/links/fallback.ts",
    source: "^(?:(hxxps?:\\/\\/|hxxps?\\[:\\]\\/\\/|https?\\[:\\]\\/\\/)([\\p{L}\\p{N}_\\-]{1,63}(?:(?:\\.|[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3}|[ ]{1,3}\\.[ ]{1,3}|[ ]{1,3}dot[ ]{1,3})[\\p{L}\\p{N}_\\-]{1,63}){1,8})|(https?:\\/\\/)?([\\p{L}\\p{N}_\\-]{1,63}(?:\\.[\\p{L}\\p{N}_\\-]{1,63}){0,7}(?:[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3}|[ ]{1,3}\\.[ ]{1,3}|[ ]{1,3}dot[ ]{1,3})[\\p{L}\\p{N}_\\-]{1,63}(?:(?:\\.|[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3}|[ ]{1,3}\\.[ ]{1,3}|[ ]{1,3}dot[ ]{1,3})[\\p{L}\\p{N}_\\-]{1,63}){0,7}))((?:(?:\\/|\\(slash\\)|\\[slash\\])[^\\s<>\"'\\[\\]\\{\\}|\\\\^\\x60]{0,500})?)",
    why: "Defanged-URL fallback. Anchored with ^ and run once per defang marker on a slice of at most 1,400 characters (fallback.ts MAX_SPAN), so one exec reads a bounded slice and the total is linear in the markers; inside, every quantifier is bounded ({1,63} labels, {0,7}/{1,8} labels, {0,3} spaces, {0,500} path) and each separator starts with a character a label cannot hold (a space before `dot`, `.` or a bracket). The detector runs out of steps on the nested bounded repeats.",
  },
  {
    file: "src/links/fallback.ts",
    source: "^([\\p{L}\\p{N}._%+\\-]{1,64})(?:([ ]{0,3}(?:\\[at\\]|\\(at\\)|\\{at\\}|\\[@\\]|\\(@\\)|\\{@\\})[ ]{0,3})([\\p{L}\\p{N}_\\-]{1,63}(?:(?:\\.|[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3})[\\p{L}\\p{N}_\\-]{1,63}){1,8})|@([\\p{L}\\p{N}_\\-]{1,63}(?:\\.[\\p{L}\\p{N}_\\-]{1,63}){0,7}[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3}[\\p{L}\\p{N}_\\-]{1,63}(?:(?:\\.|[ ]{0,3}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})[ ]{0,3})[\\p{L}\\p{N}_\\-]{1,63}){0,7}))",
    why: "Defanged e-mail fallback. Anchored with ^ and run once per defang marker on a slice of at most 1,400 characters (fallback.ts MAX_SPAN), so one exec reads a bounded slice and the total is linear in the markers; inside, every quantifier is bounded ({1,64} local part, {0,3} spaces, {1,63} labels, {0,7}/{1,8} labels). The detector runs out of steps on the nested bounded repeats.",
  },
  {
    file: "src/normalize/fold.ts",
    source: "[a-z\\u00aa-\\uffff][0-9@$!|€]+[a-z\\u00aa-\\uffff]",
    why: "Leet-word detector. The loop class [0-9@$!|€] shares only `€` with the start/end class. A failing attempt scans a run with no `€` in it (a `€` would end the match), and such a run holds no start position, so runs are never rescanned: linear. Measured: ≤ 1 ms per MB on every flood.",
  },
  {
    file: "src/normalize/fold.ts",
    source: "\\p{L}[013457@$!|€]+\\p{L}",
    why: "Leet-word detector (Unicode). The loop class [013457@$!|€] is disjoint from \\p{L}, so the letter that starts an attempt is never inside another attempt's loop run: each character is read by at most two attempts, linear. Measured: 17 ms per MB on the slowest flood.",
  },
  {
    file: "src/normalize/html.ts",
    source: "display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?![.\\d]*[1-9])|font-size\\s*:\\s*(?:0(?![.\\d]*[1-9])|1(?:px|pt))|(?:text-indent|left|top)\\s*:\\s*-\\d{3}",
    why: "Hidden-style detector, run on style attribute values. Each alternative starts with a literal property name and its `\\s*` loops follow a literal (`display`, `:`), so an attempt that scans a whitespace run began at the one literal before it; `[.\\d]*` sits in a lookahead after a literal `0`. Linear; measured 1 ms per MB.",
  },
  {
    file: "src/normalize/html.ts",
    source: "<\\/?(?:a|abbr|b|big|blockquote|body|br|center|cite|code|del|div|em|embed|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|li|link|mark|marquee|meta|noscript|object|ol|p|pre|q|s|script|small|span|strike|strong|style|sub|sup|table|td|textarea|th|title|tr|u|ul)(?=[\\s/>])",
    why: "No loop at all: `<`, optional `/`, an alternation of literal tag names and a one-character lookahead. One attempt reads at most 12 characters; the detector only stalls on the size of the alternation. Measured: 3 ms per MB.",
  },
  {
    file: "src/rules/catalog/texting.ts",
    source: "(?=[£$€0-9])(?:[£$€]\\s?\\d{1,4}(?:[.,]\\d{1,2})?|\\b\\d{1,4}(?:[.,]\\d{1,2})?\\s?(?:p|pence|c|cents?|ppm|gbp|usd|eur))\\s?(?:\\/|per\\s|a\\s|x\\s)\\s?(?:msg|message|min|minute|wk|week|text|txt|sms|call|month|mnth|mth|day)\\b",
    why: "Price-per-unit detector of TEXT_TEXTING_SERVICE. Every quantifier is bounded ({1,4}, {1,2}, ?) and there is no loop at all, so one attempt reads at most about 30 characters and a scan of the body is linear (at most 30 reads per character); it runs only on comments with digits or notice words. The leading one-character lookahead only rejects start positions. The detector runs out of score on the case-insensitive alternations of literal unit words.",
  },
  {
    file: "src/rules/catalog/work-offers.ts",
    source: "(?=[$€₽£0-9])(?:[$€₽£]\\s?)?\\d{1,7}(?:[.,\\s]\\d{3})?\\s?(?:[$€₽£]|к|k|тыс\\.?|тысяч|руб\\.?|рублей|р\\.|usd|usdt|долларов|dollars|евро|euro)?\\s?(?:\\/|per\\s|a\\s|в\\s|за\\s)\\s?(?:день|сутки|неделю|месяц|час|day|week|month|hour)(?![\\p{L}])",
    why: "Amount-per-period detector of TEXT_EARNINGS_CLAIM. Every quantifier is bounded ({1,7}, {3}, ?) and there is no loop at all, so one attempt reads at most about 45 characters; it runs only on comments with digits, on at most 2,000 characters. The leading one-character lookahead only rejects start positions. The detector runs out of steps on the case-insensitive alternations of literal currency and period words.",
  },
  {
    file: "src/links/href.ts",
    source: "^https?:\\/\\/(?:[a-z0-9-]{1,63}\\.){0,16}[a-z][a-z0-9-]{0,62}(?:\\/(?!\\.\\.?(?:\\/|\\?|$))[A-Za-z0-9\\-._~]{0,256}){0,32}(?:\\?[A-Za-z0-9\\-._~=&]{0,1024})?$",
    why: "Fast-path test of readHref for canonical http(s) targets. Anchored at both ends and run once per markup target; every quantifier is bounded, label characters exclude `.` and path characters exclude `/` and `?`, so each label or segment ends at one place, the optional query starts at the one `?` and its class excludes `/` and `?`; a failing attempt backtracks only over the last label's split between the two host parts: linear in the target. The detector runs out of steps on the nested bounded repeats.",
  },
];

/** Largest per-attempt backtrack score accepted for patterns whose quantifiers are all bounded. */
const MAX_ATTEMPT_SCORE = 5_000;
/** Options for redos-detector: a pattern that needs more steps or time than this is "not proven". */
const DETECTOR = { maxScore: 200, maxSteps: 5_000, timeout: Number.POSITIVE_INFINITY };

function listTs(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Top-level `const NAME = …` initializers and imports of one file, for resolving sources. */
function indexFile(sf) {
  const consts = new Map();
  const imports = new Map();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    }
    if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings) && ts.isStringLiteral(st.moduleSpecifier)) {
      const target = resolve(dirname(sf.fileName), st.moduleSpecifier.text.replace(/\.js$/, '.ts'));
      for (const el of st.importClause.namedBindings.elements) imports.set(el.name.text, { file: target, name: (el.propertyName ?? el.name).text });
    }
  }
  return { consts, imports };
}

function regexLiteralParts(text) {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/**
 * Resolves an expression to a string (or a regex literal, for `.source`), or undefined when it
 * depends on run-time data.
 */
function makeResolver(files) {
  const seen = new Set();
  function resolveIn(fileName, node) {
    const file = files.get(fileName);
    if (!file) return undefined;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) return resolveIn(fileName, node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text };
    if (ts.isRegularExpressionLiteral(node)) return { regex: regexLiteralParts(node.text) };
    if (ts.isTemplateExpression(node)) return resolveTemplate(fileName, node, false);
    // String.raw`…`: the template's raw text (backslashes kept), substitutions by value.
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
      const t = node.template;
      return ts.isNoSubstitutionTemplateLiteral(t) ? { text: t.rawText ?? t.text } : resolveTemplate(fileName, t, true);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = resolveIn(fileName, node.left);
      const b = resolveIn(fileName, node.right);
      return a?.text !== undefined && b?.text !== undefined ? { text: a.text + b.text } : undefined;
    }
    if (ts.isIdentifier(node)) {
      const key = `${fileName}#${node.text}`;
      if (seen.has(key)) return undefined;
      seen.add(key);
      try {
        const init = file.index.consts.get(node.text);
        if (init) return resolveIn(fileName, init);
        const imported = file.index.imports.get(node.text);
        if (imported) {
          const target = files.get(imported.file);
          const init2 = target?.index.consts.get(imported.name);
          if (init2) return resolveIn(imported.file, init2);
        }
        return undefined;
      } finally {
        seen.delete(key);
      }
    }
    if (ts.isPropertyAccessExpression(node) && (node.name.text === 'source' || node.name.text === 'flags')) {
      const target = resolveIn(fileName, node.expression);
      if (target?.regex) return { text: target.regex[node.name.text] };
      return undefined;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isArrayLiteralExpression(node.expression.expression)) {
      const sep = node.arguments[0] ? resolveIn(fileName, node.arguments[0]) : { text: ',' };
      const parts = node.expression.expression.elements.map((e) => resolveIn(fileName, e));
      if (sep?.text === undefined || parts.some((p) => p?.text === undefined)) return undefined;
      return { text: parts.map((p) => p.text).join(sep.text) };
    }
    return undefined;
  }
  function resolveTemplate(fileName, node, raw) {
    let text = raw ? (node.head.rawText ?? node.head.text) : node.head.text;
    for (const span of node.templateSpans) {
      const part = resolveIn(fileName, span.expression);
      if (part?.text === undefined) return undefined;
      text += part.text + (raw ? (span.literal.rawText ?? span.literal.text) : span.literal.text);
    }
    return { text };
  }
  return resolveIn;
}

/** Every regex in src/**\/*.ts: `{ file, line, source, flags, kind, expression? }`. */
export function collectRegexes(root = ROOT) {
  const files = new Map();
  for (const path of listTs(join(root, 'src'))) {
    const sf = parse(path);
    files.set(path, { sf, index: indexFile(sf) });
  }
  const resolveIn = makeResolver(files);
  const found = [];
  for (const [fileName, { sf }] of files) {
    const rel = relative(root, fileName);
    const at = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        found.push({ file: rel, line: at(node), ...regexLiteralParts(node.text), kind: 'literal' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const [srcArg, flagsArg] = node.arguments;
        const src = resolveIn(fileName, srcArg);
        const flags = flagsArg ? resolveIn(fileName, flagsArg) : { text: src?.regex?.flags ?? '' };
        const source = src?.text ?? src?.regex?.source;
        if (source !== undefined && flags?.text !== undefined) found.push({ file: rel, line: at(node), source, flags: flags.text, kind: 'constructor' });
        else found.push({ file: rel, line: at(node), source: undefined, flags: flags?.text ?? '?', kind: 'dynamic', expression: node.getText(sf).slice(0, 160) });
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['match', 'matchAll', 'search'].includes(node.expression.name.text) && node.arguments[0]) {
        // A string argument is compiled to a RegExp by these methods.
        const arg = resolveIn(fileName, node.arguments[0]);
        if (arg?.text !== undefined) found.push({ file: rel, line: at(node), source: arg.text, flags: '', kind: 'string-as-regex' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** redos-detector's verdict on one pattern: `{ safe, score, error }`. */
export function checkPattern(source, flags, maxScore = DETECTOR.maxScore) {
  const unicode = flags.includes('u') || flags.includes('v');
  // redos-detector refuses `i` together with `u`: such patterns are checked without case folding
  // (the note says so), which can miss an ambiguity that only case folding creates.
  const foldIgnored = unicode && flags.includes('i');
  try {
    const r = isSafePattern(source, {
      ...DETECTOR,
      maxScore,
      unicode,
      caseInsensitive: flags.includes('i') && !foldIgnored,
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
    });
    return { safe: r.safe, score: r.score.infinite ? 'infinite' : r.score.value, error: r.error, note: foldIgnored ? 'checked without i (detector limitation with u)' : undefined };
  } catch (error) {
    return { safe: false, score: 'unparsed', error: String(error instanceof Error ? error.message : error) };
  }
}

/** True when the pattern has a `*`, `+` or `{n,}` (outside character classes): work per start is unbounded. */
export function hasUnboundedQuantifier(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) return true;
  }
  return false;
}

/**
 * The lint's verdict on one pattern. `safe` when redos-detector proves it as written (the way the
 * engine runs it, from every start position), or when it proves `^(?:…)` (no ambiguity inside one
 * match attempt) and every quantifier is bounded, so each start position costs at most a constant
 * and the whole scan is linear (`proof: 'bounded'`; the constant shows in --measure).
 */
export function judgePattern(source, flags) {
  const written = checkPattern(source, flags);
  if (written.safe) return { ...written, proof: 'detector' };
  if (!hasUnboundedQuantifier(source)) {
    // A finite score here bounds the backtracking of one attempt; it is the linear constant.
    const anchored = checkPattern(`^(?:${source})`, flags.replace('m', ''), MAX_ATTEMPT_SCORE);
    if (anchored.safe) return { ...written, safe: true, proof: 'bounded', score: `${written.score}; per start ${anchored.score}` };
  }
  return { ...written, proof: undefined };
}

/** Checks every collected regex; `allowed` carries the written reason when ALLOW accepts a finding. */
export function lintRegexes(found = collectRegexes(), allow = ALLOW) {
  const cache = new Map();
  return found.map((r) => {
    if (r.kind === 'dynamic') return { ...r, safe: false, score: 'dynamic', error: 'source built at run time', allowed: undefined };
    // An allowed pattern was reviewed already: skip the detector, which only stalls on it again.
    const entry = allow.find((a) => a.file === r.file && a.source === r.source);
    if (entry) return { ...r, safe: false, score: 'not run', error: null, allowed: entry.why };
    const key = `${r.flags}/${r.source}`;
    if (!cache.has(key)) cache.set(key, judgePattern(r.source, r.flags));
    return { ...r, ...cache.get(key), allowed: undefined };
  });
}

// ---------------------------------------------------------------- --measure

/** Generic floods: what patterns on comment text typically loop on. */
const FLOODS = ['a', ' ', '.', 'a.', 'a ', 'a-', 'a@', '@', '1', '1.', '1 ', '-', '/', ':', '://', 'http://', 'www.', '<', '<a ', '</', '[', '[url=', '[url]', ']', '(', '[a](', '"', "'", '&', '&#', '!', '\t', '\n', 'é', '\u0301', '\u200b', 'xn--', 'aA', '.com', 'a.com ', 'a@a.', '$1', '+1'];

/** Attack units for one pattern: the generic floods plus the literal characters and words it names. */
export function attackUnits(source) {
  const units = new Set(FLOODS);
  const chars = new Set(source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\[dDsSwWbB]/g, '').split('').filter((c) => c > ' ' && c < '\x7f'));
  for (const c of chars) {
    units.add(c);
    units.add(`a${c}`);
    units.add(`${c} `);
  }
  for (const word of source.match(/[a-z]{2,}/gi) ?? []) {
    units.add(word);
    units.add(`${word} `);
    for (const c of ['=', ':', '.', ' ', '@', '/']) units.add(`${word}${c}`);
  }
  return [...units];
}

function timeRun(re, text) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    if (re.global) text.replace(re, '');
    else re.test(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Times a pattern on floods of each attack unit. Every unit runs at 64,000 characters; where that
 * takes ≥ 5 ms (below that it is noise on a busy machine) it runs again at 256,000: linear work
 * grows 4×, quadratic 16×. `growth` is the worst such ratio, `msPerMB` the slowest speed seen,
 * extrapolated to 1 MB of that flood.
 */
export function measurePattern(source, flags) {
  const re = new RegExp(source, flags.replace('y', ''));
  const flood = (unit, n) => `${unit.repeat(Math.ceil(n / unit.length))}\u0000`;
  let worst = { growth: 0, growthUnit: '', msPerMB: 0, slowUnit: '' };
  for (const unit of attackUnits(source)) {
    const mid = flood(unit, 64_000);
    const tMid = timeRun(re, mid);
    let msPerMB = (tMid * 1_000_000) / mid.length;
    if (tMid >= 5) {
      const large = flood(unit, 256_000);
      const tLarge = timeRun(re, large);
      msPerMB = Math.max(msPerMB, (tLarge * 1_000_000) / large.length);
      const growth = tLarge / tMid;
      if (growth > worst.growth) worst = { ...worst, growth, growthUnit: unit };
    }
    if (msPerMB > worst.msPerMB) worst = { ...worst, msPerMB, slowUnit: unit };
  }
  return worst;
}

function main() {
  const args = new Set(process.argv.slice(2));
  const results = lintRegexes();
  if (args.has('--measure')) {
    console.log('| file:line | pattern | detector | slowest flood | ms per MB | growth 64k→256k (linear 4, quadratic 16) |');
    console.log('|---|---|---|---|---|---|');
    for (const r of results) {
      if (r.source === undefined || (r.safe && !args.has('--all'))) continue;
      // Allowed patterns are measured too: their reasons cite these numbers.
      const m = measurePattern(r.source, r.flags);
      const pattern = `/${r.source}/${r.flags}`;
      console.log(`| ${r.file}:${r.line} | \`${(pattern.length > 70 ? `${pattern.slice(0, 67)}…` : pattern).replace(/\|/g, '\\|')}\` | ${r.safe ? 'safe' : r.score} | ${JSON.stringify(m.slowUnit)} | ${m.msPerMB.toFixed(0)} | ${m.growth ? `${m.growth.toFixed(1)} on ${JSON.stringify(m.growthUnit)}` : '–'} |`);
    }
    return;
  }
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const shown = args.has('--all') ? results : results.filter((r) => !r.safe);
    const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, '\\n');
    console.log('| file:line | kind | pattern | score | status |');
    console.log('|---|---|---|---|---|');
    for (const r of shown) {
      const pattern = r.source === undefined ? r.expression : `/${r.source}/${r.flags}`;
      const status = r.safe ? `safe (${r.proof})` : r.allowed ? `allowed: ${r.allowed}` : `UNSAFE${r.error ? ` (${r.error})` : ''}`;
      console.log(`| ${r.file}:${r.line} | ${r.kind} | \`${cell(pattern.length > 120 ? `${pattern.slice(0, 117)}…` : pattern)}\` | ${r.score} | ${cell(status)} |`);
    }
    const bad = results.filter((r) => !r.safe && !r.allowed);
    console.log(`\n${results.length} regexes in src/: ${results.filter((r) => r.safe).length} proven linear, ${results.filter((r) => r.allowed).length} allowed with a reason, ${bad.length} not proven.`);
  }
  process.exitCode = results.some((r) => !r.safe && !r.allowed) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

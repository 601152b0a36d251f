// Argument parsing for every command: node:util parseArgs in strict mode, and one UsageError
// that main.ts turns into exit code 2, so a typo never silently runs with defaults.
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Decision, Thresholds } from '../types.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(argv: string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(unknownOptionMessage((error as Error).message, options));
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** Edit distance with adjacent transpositions (`--modle` is one edit from `--model`); option names are short. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** The known option a misspelled `--name` most likely meant: a close spelling or the one option it begins. */
export function suggestOption(unknown: string, options: OptionSpec): string | undefined {
  const name = unknown.replace(/^-+/, '').split('=')[0]?.toLowerCase() ?? '';
  if (name === '') return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  for (const known of Object.keys(options)) {
    const d = editDistance(name, known);
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = known;
      bestDistance = d;
    }
  }
  if (best !== undefined) return `--${best}`;
  const prefixed = Object.keys(options).filter((known) => known.startsWith(name));
  return prefixed.length === 1 ? `--${prefixed[0]}` : undefined;
}

function unknownOptionMessage(nodeMessage: string, options: OptionSpec): string {
  // Node says "Unknown option '--x'. To specify a positional argument…": keep the name, say it in one line.
  const unknown = /^Unknown option '([^']{1,200})'/.exec(nodeMessage)?.[1];
  if (unknown === undefined) return nodeMessage;
  const suggestion = suggestOption(unknown, options);
  return suggestion === undefined ? `unknown option ${unknown}.` : `unknown option ${unknown}; did you mean ${suggestion}?`;
}

export function stringOption(values: Parsed['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function readIntegerOption(text: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number, received "${text}".`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, received ${n}.`);
  return n;
}

/**
 * `--workers N` or `auto` (one per core). 1 means score in the main thread, with no worker at all.
 * More workers than cores only adds memory (each loads the model) and contention, so N is capped
 * at the available parallelism, with a notice on stderr.
 */
export function readWorkers(text: string | undefined, cores = availableParallelism()): number {
  if (text === 'auto') return cores;
  const n = readIntegerOption(text, 'workers', 1, 1, 256);
  if (n <= cores) return n;
  process.stderr.write(`spamsift: --workers ${n} is more than the ${cores} available CPU${cores === 1 ? '' : 's'}; using ${cores}\n`);
  return cores;
}

const DECISIONS: readonly Decision[] = ['ham', 'moderate', 'spam'];

/** `--only spam,moderate`: the decisions whose verdicts are written. */
export function readOnly(text: string | undefined): Set<Decision> | undefined {
  if (text === undefined) return undefined;
  const out = new Set<Decision>();
  for (const part of text.split(',')) {
    const d = part.trim();
    if (!DECISIONS.includes(d as Decision)) throw new UsageError(`--only takes decisions from ${DECISIONS.join(', ')}, received "${d}".`);
    out.add(d as Decision);
  }
  return out;
}

const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = ['moderate', 'spam', 'discard'];

/** `--thresholds 0.5,0.9,0.995` (moderate, spam, discard) or `--thresholds spam=0.8,moderate=0.4`. */
export function readThresholds(text: string | undefined): Partial<Thresholds> | undefined {
  if (text === undefined) return undefined;
  const out: Partial<Thresholds> = {};
  const parts = text.split(',').map((p) => p.trim());
  parts.forEach((part, i) => {
    const eq = part.indexOf('=');
    const key = eq < 0 ? THRESHOLD_KEYS[i] : part.slice(0, eq).trim();
    const raw = eq < 0 ? part : part.slice(eq + 1).trim();
    if (key === undefined || !THRESHOLD_KEYS.includes(key as keyof Thresholds)) {
      throw new UsageError(`--thresholds takes moderate,spam,discard or key=value pairs with keys ${THRESHOLD_KEYS.join(', ')}, received "${text}".`);
    }
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--thresholds: ${key} must be a number from 0 to 1, received "${raw}".`);
    out[key as keyof Thresholds] = n;
  });
  return out;
}

/** `--map content=CONTENT,author.name=AUTHOR`: comment path = source column (or JSON field path). */
export function readMap(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return undefined;
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const target = part.slice(0, eq).trim();
    const source = part.slice(eq + 1).trim();
    if (eq < 0 || target === '' || source === '') throw new UsageError(`--map takes target=source pairs such as content=CONTENT,author.name=AUTHOR, received "${part}".`);
    out.set(target, source);
  }
  return out;
}

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
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
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

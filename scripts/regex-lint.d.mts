// Types for scripts/regex-lint.mjs, so test/hostile/regex-lint.test.ts can import it under strict TS.
export interface FoundRegex {
  file: string;
  line: number;
  /** Undefined for sources built at run time (kind 'dynamic'). */
  source: string | undefined;
  flags: string;
  kind: 'literal' | 'constructor' | 'dynamic' | 'string-as-regex';
  expression?: string;
}
export interface PatternVerdict {
  safe: boolean;
  score: number | string;
  error: string | null;
  note?: string | undefined;
  proof?: 'detector' | 'bounded' | undefined;
}
export interface LintResult extends FoundRegex, PatternVerdict {
  /** The written reason, when ALLOW accepts a pattern the detector could not prove. */
  allowed: string | undefined;
}
export interface AllowEntry {
  file: string;
  source: string;
  why: string;
}
export const ALLOW: AllowEntry[];
export function collectRegexes(root?: string): FoundRegex[];
export function checkPattern(source: string, flags: string, maxScore?: number): PatternVerdict;
export function judgePattern(source: string, flags: string): PatternVerdict;
export function hasUnboundedQuantifier(source: string): boolean;
export function lintRegexes(found?: FoundRegex[], allow?: AllowEntry[]): LintResult[];
export function measurePattern(source: string, flags: string): { growth: number; growthUnit: string; msPerMB: number; slowUnit: string };
export function attackUnits(source: string): string[];

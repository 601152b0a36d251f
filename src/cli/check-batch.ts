// The scoring step of `spamsift check`, shared by the main thread and the worker threads so that
// `--workers N` writes byte-for-byte what one thread writes.
import { SpamsiftError, createModerator, readModel, type Decision, type ModeratorOptions } from '../index.js';
import { createRecordReader, type RecordConfig } from './records.js';
import { formatVerdictText } from './verdict-text.js';
import type { InputItem } from './source.js';

/** Structured-cloneable: it travels to each worker as workerData. */
export interface CheckConfig {
  records: RecordConfig;
  moderator: ModeratorOptions;
  /** Decisions to write; undefined writes all. */
  only: Decision[] | undefined;
  /** 'jsonl' (default) for scripts, 'pretty' for people (--pretty). */
  output: 'jsonl' | 'pretty';
}

/** A verdict line (with its newline), '' when --only filtered it out, or why the record is unreadable. */
export type Outcome = string | { line: number; message: string };

export type BatchScorer = (items: readonly InputItem[]) => Outcome[];

/** An outcome as a worker sends it: verdict lines as UTF-8 bytes (each with its own buffer, to transfer), or an unreadable record. */
export type EncodedOutcome = Uint8Array | { line: number; message: string };

/**
 * The same outcomes with each run of verdict lines joined and encoded as UTF-8: the bytes written
 * do not change (TextEncoder and a stream's string write both encode a lone surrogate as U+FFFD),
 * and an empty run is left out.
 */
export function encodeOutcomes(outcomes: readonly Outcome[]): EncodedOutcome[] {
  const encoder = new TextEncoder();
  const out: EncodedOutcome[] = [];
  let text = '';
  for (const o of outcomes) {
    if (typeof o === 'string') {
      text += o;
      continue;
    }
    if (text !== '') out.push(encoder.encode(text));
    text = '';
    out.push(o);
  }
  if (text !== '') out.push(encoder.encode(text));
  return out;
}

/** Throws what createBatchScorer would throw for bad settings, without building the classifier. */
export function checkConfig(config: CheckConfig): void {
  if (config.moderator.model !== undefined) readModel(config.moderator.model);
  createModerator({ ...config.moderator, model: undefined });
  createRecordReader(config.records);
}

/** The scoring step, with its moderator built and fitted (the refit the first check would pay is done here). */
export function createBatchScorer(config: CheckConfig): BatchScorer {
  const moderator = createModerator(config.moderator);
  moderator.refit();
  const read = createRecordReader(config.records);
  const only = config.only ? new Set(config.only) : undefined;
  return (items) => {
    const out: Outcome[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as InputItem;
      const record = read(item);
      if (!record.ok) {
        out[i] = { line: item.line, message: record.message };
        continue;
      }
      let verdict;
      try {
        verdict = moderator.check(record.comment);
      } catch (error) {
        // Only a malformed comment is the input's fault; anything else is a bug and must surface.
        if (error instanceof SpamsiftError && error.code === 'E_INVALID_COMMENT') {
          out[i] = { line: item.line, message: error.message.replace(/^spamsift: /, '') };
          continue;
        }
        throw error;
      }
      if (only && !only.has(verdict.decision)) {
        out[i] = '';
        continue;
      }
      const { decision, score, discard, reasons } = verdict;
      out[i] =
        config.output === 'pretty'
          ? formatVerdictText(record.id ?? `line ${item.line}`, typeof record.comment === 'string' ? record.comment : record.comment.content, verdict)
          : `${JSON.stringify({ id: record.id, line: item.line, decision, score, discard, reasons })}\n`;
    }
    return out;
  };
}

// Writing with backpressure: when the consumer of stdout is slower than scoring, we wait for
// 'drain' instead of queueing verdicts in memory.
import { once } from 'node:events';

export async function writeText(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Control and bidi characters in messages about hostile input must not reach the terminal raw. */
export function sanitize(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Unreadable records: the first one stops the run, unless --skip-bad asked to count and go on. */
export class BadRecords {
  count = 0;
  private static readonly SHOWN = 20;

  constructor(
    private readonly command: string,
    private readonly source: string,
    private readonly skip: boolean,
  ) {}

  /** Reports one unreadable record; returns false when the run must stop. */
  report(line: number, message: string): boolean {
    this.count++;
    if (!this.skip || this.count <= BadRecords.SHOWN) {
      process.stderr.write(`spamsift ${this.command}: ${sanitize(this.source)}:${line}: ${sanitize(message)}\n`);
    }
    return this.skip;
  }

  /** The closing line of a --skip-bad run. */
  summarize(): void {
    if (this.skip && this.count > 0) {
      const more = this.count > BadRecords.SHOWN ? ` (the first ${BadRecords.SHOWN} are shown above)` : '';
      process.stderr.write(`spamsift ${this.command}: skipped ${this.count} unreadable record${this.count === 1 ? '' : 's'}${more}\n`);
    }
  }
}

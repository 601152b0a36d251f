// The one CSV parser of spamsift (corpus files for evaluate(), and the CLI's streaming input).
// A streaming RFC 4180 parser: text arrives in chunks of any size (a record may span many chunks
// and many lines), records leave as soon as they end. Memory is bounded by `maxRecordChars`: a
// longer record is reported as an error and its text dropped while the parser looks for its end.
// Linear in the input; no regular expressions. A malformed record is reported, never guessed at.

/** A record read whole: its fields, and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** A record, or why it cannot be read (unclosed quote, text after a closing quote, too long). */
export type CsvRecord = CsvRow | { line: number; error: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const enum State {
  /** At the first character of a field. */
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a `"` inside a quoted field: either `""` (a literal quote) or the closing quote. */
  QuoteInQuoted,
}

export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private recordChars = 0;
  private error: string | undefined;
  /** Physical line (1-based) the parser is on, and the line the current record started on. */
  private lineNo = 1;
  private recordLine = 1;
  /** A CR ended a record: a LF right after it belongs to the same line break. */
  private skipLF = false;
  private quotedAt = 0;

  constructor(private readonly maxRecordChars: number = Number.POSITIVE_INFINITY) {}

  /** Feeds the next chunk of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
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
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quotedAt = this.lineNo;
            i++;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === COMMA || d === LF || d === CR) break;
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
        case State.Quoted: {
          let j = text.indexOf('"', i);
          if (j < 0) j = n;
          for (let k = text.indexOf('\n', i); k >= 0 && k < j; k = text.indexOf('\n', k + 1)) this.lineNo++;
          this.append(text, i, j);
          if (j === n) return out;
          this.state = State.QuoteInQuoted;
          i = j + 1;
          break;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.append('"', 0, 1);
            this.state = State.Quoted;
            i++;
          } else if (c === COMMA) {
            this.endField();
            i++;
          } else if (c === LF || c === CR) {
            this.endField();
            this.endLine(out, c === CR);
            i++;
          } else {
            // `"ab"c`: RFC 4180 has no reading for it. Report the record, keep parsing to its end.
            this.error ??= 'a quoted field has text after its closing quote (write a quote inside a quoted field as "")';
            this.state = State.Unquoted;
          }
          break;
      }
    }
    return out;
  }

  /** Ends the input: a record without a final line break still counts. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.state === State.Quoted) {
      this.error ??= `a quoted field opened on line ${this.quotedAt} is never closed`;
    }
    if (this.state !== State.FieldStart || this.fields.length > 0) {
      this.endField();
      this.endRecord(out);
    }
    return out;
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.recordChars += to - from;
    if (this.recordChars > this.maxRecordChars) {
      this.error ??= `the record is longer than ${this.maxRecordChars} characters`;
      this.field = '';
      return;
    }
    this.field += from === 0 && to === text.length ? text : text.slice(from, to);
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endLine(out: CsvRecord[], cr: boolean): void {
    this.endRecord(out);
    this.lineNo++;
    this.recordLine = this.lineNo;
    this.skipLF = cr;
  }

  private endRecord(out: CsvRecord[]): void {
    const fields = this.fields;
    const blank = fields.length === 1 && fields[0] === '' && this.recordChars === 0;
    if (this.error !== undefined) out.push({ line: this.recordLine, error: this.error });
    else if (!blank) out.push({ line: this.recordLine, fields });
    this.fields = [];
    this.recordChars = 0;
    this.error = undefined;
    this.state = State.FieldStart;
  }
}

/** Parses a whole CSV text; a leading byte-order mark is dropped. */
export function parseCsv(text: string, maxRecordChars?: number): CsvRecord[] {
  const parser = new CsvParser(maxRecordChars);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return [...parser.push(body), ...parser.end()];
}

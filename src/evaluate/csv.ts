// RFC 4180 CSV as a streaming state machine: quoted fields may hold commas, doubled quotes and
// line breaks, so records are not lines. Linear in the input; no regular expressions.

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvReader {
  /** Feeds a chunk of text; returns the records it completed. */
  push(chunk: string): CsvRecord[];
  /** Ends the input; returns the last record (an unterminated quote ends at the end of input). */
  end(): CsvRecord[];
}

export function createCsvReader(): CsvReader {
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  /** A quote seen inside a quoted field: either the closing quote or the first of a doubled one. */
  let quotePending = false;
  let line = 1;
  let recordLine = 1;
  let started = false;
  let first = true;
  /** A '\r' ended the last record; a '\n' right after it belongs to the same break. */
  let afterCr = false;

  function finish(out: CsvRecord[]): void {
    fields.push(field);
    // A blank line is no record (a trailing newline must not make an empty row).
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: recordLine, fields });
    fields = [];
    field = '';
    started = false;
  }

  return {
    push(chunk) {
      const out: CsvRecord[] = [];
      let text = chunk;
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      let runStart = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (afterCr) {
          afterCr = false;
          if (c === 10) {
            runStart = i + 1;
            continue;
          }
        }
        if (!started) {
          started = true;
          recordLine = line;
        }
        if (inQuotes) {
          if (quotePending) {
            quotePending = false;
            if (c === 34) {
              field += '"';
              runStart = i + 1;
              continue;
            }
            inQuotes = false;
            // fall through: this character is read outside quotes
          } else if (c === 34) {
            field += text.slice(runStart, i);
            quotePending = true;
            runStart = i + 1;
            continue;
          } else {
            if (c === 10) line++;
            continue;
          }
        }
        if (c === 44 /* , */) {
          field += text.slice(runStart, i);
          fields.push(field);
          field = '';
          runStart = i + 1;
        } else if (c === 10 || c === 13) {
          field += text.slice(runStart, i);
          finish(out);
          line++;
          afterCr = c === 13;
          runStart = i + 1;
        } else if (c === 34 && field === '' && runStart === i) {
          inQuotes = true;
          runStart = i + 1;
        }
      }
      field += text.slice(runStart);
      return out;
    },
    end() {
      const out: CsvRecord[] = [];
      if (started) finish(out);
      inQuotes = false;
      quotePending = false;
      return out;
    },
  };
}

/** Parses a whole CSV text into records. */
export function parseCsv(text: string): CsvRecord[] {
  const reader = createCsvReader();
  return [...reader.push(text), ...reader.end()];
}

/**
 * Incremental RFC 4180 CSV splitter that remembers on which line each record starts, so a rejected
 * row can be reported as "file:line". Feed it text chunks of any size; it yields complete records.
 * Blank lines yield nothing. A quote in the middle of an unquoted field is kept as text.
 */
export type CsvRecord = { fields: string[]; line: number };

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvRecordSplitter {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** the chunk ended right after a quote inside a quoted field: escaped quote or closing quote? */
  private quotePending = false;
  private crPending = false;
  private line = 1;
  private recordLine = 1;
  private recordStarted = false;

  /** Splits `chunk` and returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = chunk.length;
    let i = 0;
    if (this.crPending && n > 0) {
      this.crPending = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    if (this.quotePending && i < n) {
      this.quotePending = false;
      if (chunk.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else {
        this.inQuotes = false;
      }
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = chunk.indexOf('"', i);
        const end = q === -1 ? n : q;
        this.appendQuoted(chunk, i, end);
        if (q === -1) return out;
        if (q + 1 === n) {
          this.quotePending = true;
          return out;
        }
        if (chunk.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      const start = i;
      let c = chunk.charCodeAt(i);
      while (c !== COMMA && c !== LF && c !== CR && !(c === QUOTE && i === start && this.field === '')) {
        i++;
        if (i === n) break;
        c = chunk.charCodeAt(i);
      }
      if (i > start) {
        this.field += chunk.slice(start, i);
        this.recordStarted = true;
      }
      if (i === n) break;
      if (c === COMMA) {
        this.fields.push(this.field);
        this.field = '';
        this.recordStarted = true;
        i++;
      } else if (c === QUOTE) {
        this.inQuotes = true;
        this.recordStarted = true;
        i++;
      } else {
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        i++;
        if (c === CR) {
          if (i === n) this.crPending = true;
          else if (chunk.charCodeAt(i) === LF) i++;
        }
      }
    }
    return out;
  }

  /** Completes the last record (a file need not end with a newline). */
  end(): CsvRecord[] {
    if (this.inQuotes && !this.quotePending) {
      throw new Error(`unterminated quoted field starting on line ${this.recordLine}`);
    }
    this.quotePending = false;
    this.inQuotes = false;
    const out: CsvRecord[] = [];
    this.endRecord(out);
    return out;
  }

  private appendQuoted(chunk: string, from: number, to: number): void {
    if (to <= from) return;
    const piece = chunk.slice(from, to);
    this.field += piece;
    for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1)) this.line++;
  }

  private endRecord(out: CsvRecord[]): void {
    if (this.recordStarted) {
      this.fields.push(this.field);
      out.push({ fields: this.fields, line: this.recordLine });
    }
    this.fields = [];
    this.field = '';
    this.recordStarted = false;
  }
}

// RFC 4180 CSV: decoding (strict UTF-8), parsing with physical line numbers, and writing.
// Small and allocation-light on purpose: imports of 100,000 rows go through here.

/** A syntax problem in a CSV text; `line` is the 1-based physical line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvRow {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes or text to text. Bytes must be valid UTF-8 (a leading BOM is dropped); a string
 * has its BOM dropped. Refuses other encodings with the line of the first bad byte.
 */
export function decodeCsv(data: Uint8Array | string): string {
  if (typeof data === 'string') return data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  try {
    return utf8.decode(data);
  } catch {
    const offset = firstInvalidUtf8(data);
    let line = 1;
    for (let i = 0; i < offset; i++) if (data[i] === 0x0a) line++;
    const byte = data[offset] ?? 0;
    throw new CsvSyntaxError(
      line,
      `The file is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}); save it as CSV UTF-8 and try again`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Counts line breaks (LF, CRLF or a lone CR) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * Parses CSV text into records. Quoted fields may hold commas, doubled quotes and line
 * breaks; records end with CRLF, LF or CR; a leading BOM is ignored; blank lines are
 * skipped. A quote inside an unquoted field is kept as a character. Throws CsvSyntaxError
 * for an unclosed quote or text after a closing quote.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let quotedAny = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        const openLine = line;
        let start = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q < 0) throw new CsvSyntaxError(openLine, 'A quoted field is not closed (a " is missing)');
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          line += countBreaks(text, i, q);
          i = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(i);
        if (c === COMMA) {
          i++;
        } else if (c === LF) {
          i++;
          line++;
          endOfRecord = true;
        } else if (c === CR) {
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
          endOfRecord = true;
        } else if (i >= n) {
          endOfRecord = true;
        } else {
          throw new CsvSyntaxError(line, 'Unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")');
        }
      } else {
        let j = i;
        let c = 0;
        while (j < n) {
          c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        fields.push(text.slice(i, j));
        if (j >= n) {
          i = j;
          endOfRecord = true;
        } else if (c === COMMA) {
          i = j + 1; // a comma at the very end still gives a last, empty field (next pass)
        } else {
          i = c === CR && text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
          line++;
          endOfRecord = true;
        }
      }
    }
    if (fields.length === 1 && fields[0] === '' && !quotedAny) continue; // blank line
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV text: header row, then rows; CRLF line ends as RFC 4180 says, ending with one. */
export function formatCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const out: string[] = [header.map(csvField).join(',')];
  for (const row of rows) {
    let text = '';
    for (let k = 0; k < row.length; k++) {
      const value = row[k]!;
      text += (k ? ',' : '') + (NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    }
    out.push(text);
  }
  return `${out.join('\r\n')}\r\n`;
}

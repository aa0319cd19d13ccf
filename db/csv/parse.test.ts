import { describe, expect, it } from 'vitest';
import { guessMaterialForm, parseNumberCell, splitList } from './format';
import { CsvSyntaxError, csvField, decodeCsv, firstInvalidUtf8, formatCsv, parseCsv } from './parse';

const fields = (text: string) => parseCsv(text).map((row) => row.fields);
const lines = (text: string) => parseCsv(text).map((row) => row.line);

describe('parseCsv', () => {
  it('parses plain rows with LF, CRLF or CR line ends, with or without a final newline', () => {
    expect(fields('a,b\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, including leading and trailing ones', () => {
    expect(fields(',a,\n,,\n')).toEqual([['', 'a', ''], ['', '', '']]);
    expect(fields('a,b,')).toEqual([['a', 'b', '']]);
  });

  it('handles quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(fields('"a,b","say ""hi""","x\ny","p\r\nq"\n')).toEqual([['a,b', 'say "hi"', 'x\ny', 'p\r\nq']]);
    expect(fields('"",""\n')).toEqual([['', '']]);
    expect(fields('"only"')).toEqual([['only']]);
  });

  it('reports the physical line each record starts on, counting breaks inside quotes', () => {
    expect(lines('h\n"a\nb"\nc\r\n\r\n"d\r\ne\r\nf"\ng')).toEqual([1, 2, 4, 6, 9]);
  });

  it('skips blank lines but keeps a quoted empty field', () => {
    expect(fields('a\n\n\nb\n')).toEqual([['a'], ['b']]);
    expect(lines('a\n\n\nb\n')).toEqual([1, 4]);
    expect(fields('a\n""\n')).toEqual([['a'], ['']]);
  });

  it('drops a leading BOM', () => {
    expect(fields('\uFEFFid,name\n1,x')).toEqual([['id', 'name'], ['1', 'x']]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fields('5" pipe,b')).toEqual([['5" pipe', 'b']]);
  });

  it('refuses an unclosed quote, naming the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
      expect((error as Error).message).toMatch(/not closed/);
    }
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/after a closing quote/);
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});

describe('decodeCsv', () => {
  it('decodes UTF-8 bytes and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Bastnäsite,Ø')]);
    expect(decodeCsv(bytes)).toBe('Bastnäsite,Ø');
    expect(decodeCsv(Buffer.from('x'))).toBe('x');
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('a\nb\n'), 0x42, 0x61, 0x73, 0x74, 0x6e, 0xe4, 0x73, 0x0a]);
    try {
      decodeCsv(latin1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
      expect((error as Error).message).toMatch(/not UTF-8/);
    }
  });

  it('finds the first invalid byte: stray continuation, overlong, surrogate, truncated', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    const valid = new TextEncoder().encode('ok ✓ 😀');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});

describe('formatCsv', () => {
  it('quotes only what needs it and ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(formatCsv(['a', 'b'], [['1', 'x,y'], ['', '']])).toBe('a,b\r\n1,"x,y"\r\n,\r\n');
  });

  it('round-trips awkward values through parseCsv', () => {
    const rows = [
      ['', ' spaced ', 'a,b', '"', '""', 'line\nbreak', 'cr\rlf\r\n', 'ünïcode ✓', '|;'],
      ['x', 'y', 'z', '', '', '', '', '', ''],
    ];
    const text = formatCsv(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'], rows);
    expect(fields(text).slice(1)).toEqual(rows);
  });
});

describe('cells', () => {
  it('parses numbers strictly', () => {
    expect(parseNumberCell('12.5')).toBe(12.5);
    expect(parseNumberCell(' 1e3 ')).toBe(1000);
    expect(parseNumberCell('-4')).toBe(-4);
    expect(parseNumberCell('.5')).toBe(0.5);
    expect(parseNumberCell('5.')).toBe(5);
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell('  ')).toBeNull();
    for (const bad of ['12abc', 'NaN', 'Infinity', '-Infinity', '0x10', '1,000', '1e', 'e3', '--1', '1 000', '1e999']) {
      expect(parseNumberCell(bad), bad).toHaveProperty('error');
    }
  });

  it('splits lists on ";" and trims', () => {
    expect(splitList(' a ; b;;c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });

  it('guesses a material form from its name', () => {
    expect(guessMaterialForm('NdPr oxide')).toBe('oxide');
    expect(guessMaterialForm('Dy metal')).toBe('metal');
    expect(guessMaterialForm('NdFeB alloy')).toBe('alloy');
    expect(guessMaterialForm('Sintered NdFeB magnets')).toBe('magnet');
    expect(guessMaterialForm('Bastnäsite concentrate')).toBe('concentrate');
    expect(guessMaterialForm('Rare-earth ore')).toBe('ore');
    expect(guessMaterialForm('Magnet scrap')).toBe('scrap');
    expect(guessMaterialForm('Boron core')).toBe('product');
    expect(guessMaterialForm('Guidance unit')).toBe('product');
  });
});

import { describe, expect, it } from 'vitest';
import { pdfFileName, reportDate } from './meta';

const when = new Date(2026, 10, 2, 9, 5);

describe('report title line and PDF name', () => {
  it('dates the report in words with a 24-hour time', () => {
    expect(reportDate(when)).toBe('2 November 2026, 09:05');
  });

  it('names the PDF after the workspace and the day', () => {
    expect(pdfFileName('Rare earths', when)).toBe('Lodestone report - Rare earths - 2026-11-02.pdf');
  });

  it('turns characters no file system takes into spaces, and drops leading dots', () => {
    expect(pdfFileName('../a/b:c*?"<img src=x>"|\u0007', when)).toBe('Lodestone report - a b c img src=x - 2026-11-02.pdf');
    expect(pdfFileName('  ..  ', when)).toBe('Lodestone report - 2026-11-02.pdf');
  });

  it('keeps long names to 80 characters', () => {
    const name = pdfFileName('x'.repeat(300), when);
    expect(name).toBe(`Lodestone report - ${'x'.repeat(80)} - 2026-11-02.pdf`);
  });
});

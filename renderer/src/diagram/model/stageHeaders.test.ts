import { describe, expect, it } from 'vitest';
import type { ChainColumn } from './chainLayout';
import { chainHeaders, needsSecondLine, placeHeaders, type ChainHeader, type PlacedHeader } from './stageHeaders';

const measure = (text: string) => text.length * 10;
const header = (x: number, text: string, short: string, side = false): ChainHeader => ({ x, text, short, side });

/** Two headers on one line touch when their centres are closer than half their widths together. */
function touching(placed: readonly PlacedHeader[]): string[] {
  const found: string[] = [];
  for (const a of placed) {
    for (const b of placed) {
      if (a !== b && a.line === b.line && a.x < b.x && b.x - a.x < (measure(a.text) + measure(b.text)) / 2) found.push(`${a.text}|${b.text}`);
    }
  }
  return found;
}

describe('stage headers of the chain layout', () => {
  it('has one per column, full and short names joined, side stages marked', () => {
    const columns: ChainColumn[] = [
      { slot: 2, stages: ['separation'], x: 0, xEnd: 100, top: 0, count: 3 },
      { slot: 2.5, stages: ['stockpile', 'trader'], x: 200, xEnd: 200, top: 0, count: 2 },
    ];
    expect(chainHeaders(columns)).toEqual([
      { x: 50, text: 'Separation', short: 'Sep.', side: false },
      { x: 200, text: 'Stockpile · Trader / port', short: 'Stock/Trade', side: true },
    ]);
    expect(needsSecondLine(chainHeaders(columns))).toBe(true);
    expect(needsSecondLine(chainHeaders(columns.slice(0, 1)))).toBe(false);
  });
});

describe('placing stage headers', () => {
  it('keeps full names that fit, and shortens the wider of two that would touch', () => {
    const placed = placeHeaders([header(100, 'Mine', 'Mine'), header(180, 'Concentrator', 'Conc.'), header(300, 'Separation', 'Sep.')], (x) => x, measure, 1000);
    expect(placed.map((p) => p.text)).toEqual(['Mine', 'Conc.', 'Separation']);
    // A full name as wide as its room allows, between narrow neighbours, stays.
    expect(placeHeaders([header(0, 'Alloy', 'Alloy'), header(76, 'Magnet', 'Magnet'), header(152, 'Comp.', 'Comp.')], (x) => x, measure).map((p) => p.text)).toEqual(['Alloy', 'Magnet', 'Comp.']);
  });

  it('puts side stages on the second line, judged only against each other', () => {
    const placed = placeHeaders([header(100, 'Separation', 'Sep.'), header(150, 'Trader / port', 'Trade', true), header(300, 'Metal', 'Metal')], (x) => x * 2, measure, 1000);
    expect(placed.find((p) => p.text === 'Trader / port')).toEqual({ text: 'Trader / port', x: 300, line: 1 });
    expect(placed.filter((p) => p.line === 0).map((p) => p.text)).toEqual(['Separation', 'Metal']);
  });

  it('keeps every header inside a picture of the given width', () => {
    const placed = placeHeaders([header(0, 'Mine', 'Mine'), header(1000, 'OEM / prime', 'OEM')], (x) => x, measure, 1000);
    expect(placed).toEqual([
      { text: 'Mine', x: 20, line: 0 },
      { text: 'OEM / prime', x: 945, line: 0 },
    ]);
  });

  it('without a width, lets headers follow their columns off screen', () => {
    const placed = placeHeaders([header(0, 'Mine', 'Mine'), header(1000, 'OEM / prime', 'OEM')], (x) => x - 500, measure);
    expect(placed.map((p) => p.x)).toEqual([-500, 500]);
  });

  it('leaves out the wider of two short names that would still touch, rather than print them over each other', () => {
    const placed = placeHeaders([header(0, 'Mine', 'Mine'), header(30, 'Concentrator', 'Conc.'), header(200, 'Separation', 'Sep.')], (x) => x, measure);
    expect(placed.map((p) => p.text)).toEqual(['Mine', 'Separation']);
    expect(placeHeaders([header(0, 'Mine', 'Mine'), header(20, 'Metal', 'Metal'), header(40, 'Alloy', 'Alloy')], (x) => x / 10, measure).map((p) => p.text)).toEqual(['Mine']);
  });

  it('never lets two names on a line touch, at any zoom', () => {
    const headers = [0, 1, 2, 3, 4, 5, 6, 7].map((slot) => header(slot * 280, ['Mine', 'Concentrator', 'Separation', 'Metal', 'Alloy', 'Magnet', 'Component', 'OEM / prime'][slot]!, ['Mine', 'Conc.', 'Sep.', 'Metal', 'Alloy', 'Magnet', 'Comp.', 'OEM'][slot]!));
    headers.push(header(2.5 * 280, 'Stockpile · Trader / port', 'Stock/Trade', true), header(4.5 * 280, 'Recycler', 'Recycl.', true));
    for (const zoom of [0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 1, 2]) {
      const placed = placeHeaders(headers, (x) => x * zoom, measure);
      expect(touching(placed), `zoom ${zoom}`).toEqual([]);
    }
    // Far enough in, every column has its full name.
    expect(placeHeaders(headers, (x) => x * 2, measure).map((p) => p.text)).toHaveLength(10);
  });
});

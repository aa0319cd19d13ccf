// Stage names above the chain layout's columns, for the Diagram page (StageHeaders.tsx) and
// the report's picture of the chain (report/diagram/chainImage.ts): which name each column
// shows and on which line, so that no two names touch. Pure; the caller measures text.
import { STAGE_LABELS, type Stage } from '../../../../db/model/enums';
import type { ChainColumn } from './chainLayout';

/** Names that fit a narrow column, for the whole chain fitted into a window or a page. */
export const SHORT_LABELS: Readonly<Record<Stage, string>> = {
  mine: 'Mine',
  concentrator: 'Conc.',
  separation: 'Sep.',
  metal: 'Metal',
  alloy: 'Alloy',
  magnet: 'Magnet',
  component: 'Comp.',
  oem: 'OEM',
  recycler: 'Recycl.',
  stockpile: 'Stock',
  trader: 'Trade',
  other: 'Other',
};

export interface ChainHeader {
  /** Column centre, model x. */
  x: number;
  text: string;
  /** The names that fit a narrow column. */
  short: string;
  /** A side stage (trader, stockpile, recycler) between two chain columns: its header goes on a second line. */
  side: boolean;
}

export interface PlacedHeader {
  text: string;
  /** Centre, in the units of `toScreen`. */
  x: number;
  /** 0: the first line of the header band, 1: the second. */
  line: 0 | 1;
}

/** Gap kept between two headers on a line: two spaces of their font, so it scales with it. */
const GAP_TEXT = '  ';

/** One header per column of the chain layout, in the columns' order. */
export function chainHeaders(columns: readonly ChainColumn[]): ChainHeader[] {
  return columns.map((c) => ({
    x: (c.x + c.xEnd) / 2,
    text: c.stages.map((s) => STAGE_LABELS[s as Stage] ?? s).join(' · '),
    short: c.stages.map((s) => SHORT_LABELS[s as Stage] ?? s).join('/'),
    side: !Number.isInteger(c.slot),
  }));
}

/** True when any header goes on the second line. */
export function needsSecondLine(headers: readonly ChainHeader[]): boolean {
  return headers.some((h) => h.side);
}

/**
 * Headers on one or two lines (side stages on the second), each with its full name unless
 * it would touch a neighbour on its line: then the wider of the two takes its short name,
 * and when both are short already the wider is left out (zoomed far out, names printed over
 * each other help nobody). `toScreen` maps a model x; `measure` gives a text's drawn width.
 * With `width`, every header is kept inside [0, width] (a picture's edge); without it they
 * follow their columns off screen (a pannable view).
 */
export function placeHeaders(
  headers: readonly ChainHeader[],
  toScreen: (x: number) => number,
  measure: (text: string) => number,
  width?: number,
): PlacedHeader[] {
  const placed: PlacedHeader[] = [];
  for (const line of [0, 1] as const) {
    const onLine: Candidate[] = headers
      .filter((h) => h.side === (line === 1))
      .map((h): Candidate => ({ names: [h.text, h.short], level: 0, at: toScreen(h.x) }))
      .sort((a, b) => a.at - b.at);
    const widthOf = (c: Candidate) => measure(c.names[c.level]!);
    const centreOf = (c: Candidate) => {
      const half = widthOf(c) / 2;
      return width === undefined ? c.at : Math.max(half, Math.min(width - half, c.at));
    };
    const gap = measure(GAP_TEXT);
    for (;;) {
      const pair = firstTouching(onLine.filter((c) => c.level < 2), gap, widthOf, centreOf);
      if (!pair) break;
      const wider = (a: Candidate, b: Candidate) => (widthOf(a) >= widthOf(b) ? a : b);
      const shortenable = pair.filter((c) => c.level === 0 && measure(c.names[1]!) < widthOf(c));
      if (shortenable.length > 0) shortenable.reduce(wider).level = 1;
      else pair.reduce(wider).level = 2;
    }
    for (const c of onLine) if (c.level < 2) placed.push({ text: c.names[c.level]!, line, x: centreOf(c) });
  }
  return placed;
}

interface Candidate {
  /** Full name, short name. */
  names: [string, string];
  /** 0: full, 1: short, 2: left out. */
  level: number;
  at: number;
}

/** The leftmost two neighbours (left to right) whose names would be closer than the gap. */
function firstTouching(shown: Candidate[], gap: number, widthOf: (c: Candidate) => number, centreOf: (c: Candidate) => number): [Candidate, Candidate] | null {
  for (let i = 1; i < shown.length; i++) {
    const a = shown[i - 1]!;
    const b = shown[i]!;
    if (centreOf(b) - centreOf(a) < (widthOf(a) + widthOf(b)) / 2 + gap) return [a, b];
  }
  return null;
}

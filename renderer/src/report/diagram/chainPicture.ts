// What the report's diagram shows: the whole chain in the Diagram page's chain layout
// (same element building and style), shaped for a landscape page, with labels sized to
// stay legible once the picture is shrunk to the page's width. Pure; chainImage.ts draws it.
import type cytoscape from 'cytoscape';
import { stretchToAspect } from '../../diagram/model/aspect';
import { chainLayoutWithColumns, type ChainColumn } from '../../diagram/model/chainLayout';
import { buildElements, scaleMaxima, type DiagramData } from '../../diagram/model/elements';
import { diagramStylesheet } from '../../diagram/model/style';
import { STAGE_LABELS, type Stage } from '../../../../db/model/enums';
import { SHORT_LABELS } from '../../diagram/StageHeaders';

/** Width of the picture on paper, CSS px (a landscape A4 page less its margins, about 273 mm). */
export const PRINT_WIDTH_PX = 1000;
/** Height / width of the space under the section heading on that page. */
const PAGE_ASPECT = 0.58;
/** Spacing of the Diagram page's chain layout (DiagramView.tsx), so the report looks the same. */
const CHAIN_SPACING = { columnGap: 280, rowGap: 22, blockGap: 34 };
/** Room right of the last column for its labels, model units. */
const LABEL_ROOM = 250;

export interface ChainHeader {
  /** Column centre, model x. */
  x: number;
  text: string;
  /** The names that fit a narrow column (StageHeaders.tsx). */
  short: string;
  /** A side stage (trader, stockpile, recycler) between two chain columns: its header goes on a second line. */
  side: boolean;
}

export interface PlacedHeader {
  text: string;
  /** Centre, image x, kept inside the image. */
  x: number;
  /** 0: the first line of the header band, 1: the second. */
  line: 0 | 1;
}

/** Gap kept between two headers on a line, in the units of `measure`. */
const HEADER_GAP = 12;

/**
 * Headers on one or two lines (side stages on the second), each with its full name when it
 * fits between its neighbours on that line, else its short name; none runs off the image.
 * `toImage` maps a model x to the image, `measure` gives a text's drawn width.
 */
export function placeHeaders(headers: readonly ChainHeader[], toImage: (x: number) => number, measure: (text: string) => number, imageWidth: number): PlacedHeader[] {
  const placed: PlacedHeader[] = [];
  for (const line of [0, 1] as const) {
    const onLine = headers.filter((h) => h.side === (line === 1)).map((h) => ({ ...h, at: toImage(h.x) })).sort((a, b) => a.at - b.at);
    onLine.forEach((h, i) => {
      const left = i > 0 ? h.at - onLine[i - 1]!.at : Infinity;
      const right = i < onLine.length - 1 ? onLine[i + 1]!.at - h.at : Infinity;
      const room = Math.min(left, right) - HEADER_GAP;
      const text = measure(h.text) <= room ? h.text : h.short;
      const half = measure(text) / 2;
      placed.push({ text, line, x: Math.max(half, Math.min(imageWidth - half, h.at)) });
    });
  }
  return placed;
}

export interface ChainPicture {
  elements: cytoscape.ElementDefinition[];
  stylesheet: cytoscape.StylesheetJson;
  headers: ChainHeader[];
  /** Edges drawn outside cytoscape (a big chain, cytoscapeSetup.ts BULK_THRESHOLD), as on the Diagram page. */
  bulk: boolean;
  /** The zoom the picture will be seen at on paper (labels are sized for it). */
  printZoom: number;
}

function headersOf(columns: readonly ChainColumn[]): ChainHeader[] {
  return columns.map((c) => ({
    x: (c.x + c.xEnd) / 2,
    text: c.stages.map((s) => STAGE_LABELS[s as Stage] ?? s).join(' · '),
    short: c.stages.map((s) => SHORT_LABELS[s as Stage] ?? s).join('/'),
    side: !Number.isInteger(c.slot),
  }));
}

export function chainPicture(data: DiagramData, bulk: boolean): ChainPicture {
  const { positions, columns } = chainLayoutWithColumns(data.facilities, data.flows, CHAIN_SPACING);
  const placed = stretchToAspect(positions, PAGE_ASPECT, 6);
  let x1 = Infinity;
  let x2 = -Infinity;
  for (const p of placed.values()) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
  }
  const modelWidth = Number.isFinite(x1) ? x2 - x1 + LABEL_ROOM : LABEL_ROOM;
  const printZoom = Math.min(1, PRINT_WIDTH_PX / modelWidth);
  const maxima = scaleMaxima(data);
  return {
    elements: buildElements(data, { positions: placed, ...maxima }),
    // Labels hold their size on paper down to the Diagram page's limit (style.ts labelSizeAt).
    stylesheet: diagramStylesheet({ ...maxima, bulk, labelZoom: printZoom, minZoomedFontSize: 0 }),
    headers: headersOf(columns),
    bulk,
    printZoom,
  };
}

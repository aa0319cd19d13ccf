// What the report's diagram shows: the whole chain in the Diagram page's chain layout
// (same element building and style), shaped for a landscape page, with labels sized to
// stay legible once the picture is shrunk to the page's width. Pure; chainImage.ts draws it.
import type cytoscape from 'cytoscape';
import { stretchToAspect } from '../../diagram/model/aspect';
import { chainLayoutWithColumns } from '../../diagram/model/chainLayout';
import { buildElements, scaleMaxima, type DiagramData } from '../../diagram/model/elements';
import { diagramStylesheet } from '../../diagram/model/style';
import { chainHeaders, type ChainHeader } from '../../diagram/model/stageHeaders';

/** Width of the picture on paper, CSS px (a landscape A4 page less its margins, about 273 mm). */
export const PRINT_WIDTH_PX = 1000;
/** Height / width of the space under the section heading on that page. */
const PAGE_ASPECT = 0.58;
/** Spacing of the Diagram page's chain layout (DiagramView.tsx), so the report looks the same. */
const CHAIN_SPACING = { columnGap: 280, rowGap: 22, blockGap: 34 };
/** Room right of the last column for its labels, model units. */
const LABEL_ROOM = 250;

export interface ChainPicture {
  elements: cytoscape.ElementDefinition[];
  stylesheet: cytoscape.StylesheetJson;
  headers: ChainHeader[];
  /** Edges drawn outside cytoscape (a big chain, cytoscapeSetup.ts BULK_THRESHOLD), as on the Diagram page. */
  bulk: boolean;
  /** The zoom the picture will be seen at on paper (labels are sized for it). */
  printZoom: number;
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
    headers: chainHeaders(columns),
    bulk,
    printZoom,
  };
}

// Draws the report's chain picture (chainPicture.ts) into a PNG: a cytoscape instance in a
// hidden container renders the whole graph once, stage names go in a band above it, and a
// big chain's edges are stroked in bulk under the nodes as on the Diagram page. The
// instance is destroyed afterwards; only the PNG stays.
import type { Core } from 'cytoscape';
import { BULK_THRESHOLD, setupCytoscape } from '../../diagram/cytoscapeSetup';
import { buildEdgeBulk, drawEdgeBulk } from '../../diagram/model/edgeBulk';
import type { DiagramData } from '../../diagram/model/elements';
import { needsSecondLine, placeHeaders } from '../../diagram/model/stageHeaders';
import { chainPicture, PRINT_WIDTH_PX } from './chainPicture';

const BACKGROUND = '#ffffff';
/** Image width in pixels: about 2.5 image pixels per CSS pixel on paper. */
const TARGET_WIDTH = 2600;
/** Canvas limits well inside what browsers allow. */
const MAX_WIDTH = 4000;
const MAX_HEIGHT = 4000;
/** Stage header band and font, CSS px on paper. */
const HEADER_BAND = 26;
const HEADER_FONT = 12;

export interface ChainImage {
  blob: Blob;
  width: number;
  height: number;
}

function hiddenContainer(): HTMLDivElement {
  const container = document.createElement('div');
  container.className = 'report-diagram-stage';
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  return container;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The diagram image could not be encoded'))), 'image/png'));
}

export async function renderChainImage(data: DiagramData): Promise<ChainImage> {
  const picture = chainPicture(data, data.facilities.length + data.flows.length > BULK_THRESHOLD);
  const cytoscape = setupCytoscape();
  const container = hiddenContainer();
  let cy: Core | null = null;
  try {
    cy = cytoscape({
      container,
      elements: picture.bulk ? picture.elements.filter((el) => el.group === 'nodes') : picture.elements,
      style: picture.stylesheet,
      layout: { name: 'preset', fit: true, padding: 20 },
      pixelRatio: 1,
      motionBlur: false,
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    const bb = cy.elements().boundingBox();
    if (!(bb.w > 0) || !(bb.h > 0)) throw new Error('The workspace has no facilities to draw');
    const scale = Math.min(3, TARGET_WIDTH / bb.w, MAX_WIDTH / bb.w, MAX_HEIGHT / bb.h);
    const nodes = await cy.png({ output: 'blob-promise', full: true, scale });
    const image = await createImageBitmap(nodes);

    // Image pixels per CSS pixel on paper, for the header band.
    const k = image.width / PRINT_WIDTH_PX;
    const lines = needsSecondLine(picture.headers) ? 2 : 1;
    const band = Math.round(HEADER_BAND * k * lines);
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height + band;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, canvas.width, canvas.height);

    // Model to image: the same transform cytoscape used for its full-graph PNG, moved down by the band.
    const pan = { x: -bb.x1 * scale, y: -bb.y1 * scale + band };
    if (picture.bulk) {
      context.save();
      context.setTransform(scale, 0, 0, scale, pan.x, pan.y);
      drawEdgeBulk(context, buildEdgeBulk(picture.elements), { viewport: { zoom: scale, pan }, width: canvas.width, height: canvas.height });
      context.restore();
    }
    context.drawImage(image, 0, band);
    image.close();

    context.fillStyle = '#3d4857';
    context.font = `600 ${Math.round(HEADER_FONT * k)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    const placed = placeHeaders(picture.headers, (x) => x * scale + pan.x, (text) => context.measureText(text).width, canvas.width);
    for (const header of placed) context.fillText(header.text, header.x, (header.line + 0.5) * (band / lines));

    return { blob: await toBlob(canvas), width: canvas.width, height: canvas.height };
  } finally {
    cy?.destroy();
    container.remove();
  }
}

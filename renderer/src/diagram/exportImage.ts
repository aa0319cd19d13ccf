// PNG and SVG of the diagram's current view. In bulk mode the edges are not in cytoscape:
// the PNG is the edge layer drawn at the export scale with cytoscape's (transparent) image
// on top, and the SVG gets the edges as paths under cytoscape's nodes.
import type { Core } from 'cytoscape';
import { svgOf } from './cytoscapeSetup';
import type { EdgeLayer } from './EdgeLayer';

const BACKGROUND = '#ffffff';

export async function exportPng(cy: Core, layer: EdgeLayer | null, scale: number): Promise<Blob> {
  if (!layer) return cy.png({ output: 'blob-promise', full: false, scale, bg: BACKGROUND });
  const nodes = await cy.png({ output: 'blob-promise', full: false, scale });
  const image = await createImageBitmap(nodes);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  layer.drawTo(context, image.width / Math.max(1, cy.width()));
  context.drawImage(image, 0, 0);
  image.close();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png'));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function exportSvg(cy: Core, layer: EdgeLayer | null, scale: number): string {
  if (!layer) return svgOf(cy, { full: false, scale, bg: BACKGROUND });
  const doc = new DOMParser().parseFromString(svgOf(cy, { full: false, scale }), 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error('The diagram could not be drawn as SVG');
  const edges = doc.createElementNS(SVG_NS, 'g');
  edges.setAttribute('class', 'edges');
  edges.setAttribute('fill', 'none');
  for (const path of layer.svgPaths(scale)) {
    const element = doc.createElementNS(SVG_NS, 'path');
    element.setAttribute('d', path.d);
    element.setAttribute('stroke', path.color);
    element.setAttribute('stroke-width', String(path.width));
    element.setAttribute('stroke-opacity', String(path.opacity));
    if (path.dash) element.setAttribute('stroke-dasharray', path.dash.join(' '));
    edges.appendChild(element);
  }
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', BACKGROUND);
  root.insertBefore(edges, root.firstChild);
  root.insertBefore(background, edges);
  return new XMLSerializer().serializeToString(doc);
}

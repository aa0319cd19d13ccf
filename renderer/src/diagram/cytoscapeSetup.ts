// Cytoscape and its extensions, registered once, plus what the strict CSP needs: cytoscape
// puts a <style> tag in <head> unless an element with its stylesheet id exists, and the CSP
// refuses inline styles. A placeholder with that id stops it; the one rule it would add
// (`position: relative` on the container) is in diagram.css.
import cytoscape from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

const STYLESHEET_ID = '__________cytoscape_stylesheet';
let registered = false;

export function setupCytoscape(): typeof cytoscape {
  if (!registered) {
    registered = true;
    cytoscape.use(fcose);
    cytoscape.use(svg);
    cytoscape.use(edgehandles);
    cytoscape.warnings(false);
  }
  if (typeof document !== 'undefined' && !document.getElementById(STYLESHEET_ID)) {
    const placeholder = document.createElement('meta');
    placeholder.id = STYLESHEET_ID;
    placeholder.name = 'cytoscape-stylesheet-placeholder';
    document.head.appendChild(placeholder);
  }
  return cytoscape;
}

/**
 * WebGL 2 is there and drawn by a GPU (cytoscape's WebGL renderer has no fallback of its
 * own; and on a software rasteriser such as SwiftShader or llvmpipe, as in headless
 * Chromium with --disable-gpu, the canvas renderer with its viewport texture is faster).
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software|softpipe/i.test(renderer);
  } catch {
    return false;
  }
}

/**
 * Above this many facilities plus flows the diagram runs in bulk mode (DiagramCanvas.tsx):
 * edges drawn by the edge layer, and cytoscape's WebGL renderer for the nodes on a GPU.
 */
export const BULK_THRESHOLD = 3000;

export interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

/** Edge handles on a core (cytoscape-edgehandles adds `cy.edgehandles`). */
export function edgeHandlesOn(cy: cytoscape.Core, options: Record<string, unknown>): EdgeHandles {
  return (cy as unknown as { edgehandles(o: Record<string, unknown>): EdgeHandles }).edgehandles(options);
}

/** SVG text of the view (cytoscape-svg adds `cy.svg`). */
export function svgOf(cy: cytoscape.Core, options: { full?: boolean; scale?: number; bg?: string }): string {
  return (cy as unknown as { svg(o: object): string }).svg(options);
}

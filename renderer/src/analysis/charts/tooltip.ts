// Chart tooltips built as DOM nodes with textContent: ECharts puts a string formatter's
// result in innerHTML, so a facility named "<img onerror=...>" would become markup. Nodes
// are inserted as they are: names stay text, and no inline style attribute is needed
// (the CSP refuses those).

export interface TooltipLine {
  /** Colour of the swatch before the text, if any. */
  color?: string;
  text: string;
  /** Right-aligned value. */
  value?: string;
}

export function tooltipNode(title: string, lines: readonly TooltipLine[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'chart-tooltip';
  const head = document.createElement('div');
  head.className = 'chart-tooltip-title';
  head.textContent = title;
  root.appendChild(head);
  for (const line of lines) {
    const row = document.createElement('div');
    row.className = 'chart-tooltip-row';
    if (line.color) {
      const swatch = document.createElement('span');
      swatch.className = 'chart-swatch';
      swatch.style.backgroundColor = line.color;
      row.appendChild(swatch);
    }
    const text = document.createElement('span');
    text.className = 'chart-tooltip-text';
    text.textContent = line.text;
    row.appendChild(text);
    if (line.value !== undefined) {
      const value = document.createElement('span');
      value.className = 'chart-tooltip-value';
      value.textContent = line.value;
      row.appendChild(value);
    }
    root.appendChild(row);
  }
  return root;
}

/** Tooltip settings every chart shares: confined to the chart (no arrow markup), our own look. */
export const TOOLTIP_BASE = {
  confine: true,
  className: 'chart-tooltip-box',
  backgroundColor: '#ffffff',
  borderColor: '#c5ccd6',
  padding: [6, 9],
  textStyle: { color: '#17202c', fontSize: 12 },
  transitionDuration: 0,
} as const;

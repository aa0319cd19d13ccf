// Numbers as the analysis panels print them.

/** A fraction as a percentage: 0.797 -> "79.7%"; below 0.1% but above 0 -> "<0.1%". */
export function percent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '–';
  if (fraction > 0 && fraction < 0.001) return '<0.1%';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** An HHI on the 0..10,000 scale, as a whole number with a thousands separator. */
export function hhiText(hhi: number): string {
  return Math.round(hhi).toLocaleString('en-US');
}

/** Tonnes, rounded to a whole number unless small. */
export function tonnes(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 10) return `${value.toFixed(1)} t`;
  return `${Math.round(value).toLocaleString('en-US')} t`;
}

// Display formatting: one locale for numbers so that what the table shows is what the
// inspector parses back (thousands separator ",", decimal point ".").

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const numFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const factorFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** "12,345" or "12,345.5"; empty for null. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return Number.isInteger(value) ? intFormat.format(value) : numFormat.format(value);
}

/** A fraction such as an REO factor, with up to 4 decimals. */
export function formatFactor(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return factorFormat.format(value);
}

/** Plain integer, no separators (the status bar contract). */
export function plainInt(value: number): string {
  return String(Math.trunc(value));
}

/** "1 facility" / "3 facilities". */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** Number as it should appear in an editable field: no separators, full precision. */
export function numberToInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(value);
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** A stored timestamp as a short local date and time; the raw text if it is not a date. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

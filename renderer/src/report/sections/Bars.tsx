// Share bars for paper: plain SVG (fills print without "background graphics"), the full
// width standing for 100%. Decoration only: the figures are always written beside them.

interface Segment {
  share: number;
  color: string;
}

const clamp = (share: number) => Math.max(0, Math.min(1, share));

/** Segments laid end to end from the left; what is left of 100% stays empty. */
export function StackedBar({ segments, className }: { segments: readonly Segment[]; className?: string }) {
  let x = 0;
  return (
    <svg className={`report-bar${className ? ` ${className}` : ''}`} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="0" width="100" height="8" fill="#eef1f5" />
      {segments.map((s, i) => {
        const width = clamp(s.share) * 100;
        const rect = <rect key={i} x={x} y="0" width={Math.min(width, 100 - x)} height="8" fill={s.color} />;
        x = Math.min(100, x + width);
        return rect;
      })}
    </svg>
  );
}

/** One share, with a mark at `mark` (e.g. the HHI threshold) when given. */
export function ShareBar({ share, color, mark }: { share: number; color: string; mark?: number }) {
  return (
    <svg className="report-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="0" width="100" height="8" fill="#eef1f5" />
      <rect x="0" y="0" width={clamp(share) * 100} height="8" fill={color} />
      {mark !== undefined ? <rect x={clamp(mark) * 100 - 0.4} y="0" width="0.8" height="8" fill="#17202c" /> : null}
    </svg>
  );
}

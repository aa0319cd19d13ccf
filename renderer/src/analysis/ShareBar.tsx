// A share as a small horizontal bar and its percentage (the bar is decoration; the text says it).
import { percent } from './logic/format';

export function ShareBar({ share, color, digits = 1 }: { share: number; color?: string; digits?: number }) {
  return (
    <span className="share-bar">
      <span className="share-bar-track" aria-hidden="true">
        <span className="share-bar-fill" style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%`, backgroundColor: color }} />
      </span>
      <span className="share-bar-text">{percent(share, digits)}</span>
    </span>
  );
}

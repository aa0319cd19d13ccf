// What a panel says while its analysis runs, when it failed, or when there is nothing to show.
import type { LodestoneErrorData } from '../../../db/errors';

export function PanelStatus({ busy, error, empty }: { busy: boolean; error: LodestoneErrorData | null; empty?: string | null }) {
  if (error) {
    return (
      <p className="analysis-message is-error" role="alert">
        {error.message}
      </p>
    );
  }
  if (busy) {
    return (
      <p className="analysis-message" role="status">
        <span className="spinner" aria-hidden="true" /> Computing…
      </p>
    );
  }
  if (empty) return <p className="analysis-message">{empty}</p>;
  return null;
}

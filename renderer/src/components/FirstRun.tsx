// Offered when the workspace is empty: load the rare-earth sample, or start from nothing.
import { Icon } from './Icon';

interface Props {
  busy: boolean;
  onLoadSample: () => void;
  onStartEmpty: () => void;
}

export function FirstRun({ busy, onLoadSample, onStartEmpty }: Props) {
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <div className="first-run-card">
        <div className="first-run-mark">
          <Icon name="material" size={28} />
        </div>
        <h1 id="first-run-title">This workspace is empty</h1>
        <p>
          Lodestone maps the rare-earth supply chain stage by stage: mines, separation plants, metal and alloy makers,
          magnet makers, component makers and the primes they supply, and the flows between them.
        </p>
        <p className="muted">
          Start from the sample to see how a mapped chain looks (facilities, flows, materials and cited sources from
          open reporting), or start empty and add your own records.
        </p>
        <div className="first-run-actions">
          <button type="button" className="button button-primary button-large" onClick={onLoadSample} disabled={busy}>
            {busy ? 'Loading the sample…' : 'Load the rare-earth sample workspace'}
          </button>
          <button type="button" className="button button-large" onClick={onStartEmpty} disabled={busy}>
            Start with an empty workspace
          </button>
        </div>
      </div>
    </section>
  );
}

// What a table shows instead of rows: no records of the type yet, or none matching.
import { Icon } from '../components/Icon';
import { TYPE_LABELS, type EditableType } from '../logic/forms';

interface NoRecordsYetProps {
  type: EditableType;
  offerSample: boolean;
  sampleBusy: boolean;
  onNew: () => void;
  onLoadSample: () => void;
}

export function NoRecordsYet({ type, offerSample, sampleBusy, onNew, onLoadSample }: NoRecordsYetProps) {
  const labels = TYPE_LABELS[type];
  return (
    <div className="table-empty">
      <Icon name={type} size={26} />
      <p className="table-empty-title">No {labels.many} yet</p>
      <p className="muted">Create the first one; it is saved to the workspace file as soon as you save it.</p>
      <button type="button" className="button button-primary" onClick={onNew}>
        <Icon name="plus" size={14} /> New {labels.one}
      </button>
      {offerSample ? (
        <button type="button" className="button" onClick={onLoadSample} disabled={sampleBusy}>
          Load the rare-earth sample workspace
        </button>
      ) : null}
    </div>
  );
}

export function NoMatches({ type, onClear }: { type: EditableType; onClear: () => void }) {
  return (
    <div className="table-empty table-empty-overlay">
      <p className="table-empty-title">No {TYPE_LABELS[type].many} match these filters</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}

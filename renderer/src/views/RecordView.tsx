// The main area of a view: its heading, the filter bar, and the table (or what to do
// when there are no records, or none match the filters).
import type { ReactNode, Ref } from 'react';
import { FilterBar } from '../components/FilterBar';
import type { FilterDef } from '../logic/filters';
import { TYPE_LABELS } from '../logic/forms';
import type { ViewDef, ViewState } from '../logic/views';
import { NoMatches, NoRecordsYet } from './EmptyTable';

interface Props {
  def: ViewDef;
  state: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
  filters: readonly FilterDef[];
  filterRef: Ref<HTMLInputElement>;
  shown: number;
  total: number;
  /** The workspace is empty: offer the sample too. */
  offerSample: boolean;
  sampleBusy: boolean;
  onLoadSample: () => void;
  onNew: () => void;
  table: ReactNode;
}

export function RecordView({ def, state, onChange, filters, filterRef, shown, total, offerSample, sampleBusy, onLoadSample, onNew, table }: Props) {
  const labels = TYPE_LABELS[def.type];
  const clear = () => onChange({ text: '', filters: {} });
  return (
    <>
      <div className="view-header">
        <h1 className="view-title">{def.label}</h1>
      </div>
      <FilterBar
        noun={labels.one}
        nounPlural={labels.many}
        text={state.text}
        onText={(text) => onChange({ text })}
        filters={filters}
        values={state.filters}
        onFilter={(key, value) => onChange({ filters: { ...state.filters, [key]: value } })}
        onClear={clear}
        shown={shown}
        total={total}
        inputRef={filterRef}
        placeholder={`Filter ${labels.many}…`}
      />
      <div className="table-wrap">
        {total === 0 ? (
          <NoRecordsYet type={def.type} offerSample={offerSample} sampleBusy={sampleBusy} onNew={onNew} onLoadSample={onLoadSample} />
        ) : (
          <>
            {table}
            {shown === 0 ? <NoMatches type={def.type} onClear={clear} /> : null}
          </>
        )}
      </div>
    </>
  );
}

// The editor's heading: the record type (and "Unsaved"), its name, and links to related
// records (a flow's two facilities; a facility's flows).
import { Icon } from '../components/Icon';
import { capitalize, plural } from '../logic/format';
import { TYPE_LABELS, type AnyRecord, type EditableType } from '../logic/forms';
import type { Indexes } from '../logic/rows';
import type { Facility, Flow } from '../../../db/model/schemas';

interface Props {
  type: EditableType;
  titleId: string;
  title: string;
  /** The stored record; null for a new one. */
  record: AnyRecord | null;
  unsaved: boolean;
  indexes: Indexes;
  onOpenRecord: (type: EditableType, id: string) => void;
  onShowFlowsOf: (facilityName: string) => void;
}

export function EditorHeader({ type, titleId, title, record, unsaved, indexes, onOpenRecord, onShowFlowsOf }: Props) {
  return (
    <header className="editor-header">
      <div className="editor-kicker">
        <Icon name={type} size={14} /> {capitalize(TYPE_LABELS[type].one)}
        {unsaved ? <span className="badge badge-warn">Unsaved</span> : null}
      </div>
      <h2 id={titleId} className="editor-title" title={title}>
        {title || ' '}
      </h2>
      {record && type === 'flow' ? <FlowEnds flow={record as Flow} indexes={indexes} onOpenRecord={onOpenRecord} /> : null}
      {record && type === 'facility' ? (
        <FacilityFlows facility={record as Facility} indexes={indexes} onShowFlowsOf={onShowFlowsOf} />
      ) : null}
    </header>
  );
}

function FlowEnds({ flow, indexes, onOpenRecord }: { flow: Flow; indexes: Indexes; onOpenRecord: Props['onOpenRecord'] }) {
  return (
    <div className="editor-links">
      {(['from_id', 'to_id'] as const).map((end) => {
        const id = flow[end];
        const name = indexes.facilityById.get(id)?.name;
        return name ? (
          <button key={end} type="button" className="link-button" onClick={() => onOpenRecord('facility', id)}>
            {end === 'from_id' ? 'From' : 'To'}: {name}
          </button>
        ) : null;
      })}
    </div>
  );
}

function FacilityFlows({ facility, indexes, onShowFlowsOf }: { facility: Facility; indexes: Indexes; onShowFlowsOf: Props['onShowFlowsOf'] }) {
  const flows = indexes.flowCountByFacility.get(facility.id) ?? 0;
  return (
    <div className="editor-links">
      <span className="muted">{plural(flows, 'flow')}</span>
      {flows > 0 ? (
        <button type="button" className="link-button" onClick={() => onShowFlowsOf(facility.name)}>
          Show in Flows
        </button>
      ) : null}
    </div>
  );
}

// What each table shows: columns, their widths and how a cell renders.
import type { Column } from '../components/DataTable';
import { capitalize, formatFactor, formatNumber } from '../logic/format';
import type { FacilityRow, FlowRow, MaterialRow, SourceRow } from '../logic/rows';

function StatusPill({ status }: { status: string }) {
  return (
    <span className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {capitalize(status)}
    </span>
  );
}

function ConfidencePill({ value }: { value: string }) {
  return <span className={`conf conf-${value}`}>{capitalize(value)}</span>;
}

function TagList({ items, className }: { items: readonly string[]; className: string }) {
  return (
    <span className="tag-list">
      {items.map((t) => (
        <span key={t} className={className}>
          {t}
        </span>
      ))}
    </span>
  );
}

const num = (v: number | null) => formatNumber(v);

export const FACILITY_COLUMNS: readonly Column<FacilityRow>[] = [
  { id: 'name', label: 'Name', width: 230, grow: 3, render: (r) => r.record.name, text: (r) => r.record.name },
  { id: 'stage', label: 'Stage', width: 100, render: (r) => r.stage },
  { id: 'country', label: 'Country', width: 120, render: (r) => r.country, text: (r) => `${r.country} (${r.record.country})` },
  { id: 'operator', label: 'Operator', width: 124, grow: 1, render: (r) => r.record.operator, text: (r) => r.record.operator },
  { id: 'owner_country', label: 'Owner', width: 110, render: (r) => r.ownerCountry, text: (r) => r.ownerCountry },
  { id: 'status', label: 'Status', width: 122, render: (r) => <StatusPill status={r.record.status} /> },
  { id: 'capacity_t', label: 'Capacity t/yr', width: 118, align: 'right', render: (r) => num(r.record.capacity_t) },
  {
    id: 'capacity_material',
    label: 'Capacity material',
    width: 130,
    render: (r) => r.capacityMaterial,
    text: (r) => r.capacityMaterial,
  },
  { id: 'stock_t', label: 'Stock t', width: 84, align: 'right', render: (r) => num(r.record.stock_t) },
  { id: 'confidence', label: 'Confidence', width: 112, render: (r) => <ConfidencePill value={r.record.confidence} /> },
  {
    id: 'tags',
    label: 'Tags',
    width: 120,
    grow: 1,
    render: (r) => (r.record.tags.length ? <TagList items={r.record.tags} className="tag" /> : null),
    text: (r) => r.tags,
  },
];

export const FLOW_COLUMNS: readonly Column<FlowRow>[] = [
  { id: 'from', label: 'From', width: 136, grow: 2, render: (r) => r.from, text: (r) => r.from },
  { id: 'to', label: 'To', width: 136, grow: 2, render: (r) => r.to, text: (r) => r.to },
  { id: 'material', label: 'Material', width: 124, grow: 1, render: (r) => r.material, text: (r) => r.material },
  { id: 'volume_t', label: 'Volume t/yr', width: 116, align: 'right', render: (r) => num(r.record.volume_t) },
  { id: 'year', label: 'Year', width: 70, align: 'right', render: (r) => (r.record.year === null ? '' : String(r.record.year)) },
  { id: 'status', label: 'Status', width: 122, render: (r) => <StatusPill status={r.record.status} /> },
  { id: 'confidence', label: 'Confidence', width: 112, render: (r) => <ConfidencePill value={r.record.confidence} /> },
];

export const MATERIAL_COLUMNS: readonly Column<MaterialRow>[] = [
  { id: 'name', label: 'Name', width: 200, grow: 3, render: (r) => r.record.name, text: (r) => r.record.name },
  { id: 'form', label: 'Form', width: 110, render: (r) => capitalize(r.record.form) },
  {
    id: 'elements',
    label: 'Elements',
    width: 150,
    grow: 1,
    render: (r) => <TagList items={r.record.elements} className="tag tag-element" />,
    text: (r) => r.elements,
  },
  { id: 'unit', label: 'Unit', width: 70, render: (r) => r.record.unit },
  { id: 'reo_factor', label: 'REO factor', width: 96, align: 'right', render: (r) => formatFactor(r.record.reo_factor) },
  { id: 'flows', label: 'Flows', width: 80, align: 'right', render: (r) => num(r.flows) },
];

export const SOURCE_COLUMNS: readonly Column<SourceRow>[] = [
  { id: 'title', label: 'Title', width: 220, grow: 3, render: (r) => r.record.title, text: (r) => r.record.title },
  { id: 'publisher', label: 'Publisher', width: 140, grow: 1, render: (r) => r.record.publisher, text: (r) => r.record.publisher },
  { id: 'published', label: 'Date', width: 96, render: (r) => r.record.published },
  { id: 'url', label: 'URL or reference', width: 160, grow: 1, render: (r) => r.record.url, text: (r) => r.record.url },
  {
    id: 'sensitive',
    label: 'Sensitive',
    width: 100,
    render: (r) => (r.record.sensitive ? <span className="badge badge-warn">Sensitive</span> : <span className="muted">No</span>),
  },
  { id: 'links', label: 'Linked', width: 86, align: 'right', render: (r) => num(r.links) },
];

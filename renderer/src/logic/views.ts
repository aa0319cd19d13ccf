// The four record views (one per record type), what each remembers, and what the
// inspector shows for it.
import type { EditableType } from './forms';
import type { SortState } from './table';

export type ViewName = 'facilities' | 'flows' | 'materials' | 'sources';

export interface ViewDef {
  name: ViewName;
  label: string;
  type: EditableType;
}

/** In sidebar order; Alt+1..4 follow it. */
export const VIEWS: readonly ViewDef[] = [
  { name: 'facilities', label: 'Facilities', type: 'facility' },
  { name: 'flows', label: 'Flows', type: 'flow' },
  { name: 'materials', label: 'Materials', type: 'material' },
  { name: 'sources', label: 'Sources', type: 'source' },
];

export interface ViewState {
  text: string;
  filters: Record<string, string>;
  sort: SortState | null;
  selectedId: string | null;
  /** Rows chosen together for a bulk edit, in table order; empty (or one) when only the selected row is. */
  marked: readonly string[];
}

export const INITIAL_VIEWS: Readonly<Record<ViewName, ViewState>> = {
  facilities: { text: '', filters: {}, sort: { column: 'name', dir: 'asc' }, selectedId: null, marked: [] },
  flows: { text: '', filters: {}, sort: { column: 'from', dir: 'asc' }, selectedId: null, marked: [] },
  materials: { text: '', filters: {}, sort: { column: 'name', dir: 'asc' }, selectedId: null, marked: [] },
  sources: { text: '', filters: {}, sort: { column: 'title', dir: 'asc' }, selectedId: null, marked: [] },
};

export function viewDef(name: ViewName): ViewDef {
  return VIEWS.find((v) => v.name === name)!;
}

/** The view that lists records of a type. */
export function viewOfType(type: EditableType): ViewName {
  return VIEWS.find((v) => v.type === type)!.name;
}

/**
 * What fills the main area: the record tables (`view` says which), or one of the pages of
 * the sidebar's top list (Sidebar.tsx PAGES). Each page adds its name here.
 */
export type Page = 'records' | 'diagram' | 'snapshots' | 'analysis' | 'report';

export type InspectorMode = 'empty' | 'edit' | 'create' | 'missing';

/** Pages that show no records of their own: nothing there selects one for the inspector. */
const PAGES_WITHOUT_RECORDS: ReadonlySet<Page> = new Set(['analysis', 'report', 'snapshots']);

/**
 * Whether the inspector panel is shown. On the record tables and the diagram it always is
 * (with what to do when nothing is selected); on the other pages only while it holds a
 * record (one being created, or one left open with its edits), so that the analysis, the
 * report and the snapshots have the window's width.
 */
export function inspectorShown(page: Page, mode: InspectorMode): boolean {
  return mode !== 'empty' || !PAGES_WITHOUT_RECORDS.has(page);
}

/** `found`: the selected record is in the workspace (never when creating). */
export function inspectorModeFor(creating: EditableType | null, type: EditableType, selectedId: string | null, found: boolean): InspectorMode {
  if (creating === type) return 'create';
  if (!selectedId) return 'empty';
  return found ? 'edit' : 'missing';
}

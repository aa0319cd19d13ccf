// What the window hands the inspector, and what the inspector hands back.
import type { RefObject } from 'react';
import type { SourceLink } from '../../../db/model/schemas';
import type { AnyRecord, Draft, EditableType } from '../logic/forms';
import type { Pickers } from '../logic/pickers';
import type { Indexes } from '../logic/rows';
import type { InspectorMode } from '../logic/views';
import type { AnalysisEngine } from '../analysis/worker/engine';

/** The open editor, for the window's shortcuts and its "discard changes?" question. */
export interface EditorHandle {
  save(): void;
  /** Read at the moment of asking, so it is never a render behind what was typed. */
  hasUnsavedChanges(): boolean;
}

export interface InspectorProps {
  type: EditableType;
  mode: InspectorMode;
  record: AnyRecord | null;
  pickers: Pickers;
  indexes: Indexes;
  links: readonly SourceLink[];
  /** Field values for a new record (e.g. a flow from the selected facility). */
  createDefaults?: Partial<Draft>;
  onCreated: (id: string) => void;
  onCloseCreate: () => void;
  onDelete: (type: EditableType, id: string) => void;
  onNew: () => void;
  /** Shows another record (a flow's ends; a facility's flows). */
  onOpenRecord: (type: EditableType, id: string) => void;
  onShowFlowsOf: (facilityName: string) => void;
  editorRef: RefObject<EditorHandle | null>;
  formRef: RefObject<HTMLFormElement | null>;
  /** How to run the data checks whose findings a facility's or flow's editor lists (as the Checks tab counts). */
  checks: { engine: AnalysisEngine; includePlanned: boolean };
}

// Saved disruption scenarios: records like the others, written through writeBatch so that
// create, edit and delete are change-logged and undoable. The definition is validated by
// zod (scenarioFields) on every write; references to facilities, materials and flows are
// checked against the workspace when saved and again when run (records change meanwhile).
import type { Scenario, ScenarioFields } from '../model/analysis';
import { readThenWrite, writeBatch } from '../store/changes';
import type { Workspace } from '../workspace';
import { checkRevision, fieldError, quoted, requireNewId, requireRecord } from './common';

export function listScenarios(ws: Workspace): Scenario[] {
  return ws.all('scenarios', 'name COLLATE NOCASE, id');
}

export function getScenario(ws: Workspace, id: string): Scenario {
  return requireRecord(ws, 'scenarios', id);
}

/** Ids of the records a name or id refers to: exact id first, else a case-insensitive name. */
function matches(ws: Workspace, table: 'facilities' | 'materials', ref: string): string[] {
  const byId = ws.prepare(`SELECT id FROM ${table} WHERE id = ?`).pluck().get(ref) as string | undefined;
  if (byId !== undefined) return [byId];
  return ws.prepare(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE LIMIT 2`).pluck().all(ref) as string[];
}

function requireOne(ws: Workspace, table: 'facilities' | 'materials', ref: string, path: string): void {
  const found = matches(ws, table, ref);
  const noun = table === 'facilities' ? 'facility' : 'material';
  if (found.length === 0) throw fieldError(path, `No ${noun} with id or name ${quoted(ref)}`);
  if (found.length > 1) throw fieldError(path, `More than one ${noun} is named ${quoted(ref)}; use its id`);
}

/** Refuses a scenario that names a facility, material or flow the workspace does not have. */
export function checkScenarioReferences(ws: Workspace, scenario: ScenarioFields, prefix = ''): void {
  scenario.disruptions.forEach((d, i) => {
    const at = `${prefix}disruptions.${i}`;
    if (d.kind === 'facility') requireOne(ws, 'facilities', d.id, `${at}.id`);
    if (d.kind === 'flow' && !ws.get('flows', d.id)) throw fieldError(`${at}.id`, `No flow with id ${quoted(d.id)}`);
    if (d.kind === 'country') {
      d.materials?.forEach((m, k) => requireOne(ws, 'materials', m, `${at}.materials.${k}`));
      d.to_facilities?.forEach((f, k) => requireOne(ws, 'facilities', f, `${at}.to_facilities.${k}`));
    }
  });
}

export function createScenario(ws: Workspace, input: { id?: string; scenario: ScenarioFields }): Scenario {
  return readThenWrite(ws, () => {
    checkScenarioReferences(ws, input.scenario, 'scenario.');
    const id = requireNewId(ws, 'scenarios', input.id);
    return writeBatch(ws, { label: `Create scenario ${quoted(input.scenario.name)}` }, (tx) =>
      tx.insert('scenarios', { ...input.scenario, id }),
    );
  });
}

/** Replaces a scenario's definition (the editor sends the whole definition). */
export function updateScenario(ws: Workspace, input: { id: string; revision?: number; scenario: ScenarioFields }): Scenario {
  return readThenWrite(ws, () => {
    const current = getScenario(ws, input.id);
    checkRevision('scenarios', current, input.revision);
    checkScenarioReferences(ws, input.scenario, 'scenario.');
    return writeBatch(ws, { label: `Edit scenario ${quoted(input.scenario.name)}` }, (tx) => tx.update('scenarios', current, input.scenario));
  });
}

export function deleteScenario(ws: Workspace, id: string): { deleted: { scenarios: number } } {
  return readThenWrite(ws, () => {
    const scenario = getScenario(ws, id);
    return writeBatch(ws, { label: `Delete scenario ${quoted(scenario.name)}` }, (tx) => {
      tx.remove('scenarios', scenario);
      return { deleted: { scenarios: 1 } };
    });
  });
}

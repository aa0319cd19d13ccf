// Saved scenarios: stored by migration 003, validated, reference-checked, undoable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioFields, type ScenarioInput } from '../model/analysis';
import { createScenario, deleteScenario, getScenario, listScenarios, updateScenario } from '../repos/scenarios';
import { redo, undo } from '../store/history';
import { seedChain, tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

const definition = (input: ScenarioInput) => scenarioFields.parse(input);

describe('saved scenarios', () => {
  it('creates, lists, edits and deletes a scenario; each step undoes and redoes exactly', () => {
    const { sep, oxide } = seedChain(t.service);
    const ban = definition({
      name: 'China bans NdPr oxide exports',
      months: 24,
      disruptions: [{ kind: 'country', country: 'cn', materials: [oxide.name], fraction: 1, start_month: 1 }],
    });
    const created = createScenario(t.ws, { scenario: ban });
    expect(created).toMatchObject({ name: 'China bans NdPr oxide exports', months: 24, revision: 1 });
    expect(created.disruptions).toEqual([{ kind: 'country', country: 'CN', materials: ['NdPr oxide'], fraction: 1, start_month: 1 }]);
    expect(listScenarios(t.ws)).toEqual([created]);

    const edited = updateScenario(t.ws, {
      id: created.id,
      revision: 1,
      scenario: definition({ name: 'Baotou outage', months: 6, disruptions: [{ kind: 'facility', id: sep.id, fraction: 0.5, start_month: 2, end_month: 4 }] }),
    });
    expect(edited).toMatchObject({ name: 'Baotou outage', months: 6, revision: 2 });
    expect(getScenario(t.ws, created.id).disruptions).toEqual([{ kind: 'facility', id: sep.id, fraction: 0.5, start_month: 2, end_month: 4 }]);

    expect(undo(t.ws).label).toBe('Edit scenario "Baotou outage"');
    expect(getScenario(t.ws, created.id)).toEqual(created);
    redo(t.ws);
    expect(getScenario(t.ws, created.id)).toEqual(edited);

    expect(deleteScenario(t.ws, created.id)).toEqual({ deleted: { scenarios: 1 } });
    expect(listScenarios(t.ws)).toEqual([]);
    undo(t.ws);
    expect(getScenario(t.ws, created.id)).toEqual(edited);
  });

  it('refuses a stale edit and names the field of an unknown reference', () => {
    const { sep } = seedChain(t.service);
    const created = createScenario(t.ws, { scenario: definition({ name: 'Outage', disruptions: [{ kind: 'facility', id: sep.name, fraction: 1, start_month: 1 }] }) });
    updateScenario(t.ws, { id: created.id, scenario: definition({ name: 'Outage 2' }) });
    expect(() => updateScenario(t.ws, { id: created.id, revision: 1, scenario: definition({ name: 'Outage 3' }) })).toThrow(/changed since you opened it/);
    expect(() =>
      createScenario(t.ws, { scenario: definition({ name: 'x', disruptions: [{ kind: 'facility', id: 'Nowhere plant', fraction: 1, start_month: 1 }] }) }),
    ).toThrow('scenario.disruptions.0.id: No facility with id or name "Nowhere plant"');
    expect(() =>
      createScenario(t.ws, { scenario: definition({ name: 'x', disruptions: [{ kind: 'flow', id: 'no-such-flow', fraction: 1, start_month: 1 }] }) }),
    ).toThrow('scenario.disruptions.0.id: No flow with id "no-such-flow"');
    expect(listScenarios(t.ws).map((s) => s.name)).toEqual(['Outage 2']);
  });

  it('the table refuses rows that bypass validation', () => {
    const insert = t.ws.db.prepare(
      `INSERT INTO scenarios (id, name, months, disruptions, notes, created_at, updated_at, revision) VALUES (?, ?, ?, ?, '', 'x', 'x', 1)`,
    );
    expect(() => insert.run('a', 'ok', 0, '[]')).toThrow(/CHECK/);
    expect(() => insert.run('b', 'ok', 12, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('c', ' ', 12, '[]')).toThrow(/CHECK/);
    expect(() => insert.run('d', 'ok', 12.5, '[]')).toThrow(/INTEGER|cannot store/);
  });
});

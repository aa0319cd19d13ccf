// The saved scenarios: listed through the API and listed again whenever the workspace
// changes (a save, a delete, an undo, another program), and written as undoable records.
import { useCallback, useEffect, useState } from 'react';
import type { Scenario, ScenarioFields } from '../../../../db/model/analysis';
import type { LodestoneErrorData } from '../../../../db/errors';
import { errorData } from '../../api/client';
import { useStore, useWorkspace } from '../../state/context';

/** A scenario write refreshes only the workspace info (undo label, last change); the lists are unchanged. */
const INFO_ONLY = ['info'] as const;

/** The saved scenarios, listed again when the workspace's last change moves. */
export function useScenarios() {
  const store = useStore();
  const lastChange = useWorkspace().info?.last_change;
  const [list, setList] = useState<Scenario[] | null>(null);
  const [error, setError] = useState<LodestoneErrorData | null>(null);

  useEffect(() => {
    let live = true;
    store
      .read('scenarios.list', {})
      .then((scenarios) => {
        if (!live) return;
        setList([...scenarios].sort((a, b) => a.name.localeCompare(b.name, 'en')));
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorData(e)));
    return () => {
      live = false;
    };
  }, [store, lastChange]);

  // Each write also puts its result in the list at once; the next listing confirms it.
  const upsert = useCallback((saved: Scenario) => {
    setList((l) => [...(l ?? []).filter((s) => s.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name, 'en')));
    return saved;
  }, []);
  const create = useCallback(async (scenario: ScenarioFields) => upsert(await store.write('scenarios.create', { scenario }, INFO_ONLY)), [store, upsert]);
  const update = useCallback(
    async (id: string, revision: number, scenario: ScenarioFields) => upsert(await store.write('scenarios.update', { id, revision, scenario }, INFO_ONLY)),
    [store, upsert],
  );
  const remove = useCallback(
    async (id: string) => {
      await store.write('scenarios.delete', { id }, INFO_ONLY);
      setList((l) => (l ?? []).filter((s) => s.id !== id));
    },
    [store],
  );

  return { list, error, create, update, remove };
}

// The offer an empty workspace makes: load the sample, or start empty (remembered per
// workspace in localStorage).
import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../db/api';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import { isDismissed, withDismissed } from '../logic/firstRun';
import { plural } from '../logic/format';
import type { WorkspaceStore } from '../state/workspace';

const DISMISSED_KEY = 'lodestone.firstRunDismissed';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

function remember(workspaceId: string): void {
  try {
    const next = withDismissed(window.localStorage.getItem(DISMISSED_KEY), workspaceId);
    if (next !== null) window.localStorage.setItem(DISMISSED_KEY, next);
  } catch {
    // storage unavailable: the offer simply comes back next time
  }
}

export function useFirstRun(store: WorkspaceStore, info: WorkspaceInfo | null) {
  const notify = useToast();
  const [dismissed, setDismissed] = useState<boolean | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);

  useEffect(() => {
    if (info && dismissed === null) setDismissed(isDismissed(readStored(), info.workspace_id));
  }, [info, dismissed]);

  const empty = info !== null && info.counts.facilities + info.counts.flows + info.counts.materials + info.counts.sources === 0;

  const loadSample = async () => {
    setSampleBusy(true);
    try {
      const after = await store.write('workspace.loadSample', {});
      notify(`Loaded the rare-earth sample: ${plural(after.counts.facilities, 'facility', 'facilities')}, ${plural(after.counts.flows, 'flow')}`, 'success');
    } catch (error) {
      notify(`Could not load the sample: ${errorData(error).message}`, 'error');
    } finally {
      setSampleBusy(false);
    }
  };

  const startEmpty = () => {
    if (info) remember(info.workspace_id);
    setDismissed(true);
  };

  return { empty, showOffer: empty && dismissed === false, sampleBusy, loadSample, startEmpty };
}

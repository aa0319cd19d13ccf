// Requests for the Snapshots page from outside it: a menu or palette command ("Import
// Snapshot…", "Export CSV…") or a .lodestone file the operating system opened with the app.
// The request waits here until the page takes it, so it survives the page being mounted
// only after the switch to it.
import { useEffect, useRef } from 'react';

export type SnapshotsSection = 'export' | 'import' | 'history' | 'formats' | 'csv';

export interface SnapshotsRequest {
  section: SnapshotsSection;
  /** A snapshot to read, verify and diff (the import screen). */
  snapshot?: File;
  /** CSV files for the CSV import. */
  csv?: File[];
}

let pending: SnapshotsRequest | null = null;
const listeners = new Set<() => void>();

export function requestSnapshots(request: SnapshotsRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

export function takeSnapshotsRequest(): SnapshotsRequest | null {
  const request = pending;
  pending = null;
  return request;
}

/** Runs `handle` with each request: one waiting when the page mounts, and any made while it is shown. */
export function useSnapshotsRequests(handle: (request: SnapshotsRequest) => void): void {
  const latest = useRef(handle);
  // Effects run in order: the newest handler is in place before a request is taken.
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const take = () => {
      const request = takeSnapshotsRequest();
      if (request) latest.current(request);
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, []);
}

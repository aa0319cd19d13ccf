// Which workspaces the user has told to start empty, kept as a JSON list of workspace
// ids (the last 50). Unreadable text counts as an empty list.

/** True when the stored list names this workspace. */
export function isDismissed(stored: string | null, workspaceId: string): boolean {
  try {
    const list: unknown = stored ? JSON.parse(stored) : [];
    return Array.isArray(list) && list.includes(workspaceId);
  } catch {
    return false;
  }
}

/** The list to store with this workspace added, or null to leave unreadable text alone. */
export function withDismissed(stored: string | null, workspaceId: string): string | null {
  let list: unknown;
  try {
    list = stored ? JSON.parse(stored) : [];
  } catch {
    return null;
  }
  const next = Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
  if (!next.includes(workspaceId)) next.push(workspaceId);
  return JSON.stringify(next.slice(-50));
}

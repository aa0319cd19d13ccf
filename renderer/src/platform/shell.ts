// The desktop shell from the page: window.lodestoneShell (electron/preload.ts) when the app
// runs in Electron, absent in browser mode. Callers check `hasDesktopShell()` and fall back
// to browser mechanisms (downloads, <input type=file>, the sidebar) when it is false.
import type { ShellEvent, ShellInput, ShellOpName, ShellOutput, ShellResult } from '../../../electron/shell-contract';

export interface ShellBridge {
  invoke(name: string, input: unknown): Promise<ShellResult>;
  onEvent(listener: (event: ShellEvent) => void): () => void;
}

declare global {
  interface Window {
    lodestoneShell?: ShellBridge;
  }
}

function bridge(): ShellBridge | null {
  const shell = typeof window !== 'undefined' ? window.lodestoneShell : undefined;
  return shell && typeof shell.invoke === 'function' && typeof shell.onEvent === 'function' ? shell : null;
}

export function hasDesktopShell(): boolean {
  return bridge() !== null;
}

/** Runs a shell operation; throws an Error with the shell's message when it fails or there is no shell. */
export async function shellCall<N extends ShellOpName>(name: N, input: ShellInput<N>): Promise<ShellOutput<N>> {
  const shell = bridge();
  if (!shell) throw new Error('This needs the Lodestone desktop app');
  const result = await shell.invoke(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ShellOutput<N>;
}

/** Listens to menu commands and opened files; a no-op in browser mode. */
export function onShellEvent(listener: (event: ShellEvent) => void): () => void {
  return bridge()?.onEvent(listener) ?? (() => undefined);
}

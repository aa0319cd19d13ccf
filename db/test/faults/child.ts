// Spawning the TypeScript scripts of these tests as real processes (node --import tsx, as the
// CLI's bin runs), reading their stdout line by line as it arrives.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface ChildExit {
  /** Every stdout line, including those read after a kill (the pipe keeps what was written). */
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export interface RunningChild {
  process: ChildProcess;
  exit: Promise<ChildExit>;
}

type OnLine = (line: string, child: ChildProcess) => void;

/** Starts `script` (a path relative to this folder) with args; onLine sees each stdout line. */
export function startScript(script: string, args: readonly string[], onLine?: OnLine): RunningChild {
  return startNode(['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], onLine);
}

/** Starts node with these arguments in the repository (e.g. bin/lodestone.mjs ...). */
export function startNode(args: readonly string[], onLine?: OnLine): RunningChild {
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    const parts = (partial + text).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      onLine?.(line, child);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exit = new Promise<ChildExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (partial) lines.push(partial);
      resolve({ lines, code, signal, stderr });
    });
  });
  return { process: child, exit };
}

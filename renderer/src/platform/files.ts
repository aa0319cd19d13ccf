// Files in and out of the window, in one place: the desktop app uses native dialogs through
// its shell (platform/shell.ts, electron/shell-host.ts); browser mode falls back to the
// browser's own mechanisms, a download (Blob + a[download]) and <input type="file">.
import type { OpenKind } from '../../../electron/shell-contract';
import { dataUrlPayload } from './base64';
import { hasDesktopShell, shellCall } from './shell';

export interface FileToSave {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Media type, e.g. application/gzip. */
  type: string;
}

/**
 * Offers the bytes as a file named `name`: a native save dialog on the desktop (resolves
 * false if the person cancels it), a download in the browser. Rejects if writing fails.
 */
export async function saveFile(file: FileToSave): Promise<boolean> {
  if (hasDesktopShell()) return (await shellCall('file.save', { name: file.name, bytes: file.bytes })).saved;
  download(file);
  return true;
}

/**
 * Asks for files of a kind with the native open dialog (desktop) and returns them as File
 * objects, as an <input type=file> would give them; [] if cancelled. Null in browser mode:
 * the caller uses its own <input type=file> or drop zone there.
 */
export async function openNativeFiles(kind: OpenKind, multiple = false): Promise<File[] | null> {
  if (!hasDesktopShell()) return null;
  const { files } = await shellCall('file.open', { kind, multiple });
  return files.map((f) => bytesToFile(f.name, f.bytes, kind));
}

/** A file handed over by the shell (native dialog, or the OS opening a snapshot with the app) as a File. */
export function bytesToFile(name: string, bytes: Uint8Array, kind: OpenKind): File {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new File([copy], name, { type: kind === 'snapshot' ? 'application/gzip' : 'text/csv' });
}

function download({ name, bytes, type }: FileToSave): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob by now; free ours after this task.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface ReadProgress {
  loaded: number;
  total: number;
}

/** Reads a picked file as base64, reporting progress as it goes (large snapshots take a while). */
export function readFileAsBase64(file: Blob, onProgress: (p: ReadProgress) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const abort = () => reader.abort();
    signal?.addEventListener('abort', abort, { once: true });
    reader.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onabort = () => reject(new DOMException('Reading was cancelled', 'AbortError'));
    reader.onload = () => {
      signal?.removeEventListener('abort', abort);
      try {
        resolve(dataUrlPayload(String(reader.result ?? '')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    reader.readAsDataURL(file);
  });
}

/** Reads a picked text file (CSV) as UTF-8. */
export function readFileAsText(file: Blob): Promise<string> {
  return file.text();
}

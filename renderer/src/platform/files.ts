// Files in and out of the window, in one place so that the desktop shell can later supply
// native dialogs here without touching the views. Today both hosts use the browser's own
// mechanisms: a download (Blob + a[download]; Electron shows its save dialog for it) and
// <input type="file"> (the system's open dialog in both).
import { dataUrlPayload } from './base64';

export interface FileToSave {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Media type, e.g. application/gzip. */
  type: string;
}

/** Offers the bytes as a file named `name`. */
export function saveFile({ name, bytes, type }: FileToSave): void {
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

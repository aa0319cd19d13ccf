// The report's title line and the name its PDF is saved under. Pure.

/** "22 November 2026, 16:34": the date and time the report was drawn up (local time). */
export function reportDate(now: Date): string {
  const day = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = now.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day}, ${time}`;
}

/**
 * "Lodestone report - Rare earths - 2026-11-22.pdf". Characters no file system accepts in a
 * name (and control characters) become spaces, so any workspace name gives a usable file name.
 */
export function pdfFileName(workspaceName: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const name = workspaceName.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80).trim();
  return name ? `Lodestone report - ${name} - ${date}.pdf` : `Lodestone report - ${date}.pdf`;
}

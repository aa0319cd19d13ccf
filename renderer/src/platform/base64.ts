// Files travel to and from the api as base64 (snapshot.* ops); these convert without Node.

/** The base64 payload of a data URL (FileReader.readAsDataURL), whatever its media type. */
export function dataUrlPayload(dataUrl: string): string {
  if (dataUrl === 'data:') return ''; // an empty file
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The file could not be read as base64');
  }
  return dataUrl.slice(comma + 1);
}

/** Decodes base64 in slices, so a large file never becomes one huge binary string. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const SLICE = 4 * 65_536; // a multiple of 4: each slice decodes on its own
  const clean = base64.replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let at = 0;
  for (let start = 0; start < clean.length; start += SLICE) {
    const binary = atob(clean.slice(start, start + SLICE));
    for (let i = 0; i < binary.length; i++) out[at++] = binary.charCodeAt(i);
  }
  return out;
}

/** Text as UTF-8 bytes (CSV and graph exports arrive as text). */
export function textToBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

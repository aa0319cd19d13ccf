import { describe, expect, it } from 'vitest';
import { base64ToBytes, dataUrlPayload, textToBytes } from './base64';

describe('base64 helpers', () => {
  it('decodes base64 in slices to the same bytes Node encodes', () => {
    const bytes = new Uint8Array(700_001).map((_, i) => (i * 31 + 7) % 256);
    const encoded = Buffer.from(bytes).toString('base64');
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
    expect(base64ToBytes('')).toHaveLength(0);
    expect([...base64ToBytes('AQI=')]).toEqual([1, 2]);
  });

  it('takes the payload of a base64 data URL and refuses other URLs', () => {
    expect(dataUrlPayload('data:application/gzip;base64,H4sI')).toBe('H4sI');
    expect(dataUrlPayload('data:application/octet-stream;base64,')).toBe('');
    expect(dataUrlPayload('data:')).toBe('');
    expect(() => dataUrlPayload('data:text/plain,hello')).toThrow(/base64/);
  });

  it('encodes text as UTF-8', () => {
    expect([...textToBytes('Ø')]).toEqual([0xc3, 0x98]);
  });
});

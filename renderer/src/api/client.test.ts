import { describe, expect, it } from 'vitest';
import { ClientError, takeTokenFromHash } from './client';

describe('takeTokenFromHash', () => {
  it('takes the token and leaves the rest', () => {
    expect(takeTokenFromHash('#token=abc123')).toEqual({ token: 'abc123', rest: '' });
    expect(takeTokenFromHash('#token=abc&view=flows')).toEqual({ token: 'abc', rest: '#view=flows' });
    expect(takeTokenFromHash('#view=flows')).toEqual({ token: null, rest: '#view=flows' });
    expect(takeTokenFromHash('')).toEqual({ token: null, rest: '' });
  });
});

describe('ClientError', () => {
  it('carries the error data', () => {
    const e = new ClientError({ code: 'validation', message: 'lat: bad', issues: [{ path: 'changes.lat', message: 'bad' }] }, 'facilities.update');
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('validation');
    expect(e.data).toEqual({ code: 'validation', message: 'lat: bad', issues: [{ path: 'changes.lat', message: 'bad' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedHost, isAllowedOrigin, isJsonContentType, newToken, tokensEqual } from './security';

describe('security policy', () => {
  it('has a strict CSP with no remote origins and no inline code', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('makes a fresh 32-byte hex token per launch', () => {
    const a = newToken();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compares tokens exactly', () => {
    const t = newToken();
    expect(tokensEqual(t, t)).toBe(true);
    expect(tokensEqual(t, t.toUpperCase())).toBe(false);
    expect(tokensEqual(t, t.slice(1))).toBe(false);
    expect(tokensEqual(t, `${t}0`)).toBe(false);
    expect(tokensEqual(t, '')).toBe(false);
    expect(tokensEqual(t, undefined)).toBe(false);
    expect(tokensEqual(t, [t, t])).toBe(false);
    expect(tokensEqual('', '')).toBe(false);
  });

  it('accepts only loopback Host headers with the right port', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('localhost:5000', 5000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5000', 5000)).toBe(true);
    for (const host of [undefined, '', '127.0.0.1', 'localhost', '127.0.0.1:5001', 'evil.example:5000', 'evil.example', '[::1]:5000', '0.0.0.0:5000', '127.0.0.1:5000.evil.example']) {
      expect(isAllowedHost(host, 5000)).toBe(false);
    }
  });

  it('accepts a missing Origin or the server own origin only', () => {
    expect(isAllowedOrigin(undefined, 5000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', 5000)).toBe(true);
    for (const origin of ['null', '', 'https://127.0.0.1:5000', 'http://127.0.0.1:5001', 'http://evil.example', 'http://127.0.0.1:5000/', 'file://']) {
      expect(isAllowedOrigin(origin, 5000)).toBe(false);
    }
    expect(isAllowedOrigin(['http://127.0.0.1:5000'], 5000)).toBe(false);
  });

  it('recognises JSON content types', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    for (const ct of [undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/jsonx', 'text/json']) {
      expect(isJsonContentType(ct)).toBe(false);
    }
  });
});

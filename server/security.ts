// Security policy shared by the two hosts (browser host and Electron shell): the content
// security policy and the checks the browser host applies to every request.
// Pure Node; no Electron, no I/O.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Strict CSP for app content: nothing remote, no inline script or style, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers the browser host sends on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A fresh per-launch token: 32 random bytes as hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time token comparison (hashing first makes the lengths equal). */
export function tokensEqual(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0 || expected.length === 0) return false;
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * The Host header must name this server by loopback address or `localhost` with its port.
 * Anything else (a DNS-rebinding attacker's host name, a missing Host) is refused.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** An Origin header, when present, must be this server's own origin. */
export function isAllowedOrigin(origin: string | string[] | undefined, port: number): boolean {
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/** True when the Content-Type names JSON (parameters such as charset allowed). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (typeof contentType !== 'string') return false;
  const mediaType = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

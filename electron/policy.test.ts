import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../server/security';
import { APP_ENTRY_URL, contentSecurityPolicy, isAppContentUrl, isTrustedSender } from './policy';

describe('isAppContentUrl', () => {
  it('accepts the app scheme and host only', () => {
    expect(APP_ENTRY_URL).toBe('app://lodestone/index.html');
    expect(isAppContentUrl('app://lodestone/index.html')).toBe(true);
    expect(isAppContentUrl('app://lodestone/assets/x.js?v=1#h')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://lodestone.evil/index.html',
      'app://user:pw@lodestone/index.html',
      'app://lodestone:81/index.html',
      'file:///work/main/out/renderer/index.html',
      'https://lodestone/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hi',
      'javascript:alert(1)',
      '',
      'not a url',
    ]) {
      expect(isAppContentUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173';
    expect(isAppContentUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppContentUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppContentUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppContentUrl('http://localhost:5173/')).toBe(false);
    expect(isAppContentUrl('http://localhost:5173/', 'file:///x')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { frameUrl: 'app://lodestone/index.html', isTopFrame: true, isMainWindow: true };
  it('trusts the main window top frame showing app content', () => {
    expect(isTrustedSender(good)).toBe(true);
  });
  it('refuses other windows, subframes, foreign or missing URLs', () => {
    expect(isTrustedSender({ ...good, isMainWindow: false })).toBe(false);
    expect(isTrustedSender({ ...good, isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: undefined })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'file:///etc/passwd' })).toBe(false);
  });
  it('trusts the dev server in development only', () => {
    const dev = { ...good, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, 'http://localhost:5173')).toBe(true);
  });
});

describe('contentSecurityPolicy', () => {
  it('is the strict policy in production', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicy(undefined)).not.toContain('unsafe');
  });
  it('relaxes only what the Vite dev server needs, on its own origin', () => {
    const csp = contentSecurityPolicy('http://localhost:5173');
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws://localhost:5173");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });
});

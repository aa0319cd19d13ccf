// Electron-independent policy of the desktop shell: which URLs are the app's own content,
// which IPC senders are trusted, and the CSP for app content. Pure; unit-tested in Node.
import { CONTENT_SECURITY_POLICY } from '../server/security';

/** The app's own privileged scheme: the renderer is served from app://lodestone/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lodestone';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app's own content: app://lodestone/... or, in development, the dev server's origin. */
export function isAppContentUrl(url: string, devServerUrl?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password && !u.port) return true;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin) return true;
  }
  return false;
}

/** IPC is answered only for the main window's top frame showing the app's own content. */
export interface SenderFacts {
  /** event.senderFrame?.url; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** The frame is the top frame (senderFrame.parent === null). */
  isTopFrame: boolean;
  /** event.sender is the main window's webContents. */
  isMainWindow: boolean;
}

export function isTrustedSender(facts: SenderFacts, devServerUrl?: string): boolean {
  return facts.isMainWindow && facts.isTopFrame && typeof facts.frameUrl === 'string' && isAppContentUrl(facts.frameUrl, devServerUrl);
}

/**
 * The CSP for app content. Production: the strict policy of the browser host. Development
 * (electron-vite dev server) additionally needs Vite's inline React-refresh preamble, its
 * injected <style> tags and its HMR websocket, all on the dev server's origin.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const dev = parse(devServerUrl);
  if (!dev) return CONTENT_SECURITY_POLICY;
  const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

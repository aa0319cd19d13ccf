// Which file of the built renderer an app://lodestone/... request names, or null. Pure (no
// Electron), so the refusals are unit-tested: other hosts, credentials or ports, and any
// path that could leave the renderer folder — `..` raw or percent-encoded (%2e%2e, %2f,
// %5c), NUL bytes, symbolic links out (server/static.ts resolveStaticPath does the last part).
import { resolveStaticPath } from '../server/static';
import { APP_HOST, APP_SCHEME } from './policy';

export function appFileFor(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password || url.port) return null;
  return resolveStaticPath(rendererDir, url.pathname);
}

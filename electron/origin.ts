/**
 * The app's own origin. The built renderer is served from app://padanan/ (a privileged, standard,
 * secure scheme, so IndexedDB, module workers and fetch behave as on https), never from file://.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'padanan';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Builds the "is this one of our pages?" test used by the navigation guards and the IPC sender check.
 * `devServerUrl` (electron-vite's dev server, development only) is trusted by exact origin.
 */
export function createAppUrlCheck(devServerUrl?: string): (url: string) => boolean {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  return (url) => {
    const parsed = parse(url);
    if (!parsed) return false;
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password) {
      return true;
    }
    return devOrigin !== undefined && devOrigin !== 'null' && parsed.origin === devOrigin;
  };
}

function originOf(url: string): string | undefined {
  return parse(url)?.origin;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

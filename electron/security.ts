import type { Session, Shell, WebContents } from 'electron';

/**
 * Security policies for every web contents and the default session, each an `install…(target, deps)`
 * with its collaborators passed in so the policy can be tested with fakes (after Signal-Desktop).
 */

/** Same policy as the renderer's <meta>; sent as a header too, so it also covers workers. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface GuardDeps {
  isAppUrl(url: string): boolean;
  log(message: string): void;
}

/**
 * The page may only ever show the app: navigation and redirects to any other URL (a dropped file, a
 * link, an injected location change) are cancelled, new windows are denied, and <webview> never attaches.
 */
export function installNavigationGuards(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  deps: GuardDeps,
): void {
  const refuseForeign = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log(`${kind} refused: ${event.url}`);
  };
  contents.on('will-navigate', refuseForeign('navigation'));
  contents.on('will-frame-navigate', refuseForeign('frame navigation'));
  contents.on('will-redirect', refuseForeign('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('<webview> refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    deps.log(`new window refused: ${url}`);
    return { action: 'deny' };
  });
}

/** Padanan needs no camera, microphone, location, notifications, USB, … : every request and check is denied. */
export function installPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  deps: Pick<GuardDeps, 'log'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log(`permission request denied: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * English spellcheck for the draft. On macOS the system spellchecker is used and the language list
 * cannot be set; elsewhere Chromium's hunspell dictionary for en-US is used.
 */
export function installSpellcheck(
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'>,
  platform: NodeJS.Platform,
): void {
  session.setSpellCheckerEnabled(true);
  if (platform !== 'darwin') session.setSpellCheckerLanguages(['en-US']);
}

const MAX_EXTERNAL_URL = 2048;

/** Links may leave the app only as plain http(s) URLs without credentials, to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/**
 * `shell.openExternal` behind the URL check. Callers are the IPC handler (the preload only forwards a
 * call made during a user gesture) and menu items (a click is the gesture).
 */
export function createExternalOpener(deps: {
  shell: Pick<Shell, 'openExternal'>;
  log(message: string): void;
}): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isSafeExternalUrl(url)) {
      deps.log(`external link refused: ${String(url).slice(0, 200)}`);
      return false;
    }
    await deps.shell.openExternal(url);
    return true;
  };
}

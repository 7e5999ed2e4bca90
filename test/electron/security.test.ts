import { describe, expect, it } from 'vitest';
import { createAppUrlCheck } from '../../electron/origin';
import {
  APP_CSP,
  createExternalOpener,
  installNavigationGuards,
  installPermissionPolicy,
  installSpellcheck,
  isSafeExternalUrl,
} from '../../electron/security';
import { FakeContents, FakeSession } from './fakes';

const isAppUrl = createAppUrlCheck();

function guarded(): { contents: FakeContents; logged: string[] } {
  const contents = new FakeContents();
  const logged: string[] = [];
  installNavigationGuards(contents.asContents(), { isAppUrl, log: (m) => logged.push(m) });
  return { contents, logged };
}

describe('navigation guards', () => {
  it('let the app move within its own origin', () => {
    const { contents } = guarded();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'app://padanan/index.html')).toBe(false);
      expect(contents.fire(event, 'app://padanan/index.html#/project/1')).toBe(false);
    }
  });

  it('cancel navigation, frame navigation and redirects to anything else', () => {
    const { contents, logged } = guarded();
    const foreign = [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'file:///home/user/Dropped%20file.txt',
      'app://evil/index.html',
      'app://user:pw@padanan/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'chrome://settings',
      'not a url',
    ];
    for (const url of foreign) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
      expect(contents.fire('will-frame-navigate', url), url).toBe(true);
      expect(contents.fire('will-redirect', url), url).toBe(true);
    }
    expect(logged.some((m) => m.includes('file:///etc/passwd'))).toBe(true);
  });

  it('deny every new window, even to the app itself', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://padanan/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuse to attach a <webview>', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('trust the dev server only by exact origin and only when given', () => {
    const dev = createAppUrlCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(createAppUrlCheck('not a url')('http://localhost:5173/')).toBe(false);
  });
});

describe('permission policy', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    const logged: string[] = [];
    installPermissionPolicy(session.asPermissionSession(), { log: (m) => logged.push(m) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown']) {
      const answers: boolean[] = [];
      session.requestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers, permission).toEqual([false]);
      expect(session.checkHandler?.({}, permission, 'app://padanan', {}), permission).toBe(false);
    }
    expect(session.deviceHandler?.({ deviceType: 'usb', origin: 'app://padanan' })).toBe(false);
    expect(logged).toContain('permission request denied: media');
  });
});

describe('spellcheck', () => {
  it('checks the English draft with en-US on Windows and Linux', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const session = new FakeSession();
      installSpellcheck(session, platform);
      expect(session.spellcheckEnabled).toBe(true);
      expect(session.spellcheckLanguages).toEqual(['en-US']);
    }
  });

  it('leaves the language list to the system spellchecker on macOS', () => {
    const session = new FakeSession();
    installSpellcheck(session, 'darwin');
    expect(session.spellcheckEnabled).toBe(true);
    expect(session.spellcheckLanguages).toBeUndefined();
  });
});

describe('external links', () => {
  it('accept plain http(s) URLs only', () => {
    expect(isSafeExternalUrl('https://www.apache.org/licenses/LICENSE-2.0')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/a?b=c#d')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://padanan/index.html',
      'https://user:secret@example.com/',
      'https://',
      'data:text/html,x',
      `https://example.com/${'a'.repeat(3000)}`,
      '',
      'example.com',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('open only checked URLs in the browser', async () => {
    const opened: string[] = [];
    const logged: string[] = [];
    const open = createExternalOpener({
      shell: { openExternal: async (url) => void opened.push(url) },
      log: (m) => logged.push(m),
    });
    expect(await open('https://example.com/')).toBe(true);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(opened).toEqual(['https://example.com/']);
    expect(logged).toHaveLength(1);
  });
});

describe('content security policy', () => {
  it('is the renderer meta policy: scripts from the app only, nothing inline, no plugins, no forms', () => {
    const directives = Object.fromEntries(
      APP_CSP.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'worker-src': "'self' blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
  });
});

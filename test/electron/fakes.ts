import type { Session, WebContents } from 'electron';

/** A stand-in for WebContents that records listeners so tests can fire events at them. */
export class FakeContents {
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  on(name: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation-style event; returns whether some listener prevented it. */
  fire(name: string, url = ''): boolean {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(name) ?? []) listener(event, url);
    return prevented;
  }

  asContents(): Pick<WebContents, 'on' | 'setWindowOpenHandler'> {
    return this as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
  }
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export class FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  checkHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  spellcheckEnabled: boolean | undefined;
  spellcheckLanguages: string[] | undefined;

  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellcheckEnabled = enabled;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellcheckLanguages = languages;
  }

  asPermissionSession(): PermissionSession {
    return this as unknown as PermissionSession;
  }
}

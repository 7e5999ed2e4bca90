import type { PlatformApi } from './api';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';

/** The Electron adapter when the preload exposed window.padanan, else the browser one. */
export function createPlatform(): PlatformApi {
  return 'padanan' in window && (window as { padanan?: unknown }).padanan ? createElectronPlatform() : createBrowserPlatform();
}

import type { PadananBridge } from '../../../electron/ipc/contract';

/**
 * `window.padanan`, exposed by the Electron preload (electron/preload.ts). Absent in a plain browser,
 * hence optional. Types only: the contract module carries no runtime code the renderer needs here.
 */
declare global {
  interface Window {
    padanan?: PadananBridge;
  }
}

export type { PadananBridge };

import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Built as CommonJS (out/preload/preload.cjs): a sandboxed preload cannot be an ES module.
contextBridge.exposeInMainWorld(
  'padanan',
  createBridge({
    ipc: ipcRenderer,
    hasUserActivation: () => navigator.userActivation?.isActive === true,
  }),
);

import type { CloudSizerBridge } from './ipc-contract';

declare global {
  interface Window {
    /** Present in the desktop app (preload); undefined in web mode. */
    cloudsizer?: CloudSizerBridge;
  }
}

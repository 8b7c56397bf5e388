/**
 * Desktop preload (sandboxed, bundled to one CJS file): exposes window.spoc with exactly one
 * function per API call. Imports only the method list; nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHOD_NAMES, ipcChannelOf } from '../../shared/api/methodNames';

const bridge = Object.fromEntries(
  API_METHOD_NAMES.map((method) => {
    const channel = ipcChannelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

contextBridge.exposeInMainWorld('spoc', Object.freeze(bridge));

import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/windowOptions';

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/preload.cjs');

  it('isolates the page from Node and sandboxes it, stated explicitly', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the given preload and nothing else', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/preload.cjs');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('stays hidden until the page is ready, so no blank window flashes', () => {
    expect(options.show).toBe(false);
  });
});

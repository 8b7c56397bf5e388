import { describe, expect, it, vi } from 'vitest';
import { denyPermissions } from '../../../electron/main/denyPermissions';

describe('denyPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyPermissions(session as never);
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'app://spoc', {})).toBe(false);
    }
  });
});

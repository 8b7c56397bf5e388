import { describe, expect, it } from 'vitest';
import { findLmsApi } from '../../../scorm-templates/player/scorm/findLmsApi';

type FakeWindow = { parent: FakeWindow; opener: FakeWindow | null; top?: FakeWindow; [name: string]: unknown };

function frame(parent: FakeWindow | null, globals: Record<string, unknown> = {}): FakeWindow {
  const win = { opener: null, ...globals } as FakeWindow;
  win.parent = parent ?? win;
  return win;
}
const asWindow = (win: FakeWindow) => win as unknown as Window;
const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

describe('findLmsApi', () => {
  it('finds the API in a parent frame, several levels up', () => {
    const lms = frame(null, { API_1484_11: api2004 });
    const sco = frame(frame(frame(lms)));
    expect(findLmsApi(asWindow(sco), '2004')).toEqual({ dialect: '2004', api: api2004 });
  });

  it('finds the API through the opener of a popup', () => {
    const lms = frame(null, { API: api12 });
    const popup = frame(null);
    popup.opener = frame(lms);
    expect(findLmsApi(asWindow(popup), '1.2')).toEqual({ dialect: '1.2', api: api12 });
  });

  it('finds the API through top.opener when the SCO sits in a frame of a popup (ADL algorithm)', () => {
    const lms = frame(null, { API_1484_11: api2004 });
    const popup = frame(null);
    popup.opener = lms;
    const sco = frame(frame(popup));
    sco.top = popup;
    expect(findLmsApi(asWindow(sco), '2004')).toEqual({ dialect: '2004', api: api2004 });
  });

  it('prefers the package’s own version and falls back to the other', () => {
    const both = frame(null, { API: api12, API_1484_11: api2004 });
    expect(findLmsApi(asWindow(frame(both)), '1.2')?.dialect).toBe('1.2');
    expect(findLmsApi(asWindow(frame(both)), '2004')?.dialect).toBe('2004');
    expect(findLmsApi(asWindow(frame(frame(null, { API: api12 }))), '2004')?.dialect).toBe('1.2');
  });

  it('skips frames it may not read and reports none when there is no LMS', () => {
    const top = frame(null);
    const crossOrigin = frame(top);
    Object.defineProperty(crossOrigin, 'API', { get: () => { throw new Error('SecurityError'); } });
    expect(findLmsApi(asWindow(frame(crossOrigin)), '1.2')).toBeNull();
  });
});

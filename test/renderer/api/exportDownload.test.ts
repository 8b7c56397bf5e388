import { describe, expect, it } from 'vitest';
import { exportDownloadUrl } from '../../../renderer/api/exportDownload';
import type { SpocBridge } from '../../../renderer/api/createBridgeTransport';

const pageWithToken = (token: string | null, spoc?: SpocBridge) =>
  ({
    spoc,
    document: { querySelector: () => (token === null ? null : { content: token }) },
  }) as unknown as Pick<Window, 'spoc' | 'document'>;

describe('exportDownloadUrl', () => {
  it('serves the exported file with the session token in browser mode, its name encoded', () => {
    expect(exportDownloadUrl({ fileName: 'OPTIMANAGER - Cohorte mars 2027.ics' }, pageWithToken('t0k+n'))).toBe(
      '/exports/OPTIMANAGER%20-%20Cohorte%20mars%202027.ics?token=t0k%2Bn',
    );
  });

  it('cannot smuggle a path into the URL', () => {
    expect(exportDownloadUrl({ fileName: '../secret.ics' }, pageWithToken('t'))).toBe('/exports/..%2Fsecret.ics?token=t');
  });

  it('has nothing to download on the desktop, where a dialog already placed the file', () => {
    expect(exportDownloadUrl({ fileName: 'a.ics' }, pageWithToken('t', {} as SpocBridge))).toBeNull();
  });

  it('has nothing to download on a page the server did not open', () => {
    expect(exportDownloadUrl({ fileName: 'a.ics' }, pageWithToken(null))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AppError, errorText, type ApiResult } from '../../../shared/api/appError';
import { connectApi } from '../../../renderer/api/connectApi';

const pageWith = (token: string | null, spoc?: unknown) =>
  ({
    spoc,
    document: { querySelector: (selector: string) => (selector === 'meta[name="spoc-token"]' && token !== null ? { content: token } : null) },
  }) as unknown as Window;

function refusalOf(page: Window): AppError {
  try {
    connectApi(page);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('connectApi accepted a page without a session token');
}

describe('connectApi', () => {
  it('uses the desktop bridge when the preload exposed one', async () => {
    const session = { mode: 'desktop', project: null };
    const spoc = { getSession: async (): Promise<ApiResult<unknown>> => ({ ok: true, value: session }) };
    expect(await connectApi(pageWith(null, spoc)).getSession({})).toEqual(session);
  });

  it('explains how to start the app when the page has neither bridge nor session token', () => {
    for (const page of [pageWith(null), pageWith('')]) {
      const failure = refusalOf(page);
      expect(failure).toBeInstanceOf(AppError);
      // The crash screen says it from the catalogue, in the interface language.
      expect(errorText('en', failure.text!.key, failure.text!.params)).toMatch(/not opened by SPOC Studio \(no session token\).*npm start/);
    }
  });

  it('builds a client in browser mode from the token in the page', () => {
    expect(typeof connectApi(pageWith('t0ken')).getOutline).toBe('function');
  });
});

import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/appError';
import { connectApi } from '../../../renderer/api/connectApi';

const pageWith = (token: string | null, spoc?: unknown) =>
  ({
    spoc,
    document: { querySelector: (selector: string) => (selector === 'meta[name="spoc-token"]' && token !== null ? { content: token } : null) },
  }) as unknown as Window;

describe('connectApi', () => {
  it('uses the desktop bridge when the preload exposed one', async () => {
    const session = { mode: 'desktop', project: null };
    const spoc = { getSession: async (): Promise<ApiResult<unknown>> => ({ ok: true, value: session }) };
    expect(await connectApi(pageWith(null, spoc)).getSession({})).toEqual(session);
  });

  it('explains how to start the app when the page has neither bridge nor session token', () => {
    expect(() => connectApi(pageWith(null))).toThrow(/not opened by SPOC Studio.*npm start/);
    expect(() => connectApi(pageWith(''))).toThrow(/no session token/);
  });

  it('builds a client in browser mode from the token in the page', () => {
    expect(typeof connectApi(pageWith('t0ken')).getOutline).toBe('function');
  });
});

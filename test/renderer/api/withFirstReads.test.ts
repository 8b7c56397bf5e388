import { describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/appError';
import { withFirstReads } from '../../../renderer/api/withFirstReads';
import type { FirstReads } from '../../../shared/api/firstScreen';

/** A backend that records each call it gets and answers with the call's number; the outline can be refused. */
function backend({ refuseOutline = false } = {}) {
  const calls: string[] = [];
  const answer = (method: string) => async () => {
    calls.push(method);
    if (method === 'getOutline' && refuseOutline) throw new AppError('no-project', 'No project is open.');
    return `${method} #${calls.length}`;
  };
  const api = { getSession: answer('getSession'), getOutline: answer('getOutline'), listProjects: answer('listProjects'), addModule: answer('addModule') };
  return { calls, api: api as unknown as AppApi };
}

describe('withFirstReads', () => {
  it('asks for the session and the outline at once, before the app asks', () => {
    const { calls, api } = backend();
    withFirstReads(api);
    expect(calls).toEqual(['getSession', 'getOutline']);
  });

  it("answers the app's first ask of each from those reads, and later asks from the backend", async () => {
    const { calls, api } = backend();
    const page = withFirstReads(api);
    expect(await page.getSession({})).toBe('getSession #1');
    expect(await page.getOutline({})).toBe('getOutline #2');
    expect(calls).toHaveLength(2);
    expect(await page.getOutline({})).toBe('getOutline #3');
  });

  it('drops the reads not taken once another call was made, since it may have changed what they read', async () => {
    const { calls, api } = backend();
    const page = withFirstReads(api);
    await page.getSession({});
    await page.addModule({ title: 'Module' });
    expect(await page.getOutline({})).toBe('getOutline #4');
    expect(calls).toEqual(['getSession', 'getOutline', 'addModule', 'getOutline']);
  });

  it('says a refused first outline only to the app that asks for it', async () => {
    const { api } = backend({ refuseOutline: true });
    const page = withFirstReads(api);
    // Nobody asks: no unhandled rejection (vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(page.getOutline({})).rejects.toBeInstanceOf(AppError);
  });
});

describe('withFirstReads, with the answers the server put in the page', () => {
  const answered = { getSession: { project: null }, listProjects: [] } as unknown as FirstReads;

  it('asks the backend nothing and answers the first ask of each from them', async () => {
    const { calls, api } = backend();
    const page = withFirstReads(api, answered);
    expect(await page.getSession({})).toBe(answered.getSession);
    expect(await page.listProjects({})).toBe(answered.listProjects);
    expect(calls).toEqual([]);
  });

  it('asks the backend for a read the server did not answer, and for a second ask', async () => {
    const { calls, api } = backend();
    const page = withFirstReads(api, answered);
    expect(await page.getOutline({})).toBe('getOutline #1');
    expect(await page.getSession({})).toBe('getSession #2');
    expect(calls).toEqual(['getOutline', 'getSession']);
  });
});

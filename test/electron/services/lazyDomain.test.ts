import { describe, expect, it } from 'vitest';
import { storyboardCalls } from '../../../shared/api/storyboardCalls';
import { lazyDomain } from '../../../electron/services/lazyDomain';
import { createServiceContext, type ServiceContext, type ServiceDomain } from '../../../electron/services/serviceContext';
import type { ServiceOptions } from '../../../electron/services/serviceOptions';

const context = () => createServiceContext({ mode: 'browser' } as ServiceOptions).context;

describe('a domain loaded at its first call', () => {
  it('offers the calls of its contract part without loading, then loads and builds it once for every call', async () => {
    const loads: string[] = [];
    const built: ServiceContext[] = [];
    const real: ServiceDomain<'exportStoryboard'> = (given) => {
      built.push(given);
      return { exportStoryboard: async () => ({ path: `/out/${built.length}.docx`, fileName: `${built.length}.docx`, bytes: 1 }) };
    };
    const given = context();
    const api = lazyDomain(storyboardCalls, async () => {
      loads.push('storyboard');
      return real;
    })(given);

    expect(Object.keys(api)).toEqual(['exportStoryboard']);
    expect(loads).toEqual([]);
    const [first, second] = await Promise.all([api.exportStoryboard({}), api.exportStoryboard({})]);
    await api.exportStoryboard({});
    expect(loads).toEqual(['storyboard']);
    expect(built).toEqual([given]);
    expect(first).toEqual({ path: '/out/1.docx', fileName: '1.docx', bytes: 1 });
    expect(second).toEqual(first);
  });

  it('passes a failure of the call on to the caller', async () => {
    const api = lazyDomain(storyboardCalls, async () => () => ({
      exportStoryboard: async () => {
        throw new Error('disk full');
      },
    }))(context());
    await expect(api.exportStoryboard({})).rejects.toThrow('disk full');
  });
});

import type { ApiMethod, AppApi } from '../../shared/api/contract';
import type { ServiceDomain } from './serviceContext';

/**
 * A domain whose module is loaded and built at the first of its calls, so a start does not evaluate
 * what it may never use (Word, docx, zip and XML libraries). `calls` is its part of the contract,
 * which names the methods to offer until then.
 */
export function lazyDomain<M extends ApiMethod>(calls: Record<M, unknown>, load: () => Promise<ServiceDomain<M>>): ServiceDomain<M> {
  return (context) => {
    let built: Promise<Pick<AppApi, M>> | undefined;
    const domain = () => (built ??= load().then((factory) => factory(context)));
    const methods: Partial<Record<M, (input: unknown) => Promise<unknown>>> = {};
    for (const method of Object.keys(calls) as M[]) {
      methods[method] = async (input) => ((await domain())[method] as (input: unknown) => Promise<unknown>)(input);
    }
    return methods as Pick<AppApi, M>;
  };
}

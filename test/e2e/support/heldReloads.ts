import type { Page, Request, Route } from 'playwright-core';

export interface HeldReloads {
  /** Resolves once every reload released so far has reached the page. */
  delivered(): Promise<void>;
  /** Lets the reloads held so far reach the page now, and resolves once they have. */
  release(): Promise<void>;
  /** Stops holding, and lets every reload still held reach the page. */
  stop(): Promise<void>;
}

/**
 * Plays a slow backend, deterministically: the answer to each `read` call (as the backend had it when
 * asked) is held until the page sends its next `write` call (or the test releases it), so every
 * reload lands after what the user did next.
 */
export async function holdReloadsUntilNextWrite(page: Page, read: string, write?: string): Promise<HeldReloads> {
  const held: Array<() => Promise<void>> = [];
  const deliveries: Array<Promise<void>> = [];
  let holding = true;
  const releaseAll = () => {
    for (const fulfil of held.splice(0)) deliveries.push(fulfil());
  };
  const pattern = `**/api/${read}`;
  await page.route(pattern, async (route: Route) => {
    const response = await route.fetch();
    if (holding) held.push(() => route.fulfill({ response }));
    else await route.fulfill({ response });
  });
  const onRequest = (request: Request) => {
    if (write && request.url().endsWith(`/api/${write}`)) releaseAll();
  };
  page.on('request', onRequest);
  return {
    async delivered() {
      await Promise.all(deliveries);
    },
    async release() {
      releaseAll();
      await Promise.all(deliveries);
    },
    async stop() {
      holding = false;
      page.off('request', onRequest);
      releaseAll();
      await Promise.all(deliveries);
      // Waits for a handler still fetching, so no answer is left half-handled.
      await page.unrouteAll({ behavior: 'wait' });
    },
  };
}

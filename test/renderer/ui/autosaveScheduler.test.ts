import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveScheduler } from '../../../renderer/ui/autosaveScheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaveScheduler', () => {
  it('saves once, with the last draft, when typing pauses', () => {
    const saved: string[] = [];
    const scheduler = createAutosaveScheduler((raw) => saved.push(raw), 600);
    for (const draft of ['O', 'OP', 'OPT']) {
      scheduler.schedule(draft);
      vi.advanceTimersByTime(300);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(saved).toEqual(['OPT']);
    vi.advanceTimersByTime(5_000);
    expect(saved).toEqual(['OPT']);
  });

  it('saves at once on flush and not again when the delay ends', () => {
    const saved: string[] = [];
    const scheduler = createAutosaveScheduler((raw) => saved.push(raw), 600);
    scheduler.schedule('30');
    scheduler.flush();
    expect(saved).toEqual(['30']);
    vi.advanceTimersByTime(1_000);
    scheduler.flush();
    expect(saved).toEqual(['30']);
  });

  it('drops a cancelled draft (it became invalid before the pause)', () => {
    const saved: string[] = [];
    const scheduler = createAutosaveScheduler((raw) => saved.push(raw), 600);
    scheduler.schedule('3');
    scheduler.cancel();
    vi.advanceTimersByTime(1_000);
    scheduler.flush();
    expect(saved).toEqual([]);
  });
});

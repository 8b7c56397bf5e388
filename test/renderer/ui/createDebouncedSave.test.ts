import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedSave, type AutosaveState } from '../../../renderer/ui/createDebouncedSave';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function harness(write: (value: string) => Promise<void> = async () => undefined) {
  let text = '';
  const written: string[] = [];
  const states: AutosaveState[] = [];
  const saver = createDebouncedSave({
    delayMs: 500,
    read: () => text,
    async write(value) {
      written.push(value);
      await write(value);
    },
    onStateChange: (state) => states.push(state),
  });
  const type = (value: string) => {
    text = value;
    saver.changed();
  };
  return { saver, written, states, type };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounced autosave', () => {
  it('writes once, with the latest text, when typing pauses', async () => {
    const { saver, written, type } = harness();
    type('B');
    await vi.advanceTimersByTimeAsync(300);
    type('Bo');
    await vi.advanceTimersByTimeAsync(300);
    type('Bonjour');
    expect(written).toEqual([]);
    expect(saver.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual(['Bonjour']);
    expect(saver.state).toBe('saved');
  });

  it('writes at once on flush and leaves nothing for the timer', async () => {
    const { saver, written, type } = harness();
    type('Bonjour');
    await saver.flush();
    expect(written).toEqual(['Bonjour']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written).toEqual(['Bonjour']);
  });

  it('does not write when nothing changed', async () => {
    const { saver, written } = harness();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written).toEqual([]);
  });

  it('never runs two writes at once: a change made during a write is written after it', async () => {
    const gates: ReturnType<typeof deferred>[] = [];
    const { saver, written, states, type } = harness(() => {
      const gate = deferred();
      gates.push(gate);
      return gate.promise;
    });
    type('v1');
    const firstFlush = saver.flush();
    type('v2');
    const secondFlush = saver.flush();
    expect(written).toEqual(['v1']);
    gates[0]!.resolve();
    await vi.waitFor(() => expect(written).toEqual(['v1', 'v2']));
    gates[1]!.resolve();
    await Promise.all([firstFlush, secondFlush]);
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('reports a failed write, keeps the change unsaved and writes it on the next flush', async () => {
    let fail = true;
    const { saver, written, states, type } = harness(async () => {
      if (fail) throw new Error('disk full');
    });
    type('Bonjour');
    await expect(saver.flush()).rejects.toThrow('disk full');
    expect(saver.state).toBe('failed');
    fail = false;
    await saver.flush();
    expect(written).toEqual(['Bonjour', 'Bonjour']);
    expect(states.slice(-2)).toEqual(['saving', 'saved']);
  });

  it('stops its timer when disposed, but flush still writes', async () => {
    const { saver, written, type } = harness();
    type('Bonjour');
    saver.dispose();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written).toEqual([]);
    await saver.flush();
    expect(written).toEqual(['Bonjour']);
  });

  it('drops a cancelled change (a draft that became invalid): neither the timer nor a flush writes it', async () => {
    const { saver, written, states, type } = harness();
    type('3');
    saver.cancel();
    expect(saver.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1_000);
    await saver.flush();
    expect(written).toEqual([]);
    expect(states).toEqual(['pending', 'saved']);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract, callsWithEffect } from '../../../shared/api/contract';
import { API_METHOD_NAMES, ipcChannelOf } from '../../../shared/api/methodNames';

describe('API contract', () => {
  it('lists every call once in API_METHOD_NAMES, which the preload relies on', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual(Object.keys(apiContract).sort());
    expect(new Set(API_METHOD_NAMES).size).toBe(API_METHOD_NAMES.length);
  });

  it('gives every call a zod input and output schema', () => {
    for (const [method, call] of Object.entries(apiContract)) {
      expect(call.input, method).toBeInstanceOf(z.ZodType);
      expect(call.output, method).toBeInstanceOf(z.ZodType);
    }
  });

  it('takes one object argument per call and refuses unknown keys', () => {
    for (const [method, call] of Object.entries(apiContract)) {
      expect(call.input.safeParse('text').success, method).toBe(false);
      expect(call.input.safeParse([]).success, method).toBe(false);
      expect(call.input.safeParse({ unexpectedKey: 1 }).success, `${method} accepts unknown keys`).toBe(false);
    }
  });

  it('names calls verb-first in camelCase, one IPC channel each', () => {
    for (const method of API_METHOD_NAMES) expect(method).toMatch(/^[a-z]+[A-Za-z0-9]*$/);
    expect(new Set(API_METHOD_NAMES.map(ipcChannelOf)).size).toBe(API_METHOD_NAMES.length);
  });

  it('says of each call whether it only reads, is an undoable edit or writes the project', () => {
    const byEffect = (method: string) => apiContract[method as keyof typeof apiContract].effect;
    for (const method of API_METHOD_NAMES) {
      if (/^(add|update|delete|move|duplicate|replace|set|reply)[A-Z]/.test(method)) expect(byEffect(method), `${method} changes the project`).not.toBe('reads');
      if (/^(get|list|check|open|preview)[A-Z]/.test(method)) expect(byEffect(method), `${method} only reads`).toBe('reads');
    }
    expect(callsWithEffect('undoable')).toContain('saveCapsuleContent');
    expect(callsWithEffect('undoable')).not.toContain('undo');
    expect(callsWithEffect('writes')).toEqual(expect.arrayContaining(['undo', 'redo', 'importMedia', 'compactProject', 'exportScorm']));
  });
});

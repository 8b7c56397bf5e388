import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract } from '../../../shared/api/contract';
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
});

import type { ScormDialect } from './scormDialect';

/** The calls both run-time APIs share, under their own names. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export type FoundApi = { dialect: '1.2'; api: Scorm12Api } | { dialect: '2004'; api: Scorm2004Api };

const API_NAME: Record<ScormDialect, string> = { '1.2': 'API', '2004': 'API_1484_11' };
// Nesting deeper than this is a loop or a hostile page, not an LMS.
const MAX_DEPTH = 500;

function lookIn(start: Window, name: string): object | null {
  let current: Window | null = start;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    try {
      const candidate = (current as unknown as Record<string, unknown>)[name];
      if (candidate && typeof candidate === 'object') return candidate;
    } catch {
      // A cross-origin frame cannot be read; the LMS API is never there.
    }
    if (current.parent === current) break;
    current = current.parent;
  }
  return null;
}

/**
 * Finds the LMS API the standard way: this window and its parents, then the window that opened
 * us (popup launch) and its parents. The package's own version is looked for first.
 */
export function findLmsApi(self: Window, preferred: ScormDialect): FoundApi | null {
  const dialects: ScormDialect[] = preferred === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const dialect of dialects) {
    const starts: Window[] = [self];
    try {
      if (self.opener) starts.push(self.opener as Window);
    } catch {
      // opener from another origin: nothing to find there.
    }
    for (const start of starts) {
      const api = lookIn(start, API_NAME[dialect]);
      if (api) return dialect === '1.2' ? { dialect, api: api as Scorm12Api } : { dialect, api: api as Scorm2004Api };
    }
  }
  return null;
}

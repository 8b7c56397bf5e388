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

/** The window that opened ours, read safely (another origin's opener throws). */
function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

/**
 * Finds the LMS API as the ADL algorithm does: this window and its parents, then the window
 * that opened the top window (a popup, even one whose SCO sits in a frame) and its parents.
 * The package's own version is looked for first.
 */
export function findLmsApi(self: Window, preferred: ScormDialect): FoundApi | null {
  const dialects: ScormDialect[] = preferred === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  let top: Window = self;
  try {
    top = self.top ?? self;
  } catch {
    // A cross-origin top: only our own chain can hold the API.
  }
  const starts = [self, openerOf(top), openerOf(self)].filter((start, index, all): start is Window => start !== null && all.indexOf(start) === index);
  for (const dialect of dialects) {
    for (const start of starts) {
      const api = lookIn(start, API_NAME[dialect]);
      if (api) return dialect === '1.2' ? { dialect, api: api as Scorm12Api } : { dialect, api: api as Scorm2004Api };
    }
  }
  return null;
}

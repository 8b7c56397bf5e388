import type { FoundApi } from './findLmsApi';
import type { ScormDialect } from './scormDialect';

/**
 * One SCORM session with the LMS, version-neutral: initialize once, set/get, commit, terminate
 * once. Without an LMS (preview) every call is a no-op. Failed calls are reported once each to
 * `onError`, never thrown: the learner keeps reading even when the LMS misbehaves.
 */
export class LmsSession {
  private state: 'idle' | 'open' | 'closed' = 'idle';

  constructor(
    private readonly found: FoundApi | null,
    private readonly onError: (call: string, code: string, message: string) => void = () => {},
  ) {}

  get dialect(): ScormDialect | null {
    return this.found?.dialect ?? null;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  initialize(): boolean {
    if (!this.found || this.state !== 'idle') return this.state === 'open';
    const ok = this.call('Initialize', () => (this.found?.dialect === '1.2' ? this.found.api.LMSInitialize('') : this.found!.api.Initialize('')));
    this.state = ok ? 'open' : 'closed';
    return ok;
  }

  /** The element's value; '' when unset or unreadable (a read error other than "not set" is reported). */
  get(element: string): string {
    if (this.state !== 'open' || !this.found) return '';
    try {
      const value = this.found.dialect === '1.2' ? this.found.api.LMSGetValue(element) : this.found.api.GetValue(element);
      if (value !== '' && value !== null && value !== undefined) return String(value);
      const code = this.lastError();
      if (!NOT_SET.includes(code)) this.onError(`GetValue ${element}`, code, this.errorText(code));
    } catch (error) {
      this.onError(`GetValue ${element}`, 'exception', error instanceof Error ? error.message : String(error));
    }
    return '';
  }

  set(element: string, value: string): boolean {
    if (this.state !== 'open') return false;
    return this.call(`SetValue ${element}`, () => (this.found?.dialect === '1.2' ? this.found.api.LMSSetValue(element, value) : this.found!.api.SetValue(element, value)));
  }

  commit(): boolean {
    if (this.state !== 'open') return false;
    return this.call('Commit', () => (this.found?.dialect === '1.2' ? this.found.api.LMSCommit('') : this.found!.api.Commit('')));
  }

  terminate(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    return this.call('Terminate', () => (this.found?.dialect === '1.2' ? this.found.api.LMSFinish('') : this.found!.api.Terminate('')));
  }

  /** A page restored from the back-forward cache: its session was terminated on pagehide. */
  reopen(): boolean {
    if (this.state !== 'closed') return this.state === 'open';
    this.state = 'idle';
    return this.initialize();
  }

  private lastError(): string {
    return String(this.found?.dialect === '1.2' ? this.found.api.LMSGetLastError() : this.found?.api.GetLastError());
  }

  private errorText(code: string): string {
    return String((this.found?.dialect === '1.2' ? this.found.api.LMSGetErrorString(code) : this.found?.api.GetErrorString(code)) ?? '');
  }

  private call(name: string, run: () => unknown): boolean {
    try {
      const result = String(run());
      if (result === 'true') return true;
      const code = this.lastError();
      this.onError(name, code, this.errorText(code));
    } catch (error) {
      this.onError(name, 'exception', error instanceof Error ? error.message : String(error));
    }
    return false;
  }
}

// "No error", 1.2 "not implemented" and 2004 "value not initialized" all mean an empty value.
const NOT_SET = ['0', '', '401', '403'];

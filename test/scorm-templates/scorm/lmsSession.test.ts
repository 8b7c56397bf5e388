import { describe, expect, it } from 'vitest';
import type { Scorm2004Api } from '../../../scorm-templates/player/scorm/findLmsApi';
import { LmsSession } from '../../../scorm-templates/player/scorm/lmsSession';

function fakeApi(refuse: string[] = []) {
  const calls: string[] = [];
  const values = new Map<string, string>();
  let lastError = '0';
  const answer = (name: string, ok: boolean) => {
    calls.push(name);
    lastError = ok ? '0' : '351';
    return ok ? 'true' : 'false';
  };
  const api: Scorm2004Api = {
    Initialize: () => answer('Initialize', !refuse.includes('Initialize')),
    Terminate: () => answer('Terminate', true),
    Commit: () => answer('Commit', true),
    GetValue: (element) => values.get(element) ?? '',
    SetValue: (element, value) => {
      if (refuse.includes(element)) return answer(`Set ${element}`, false);
      values.set(element, value);
      return answer(`Set ${element}`, true);
    },
    GetLastError: () => lastError,
    GetErrorString: (code) => `error ${code}`,
  };
  return { api, calls, values };
}

describe('LmsSession', () => {
  it('initializes once and terminates once, ignoring calls after the end', () => {
    const { api, calls } = fakeApi();
    const session = new LmsSession({ dialect: '2004', api });
    expect(session.initialize()).toBe(true);
    expect(session.initialize()).toBe(true);
    expect(session.set('cmi.location', 'x')).toBe(true);
    expect(session.terminate()).toBe(true);
    expect(session.terminate()).toBe(false);
    expect(session.set('cmi.location', 'y')).toBe(false);
    expect(session.commit()).toBe(false);
    expect(calls).toEqual(['Initialize', 'Set cmi.location', 'Terminate']);
  });

  it('reports refused calls with the LMS’s error instead of throwing', () => {
    const { api } = fakeApi(['cmi.exit']);
    const errors: string[] = [];
    const session = new LmsSession({ dialect: '2004', api }, (call, code, message) => errors.push(`${call} ${code} ${message}`));
    session.initialize();
    expect(session.set('cmi.exit', 'suspend')).toBe(false);
    expect(errors).toEqual(['SetValue cmi.exit 351 error 351']);
  });

  it('stays closed when the LMS refuses to initialize, and is a no-op without an LMS', () => {
    const { api } = fakeApi(['Initialize']);
    const refused = new LmsSession({ dialect: '2004', api });
    expect(refused.initialize()).toBe(false);
    expect(refused.isOpen).toBe(false);
    const preview = new LmsSession(null);
    expect(preview.initialize()).toBe(false);
    expect(preview.get('cmi.location')).toBe('');
    expect(preview.dialect).toBeNull();
  });

  it('survives an API that throws', () => {
    const { api } = fakeApi();
    api.Commit = () => {
      throw new Error('LMS exploded');
    };
    const errors: string[] = [];
    const session = new LmsSession({ dialect: '2004', api }, (call, code) => errors.push(`${call} ${code}`));
    session.initialize();
    expect(session.commit()).toBe(false);
    expect(errors).toEqual(['Commit exception']);
  });

  it('checks GetValue errors: "not set" reads as empty, any other error is reported', () => {
    const { api } = fakeApi();
    let code = '403';
    api.GetValue = () => '';
    api.GetLastError = () => code;
    const errors: string[] = [];
    const session = new LmsSession({ dialect: '2004', api }, (call, error) => errors.push(`${call} ${error}`));
    session.initialize();
    expect(session.get('cmi.location')).toBe('');
    code = '301';
    expect(session.get('cmi.suspend_data')).toBe('');
    expect(errors).toEqual(['GetValue cmi.suspend_data 301']);
  });

  it('opens again after a back-forward cache restore only if the LMS accepts', () => {
    const { api, calls } = fakeApi();
    const session = new LmsSession({ dialect: '2004', api });
    session.initialize();
    session.terminate();
    expect(session.reopen()).toBe(true);
    expect(calls).toEqual(['Initialize', 'Terminate', 'Initialize']);
  });
});

import { describe, expect, it } from 'vitest';
import { lmsTestOrigin } from '../../../renderer/api/lmsTestOrigin';

describe('lmsTestOrigin', () => {
  it('is never the app\'s own origin: the other loopback name in browser mode, app://lms-test on the desktop', () => {
    expect(lmsTestOrigin({ protocol: 'http:', hostname: '127.0.0.1', port: '5417' })).toBe('http://localhost:5417');
    expect(lmsTestOrigin({ protocol: 'http:', hostname: 'localhost', port: '5417' })).toBe('http://127.0.0.1:5417');
    expect(lmsTestOrigin({ protocol: 'app:', hostname: 'spoc', port: '' })).toBe('app://lms-test');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { applySecurityHeaders } from '../../../electron/main/applySecurityHeaders';

describe('applySecurityHeaders', () => {
  it('puts our CSP on every response, replacing a weaker one the response brought', () => {
    const onHeadersReceived = vi.fn();
    applySecurityHeaders({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]?.[0];
    const callback = vi.fn();
    listener(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      callback,
    );
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['content-security-policy']).toBeUndefined();
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
  });

  it('lets our own page frame a preview of the export player, and nothing else', () => {
    const onHeadersReceived = vi.fn();
    applySecurityHeaders({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]?.[0];
    const headersOf = (url: string) => {
      const callback = vi.fn();
      listener({ url, responseHeaders: {} }, callback);
      return callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    };
    const preview = headersOf(`app://spoc/preview/${'ab'.repeat(16)}/sco-1/index.html`);
    expect(preview['Content-Security-Policy']?.[0]).toContain("frame-ancestors 'self'");
    expect(preview['X-Frame-Options']).toEqual(['SAMEORIGIN']);
    for (const url of ['app://spoc/index.html', `https://example.org/preview/${'ab'.repeat(16)}/sco-1/index.html`]) {
      expect(headersOf(url)['Content-Security-Policy']?.[0]).toContain("frame-ancestors 'none'");
      expect(headersOf(url)['X-Frame-Options']).toEqual(['DENY']);
    }
  });
  it('lets the app frame the test LMS origin, which only the app may frame', () => {
    const onHeadersReceived = vi.fn();
    applySecurityHeaders({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]?.[0];
    const headersOf = (url: string) => {
      const callback = vi.fn();
      listener({ url, responseHeaders: {} }, callback);
      return callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    };
    expect(headersOf('app://spoc/index.html')['Content-Security-Policy']?.[0]).toContain("frame-src 'self' app://lms-test");
    const lmsTest = headersOf(`app://lms-test/lms-test/${'ab'.repeat(16)}/launcher.html`);
    expect(lmsTest['Content-Security-Policy']?.[0]).toContain("frame-ancestors 'self' app://spoc");
    expect(lmsTest['X-Frame-Options']).toBeUndefined();
  });
});

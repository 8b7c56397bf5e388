import { describe, expect, it } from 'vitest';
import { connectMediaUploader } from '../../../renderer/api/connectMediaUploader';
import { appError, toErrorPayload } from '../../../shared/api/appError';

function pageWithToken(token: string | null, bridge = false): Window {
  return {
    spoc: bridge ? {} : undefined,
    document: { querySelector: () => (token === null ? null : { content: token }) },
  } as unknown as Window;
}

describe('connectMediaUploader', () => {
  it('sends the file as the body with its exact type, encoded name and the session token', async () => {
    const sent: Array<{ url: string; init: RequestInit }> = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: { imported: [] } }), { status: 200 });
    }) as typeof fetch;
    const upload = connectMediaUploader(pageWithToken('secret'), fetchStub);
    const file = new File(['WEBVTT\n'], 'Sous-titres é.vtt');
    expect(await upload!(file)).toEqual({ imported: [] });
    expect(sent[0]?.url).toBe('/media-upload');
    expect(sent[0]?.init.headers).toEqual({ 'content-type': 'text/vtt', 'x-spoc-token': 'secret', 'x-spoc-file-name': 'Sous-titres%20%C3%A9.vtt' });
    expect(sent[0]?.init.body).toBe(file);
  });

  it('refuses an unknown type before sending anything, and rethrows the server’s refusal', async () => {
    let calls = 0;
    const refusal = appError('invalid-input', 'mediaWrongContent', { name: 'a.png', mimeType: 'image/png' });
    const refusing = (async () => {
      calls += 1;
      return new Response(JSON.stringify({ ok: false, error: toErrorPayload(refusal) }), { status: 200 });
    }) as typeof fetch;
    const upload = connectMediaUploader(pageWithToken('secret'), refusing)!;
    await expect(upload(new File(['x'], 'macro.xlsm'))).rejects.toMatchObject({ text: { key: 'mediaTypeRefused', params: { name: 'macro.xlsm' } } });
    expect(calls).toBe(0);
    // The server's refusal keeps its catalogued text, so the page says it in the user's language.
    await expect(upload(new File(['x'], 'a.png'))).rejects.toMatchObject({ code: 'invalid-input', message: refusal.message, text: refusal.text });
  });

  it('is not offered on the desktop, nor without a session token', () => {
    expect(connectMediaUploader(pageWithToken('secret', true))).toBeNull();
    expect(connectMediaUploader(pageWithToken(null))).toBeNull();
  });
});

/**
 * Every error a service, the command line, the local server or the renderer's API layer can show a
 * user comes from the errors catalogue (French and English): a literal message in English-only code
 * fails here. Programmer errors that no user action can reach, and messages wrapped as the detail
 * of a catalogued one, are allowed one by one below, with why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, appError, errorText } from '../../shared/api/appError';
import { errors } from '../../shared/i18n/errors';
import { callApi } from '../../electron/services/callApi';
import { createTestServices } from '../electron/services/serviceHarness';

const root = path.resolve(__dirname, '../..');
const USER_FACING = ['electron/services', 'electron/server', 'electron/cli', 'electron/main', 'renderer/api', 'shared/media/mediaFileTypes.ts'];

/** [file, text of the line, why it may stay English]. */
const ALLOWED: [string, string, string][] = [
  ['electron/services/callApi.ts', 'No service implements', 'a build without a domain: a programmer error, caught by the contract tests'],
  ['electron/services/createServices.ts', 'Two service domains implement', 'programmer error at start-up'],
  ['electron/services/export/zipWriter.ts', 'bytes given,', 'the zip writer misused by its caller: a programmer error'],
  ['electron/services/export/loadPlayerAssets.ts', 'The SCORM player is not built', 'a development checkout without `npm run build`; a packaged app always has it'],
  ['electron/services/lmsTest/lmsTestService.ts', 'The test LMS is not built', 'a development checkout without `npm run build`; a packaged app always has it'],
  ['electron/services/review/buildReviewPackFile.ts', "The review pack's script is not built", 'a development checkout without `npm run build`'],
  ['electron/services/media/contentHasher.ts', 'the hashing thread stopped', 'shown only as the detail of the catalogued mediaImportFailed'],
  ['electron/services/media/contentHasher.ts', 'this hash was already finished', 'programmer error'],
  ['electron/services/export/mediaCopyThread.ts', 'the media copying thread stopped', 'shown only as the detail of the catalogued exportNotWritten'],
  ['electron/services/project/importCourseDocument.ts', "new Error('not a file')", 'caught on the next line and turned into mediaFileMissing'],
  ['electron/services/project/projectFile.ts', 'the new file could not be completed', 'shown only as the detail of the catalogued projectNotCreated'],
  ['electron/services/interchange/safeZip.ts', 'compression method', 'caught on the next lines and turned into zipEntryUnpack'],
  ['electron/cli/cliServices.ts', 'This command does not take', 'a command asking a place it never needs: a programmer error'],
  ['electron/cli/cliServices.ts', 'was not opened.', 'openProject answering null with a path given: a programmer error'],
  ['electron/main/registerIpcHandlers.ts', 'the request did not come from the SPOC Studio window', 'answers a foreign frame, never the designer'],
  ['electron/server/startHttpServer.ts', "'Media are uploaded with POST.'", 'HTTP protocol refusal: the page always uses POST'],
  ['electron/server/startHttpServer.ts', "'This server takes no media uploads.'", 'HTTP protocol refusal to a client of a server without uploads'],
  ['electron/server/startHttpServer.ts', "'Files to import are uploaded with POST.'", 'HTTP protocol refusal: the page always uses POST'],
  ['electron/server/startHttpServer.ts', "'This server takes no imports.'", 'HTTP protocol refusal to a client of a server without imports'],
  ['electron/server/startHttpServer.ts', "'API calls are made with POST.'", 'HTTP protocol refusal: the page always uses POST'],
  ['electron/server/startHttpServer.ts', "'API calls must send content-type: application/json.'", 'HTTP protocol refusal: the page always sends JSON'],
  ['electron/server/startHttpServer.ts', 'There is no API call named', 'HTTP protocol refusal: the page calls only contract methods'],
  ['electron/server/startHttpServer.ts', 'is not valid JSON', 'HTTP protocol refusal: the page always sends JSON'],
  ['electron/server/startHttpServer.ts', "'Only GET and HEAD are allowed here.'", 'HTTP protocol refusal for static files'],
  ['electron/server/startHttpServer.ts', 'Not found: ${pathname}', 'a static file the page never asks for'],
  ['electron/server/startHttpServer.ts', "'Refused: unexpected Host header.'", 'DNS-rebinding refusal, never the page'],
];

/** Literal messages: an AppError or Error built from a string, or an HTTP error payload with a literal message. */
const LITERAL_MESSAGE = [/new AppError\(\s*'[\w-]+',\s*[`'"]/, /new Error\(\s*[`'"]/, /code:\s*'[\w-]+',\s*message:\s*[`'"]/];

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full).flatMap((name) => (/\.tsx?$/.test(name) || !name.includes('.') ? sourceFiles(path.join(entry, name)) : []));
}

function literalMessages(files: { path: string; text: string }[]): { file: string; line: string }[] {
  return files.flatMap(({ path: file, text }) =>
    text
      .split('\n')
      .filter((line) => LITERAL_MESSAGE.some((pattern) => pattern.test(line)))
      .map((line) => ({ file, line: line.trim() })),
  );
}

const allowed = (found: { file: string; line: string }) => ALLOWED.some(([file, text]) => file === found.file && found.line.includes(text));

describe('catalogued errors', () => {
  const files = USER_FACING.flatMap(sourceFiles).map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }));

  it('no user-facing room builds an error from an English literal', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(literalMessages(files).filter((found) => !allowed(found))).toEqual([]);
  });

  it('every allowed exception still exists (the list does not go stale)', () => {
    const found = literalMessages(files);
    expect(ALLOWED.filter(([file, text]) => !found.some((hit) => hit.file === file && hit.line.includes(text))).map(([file, text]) => `${file}: ${text}`)).toEqual([]);
  });

  it('catches a literal message', () => {
    const planted = [
      { path: 'electron/services/x.ts', text: "  throw new AppError('not-found', `No thing ${id}.`);" },
      { path: 'electron/services/y.ts', text: "  if (bad) throw new Error('bad input');" },
      { path: 'electron/server/z.ts', text: "  sendError(res, 400, { code: 'invalid-input', message: 'Nope.' });" },
      { path: 'electron/services/ok.ts', text: "  throw appError('not-found', 'notFoundModule', { id });\n  throw new AppError(body.error.code, body.error.message, body.error.text);" },
    ];
    expect(literalMessages(planted).map((found) => found.file)).toEqual(['electron/services/x.ts', 'electron/services/y.ts', 'electron/server/z.ts']);
  });

  it('fills every slot of every message in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const [key, message] of Object.entries(errors[language])) {
        const slots = [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!);
        const text = errorText(language, key as keyof typeof errors.en, Object.fromEntries(slots.map((slot) => [slot, 'X'])));
        expect(text, `${language}:${key}`).not.toMatch(/\{\{/);
        expect(text.trim(), `${language}:${key}`).not.toBe('');
      }
    }
  });
});

describe('raw failures reach the user as catalogued messages', () => {
  it('SQLite errors ("no such table", "database is locked") and unforeseen ones', async () => {
    const harness = createTestServices();
    try {
      await harness.api.createProject({ title: 'Erreurs', language: 'fr', template: 'blank' });
      const raw = (message: string, code: string) => Object.assign(new Error(message), { code });
      const failing = (error: unknown) => ({ ...harness.api, getOutline: async () => Promise.reject(error) });
      const cases: [unknown, string][] = [
        [raw('no such table: media_contents', 'SQLITE_ERROR'), 'storageFailed'],
        [raw('database is locked', 'SQLITE_BUSY'), 'projectBusy'],
        [raw('database or disk is full', 'SQLITE_FULL'), 'diskFull'],
        [raw('database disk image is malformed', 'SQLITE_CORRUPT'), 'projectDamagedWhileOpen'],
        [new RangeError('Maximum call stack size exceeded'), 'unexpectedFailure'],
      ];
      for (const [error, key] of cases) {
        const result = await callApi(failing(error), 'getOutline', {});
        expect(result).toMatchObject({ ok: false, error: { text: { key } } });
        if (!result.ok) expect(errorText('fr', result.error.text!.key, result.error.text!.params)).not.toBe(errorText('en', result.error.text!.key, result.error.text!.params));
      }
    } finally {
      harness.cleanup();
    }
  });

  it('an AppError keeps its catalogued text across the envelope', () => {
    const error = appError('not-found', 'notFoundModule', { id: 'm1' });
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe(errorText('en', 'notFoundModule', { id: 'm1' }));
    expect(errorText('fr', 'notFoundModule', { id: 'm1' })).toContain('Aucun module d’identifiant m1');
  });
});

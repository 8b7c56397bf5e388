import { describe, expect, it } from 'vitest';
import { appError, toErrorPayload } from '../../../shared/api/appError';
import { createApiClient } from '../../../renderer/api/createApiClient';
import { uiI18n } from '../support/uiI18n';
import { errorMessage } from '../../../renderer/i18n/errorMessage';
import { fr } from '../../e2e/support/frenchText';

describe('service errors in the user’s language', () => {
  const failure = appError('corrupt-project', 'mediaCorrupt', { name: 'intro.mp4', capsules: '"Accueil"' });

  it('carry English text as their message and a key the UI translates, across the transport', async () => {
    expect(failure.message).toBe(
      'Media "intro.mp4" is damaged in the project (its bytes no longer match their checksum); it is used in: "Accueil". No file was written. Re-import this media from its original, then export again.',
    );
    const client = createApiClient(async () => ({ ok: false, error: toErrorPayload(failure) }));
    const received = await client.getSession({}).catch((error: unknown) => error);
    const t = uiI18n('fr').t;
    expect(errorMessage(toErrorPayload(received), t)).toBe(
      'Le média «\u202fintro.mp4\u202f» est endommagé dans le projet (ses octets ne correspondent plus à leur empreinte)\u202f; il est utilisé dans\u202f: "Accueil". Aucun fichier n’a été écrit. Réimportez ce média depuis son original, puis exportez de nouveau.',
    );
    expect(errorMessage(toErrorPayload(received), uiI18n('en').t)).toBe(failure.message);
  });

  it('say a catalogued detail inside a message in the same language, across the transport', async () => {
    const issue = { key: 'issueAtLeast', params: { field: 'course.weeklyBudgetMinutes', limit: 0 } } as const;
    const nested = appError('invalid-input', 'packageSourceNotCourse', {
      file: 'cours.zip',
      source: 'spoc-source.json',
      detail: { key: 'courseFolderProblem', params: { file: 'course.json', detail: issue } },
    });
    const client = createApiClient(async () => ({ ok: false, error: JSON.parse(JSON.stringify(toErrorPayload(nested))) }));
    const received = toErrorPayload(await client.getSession({}).catch((error: unknown) => error));
    expect(errorMessage(received, uiI18n('fr').t)).toBe(
      fr('« cours.zip » ne peut pas être importé : son spoc-source.json n’est pas un cours valide (course.json : course.weeklyBudgetMinutes : doit valoir au moins 0).'),
    );
    expect(errorMessage(received, uiI18n('en').t)).toBe(nested.message);
    expect(nested.message).toContain('is not a valid course (course.json: course.weeklyBudgetMinutes: must be at least 0).');
  });

  it('fall back to the message for errors without a catalog entry', () => {
    expect(errorMessage({ code: 'internal', message: 'Something broke.' }, uiI18n('fr').t)).toBe('Something broke.');
  });
});

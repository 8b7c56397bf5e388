import { z } from 'zod';
import { errors, type ErrorMessageKey } from '../i18n/errors';

/** An error message of the `errors` catalog carried inside a result, so the UI can say it in the user's language. */
export const ErrorTextSchema = z.object({
  key: z.custom<ErrorMessageKey>((value) => typeof value === 'string' && Object.hasOwn(errors.en, value)),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

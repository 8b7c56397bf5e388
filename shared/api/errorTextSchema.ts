import { z } from 'zod';
import type { ErrorText } from './appError';
import { errors } from '../i18n/errors';
import { lazySchema } from '../model/lazySchema';

/** An error message of the `errors` catalog carried inside a result, so the UI can say it in the user's language. */
export const ErrorTextSchema: z.ZodType<ErrorText> = lazySchema(() => z.object({
  key: z.custom<ErrorText['key']>((value) => typeof value === 'string' && Object.hasOwn(errors.en, value)),
  // A slot may hold a catalogued detail of its own (a field's problem inside "not a valid course").
  params: z.record(z.string(), z.union([z.string(), z.number(), z.lazy(() => ErrorTextSchema)])),
}));

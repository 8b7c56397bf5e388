import { type AppError, appError } from '../../shared/api/appError';
import type { ErrorMessageKey } from '../../shared/i18n/errors';

/** Each kind of item a call may name by id, and the message saying it is gone (nouns have genders in French). */
const NOT_FOUND_KEYS = {
  module: 'notFoundModule',
  capsule: 'notFoundCapsule',
  question: 'notFoundQuestion',
  cohort: 'notFoundCohort',
  'live session': 'notFoundLiveSession',
  'review round': 'notFoundReviewRound',
} as const satisfies Record<string, ErrorMessageKey>;

export type ItemKind = keyof typeof NOT_FOUND_KEYS;

export function notFound(what: ItemKind, id: string): AppError {
  return appError('not-found', NOT_FOUND_KEYS[what], { id });
}

/**
 * The authoring domain: objectives, quizzes and questions, the media library's bookkeeping, and
 * project-wide undo/redo. Node only; imports shared and the project store, never electron.
 */
import { appError } from '../../../shared/api/appError';
import type { authoringCalls } from '../../../shared/api/authoringCalls';
import type { ServiceDomain } from '../serviceContext';
import { historyJournalOf } from './historyJournalOf';
import { mediaLibraryCalls } from './mediaLibraryCalls';
import { objectiveCalls } from './objectiveCalls';
import { quizCalls } from './quizCalls';

export const authoringDomain: ServiceDomain<keyof typeof authoringCalls> = (context) => {
  const journal = () => {
    const project = context.project();
    if (project.readOnly) throw appError('read-only', 'projectReadOnly');
    return historyJournalOf(project);
  };
  return {
    ...objectiveCalls(context),
    ...quizCalls(context),
    ...mediaLibraryCalls(context),
    getHistory: async () =>
      context.project().readOnly ? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null } : journal().state(),
    undo: () => journal().undo(),
    redo: () => journal().redo(),
  };
};

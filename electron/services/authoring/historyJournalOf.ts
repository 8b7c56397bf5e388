import type { ProjectFile } from '../project/projectFile';
import { HistoryJournal } from './historyJournal';

const journals = new WeakMap<ProjectFile, HistoryJournal>();

/** The undo/redo journal of an open project, set up on first use. */
export function historyJournalOf(project: ProjectFile): HistoryJournal {
  let journal = journals.get(project);
  if (!journal) journals.set(project, (journal = new HistoryJournal(project.db)));
  return journal;
}

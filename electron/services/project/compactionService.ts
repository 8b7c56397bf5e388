import { statSync } from 'node:fs';
import type { compactionCalls, CompactionProgress } from '../../../shared/api/compactionCalls';
import { appError } from '../../../shared/api/appError';
import { compactInSteps } from '../media/compactProject';
import type { ServiceDomain } from '../serviceContext';

/** The explicit "Compact" action: deleted media's space back to the disk, with progress. */
export const compactionService: ServiceDomain<keyof typeof compactionCalls> = (context) => {
  let progress: CompactionProgress | null = null;
  return {
    async compactProject() {
      const project = context.project();
      if (project.readOnly) throw appError('read-only', 'projectReadOnly');
      // Media still in the store beside the file are folded first: what is compacted is the whole project.
      project.foldPendingMedia();
      const bytesBefore = bytesOnDisk(project.path);
      try {
        await compactInSteps(project.db, project.path, (bytesDone, bytesTotal) => {
          progress = { bytesDone, bytesTotal };
        });
      } finally {
        progress = null;
      }
      return { bytesBefore, bytesAfter: bytesOnDisk(project.path) };
    },
    getCompactionProgress: async () => progress,
  };
};

/** The project's bytes on disk, its -wal included (recent edits live there until a checkpoint). */
function bytesOnDisk(projectPath: string): number {
  const size = (file: string): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return size(projectPath) + size(`${projectPath}-wal`);
}

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyJournalOf } from '../../../../electron/services/authoring/historyJournalOf';
import { readCourseFolder } from '../../../../electron/services/interchange/courseFolderIo';
import { importIntoProject, type ImportIntoProjectProgress } from '../../../../electron/services/interchange/importIntoProject';
import { mediaFilePath } from '../../../../electron/services/project/importCourseDocument';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { readCourseDocument } from '../../../../electron/services/project/readCourseDocument';
import { SAMPLE_COURSE_DIR } from '../../../support/sampleCourse';
import { cliInTempDir } from '../../cli/cliHarness';

describe('importIntoProject (what the outline’s Import… runs)', () => {
  let cli: ReturnType<typeof cliInTempDir>;
  beforeAll(async () => {
    cli = cliInTempDir();
    expect((await cli.spoc('new', 'vide.spoc', '--title', 'Vide')).code).toBe(0);
  });
  afterAll(() => rmSync(cli.cwd, { recursive: true, force: true }));

  it('reports the media bytes stored as it goes, up to the total, then adds everything as one undo step', async () => {
    const doc = readCourseFolder(SAMPLE_COURSE_DIR);
    const mediaBytes = (asset: { fileName: string }) => readFileSync(mediaFilePath(path.join(SAMPLE_COURSE_DIR, 'media'), asset.fileName));
    const project = ProjectFile.open(path.join(cli.cwd, 'vide.spoc'));
    try {
      const seen: ImportIntoProjectProgress[] = [];
      const journal = historyJournalOf(project);
      const added = await journal.record('importIntoCourse', () => importIntoProject(project, { doc, mediaBytes }, null, (progress) => seen.push(progress)));
      const total = doc.media.reduce((sum, asset) => sum + asset.size, 0);
      expect(total).toBeGreaterThan(0);
      expect(seen.length).toBeGreaterThanOrEqual(doc.media.length);
      expect(seen.every((progress) => progress.bytesTotal === total)).toBe(true);
      expect(seen.map((progress) => progress.bytesDone)).toEqual([...seen.map((progress) => progress.bytesDone)].sort((a, b) => a - b));
      expect(seen.at(-1)!.bytesDone).toBe(total);
      expect(added.moduleIds).toHaveLength(doc.modules.length);

      await journal.undo();
      const undone = readCourseDocument(project.db);
      expect(undone.modules).toEqual([]);
      expect(undone.capsules).toEqual([]);
      expect(undone.quizzes).toEqual([]);
      await journal.redo();
      expect(readCourseDocument(project.db).capsules).toHaveLength(doc.capsules.length);
    } finally {
      project.close();
    }
  });
});

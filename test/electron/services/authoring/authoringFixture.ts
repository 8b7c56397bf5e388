import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../../shared/api/appError';
import type { ApiInput, ApiMethod, ApiOutput, AppApi } from '../../../../shared/api/contract';
import type { CourseTemplate } from '../../../../shared/api/projectCalls';
import { authoringDomain } from '../../../../electron/services/authoring/authoringDomain';
import { historyJournalOf } from '../../../../electron/services/authoring/historyJournalOf';
import { withUndoHistory } from '../../../../electron/services/authoring/withUndoHistory';
import { callApi } from '../../../../electron/services/callApi';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { createServiceContext } from '../../../../electron/services/serviceContext';

export interface AuthoringFixture {
  dir: string;
  filePath: string;
  project: ProjectFile;
  repository: CourseRepository;
  /** Calls the API through the same door as every transport (input validated); throws the AppError on failure. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Runs a write as one undoable user action, as a domain outside authoring would. */
  act(label: string, write: (repository: CourseRepository) => void): Promise<void>;
  /** Closes and reopens the project file, as after quitting the app. */
  reopen(): Promise<void>;
  close(): void;
}

/** A project made from a course template, served by the authoring domain wrapped in undo history. */
export async function openAuthoringFixture(template: CourseTemplate = 'four-weekly-modules'): Promise<AuthoringFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-authoring-'));
  const filePath = path.join(dir, 'optimanager.spoc');
  const content = buildTemplate(template, 'OPTIMANAGER', 'fr');
  const created = await ProjectFile.create(filePath, (project) =>
    project.transaction((db) => {
      const repository = new CourseRepository(db);
      courseRows.course.insert(db, content.course);
      for (const module of content.modules) courseRows.modules.insert(db, module);
      for (const capsule of content.capsules) repository.insertCapsule(capsule);
    }),
  );
  const noPlace = async () => null;
  const { context, dispose } = createServiceContext({
    mode: 'browser',
    workspaceDir: dir,
    appDataDir: dir,
    resourcesDir: dir,
    places: { chooseNewProjectPath: noPlace, chooseProjectToOpen: noPlace, chooseExportPath: noPlace, chooseExportFolder: noPlace },
  });
  context.setProject(created);
  const api = withUndoHistory(authoringDomain(context) as AppApi, context);

  const fixture: AuthoringFixture = {
    dir,
    filePath,
    project: created,
    repository: new CourseRepository(created.db),
    async call(method, input) {
      const result = await callApi(api, method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as ApiOutput<typeof method>;
    },
    async act(label, write) {
      await historyJournalOf(fixture.project).record(label, () => fixture.project.transaction((db) => write(new CourseRepository(db))));
    },
    async reopen() {
      fixture.project.close();
      const reopened = ProjectFile.open(filePath);
      context.setProject(reopened);
      fixture.project = reopened;
      fixture.repository = new CourseRepository(reopened.db);
    },
    close() {
      dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

/**
 * Adds an imported course (a Word document's plan, one of our packages, a course folder) to the open
 * project, after one of its modules: its modules, capsules, quizzes and questions under fresh ids.
 * The framing, objectives, cohorts and week plans stay the open course's; objective links are dropped
 * (they point at the other course's objectives). Media are stored first, reusing those the project
 * already holds; then every row is written in one transaction, so the history records one step.
 */
import { appError } from '../../../shared/api/appError';
import { replaceMediaIn } from '../../../shared/authoring/mediaReferences';
import { validateCapsuleContent } from '../../../shared/editor/validateCapsuleContent';
import type { Capsule, MediaAsset, Module, Question, Quiz } from '../../../shared/model/course';
import { byPosition } from '../../../shared/model/byPosition';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { newId } from '../../../shared/model/ids';
import { copyOf as copyQuestion } from '../authoring/quizCalls';
import { importMediaStream } from '../media/importMediaFile';
import { positionForIndex } from '../outline/positionForIndex';
import { CourseRepository } from '../project/courseRepository';
import { courseRows } from '../project/courseRows';
import type { ProjectFile } from '../project/projectFile';

const LAST_WEEK = 104;

/** What to import: a course document and the bytes of each of its media (checked by the caller's reader). */
export interface ImportSource {
  doc: CourseDocument;
  mediaBytes(asset: MediaAsset): Buffer;
}

export interface ImportIntoProjectProgress {
  bytesDone: number;
  bytesTotal: number;
}

interface ImportedRows {
  modules: Module[];
  capsules: Capsule[];
  quizzes: Quiz[];
  questions: Question[];
}

/**
 * The imported course's rows, placed after `afterModuleId` (null: at the end) and renumbered. Weeks
 * keep their spacing, starting from the week of the module they follow (the designer re-paces).
 */
export function rowsToImport(doc: CourseDocument, existing: readonly Module[], afterModuleId: string | null, mediaIds: ReadonlyMap<string, string>): ImportedRows {
  const ordered = [...existing].sort(byPosition);
  const afterIndex = afterModuleId === null ? ordered.length - 1 : ordered.findIndex((module) => module.id === afterModuleId);
  if (afterIndex < 0 && afterModuleId !== null) throw appError('not-found', 'importAfterModuleGone');
  const baseWeek = ordered[afterIndex]?.week ?? 1;
  const importedModules = [...doc.modules].sort(byPosition);
  const firstWeek = Math.min(...importedModules.map((module) => module.week));
  // Positions between the module imported after and the next one, in the imported order.
  let previous = afterIndex >= 0 ? ordered[afterIndex]! : null;
  const next = ordered[afterIndex + 1] ?? null;
  const rows: ImportedRows = { modules: [], capsules: [], quizzes: [], questions: [] };
  for (const module of importedModules) {
    const position = positionForIndex(previous && next ? [previous, next] : previous ? [previous] : next ? [next] : [], previous ? 1 : 0);
    const added: Module = { ...module, id: newId(), week: Math.min(baseWeek + module.week - firstWeek, LAST_WEEK), position };
    rows.modules.push(added);
    previous = added;
    for (const capsule of doc.capsules.filter((candidate) => candidate.moduleId === module.id).sort(byPosition)) {
      let content = capsule.content;
      for (const [from, to] of mediaIds) if (from !== to) content = replaceMediaIn(content, from, to);
      const copy: Capsule = { ...capsule, id: newId(), moduleId: added.id, objectiveIds: [], weekOverride: null, content };
      rows.capsules.push(copy);
      for (const quiz of doc.quizzes.filter((candidate) => candidate.capsuleId === capsule.id)) {
        const quizCopy: Quiz = { ...quiz, id: newId(), capsuleId: copy.id };
        rows.quizzes.push(quizCopy);
        for (const question of doc.questions.filter((candidate) => candidate.quizId === quiz.id)) {
          rows.questions.push({ ...copyQuestion(question, question.position), quizId: quizCopy.id, objectiveIds: [] });
        }
      }
    }
  }
  return rows;
}

/** Imports `source` into the open project after `afterModuleId`; returns the new modules' ids. */
export async function importIntoProject(
  project: ProjectFile,
  source: ImportSource,
  afterModuleId: string | null,
  onProgress: (progress: ImportIntoProjectProgress) => void = () => undefined,
): Promise<{ moduleIds: string[]; capsuleCount: number }> {
  const { doc } = source;
  if (doc.modules.length === 0) throw appError('invalid-input', 'importNoModule');
  // Checked before anything is stored: a module that is gone or content the editor would refuse.
  rowsToImport(doc, new CourseRepository(project.db).modules(), afterModuleId, new Map());
  for (const capsule of doc.capsules) {
    const problem = validateCapsuleContent(capsule.content);
    if (problem) throw appError('invalid-input', 'importCapsuleInvalid', { title: capsule.title, detail: problem });
  }

  const bytesTotal = doc.media.reduce((sum, asset) => sum + asset.size, 0);
  let bytesDone = 0;
  const mediaIds = new Map<string, string>();
  const existingAssets = new Set(new CourseRepository(project.db).list('mediaAssets').map((asset) => asset.id));
  const added: string[] = [];
  try {
    for (const asset of doc.media) {
      const bytes = source.mediaBytes(asset);
      const before = bytesDone;
      const stored = await importMediaStream(
        project,
        (async function* () {
          yield bytes;
        })(),
        asset.fileName,
        { fileName: asset.fileName, mimeType: asset.mimeType, kind: asset.kind, durationSeconds: asset.durationSeconds, width: asset.width, height: asset.height },
        { expectedSha256: asset.sha256, reuseExistingAsset: true, onProgress: (done) => onProgress({ bytesDone: before + done, bytesTotal }) },
      );
      if (!existingAssets.has(stored.id)) added.push(stored.id);
      mediaIds.set(asset.id, stored.id);
      bytesDone += asset.size;
      onProgress({ bytesDone, bytesTotal });
    }
    const rows = rowsToImport(doc, new CourseRepository(project.db).modules(), afterModuleId, mediaIds);
    project.transaction((db) => {
      const repository = new CourseRepository(db);
      for (const module of rows.modules) courseRows.modules.insert(db, module);
      for (const capsule of rows.capsules) repository.insertCapsule(capsule);
      for (const quiz of rows.quizzes) courseRows.quizzes.insert(db, quiz);
      for (const question of rows.questions) repository.insertQuestion(question);
    });
    return { moduleIds: rows.modules.map((module) => module.id), capsuleCount: rows.capsules.length };
  } catch (error) {
    forgetMedia(project, added);
    throw error;
  }
}

/** A failed import keeps none of the media it stored (bytes another asset shares stay). */
function forgetMedia(project: ProjectFile, assetIds: readonly string[]): void {
  if (assetIds.length === 0) return;
  project.transaction((db) => {
    for (const id of assetIds) db.prepare('DELETE FROM media_assets WHERE id = ?').run(id);
    db.prepare('DELETE FROM media_contents WHERE sha256 IS NOT NULL AND sha256 NOT IN (SELECT sha256 FROM media_assets)').run();
  });
}

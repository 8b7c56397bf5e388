import { AppError } from '../api/appError';
import type { CourseDocument } from '../model/courseDocument';
import { buildPlayerData } from './buildPlayerData';
import { fillScoPage, mediaOf, type PlannedFile, type PlayerAssets } from './buildPackagePlan';
import { indexCourse } from './courseIndex';
import type { ScoScope } from './exportScopes';
import { toScriptLiteral } from './markupEscapes';
import { mediaPathOf } from './mediaPath';
import { PLAYER_DATA_GLOBAL, PLAYER_SCRIPT_PATH, PLAYER_STYLE_PATH, SCO_DATA_FILE, SCO_LAUNCH_FILE, scoFolderOf } from './packageLayout';

/** What the designer previews: one capsule, or a whole module. */
export interface PreviewTarget {
  kind: 'capsule' | 'module';
  id: string;
}

export interface PreviewPackage {
  /** The capsule's or module's title. */
  title: string;
  /** The page to open, from the package root. */
  entry: string;
  /** The same files an export ships for that SCO, laid out the same way; no manifest (no LMS). */
  files: PlannedFile[];
}

/**
 * The course narrowed to what is previewed: the module, with only the capsule when one is targeted.
 * Every module stays in the document, so the previewed one keeps its number in the course.
 */
function previewedDocument(doc: CourseDocument, target: PreviewTarget): { shown: CourseDocument; moduleId: string; title: string } {
  if (target.kind === 'module') {
    const module = doc.modules.find((candidate) => candidate.id === target.id);
    if (!module) throw new AppError('not-found', `There is no module ${target.id} to preview; it may have been deleted. Pick a module in the outline.`);
    return { shown: { ...doc, capsules: doc.capsules.filter((capsule) => capsule.moduleId === module.id) }, moduleId: module.id, title: module.title };
  }
  const capsule = doc.capsules.find((candidate) => candidate.id === target.id);
  const module = capsule && doc.modules.find((candidate) => candidate.id === capsule.moduleId);
  if (!capsule || !module) throw new AppError('not-found', `There is no capsule ${target.id} to preview; it may have been deleted. Pick a capsule in the outline.`);
  return { shown: { ...doc, capsules: [capsule] }, moduleId: module.id, title: capsule.title };
}

/**
 * A capsule or module as the learner will see it: the export's player, SCO page and player data
 * (built by the same functions as a package), in preview mode (no LMS: scormVersion null).
 */
export function buildPreviewPackage(doc: CourseDocument, target: PreviewTarget, player: PlayerAssets): PreviewPackage {
  const { shown, moduleId, title } = previewedDocument(doc, target);
  const index = indexCourse(shown);
  const scope: ScoScope = { id: target.id, title, modules: index.modules.filter((module) => module.id === moduleId) };
  const data = { ...buildPlayerData(shown, index, scope, { version: '2004-4th' }), scormVersion: null };
  const folder = scoFolderOf(1);
  const files: PlannedFile[] = [
    { path: PLAYER_SCRIPT_PATH, kind: 'text', content: player.script },
    { path: PLAYER_STYLE_PATH, kind: 'text', content: player.style },
    { path: `${folder}/${SCO_LAUNCH_FILE}`, kind: 'text', content: fillScoPage(player.scoPage, doc.course, title) },
    { path: `${folder}/${SCO_DATA_FILE}`, kind: 'text', content: `window.${PLAYER_DATA_GLOBAL} = ${toScriptLiteral(data)};\n` },
    ...mediaOf(scope, index, doc.course).map((asset): PlannedFile => ({ path: mediaPathOf(asset), kind: 'media', sha256: asset.sha256, size: asset.size, crc32: asset.crc32 })),
  ];
  return { title, entry: `${folder}/${SCO_LAUNCH_FILE}`, files };
}

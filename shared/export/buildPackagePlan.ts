import { AppError } from '../api/appError';
import { PACKAGE_SOURCE_PATH, packageSourcePieces } from '../interchange/packageSource';
import type { Course, MediaAsset } from '../model/course';
import type { CourseDocument } from '../model/courseDocument';
import { capsuleMinutes } from '../model/durations';
import { answeredQuestionCount } from '../quiz/answeredQuestions';
import { asciiFileName } from './asciiFileName';
import { buildManifest, type ManifestSco } from './buildManifest';
import { playerDataLiteralPieces, scoScoringOf } from './buildPlayerData';
import { checkExport } from './checkExport';
import { indexCourse, type CourseIndex } from './courseIndex';
import type { ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';
import { limitsPackages, lmsNameOf, lmsPackageWarnings, lmsPresetOf } from './lmsPresets';
import { packageScopesOf, type PackageScope, type ScoScope } from './exportScopes';
import { escapeHtml, toSafeUnicode } from './markupEscapes';
import { mediaBlocksOf, mediaIdsOf } from './mediaBlocks';
import { mediaPathOf } from './mediaPath';
import { themeLogoOf, themeStyleOf } from '../theme/themeStyle';
import {
  MANIFEST_PATH,
  PLAYER_DATA_GLOBAL,
  PLAYER_SCRIPT_PATH,
  PLAYER_STYLE_PATH,
  SCO_DATA_FILE,
  SCO_LAUNCH_FILE,
  SCO_PAGE_REFERENCES,
  SCO_TEMPLATE_SLOTS,
  scoFolderOf,
} from './packageLayout';

/** The player files every package ships, as text (read by the service from out/scorm-player and scorm-templates). */
export interface PlayerAssets {
  script: string;
  style: string;
  /** The SCO page template, with SCO_TEMPLATE_SLOTS to fill. */
  scoPage: string;
}

/**
 * A file of a package: text written by the export (deflated), or media bytes from the store (stored
 * as is). Large text is made only when read: `content` makes it whole, `pieces` in parts, which is
 * how the zip writer takes it (a large course's course-data.js then never exists whole).
 */
export type PlannedFile =
  | { path: string; kind: 'text'; readonly content: string; pieces?: () => Iterable<string> }
  | { path: string; kind: 'media'; sha256: string; size: number; crc32: number };

export interface PlannedPackage {
  /** The zip's file name: ASCII letters, digits and dashes (Rise Up refuses accents: see lmsPresets). */
  fileName: string;
  /** Sorted by path, so that the zip is the same bytes for the same course and options. */
  files: PlannedFile[];
}

export interface PackagePlan {
  /** Name to suggest: the zip's, or the folder's when `intoFolder`. */
  fileName: string;
  /** One package, or one per module when `intoFolder`. */
  packages: PlannedPackage[];
  /** One zip per module, written side by side into a folder (LMSs refuse a zip of zips). */
  intoFolder: boolean;
  /** Warnings and information for the designer (never errors: those stop the plan). */
  notices: ExportNotice[];
}

const VERSION_TAG = { '1.2': 'scorm12', '2004-3rd': 'scorm2004-3rd', '2004-4th': 'scorm2004' } as const;
const MODE_TAG = { course: '', 'module-scos': '-modules', 'module-packages': '-weekly-packages' } as const;

/**
 * Every file of the SCORM export of a course, as a pure function of the course, the options and
 * the player files. Throws AppError('invalid-input') listing what to fix when checkExport finds errors.
 */
export function buildPackagePlan(doc: CourseDocument, options: ExportOptions, player: PlayerAssets): PackagePlan {
  const index = indexCourse(doc);
  const findings = checkExport(doc, options, index);
  const errors = findings.filter((notice) => notice.severity === 'error');
  if (errors.length > 0) {
    throw new AppError('invalid-input', `The course cannot be exported yet:\n${errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  checkScoPageTemplate(player.scoPage);
  const usedNames = new Set<string>();
  // The course source, so that `spoc import` can rebuild the project from a package we made: the same in every package.
  const source = options.includeSource ? lazyText(PACKAGE_SOURCE_PATH, () => packageSourcePieces(doc, options)) : null;
  const packages = packageScopesOf(doc, index, options.mode).map((scope) => {
    const stem =
      scope.week === null
        ? asciiFileName(doc.course.title, 'course')
        : `week-${String(scope.week).padStart(2, '0')}-${asciiFileName(scope.scos[0]?.title ?? '', 'module', 50)}`;
    return planPackage(doc, index, scope, options, player, source, uniqueName(stem, usedNames));
  });
  const preset = lmsPresetOf(doc.course.targetLms);
  // Sizes before compression: media are stored as they are, so this is what the LMS receives, give or take the text.
  // Measured only for an LMS with limits: it makes every text file once.
  const facts = () => packages.map((plannedPackage) => ({ fileName: plannedPackage.fileName, bytes: plannedPackage.files.reduce((sum, file) => sum + plannedLength(file), 0) }));
  const notices = [...(limitsPackages(preset) ? lmsPackageWarnings(preset, lmsNameOf(preset, doc.course.targetLms), facts()) : []), ...findings];
  return {
    fileName: `${asciiFileName(doc.course.title, 'course')}${MODE_TAG[options.mode]}-${VERSION_TAG[options.version]}${options.mode === 'module-packages' ? '' : '.zip'}`,
    packages,
    intoFolder: options.mode === 'module-packages',
    notices,
  };
}

function planPackage(
  doc: CourseDocument,
  index: CourseIndex,
  scope: PackageScope,
  options: ExportOptions,
  player: PlayerAssets,
  source: PlannedFile | null,
  fileName: string,
): PlannedPackage {
  const files = new Map<string, PlannedFile>();
  const addText = (path: string, content: string): void => void files.set(path, { path, kind: 'text', content });
  const addLazyText = (path: string, pieces: () => Iterable<string>): void => void files.set(path, lazyText(path, pieces));
  addText(PLAYER_SCRIPT_PATH, player.script);
  addText(PLAYER_STYLE_PATH, player.style);
  if (source !== null) files.set(PACKAGE_SOURCE_PATH, source);
  const completionNeedsPass = doc.course.completionRule !== 'all-viewed';
  const manifestScos = scope.scos.map((sco, scoIndex): ManifestSco => {
    const folder = scoFolderOf(scoIndex + 1);
    addText(`${folder}/${SCO_LAUNCH_FILE}`, fillScoPage(player.scoPage, doc.course, sco.title));
    addLazyText(`${folder}/${SCO_DATA_FILE}`, function* () {
      yield `window.${PLAYER_DATA_GLOBAL} = `;
      yield* playerDataLiteralPieces(doc, index, sco, options);
      yield ';\n';
    });
    const media = mediaOf(sco, index, doc.course);
    for (const asset of media) {
      const path = mediaPathOf(asset);
      files.set(path, { path, kind: 'media', sha256: asset.sha256, size: asset.size, crc32: asset.crc32 });
    }
    const { hasQuiz, masteryScore } = scoScoringOf(doc, index, sco);
    return {
      id: sco.id,
      title: sco.title,
      href: `${folder}/${SCO_LAUNCH_FILE}`,
      files: [`${folder}/${SCO_LAUNCH_FILE}`, `${folder}/${SCO_DATA_FILE}`, ...[...new Set(media.map(mediaPathOf))].sort()],
      masteryScore: completionNeedsPass && hasQuiz ? masteryScore : null,
    };
  });
  const minutes = scope.scos
    .flatMap((sco) => sco.modules)
    .flatMap((module) => index.capsulesOf(module.id))
    .reduce((sum, capsule) => {
      const quiz = index.quizOf(capsule.id);
      const questions = quiz ? answeredQuestionCount(quiz, index.questionsOf(quiz.id).length) : 0;
      return sum + capsuleMinutes(capsule, questions);
    }, 0);
  addLazyText(MANIFEST_PATH, () => [
    buildManifest({
      version: options.version,
      id: scope.id,
      title: scope.title,
      description: scope.description,
      language: doc.course.language,
      typicalLearningMinutes: minutes,
      scos: manifestScos,
      playerFiles: [PLAYER_SCRIPT_PATH, PLAYER_STYLE_PATH],
      lockScos: options.lockModules && options.mode === 'module-scos',
    }),
  ]);
  return { fileName: `${fileName}.zip`, files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** A text file made each time it is read, whole (content) or in pieces. */
function lazyText(path: string, pieces: () => Iterable<string>): PlannedFile {
  const file = {
    path,
    kind: 'text' as const,
    get content() {
      return [...pieces()].join('');
    },
  };
  // Not enumerable: plans compare and copy by their text, not by the function that makes it.
  return Object.defineProperty(file, 'pieces', { value: pieces });
}

/** A file's length: bytes for media, UTF-16 code units for text (what the LMS size check has always counted). */
function plannedLength(file: PlannedFile): number {
  if (file.kind === 'media') return file.size;
  if (!file.pieces) return file.content.length;
  let length = 0;
  for (const piece of file.pieces()) length += piece.length;
  return length;
}

/** Media files a SCO shows (its capsules', the client's logo), each once. */
export function mediaOf(sco: ScoScope, index: CourseIndex, course: Pick<Course, 'theme'>): MediaAsset[] {
  const assets = new Map<string, MediaAsset>();
  const logo = themeLogoOf(course.theme, index.mediaById);
  if (logo) assets.set(logo.sha256, logo);
  for (const module of sco.modules) {
    for (const capsule of index.capsulesOf(module.id)) {
      for (const id of mediaBlocksOf(capsule.content).flatMap(mediaIdsOf)) {
        const asset = index.mediaById.get(id);
        if (asset) assets.set(asset.sha256, asset);
      }
    }
  }
  return [...assets.values()];
}

export function fillScoPage(template: string, course: Pick<Course, 'language' | 'theme'>, title: string): string {
  return template
    .split(SCO_TEMPLATE_SLOTS.theme)
    .join(themeStyleOf(course.theme))
    .split(SCO_TEMPLATE_SLOTS.lang)
    .join(escapeHtml(course.language))
    .split(SCO_TEMPLATE_SLOTS.title)
    .join(escapeHtml(toSafeUnicode(title)));
}

function checkScoPageTemplate(template: string): void {
  const missing = [...Object.values(SCO_TEMPLATE_SLOTS), ...SCO_PAGE_REFERENCES].filter((part) => !template.includes(part));
  if (missing.length > 0) {
    throw new AppError('internal', `The player's SCO page template lacks ${missing.join(', ')}: rebuild the app (npm run build) or fix scorm-templates.`);
  }
}

function uniqueName(stem: string, used: Set<string>): string {
  let name = stem;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
  used.add(name);
  return name;
}

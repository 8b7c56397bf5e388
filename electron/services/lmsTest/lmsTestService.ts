import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import { buildPackagePlan, type PlannedFile } from '../../../shared/export/buildPackagePlan';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { loadPlayerAssets, playerDirCandidates } from '../export/loadPlayerAssets';
import { openMediaStream } from '../media/openMediaStream';
import { exportFileName } from '../pacing/exportFileName';
import { writeFileAtomically } from '../pacing/writeFileAtomically';
import type { ServiceDomain } from '../serviceContext';
import { LMS_LAUNCHER_SCRIPT, lmsLauncherPage } from './lmsLauncherPage';

/** Where the built test LMS script is: beside the running bundle, or under the repository's out/ from source. */
function launcherScript(resourcesDir: string): string {
  const candidates = [path.join(__dirname, '../lms-launcher'), path.resolve(resourcesDir, '../out/lms-launcher')];
  const dir = candidates.find((candidate) => existsSync(path.join(candidate, LMS_LAUNCHER_SCRIPT)));
  if (!dir) throw new AppError('internal', `The test LMS is not built (looked for ${LMS_LAUNCHER_SCRIPT} in ${candidates.join(', ')}). Run npm run build.`);
  return readFileSync(path.join(dir, LMS_LAUNCHER_SCRIPT), 'utf8');
}

const text = (filePath: string, content: string): PlannedFile => ({ path: filePath, kind: 'text', content });

/**
 * "Test as in the LMS": the export's own package plan, kept for the host to serve beside the test LMS
 * page (in the previews' store, which the preview domain empties when another project opens).
 */
export const lmsTestService: ServiceDomain<'openLmsTest' | 'saveLmsTestReport'> = (context) => ({
  openLmsTest: async (input) => {
    const store = context.options.previews;
    if (!store) throw appError('internal', 'lmsTestNoPlace');
    const project = context.project();
    const document = project.courseDocument();
    // The very plan exportScorm writes into the zip(s): same files, same bytes.
    const plan = buildPackagePlan(document, ExportOptionsSchema.parse(input), loadPlayerAssets(playerDirCandidates(context.options.resourcesDir)));
    const files: PlannedFile[] = [
      text('launcher.html', lmsLauncherPage(document.course.language, document.course.title)),
      text(LMS_LAUNCHER_SCRIPT, launcherScript(context.options.resourcesDir)),
      text('packages.json', JSON.stringify(plan.packages.map((planned, index) => ({ base: `packages/${index + 1}/`, fileName: planned.fileName })))),
      ...plan.packages.flatMap((planned, index) => planned.files.map((file) => ({ ...file, path: `packages/${index + 1}/${file.path}` }))),
    ];
    const key = store.add({
      purpose: 'lms-test',
      files: new Map(files.map((file) => [file.path, file])),
      openMedia: (sha256) => openMediaStream(project.db, sha256),
    });
    return { path: `lms-test/${key}/launcher.html`, packages: plan.packages.map((planned) => ({ fileName: planned.fileName })) };
  },

  saveLmsTestReport: async ({ markdown }) => {
    const doc = context.project().courseDocument();
    const target = await context.options.places.chooseExportPath(exportFileName([doc.course.title, 'LMS test'], '.md'));
    if (target === null) return null;
    const bytes = writeFileAtomically(target, markdown);
    return { path: target, fileName: path.basename(target), bytes };
  },
});

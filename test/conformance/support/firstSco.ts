import { PackagingModeSchema, type PackagingMode } from '../../../shared/model/course';
import { compactSample } from './compactSample';
import { writePackageFolders } from './writePackageFolders';

export type Dialect = '1.2' | '2004';

/** SCORM 1.2 and 2004 4th, each in every packaging mode: a run-time defect must be fixed in all of them. */
export const dialectsInEveryMode = (['1.2', '2004'] as const).flatMap((dialect) => PackagingModeSchema.options.map((mode) => ({ dialect, mode })));

/**
 * The compact sample exported in that dialect and mode, and the first SCO of its first package:
 * one representative SCO per mode keeps the file quick, and in every mode it holds a reading
 * capsule then a quiz.
 */
export async function firstSco(dialect: Dialect, mode: PackagingMode): Promise<{ folder: string; scoPath: string; root: string }> {
  const { packages, root } = await writePackageFolders(compactSample(), { version: dialect === '1.2' ? '1.2' : '2004-4th', mode });
  return { folder: packages[0]!.folder, scoPath: packages[0]!.scoPaths[0]!, root };
}

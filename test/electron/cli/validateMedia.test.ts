import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaIdsIn } from '../../../shared/authoring/mediaReferences';
import { generateLargeCourse } from '../../support/generateLargeCourse';
import { overwriteMediaChunk } from '../../support/damageProject';
import { cliInTempDir } from './cliHarness';

describe('spoc validate on media', () => {
  it('reports a media whose bytes no longer match their SHA-256, naming it and the capsules using it, and exits 1', async () => {
    const { spoc, cwd } = cliInTempDir();
    const course = await generateLargeCourse({ dir: cwd, mediaBytes: 3_000_000, mediaFileCount: 3 });
    expect((await spoc('validate', path.basename(course.projectPath))).code).toBe(0);

    const damaged = course.document.media[2]!;
    overwriteMediaChunk(course.projectPath, damaged.sha256);
    const result = await spoc('validate', path.basename(course.projectPath));
    expect(result.code).toBe(1);
    const line = result.stderr.split('\n').find((text) => text.includes(damaged.fileName)) ?? '';
    expect(line).toMatch(/is damaged: its bytes no longer match its SHA-256/);
    const user = course.document.capsules.find((capsule) => mediaIdsIn(capsule.content).has(damaged.id))!;
    expect(line).toContain(`"${user.title}"`);
    expect(result.stderr.split('\n').filter((text) => text.includes('SHA-256'))).toHaveLength(1);
  });
});

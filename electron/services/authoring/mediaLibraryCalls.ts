import { appError } from '../../../shared/api/appError';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { mediaAccessibilityGaps, mediaIdsIn, replaceMediaIn } from '../../../shared/authoring/mediaReferences';
import type { MediaAsset } from '../../../shared/model/course';
import { reclaimFreePagesIfNeeded } from '../media/compactProject';
import { CourseRepository } from '../project/courseRepository';
import { preparedStatement } from '../project/preparedStatement';
import type { ServiceContext } from '../serviceContext';

type MediaLibraryMethod = 'listMediaLibrary' | 'replaceMediaEverywhere' | 'deleteUnusedMedia';

/** The media library's bookkeeping over the media store: where assets are used, replacing, clearing out. */
export function mediaLibraryCalls(context: ServiceContext) {
  return {
    async listMediaLibrary(): Promise<ApiOutput<'listMediaLibrary'>> {
      const repository = new CourseRepository(context.project().db);
      const uses = new Map<string, ApiOutput<'listMediaLibrary'>[number]['usedIn']>();
      const gaps = new Map<string, Set<'missing-alt' | 'missing-captions'>>();
      for (const capsule of repository.capsules()) {
        for (const mediaId of mediaIdsIn(capsule.content)) {
          const list = uses.get(mediaId) ?? [];
          list.push({ capsuleId: capsule.id, capsuleTitle: capsule.title, moduleId: capsule.moduleId });
          uses.set(mediaId, list);
        }
        mediaAccessibilityGaps(capsule.content, gaps);
      }
      return repository
        .list('mediaAssets')
        .reverse()
        .map((asset: MediaAsset) => ({ asset, usedIn: uses.get(asset.id) ?? [], flags: [...(gaps.get(asset.id) ?? [])].sort() }));
    },

    async replaceMediaEverywhere(input: ApiInput<'replaceMediaEverywhere'>): Promise<ApiOutput<'replaceMediaEverywhere'>> {
      // The editor's schema (TipTap, ProseMirror) loads when first needed, not at each start.
      const { validateCapsuleContent } = await import('../../../shared/editor/validateCapsuleContent');
      return context.project().transaction((db) => {
        const repository = new CourseRepository(db);
        const assets = new Map(repository.list('mediaAssets').map((asset) => [asset.id, asset]));
        const from = assets.get(input.fromId);
        const to = assets.get(input.toId);
        if (!from || !to) throw appError('not-found', 'mediaReplaceMissing');
        if (from.kind !== to.kind) {
          throw appError('invalid-input', 'mediaReplaceKind', { from: from.fileName, to: to.fileName });
        }
        let capsuleCount = 0;
        for (const capsule of repository.capsules()) {
          if (!mediaIdsIn(capsule.content).has(from.id)) continue;
          const content = replaceMediaIn(capsule.content, from.id, to.id);
          const problem = validateCapsuleContent(content);
          if (problem) throw appError('internal', 'mediaReplaceBreaks', { capsule: capsule.title, detail: problem });
          repository.updateCapsule({ ...capsule, content });
          capsuleCount += 1;
        }
        return { capsuleCount };
      });
    },

    async deleteUnusedMedia(): Promise<ApiOutput<'deleteUnusedMedia'>> {
      const project = context.project();
      const deletedCount = project.transaction((db) => {
        const repository = new CourseRepository(db);
        const used = new Set<string>();
        for (const capsule of repository.capsules()) mediaIdsIn(capsule.content, used);
        const unused = repository.list('mediaAssets').filter((asset) => !used.has(asset.id));
        for (const asset of unused) preparedStatement(db, 'DELETE FROM media_assets WHERE id = ?').run(asset.id);
        // Bytes shared by another asset (same SHA-256) stay.
        db.prepare('DELETE FROM media_contents WHERE sha256 IS NOT NULL AND sha256 NOT IN (SELECT sha256 FROM media_assets)').run();
        return unused.length;
      });
      if (deletedCount > 0) reclaimFreePagesIfNeeded(project.db);
      return { deletedCount };
    },
  } satisfies Record<MediaLibraryMethod, unknown>;
}

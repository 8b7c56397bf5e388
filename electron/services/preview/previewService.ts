import { appError } from '../../../shared/api/appError';
import type { PlayerAssets } from '../../../shared/export/buildPackagePlan';
import { buildPreviewPackage } from '../../../shared/export/buildPreviewPackage';
import { loadPlayerAssets, playerDirCandidates } from '../export/loadPlayerAssets';
import { openMediaStream } from '../media/openMediaStream';
import type { ServiceContext } from '../serviceContext';

/** Previews of a capsule or module with the export's own player, kept in the host's PreviewStore. */
export function previewService(context: ServiceContext) {
  let player: PlayerAssets | null = null;
  context.onProjectChange(() => context.options.previews?.clear());
  return {
    async openPreview({ kind, id }: { kind: 'capsule' | 'module'; id: string }) {
      const store = context.options.previews;
      if (!store) throw appError('internal', 'previewNoPlace');
      const project = context.project();
      player ??= loadPlayerAssets(playerDirCandidates(context.options.resourcesDir));
      const preview = buildPreviewPackage(project.courseDocument(), { kind, id }, player);
      const key = store.add({
        files: new Map(preview.files.map((file) => [file.path, file])),
        openMedia: (sha256) => openMediaStream(project.db, sha256),
      });
      return { path: `preview/${key}/${preview.entry}`, title: preview.title };
    },
  };
}

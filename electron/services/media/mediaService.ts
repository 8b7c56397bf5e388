/**
 * The media domain: bringing files into the project's media store and reading small images back for
 * thumbnails. Node only; imports shared and the project store, never electron.
 */
import { appError } from '../../../shared/api/appError';
import type { mediaCalls, MediaImportProgress } from '../../../shared/api/mediaCalls';
import { MAX_MEDIA_BYTES, type MediaFileType, mediaFileNameProblem, mediaFileTypeOf } from '../../../shared/media/mediaFileTypes';
import type { MediaAsset } from '../../../shared/model/course';
import { CourseRepository } from '../project/courseRepository';
import type { ServiceDomain } from '../serviceContext';
import type { MediaFileSource } from '../serviceOptions';
import { stageMediaStream } from './importMediaFile';
import { openMediaStream } from './openMediaStream';

/** Images up to this size come back whole as thumbnails; bigger ones show their kind's icon. */
export const MAX_THUMBNAIL_BYTES = 4 * 1024 * 1024;

/** What the file's name announces, once its name and size are found acceptable; throws a clear refusal otherwise. */
function checkedType(source: MediaFileSource): MediaFileType {
  const type = mediaFileTypeOf(source.fileName);
  const problem = mediaFileNameProblem(source.fileName);
  if (problem) throw appError('invalid-input', problem.key, problem.params);
  if (!type) throw appError('invalid-input', 'mediaTypeRefused', { name: source.fileName });
  if (source.size !== null && source.size > MAX_MEDIA_BYTES) {
    throw appError('invalid-input', 'mediaTooLarge', { name: source.fileName, megabytes: MAX_MEDIA_BYTES / 1024 / 1024 });
  }
  return type;
}

export const mediaService: ServiceDomain<keyof typeof mediaCalls> = (context) => {
  let progress: MediaImportProgress | null = null;

  return {
    async importMedia() {
      const project = context.project();
      const choose = context.options.places.chooseMediaToImport;
      if (!choose) throw appError('invalid-input', 'mediaPickNotHere');
      const sources = (await choose()) ?? [];
      const checked = sources.map((source) => ({ source, type: checkedType(source) }));
      // Each file is written while the one before finishes (its sync, hashes and commit): the disk
      // writes one back while the next is copied, as `cp` of a batch does. Commits stay in order.
      const commits: Promise<MediaAsset>[] = [];
      let previous: Promise<unknown> = Promise.resolve();
      try {
        for (const [fileIndex, { source, type }] of checked.entries()) {
          progress = { fileName: source.fileName, bytesDone: 0, bytesTotal: source.size, fileIndex, fileCount: sources.length };
          const staged = await stageMediaStream(
            project,
            source.chunks(),
            source.fileName,
            { fileName: source.fileName.normalize('NFC'), mimeType: type.mimeType, kind: type.kind },
            {
              maxBytes: MAX_MEDIA_BYTES,
              checkHead: (head) => {
                const problem = type.containerProblem?.(head);
                if (problem) {
                  throw appError('invalid-input', problem.key, { ...problem.params, name: source.fileName });
                }
                if (!type.matches(head)) {
                  throw appError('invalid-input', 'mediaWrongContent', { name: source.fileName, mimeType: type.mimeType });
                }
              },
              onProgress: (bytesDone) => {
                if (progress) progress = { ...progress, bytesDone };
              },
            },
          );
          const committed = previous.then(
            () => staged.commit(),
            async (error: unknown) => {
              await staged.abandon();
              throw error;
            },
          );
          // Looked at once the loop is over: a failure meanwhile must not count as unhandled.
          committed.catch(() => {});
          commits.push(committed);
          previous = committed;
        }
      } finally {
        // Whatever failed, the files already written are committed (or given up) before the call answers.
        await Promise.allSettled(commits);
        progress = null;
      }
      return { imported: await Promise.all(commits) };
    },

    async getMediaImportProgress() {
      return progress;
    },

    async getMediaThumbnail({ id }) {
      const project = context.project();
      const asset = new CourseRepository(project.db).list('mediaAssets').find((candidate) => candidate.id === id);
      if (!asset) throw appError('not-found', 'notFoundMedia', { id });
      if (asset.kind !== 'image' || asset.size > MAX_THUMBNAIL_BYTES) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of openMediaStream(project.db, asset.sha256)) chunks.push(chunk as Buffer);
      return { dataUrl: `data:${asset.mimeType};base64,${Buffer.concat(chunks).toString('base64')}` };
    },
  };
};

import type { MediaFileSource, PlaceChooser } from '../services/serviceOptions';

/**
 * Browser mode has no open dialog: the file to import is the one the upload request carries. This
 * wraps a PlaceChooser so that, while an upload is served, "which media to import?" answers with it.
 * Uploads are served one after the other, so each import call gets its own file.
 */
export function uploadedMediaPlaces(places: PlaceChooser): {
  places: PlaceChooser;
  serve<T>(upload: MediaFileSource, importIt: () => Promise<T>): Promise<T>;
} {
  let current: MediaFileSource | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    places: {
      ...places,
      chooseMediaToImport: async () => {
        const upload = current;
        current = null;
        return upload ? [upload] : null;
      },
      chooseFileToImport: async () => {
        const upload = current;
        current = null;
        return upload;
      },
    },
    serve(upload, importIt) {
      const turn = queue.then(async () => {
        current = upload;
        try {
          return await importIt();
        } finally {
          current = null;
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

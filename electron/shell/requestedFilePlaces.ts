import type { PlaceChooser } from '../services/serviceOptions';

/**
 * Wraps a PlaceChooser so that the next "which project to open?" is answered with a file the user
 * already named (command line, double-click, macOS open-file) instead of asking again.
 */
export function requestedFilePlaces(places: PlaceChooser): { places: PlaceChooser; request(filePath: string): void } {
  let requested: string | null = null;
  return {
    places: {
      ...places,
      chooseProjectToOpen: async () => {
        const filePath = requested;
        requested = null;
        return filePath ?? places.chooseProjectToOpen();
      },
    },
    request(filePath) {
      requested = filePath;
    },
  };
}

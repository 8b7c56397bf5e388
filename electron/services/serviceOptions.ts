import type { PreviewStore } from './preview/previewStore';

/** Where the desktop shell, the browser-mode server and tests let the services put and find files. */
export interface PlaceChooser {
  /** Desktop: the save dialog. Browser mode and tests: a path inside the workspace folder. Null when cancelled. */
  chooseNewProjectPath(suggestedFileName: string): Promise<string | null>;
  /** Desktop: the open dialog. Browser mode: null (the UI offers the known projects instead). */
  chooseProjectToOpen(): Promise<string | null>;
  /** Where to write an exported file (zip, .ics, programme). Null when cancelled. */
  chooseExportPath(suggestedFileName: string): Promise<string | null>;
  /** The folder to write several exported files in (one zip per module). Null when cancelled. */
  chooseExportFolder(suggestedFolderName: string): Promise<string | null>;
  /**
   * Media files to import. Desktop: the open dialog. Browser mode: the file of the upload request
   * being served. Null when cancelled; absent where no file can be picked (CLI).
   */
  chooseMediaToImport?(): Promise<MediaFileSource[] | null>;
  /**
   * A Word document or SCORM package to import as a new project. Desktop: the open dialog. Browser
   * mode: the file of the import upload being served. Null when cancelled; absent in the CLI.
   */
  chooseFileToImport?(): Promise<MediaFileSource | null>;
}

/** A file to import, from the disk or an upload; its name and bytes are untrusted until checked. */
export interface MediaFileSource {
  fileName: string;
  /** Where it is on the disk, when picked there (a weekly export's zips are read beside it); absent for uploads. */
  filePath?: string;
  /** Null when not known before reading. */
  size: number | null;
  chunks(): AsyncIterable<Buffer | Uint8Array>;
}

export interface ServiceOptions {
  mode: 'desktop' | 'browser';
  /** Folder for projects made in browser mode and for fresh copies of the sample. */
  workspaceDir: string;
  /** Folder for app state (recent projects list). */
  appDataDir: string;
  /** Folder holding the bundled resources (samples/…). */
  resourcesDir: string;
  places: PlaceChooser;
  /** Where openPreview keeps previews for the host to serve; without it previews are refused. */
  previews?: PreviewStore;
}

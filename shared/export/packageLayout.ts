/**
 * Where things sit inside an exported SCORM package: agreed between the packager (shared/export,
 * electron/services/export) and the player (scorm-templates). Change it only with both sides.
 *
 *   imsmanifest.xml            at the root (LMSs refuse a zip whose manifest is not)
 *   player/player.js           the player bundle (out/scorm-player/player.js)
 *   player/player.css          the player's style sheet (scorm-templates/player.css)
 *   media/<sha256>.<ext>       every media file once, named by content
 *   sco-<n>/index.html         a SCO's launch page, from the player's template
 *   sco-<n>/course-data.js     `window.SPOC_DATA = <PlayerData JSON>;`
 */
export const MANIFEST_PATH = 'imsmanifest.xml';
export const PLAYER_SCRIPT_PATH = 'player/player.js';
export const PLAYER_STYLE_PATH = 'player/player.css';
export const MEDIA_FOLDER = 'media';
export const SCO_LAUNCH_FILE = 'index.html';
export const SCO_DATA_FILE = 'course-data.js';
/** The global the data file sets, read by the player. */
export const PLAYER_DATA_GLOBAL = 'SPOC_DATA';

/** Folder of the n-th SCO (1-based) of a package. */
export function scoFolderOf(scoNumber: number): string {
  return `sco-${scoNumber}`;
}

/**
 * Slots the packager fills in the player's SCO page template (`scorm-templates/sco.html`). Each
 * value is HTML-escaped before it goes in; the template must load the files below by these
 * relative paths, which the packager checks.
 */
export const SCO_TEMPLATE_SLOTS = {
  /** Value of `<html lang="…">`: the course language (fr, en). */
  lang: '{{lang}}',
  /** Text of `<title>`: the SCO's title (course or module). */
  title: '{{title}}',
  /** In `<head>`, after the player's style sheet: the client theme's `<style>` (shared/theme/themeStyle, built from checked values only). */
  theme: '{{theme}}',
} as const;

/** Paths the SCO page must reference, relative to `sco-<n>/`. */
export const SCO_PAGE_REFERENCES = ['../player/player.css', SCO_DATA_FILE, '../player/player.js'] as const;

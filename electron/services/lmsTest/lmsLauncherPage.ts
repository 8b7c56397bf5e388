import { escapeHtml } from '../../../shared/export/markupEscapes';

/** The test LMS page's script, bundled by scripts/build.mjs with the SCORM runtime it installs. */
export const LMS_LAUNCHER_SCRIPT = 'lmsLauncher.js';

/**
 * The test LMS page: a frame for the SCO and the runtime script, which reads the manifests listed in
 * packages.json, installs the API objects and tells the app (its parent) what the LMS records.
 */
export function lmsLauncherPage(language: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="icon" href="data:,">
<style>html,body,main{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%;display:block}
h1{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><iframe id="sco" title="${escapeHtml(title)}"></iframe></main><script src="${LMS_LAUNCHER_SCRIPT}"></script></body></html>
`;
}
